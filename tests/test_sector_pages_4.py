"""A managed-care insurer's release, a gold miner's release, a chemicals maker's release with a net sales
bridge, a 10-K's notes (repurchases by month, stock options, a tax rate reconciliation, contractual
obligations), a payments network's release of a September fiscal year and a drug maker's release of product
sales by geography, an equipment maker's consolidating statement and an exchange operator's
release (fictional companies), asked the way analysts ask. Each test pins one general rule:

- a column group's heading that prints a physical unit ("Gold Production (000 oz)") counts things in its
  scale, and a price per unit beside it ("AISC ($/oz)") stays money; "Q2 2025" under a group's heading is
  the quarter (index/tables.py, index/numbers.py, index/parse.py);
- a dated column that says what it measures ("Net Sales Q3 2025" beside "Operating EBITDA Q3 2025", "Second
  Quarter 2025 | Worldwide") makes, with each row, a group of its own: "Specialty Polymers net sales",
  "Veltrana worldwide sales"; the answer names the column ("“Black Mesa”, “AISC ($/oz)”"); a row the
  question does not name in full ("West", "Copper Hollow") takes no such group's place (qa/filing_view.py);
- a caption's row that names a part the question names ("Medicare" of "Premium Revenue by Program") is not
  ranked below "Total premium revenue";
- a share whose part heads rows of several tables ("Marketplace" members and premium revenue) is the part
  in the unit of the whole;
- "operating EPS was $1.02, compared with $1.15 in the third quarter of 2024": the period after the compared
  figure is that figure's, and the compared figure is per share too (index/prose.py, qa/filing_view.py);
- a rate reconciliation prints "%" on its first and last rows only: the rows between are percents;
  "the impact of R&D tax credits on the effective tax rate" asks the credit's row, not the rate's;
- "Which product ...?" names no residual row ("Other products"), and a reconciling row ("Corporate")
  does not keep the segments from being ranked; a price per unit in a column ("AISC ($/oz)") is ranked
  as a rate (qa/qtypes/which_member.py); "the total for the three segments" is not a "Total" row that
  also counts "Corporate" (qa/fit_check.py);
- a release of the "Fourth Quarter and Full-Year 2025" for the year ended September 30 states its fiscal
  year end: "fiscal 2025" is the twelve months ended September 30, 2025;
- "Processed transactions ... totaled 66.8 billion" is a count; "how many ... were there in the fiscal
  fourth quarter" asks "processed transactions";
- a caption line that only compares periods ("Third Quarter 2025 versus Third Quarter 2024") is no title;
- "net sales and revenues" is sales with the other revenues, not the "Net sales" row; "SA&G" is selling,
  administrative and general expenses (qa/lexicon.py);
- a caption "(round turns in thousands)" counts what it names; "the average rate per contract" is money, not a
  percent; a "Third-Quarter 2025" release names its quarter."""

import pytest

from index.parse import parse_bytes
from page_asker import asker

MANAGED = """<html><body>
<p>MERIDIAN HEALTH PLANS, INC.</p>
<p>Meridian Health Plans Reports Third Quarter 2025 Results</p>
<p>ST. LOUIS, October 23, 2025 -- Meridian Health Plans, Inc. (NYSE: MHP) today reported its financial results for the third quarter ended September 30, 2025.</p>
<p>Premium revenue was $10.42 billion, an increase of 14% compared with the third quarter of 2024. The medical care ratio (MCR) was 90.4%, compared with 88.9% in the third quarter of 2024, reflecting elevated utilization in the Marketplace business. The adjusted G&amp;A ratio was 6.6%, compared with 6.9% a year earlier. GAAP net income per diluted share was $4.75, compared with $6.01 in the prior year quarter. Adjusted net income per diluted share was $5.02.</p>
<p>Total membership was 5,614,000 at September 30, 2025, an increase of 312,000 members from September 30, 2024. Days in claims payable were 47 at quarter end, compared with 50 at June 30, 2025.</p>
<p>The Company now expects full year 2025 premium revenue of approximately $41.5 billion and GAAP earnings per diluted share of at least $21.50, compared with its prior guidance of at least $23.50.</p>
<p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Premium revenue</td><td>$ 10,420</td><td>$ 9,140</td><td>$ 30,685</td><td>$ 27,012</td></tr>
<tr><td>Premium tax revenue</td><td>312</td><td>288</td><td>905</td><td>842</td></tr>
<tr><td>Investment income</td><td>141</td><td>136</td><td>428</td><td>401</td></tr>
<tr><td>Other revenue</td><td>38</td><td>31</td><td>109</td><td>95</td></tr>
<tr><td>Total revenue</td><td>10,911</td><td>9,595</td><td>32,127</td><td>28,350</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Medical care costs</td><td>9,420</td><td>8,125</td><td>27,523</td><td>23,934</td></tr>
<tr><td>General and administrative expenses</td><td>711</td><td>662</td><td>2,095</td><td>1,968</td></tr>
<tr><td>Premium tax expenses</td><td>312</td><td>288</td><td>905</td><td>842</td></tr>
<tr><td>Depreciation and amortization</td><td>49</td><td>44</td><td>143</td><td>128</td></tr>
<tr><td>Total operating expenses</td><td>10,492</td><td>9,119</td><td>30,666</td><td>26,872</td></tr>
<tr><td>Operating income</td><td>419</td><td>476</td><td>1,461</td><td>1,478</td></tr>
<tr><td>Interest expense</td><td>(31)</td><td>(27)</td><td>(92)</td><td>(81)</td></tr>
<tr><td>Income before income tax expense</td><td>388</td><td>449</td><td>1,369</td><td>1,397</td></tr>
<tr><td>Income tax expense</td><td>114</td><td>102</td><td>322</td><td>325</td></tr>
<tr><td>Net income</td><td>$ 274</td><td>$ 347</td><td>$ 1,047</td><td>$ 1,072</td></tr>
<tr><td>Net income per share - diluted</td><td>$ 4.75</td><td>$ 6.01</td><td>$ 18.12</td><td>$ 18.48</td></tr>
<tr><td>Weighted average shares outstanding - diluted</td><td>57.7</td><td>57.7</td><td>57.8</td><td>58.0</td></tr>
</table>
<p>MEMBERSHIP BY GOVERNMENT PROGRAM</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>September 30, 2024</td></tr>
<tr><td>Medicaid</td><td>4,402,000</td><td>4,388,000</td><td>4,310,000</td></tr>
<tr><td>Medicare</td><td>262,000</td><td>259,000</td><td>231,000</td></tr>
<tr><td>Marketplace</td><td>950,000</td><td>936,000</td><td>761,000</td></tr>
<tr><td>Total</td><td>5,614,000</td><td>5,583,000</td><td>5,302,000</td></tr>
</table>
<p>SELECTED OPERATING STATISTICS</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Medical care ratio</td><td>90.4%</td><td>88.9%</td></tr>
<tr><td>Medicaid MCR</td><td>91.2%</td><td>89.6%</td></tr>
<tr><td>Medicare MCR</td><td>89.8%</td><td>88.1%</td></tr>
<tr><td>Marketplace MCR</td><td>85.3%</td><td>79.4%</td></tr>
<tr><td>G&amp;A ratio</td><td>6.5%</td><td>6.9%</td></tr>
<tr><td>Effective tax rate</td><td>29.4%</td><td>22.7%</td></tr>
<tr><td>Net income margin</td><td>2.5%</td><td>3.6%</td></tr>
</table>
<p>PREMIUM REVENUE BY PROGRAM</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Medicaid</td><td>$ 7,310</td><td>$ 6,702</td></tr>
<tr><td>Medicare</td><td>1,604</td><td>1,391</td></tr>
<tr><td>Marketplace</td><td>1,506</td><td>1,047</td></tr>
<tr><td>Total premium revenue</td><td>$ 10,420</td><td>$ 9,140</td></tr>
</table>
<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>
<p>(in millions)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Cash and cash equivalents</td><td>$ 4,612</td><td>$ 4,848</td></tr>
<tr><td>Investments</td><td>4,233</td><td>3,935</td></tr>
<tr><td>Receivables</td><td>3,318</td><td>2,966</td></tr>
<tr><td>Total current assets</td><td>12,840</td><td>12,101</td></tr>
<tr><td>Total assets</td><td>16,122</td><td>15,630</td></tr>
<tr><td>Medical claims and benefits payable</td><td>4,642</td><td>4,288</td></tr>
<tr><td>Total current liabilities</td><td>8,904</td><td>8,733</td></tr>
<tr><td>Long-term debt</td><td>2,881</td><td>2,874</td></tr>
<tr><td>Total stockholders' equity</td><td>4,214</td><td>3,872</td></tr>
</table>
</body></html>"""

