"""A railroad's 10-Q, a gold miner's release, a health plan's 10-Q, a payments company's release, a
chip maker's release with sequential columns and a drug maker's 10-K (fictional companies), asked the
way analysts ask. Each test pins one general rule: a column group's heading rules its columns ("Carloads
(in thousands)" counts things, "Average revenue per carload" is a price, never in the table's
millions), and the period phrase in a header row's label cell dates the years under the groups; a row's
"(thousand ounces)" or "(million pounds)" is its own scale, a quantity; a table titled for a quantity
that prints no dollar sign ("Membership by Segment") counts members; "how much copper was produced"
asks a quantity, not money; and "which segment had the highest revenue?" names the part of a breakdown
whose figure is the largest, only where the parts add up to the total (qa/qtypes/which_member.py)."""

from decimal import Decimal

from page_asker import asker
from index.numbers import find_scale
from index.parse import parse_bytes

RAILROAD = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 10-Q</p>
<p>For the quarterly period ended June 30, 2025</p>
<p>Newman Rail Corporation</p>
<p>Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>Operating revenues increased 4% to $3,118 million in the second quarter of 2025 compared with the second quarter of 2024, driven by higher volume and pricing, partially offset by lower fuel surcharge revenue. Fuel surcharge revenue decreased $61 million to $402 million. Our operating ratio was 59.8%, a 180 basis point improvement from 61.6% in the second quarter of 2024.</p>
<p>Consolidated Statements of Income (Unaudited)</p>
<p>(in millions, except per share amounts and operating ratio)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Operating revenues</td><td>$ 3,118</td><td>$ 2,998</td><td>$ 6,171</td><td>$ 5,990</td></tr>
<tr><td>Compensation and benefits</td><td>742</td><td>731</td><td>1,491</td><td>1,470</td></tr>
<tr><td>Fuel</td><td>318</td><td>361</td><td>655</td><td>728</td></tr>
<tr><td>Purchased services and rents</td><td>402</td><td>398</td><td>806</td><td>795</td></tr>
<tr><td>Depreciation</td><td>335</td><td>322</td><td>668</td><td>641</td></tr>
<tr><td>Materials and other</td><td>68</td><td>35</td><td>141</td><td>92</td></tr>
<tr><td>Total operating expenses</td><td>1,865</td><td>1,847</td><td>3,761</td><td>3,726</td></tr>
<tr><td>Operating income</td><td>1,253</td><td>1,151</td><td>2,410</td><td>2,264</td></tr>
<tr><td>Interest expense</td><td>(196)</td><td>(189)</td><td>(390)</td><td>(377)</td></tr>
<tr><td>Other income, net</td><td>24</td><td>31</td><td>52</td><td>60</td></tr>
<tr><td>Income before income taxes</td><td>1,081</td><td>993</td><td>2,072</td><td>1,947</td></tr>
<tr><td>Income taxes</td><td>(254)</td><td>(229)</td><td>(487)</td><td>(450)</td></tr>
<tr><td>Net income</td><td>$ 827</td><td>$ 764</td><td>$ 1,585</td><td>$ 1,497</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 3.71</td><td>$ 3.38</td><td>$ 7.09</td><td>$ 6.60</td></tr>
<tr><td>Operating ratio</td><td>59.8%</td><td>61.6%</td><td>60.9%</td><td>62.2%</td></tr>
</table>
<p>Freight Revenues and Volume by Commodity Group</p>
<table>
<tr><td></td><td colspan="3">Revenues (in millions)</td><td colspan="3">Carloads (in thousands)</td><td colspan="3">Average revenue per carload</td></tr>
<tr><td>Three Months Ended June 30,</td><td>2025</td><td>2024</td><td>% Change</td><td>2025</td><td>2024</td><td>% Change</td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Chemicals</td><td>$ 612</td><td>$ 590</td><td>4%</td><td>163</td><td>160</td><td>2%</td><td>$ 3,755</td><td>$ 3,688</td><td>2%</td></tr>
<tr><td>Agricultural products</td><td>$ 498</td><td>$ 471</td><td>6%</td><td>181</td><td>176</td><td>3%</td><td>$ 2,751</td><td>$ 2,676</td><td>3%</td></tr>
<tr><td>Coal</td><td>$ 401</td><td>$ 436</td><td>(8)%</td><td>152</td><td>166</td><td>(8)%</td><td>$ 2,638</td><td>$ 2,627</td><td>-%</td></tr>
<tr><td>Intermodal</td><td>$ 1,107</td><td>$ 1,041</td><td>6%</td><td>1,012</td><td>968</td><td>5%</td><td>$ 1,094</td><td>$ 1,075</td><td>2%</td></tr>
<tr><td>Total freight revenues</td><td>$ 2,618</td><td>$ 2,538</td><td>3%</td><td>1,508</td><td>1,470</td><td>3%</td><td>$ 1,736</td><td>$ 1,727</td><td>1%</td></tr>
</table>
<p>Liquidity and Capital Resources</p>
<p>Cash provided by operating activities was $2,455 million for the six months ended June 30, 2025, compared with $2,310 million for the same period of 2024. Capital expenditures were $1,588 million in the first six months of 2025. We repurchased 2.1 million shares of common stock for $497 million during the six months ended June 30, 2025.</p>
</body></html>"""

MINER = """<html><body>
<p>Exhibit 99.1</p>
<p>Goldcrest Mining Reports Second Quarter 2025 Results</p>
<p>DENVER, July 30, 2025 -- Goldcrest Mining Corp. (NYSE: GCM) today reported results for the second quarter ended June 30, 2025.</p>
<p>Attributable gold production was 412 thousand ounces, compared with 398 thousand ounces in the second quarter of 2024. All-in sustaining costs (AISC) were $1,384 per ounce, up 6% from $1,306 per ounce a year earlier. The average realized gold price was $3,281 per ounce, compared with $2,338 per ounce in the prior year period.</p>
<p>Net income attributable to Goldcrest was $388 million, or $1.12 per diluted share. Adjusted net income was $402 million, or $1.16 per diluted share. Free cash flow was a record $311 million.</p>
<p>The Company reaffirmed its 2025 guidance for attributable gold production of 1.60 to 1.70 million ounces at AISC of $1,350 to $1,450 per ounce.</p>
<p>Operating Highlights</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Gold produced (thousand ounces)</td><td>412</td><td>398</td><td>806</td><td>781</td></tr>
<tr><td>Gold sold (thousand ounces)</td><td>405</td><td>401</td><td>799</td><td>785</td></tr>
<tr><td>Copper produced (million pounds)</td><td>38</td><td>35</td><td>74</td><td>70</td></tr>
<tr><td>Average realized gold price ($/oz)</td><td>$ 3,281</td><td>$ 2,338</td><td>$ 3,094</td><td>$ 2,241</td></tr>
<tr><td>Cost applicable to sales ($/oz)</td><td>$ 1,052</td><td>$ 998</td><td>$ 1,041</td><td>$ 1,005</td></tr>
<tr><td>All-in sustaining costs ($/oz)</td><td>$ 1,384</td><td>$ 1,306</td><td>$ 1,371</td><td>$ 1,318</td></tr>
</table>
<p>Condensed Consolidated Statements of Operations</p>
<p>(in millions of U.S. dollars, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Sales</td><td>$ 1,452</td><td>$ 1,021</td><td>$ 2,701</td><td>$ 1,925</td></tr>
<tr><td>Costs applicable to sales</td><td>(426)</td><td>(400)</td><td>(832)</td><td>(789)</td></tr>
<tr><td>Depreciation and amortization</td><td>(231)</td><td>(219)</td><td>(458)</td><td>(436)</td></tr>
<tr><td>Exploration</td><td>(47)</td><td>(41)</td><td>(88)</td><td>(80)</td></tr>
<tr><td>General and administrative</td><td>(62)</td><td>(58)</td><td>(121)</td><td>(113)</td></tr>
<tr><td>Income before income and mining taxes</td><td>686</td><td>303</td><td>1,202</td><td>507</td></tr>
<tr><td>Income and mining tax expense</td><td>(298)</td><td>(112)</td><td>(511)</td><td>(190)</td></tr>
<tr><td>Net income attributable to Goldcrest stockholders</td><td>$ 388</td><td>$ 191</td><td>$ 691</td><td>$ 317</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.12</td><td>$ 0.55</td><td>$ 1.99</td><td>$ 0.91</td></tr>
</table>
</body></html>"""

HEALTH_PLAN = """<html><body>
<p>FORM 10-Q</p>
<p>For the quarterly period ended September 30, 2025</p>
<p>Kenny Bania Health Plans, Inc.</p>
<p>Item 2. Management's Discussion and Analysis</p>
<p>Total revenues increased 9% to $14.2 billion for the third quarter of 2025. The medical care ratio was 91.4%, compared with 88.9% in the third quarter of 2024, reflecting higher utilization in our Medicaid business. Total membership was 5.61 million at September 30, 2025, a decrease of 212,000 members from December 31, 2024.</p>
<p>Consolidated Results</p>
<p>(in millions, except per share amounts and ratios)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Premium revenue</td><td>$ 13,512</td><td>$ 12,401</td><td>$ 39,870</td><td>$ 36,244</td></tr>
<tr><td>Investment income</td><td>118</td><td>121</td><td>356</td><td>352</td></tr>
<tr><td>Other revenue</td><td>570</td><td>508</td><td>1,688</td><td>1,479</td></tr>
<tr><td>Total revenues</td><td>14,200</td><td>13,030</td><td>41,914</td><td>38,075</td></tr>
<tr><td>Medical care costs</td><td>12,350</td><td>11,024</td><td>36,001</td><td>32,129</td></tr>
<tr><td>General and administrative expenses</td><td>962</td><td>944</td><td>2,859</td><td>2,807</td></tr>
<tr><td>Total operating expenses</td><td>13,489</td><td>12,131</td><td>39,610</td><td>35,603</td></tr>
<tr><td>Operating income</td><td>711</td><td>899</td><td>2,304</td><td>2,472</td></tr>
<tr><td>Net income</td><td>$ 498</td><td>$ 652</td><td>$ 1,642</td><td>$ 1,801</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 8.61</td><td>$ 11.27</td><td>$ 28.38</td><td>$ 31.06</td></tr>
<tr><td>Medical care ratio</td><td>91.4%</td><td>88.9%</td><td>90.3%</td><td>88.6%</td></tr>
<tr><td>G&amp;A ratio</td><td>6.8%</td><td>7.2%</td><td>6.8%</td><td>7.4%</td></tr>
</table>
<p>Membership by Segment</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>December 31, 2024</td><td>September 30, 2024</td></tr>
<tr><td>Medicaid</td><td>4,402</td><td>4,655</td><td>4,698</td></tr>
<tr><td>Medicare</td><td>268</td><td>251</td><td>247</td></tr>
<tr><td>Marketplace</td><td>940</td><td>916</td><td>702</td></tr>
<tr><td>Total</td><td>5,610</td><td>5,822</td><td>5,647</td></tr>
</table>
<p>Premium Revenue by Segment</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Medicaid</td><td>$ 9,688</td><td>$ 9,402</td></tr>
<tr><td>Medicare</td><td>1,744</td><td>1,601</td></tr>
<tr><td>Marketplace</td><td>2,080</td><td>1,398</td></tr>
<tr><td>Total premium revenue</td><td>$ 13,512</td><td>$ 12,401</td></tr>
</table>
<p>Days in claims payable were 48 at September 30, 2025, compared with 51 at December 31, 2024.</p>
</body></html>"""

PAYMENTS = """<html><body>
<p>Exhibit 99.1</p>
<p>Peterman Payments Reports Third Quarter 2025 Results</p>
<p>SAN FRANCISCO, October 22, 2025 -- Peterman Payments, Inc. (NASDAQ: PTMN) today announced results for the third quarter ended September 30, 2025.</p>
<p>Total payment volume (TPV) was $442.1 billion, up 11% year over year. Net revenues were $8,412 million, up 7%. The transaction take rate was 1.69%, down 4 basis points from the third quarter of 2024. Active accounts were 438 million, an increase of 2% year over year. Payment transactions per active account on a trailing 12-month basis were 61.2.</p>
<p>GAAP operating margin was 18.1% and non-GAAP operating margin was 19.4%. GAAP diluted EPS was $1.30; non-GAAP diluted EPS was $1.34.</p>
<p>Key Metrics</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td></td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Total payment volume (in billions)</td><td>$ 442.1</td><td>$ 398.3</td><td>11%</td></tr>
<tr><td>Payment transactions (in millions)</td><td>6,512</td><td>6,344</td><td>3%</td></tr>
<tr><td>Active accounts (in millions)</td><td>438</td><td>429</td><td>2%</td></tr>
<tr><td>Transaction take rate</td><td>1.69%</td><td>1.73%</td><td></td></tr>
<tr><td>Transaction expense rate</td><td>0.95%</td><td>0.97%</td><td></td></tr>
</table>
<p>Condensed Consolidated Statements of Income</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Transaction revenues</td><td>$ 7,478</td><td>$ 6,980</td><td>$ 21,962</td><td>$ 20,615</td></tr>
<tr><td>Revenues from other value added services</td><td>934</td><td>882</td><td>2,781</td><td>2,566</td></tr>
<tr><td>Net revenues</td><td>8,412</td><td>7,862</td><td>24,743</td><td>23,181</td></tr>
<tr><td>Transaction expense</td><td>4,201</td><td>3,877</td><td>12,344</td><td>11,520</td></tr>
<tr><td>Transaction and credit losses</td><td>412</td><td>375</td><td>1,236</td><td>1,157</td></tr>
<tr><td>Customer support and operations</td><td>379</td><td>401</td><td>1,139</td><td>1,207</td></tr>
<tr><td>Sales and marketing</td><td>488</td><td>462</td><td>1,487</td><td>1,405</td></tr>
<tr><td>Technology and development</td><td>767</td><td>752</td><td>2,291</td><td>2,268</td></tr>
<tr><td>General and administrative</td><td>643</td><td>617</td><td>1,894</td><td>1,902</td></tr>
<tr><td>Total operating expenses</td><td>6,890</td><td>6,484</td><td>20,391</td><td>19,459</td></tr>
<tr><td>Operating income</td><td>1,522</td><td>1,378</td><td>4,352</td><td>3,722</td></tr>
<tr><td>Net income</td><td>$ 1,318</td><td>$ 1,176</td><td>$ 3,727</td><td>$ 3,148</td></tr>
<tr><td>Diluted net income per share</td><td>$ 1.30</td><td>$ 1.08</td><td>$ 3.64</td><td>$ 2.87</td></tr>
</table>
</body></html>"""

CHIPS = """<html><body>
<p>Exhibit 99.1</p>
<p>Puddy Semiconductor Announces Second Quarter Fiscal 2026 Financial Results</p>
<p>AUSTIN, August 6, 2025 -- Puddy Semiconductor, Inc. (NASDAQ: PDSC) today reported financial results for its second quarter of fiscal 2026, which ended July 27, 2025.</p>
<p>Revenue was $1,284 million, up 9% sequentially and up 22% year over year. Gross margin was 61.8%. Data center revenue was a record $702 million, up 15% sequentially.</p>
<p>For the third quarter of fiscal 2026, the Company expects revenue of $1,360 million, plus or minus 3%.</p>
<p>Revenue by End Market</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td><td colspan="2">Q/Q</td><td colspan="2">Y/Y</td></tr>
<tr><td></td><td>July 27, 2025</td><td>April 27, 2025</td><td>July 28, 2024</td><td>$ Change</td><td>% Change</td><td>$ Change</td><td>% Change</td></tr>
<tr><td>Data center</td><td>$ 702</td><td>$ 610</td><td>$ 498</td><td>$ 92</td><td>15%</td><td>$ 204</td><td>41%</td></tr>
<tr><td>Automotive</td><td>241</td><td>236</td><td>244</td><td>5</td><td>2%</td><td>(3)</td><td>(1)%</td></tr>
<tr><td>Industrial</td><td>198</td><td>189</td><td>201</td><td>9</td><td>5%</td><td>(3)</td><td>(1)%</td></tr>
<tr><td>Consumer</td><td>143</td><td>143</td><td>109</td><td>-</td><td>-%</td><td>34</td><td>31%</td></tr>
<tr><td>Total revenue</td><td>$ 1,284</td><td>$ 1,178</td><td>$ 1,052</td><td>$ 106</td><td>9%</td><td>$ 232</td><td>22%</td></tr>
</table>
<p>Condensed Consolidated Statements of Operations</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td><td colspan="2">Six Months Ended</td></tr>
<tr><td></td><td>July 27, 2025</td><td>April 27, 2025</td><td>July 28, 2024</td><td>July 27, 2025</td><td>July 28, 2024</td></tr>
<tr><td>Revenue</td><td>$ 1,284</td><td>$ 1,178</td><td>$ 1,052</td><td>$ 2,462</td><td>$ 2,031</td></tr>
<tr><td>Cost of revenue</td><td>490</td><td>466</td><td>431</td><td>956</td><td>842</td></tr>
<tr><td>Gross profit</td><td>794</td><td>712</td><td>621</td><td>1,506</td><td>1,189</td></tr>
<tr><td>Research and development</td><td>287</td><td>279</td><td>262</td><td>566</td><td>519</td></tr>
<tr><td>Selling, general and administrative</td><td>141</td><td>138</td><td>130</td><td>279</td><td>259</td></tr>
<tr><td>Operating income</td><td>366</td><td>295</td><td>229</td><td>661</td><td>411</td></tr>
<tr><td>Net income</td><td>$ 318</td><td>$ 254</td><td>$ 196</td><td>$ 572</td><td>$ 351</td></tr>
<tr><td>Diluted net income per share</td><td>$ 2.04</td><td>$ 1.63</td><td>$ 1.25</td><td>$ 3.67</td><td>$ 2.24</td></tr>
</table>
</body></html>"""

PHARMA = """<html><body>
<p>FORM 10-K</p>
<p>For the fiscal year ended December 31, 2024</p>
<p>Lippman Pharmaceuticals, Inc.</p>
<p>Item 7. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>Product Sales</p>
<p>(dollars in millions)</p>
<table>
<tr><td></td><td colspan="3">2024</td><td colspan="3">2023</td><td>% Change</td></tr>
<tr><td></td><td>U.S.</td><td>International</td><td>Total</td><td>U.S.</td><td>International</td><td>Total</td><td>Total</td></tr>
<tr><td>Bagelix</td><td>$ 4,812</td><td>$ 1,903</td><td>$ 6,715</td><td>$ 4,390</td><td>$ 1,761</td><td>$ 6,151</td><td>9%</td></tr>
<tr><td>Muffintra</td><td>2,288</td><td>804</td><td>3,092</td><td>2,502</td><td>851</td><td>3,353</td><td>(8)%</td></tr>
<tr><td>Rye-Zolta</td><td>1,170</td><td>-</td><td>1,170</td><td>412</td><td>-</td><td>412</td><td>*</td></tr>
<tr><td>Other products</td><td>605</td><td>431</td><td>1,036</td><td>644</td><td>466</td><td>1,110</td><td>(7)%</td></tr>
<tr><td>Total product sales</td><td>$ 8,875</td><td>$ 3,138</td><td>$ 12,013</td><td>$ 7,948</td><td>$ 3,078</td><td>$ 11,026</td><td>9%</td></tr>
</table>
<p>* Not meaningful.</p>
<p>Operating Expenses</p>
<table>
<tr><td>(dollars in millions)</td><td>2024</td><td>2023</td><td>2022</td><td>2024 vs. 2023</td><td>2023 vs. 2022</td></tr>
<tr><td>Cost of goods sold</td><td>$ 2,281</td><td>$ 2,095</td><td>$ 1,987</td><td>9%</td><td>5%</td></tr>
<tr><td>Percentage of product sales</td><td>19.0%</td><td>19.0%</td><td>18.9%</td><td></td><td></td></tr>
<tr><td>Research and development</td><td>$ 3,904</td><td>$ 3,611</td><td>$ 3,180</td><td>8%</td><td>14%</td></tr>
<tr><td>Percentage of product sales</td><td>32.5%</td><td>32.8%</td><td>30.2%</td><td></td><td></td></tr>
<tr><td>Selling, general and administrative</td><td>$ 2,612</td><td>$ 2,540</td><td>$ 2,488</td><td>3%</td><td>2%</td></tr>
<tr><td>Percentage of product sales</td><td>21.7%</td><td>23.0%</td><td>23.6%</td><td></td><td></td></tr>
<tr><td>Acquired in-process research and development</td><td>$ 412</td><td>$ 1,050</td><td>$ 88</td><td>(61)%</td><td>*</td></tr>
</table>
<p>Research and development expenses increased $293 million in 2024 compared with 2023, primarily due to late-stage clinical trials for Rye-Zolta. The effective tax rate was 17.8% in 2024 compared with 15.2% in 2023.</p>
<p>As of December 31, 2024, we had cash, cash equivalents and marketable securities of $9.8 billion and total debt of $6.2 billion.</p>
</body></html>"""


def _row(text: str, name: str, label: str, table: int | None = None):
    parsed = parse_bytes(text.encode(), name)
    tables = parsed.tables if table is None else [parsed.tables[table]]
    return next(r for t in tables for r in t.rows if r.label == label)


def test_a_column_groups_heading_rules_its_columns_units_and_scale():
    """"Carloads (in thousands)" counts things; "Average revenue per carload" is a price, not in the
    table's millions (it had read $1,094,000,000 for intermodal)."""
    cells = [c for c in _row(RAILROAD, "newman_10-q_2025-06-30.html", "Intermodal").cells if c.value is not None]
    revenue, carloads, per_carload = cells[0], cells[3], cells[6]
    assert (revenue.value, revenue.unit) == (Decimal("1107000000"), "USD")
    assert (carloads.value, carloads.unit) == (Decimal("1012000"), "count")
    assert (per_carload.value, per_carload.unit) == (Decimal("1094"), "USD")


def test_a_header_rows_period_phrase_dates_the_years_under_column_groups():
    parsed = parse_bytes(RAILROAD.encode(), "newman_10-q_2025-06-30.html")
    columns = parsed.tables[1].columns
    assert columns[3].label == "Carloads (in thousands) 2025"
    assert columns[3].period == "2025-04-01/2025-06-30"
    assert columns[4].period == "2024-04-01/2024-06-30"
    assert columns[5].period is None  # "% Change"


def test_a_rows_own_quantity_scale_in_singular_words():
    assert find_scale("Gold produced (thousand ounces)").power == 3
    assert find_scale("Copper produced (million pounds)").power == 6
    gold = _row(MINER, "goldcrest_8-k_2025-07-30_ex99.html", "Gold produced (thousand ounces)").cells[0]
    copper = _row(MINER, "goldcrest_8-k_2025-07-30_ex99.html", "Copper produced (million pounds)").cells[0]
    assert (gold.value, gold.unit) == (Decimal("412000"), "count")
    assert (copper.value, copper.unit) == (Decimal("38000000"), "count")


def test_a_quantity_produced_asked_how_much_is_no_money():
    ask = asker(MINER, "goldcrest_8-k_2025-07-30_ex99.html")
    answer = ask("How much copper was produced in the six months ended June 30, 2025?")
    assert answer.value is not None and answer.value.unit == "count"
    assert Decimal(answer.value.amount) == Decimal("74000000")  # had been "$74", answered


def test_a_table_titled_for_a_quantity_without_dollars_counts():
    medicaid = _row(HEALTH_PLAN, "kenny_10-q_2025-09-30.html", "Medicaid", table=1).cells[0]
    assert (medicaid.value, medicaid.unit) == (Decimal("4402000"), "count")
    premium = _row(HEALTH_PLAN, "kenny_10-q_2025-09-30.html", "Medicaid", table=2).cells[0]
    assert (premium.value, premium.unit) == (Decimal("9688000000"), "USD")


def test_accounts_in_millions_are_counted():
    ask = asker(PAYMENTS, "peterman_8-k_2025-10-22_ex99.html")
    answer = ask("How many active accounts were there at the end of Q3 2025?")
    assert answer.value is not None and (Decimal(answer.value.amount), answer.value.unit) == (Decimal("438000000"), "count")


def test_which_part_had_the_highest_revenue_names_the_largest_part():
    ask = asker(RAILROAD, "newman_10-q_2025-06-30.html")
    answer = ask("Which commodity group had the highest revenue?")
    assert answer.status == "answered" and answer.spans == ["Intermodal"]  # had quoted the table's title at 0.84
    assert answer.program[-1].op == "max" and len(answer.figures) == 4


def test_which_part_reads_the_columns_the_measure_names():
    ask = asker(RAILROAD, "newman_10-q_2025-06-30.html")
    assert ask("Which commodity group had the fewest carloads?").spans == ["Coal"]
    assert ask("Which commodity group had the highest average revenue per carload?").spans == ["Chemicals"]


def test_which_part_grew_the_fastest_compares_percent_changes():
    ask = asker(CHIPS, "puddy_8-k_2025-08-06_ex99.html")
    answer = ask("Which end market grew the fastest year over year?")
    assert answer.spans == ["Data center"]
    assert [s.op for s in answer.program] == ["percent_change"] * 4 + ["max"]
    sequential = ask("Which end market grew the most sequentially?")
    assert sequential.spans == ["Data center"] and "$610,000,000 to $702,000,000" in sequential.text


def test_which_part_at_another_period_and_without_a_measure():
    ask = asker(CHIPS, "puddy_8-k_2025-08-06_ex99.html")
    assert ask("Which end market had the smallest revenue a year ago?").spans == ["Consumer"]
    assert ask("What was the largest end market?").spans == ["Data center"]


def test_which_part_reads_the_periods_total_column():
    """"2024 U.S. | 2024 International | 2024 Total": the total for the year."""
    ask = asker(PHARMA, "lippman_10-k_2024-12-31.html")
    answer = ask("Which product had the lowest sales in 2023?")
    assert answer.spans == ["Rye-Zolta"] and "$412,000,000" in answer.text


def test_which_part_of_a_breakdown_by_segment_in_members():
    ask = asker(HEALTH_PLAN, "kenny_10-q_2025-09-30.html")
    assert ask("Which segment had the most members?").spans == ["Medicaid"]
    assert ask("Which segment grew premium revenue the fastest?").spans == ["Marketplace"]


RECONCILIATION = """<html><body><p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2025</p><p>Jackie Chiles LLP</p>
<p>A reconciliation of segment operating income to consolidated operating income (in millions):</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>Segment operating income</td><td>$ 900</td><td>$ 850</td></tr>
<tr><td>Research and development expense</td><td>(300)</td><td>(280)</td></tr>
<tr><td>Other corporate expenses, net</td><td>(100)</td><td>(90)</td></tr>
<tr><td>Total operating income</td><td>$ 500</td><td>$ 480</td></tr>
</table>
<p>Revenue by segment (in millions):</p>
<table>
<tr><td></td><td>Three Months Ended June 30, 2025</td><td>Three Months Ended June 30, 2024</td></tr>
<tr><td>East</td><td>$ 400</td><td>$ 380</td></tr>
<tr><td>West</td><td>400</td><td>350</td></tr>
<tr><td>Total revenue</td><td>$ 800</td><td>$ 730</td></tr>
</table>
</body></html>"""


def test_which_part_declines_a_reconciliation_a_tie_and_an_unnamed_measure():
    ask = asker(RECONCILIATION, "chiles_10-q_2025-06-30.html")
    # "Segment operating income" is no segment: the block reconciles to the total, it does not break it down
    assert (ask("Which segment had the highest operating income?").plan or {}).get("qtype") != "which_member"
    # East and West tie this quarter: no one part is the answer
    assert (ask("Which segment had the highest revenue?").plan or {}).get("qtype") != "which_member"
    assert ask("Which segment had the highest revenue a year ago?").spans == ["East"]
    # "grew the most": West in dollars (+50) and in percent (14.29 %); East +20 (5.26 %): both agree
    assert ask("Which segment grew the most?").spans == ["West"]
    # no table names a backlog
    assert (ask("Which segment had the largest backlog?").plan or {}).get("qtype") != "which_member"


def test_a_period_follow_up_asks_the_which_part_question_again():
    from qa.conversation import Turn

    ask = asker(HEALTH_PLAN, "kenny_10-q_2025-09-30.html")
    first = ask("Which segment had the fewest members?")
    history = [Turn(question="Which segment had the fewest members?", answer=first)]
    again = ask("What about at December 31, 2024?", history)
    assert again.spans == ["Medicare"] and "251,000" in again.text  # the December column, not September's
    history.append(Turn(question="What about at December 31, 2024?", answer=again))
    # a year before what? the follow-up's period, not the question's: not guessed
    assert (ask("And a year earlier?", history).plan or {}).get("qtype") != "which_member"


SEGMENT_NOTE = """<html><body>
<p>FORM 10-K</p><p>For the fiscal year ended December 31, 2024</p><p>Whatley Dental Systems, Inc.</p>
<p>Note 16 - Segment Information</p>
<p>Our Chief Executive Officer reviews financial information presented for two operating segments, Cloud and Devices. The All Other category includes stock-based compensation and corporate expenses.</p>
<p>(in millions)</p>
<table>
<tr><td></td><td>Cloud</td><td>Devices</td><td>All Other</td><td>Consolidated</td></tr>
<tr><td>Year Ended December 31, 2024:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Revenue</td><td>$ 40,100</td><td>$ 12,300</td><td>$ -</td><td>$ 52,400</td></tr>
<tr><td>Operating income (loss)</td><td>$ 25,000</td><td>$ 4,200</td><td>$ (3,900)</td><td>$ 25,300</td></tr>
<tr><td>Depreciation and amortization</td><td>$ 600</td><td>$ 310</td><td>$ 120</td><td>$ 1,030</td></tr>
<tr><td>Year Ended December 31, 2023:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Revenue</td><td>$ 20,000</td><td>$ 10,900</td><td>$ -</td><td>$ 30,900</td></tr>
<tr><td>Operating income (loss)</td><td>$ 9,100</td><td>$ 3,300</td><td>$ (3,000)</td><td>$ 9,400</td></tr>
<tr><td>Depreciation and amortization</td><td>$ 550</td><td>$ 300</td><td>$ 100</td><td>$ 950</td></tr>
</table>
</body></html>"""


def test_which_part_across_a_segment_notes_columns():
    """Parts as columns ("Cloud | Devices | All Other | Consolidated") with a heading per year: the
    reconciling "All Other" counts in the sum, and is no segment to rank."""
    ask = asker(SEGMENT_NOTE, "whatley_10-k_2024-12-31.html")
    answer = ask("Which segment had the lowest operating income?")
    assert answer.spans == ["Devices"] and "All Other" not in answer.text  # not "All Other" at -$3,900,000,000
    assert ask("Which segment had the lowest revenue in 2023?").spans == ["Devices"]
    assert ask("Which segment grew revenue the fastest?").spans == ["Cloud"]


def test_a_quote_that_ranks_nothing_is_no_answer_to_which_part():
    """Where no breakdown adds up, a table's title was quoted as the answer at 0.84 ("Freight Revenues
    and Volume by Commodity Group"); a sentence that ranks a part ("our largest end market") may answer."""
    from qa.answer import _ranks_no_part
    from qa.models import Answer, Citation

    def quoted(text: str) -> Answer:
        return Answer(status="answered", text=f"“{text}” [1]", method="extractive",
                      citations=[Citation(id=1, filing_id="f", chunk_id="f/c0", quote=text, start=0, end=len(text))])

    question = "Which commodity group had the highest revenue?"
    assert _ranks_no_part(question, quoted("Freight Revenues and Volume by Commodity Group"))
    assert _ranks_no_part(question, quoted("Intermodal remained our largest commodity group.")) is None
    assert _ranks_no_part("What drove the increase in revenue?", quoted("Higher volume and pricing.")) is None


def test_a_10k_with_year_only_columns_answers_the_year_before_by_its_year():
    ask = asker(PHARMA, "lippman_10-k_2024-12-31.html")
    answer = ask("How much did Rye-Zolta sales increase?")
    assert answer.value is not None and Decimal(answer.value.amount) == Decimal("758000000")  # had been refused


def test_industry_shorthand_is_read():
    assert asker(PAYMENTS, "peterman_8-k_2025-10-22_ex99.html")("What was TPV in the third quarter of 2025?").value.amount \
        == "442100000000"
    mcr = asker(HEALTH_PLAN, "kenny_10-q_2025-09-30.html")("How much did the MCR increase year over year?")
    assert mcr.value is not None and Decimal(mcr.value.amount) == Decimal("2.5")
    iprd = asker(PHARMA, "lippman_10-k_2024-12-31.html")("What was acquired IPR&D in 2023?")
    assert iprd.value is not None and Decimal(iprd.value.amount) == Decimal("1050000000")


def test_which_part_is_not_vouched_for_where_nothing_calls_the_parts_so():
    """"Which region had the largest sales?" of a table of end markets: the best candidate, uncertain."""
    ask = asker(CHIPS, "puddy_8-k_2025-08-06_ex99.html")
    answer = ask("Which region had the highest revenue?")
    assert answer.status == "uncertain" and answer.confidence == 0.5
    assert ask("Which end market had the highest revenue?").status == "answered"


def test_which_part_of_revenue_is_a_money_breakdown():
    """Electric sales in GWh ("Residential 8,412") are no revenue: not the breakdown asked."""
    from test_operating_statistics import UTILITY

    ask = asker(UTILITY, "frank_10-q_2025-03-31.html")
    answer = ask("Which customer class had the highest revenue?")
    assert (answer.plan or {}).get("qtype") != "which_member"


BANK = """<html><body>
<p>FORM 10-Q</p><p>For the quarterly period ended June 30, 2025</p><p>Kruger Industrial Bancorp</p>
<p>Loan Portfolio Composition</p>
<p>(dollars in thousands)</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Commercial and industrial</td><td>$ 2,841,220</td><td>$ 2,702,118</td></tr>
<tr><td>Commercial real estate</td><td>4,102,554</td><td>4,011,902</td></tr>
<tr><td>Residential mortgage</td><td>1,988,410</td><td>2,040,331</td></tr>
<tr><td>Consumer</td><td>412,006</td><td>398,774</td></tr>
<tr><td>Total loans</td><td>$ 9,344,190</td><td>$ 9,153,125</td></tr>
<tr><td>Allowance for credit losses</td><td>(118,402)</td><td>(112,760)</td></tr>
<tr><td>Loans, net</td><td>$ 9,225,788</td><td>$ 9,040,365</td></tr>
</table>
<p>Deposits</p>
<p>(dollars in thousands)</p>
<table>
<tr><td></td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Noninterest-bearing demand</td><td>$ 2,210,400</td><td>$ 2,305,118</td></tr>
<tr><td>Interest-bearing checking</td><td>1,844,002</td><td>1,790,550</td></tr>
<tr><td>Money market and savings</td><td>3,102,778</td><td>2,980,041</td></tr>
<tr><td>Time deposits</td><td>1,620,330</td><td>1,512,994</td></tr>
<tr><td>Total deposits</td><td>$ 8,777,510</td><td>$ 8,588,703</td></tr>
</table>
<p>Nonperforming loans were $41.2 million, or 0.44% of total loans, at June 30, 2025.</p>
</body></html>"""


def test_which_part_with_no_measure_named_reads_the_kinds_own_total():
    """"Which loan category was the largest?": the breakdown that totals loans, not revenue."""
    ask = asker(BANK, "kruger_10-q_2025-06-30.html")
    assert ask("Which loan category was the largest?").spans == ["Commercial real estate"]
    assert ask("Which deposit category had the lowest balance at June 30, 2025?").spans == ["Time deposits"]


def test_which_balance_grew_compares_with_the_latest_earlier_date_or_the_one_named():
    """A 10-Q's balances a year earlier are not printed: the year-end column is the earlier one; "since
    December 31, 2024" names it."""
    ask = asker(BANK, "kruger_10-q_2025-06-30.html")
    answer = ask("Which deposit category grew the fastest?")
    assert answer.spans == ["Time deposits"] and "from $1,512,994,000 to $1,620,330,000" in answer.text
    assert ask("Which loan type grew the most since December 31, 2024?").spans == ["Commercial and industrial"]


def test_a_participle_before_a_noun_of_the_filing_stays_in_the_item():
    """"nonperforming loans" had become "loans", and "Total loans" ($9.3 billion) a rival of the sentence's
    $41.2 million."""
    answer = asker(BANK, "kruger_10-q_2025-06-30.html")("What were nonperforming loans?")
    assert answer.value is not None and Decimal(answer.value.amount) == Decimal("41200000")
