"""A shopping-center REIT's release, an oil producer's 10-Q, an insurer's release and a software
company's release (fictional companies), asked the way analysts ask. Each test pins one general rule:

- a question whether a figure rose or fell ("Did FFO per share increase?", "Were revenues lower than a
  year ago?") is answered "yes" or "no" from the change between the two periods (qa/qtypes/direction.py,
  qa/verdict.py); a deduction printed in parentheses that grew in size grew; "improve" reads which way
  is better for the item (qa/data/polarity.toml); a yes-or-no question that an answer does not decide
  (an item neither better up nor down, a lookup) is not answered;
- a question naming no period, of a row a 10-Q gives only for the year to date (its cash flow statement),
  is answered for the year to date, saying so;
- a figure beside a later date that is no span ("a dividend of $0.285, payable October 15") is the
  latest figure, not another period's; "prior year reserve development" names no period;
- debt to equity over a balance sheet that states its debt in one line; an insurer's loss ratio;
- a software company that names its fiscal year by the year it ends in (the second quarter of fiscal 2026
  ended July 31, 2025) has its outlook for the third quarter and for the full fiscal year dated so;
- which segment had the lowest combined ratio: a rate is ranked over rows whose amounts add up to the
  total's, never because rates "add up" within a table's money scale; "which asset class grew the
  fastest?" names no measure, and a table titled by the kind ("AUM by Asset Class") gives it; a table
  titled "<measure> by <kind>" ("Comparable RevPAR by Region") breaks the measure down without a total;
- "were net flows positive?" asks a figure's sign; "38.6 basis points, down from 39.4 basis points in the
  second quarter of 2024" is 0.386 percent, of the report's own quarter;
- "did it increase from a year earlier?" after one figure asks about that figure's line item."""

from page_asker import asker
from index.parse import parse_bytes

REIT = """<html><body>
<p>Exhibit 99.1</p>
<p>Bania Realty Trust Reports Second Quarter 2025 Results</p>
<p>CHICAGO, July 28, 2025 -- Bania Realty Trust, Inc. (NYSE: BRT), a real estate investment trust that owns shopping centers, today announced results for the quarter ended June 30, 2025.</p>
<p>Net income attributable to common stockholders was $41.3 million, or $0.21 per diluted share, compared with $35.8 million, or $0.19 per diluted share, for the second quarter of 2024. Nareit Funds From Operations (FFO) was $98.6 million, or $0.50 per diluted share, compared with $91.2 million, or $0.47 per diluted share, a year earlier. Core FFO per diluted share increased 4.2% to $0.50.</p>
<p>Same property net operating income (NOI) increased 3.6% compared with the second quarter of 2024. Leased occupancy was 95.4% at June 30, 2025, up 60 basis points from a year earlier. The Company executed 212 leases totaling 1.4 million square feet, with blended cash rent spreads of 11.8%.</p>
<p>The Board declared a quarterly dividend of $0.285 per common share, payable October 15, 2025.</p>
<p>Guidance: The Company raised its 2025 Core FFO guidance to $1.98 to $2.02 per diluted share, from $1.95 to $2.01 previously.</p>
<p>Reconciliation of Net Income to FFO</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net income attributable to common stockholders</td><td>$ 41,312</td><td>$ 35,804</td><td>$ 80,117</td><td>$ 70,925</td></tr>
<tr><td>Depreciation and amortization of real estate</td><td>61,884</td><td>58,410</td><td>122,903</td><td>116,288</td></tr>
<tr><td>Gain on sale of real estate</td><td>(4,602)</td><td>(3,011)</td><td>(9,877)</td><td>(5,140)</td></tr>
<tr><td>FFO attributable to common stockholders</td><td>$ 98,594</td><td>$ 91,203</td><td>$ 193,143</td><td>$ 182,073</td></tr>
<tr><td>Weighted average diluted shares</td><td>197,204</td><td>194,050</td><td>196,881</td><td>193,772</td></tr>
<tr><td>FFO per diluted share</td><td>$ 0.50</td><td>$ 0.47</td><td>$ 0.98</td><td>$ 0.94</td></tr>
</table>
<p>Same Property NOI</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Base rent</td><td>$ 118,402</td><td>$ 114,227</td><td>3.7%</td></tr>
<tr><td>Recoveries from tenants</td><td>35,118</td><td>34,006</td><td>3.3%</td></tr>
<tr><td>Property operating expenses</td><td>(24,880)</td><td>(24,012)</td><td>3.6%</td></tr>
<tr><td>Real estate taxes</td><td>(19,774)</td><td>(19,190)</td><td>3.0%</td></tr>
<tr><td>Same property NOI</td><td>$ 108,866</td><td>$ 105,031</td><td>3.6%</td></tr>
</table>
<p>Portfolio Statistics</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td><td>June 30, 2024</td></tr>
<tr><td>Number of properties</td><td>362</td><td>368</td><td>371</td></tr>
<tr><td>Gross leasable area (square feet, in thousands)</td><td>55,210</td><td>55,904</td><td>56,330</td></tr>
<tr><td>Leased occupancy</td><td>95.4%</td><td>95.1%</td><td>94.8%</td></tr>
<tr><td>Anchor leased occupancy</td><td>98.1%</td><td>97.9%</td><td>97.6%</td></tr>
<tr><td>Small shop leased occupancy</td><td>91.2%</td><td>90.6%</td><td>89.9%</td></tr>
<tr><td>Average base rent per square foot</td><td>$ 22.41</td><td>$ 22.03</td><td>$ 21.66</td></tr>
</table>
<p>Condensed Consolidated Balance Sheets</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Real estate, at cost</td><td>$ 11,402,556</td><td>$ 11,318,204</td></tr>
<tr><td>Accumulated depreciation</td><td>(3,114,087)</td><td>(2,998,415)</td></tr>
<tr><td>Real estate, net</td><td>8,288,469</td><td>8,319,789</td></tr>
<tr><td>Cash and cash equivalents</td><td>42,306</td><td>38,811</td></tr>
<tr><td>Other assets</td><td>512,774</td><td>498,120</td></tr>
<tr><td>Total assets</td><td>$ 8,843,549</td><td>$ 8,856,720</td></tr>
<tr><td>Notes payable</td><td>$ 4,203,118</td><td>$ 4,188,907</td></tr>
<tr><td>Other liabilities</td><td>401,227</td><td>412,590</td></tr>
<tr><td>Total liabilities</td><td>4,604,345</td><td>4,601,497</td></tr>
<tr><td>Total equity</td><td>4,239,204</td><td>4,255,223</td></tr>
<tr><td>Total liabilities and equity</td><td>$ 8,843,549</td><td>$ 8,856,720</td></tr>
</table>
</body></html>
"""