MINER = """<html><body>
<p>SIERRA PEAK GOLD CORPORATION</p>
<p>Sierra Peak Gold Reports Second Quarter 2025 Results</p>
<p>DENVER, July 30, 2025 -- Sierra Peak Gold Corporation (NYSE: SPG) today reported second quarter 2025 results.</p>
<p>Attributable gold production was 512 thousand ounces in the second quarter, compared with 468 thousand ounces in the second quarter of 2024. Gold sales were 506 thousand ounces at an average realized gold price of $3,281 per ounce, compared with $2,338 per ounce a year earlier. All-in sustaining costs (AISC) were $1,612 per ounce, up 9% from $1,479 per ounce. Copper production was 31 million pounds.</p>
<p>Net income attributable to Sierra Peak stockholders was $472 million, or $1.41 per diluted share. Free cash flow was a record $611 million. The Company repurchased 4.2 million shares for $158 million during the quarter. Cash and cash equivalents were $1.9 billion at June 30, 2025.</p>
<p>Full year 2025 guidance is unchanged: attributable gold production of 2.0 to 2.1 million ounces at AISC of $1,550 to $1,650 per ounce.</p>
<p>OPERATING RESULTS BY MINE</p>
<table>
<tr><td></td><td colspan="2">Gold Production (000 oz)</td><td colspan="2">AISC ($/oz)</td></tr>
<tr><td></td><td>Q2 2025</td><td>Q2 2024</td><td>Q2 2025</td><td>Q2 2024</td></tr>
<tr><td>Granite Ridge</td><td>168</td><td>151</td><td>1,405</td><td>1,322</td></tr>
<tr><td>Copper Hollow</td><td>121</td><td>117</td><td>1,188</td><td>1,214</td></tr>
<tr><td>Black Mesa</td><td>98</td><td>85</td><td>1,874</td><td>1,702</td></tr>
<tr><td>Rio Claro</td><td>125</td><td>115</td><td>1,951</td><td>1,769</td></tr>
<tr><td>Total attributable</td><td>512</td><td>468</td><td>1,612</td><td>1,479</td></tr>
</table>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in millions of U.S. dollars, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Sales</td><td>$ 1,846</td><td>$ 1,214</td><td>$ 3,512</td><td>$ 2,301</td></tr>
<tr><td>Costs applicable to sales</td><td>682</td><td>598</td><td>1,351</td><td>1,176</td></tr>
<tr><td>Depreciation and amortization</td><td>245</td><td>221</td><td>486</td><td>440</td></tr>
<tr><td>Exploration</td><td>38</td><td>31</td><td>71</td><td>60</td></tr>
<tr><td>General and administrative</td><td>47</td><td>44</td><td>92</td><td>87</td></tr>
<tr><td>Reclamation and remediation</td><td>19</td><td>17</td><td>37</td><td>34</td></tr>
<tr><td>Total costs and expenses</td><td>1,031</td><td>911</td><td>2,037</td><td>1,797</td></tr>
<tr><td>Operating income</td><td>815</td><td>303</td><td>1,475</td><td>504</td></tr>
<tr><td>Interest expense, net</td><td>(24)</td><td>(27)</td><td>(49)</td><td>(55)</td></tr>
<tr><td>Income before income and mining tax</td><td>791</td><td>276</td><td>1,426</td><td>449</td></tr>
<tr><td>Income and mining tax expense</td><td>(261)</td><td>(88)</td><td>(468)</td><td>(142)</td></tr>
<tr><td>Net income</td><td>530</td><td>188</td><td>958</td><td>307</td></tr>
<tr><td>Net income attributable to noncontrolling interests</td><td>(58)</td><td>(21)</td><td>(104)</td><td>(35)</td></tr>
<tr><td>Net income attributable to Sierra Peak stockholders</td><td>$ 472</td><td>$ 167</td><td>$ 854</td><td>$ 272</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.41</td><td>$ 0.49</td><td>$ 2.55</td><td>$ 0.80</td></tr>
</table>
<p>FREE CASH FLOW RECONCILIATION</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 903</td><td>$ 412</td></tr>
<tr><td>Less: Sustaining capital expenditures</td><td>(187)</td><td>(171)</td></tr>
<tr><td>Less: Development capital expenditures</td><td>(105)</td><td>(118)</td></tr>
<tr><td>Free cash flow</td><td>$ 611</td><td>$ 123</td></tr>
</table>
</body></html>"""

