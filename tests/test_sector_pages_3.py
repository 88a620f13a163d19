"""A streaming service's release, a bottler's release in plain text, a waste hauler's release, a bank's release with linked-quarter columns, a defense contractor's release
with segment blocks, a restaurant franchisor's release with "Year to date" columns and a table of units by
brand, a trucking company's release and a cable operator's 10-Q (fictional companies), asked the way
analysts ask. Each test pins one general rule:

- a "Year to date 6/30/2025" column is the span since the fiscal year began, not an instant; a
  bottler's plain-text release of a 52/53-week year heads its columns "Third Quarter 2025" and
  "Year-to-Date 2025": they are dated from the report's own quarter (index/parse.py); "year to date 2024"
  asks that year's quarters through the filing's own (qa/question.py);
- "Net sales per unit case" is money, not per share (a partnership's "per common unit" is);
- a table titled "... Statistics" (not financial) counts things in its rows that name no money; "Net new
  units", "Units at June 30, 2025", "Locations" count things (index/tables.py);
- a rate or an average the filing prints in a row of its own is read, not computed: "internal growth",
  "the ratio of net charge-offs to average loans", "the allowance as a percentage of total loans" (a row
  "Allowance to total loans"), "the loan-to-deposit ratio", "average revenue per loaded mile" (qa/stated_rate.py);
- "By how many basis points did NIM expand?" is a change of the rate, in points, worded in basis points too;
- "landfill revenue net of intercompany" is the "Landfill, net" row; "fuel surcharge revenue" is not
  "Revenues, excluding fuel surcharge"; "Company sales" is a row of its own, not the company's sales;
- a sentence's rate per customer is no rival of the revenue it is a rate of (no false conflict);
- "Which segment had the highest operating margin?" ranks a block of margins under its heading whose
  rows are the parts of a block of amounts that adds up to its total;
- "Did it improve?", "Did they increase?" after two figures of a conversation: the change between them,
  with its yes or no;
- which region ranks a rate ("Average monthly revenue per paying membership") across columns where a
  row of amounts adds up across them; "memberships" are counted; a forecast for "the third quarter"
  in a second-quarter release is this year's; "9M 2025", "op ratio" are analysts' shorthand;
- "Who is the trustee?", "Who were the underwriters' representatives?": the party the sentence names
  in that role ("X, as trustee"), and a company's name is no person's;
- a label printed under several items ("Percentage of total net sales" under each expense) states no
  rate the question can take alone;
- "from 2024 to 2025 for the quarter" asks each year's quarter, not the whole years;
- "And a year earlier?" after "Which segment had the highest net sales in the fourth quarter of 2025?"
  ranks the fourth quarter of 2024;
- "How many net new units did Crust House add?" of "(38)" is -38, a net decrease, not 38."""

import pytest

from index.parse import parse_bytes
from page_asker import asker

WASTE = """<html><body>
<p>CASCADE ENVIRONMENTAL SERVICES, INC.</p>
<p>Cascade Environmental Reports Second Quarter 2025 Results</p>
<p>PHOENIX, July 24, 2025 -- Cascade Environmental Services, Inc. (NYSE: CESI) today reported results for the second quarter ended June 30, 2025.</p>
<p>Revenue was $2.184 billion, compared with $2.041 billion in the second quarter of 2024. Internal growth was 5.9%, consisting of average yield of 4.6% and volume growth of 1.3%. Net income was $241.6 million, or $1.52 per diluted share, compared with $212.3 million, or $1.33 per diluted share. Adjusted free cash flow for the six months was $702.4 million.</p>
<p>Landfill volumes were 9.8 million tons in the quarter, up 2.1% from the prior year. The Company completed 11 acquisitions during the first half of 2025 with aggregate annualized revenue of approximately $145 million.</p>
<p>The Board declared a quarterly dividend of $0.62 per share, payable on October 15, 2025 to shareholders of record on October 1, 2025.</p>
<p>CONSOLIDATED STATEMENTS OF INCOME</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30,</td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenue</td><td>$ 2,184.0</td><td>$ 2,041.2</td><td>$ 4,262.8</td><td>$ 3,987.5</td></tr>
<tr><td>Cost of operations</td><td>1,276.3</td><td>1,203.8</td><td>2,509.4</td><td>2,364.1</td></tr>
<tr><td>Depreciation, amortization and depletion</td><td>228.7</td><td>212.4</td><td>451.9</td><td>419.6</td></tr>
<tr><td>Accretion</td><td>24.1</td><td>22.8</td><td>48.0</td><td>45.3</td></tr>
<tr><td>Selling, general and administrative</td><td>216.5</td><td>204.9</td><td>431.7</td><td>409.2</td></tr>
<tr><td>Operating income</td><td>438.4</td><td>397.3</td><td>821.8</td><td>749.3</td></tr>
<tr><td>Interest expense</td><td>(118.9)</td><td>(109.6)</td><td>(235.2)</td><td>(216.4)</td></tr>
<tr><td>Other income (expense), net</td><td>2.6</td><td>(0.8)</td><td>4.1</td><td>1.3</td></tr>
<tr><td>Income before income taxes</td><td>322.1</td><td>286.9</td><td>590.7</td><td>534.2</td></tr>
<tr><td>Provision for income taxes</td><td>80.5</td><td>74.6</td><td>147.7</td><td>138.9</td></tr>
<tr><td>Net income</td><td>$ 241.6</td><td>$ 212.3</td><td>$ 443.0</td><td>$ 395.3</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.52</td><td>$ 1.33</td><td>$ 2.79</td><td>$ 2.47</td></tr>
</table>
<p>REVENUE BY LINE OF BUSINESS</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>% of Total</td><td>2024</td><td>% of Total</td></tr>
<tr><td>Collection:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Residential</td><td>$ 612.4</td><td>28.0%</td><td>$ 586.1</td><td>28.7%</td></tr>
<tr><td>Small-container</td><td>798.3</td><td>36.6%</td><td>742.5</td><td>36.4%</td></tr>
<tr><td>Large-container</td><td>544.8</td><td>24.9%</td><td>512.0</td><td>25.1%</td></tr>
<tr><td>Total collection</td><td>1,955.5</td><td>89.5%</td><td>1,840.6</td><td>90.2%</td></tr>
<tr><td>Transfer</td><td>398.2</td><td></td><td>371.4</td><td></td></tr>
<tr><td>Less: intercompany</td><td>(221.9)</td><td></td><td>(209.0)</td><td></td></tr>
<tr><td>Transfer, net</td><td>176.3</td><td>8.1%</td><td>162.4</td><td>8.0%</td></tr>
<tr><td>Landfill</td><td>612.7</td><td></td><td>583.9</td><td></td></tr>
<tr><td>Less: intercompany</td><td>(287.5)</td><td></td><td>(279.6)</td><td></td></tr>
<tr><td>Landfill, net</td><td>325.2</td><td>14.9%</td><td>304.3</td><td>14.9%</td></tr>
<tr><td>Recycling</td><td>71.6</td><td>3.3%</td><td>58.2</td><td>2.9%</td></tr>
<tr><td>Other</td><td>(344.6)</td><td>(16.4)%</td><td>(324.3)</td><td>(16.0)%</td></tr>
<tr><td>Total revenue</td><td>$ 2,184.0</td><td>100.0%</td><td>$ 2,041.2</td><td>100.0%</td></tr>
</table>
<p>INTERNAL GROWTH</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended June 30, 2025</td></tr>
<tr><td></td><td>$</td><td>%</td></tr>
<tr><td>Average yield</td><td>$ 93.9</td><td>4.6%</td></tr>
<tr><td>Volume</td><td>26.5</td><td>1.3%</td></tr>
<tr><td>Internal growth</td><td>120.4</td><td>5.9%</td></tr>
<tr><td>Acquisitions, net of divestitures</td><td>31.7</td><td>1.6%</td></tr>
<tr><td>Fuel recovery fees</td><td>(9.3)</td><td>(0.5)%</td></tr>
<tr><td>Total change in revenue</td><td>$ 142.8</td><td>7.0%</td></tr>
</table>
<p>FREE CASH FLOW</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Six Months Ended June 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Cash provided by operating activities</td><td>$ 1,288.6</td><td>$ 1,171.9</td></tr>
<tr><td>Property and equipment received</td><td>(612.8)</td><td>(588.4)</td></tr>
<tr><td>Proceeds from sales of property and equipment</td><td>14.7</td><td>9.2</td></tr>
<tr><td>Divestiture related tax payments</td><td>11.9</td><td></td></tr>
<tr><td>Adjusted free cash flow</td><td>$ 702.4</td><td>$ 592.7</td></tr>
</table>
</body></html>
"""