OIL = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 10-Q</p>
<p>QUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the quarterly period ended September 30, 2025</p>
<p>Morty Seinfeld Energy, Inc.</p>
<p>Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>Third Quarter 2025 Highlights</p>
<p>Total net production averaged 184.6 MBoe/d in the third quarter of 2025, an increase of 7% from 172.5 MBoe/d in the third quarter of 2024. Oil production averaged 98.2 MBbl/d. Lease operating expenses were $6.12 per Boe, compared with $6.48 per Boe a year earlier. Capital expenditures were $512 million in the quarter.</p>
<p>Production Volumes and Realized Prices</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net production volumes:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Oil (MBbl/d)</td><td>98.2</td><td>91.4</td><td>96.7</td><td>89.8</td></tr>
<tr><td>Natural gas liquids (MBbl/d)</td><td>41.5</td><td>38.9</td><td>40.8</td><td>37.6</td></tr>
<tr><td>Natural gas (MMcf/d)</td><td>269.4</td><td>253.2</td><td>262.1</td><td>249.0</td></tr>
<tr><td>Total (MBoe/d)</td><td>184.6</td><td>172.5</td><td>181.2</td><td>168.9</td></tr>
<tr><td>Average realized prices:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Oil ($/Bbl)</td><td>$ 66.12</td><td>$ 75.40</td><td>$ 68.95</td><td>$ 78.02</td></tr>
<tr><td>Natural gas liquids ($/Bbl)</td><td>$ 21.34</td><td>$ 22.10</td><td>$ 22.87</td><td>$ 23.51</td></tr>
<tr><td>Natural gas ($/Mcf)</td><td>$ 1.42</td><td>$ 0.87</td><td>$ 1.66</td><td>$ 1.05</td></tr>
<tr><td>Costs per Boe:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Lease operating expenses</td><td>$ 6.12</td><td>$ 6.48</td><td>$ 6.20</td><td>$ 6.55</td></tr>
<tr><td>Depreciation, depletion and amortization</td><td>$ 14.88</td><td>$ 14.02</td><td>$ 14.71</td><td>$ 13.95</td></tr>
</table>
<p>Condensed Consolidated Statements of Operations</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenues:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Oil sales</td><td>$ 597</td><td>$ 634</td><td>$ 1,820</td><td>$ 1,919</td></tr>
<tr><td>Natural gas liquids sales</td><td>81</td><td>79</td><td>255</td><td>242</td></tr>
<tr><td>Natural gas sales</td><td>35</td><td>20</td><td>119</td><td>72</td></tr>
<tr><td>Total revenues</td><td>713</td><td>733</td><td>2,194</td><td>2,233</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Lease operating expenses</td><td>104</td><td>103</td><td>307</td><td>302</td></tr>
<tr><td>Depreciation, depletion and amortization</td><td>253</td><td>222</td><td>728</td><td>645</td></tr>
<tr><td>General and administrative</td><td>38</td><td>35</td><td>112</td><td>104</td></tr>
<tr><td>Total operating expenses</td><td>395</td><td>360</td><td>1,147</td><td>1,051</td></tr>
<tr><td>Operating income</td><td>318</td><td>373</td><td>1,047</td><td>1,182</td></tr>
<tr><td>Interest expense</td><td>(41)</td><td>(44)</td><td>(125)</td><td>(131)</td></tr>
<tr><td>Income before income taxes</td><td>277</td><td>329</td><td>922</td><td>1,051</td></tr>
<tr><td>Income tax expense</td><td>(61)</td><td>(72)</td><td>(203)</td><td>(231)</td></tr>
<tr><td>Net income</td><td>$ 216</td><td>$ 257</td><td>$ 719</td><td>$ 820</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.03</td><td>$ 1.21</td><td>$ 3.42</td><td>$ 3.85</td></tr>
</table>
<p>Condensed Consolidated Statements of Cash Flows</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 1,512</td><td>$ 1,604</td></tr>
<tr><td>Additions to oil and gas properties</td><td>(1,498)</td><td>(1,377)</td></tr>
<tr><td>Net cash used in investing activities</td><td>(1,466)</td><td>(1,402)</td></tr>
<tr><td>Dividends paid</td><td>(154)</td><td>(147)</td></tr>
<tr><td>Repurchases of common stock</td><td>(210)</td><td>(180)</td></tr>
<tr><td>Net cash used in financing activities</td><td>(318)</td><td>(279)</td></tr>
<tr><td>Net increase (decrease) in cash</td><td>(272)</td><td>(77)</td></tr>
</table>
<p>SIGNATURES</p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned thereunto duly authorized.</p>
<p>Morty Seinfeld Energy, Inc.</p>
<p>Date: November 4, 2025 By: /s/ Helen Seinfeld, Executive Vice President and Chief Financial Officer</p>
</body></html>
"""

INSURER = """<html><body>
<p>Exhibit 99.1</p>
<p>Kessler Mutual Holdings Reports Third Quarter 2025 Results</p>
<p>HARTFORD, Conn., October 28, 2025 -- Kessler Mutual Holdings, Inc. (NYSE: KMH) today reported third quarter 2025 net income of $612 million, or $4.18 per diluted share, compared with $488 million, or $3.31 per diluted share, in the third quarter of 2024. Core income was $655 million, or $4.47 per diluted share.</p>
<p>Net written premiums grew 9% to $6.21 billion. The combined ratio improved 2.4 points to 91.8%, and the underlying combined ratio, which excludes catastrophe losses and prior year reserve development, was 87.9%. Catastrophe losses were $298 million, net of reinsurance. Net investment income rose 12% to $842 million. Book value per share was $118.40 at September 30, 2025, up 11% from December 31, 2024. Core return on equity was 15.6%.</p>
<p>Consolidated Financial Highlights</p>
<p>($ in millions, except per share amounts and ratios)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>Change</td></tr>
<tr><td>Net written premiums</td><td>$ 6,214</td><td>$ 5,701</td><td>9 %</td></tr>
<tr><td>Net earned premiums</td><td>$ 5,988</td><td>$ 5,520</td><td>8 %</td></tr>
<tr><td>Net investment income</td><td>842</td><td>752</td><td>12 %</td></tr>
<tr><td>Total revenues</td><td>7,015</td><td>6,418</td><td>9 %</td></tr>
<tr><td>Losses and loss adjustment expenses</td><td>3,902</td><td>3,741</td><td>4 %</td></tr>
<tr><td>Underwriting, acquisition and insurance expenses</td><td>1,595</td><td>1,492</td><td>7 %</td></tr>
<tr><td>Net income</td><td>$ 612</td><td>$ 488</td><td>25 %</td></tr>
<tr><td>Core income</td><td>$ 655</td><td>$ 519</td><td>26 %</td></tr>
<tr><td>Diluted net income per share</td><td>$ 4.18</td><td>$ 3.31</td><td>26 %</td></tr>
<tr><td>Core income per diluted share</td><td>$ 4.47</td><td>$ 3.52</td><td>27 %</td></tr>
<tr><td>Combined ratio</td><td>91.8 %</td><td>94.2 %</td><td>(2.4) pts</td></tr>
<tr><td>Underlying combined ratio</td><td>87.9 %</td><td>88.6 %</td><td>(0.7) pts</td></tr>
<tr><td>Catastrophe losses, net of reinsurance</td><td>$ 298</td><td>$ 412</td><td>(28)%</td></tr>
</table>
<p>Segment Results</p>
<p>($ in millions)</p>
<table>
<tr><td></td><td colspan="2">Net Written Premiums</td><td colspan="2">Combined Ratio</td></tr>
<tr><td></td><td>Q3 2025</td><td>Q3 2024</td><td>Q3 2025</td><td>Q3 2024</td></tr>
<tr><td>Business Insurance</td><td>$ 3,402</td><td>$ 3,118</td><td>90.6 %</td><td>92.8 %</td></tr>
<tr><td>Bond &amp; Specialty Insurance</td><td>1,021</td><td>962</td><td>84.1 %</td><td>85.0 %</td></tr>
<tr><td>Personal Insurance</td><td>1,791</td><td>1,621</td><td>96.7 %</td><td>99.9 %</td></tr>
<tr><td>Total</td><td>$ 6,214</td><td>$ 5,701</td><td>91.8 %</td><td>94.2 %</td></tr>
</table>
<p>Balance Sheet Data</p>
<p>($ in millions, except per share amounts)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Total investments</td><td>$ 98,412</td><td>$ 93,877</td></tr>
<tr><td>Total assets</td><td>134,906</td><td>129,611</td></tr>
<tr><td>Claims and claim adjustment expense reserves</td><td>61,220</td><td>59,804</td></tr>
<tr><td>Debt</td><td>8,034</td><td>8,029</td></tr>
<tr><td>Shareholders' equity</td><td>26,815</td><td>24,163</td></tr>
<tr><td>Book value per share</td><td>$ 118.40</td><td>$ 106.67</td></tr>
</table>
</body></html>
"""

ASSET_MANAGER = """<html><body>
<p>Exhibit 99.1</p>
<p>Jackie Chiles Asset Management Reports Second Quarter 2025 Results</p>
<p>NEW YORK, July 17, 2025 -- Jackie Chiles Asset Management, Inc. (NYSE: JCAM) today reported results for the quarter ended June 30, 2025.</p>
<p>Assets under management (AUM) were a record $742.8 billion at June 30, 2025, up $41.5 billion from March 31, 2025, reflecting market appreciation of $33.9 billion and long-term net inflows of $9.2 billion. The average fee rate was 38.6 basis points, down from 39.4 basis points in the second quarter of 2024. Diluted earnings per share were $2.14, and adjusted diluted earnings per share were $2.31.</p>
<p>Assets Under Management</p>
<p>(in billions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended</td></tr>
<tr><td></td><td>June 30, 2025</td><td>June 30, 2024</td></tr>
<tr><td>Beginning of period AUM</td><td>$ 701.3</td><td>$ 640.2</td></tr>
<tr><td>Long-term gross sales</td><td>54.6</td><td>47.9</td></tr>
<tr><td>Long-term redemptions</td><td>(45.4)</td><td>(49.3)</td></tr>
<tr><td>Long-term net flows</td><td>9.2</td><td>(1.4)</td></tr>
<tr><td>Net flows in money market funds</td><td>(1.8)</td><td>2.6</td></tr>
<tr><td>Market appreciation (depreciation)</td><td>33.9</td><td>8.1</td></tr>
<tr><td>Foreign currency translation</td><td>0.2</td><td>(0.7)</td></tr>
<tr><td>End of period AUM</td><td>$ 742.8</td><td>$ 648.8</td></tr>
<tr><td>Average AUM</td><td>$ 720.4</td><td>$ 645.0</td></tr>
</table>
<p>AUM by Asset Class</p>
<p>(in billions)</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>March 31, 2025</td><td>June 30, 2024</td></tr>
<tr><td>Equity</td><td>$ 398.5</td><td>$ 368.9</td><td>$ 341.7</td></tr>
<tr><td>Fixed income</td><td>201.3</td><td>196.4</td><td>182.0</td></tr>
<tr><td>Multi-asset</td><td>84.7</td><td>81.2</td><td>76.4</td></tr>
<tr><td>Alternatives</td><td>38.1</td><td>33.8</td><td>26.5</td></tr>
<tr><td>Money market</td><td>20.2</td><td>21.0</td><td>22.2</td></tr>
<tr><td>Total AUM</td><td>$ 742.8</td><td>$ 701.3</td><td>$ 648.8</td></tr>
</table>
<p>Condensed Consolidated Statements of Income</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Investment management fees</td><td>$ 695.2</td><td>$ 635.4</td><td>$ 1,372.8</td><td>$ 1,250.1</td></tr>
<tr><td>Performance fees</td><td>21.4</td><td>12.0</td><td>33.9</td><td>30.2</td></tr>
<tr><td>Distribution and servicing fees</td><td>118.0</td><td>109.7</td><td>232.5</td><td>216.8</td></tr>
<tr><td>Total operating revenues</td><td>834.6</td><td>757.1</td><td>1,639.2</td><td>1,497.1</td></tr>
<tr><td>Employee compensation and benefits</td><td>312.7</td><td>290.4</td><td>627.9</td><td>584.0</td></tr>
<tr><td>Distribution and servicing costs</td><td>148.3</td><td>137.6</td><td>292.0</td><td>271.9</td></tr>
<tr><td>General and administrative</td><td>101.9</td><td>97.8</td><td>203.3</td><td>193.5</td></tr>
<tr><td>Total operating expenses</td><td>562.9</td><td>525.8</td><td>1,123.2</td><td>1,049.4</td></tr>
<tr><td>Operating income</td><td>271.7</td><td>231.3</td><td>516.0</td><td>447.7</td></tr>
<tr><td>Net income attributable to JCAM</td><td>$ 171.8</td><td>$ 148.5</td><td>$ 330.6</td><td>$ 287.9</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 2.14</td><td>$ 1.82</td><td>$ 4.11</td><td>$ 3.52</td></tr>
</table>
</body></html>
"""

HOTELS = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 10-K</p>
<p>ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934</p>
<p>For the fiscal year ended December 31, 2024</p>
<p>Bookman Hotels &amp; Resorts, Inc.</p>
<p>Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>System-wide comparable RevPAR increased 3.1% in 2024 compared with 2023, driven by a 2.4% increase in average daily rate (ADR) and a 0.5 percentage point increase in occupancy. Net rooms growth was 6.2% for the year. As of December 31, 2024, our development pipeline totaled 492,000 rooms.</p>
<p>Comparable System-Wide Hotel Statistics</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>Change</td></tr>
<tr><td>Occupancy</td><td>71.8%</td><td>71.3%</td><td>0.5 pts.</td></tr>
<tr><td>Average daily rate</td><td>$ 161.42</td><td>$ 157.64</td><td>2.4%</td></tr>
<tr><td>RevPAR</td><td>$ 115.90</td><td>$ 112.40</td><td>3.1%</td></tr>
</table>
<p>Comparable RevPAR by Region</p>
<table>
<tr><td></td><td colspan="2">Year Ended December 31,</td><td></td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>Change</td></tr>
<tr><td>U.S. &amp; Canada</td><td>$ 118.64</td><td>$ 116.20</td><td>2.1%</td></tr>
<tr><td>Europe</td><td>$ 124.07</td><td>$ 116.85</td><td>6.2%</td></tr>
<tr><td>Asia Pacific</td><td>$ 88.31</td><td>$ 86.02</td><td>2.7%</td></tr>
<tr><td>Middle East &amp; Africa</td><td>$ 131.55</td><td>$ 120.48</td><td>9.2%</td></tr>
</table>
<p>Consolidated Statements of Income</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Year Ended December 31,</td></tr>
<tr><td></td><td>2024</td><td>2023</td><td>2022</td></tr>
<tr><td>Base management fees</td><td>$ 1,312</td><td>$ 1,244</td><td>$ 1,079</td></tr>
<tr><td>Franchise fees</td><td>3,002</td><td>2,824</td><td>2,560</td></tr>
<tr><td>Incentive management fees</td><td>741</td><td>765</td><td>653</td></tr>
<tr><td>Gross fee revenues</td><td>5,055</td><td>4,833</td><td>4,292</td></tr>
<tr><td>Owned, leased, and other revenue</td><td>1,603</td><td>1,598</td><td>1,367</td></tr>
<tr><td>Cost reimbursement revenue</td><td>18,442</td><td>17,283</td><td>15,114</td></tr>
<tr><td>Total revenues</td><td>25,100</td><td>23,714</td><td>20,773</td></tr>
<tr><td>Reimbursed expenses</td><td>18,515</td><td>17,401</td><td>15,245</td></tr>
<tr><td>Depreciation, amortization, and other</td><td>193</td><td>185</td><td>190</td></tr>
<tr><td>General, administrative, and other</td><td>1,065</td><td>1,011</td><td>891</td></tr>
<tr><td>Operating income</td><td>3,767</td><td>3,926</td><td>3,462</td></tr>
<tr><td>Interest expense</td><td>(695)</td><td>(565)</td><td>(403)</td></tr>
<tr><td>Income before income taxes</td><td>3,310</td><td>3,517</td><td>3,111</td></tr>
<tr><td>Provision for income taxes</td><td>(935)</td><td>(434)</td><td>(753)</td></tr>
<tr><td>Net income</td><td>$ 2,375</td><td>$ 3,083</td><td>$ 2,358</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 8.33</td><td>$ 10.18</td><td>$ 7.24</td></tr>
</table>
<p>SIGNATURES</p>
<p>Pursuant to the requirements of Section 13 or 15(d) of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned, thereunto duly authorized, on February 12, 2025.</p>
<p>/s/ Kenny Bookman, President and Chief Executive Officer</p>
</body></html>
"""

SOFTWARE = """<html><body>
<p>Exhibit 99.1</p>
<p>Lomez Software Announces Second Quarter Fiscal 2026 Financial Results</p>
<p>SAN FRANCISCO, September 3, 2025 -- Lomez Software, Inc. (NASDAQ: LMZ), today announced financial results for its second quarter of fiscal 2026, which ended July 31, 2025.</p>
<p>Total revenue was $412.6 million, an increase of 21% year over year. Subscription revenue was $389.0 million, an increase of 23% year over year. Annual recurring revenue (ARR) reached $1.71 billion, up 22% year over year. Remaining performance obligations (RPO) were $2.38 billion, up 27% year over year. Dollar-based net retention rate was 116%. The number of customers with ARR of $100,000 or more was 2,914, up 19% year over year.</p>
<p>GAAP operating loss was $(18.4) million, compared with $(41.0) million in the second quarter of fiscal 2025. Non-GAAP operating income was $78.3 million, or 19% of revenue. Free cash flow was $64.1 million, or 16% of revenue.</p>
<p>Outlook: For the third quarter of fiscal 2026, Lomez expects total revenue of $428 million to $430 million and non-GAAP operating income of $80 million to $82 million. For full fiscal 2026, Lomez now expects total revenue of $1.665 billion to $1.670 billion.</p>
<p>Condensed Consolidated Statements of Operations</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended July 31,</td><td colspan="2">Six Months Ended July 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Subscription</td><td>$ 389,012</td><td>$ 316,271</td><td>$ 759,330</td><td>$ 614,905</td></tr>
<tr><td>Professional services</td><td>23,588</td><td>24,714</td><td>47,104</td><td>49,032</td></tr>
<tr><td>Total revenue</td><td>412,600</td><td>340,985</td><td>806,434</td><td>663,937</td></tr>
<tr><td>Cost of revenue:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Subscription</td><td>72,118</td><td>61,504</td><td>141,876</td><td>120,228</td></tr>
<tr><td>Professional services</td><td>24,906</td><td>25,330</td><td>49,511</td><td>50,847</td></tr>
<tr><td>Total cost of revenue</td><td>97,024</td><td>86,834</td><td>191,387</td><td>171,075</td></tr>
<tr><td>Gross profit</td><td>315,576</td><td>254,151</td><td>615,047</td><td>492,862</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Research and development</td><td>98,410</td><td>89,772</td><td>195,118</td><td>177,940</td></tr>
<tr><td>Sales and marketing</td><td>179,905</td><td>158,227</td><td>352,661</td><td>312,404</td></tr>
<tr><td>General and administrative</td><td>55,661</td><td>47,152</td><td>108,922</td><td>93,310</td></tr>
<tr><td>Total operating expenses</td><td>333,976</td><td>295,151</td><td>656,701</td><td>583,654</td></tr>
<tr><td>Operating loss</td><td>(18,400)</td><td>(41,000)</td><td>(41,654)</td><td>(90,792)</td></tr>
<tr><td>Interest income and other, net</td><td>14,822</td><td>12,906</td><td>29,310</td><td>25,127</td></tr>
<tr><td>Loss before income taxes</td><td>(3,578)</td><td>(28,094)</td><td>(12,344)</td><td>(65,665)</td></tr>
<tr><td>Provision for income taxes</td><td>2,904</td><td>1,877</td><td>5,611</td><td>3,920</td></tr>
<tr><td>Net loss</td><td>$ (6,482)</td><td>$ (29,971)</td><td>$ (17,955)</td><td>$ (69,585)</td></tr>
<tr><td>Net loss per share, basic and diluted</td><td>$ (0.04)</td><td>$ (0.19)</td><td>$ (0.11)</td><td>$ (0.45)</td></tr>
<tr><td>Weighted-average shares used in computing net loss per share</td><td>161,402</td><td>157,733</td><td>160,880</td><td>157,104</td></tr>
</table>
<p>Condensed Consolidated Balance Sheets</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>July 31, 2025</td><td>January 31, 2025</td></tr>
<tr><td>Cash and cash equivalents</td><td>$ 412,884</td><td>$ 377,010</td></tr>
<tr><td>Marketable securities</td><td>802,311</td><td>768,442</td></tr>
<tr><td>Accounts receivable, net</td><td>221,098</td><td>304,556</td></tr>
<tr><td>Total current assets</td><td>1,561,207</td><td>1,571,930</td></tr>
<tr><td>Total assets</td><td>2,410,552</td><td>2,388,104</td></tr>
<tr><td>Deferred revenue, current</td><td>744,120</td><td>801,337</td></tr>
<tr><td>Total current liabilities</td><td>962,415</td><td>1,019,880</td></tr>
<tr><td>Total liabilities</td><td>1,303,776</td><td>1,366,092</td></tr>
<tr><td>Total stockholders' equity</td><td>1,106,776</td><td>1,022,012</td></tr>
</table>
</body></html>
"""


def test_a_rise_asked_yes_or_no_is_answered_from_the_change():
    ask = asker(REIT, "bania_8-k_2025-07-28_ex99.html")
    up = ask("Was FFO per share up year over year?")  # had been the year-earlier lookup, $0.47, answered at 0.93
    assert up.text.startswith("Yes: it rose.") and up.program[-1].op == "subtract"
    assert up.value.amount == "0.03" and up.plan["direction"] == "up" and up.plan["form"] == "yes_no"
    down = asker(OIL, "morty_10-q_2025-09-30.html")("Did lease operating expenses per Boe decrease?")
    assert down.text.startswith("Yes: it fell.") and down.value.amount == "-0.36"


def test_higher_than_a_period_is_a_change_not_two_items():
    ask = asker(SOFTWARE, "lomez_8-k_2025-09-03_ex99.html")
    answer = ask("Was accounts receivable lower than at January 31, 2025?")  # "than <date>": from then to now
    assert answer.text.startswith("Yes: it fell.")
    assert [f.amount for f in answer.figures] == ["221098000", "304556000"]


def test_a_deduction_printed_in_parentheses_that_grew_did_not_decrease():
    ask = asker(REIT, "bania_8-k_2025-07-28_ex99.html")
    answer = ask("Did real estate taxes decrease compared with the prior year?")  # "(19,774)" against "(19,190)"
    assert answer.text.startswith("No: it grew (both figures are negative; it is larger in size).")
    change = ask("How much did real estate taxes change?")
    assert change.value.amount == "-584000" and "larger in size" in change.text and "a decrease" not in change.text
    loss = asker(SOFTWARE, "lomez_8-k_2025-09-03_ex99.html")("Did the operating loss narrow compared with a year ago?")
    assert loss.text.startswith("Yes: it shrank")


def test_a_yes_no_question_no_change_decides_is_not_answered():
    better = asker(REIT, "bania_8-k_2025-07-28_ex99.html")("Did the number of properties improve?")
    assert better.status == "uncertain" and "better or worse" in better.reason  # more properties: better or not?
    either = asker(REIT, "bania_8-k_2025-07-28_ex99.html")("Did base rent increase or decrease in the quarter?")
    assert "It rose." in either.text


def test_no_period_asked_of_a_row_given_only_for_the_year_to_date():
    ask = asker(OIL, "morty_10-q_2025-09-30.html")
    answer = ask("What was net cash provided by operating activities?")  # had been "not_found" for the quarter
    assert answer.status == "answered" and answer.value.amount == "1512000000"
    assert answer.text.startswith("The filing gives no figure for the quarter alone; this is for the nine months ended "
                                  "September 30, 2025.")
    assert ask("What was net income?").value.amount == "216000000"  # the quarter, where the filing gives it
    from qa.conversation import Turn

    later = ask("What were dividends paid?", [Turn(question="What was net income?", answer=ask("What was net income?"))])
    assert later.value.amount == "-154000000"  # in a conversation too


def test_a_figure_beside_a_later_date_is_the_latest_figure():
    answer = asker(REIT, "bania_8-k_2025-07-28_ex99.html")("What was the quarterly dividend?")
    assert answer.status != "not_found" and answer.value.amount == "0.285"


def test_prior_year_reserve_development_names_no_period():
    ask = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")
    answer = ask("How did the combined ratio change?")  # had been a conflict: 91.8% dated a year back
    assert answer.status != "conflict" and answer.value.amount == "-2.4"


def test_debt_to_equity_over_one_line_of_debt_and_an_insurers_loss_ratio():
    ask = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")
    ratio = ask("What was the debt to equity ratio at September 30, 2025?")  # had needed short-term debt
    assert ratio.value.amount == "0.2996" and "total debt ÷ total equity" in ratio.text
    loss = ask("What was the loss ratio in Q3 2025?")
    assert loss.value.amount == "65.16" and loss.value.unit == "percent"


def test_a_fiscal_year_named_by_the_year_it_ends_in_dates_the_outlook():
    parsed = parse_bytes(SOFTWARE.encode(), "lomez_8-k_2025-09-03_ex99.html")
    ranges = {f.as_printed: f.period for f in parsed.facts if f.kind == "text" and f.low is not None}
    assert ranges["428-430"] == "2025-08-01/2025-10-31" and ranges["1.665-1.670"] == "2025-02-01/2026-01-31"
    ask = asker(SOFTWARE, "lomez_8-k_2025-09-03_ex99.html")
    assert ask("What is the full-year revenue outlook?").value.low == "1665000000"
    assert ask("What is the revenue guidance for the third quarter of fiscal 2026?").value.low == "428000000"


def test_a_rate_is_ranked_over_rows_whose_amounts_add_up():
    ask = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")
    answer = ask("Which segment had the lowest combined ratio in Q3 2025?")
    assert answer.spans == ["Bond & Specialty Insurance"] and answer.program[-1].op == "min"


def test_a_sign_asked_yes_or_no_is_read_from_the_figure():
    ask = asker(ASSET_MANAGER, "jackie_8-k_2025-07-17_ex99.html")
    answer = ask("Were long-term net flows positive in the quarter?")  # had been the bare figure, answered
    assert answer.text.startswith("Yes: it was positive.") and answer.plan["direction"] == "positive"
    assert ask("Were long-term net flows negative in Q2 2024?").text.startswith("Yes: it was negative.")


def test_basis_points_are_hundredths_of_a_percent_of_their_own_period():
    ask = asker(ASSET_MANAGER, "jackie_8-k_2025-07-17_ex99.html")
    now = ask("What was the average fee rate?")  # had been not_found: basis points were no figure
    assert now.value.amount == "0.386" and now.value.unit == "percent" and "38.6 basis points" in now.text
    change = ask("How did the fee rate change from a year earlier?")
    assert change.value.amount == "-0.008"


def test_which_asset_class_grew_the_fastest_of_a_table_titled_by_the_kind():
    ask = asker(ASSET_MANAGER, "jackie_8-k_2025-07-17_ex99.html")
    answer = ask("Which asset class grew the fastest since March 31, 2025?")
    assert answer.spans == ["Alternatives"] and answer.program[-1].op == "max"
    assert "from $33,800,000,000 to $38,100,000,000" in answer.text


def test_it_after_one_figure_is_that_figures_line_item():
    from qa.conversation import Turn

    ask = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")
    first = ask("What was net income in Q3 2025?")
    again = ask("Did it increase from a year earlier?", [Turn(question="What was net income in Q3 2025?", answer=first)])
    assert again.text.startswith("Yes: it rose.") and again.value.amount == "124000000"  # had been "not two answers"


def test_a_table_titled_measure_by_kind_is_a_breakdown_without_a_total():
    ask = asker(HOTELS, "bookman_10-k_2024-12-31.html")
    assert ask("Which region had the highest RevPAR in 2024?").spans == ["Middle East & Africa"]  # had quoted the title
    assert ask("Which region had the lowest RevPAR?").spans == ["Asia Pacific"]


def test_improve_reads_which_way_is_better_for_the_line_item():
    ratio = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")("Did the combined ratio improve?")
    assert "Yes: it fell, and lower is better." in ratio.text  # 91.8% against 94.2%
    income = asker(INSURER, "kessler_8-k_2025-10-28_ex99.html")("Did net income improve year over year?")
    assert income.text.startswith("Yes: it rose, and higher is better.")
    loss = asker(SOFTWARE, "lomez_8-k_2025-09-03_ex99.html")("Did the operating loss worsen?")
    assert loss.text.startswith("No: it shrank (both figures are negative; it is smaller in size), and lower is better.")


def test_it_after_two_figures_that_do_not_compare_is_the_last_ones_line_item():
    from qa.conversation import Turn

    ask = asker(OIL, "morty_10-q_2025-09-30.html")
    history = []
    for question in ("What was oil production in Q3 2025?", "What was the realized oil price?"):
        history.append(Turn(question=question, answer=ask(question, history)))
    again = ask("How did it change?", history)  # had been "not comparable figures": a volume and a price
    assert again.value.amount == "-9.28" and [f.amount for f in again.figures] == ["66.12", "75.4"]