CHEMICALS = """<html><body>
<p>HALVORSEN CHEMICAL COMPANY</p>
<p>Halvorsen Chemical Reports Third Quarter 2025 Results</p>
<p>HOUSTON, October 29, 2025 -- Halvorsen Chemical Company (NYSE: HCC) today reported results for the third quarter ended September 30, 2025.</p>
<p>Net sales were $3,412 million, down 2% from $3,482 million in the year-ago quarter, as a 3% decline in local price and a 1% headwind from currency more than offset a 2% increase in volume. Operating EBITDA was $598 million, compared with $641 million. Operating EBITDA margin was 17.5%, down 90 basis points. GAAP earnings per share from continuing operations were $0.88; operating EPS was $1.02, compared with $1.15 in the third quarter of 2024.</p>
<p>Cash provided by operating activities from continuing operations was $512 million. The Company returned $310 million to shareholders, including $145 million of dividends and $165 million of share repurchases.</p>
<p>NET SALES VARIANCE BY SEGMENT</p>
<p>Third Quarter 2025 versus Third Quarter 2024</p>
<table>
<tr><td></td><td>Local Price</td><td>Currency</td><td>Volume</td><td>Portfolio / Other</td><td>Total</td></tr>
<tr><td>Performance Materials</td><td>(4)%</td><td>(1)%</td><td>3%</td><td>—%</td><td>(2)%</td></tr>
<tr><td>Coatings &amp; Adhesives</td><td>(2)%</td><td>(1)%</td><td>1%</td><td>(3)%</td><td>(5)%</td></tr>
<tr><td>Specialty Polymers</td><td>(3)%</td><td>—%</td><td>2%</td><td>2%</td><td>1%</td></tr>
<tr><td>Total</td><td>(3)%</td><td>(1)%</td><td>2%</td><td>—%</td><td>(2)%</td></tr>
</table>
<p>SEGMENT INFORMATION</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Net Sales</td><td colspan="2">Operating EBITDA</td></tr>
<tr><td></td><td>Q3 2025</td><td>Q3 2024</td><td>Q3 2025</td><td>Q3 2024</td></tr>
<tr><td>Performance Materials</td><td>$ 1,488</td><td>$ 1,518</td><td>$ 301</td><td>$ 322</td></tr>
<tr><td>Coatings &amp; Adhesives</td><td>1,102</td><td>1,160</td><td>168</td><td>187</td></tr>
<tr><td>Specialty Polymers</td><td>822</td><td>804</td><td>151</td><td>149</td></tr>
<tr><td>Corporate</td><td>—</td><td>—</td><td>(22)</td><td>(17)</td></tr>
<tr><td>Total</td><td>$ 3,412</td><td>$ 3,482</td><td>$ 598</td><td>$ 641</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net sales</td><td>$ 3,412</td><td>$ 3,482</td><td>$ 10,388</td><td>$ 10,716</td></tr>
<tr><td>Cost of sales</td><td>2,441</td><td>2,455</td><td>7,402</td><td>7,563</td></tr>
<tr><td>Research and development expenses</td><td>112</td><td>118</td><td>341</td><td>352</td></tr>
<tr><td>Selling, general and administrative expenses</td><td>398</td><td>402</td><td>1,211</td><td>1,230</td></tr>
<tr><td>Amortization of intangibles</td><td>96</td><td>99</td><td>290</td><td>297</td></tr>
<tr><td>Restructuring and asset related charges - net</td><td>41</td><td>12</td><td>118</td><td>65</td></tr>
<tr><td>Interest expense</td><td>58</td><td>61</td><td>176</td><td>185</td></tr>
<tr><td>Sundry income (expense) - net</td><td>14</td><td>22</td><td>49</td><td>58</td></tr>
<tr><td>Income from continuing operations before income taxes</td><td>280</td><td>357</td><td>899</td><td>1,082</td></tr>
<tr><td>Provision for income taxes on continuing operations</td><td>62</td><td>79</td><td>198</td><td>240</td></tr>
<tr><td>Income from continuing operations, net of tax</td><td>218</td><td>278</td><td>701</td><td>842</td></tr>
<tr><td>Income (loss) from discontinued operations, net of tax</td><td>(9)</td><td>4</td><td>(15)</td><td>11</td></tr>
<tr><td>Net income</td><td>209</td><td>282</td><td>686</td><td>853</td></tr>
<tr><td>Earnings per common share from continuing operations - diluted</td><td>$ 0.88</td><td>$ 1.10</td><td>$ 2.82</td><td>$ 3.31</td></tr>
<tr><td>Weighted-average common shares outstanding - diluted</td><td>247.6</td><td>252.4</td><td>248.8</td><td>254.1</td></tr>
</table>
</body></html>"""