BANK = """<html><body>
<p>HARBOR POINT BANCORP, INC.</p>
<p>Harbor Point Bancorp Reports Third Quarter 2025 Earnings</p>
<p>PORTLAND, Maine, October 21, 2025 -- Harbor Point Bancorp, Inc. (NASDAQ: HPBC), the holding company for Harbor Point Bank, reported net income of $38.4 million, or $1.12 per diluted share, for the third quarter of 2025, compared with $35.1 million, or $1.03 per diluted share, for the second quarter of 2025 and $31.7 million, or $0.93 per diluted share, for the third quarter of 2024.</p>
<p>Net interest margin was 3.41%, up 6 basis points from the linked quarter. Total loans grew $212.5 million, or 9.1% annualized, to $9.52 billion. Total deposits were $10.87 billion at September 30, 2025. Tangible book value per share increased to $33.18 from $32.05 at June 30, 2025.</p>
<p>The provision for credit losses was $6.2 million, compared with $4.8 million in the linked quarter. Net charge-offs were $3.9 million, or 0.16% of average loans annualized.</p>
<p>FINANCIAL HIGHLIGHTS (Unaudited)</p>
<p>(Dollars in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td></tr>
<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>September 30, 2024</td></tr>
<tr><td>Net interest income</td><td>$ 89,412</td><td>$ 86,230</td><td>$ 81,057</td></tr>
<tr><td>Provision for credit losses</td><td>6,200</td><td>4,800</td><td>5,100</td></tr>
<tr><td>Noninterest income</td><td>17,845</td><td>16,902</td><td>15,318</td></tr>
<tr><td>Noninterest expense</td><td>52,106</td><td>51,744</td><td>49,870</td></tr>
<tr><td>Net income</td><td>38,412</td><td>35,087</td><td>31,702</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 1.12</td><td>$ 1.03</td><td>$ 0.93</td></tr>
<tr><td>Return on average assets</td><td>1.23%</td><td>1.15%</td><td>1.07%</td></tr>
<tr><td>Return on average tangible common equity</td><td>13.62%</td><td>12.88%</td><td>12.41%</td></tr>
<tr><td>Net interest margin</td><td>3.41%</td><td>3.35%</td><td>3.22%</td></tr>
<tr><td>Efficiency ratio</td><td>48.58%</td><td>50.18%</td><td>51.76%</td></tr>
</table>
<p>BALANCE SHEET DATA</p>
<p>(Dollars in thousands, except per share data)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>September 30, 2024</td></tr>
<tr><td>Total assets</td><td>$ 12,604,318</td><td>$ 12,371,552</td><td>$ 11,908,447</td></tr>
<tr><td>Total loans</td><td>9,521,904</td><td>9,309,386</td><td>8,874,120</td></tr>
<tr><td>Allowance for credit losses</td><td>(118,240)</td><td>(115,937)</td><td>(110,612)</td></tr>
<tr><td>Total deposits</td><td>10,872,115</td><td>10,698,230</td><td>10,305,904</td></tr>
<tr><td>Total shareholders' equity</td><td>1,402,786</td><td>1,364,011</td><td>1,281,559</td></tr>
<tr><td>Tangible book value per share</td><td>$ 33.18</td><td>$ 32.05</td><td>$ 29.74</td></tr>
<tr><td>Nonperforming assets</td><td>41,207</td><td>38,664</td><td>29,815</td></tr>
<tr><td>Loans to deposits</td><td>87.6%</td><td>87.0%</td><td>86.1%</td></tr>
</table>
<p>ALLOWANCE FOR CREDIT LOSSES</p>
<p>(Dollars in thousands)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td></tr>
<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>September 30, 2024</td></tr>
<tr><td>Balance at beginning of period</td><td>$ 115,937</td><td>$ 114,410</td><td>$ 108,266</td></tr>
<tr><td>Provision for credit losses on loans</td><td>6,203</td><td>4,796</td><td>5,089</td></tr>
<tr><td>Charge-offs</td><td>(5,118)</td><td>(4,402)</td><td>(3,877)</td></tr>
<tr><td>Recoveries</td><td>1,218</td><td>1,133</td><td>1,134</td></tr>
<tr><td>Net charge-offs</td><td>(3,900)</td><td>(3,269)</td><td>(2,743)</td></tr>
<tr><td>Balance at end of period</td><td>$ 118,240</td><td>$ 115,937</td><td>$ 110,612</td></tr>
<tr><td>Net charge-offs to average loans (annualized)</td><td>0.16%</td><td>0.14%</td><td>0.12%</td></tr>
<tr><td>Allowance to total loans</td><td>1.24%</td><td>1.25%</td><td>1.25%</td></tr>
</table>
</body></html>
"""