TEN_K = """<html><body>
<p>NORTHWIND INSTRUMENTS, INC.</p>
<p>ANNUAL REPORT ON FORM 10-K FOR THE FISCAL YEAR ENDED DECEMBER 31, 2024</p>
<p>ITEM 5. MARKET FOR REGISTRANT'S COMMON EQUITY, RELATED STOCKHOLDER MATTERS AND ISSUER PURCHASES OF EQUITY SECURITIES</p>
<p>Issuer Purchases of Equity Securities</p>
<p>The following table provides information about our repurchases of common stock during the quarter ended December 31, 2024:</p>
<table>
<tr><td>Period</td><td>Total Number of Shares Purchased</td><td>Average Price Paid per Share</td><td>Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs</td><td>Approximate Dollar Value of Shares that May Yet Be Purchased Under the Plans or Programs (in millions)</td></tr>
<tr><td>October 1 - October 31, 2024</td><td>212,400</td><td>$ 88.14</td><td>212,400</td><td>$ 412.6</td></tr>
<tr><td>November 1 - November 30, 2024</td><td>185,900</td><td>$ 91.72</td><td>185,900</td><td>$ 395.6</td></tr>
<tr><td>December 1 - December 31, 2024</td><td>240,100</td><td>$ 95.05</td><td>240,100</td><td>$ 372.8</td></tr>
<tr><td>Total</td><td>638,400</td><td>$ 91.80</td><td>638,400</td><td></td></tr>
</table>
<p>NOTE 12. STOCK-BASED COMPENSATION</p>
<p>Stock option activity for the year ended December 31, 2024 was as follows:</p>
<table>
<tr><td></td><td>Shares (in thousands)</td><td>Weighted-Average Exercise Price</td><td>Weighted-Average Remaining Contractual Term (in years)</td><td>Aggregate Intrinsic Value (in millions)</td></tr>
<tr><td>Outstanding at December 31, 2023</td><td>4,212</td><td>$ 61.35</td><td></td><td></td></tr>
<tr><td>Granted</td><td>618</td><td>84.20</td><td></td><td></td></tr>
<tr><td>Exercised</td><td>(905)</td><td>48.77</td><td></td><td></td></tr>
<tr><td>Forfeited or expired</td><td>(143)</td><td>72.10</td><td></td><td></td></tr>
<tr><td>Outstanding at December 31, 2024</td><td>3,782</td><td>$ 67.66</td><td>5.8</td><td>$ 108.4</td></tr>
<tr><td>Exercisable at December 31, 2024</td><td>2,541</td><td>$ 59.12</td><td>4.3</td><td>$ 94.5</td></tr>
</table>
<p>The total intrinsic value of options exercised during 2024, 2023 and 2022 was $38.2 million, $29.7 million and $33.1 million, respectively. As of December 31, 2024, there was $41.6 million of total unrecognized compensation cost related to nonvested stock-based awards, which is expected to be recognized over a weighted-average period of 2.1 years.</p>
<p>NOTE 14. INCOME TAXES</p>
<p>A reconciliation of the U.S. federal statutory income tax rate to our effective income tax rate is as follows:</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Federal statutory rate</td><td>21.0%</td><td>21.0%</td><td>21.0%</td></tr>
<tr><td>State income taxes, net of federal benefit</td><td>2.3</td><td>2.1</td><td>2.4</td></tr>
<tr><td>Foreign rate differential</td><td>(1.8)</td><td>(2.2)</td><td>(1.5)</td></tr>
<tr><td>Research and development tax credits</td><td>(2.6)</td><td>(2.4)</td><td>(2.9)</td></tr>
<tr><td>Stock-based compensation</td><td>(0.9)</td><td>(1.1)</td><td>(0.4)</td></tr>
<tr><td>Other, net</td><td>0.4</td><td>0.7</td><td>(0.2)</td></tr>
<tr><td>Effective tax rate</td><td>18.4%</td><td>18.1%</td><td>18.4%</td></tr>
</table>
<p>The components of income before income taxes were as follows (in millions):</p>
<table>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>United States</td><td>$ 412.8</td><td>$ 366.1</td><td>$ 341.0</td></tr>
<tr><td>Foreign</td><td>198.4</td><td>187.5</td><td>160.9</td></tr>
<tr><td>Total</td><td>$ 611.2</td><td>$ 553.6</td><td>$ 501.9</td></tr>
</table>
<p>NOTE 15. COMMITMENTS AND CONTINGENCIES</p>
<p>The following table summarizes our contractual obligations as of December 31, 2024 (in millions):</p>
<table>
<tr><td></td><td>Total</td><td>Less than 1 Year</td><td>1-3 Years</td><td>3-5 Years</td><td>More than 5 Years</td></tr>
<tr><td>Long-term debt, including current portion</td><td>$ 1,250.0</td><td>$ 150.0</td><td>$ 400.0</td><td>$ 300.0</td><td>$ 400.0</td></tr>
<tr><td>Interest payments</td><td>214.6</td><td>48.2</td><td>79.5</td><td>52.1</td><td>34.8</td></tr>
<tr><td>Operating leases</td><td>186.3</td><td>38.9</td><td>61.4</td><td>42.7</td><td>43.3</td></tr>
<tr><td>Purchase obligations</td><td>322.7</td><td>251.0</td><td>64.2</td><td>7.5</td><td>—</td></tr>
<tr><td>Total</td><td>$ 1,973.6</td><td>$ 488.1</td><td>$ 605.1</td><td>$ 402.3</td><td>$ 478.1</td></tr>
</table>
</body></html>"""

PAYMENTS = """<html><body>
<p>MERIDIAN PAY NETWORKS, INC.</p>
<p>Meridian Pay Reports Fiscal Fourth Quarter and Full-Year 2025 Results</p>
<p>SAN FRANCISCO, October 28, 2025 -- Meridian Pay Networks, Inc. (NYSE: MPN) today announced financial results for its fiscal fourth quarter and fiscal full year ended September 30, 2025.</p>
<p>Fiscal fourth quarter net revenue was $10.7 billion, an increase of 12% over the prior year. GAAP net income was $5.4 billion, or $2.74 per share, an increase of 9%. Non-GAAP net income was $5.9 billion, or $2.98 per share, an increase of 10%.</p>
<p>Payments volume for the quarter ended June 30, 2025, on which fiscal fourth quarter service revenue is recognized, grew 8% over the prior year in constant dollars. Cross-border volume excluding intra-Europe transactions rose 12% in constant dollars. Processed transactions for the fiscal fourth quarter totaled 66.8 billion, a 10% increase over the prior year.</p>
<p>During the fiscal fourth quarter, the Company repurchased 14.6 million shares of class A common stock for $4.9 billion and paid $1.2 billion in dividends. The board declared a quarterly cash dividend of $0.670 per share of class A common stock, an increase of 14%.</p>
<p>NET REVENUE BY CATEGORY</p>
<p>(in millions, except percentages)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended September 30,</td><td colspan="3">Twelve Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Service revenue</td><td>$ 4,628</td><td>$ 4,198</td><td>10%</td><td>$ 17,934</td><td>$ 16,325</td><td>10%</td></tr>
<tr><td>Data processing revenue</td><td>5,192</td><td>4,674</td><td>11%</td><td>19,846</td><td>17,945</td><td>11%</td></tr>
<tr><td>International transaction revenue</td><td>3,711</td><td>3,225</td><td>15%</td><td>14,120</td><td>12,670</td><td>11%</td></tr>
<tr><td>Other revenue</td><td>1,108</td><td>912</td><td>21%</td><td>4,118</td><td>3,426</td><td>20%</td></tr>
<tr><td>Client incentives</td><td>(3,939)</td><td>(3,454)</td><td>14%</td><td>(15,202)</td><td>(13,496)</td><td>13%</td></tr>
<tr><td>Net revenue</td><td>$ 10,700</td><td>$ 9,555</td><td>12%</td><td>$ 40,816</td><td>$ 36,870</td><td>11%</td></tr>
</table>
<p>OPERATIONAL PERFORMANCE DATA</p>
<p>Payments Volume - Quarter ended June 30, 2025</p>
<table>
<tr><td></td><td>Payments Volume ($ billions)</td><td>Growth (Nominal USD)</td><td>Growth (Constant USD)</td><td>Transactions (millions)</td></tr>
<tr><td>United States</td><td>$ 1,742</td><td>6%</td><td>6%</td><td>29,410</td></tr>
<tr><td>Europe</td><td>$ 782</td><td>11%</td><td>9%</td><td>14,226</td></tr>
<tr><td>Asia Pacific</td><td>$ 541</td><td>5%</td><td>8%</td><td>8,902</td></tr>
<tr><td>Latin America</td><td>$ 198</td><td>4%</td><td>13%</td><td>5,077</td></tr>
<tr><td>CEMEA</td><td>$ 310</td><td>10%</td><td>14%</td><td>6,388</td></tr>
<tr><td>Total</td><td>$ 3,573</td><td>7%</td><td>8%</td><td>64,003</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Twelve Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net revenue</td><td>$ 10,700</td><td>$ 9,555</td><td>$ 40,816</td><td>$ 36,870</td></tr>
<tr><td>Personnel</td><td>1,721</td><td>1,530</td><td>6,612</td><td>6,092</td></tr>
<tr><td>Marketing</td><td>512</td><td>488</td><td>1,601</td><td>1,469</td></tr>
<tr><td>Network and processing</td><td>248</td><td>221</td><td>941</td><td>866</td></tr>
<tr><td>Professional fees</td><td>198</td><td>171</td><td>672</td><td>612</td></tr>
<tr><td>Depreciation and amortization</td><td>282</td><td>251</td><td>1,061</td><td>979</td></tr>
<tr><td>General and administrative</td><td>401</td><td>398</td><td>1,526</td><td>1,443</td></tr>
<tr><td>Litigation provision</td><td>62</td><td>25</td><td>1,117</td><td>874</td></tr>
<tr><td>Total operating expenses</td><td>3,424</td><td>3,084</td><td>13,530</td><td>12,335</td></tr>
<tr><td>Operating income</td><td>7,276</td><td>6,471</td><td>27,286</td><td>24,535</td></tr>
<tr><td>Net income</td><td>$ 5,412</td><td>$ 4,957</td><td>$ 21,180</td><td>$ 19,743</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 2.74</td><td>$ 2.51</td><td>$ 10.70</td><td>$ 9.92</td></tr>
</table>
</body></html>"""

PHARMA = """<html><body>
<p>CALDERON THERAPEUTICS PLC</p>
<p>Calderon Therapeutics Reports Second-Quarter 2025 Financial Results</p>
<p>BOSTON, July 31, 2025 -- Calderon Therapeutics plc (NASDAQ: CLDR) today announced financial results for the second quarter ended June 30, 2025.</p>
<p>Worldwide revenue was $4.82 billion, an increase of 9% compared with the second quarter of 2024, or 10% operationally, excluding a 1% unfavorable impact of foreign exchange. Sales of Veltrana grew 24% to $1.31 billion. GAAP diluted EPS was $1.18 and non-GAAP diluted EPS was $1.74, an increase of 12% from $1.55.</p>
<p>The Company raised its full-year 2025 revenue guidance to a range of $19.2 billion to $19.6 billion and its non-GAAP EPS guidance to $6.90 to $7.10.</p>
<p>SELECTED PRODUCT REVENUE</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="3">Second Quarter 2025</td><td colspan="3">Second Quarter 2024</td><td>% Change</td></tr>
<tr><td></td><td>U.S.</td><td>International</td><td>Worldwide</td><td>U.S.</td><td>International</td><td>Worldwide</td><td>Worldwide</td></tr>
<tr><td>Veltrana</td><td>$ 842</td><td>$ 468</td><td>$ 1,310</td><td>$ 688</td><td>$ 368</td><td>$ 1,056</td><td>24%</td></tr>
<tr><td>Ostemir</td><td>611</td><td>402</td><td>1,013</td><td>598</td><td>411</td><td>1,009</td><td>—%</td></tr>
<tr><td>Pravacel</td><td>388</td><td>217</td><td>605</td><td>342</td><td>189</td><td>531</td><td>14%</td></tr>
<tr><td>Duvexa</td><td>205</td><td>311</td><td>516</td><td>229</td><td>334</td><td>563</td><td>(8)%</td></tr>
<tr><td>Other products</td><td>702</td><td>674</td><td>1,376</td><td>653</td><td>610</td><td>1,263</td><td>9%</td></tr>
<tr><td>Total revenue</td><td>$ 2,748</td><td>$ 2,072</td><td>$ 4,820</td><td>$ 2,510</td><td>$ 1,912</td><td>$ 4,422</td><td>9%</td></tr>
</table>
<p>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue</td><td>$ 4,820</td><td>$ 4,422</td><td>$ 9,411</td><td>$ 8,690</td></tr>
<tr><td>Cost of sales</td><td>1,012</td><td>951</td><td>1,983</td><td>1,882</td></tr>
<tr><td>Research and development</td><td>1,207</td><td>1,118</td><td>2,389</td><td>2,201</td></tr>
<tr><td>Selling, general and administrative</td><td>1,326</td><td>1,274</td><td>2,610</td><td>2,511</td></tr>
<tr><td>Acquired in-process research and development</td><td>185</td><td>42</td><td>410</td><td>96</td></tr>
<tr><td>Amortization of intangible assets</td><td>212</td><td>208</td><td>423</td><td>414</td></tr>
<tr><td>Operating income</td><td>878</td><td>829</td><td>1,596</td><td>1,586</td></tr>
<tr><td>Net income</td><td>$ 662</td><td>$ 645</td><td>$ 1,214</td><td>$ 1,230</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.18</td><td>$ 1.14</td><td>$ 2.16</td><td>$ 2.17</td></tr>
</table>
</body></html>"""