DEFENSE = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>FORM 8-K</p>
<p>Date of Report (Date of earliest event reported): January 27, 2026</p>
<p>AEGIS DYNAMICS CORPORATION</p>
<p>Item 2.02 Results of Operations and Financial Condition</p>
<p>Exhibit 99.1</p>
<p>Aegis Dynamics Reports Fourth Quarter and Full Year 2025 Results</p>
<p>RESTON, Va., January 27, 2026 -- Aegis Dynamics Corporation today reported fourth quarter 2025 net sales of $6.84 billion, compared with $6.31 billion in the fourth quarter of 2024. Net earnings were $612 million, or $4.71 per share. Full year 2025 net sales were $25.92 billion and net earnings were $2.31 billion, or $17.66 per share. Cash from operations was $3.05 billion in 2025 and free cash flow was $2.18 billion.</p>
<p>Backlog reached a record $98.4 billion at December 31, 2025, up from $91.7 billion at the end of 2024. The book-to-bill ratio was 1.3 for the fourth quarter.</p>
<p>Consolidated Results</p>
<p>(in millions, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Quarters Ended</td><td colspan="2">Years Ended</td></tr>
<tr><td></td><td>Dec. 31, 2025</td><td>Dec. 31, 2024</td><td>Dec. 31, 2025</td><td>Dec. 31, 2024</td></tr>
<tr><td>Net sales</td><td>$ 6,842</td><td>$ 6,307</td><td>$ 25,918</td><td>$ 24,115</td></tr>
<tr><td>Segment operating profit</td><td>781</td><td>702</td><td>2,944</td><td>2,731</td></tr>
<tr><td>Unallocated items, net</td><td>(46)</td><td>(51)</td><td>(182)</td><td>(196)</td></tr>
<tr><td>Consolidated operating profit</td><td>735</td><td>651</td><td>2,762</td><td>2,535</td></tr>
<tr><td>Net earnings</td><td>$ 612</td><td>$ 540</td><td>$ 2,306</td><td>$ 2,104</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 4.71</td><td>$ 4.12</td><td>$ 17.66</td><td>$ 15.98</td></tr>
<tr><td>Cash from operations</td><td>$ 1,214</td><td>$ 1,088</td><td>$ 3,051</td><td>$ 2,877</td></tr>
<tr><td>Capital expenditures</td><td>(281)</td><td>(264)</td><td>(871)</td><td>(812)</td></tr>
<tr><td>Free cash flow</td><td>$ 933</td><td>$ 824</td><td>$ 2,180</td><td>$ 2,065</td></tr>
</table>
<p>Segment Results</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Quarters Ended</td><td colspan="2">Years Ended</td></tr>
<tr><td></td><td>Dec. 31, 2025</td><td>Dec. 31, 2024</td><td>Dec. 31, 2025</td><td>Dec. 31, 2024</td></tr>
<tr><td>Net sales</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Air Systems</td><td>$ 2,618</td><td>$ 2,455</td><td>$ 9,904</td><td>$ 9,388</td></tr>
<tr><td>Missiles and Fire Control</td><td>1,472</td><td>1,260</td><td>5,611</td><td>4,902</td></tr>
<tr><td>Space</td><td>1,395</td><td>1,318</td><td>5,287</td><td>5,110</td></tr>
<tr><td>Mission Systems</td><td>1,357</td><td>1,274</td><td>5,116</td><td>4,715</td></tr>
<tr><td>Total net sales</td><td>$ 6,842</td><td>$ 6,307</td><td>$ 25,918</td><td>$ 24,115</td></tr>
<tr><td>Operating profit</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Air Systems</td><td>$ 268</td><td>$ 251</td><td>$ 1,012</td><td>$ 968</td></tr>
<tr><td>Missiles and Fire Control</td><td>201</td><td>166</td><td>752</td><td>645</td></tr>
<tr><td>Space</td><td>139</td><td>131</td><td>531</td><td>522</td></tr>
<tr><td>Mission Systems</td><td>173</td><td>154</td><td>649</td><td>596</td></tr>
<tr><td>Total segment operating profit</td><td>$ 781</td><td>$ 702</td><td>$ 2,944</td><td>$ 2,731</td></tr>
<tr><td>Operating margin</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Air Systems</td><td>10.2%</td><td>10.2%</td><td>10.2%</td><td>10.3%</td></tr>
<tr><td>Missiles and Fire Control</td><td>13.7%</td><td>13.2%</td><td>13.4%</td><td>13.2%</td></tr>
<tr><td>Space</td><td>10.0%</td><td>9.9%</td><td>10.0%</td><td>10.2%</td></tr>
<tr><td>Mission Systems</td><td>12.7%</td><td>12.1%</td><td>12.7%</td><td>12.6%</td></tr>
</table>
<p>Backlog by Segment</p>
<p>(in millions)</p>
<table>
<tr><td></td><td>Dec. 31, 2025</td><td>Dec. 31, 2024</td></tr>
<tr><td>Air Systems</td><td>$ 41,205</td><td>$ 39,118</td></tr>
<tr><td>Missiles and Fire Control</td><td>27,880</td><td>23,406</td></tr>
<tr><td>Space</td><td>16,392</td><td>16,011</td></tr>
<tr><td>Mission Systems</td><td>12,923</td><td>13,165</td></tr>
<tr><td>Total backlog</td><td>$ 98,400</td><td>$ 91,700</td></tr>
</table>
<p>2026 Outlook</p>
<table>
<tr><td></td><td>Current 2026 Outlook</td></tr>
<tr><td>Net sales</td><td>$27,000 - $27,800 million</td></tr>
<tr><td>Segment operating profit</td><td>$3,100 - $3,200 million</td></tr>
<tr><td>Diluted earnings per share</td><td>$18.40 - $18.80</td></tr>
<tr><td>Free cash flow</td><td>$2,300 - $2,450 million</td></tr>
</table>
</body></html>
"""

RESTAURANT = """<html><body>
<p>SUMMIT BRANDS INTERNATIONAL, INC.</p>
<p>Summit Brands Reports Second Quarter 2025 Results</p>
<p>LOUISVILLE, Ky., August 6, 2025 -- Summit Brands International, Inc. today reported results for the second quarter ended June 30, 2025. Worldwide system sales grew 7% excluding foreign currency translation, with same-store sales growth of 3%. The Company opened 1,086 gross new units in the quarter. GAAP EPS was $1.44 and EPS excluding Special Items was $1.52.</p>
<p>Operating profit grew 9% to $682 million. General and administrative expenses were $298 million. The Company repurchased 1.6 million shares for $231 million and paid dividends of $0.71 per share.</p>
<p>SYSTEM SALES AND UNIT DATA</p>
<table>
<tr><td></td><td>Bluebird Chicken</td><td>Casa Verde</td><td>Crust House</td><td>Total</td></tr>
<tr><td>System sales growth, excluding F/X</td><td>9%</td><td>6%</td><td>(1)%</td><td>7%</td></tr>
<tr><td>Same-store sales growth (decline)</td><td>3%</td><td>4%</td><td>(2)%</td><td>3%</td></tr>
<tr><td>Gross new units</td><td>712</td><td>298</td><td>76</td><td>1,086</td></tr>
<tr><td>Net new units</td><td>504</td><td>241</td><td>(38)</td><td>707</td></tr>
<tr><td>Units at June 30, 2025</td><td>31,228</td><td>9,016</td><td>19,602</td><td>59,846</td></tr>
<tr><td>Units at June 30, 2024</td><td>29,402</td><td>8,477</td><td>19,811</td><td>57,690</td></tr>
</table>
<p>CONDENSED CONSOLIDATED SUMMARY OF RESULTS</p>
<p>(amounts in millions, except per share amounts)</p>
<table>
<tr><td></td><td colspan="2">Quarter ended</td><td colspan="2">Year to date</td></tr>
<tr><td></td><td>6/30/2025</td><td>6/30/2024</td><td>6/30/2025</td><td>6/30/2024</td></tr>
<tr><td>Company sales</td><td>$ 612</td><td>$ 571</td><td>$ 1,189</td><td>$ 1,107</td></tr>
<tr><td>Franchise and property revenues</td><td>842</td><td>791</td><td>1,641</td><td>1,548</td></tr>
<tr><td>Franchise contributions for advertising and other services</td><td>512</td><td>478</td><td>998</td><td>931</td></tr>
<tr><td>Total revenues</td><td>1,966</td><td>1,840</td><td>3,828</td><td>3,586</td></tr>
<tr><td>Company restaurant expenses</td><td>512</td><td>481</td><td>1,001</td><td>936</td></tr>
<tr><td>General and administrative expenses</td><td>298</td><td>287</td><td>582</td><td>561</td></tr>
<tr><td>Franchise and property expenses</td><td>474</td><td>446</td><td>925</td><td>870</td></tr>
<tr><td>Operating Profit</td><td>682</td><td>626</td><td>1,320</td><td>1,219</td></tr>
<tr><td>Interest expense, net</td><td>126</td><td>131</td><td>254</td><td>262</td></tr>
<tr><td>Income before income taxes</td><td>556</td><td>495</td><td>1,066</td><td>957</td></tr>
<tr><td>Income tax provision</td><td>149</td><td>119</td><td>276</td><td>234</td></tr>
<tr><td>Net Income</td><td>$ 407</td><td>$ 376</td><td>$ 790</td><td>$ 723</td></tr>
<tr><td>Diluted Earnings Per Common Share</td><td>$ 1.44</td><td>$ 1.31</td><td>$ 2.79</td><td>$ 2.52</td></tr>
<tr><td>Diluted weighted-average shares outstanding</td><td>282</td><td>287</td><td>283</td><td>287</td></tr>
<tr><td>Dividends Declared Per Common Share</td><td>$ 0.71</td><td>$ 0.67</td><td>$ 1.42</td><td>$ 1.34</td></tr>
<tr><td>Restaurant margin</td><td>16.3%</td><td>15.8%</td><td>15.8%</td><td>15.4%</td></tr>
</table>
</body></html>
"""

TRUCKING = """<html><body>
<p>IRONWOOD FREIGHT LINES, INC.</p>
<p>Ironwood Freight Lines Announces Third Quarter 2025 Results</p>
<p>GREEN BAY, Wis., October 23, 2025 -- Ironwood Freight Lines, Inc. today reported operating revenues of $1.182 billion for the third quarter of 2025, a decrease of 2.4% from $1.211 billion in the third quarter of 2024. Revenues, excluding fuel surcharge, decreased 1.1% to $1.046 billion. Net income was $48.6 million, or $0.61 per diluted share, compared with $57.2 million, or $0.70 per diluted share, a year ago. The operating ratio was 93.8% and the adjusted operating ratio was 92.6%.</p>
<p>The average tractor count decreased 3.0% to 11,214. Revenue per tractor per week, excluding fuel surcharge, increased 2.1% to $4,312.</p>
<p>CONSOLIDATED STATEMENTS OF INCOME (Unaudited)</p>
<p>(In thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Operating revenues:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Revenues, excluding fuel surcharge</td><td>$ 1,046,218</td><td>$ 1,057,902</td><td>$ 3,141,550</td><td>$ 3,166,010</td></tr>
<tr><td>Fuel surcharge</td><td>135,904</td><td>153,318</td><td>421,874</td><td>468,223</td></tr>
<tr><td>Total operating revenues</td><td>1,182,122</td><td>1,211,220</td><td>3,563,424</td><td>3,634,233</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Salaries, wages and benefits</td><td>421,387</td><td>418,004</td><td>1,268,112</td><td>1,251,935</td></tr>
<tr><td>Fuel and fuel taxes</td><td>148,226</td><td>167,903</td><td>459,718</td><td>512,660</td></tr>
<tr><td>Purchased transportation</td><td>228,915</td><td>231,446</td><td>689,004</td><td>702,118</td></tr>
<tr><td>Depreciation and amortization</td><td>118,702</td><td>115,877</td><td>354,886</td><td>344,215</td></tr>
<tr><td>Other operating expenses</td><td>191,602</td><td>188,271</td><td>574,918</td><td>561,330</td></tr>
<tr><td>Total operating expenses</td><td>1,108,832</td><td>1,121,501</td><td>3,346,638</td><td>3,372,258</td></tr>
<tr><td>Operating income</td><td>73,290</td><td>89,719</td><td>216,786</td><td>261,975</td></tr>
<tr><td>Interest expense, net</td><td>9,118</td><td>11,402</td><td>28,406</td><td>34,919</td></tr>
<tr><td>Income before income taxes</td><td>64,172</td><td>78,317</td><td>188,380</td><td>227,056</td></tr>
<tr><td>Income tax expense</td><td>15,574</td><td>21,117</td><td>46,718</td><td>59,889</td></tr>
<tr><td>Net income</td><td>$ 48,598</td><td>$ 57,200</td><td>$ 141,662</td><td>$ 167,167</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 0.61</td><td>$ 0.70</td><td>$ 1.77</td><td>$ 2.04</td></tr>
<tr><td>Operating ratio</td><td>93.8%</td><td>92.6%</td><td>93.9%</td><td>92.8%</td></tr>
</table>
<p>TRUCKLOAD SEGMENT OPERATING STATISTICS</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Average revenue per loaded mile, excluding fuel surcharge</td><td>$ 2.874</td><td>$ 2.812</td><td>2.2%</td></tr>
<tr><td>Average loaded miles per tractor per week</td><td>1,500</td><td>1,502</td><td>(0.1)%</td></tr>
<tr><td>Revenue per tractor per week, excluding fuel surcharge</td><td>$ 4,312</td><td>$ 4,223</td><td>2.1%</td></tr>
<tr><td>Average tractors</td><td>11,214</td><td>11,561</td><td>(3.0)%</td></tr>
<tr><td>Average trailers</td><td>42,806</td><td>43,950</td><td>(2.6)%</td></tr>
<tr><td>Empty miles percentage</td><td>12.4%</td><td>12.9%</td><td></td></tr>
<tr><td>Total loaded miles (in thousands)</td><td>219,426</td><td>225,870</td><td>(2.9)%</td></tr>
</table>
</body></html>
"""

CABLE = """<html><body>
<p>FORM 10-Q</p>
<p>For the quarterly period ended March 31, 2025</p>
<p>NORTHSTAR CABLE COMMUNICATIONS, INC.</p>
<p>Item 2. Management's Discussion and Analysis of Financial Condition and Results of Operations</p>
<p>During the first quarter of 2025, Internet customers decreased by 61,000 and mobile lines increased by 412,000. Revenues increased 1.2% to $13.74 billion. Adjusted EBITDA of $5.67 billion grew 2.9% year over year. Capital expenditures totaled $2.41 billion, of which $1.04 billion related to line extensions and network evolution.</p>
<p>Customer Statistics</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>March 31, 2025</td><td>December 31, 2024</td><td>March 31, 2024</td></tr>
<tr><td>Residential Internet</td><td>28,104</td><td>28,161</td><td>28,603</td></tr>
<tr><td>Residential Video</td><td>12,322</td><td>12,503</td><td>13,412</td></tr>
<tr><td>Residential Voice</td><td>5,802</td><td>5,977</td><td>6,606</td></tr>
<tr><td>Mobile lines</td><td>10,412</td><td>10,000</td><td>8,560</td></tr>
<tr><td>Total residential customer relationships</td><td>29,816</td><td>29,887</td><td>30,314</td></tr>
<tr><td>Total SMB customer relationships</td><td>2,220</td><td>2,231</td><td>2,259</td></tr>
</table>
<p>Monthly residential revenue per residential customer was $121.14 in the first quarter of 2025, compared with $122.06 in the first quarter of 2024.</p>
<p>Revenues by Service</p>
<p>(dollars in millions)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Internet</td><td>$ 5,882</td><td>$ 5,781</td><td>1.7%</td></tr>
<tr><td>Video</td><td>3,712</td><td>3,918</td><td>(5.3)%</td></tr>
<tr><td>Voice</td><td>362</td><td>391</td><td>(7.4)%</td></tr>
<tr><td>Mobile service</td><td>812</td><td>646</td><td>25.7%</td></tr>
<tr><td>Residential revenue</td><td>10,768</td><td>10,736</td><td>0.3%</td></tr>
<tr><td>Small and medium business</td><td>1,482</td><td>1,462</td><td>1.4%</td></tr>
<tr><td>Enterprise</td><td>721</td><td>705</td><td>2.3%</td></tr>
<tr><td>Advertising sales</td><td>381</td><td>387</td><td>(1.6)%</td></tr>
<tr><td>Other</td><td>388</td><td>288</td><td>34.7%</td></tr>
<tr><td>Total revenues</td><td>$ 13,740</td><td>$ 13,578</td><td>1.2%</td></tr>
</table>
<p>Capital Expenditures</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended March 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Customer premise equipment</td><td>$ 512</td><td>$ 588</td></tr>
<tr><td>Scalable infrastructure</td><td>402</td><td>441</td></tr>
<tr><td>Line extensions</td><td>861</td><td>1,022</td></tr>
<tr><td>Upgrade/rebuild</td><td>181</td><td>262</td></tr>
<tr><td>Support capital</td><td>454</td><td>423</td></tr>
<tr><td>Total capital expenditures</td><td>$ 2,410</td><td>$ 2,736</td></tr>
</table>
</body></html>
"""
DEBT_8K = """<html><body>
<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p>
<p>Washington, D.C. 20549</p>
<p>FORM 8-K</p>
<p>CURRENT REPORT</p>
<p>Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934</p>
<p>Date of Report (Date of earliest event reported): March 12, 2025</p>
<p>GRANITE PEAK UTILITIES, INC.</p>
<p>(Exact name of registrant as specified in its charter)</p>
<p>Delaware 001-38421 84-2219087</p>
<p>Item 1.01 Entry into a Material Definitive Agreement.</p>
<p>On March 12, 2025, Granite Peak Utilities, Inc. (the "Company") completed the issuance and sale of $750,000,000 aggregate principal amount of its 5.375% Senior Notes due 2035 (the "Notes") pursuant to an underwriting agreement dated March 5, 2025 among the Company and J.P. Morgan Securities LLC and Wells Fargo Securities, LLC, as representatives of the several underwriters. The Notes were issued under an indenture dated as of June 1, 2019 between the Company and U.S. Bank Trust Company, National Association, as trustee. The Notes will mature on April 1, 2035, and interest will be payable semi-annually on April 1 and October 1 of each year, beginning October 1, 2025. The Company intends to use the net proceeds of approximately $741.2 million to repay outstanding commercial paper and for general corporate purposes.</p>
<p>Item 2.03 Creation of a Direct Financial Obligation or an Obligation under an Off-Balance Sheet Arrangement of a Registrant.</p>
<p>The information set forth under Item 1.01 is incorporated herein by reference.</p>
<p>Item 9.01 Financial Statements and Exhibits.</p>
<p>(d) Exhibits</p>
<p>4.1 Twelfth Supplemental Indenture, dated March 12, 2025</p>
<p>SIGNATURES</p>
<p>Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed on its behalf by the undersigned hereunto duly authorized.</p>
<p>GRANITE PEAK UTILITIES, INC.</p>
<p>Date: March 12, 2025 By: /s/ Maria T. Alvarez</p>
<p>Name: Maria T. Alvarez</p>
<p>Title: Senior Vice President and Treasurer</p>
</body></html>
"""

STREAMING = """<html><body>
<p>LUMEN STREAM, INC.</p>
<p>Lumen Stream Reports Second Quarter 2025 Financial Results</p>
<p>LOS GATOS, Calif., July 17, 2025 -- Lumen Stream, Inc. today reported revenue of $11.08 billion for the second quarter of 2025, up 15.9% year over year, and up 17.2% on a foreign exchange neutral basis. Operating margin was 34.1%, up 7 percentage points year over year. Diluted EPS was $7.19 compared with $4.88 in the prior-year quarter. Free cash flow was $2.27 billion. Paid net membership additions were 3.4 million, bringing paid memberships to 304.6 million.</p>
<p>For the third quarter, we forecast revenue of $11.53 billion and an operating margin of 31.5%.</p>
<p>Consolidated Statements of Operations</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended</td></tr>
<tr><td></td><td>June 30, 2025</td><td>March 31, 2025</td><td>June 30, 2024</td></tr>
<tr><td>Revenues</td><td>$ 11,079,166</td><td>$ 10,542,801</td><td>$ 9,559,310</td></tr>
<tr><td>Cost of revenues</td><td>5,325,311</td><td>5,263,147</td><td>5,119,854</td></tr>
<tr><td>Sales and marketing</td><td>682,104</td><td>631,920</td><td>664,469</td></tr>
<tr><td>Technology and development</td><td>822,587</td><td>824,101</td><td>746,398</td></tr>
<tr><td>General and administrative</td><td>472,308</td><td>475,615</td><td>426,357</td></tr>
<tr><td>Operating income</td><td>3,776,856</td><td>3,348,018</td><td>2,602,232</td></tr>
<tr><td>Net income</td><td>$ 3,125,358</td><td>$ 2,890,351</td><td>$ 2,147,306</td></tr>
<tr><td>Diluted earnings per share</td><td>$ 7.19</td><td>$ 6.61</td><td>$ 4.88</td></tr>
</table>
<p>Segment Information</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>UCAN</td><td>EMEA</td><td>LATAM</td><td>APAC</td><td>Total</td></tr>
<tr><td>Revenues</td><td>$ 4,929,120</td><td>$ 3,538,011</td><td>$ 1,310,442</td><td>$ 1,301,593</td><td>$ 11,079,166</td></tr>
<tr><td>Paid net membership additions (in thousands)</td><td>420</td><td>1,350</td><td>610</td><td>1,020</td><td>3,400</td></tr>
<tr><td>Paid memberships at end of period (in thousands)</td><td>90,120</td><td>99,840</td><td>54,130</td><td>60,510</td><td>304,600</td></tr>
<tr><td>Average monthly revenue per paying membership</td><td>$ 18.27</td><td>$ 11.89</td><td>$ 8.11</td><td>$ 7.24</td><td>$ 12.19</td></tr>
</table>
</body></html>
"""

BOTTLER = """                         PINECREST BOTTLING COMPANY
               REPORTS THIRD QUARTER AND YEAR-TO-DATE 2025 RESULTS

CHARLOTTE, N.C., November 4, 2025 -- Pinecrest Bottling Company today reported
results for the third quarter ended September 28, 2025. Physical case volume
increased 1.8% and net sales increased 4.6% to $1,842.7 million. Diluted net
income per share was $3.41.

                  CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                   (in thousands, except per share data)

                                      Third Quarter           Year-to-Date
                                    2025        2024        2025        2024
Net sales                       $1,842,716  $1,761,688  $5,402,118  $5,188,421
Cost of sales                    1,101,834   1,058,212   3,241,905   3,129,560
Gross profit                       740,882     703,476   2,160,213   2,058,861
Selling, delivery and
  administrative expenses          512,406     490,118   1,512,776   1,450,012
Income from operations             228,476     213,358     647,437     608,849
Interest expense, net                8,912       9,876      27,431      30,118
Income before taxes                219,564     203,482     620,006     578,731
Income tax expense                  54,891      50,056     155,002     142,368
Net income                      $  164,673  $  153,426  $  465,004  $  436,363
Diluted net income per share    $     3.41  $     3.17  $     9.63  $     9.02

                              OPERATING STATISTICS
                                      Third Quarter           Year-to-Date
                                    2025        2024        2025        2024
Physical case volume (millions)      118.4       116.3       346.2       341.0
Net sales per unit case          $   15.56   $   15.15   $   15.60   $   15.22
"""


def _parsed(text: str, name: str):
    return parse_bytes(text.encode(), name)


@pytest.fixture(scope="module")
def debt_8k():
    return asker(DEBT_8K, "granitepeak_8-k_2025-03-12.html")


@pytest.fixture(scope="module")
def streaming():
    return asker(STREAMING, "lumen_8-k_2025-07-17.html")


@pytest.fixture(scope="module")
def bottler():
    return asker(BOTTLER, "pinecrest_8-k_2025-11-04.txt")


@pytest.fixture(scope="module")
def waste():
    return asker(WASTE, "cascade_8-k_2025-07-24.html")


@pytest.fixture(scope="module")
def bank():
    return asker(BANK, "harborpoint_8-k_2025-10-21.html")


@pytest.fixture(scope="module")
def defense():
    return asker(DEFENSE, "aegis_8-k_2026-01-27.html")


@pytest.fixture(scope="module")
def restaurant():
    return asker(RESTAURANT, "summit_8-k_2025-08-06.html")


@pytest.fixture(scope="module")
def trucking():
    return asker(TRUCKING, "ironwood_8-k_2025-10-23.html")


@pytest.fixture(scope="module")
def cable():
    return asker(CABLE, "northstar_10-q_2025-03-31.html")


# ------------------------------------------------------------------ periods and units of tables

def test_year_to_date_column_is_the_span_since_the_year_began(restaurant):
    parsed = _parsed(RESTAURANT, "summit_8-k_2025-08-06.html")
    summary = next(t for t in parsed.tables if t.title == "CONDENSED CONSOLIDATED SUMMARY OF RESULTS")
    assert [c.period for c in summary.columns] == ["2025-04-01/2025-06-30", "2024-04-01/2024-06-30",
                                                   "2025-01-01/2025-06-30", "2024-01-01/2024-06-30"]
    a = restaurant("What was diluted EPS for the six months ended June 30, 2025?")
    assert (a.status, a.value.amount) == ("answered", "2.79")  # was no figure: the column was an instant
    a = restaurant("What was net income year to date 2025?")
    assert (a.status, a.value.amount) == ("answered", "790000000")
    assert "six months ended June 30, 2025" in a.text  # not "at June 30, 2025"


def test_columns_named_by_the_report_quarter_of_a_52_53_week_year_are_dated(bottler):
    parsed = _parsed(BOTTLER, "pinecrest_8-k_2025-11-04.txt")
    assert [c.period for c in parsed.tables[0].columns] == ["2025-06-30/2025-09-28", "2024-07-01/2024-09-29",
                                                           "2024-12-30/2025-09-28", "2024-01-01/2024-09-29"]
    a = bottler("What was diluted EPS for the first nine months of 2024?")
    assert (a.status, a.value.amount) == ("answered", "9.02")  # was the third quarter's $3.17 at 0.96


def test_year_to_date_of_a_named_year(bottler, restaurant):
    a = bottler("What were selling, delivery and administrative expenses year to date 2024?")
    assert (a.status, a.value.amount) == ("answered", "1450012000")  # was 2025's year to date
    a = restaurant("What were franchise and property revenues year to date 2024?")
    assert (a.status, a.value.amount) == ("answered", "1548000000")


def test_per_unit_case_is_money_not_per_share(bottler):
    a = bottler("What was net sales per unit case in the third quarter?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "15.56", "USD")


def test_statistics_table_counts_customers(cable):
    parsed = _parsed(CABLE, "northstar_10-q_2025-03-31.html")
    counts = {f.unit for f in parsed.facts if f.label == "Total residential customer relationships"}
    assert counts == {"count"}
    a = cable("What were total residential customer relationships at December 31, 2024?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "29887000", "count")  # was $29,887,000
    a = cable("How did residential video customers change from December 31, 2024?")
    assert (a.value.amount, a.value.unit) == ("-181000", "count")


def test_units_of_a_chain_are_counted(restaurant):
    a = restaurant("How many Bluebird Chicken units were there at June 30, 2024?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "29402", "count")
    a = restaurant("How many net new units did Crust House add?")
    assert (a.value.amount, a.value.unit) == ("-38", "count")  # "(38)": a net decrease, not 38 units added


# ------------------------------------------------------------------ rates and averages the filing states

def test_stated_growth_row_is_read_not_computed(waste):
    a = waste("What was internal growth?")
    assert (a.value.amount, a.value.unit) == ("5.9", "percent")  # was not found: a change of "internal" was sought


def test_stated_ratio_rows_are_read(bank):
    a = bank("What was the allowance as a percentage of total loans?")
    assert (a.status, a.value.amount) == ("answered", "1.24")  # the row "Allowance to total loans"
    a = bank("What were net charge-offs as a percentage of average loans in the second quarter of 2025?")
    assert (a.status, a.value.amount) == ("answered", "0.14")
    a = bank("What was the ratio of net charge-offs to average loans?")
    assert a.value.amount == "0.16"  # over average loans the release does not give
    a = bank("What was the loan-to-deposit ratio?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "87.6", "percent")


def test_stated_average_row_is_read_not_averaged(trucking):
    a = trucking("What was average revenue per loaded mile?")
    assert a.value.amount == "2.874"  # was the average of the two years' rates, 2.843


def test_change_of_a_rate_in_basis_points(bank, trucking):
    a = bank("By how many basis points did the net interest margin increase from the linked quarter?")
    assert (a.status, a.value.amount, a.value.unit) == ("answered", "0.06", "percent")
    assert "6 basis points" in a.text
    a = trucking("How many basis points did the operating ratio deteriorate year over year?")
    assert (a.value.amount, a.value.unit) == ("1.2", "percent")
    assert "120 basis points" in a.text


# ------------------------------------------------------------------ which row the words name

def test_net_of_intercompany_is_the_net_row(waste):
    a = waste("What was landfill revenue net of intercompany in Q2 2025?")
    assert a.value.amount == "325200000"  # was the gross "Landfill" $612.7 million at 0.93


def test_what_a_label_excludes_does_not_name_it(trucking):
    a = trucking("How much fuel surcharge revenue was there in Q3 2024?")
    assert (a.status, a.value.amount) == ("answered", "153318000")  # not "Revenues, excluding fuel surcharge"


def test_company_sales_is_a_row_not_the_company(restaurant):
    a = restaurant("What were company sales in the quarter?")
    assert (a.status, a.value.amount) == ("answered", "612000000")  # was total revenues at 0.93
    a = restaurant("What was company sales as a percentage of total revenues in the quarter?")
    assert (a.status, a.value.amount) == ("answered", "31.13")


def test_rate_per_customer_is_no_rival_of_the_revenue(cable):
    a = cable("What was residential revenue as a percentage of total revenues?")
    assert (a.status, a.value.amount) == ("answered", "78.37")  # was a conflict with "$121.14 per residential customer"


def test_which_segment_has_the_highest_margin_of_a_headed_block(defense):
    a = defense("Which segment had the highest operating margin in 2025?")
    assert (a.status, a.spans) == ("answered", ["Missiles and Fire Control"])
    a = defense("Which segment had the lowest operating margin in the fourth quarter of 2025?")
    assert a.spans == ["Space"]


def _conversation(ask, questions: tuple[str, ...]) -> list:
    """The turns of `questions` asked one after the other, each with the ones before it."""
    from qa.conversation import Turn

    history = []
    for q in questions:
        history.append(Turn(question=q, answer=ask(q, list(history))))
    return history


def test_which_segment_follow_up_a_year_earlier_moves_the_named_quarter_back(defense):
    history = _conversation(defense, ("Which segment had the highest net sales in the fourth quarter of 2025?",))
    a = defense("And a year earlier?", history)
    assert a.status == "answered"
    assert "$2,455,000,000" in a.text and "$2,618,000,000" not in a.text  # was the fourth quarter of 2025 again


def test_did_it_improve_after_two_figures_says_yes_or_no(bank):
    history = _conversation(bank, ("What was the efficiency ratio in Q3 2025?", "How about a year earlier?"))
    a = bank("Did it improve?", history)  # was not found: "it improve" read as a line item
    assert (a.status, a.value.amount) == ("answered", "-3.18")
    assert a.text.startswith("Yes: it fell, and lower is better")
    a = bank("Did it increase?", history)
    assert a.text.startswith("No: it fell")


def test_did_they_increase_after_two_figures(bank):
    history = _conversation(bank, ("What were nonperforming assets at September 30, 2025?", "And at June 30, 2025?"))
    a = bank("Did they increase?", history)  # was not found: "they" read as a line item
    assert (a.status, a.value.amount) == ("answered", "2543000")
    assert a.text.startswith("Yes: it rose")


def test_which_region_ranks_a_rate_across_columns_that_foot(streaming):
    a = streaming("Which region had the highest average monthly revenue per paying membership?")
    assert a.spans == ["UCAN"]  # was not found: a rate row is ranked where a row of amounts foots across the columns
    a = streaming("Which region had the most paid memberships?")
    assert a.spans == ["EMEA"]  # the row that says the measure, not "Paid net membership additions"
    assert "99,840,000 [" in a.text  # memberships are counted, not dollars


def test_a_forecast_for_a_bare_quarter_is_this_years(streaming):
    a = streaming("What is the third quarter revenue forecast?")
    assert a.value.amount == "11530000000"
    assert "September 30, 2025" in a.text  # was dated the third quarter of 2024


def test_analyst_shorthand_for_months_and_operating_ratio(trucking):
    a = trucking("What was 9M 2025 operating income?")
    assert (a.status, a.value.amount) == ("answered", "216786000")  # was "2025 as a whole", offered for nine months
    a = trucking("op ratio q3 24")
    assert (a.status, a.value.amount) == ("answered", "92.6")


def test_who_is_named_by_the_role_the_question_asks(debt_8k):
    a = debt_8k("Who is the trustee?")
    assert a.text.startswith("U.S. Bank Trust Company, National Association:")  # was "Bank Trust"
    a = debt_8k("Who were the underwriters' representatives?")
    assert a.text.startswith("J.P. Morgan Securities LLC and Wells Fargo Securities, LLC:")  # was the filer's name
    a = debt_8k("Who signed the filing?")
    assert "Maria T. Alvarez" in a.text


def test_a_label_printed_under_several_items_is_no_stated_rate(apple_10q_answerer):
    answerer, fid = apple_10q_answerer
    a = answerer.ask("What were Apple's operating expenses as a percentage of net sales in Q3 FY24?", fid)
    assert (a.status, a.value.amount) == ("answered", "16.7")  # not one expense's "Percentage of total net sales"


def test_years_asked_for_the_quarter_are_each_years_quarter(bank):
    a = bank("How much did noninterest expense change from 2024 to 2025 for the quarter?")
    assert (a.status, a.value.amount) == ("answered", "2236000")  # was not found: whole years 2024 and 2025