AG_EQUIPMENT = """<html><body>
<p>PRAIRIE MACHINERY COMPANY</p>
<p>Prairie Machinery Reports Fourth Quarter and Fiscal Year 2025 Results</p>
<p>MOLINE, Illinois, November 20, 2025 -- Prairie Machinery Company (NYSE: PMC) reported net income of $1.02 billion, or $3.78 per diluted share, for the fourth quarter ended October 31, 2025, compared with $1.24 billion, or $4.49 per diluted share, for the quarter ended October 31, 2024. For fiscal year 2025, net income was $4.91 billion, or $18.05 per diluted share, compared with $6.87 billion, or $24.31 per share, in fiscal 2024.</p>
<p>Worldwide net sales and revenues decreased 11% to $11.43 billion for the fourth quarter and decreased 16% to $44.61 billion for the full year. Net sales of the equipment operations were $10.12 billion for the quarter and $39.21 billion for the year.</p>
<p>The Company projects fiscal 2026 net income to be in a range of $4.0 billion to $4.75 billion.</p>
<p>SUPPLEMENTAL CONSOLIDATING DATA</p>
<p>STATEMENTS OF INCOME</p>
<p>For the Years Ended October 31, 2025 and 2024</p>
<p>(In millions of dollars)</p>
<table>
<tr><td></td><td colspan="2">EQUIPMENT OPERATIONS</td><td colspan="2">FINANCIAL SERVICES</td><td colspan="2">CONSOLIDATED</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net sales</td><td>$ 39,210</td><td>$ 47,880</td><td></td><td></td><td>$ 39,210</td><td>$ 47,880</td></tr>
<tr><td>Finance and interest income</td><td>612</td><td>701</td><td>$ 5,488</td><td>$ 5,102</td><td>5,120</td><td>4,988</td></tr>
<tr><td>Other income</td><td>402</td><td>455</td><td>188</td><td>170</td><td>280</td><td>302</td></tr>
<tr><td>Total</td><td>40,224</td><td>49,036</td><td>5,676</td><td>5,272</td><td>44,610</td><td>53,170</td></tr>
<tr><td>Cost of sales</td><td>28,102</td><td>33,514</td><td></td><td></td><td>28,097</td><td>33,508</td></tr>
<tr><td>Research and development expenses</td><td>2,311</td><td>2,248</td><td></td><td></td><td>2,311</td><td>2,248</td></tr>
<tr><td>Selling, administrative and general expenses</td><td>3,612</td><td>3,840</td><td>702</td><td>655</td><td>4,302</td><td>4,480</td></tr>
<tr><td>Interest expense</td><td>410</td><td>402</td><td>2,944</td><td>2,796</td><td>3,101</td><td>2,961</td></tr>
<tr><td>Total costs and expenses</td><td>34,435</td><td>40,004</td><td>4,511</td><td>4,220</td><td>37,811</td><td>43,197</td></tr>
<tr><td>Income before income taxes</td><td>5,789</td><td>9,032</td><td>1,165</td><td>1,052</td><td>6,799</td><td>9,973</td></tr>
<tr><td>Provision for income taxes</td><td>1,601</td><td>2,868</td><td>290</td><td>233</td><td>1,891</td><td>3,101</td></tr>
<tr><td>Net income attributable to Prairie Machinery</td><td>4,188</td><td>6,164</td><td>875</td><td>819</td><td>4,908</td><td>6,872</td></tr>
</table>
<p>NET SALES BY SEGMENT</p>
<p>(In millions of dollars)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended October 31</td><td colspan="3">Twelve Months Ended October 31</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Production &amp; precision agriculture</td><td>$ 4,712</td><td>$ 5,609</td><td>-16</td><td>$ 18,504</td><td>$ 23,115</td><td>-20</td></tr>
<tr><td>Small agriculture &amp; turf</td><td>2,488</td><td>2,701</td><td>-8</td><td>9,840</td><td>11,218</td><td>-12</td></tr>
<tr><td>Construction &amp; forestry</td><td>2,920</td><td>3,102</td><td>-6</td><td>10,866</td><td>13,547</td><td>-20</td></tr>
<tr><td>Total net sales</td><td>$ 10,120</td><td>$ 11,412</td><td>-11</td><td>$ 39,210</td><td>$ 47,880</td><td>-18</td></tr>
</table>
</body></html>"""

EXCHANGE = """<html><body>
<p>LAKESHORE EXCHANGE GROUP, INC.</p>
<p>Lakeshore Exchange Group Reports Record Third-Quarter 2025 Results</p>
<p>CHICAGO, October 22, 2025 -- Lakeshore Exchange Group, Inc. (NASDAQ: LXG) today reported financial results for the third quarter of 2025.</p>
<p>The company reported revenue of $1.6 billion and operating income of $1.0 billion for the third quarter of 2025. Net income attributable to the company was $742 million, or $2.06 per diluted share. On an adjusted basis, net income was $812 million, or $2.25 per diluted share.</p>
<p>Average daily volume (ADV) reached a third-quarter record of 26.3 million contracts, up 10% from the third quarter of 2024. Interest rate ADV grew 12% to 13.1 million contracts. International ADV was a record 8.4 million contracts. Clearing and transaction fees revenue was $1.3 billion, and the average rate per contract (RPC) was $0.668, compared with $0.681 in the third quarter of 2024.</p>
<p>The company paid dividends of $436 million during the quarter. As of September 30, 2025, the company had approximately $2.4 billion in cash and marketable securities.</p>
<p>AVERAGE DAILY VOLUME BY PRODUCT LINE</p>
<p>(round turns in thousands)</p>
<table>
<tr><td></td><td>Q3 2025</td><td>Q3 2024</td><td>Change</td></tr>
<tr><td>Interest rates</td><td>13,108</td><td>11,704</td><td>12%</td></tr>
<tr><td>Equity indexes</td><td>6,912</td><td>6,790</td><td>2%</td></tr>
<tr><td>Energy</td><td>2,941</td><td>2,502</td><td>18%</td></tr>
<tr><td>Agricultural commodities</td><td>1,922</td><td>1,818</td><td>6%</td></tr>
<tr><td>Foreign exchange</td><td>1,018</td><td>1,001</td><td>2%</td></tr>
<tr><td>Metals</td><td>399</td><td>1,094</td><td>(64)%</td></tr>
<tr><td>Total</td><td>26,300</td><td>24,909</td><td>6%</td></tr>
</table>
<p>AVERAGE RATE PER CONTRACT</p>
<table>
<tr><td></td><td>Q3 2025</td><td>Q3 2024</td></tr>
<tr><td>Interest rates</td><td>$ 0.482</td><td>$ 0.487</td></tr>
<tr><td>Equity indexes</td><td>0.618</td><td>0.624</td></tr>
<tr><td>Energy</td><td>1.142</td><td>1.158</td></tr>
<tr><td>Agricultural commodities</td><td>1.298</td><td>1.311</td></tr>
<tr><td>Foreign exchange</td><td>0.801</td><td>0.788</td></tr>
<tr><td>Metals</td><td>1.412</td><td>1.398</td></tr>
<tr><td>Total futures and options</td><td>$ 0.668</td><td>$ 0.681</td></tr>
</table>
<p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Quarter Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Clearing and transaction fees</td><td>$ 1,303.2</td><td>$ 1,168.4</td><td>$ 3,951.7</td><td>$ 3,520.6</td></tr>
<tr><td>Market data and information services</td><td>185.4</td><td>171.0</td><td>547.3</td><td>510.2</td></tr>
<tr><td>Other</td><td>127.9</td><td>119.8</td><td>381.5</td><td>352.0</td></tr>
<tr><td>Total revenues</td><td>1,616.5</td><td>1,459.2</td><td>4,880.5</td><td>4,382.8</td></tr>
<tr><td>Compensation and benefits</td><td>201.3</td><td>190.6</td><td>602.8</td><td>571.2</td></tr>
<tr><td>Technology</td><td>71.8</td><td>65.4</td><td>210.3</td><td>192.7</td></tr>
<tr><td>Amortization of purchased intangibles</td><td>55.1</td><td>55.3</td><td>165.4</td><td>166.1</td></tr>
<tr><td>Other expenses</td><td>249.3</td><td>233.0</td><td>734.2</td><td>704.6</td></tr>
<tr><td>Total expenses</td><td>577.5</td><td>544.3</td><td>1,712.7</td><td>1,634.6</td></tr>
<tr><td>Operating income</td><td>1,039.0</td><td>914.9</td><td>3,167.8</td><td>2,748.2</td></tr>
<tr><td>Net income attributable to Lakeshore</td><td>$ 742.1</td><td>$ 651.9</td><td>$ 2,260.5</td><td>$ 1,988.0</td></tr>
<tr><td>Diluted earnings per common share</td><td>$ 2.06</td><td>$ 1.81</td><td>$ 6.27</td><td>$ 5.52</td></tr>
</table>
</body></html>"""


@pytest.fixture(scope="module")
def managed():
    return asker(MANAGED, "meridianhealth_8-k_2025-10-23.html")


@pytest.fixture(scope="module")
def miner():
    return asker(MINER, "sierrapeak_8-k_2025-07-30.html")


@pytest.fixture(scope="module")
def chemicals():
    return asker(CHEMICALS, "halvorsen_8-k_2025-10-29.html")


@pytest.fixture(scope="module")
def ten_k():
    return asker(TEN_K, "northwind_10-k_2024-12-31.html")


@pytest.fixture(scope="module")
def payments():
    return asker(PAYMENTS, "meridianpay_8-k_2025-10-28.html")


@pytest.fixture(scope="module")
def pharma():
    return asker(PHARMA, "calderon_8-k_2025-07-31.html")

@pytest.fixture(scope="module")
def ag_equipment():
    return asker(AG_EQUIPMENT, "prairie_8-k_2025-11-20.html")


@pytest.fixture(scope="module")
def exchange():
    return asker(EXCHANGE, "lakeshore_8-k_2025-10-22.html")


def _parsed(text: str, name: str):
    return parse_bytes(text.encode(), name)


def _amount(answer) -> str | None:
    return answer.value.amount if answer.value else None


# ------------------------------------------------------------------ units and periods of tables

def test_a_column_group_in_a_physical_unit_counts_in_its_scale(miner):
    parsed = _parsed(MINER, "sierrapeak_8-k_2025-07-30.html")
    mines = next(t for t in parsed.tables if t.title == "OPERATING RESULTS BY MINE")
    assert [c.period for c in mines.columns] == ["2025-04-01/2025-06-30", "2024-04-01/2024-06-30"] * 2
    granite = mines.rows[0]
    assert [(str(c.value), c.unit) for c in granite.cells] == [("168000", "count"), ("151000", "count"),
                                                                ("1405", "USD"), ("1322", "USD")]  # had been $168, $151
    a = miner("What was Rio Claro's gold production in Q2 2025?")
    assert (a.status, _amount(a), a.value.unit) == ("answered", "125000", "count")
    assert "“Rio Claro”, “Gold Production (000 oz)”" in a.text
    a = miner("What was the AISC at Black Mesa in Q2 2025?")
    assert (a.status, _amount(a), a.value.unit) == ("answered", "1874", "USD")
    assert "“AISC ($/oz)”" in a.text


def test_a_caption_that_only_compares_periods_is_no_title():
    parsed = _parsed(CHEMICALS, "halvorsen_8-k_2025-10-29.html")
    assert parsed.tables[0].title == "NET SALES VARIANCE BY SEGMENT"  # not "Third Quarter 2025 versus ..."


def test_a_rate_reconciliation_is_in_percent_between_its_first_and_last_rows(ten_k):
    a = ten_k("What was the state income tax effect in 2022?")
    assert (_amount(a), a.value.unit) == ("2.4", "percent")  # had been $2.4 at 0.93
    a = ten_k("What was the impact of research and development tax credits on the effective tax rate in 2023?")
    assert _amount(a) == "-2.4" and "Research and development tax credits" in a.text  # had been the rate's 18.1%


def test_a_release_of_a_fourth_quarter_and_full_year_states_its_fiscal_year(payments):
    assert _parsed(PAYMENTS, "meridianpay_8-k_2025-10-28.html").filing.fiscal_year_end == "--09-30"
    a = payments("What was net revenue for fiscal 2025?")
    assert (a.status, _amount(a)) == ("answered", "40816000000")  # had been the quarter's
    a = payments("How much did data processing revenue grow in the fourth quarter?")
    assert _amount(a) == "518000000"  # had been no figure "in the fourth quarter of fiscal 2023"


def test_a_count_stated_after_its_noun(payments):
    a = payments("How many processed transactions were there in the fiscal fourth quarter?")
    assert (_amount(a), a.value.unit) == ("66800000000", "count")
    assert "processed transactions there" not in a.model_dump_json()


# ------------------------------------------------------------------ rows, columns and captions

def test_a_dated_column_that_names_its_measure_groups_with_each_row(chemicals, pharma):
    a = chemicals("What were Specialty Polymers net sales in Q3 2025?")
    assert (a.status, _amount(a)) == ("answered", "822000000")  # had been the company's $3,412 million
    assert "“Specialty Polymers”, “Net Sales”" in a.text
    a = pharma("What were Veltrana worldwide sales in the second quarter of 2025?")
    assert (a.status, _amount(a)) == ("answered", "1310000000")  # had been total revenue
    a = pharma("What were U.S. sales of Pravacel in Q2 2025?")
    assert (a.status, _amount(a)) == ("answered", "388000000")


def test_a_row_not_named_in_full_takes_no_column_group_place(miner):
    a = miner("What was copper production in the quarter?")
    assert not (a.status == "answered" and _amount(a) == "121000")  # "Copper Hollow" is a mine, not copper


def test_a_caption_row_naming_the_asked_part_outranks_the_total(managed):
    a = managed("What was Medicare premium revenue in the third quarter of 2024?")
    assert _amount(a) == "1391000000"  # had been total premium revenue


def test_a_share_whose_part_heads_rows_of_several_tables(managed):
    a = managed("What share of premium revenue came from Marketplace in Q3 2025?")
    assert _amount(a) == "14.45" and "“Marketplace” $1,506,000,000" in a.text  # had been "no figure"


def test_the_period_after_a_compared_figure_is_its_own(chemicals):
    a = chemicals("What was operating EPS in the third quarter of 2024?")
    assert (_amount(a), a.value.unit) == ("1.15", "USD/share")  # had been $1.02 at 0.87
    a = chemicals("What was operating EPS in the third quarter of 2025?")
    assert _amount(a) == "1.02"


def test_a_maturity_column_keeps_its_words(ten_k):
    a = ten_k("How much of purchase obligations are due in less than 1 year?")
    assert _amount(a) == "251000000" and "“Less than 1 Year”" in a.text


# ------------------------------------------------------------------ which part

def test_a_residual_row_is_no_part_to_name(pharma):
    a = pharma("Which product had the highest worldwide revenue in Q2 2025?")
    assert (a.status, a.spans) == ("answered", ["Veltrana"])  # had been "Other products" at 0.95


def test_a_reconciling_row_does_not_keep_segments_from_being_ranked(chemicals):
    a = chemicals("Which segment had the highest net sales in Q3 2025?")
    assert (a.status, a.spans) == ("answered", ["Performance Materials"])  # "Corporate" had hidden the breakdown
    a = chemicals("Which segment had the highest Operating EBITDA in the third quarter of 2025?")
    assert a.spans == ["Performance Materials"]


def test_the_total_is_not_the_sum_of_the_segments_counted_when_corporate_is_in_it(chemicals):
    a = chemicals("What was the total of Operating EBITDA for the three segments in Q3 2025?")
    assert a.status != "answered"  # had been the "Total" $598 million, which counts "Corporate (22)"
    a = chemicals("What was total Operating EBITDA in Q3 2025?")
    assert (a.status, _amount(a)) == ("answered", "598000000")


def test_a_price_per_unit_column_is_ranked_as_a_rate(miner):
    a = miner("Which mine had the lowest AISC in the second quarter of 2025?")
    assert (a.status, a.spans) == ("answered", ["Copper Hollow"])


# ------------------------------------------------------------------ words

def test_net_sales_and_revenues_is_not_the_net_sales_row(ag_equipment):
    a = ag_equipment("What were consolidated net sales and revenues for fiscal 2025?")
    assert not (a.status == "answered" and _amount(a) == "39210000000")  # had been "Net sales" at 0.96
    a = ag_equipment("How much did consolidated SA&G expenses change from 2024 to 2025?")
    assert _amount(a) == "-178000000"  # had been no figure for "SA&G"


def test_a_caption_that_names_what_it_counts(exchange):
    parsed = _parsed(EXCHANGE, "lakeshore_8-k_2025-10-22.html")
    assert parsed.filing.fiscal_period == "Q3"  # "Record Third-Quarter 2025 Results"
    volume = next(t for t in parsed.tables if t.title == "AVERAGE DAILY VOLUME BY PRODUCT LINE")
    energy = next(r for r in volume.rows if r.label == "Energy")
    assert [(str(c.value), c.unit) for c in energy.cells[:2]] == [("2941000", "count"), ("2502000", "count")]
    a = exchange("What was the average rate per contract for equity indexes in Q3 2024?")
    assert (_amount(a), a.value.unit) == ("0.624", "USD")  # had been no figure "in percent"
