"""A property and casualty insurer's release in space-aligned plain text, an office and industrial REIT's
release, a software company's release of a January fiscal year and an oil and gas producer's release
(fictional companies), asked the way analysts ask. Each test pins one general rule:

- plain text: a label wrapped onto a second line that opens a parenthesis ("Underwriting income" /
  "(loss)") is one row; a table whose figures sit in other columns than the table above it, after a
  blank line and a title, is a table of its own; a block stacked under another after a blank line
  with header lines of its own ("Three Months Ended September 30, 2024" / "Personal  Commercial" /
  "Lines  Lines  Specialty  Total") is a table of its own, dated by its header and titled like the
  first; "(Dollars in millions)" centred over the columns is the table's scale, not a column's words
  (index/read_fixed.py);
- a "ratio" or "points" row printed without "%" beside rows of its column that print it is percent
  ("Expense ratio 27.4" between "Loss and LAE ratio 71.8%" and "Combined ratio 99.2%"; index/tables.py);
- "net debt" is debt less cash and cash equivalents, a line item of its own: a "Total debt" row is
  not it (qa/lexicon.py), the filer's "Net debt" row is read where printed, and it is computed where
  not (qa/data/metrics.toml);
- a metric set against another item ("net debt to adjusted EBITDAre") is not that metric; a metric
  widened by what the question adds ("capital spending including capitalized software") is not the
  formula's figure; an amount averaged over periods ("average quarterly capex across Q2 and Q3") is not
  one period's metric; a follow-up that compares a metric with another period ("How did that compare
  with the prior-year quarter?") asks the change; the filer's row that names the metric before a
  definition in parentheses ("Free cash flow (operating cash flow before changes in working capital
  less ...)") is the filer's figure, read before the formula (qa/qtypes/metric.py, qa/answer.py);
- a release of "the third quarter of 2025" that states no date the quarter ended, whose balance table
  heads its latest column "September 30, 2025" (beside "December 31, 2024"), ends its quarter there:
  its "Q3 2025", "Q2 2025" and "Q3 2024" columns are dated (index/parse.py);
- a column "(basis points)" holds hundredths of a percent, stated in percent (index/tables.py);
- capex printed as "Purchases of property and equipment, including capitalized interest" is capex
  (qa/data/metrics.toml);
- a row that is what the question sets aside ("How much ... was not real-estate related?" of "Real estate
  depreciation and amortization") does not answer it (qa/fit_check.py);
- plain text wrapped at a margin: a paragraph continues on the next line whatever its first letter
  ("... and First" / "Continental Bank, N.A., as administrative agent."), and a value after a label
  continues under itself ("Title: Senior Vice President, General" / "Counsel and Corporate Secretary")
  (index/read_text.py); the party named in a role of several words is the last of those listed before
  it ("among the Company, the lenders party thereto and First Continental Bank, N.A., as administrative
  agent"; qa/answer.py).

A row that lists the parts it adds ("Total capital (Tier 1 and Tier 2)") does not answer a question about
one of them ("tier 2 capital"; qa/fit_check.py `enumerated_problems`): once the ratio rows beside it read
as percents, it had been the only candidate left, answered at 0.87 on a ConvFinQA dev page.

The last two tests pin regressions the harness caught on the way: the growth of "net debt" reads the
filer's "Net debt" rows, and a figure whose own words say the negation ("not yet recognized") still answers."""

import pytest

from index.parse import parse_bytes
from page_asker import asker

INSURER = """                                                                 EXHIBIT 99.1

                      GRANITE HARBOR INSURANCE GROUP, INC.

          GRANITE HARBOR REPORTS THIRD QUARTER 2025 RESULTS; COMBINED
                         RATIO IMPROVES TO 96.2%

HARTFORD, Conn., October 22, 2025 -- Granite Harbor Insurance Group, Inc.
(NYSE: GHIG) today reported net income of $215.2 million, or $2.02 per
diluted share, for the third quarter ended September 30, 2025, compared with
$175.8 million, or $1.61 per diluted share, for the third quarter of 2024.
Operating income was $225.0 million, or $2.11 per diluted share, compared
with $168.8 million, or $1.55 per diluted share, a year ago.

Net premiums written rose 9.2% to $2,797.0 million, with growth in all three
segments. The consolidated combined ratio was 96.2%, compared with 97.8% in
the third quarter of 2024. Catastrophe losses were $167.6 million, or 6.3
points of the combined ratio, compared with $209.9 million, or 8.5 points, in
the prior-year quarter. Results included favorable prior-year reserve
development of $22.4 million, or 0.8 points.

Book value per share was $58.42 at September 30, 2025, up 9.9% from $53.17 at
December 31, 2024. Book value per share excluding accumulated other
comprehensive income (loss) was $62.32, compared with $58.67.


               CONSOLIDATED STATEMENTS OF INCOME (UNAUDITED)
              (Dollars in millions, except per share amounts)

                                      Three Months Ended     Nine Months Ended
                                         September 30,          September 30,
                                       2025        2024       2025        2024
                                    --------    --------   --------    --------
Revenues
  Net premiums earned               $2,668.0    $2,457.7   $7,842.5    $7,205.8
  Net investment income                184.7       162.3      538.2       471.6
  Net realized investment gains
    (losses)                           (12.4)         8.9     (31.7)        14.2
  Fee and other income                  21.3        19.6       62.4        57.9
                                    --------    --------   --------    --------
    Total revenues                   2,861.6     2,648.5    8,411.4     7,749.5
Expenses
  Losses and loss adjustment
    expenses                         1,769.6     1,659.6    5,301.5     4,981.0
  Policy acquisition costs             512.4       478.1    1,504.8     1,401.2
  Other underwriting expenses          284.4       266.6      835.6       788.3
  Interest expense                      24.8        24.1       74.1        72.3
                                    --------    --------   --------    --------
    Total expenses                   2,591.2     2,428.4    7,716.0     7,242.8
Income before income taxes             270.4       220.1      695.4       506.7
Income tax expense                      55.2        44.3      141.9       102.0
                                    --------    --------   --------    --------
Net income                          $  215.2    $  175.8   $  553.5    $  404.7
                                    ========    ========   ========    ========
Net income per diluted share        $   2.02    $   1.61   $   5.17    $   3.69
Weighted average diluted shares
  (millions)                           106.4       108.9      107.0       109.6

      RECONCILIATION OF NET INCOME TO OPERATING INCOME (NON-GAAP)
                                       2025        2024       2025        2024
                                    --------    --------   --------    --------
Net income                          $  215.2    $  175.8   $  553.5    $  404.7
Less: net realized investment gains
  (losses), after tax                  (9.8)         7.0     (25.0)        11.2
                                    --------    --------   --------    --------
Operating income                    $  225.0    $  168.8   $  578.5    $  393.5
Operating income per diluted share  $   2.11    $   1.55   $   5.41    $   3.59

Consolidated ratios
  Loss and LAE ratio                    66.3%       67.5%      67.6%       69.1%
  Underwriting expense ratio            29.9        30.3       29.8        30.4
                                    --------    --------   --------    --------
  Combined ratio                        96.2%       97.8%      97.4%       99.5%


                     SEGMENT RESULTS (UNAUDITED)
                        (Dollars in millions)

                            Three Months Ended September 30, 2025
                       Personal     Commercial
                        Lines         Lines       Specialty       Total
                      ---------    ----------    ----------    ---------
Net premiums written  $ 1,248.6     $ 1,062.3     $   486.1    $ 2,797.0
Net premiums earned     1,196.4       1,018.7         452.9      2,668.0
Underwriting income
  (loss)                    9.6          58.1          33.9        101.6
Catastrophe losses        118.5          42.7           6.4        167.6

Loss and LAE ratio         71.8%         63.2%         58.9%        66.3%
Expense ratio              27.4          31.1          33.6         29.9
Combined ratio             99.2%         94.3%         92.5%        96.2%
Catastrophe loss
  points                    9.9           4.2           1.4          6.3

                            Three Months Ended September 30, 2024
                       Personal     Commercial
                        Lines         Lines       Specialty       Total
                      ---------    ----------    ----------    ---------
Net premiums written  $ 1,142.0     $   988.4     $   430.7    $ 2,561.1
Net premiums earned     1,101.5         951.0         405.2      2,457.7
Underwriting income
  (loss)                  (27.5)         57.0          23.9         53.4
Catastrophe losses        161.2          38.9           9.8        209.9

Loss and LAE ratio         74.6%         62.5%         60.1%        67.5%
Expense ratio              27.9          31.5          34.0         30.3
Combined ratio            102.5%         94.0%         94.1%        97.8%
Catastrophe loss
  points                   14.6           4.1           2.4          8.5


                   SELECTED BALANCE SHEET DATA
                                       September 30,   December 31,
                                           2025            2024
                                       -------------   ------------
Total investments (millions)             $ 17,486.3     $ 16,702.8
Total shareholders' equity (millions)       6,184.2        5,790.3
Accumulated other comprehensive loss
  (millions)                                 (412.6)        (598.4)
Common shares outstanding (millions)         105.86         108.90
Book value per share                     $    58.42     $    53.17
Book value per share excluding AOCI      $    62.32     $    58.67

Operating income is a non-GAAP measure that excludes net realized investment
gains and losses, net of tax at 21%. Contact: Investor Relations, (860)
555-0142.
"""

REIT = """<html><body>
<p>Exhibit 99.1</p>
<p>KEYSTONE RIDGE REALTY TRUST</p>
<p>Keystone Ridge Realty Trust Reports Third Quarter 2025 Results and Raises Full-Year Core FFO Guidance</p>
<p>PHILADELPHIA, October 27, 2025 -- Keystone Ridge Realty Trust (NYSE: KRRT), an owner of office and industrial properties in the Mid-Atlantic and Midwest, today reported results for the third quarter ended September 30, 2025.</p>
<p>Net income attributable to common shareholders was $15.9 million, or $0.13 per diluted share, compared with a net loss attributable to common shareholders of $7.3 million, or $(0.06) per diluted share, in the third quarter of 2024. Funds from operations (FFO) were $0.58 per diluted share, compared with $0.54 in the third quarter of 2024. Core FFO was $0.59 per diluted share, an increase of 7.3% from $0.55 in the prior-year quarter.</p>
<p>Same-property net operating income (NOI) increased 4.1% from the third quarter of 2024, led by 7.1% growth in the Industrial portfolio. Total portfolio occupancy was 92.3% at September 30, 2025, compared with 92.4% at June 30, 2025. During the quarter the Trust signed leases totaling 1,996,000 square feet; cash rent spreads on renewals and new leases were 21.0% and GAAP rent spreads were 32.2%.</p>
<p>In August the Trust sold two suburban office buildings in King of Prussia for gross proceeds of $58.5 million, recognizing a gain on sale of $14.2 million. On September 15, 2025 the Board of Trustees declared a quarterly cash dividend of $0.46 per common share, payable on October 15, 2025.</p>
<p>The Trust now expects 2025 Core FFO of $2.27 to $2.31 per diluted share, compared with its previous range of $2.24 to $2.30.</p>
<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Revenues:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Rental revenues</td><td>$ 182,406</td><td>$ 171,238</td><td>$ 539,872</td><td>$ 508,115</td></tr>
<tr><td>Other property revenues</td><td>4,118</td><td>3,902</td><td>12,205</td><td>11,340</td></tr>
<tr><td>Total revenues</td><td>186,524</td><td>175,140</td><td>552,077</td><td>519,455</td></tr>
<tr><td>Expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Property operating expenses</td><td>52,310</td><td>49,884</td><td>156,902</td><td>148,771</td></tr>
<tr><td>Real estate taxes</td><td>21,044</td><td>19,867</td><td>62,915</td><td>59,330</td></tr>
<tr><td>Depreciation and amortization</td><td>68,912</td><td>65,405</td><td>204,188</td><td>194,260</td></tr>
<tr><td>General and administrative</td><td>12,785</td><td>11,960</td><td>38,640</td><td>36,212</td></tr>
<tr><td>Impairment of real estate</td><td>—</td><td>8,450</td><td>3,120</td><td>8,450</td></tr>
<tr><td>Total expenses</td><td>155,051</td><td>155,566</td><td>465,765</td><td>447,023</td></tr>
<tr><td>Operating income</td><td>31,473</td><td>19,574</td><td>86,312</td><td>72,432</td></tr>
<tr><td>Interest expense</td><td>(29,406)</td><td>(27,118)</td><td>(86,955)</td><td>(80,244)</td></tr>
<tr><td>Loss on early extinguishment of debt</td><td>—</td><td>—</td><td>(1,874)</td><td>—</td></tr>
<tr><td>Gain on sale of real estate</td><td>14,227</td><td>—</td><td>21,683</td><td>6,915</td></tr>
<tr><td>Net income (loss)</td><td>16,294</td><td>(7,544)</td><td>19,166</td><td>(897)</td></tr>
<tr><td>Net (income) loss attributable to noncontrolling interests in the Operating Partnership</td><td>(440)</td><td>204</td><td>(517)</td><td>24</td></tr>
<tr><td>Net income (loss) attributable to common shareholders</td><td>$ 15,854</td><td>$ (7,340)</td><td>$ 18,649</td><td>$ (873)</td></tr>
<tr><td>Net income (loss) per common share - diluted</td><td>$ 0.13</td><td>$ (0.06)</td><td>$ 0.16</td><td>$ (0.01)</td></tr>
<tr><td>Weighted average common shares outstanding - diluted</td><td>118,412</td><td>117,960</td><td>118,285</td><td>117,822</td></tr>
</table>
<p>RECONCILIATION OF NET INCOME (LOSS) TO FFO AND CORE FFO</p>
<p>(in thousands, except per share data)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended September 30,</td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net income (loss) attributable to common shareholders</td><td>$ 15,854</td><td>$ (7,340)</td><td>$ 18,649</td><td>$ (873)</td></tr>
<tr><td>Net income (loss) attributable to noncontrolling interests in the Operating Partnership</td><td>440</td><td>(204)</td><td>517</td><td>(24)</td></tr>
<tr><td>Real estate depreciation and amortization</td><td>68,012</td><td>64,560</td><td>201,498</td><td>191,748</td></tr>
<tr><td>Impairment of real estate</td><td>—</td><td>8,450</td><td>3,120</td><td>8,450</td></tr>
<tr><td>Gain on sale of real estate</td><td>(14,227)</td><td>—</td><td>(21,683)</td><td>(6,915)</td></tr>
<tr><td>FFO attributable to common shareholders and unitholders</td><td>$ 70,079</td><td>$ 65,466</td><td>$ 202,101</td><td>$ 192,386</td></tr>
<tr><td>Loss on early extinguishment of debt</td><td>—</td><td>—</td><td>1,874</td><td>—</td></tr>
<tr><td>Severance and transaction costs</td><td>1,820</td><td>1,150</td><td>3,540</td><td>1,150</td></tr>
<tr><td>Core FFO attributable to common shareholders and unitholders</td><td>$ 71,899</td><td>$ 66,616</td><td>$ 207,515</td><td>$ 193,536</td></tr>
<tr><td>Weighted average diluted common shares and OP units</td><td>121,674</td><td>121,230</td><td>121,550</td><td>121,097</td></tr>
<tr><td>FFO per diluted share and unit</td><td>$ 0.58</td><td>$ 0.54</td><td>$ 1.66</td><td>$ 1.59</td></tr>
<tr><td>Core FFO per diluted share and unit</td><td>$ 0.59</td><td>$ 0.55</td><td>$ 1.71</td><td>$ 1.60</td></tr>
</table>
<p>SAME-PROPERTY NOI</p>
<p>(in thousands; 148 properties owned throughout both periods)</p>
<table>
<tr><td></td><td colspan="3">Three Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>% Change</td></tr>
<tr><td>Office</td><td>$ 62,418</td><td>$ 61,205</td><td>2.0%</td></tr>
<tr><td>Industrial</td><td>44,870</td><td>41,902</td><td>7.1%</td></tr>
<tr><td>Total same-property NOI</td><td>$ 107,288</td><td>$ 103,107</td><td>4.1%</td></tr>
</table>
<p>OCCUPANCY</p>
<table>
<tr><td></td><td>Rentable Square Feet (millions)</td><td>September 30, 2025</td><td>June 30, 2025</td><td>September 30, 2024</td></tr>
<tr><td>Office</td><td>14.2</td><td>86.4%</td><td>86.9%</td><td>87.8%</td></tr>
<tr><td>Industrial</td><td>17.5</td><td>97.1%</td><td>96.8%</td><td>96.2%</td></tr>
<tr><td>Total portfolio</td><td>31.7</td><td>92.3%</td><td>92.4%</td><td>92.4%</td></tr>
</table>
<p>LEASING ACTIVITY - THIRD QUARTER 2025</p>
<table>
<tr><td></td><td>Square Feet Leased</td><td>Cash Rent Spread</td><td>GAAP Rent Spread</td></tr>
<tr><td>Office</td><td>612,000</td><td>3.8%</td><td>11.2%</td></tr>
<tr><td>Industrial</td><td>1,384,000</td><td>28.6%</td><td>41.5%</td></tr>
<tr><td>Total</td><td>1,996,000</td><td>21.0%</td><td>32.2%</td></tr>
</table>
<p>CONDENSED CONSOLIDATED BALANCE SHEETS (EXCERPT)</p>
<p>(in thousands)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Real estate, at cost</td><td>$ 7,842,610</td><td>$ 7,715,204</td></tr>
<tr><td>Less: accumulated depreciation</td><td>(1,984,335)</td><td>(1,812,760)</td></tr>
<tr><td>Net real estate</td><td>5,858,275</td><td>5,902,444</td></tr>
<tr><td>Cash and cash equivalents</td><td>48,217</td><td>61,905</td></tr>
<tr><td>Tenant receivables and deferred rent</td><td>214,560</td><td>198,733</td></tr>
<tr><td>Other assets</td><td>187,402</td><td>176,118</td></tr>
<tr><td>Total assets</td><td>$ 6,308,454</td><td>$ 6,339,200</td></tr>
<tr><td>Unsecured revolving credit facility</td><td>$ 215,000</td><td>$ 140,000</td></tr>
<tr><td>Unsecured term loans</td><td>600,000</td><td>600,000</td></tr>
<tr><td>Senior unsecured notes, net</td><td>2,080,455</td><td>2,076,812</td></tr>
<tr><td>Mortgage notes payable, net</td><td>184,310</td><td>262,905</td></tr>
<tr><td>Total debt</td><td>3,079,765</td><td>3,079,717</td></tr>
<tr><td>Accounts payable, accrued expenses and other liabilities</td><td>241,880</td><td>228,615</td></tr>
<tr><td>Total liabilities</td><td>3,321,645</td><td>3,308,332</td></tr>
<tr><td>Total equity</td><td>2,986,809</td><td>3,030,868</td></tr>
<tr><td>Total liabilities and equity</td><td>$ 6,308,454</td><td>$ 6,339,200</td></tr>
</table>
<p>Investor Relations: ir@keystoneridge.example</p>
</body></html>
"""

SOFTWARE = """<html><body>
<p>Exhibit 99.1</p>
<p>Cirrusline Announces Third Quarter Fiscal 2026 Financial Results</p>
<p>Subscription revenue grows 18% year over year; ARR surpasses $1.74 billion</p>
<p>SAN MATEO, Calif., December 3, 2025 -- Cirrusline Software, Inc. (NYSE: CRLN), a provider of cloud workflow automation software, today announced financial results for its third quarter of fiscal 2026, which ended October 31, 2025. Cirrusline's fiscal year ends on January 31; fiscal 2026 is the fiscal year ending January 31, 2026.</p>
<p>Total revenue was $441.3 million, an increase of 16% year over year. Subscription revenue was $412.9 million, an increase of 18% year over year, and represented 94% of total revenue. Professional services revenue was $28.5 million, compared with $30.1 million in the third quarter of fiscal 2025.</p>
<p>GAAP operating loss was $(23.2) million, or (5.2)% of total revenue, compared with $(51.0) million, or (13.5)% of total revenue, in the third quarter of fiscal 2025. Non-GAAP operating income was $64.6 million, or 14.6% of total revenue, compared with $35.6 million, or 9.4%, a year ago. GAAP net loss per share was $(0.10), compared with $(0.30).</p>
<p>Annual recurring revenue (ARR) was $1,742.6 million as of October 31, 2025, up 18% year over year, with net new ARR of $71.3 million in the quarter. Remaining performance obligations (RPO) were $2,021.1 million, up 19% year over year, of which $1,128.4 million is expected to be recognized as revenue over the next twelve months. Dollar-based net revenue retention rate was 116%. Free cash flow was $56.3 million, or 13% of total revenue.</p>
<p>Outlook: For the fourth quarter of fiscal 2026, Cirrusline expects total revenue of $458 million to $462 million. For full fiscal 2026, Cirrusline now expects total revenue of $1,722.7 million to $1,726.7 million and non-GAAP operating margin of approximately 13.5%.</p>
<p>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</p>
<p>(in thousands, except per share amounts; unaudited)</p>
<table>
<tr><td></td><td colspan="4">Three Months Ended October 31,</td><td colspan="4">Nine Months Ended October 31,</td></tr>
<tr><td></td><td colspan="2">2025</td><td colspan="2">2024</td><td colspan="2">2025</td><td colspan="2">2024</td></tr>
<tr><td>Revenue:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Subscription</td><td>$</td><td>412,860</td><td>$</td><td>348,915</td><td>$</td><td>1,178,420</td><td>$</td><td>986,140</td></tr>
<tr><td>Professional services</td><td></td><td>28,470</td><td></td><td>30,105</td><td></td><td>86,310</td><td></td><td>89,620</td></tr>
<tr><td>Total revenue</td><td></td><td>441,330</td><td></td><td>379,020</td><td></td><td>1,264,730</td><td></td><td>1,075,760</td></tr>
<tr><td>Cost of revenue:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Subscription</td><td></td><td>80,090</td><td></td><td>71,528</td><td></td><td>232,150</td><td></td><td>203,145</td></tr>
<tr><td>Professional services</td><td></td><td>31,240</td><td></td><td>31,920</td><td></td><td>93,860</td><td></td><td>95,410</td></tr>
<tr><td>Total cost of revenue</td><td></td><td>111,330</td><td></td><td>103,448</td><td></td><td>326,010</td><td></td><td>298,555</td></tr>
<tr><td>Gross profit</td><td></td><td>330,000</td><td></td><td>275,572</td><td></td><td>938,720</td><td></td><td>777,205</td></tr>
<tr><td>Operating expenses:</td><td></td><td></td><td></td><td></td></tr>
<tr><td>Research and development</td><td></td><td>118,420</td><td></td><td>104,230</td><td></td><td>346,910</td><td></td><td>302,560</td></tr>
<tr><td>Sales and marketing</td><td></td><td>176,530</td><td></td><td>162,840</td><td></td><td>519,200</td><td></td><td>471,330</td></tr>
<tr><td>General and administrative</td><td></td><td>58,210</td><td></td><td>52,660</td><td></td><td>170,340</td><td></td><td>154,880</td></tr>
<tr><td>Restructuring</td><td></td><td>—</td><td></td><td>6,840</td><td></td><td>4,120</td><td></td><td>6,840</td></tr>
<tr><td>Total operating expenses</td><td></td><td>353,160</td><td></td><td>326,570</td><td></td><td>1,040,570</td><td></td><td>935,610</td></tr>
<tr><td>Operating loss</td><td></td><td>(23,160)</td><td></td><td>(50,998)</td><td></td><td>(101,850)</td><td></td><td>(158,405)</td></tr>
<tr><td>Interest and other income, net</td><td></td><td>9,860</td><td></td><td>8,420</td><td></td><td>28,710</td><td></td><td>24,930</td></tr>
<tr><td>Loss before provision for income taxes</td><td></td><td>(13,300)</td><td></td><td>(42,578)</td><td></td><td>(73,140)</td><td></td><td>(133,475)</td></tr>
<tr><td>Provision for income taxes</td><td></td><td>2,310</td><td></td><td>1,940</td><td></td><td>6,820</td><td></td><td>5,710</td></tr>
<tr><td>Net loss</td><td>$</td><td>(15,610)</td><td>$</td><td>(44,518)</td><td>$</td><td>(79,960)</td><td>$</td><td>(139,185)</td></tr>
<tr><td>Net loss per share, basic and diluted</td><td>$</td><td>(0.10)</td><td>$</td><td>(0.30)</td><td>$</td><td>(0.53)</td><td>$</td><td>(0.96)</td></tr>
<tr><td>Weighted-average shares used in computing net loss per share, basic and diluted</td><td></td><td>152,340</td><td></td><td>146,820</td><td></td><td>151,280</td><td></td><td>145,600</td></tr>
</table>
<p>RECONCILIATION OF GAAP OPERATING LOSS TO NON-GAAP OPERATING INCOME</p>
<p>(in thousands, except percentages; unaudited)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended October 31,</td><td colspan="2">Nine Months Ended October 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>GAAP operating loss</td><td>$ (23,160)</td><td>$ (50,998)</td><td>$ (101,850)</td><td>$ (158,405)</td></tr>
<tr><td>Stock-based compensation expense</td><td>78,640</td><td>71,210</td><td>231,480</td><td>207,650</td></tr>
<tr><td>Employer payroll taxes on employee stock transactions</td><td>2,950</td><td>2,410</td><td>11,830</td><td>9,970</td></tr>
<tr><td>Amortization of acquired intangible assets</td><td>6,180</td><td>6,180</td><td>18,540</td><td>18,540</td></tr>
<tr><td>Restructuring</td><td>—</td><td>6,840</td><td>4,120</td><td>6,840</td></tr>
<tr><td>Non-GAAP operating income</td><td>$ 64,610</td><td>$ 35,642</td><td>$ 164,120</td><td>$ 84,595</td></tr>
<tr><td>GAAP operating margin</td><td>(5.2)%</td><td>(13.5)%</td><td>(8.1)%</td><td>(14.7)%</td></tr>
<tr><td>Non-GAAP operating margin</td><td>14.6%</td><td>9.4%</td><td>13.0%</td><td>7.9%</td></tr>
</table>
<p>FREE CASH FLOW</p>
<p>(in thousands, except percentages; unaudited)</p>
<table>
<tr><td></td><td colspan="2">Three Months Ended October 31,</td><td colspan="2">Nine Months Ended October 31,</td></tr>
<tr><td></td><td>2025</td><td>2024</td><td>2025</td><td>2024</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 72,410</td><td>$ 51,260</td><td>$ 268,930</td><td>$ 201,450</td></tr>
<tr><td>Less: purchases of property and equipment</td><td>(6,820)</td><td>(8,150)</td><td>(21,470)</td><td>(24,310)</td></tr>
<tr><td>Less: capitalized internal-use software</td><td>(9,340)</td><td>(7,880)</td><td>(27,610)</td><td>(22,940)</td></tr>
<tr><td>Free cash flow</td><td>$ 56,250</td><td>$ 35,230</td><td>$ 219,850</td><td>$ 154,200</td></tr>
<tr><td>Free cash flow margin</td><td>12.7%</td><td>9.3%</td><td>17.4%</td><td>14.3%</td></tr>
</table>
<p>KEY BUSINESS METRICS</p>
<p>(dollars in millions, except customer counts)</p>
<table>
<tr><td></td><td>October 31, 2025</td><td>July 31, 2025</td><td>January 31, 2025</td><td>October 31, 2024</td></tr>
<tr><td>Annual recurring revenue (ARR)</td><td>$ 1,742.6</td><td>$ 1,671.3</td><td>$ 1,572.4</td><td>$ 1,476.8</td></tr>
<tr><td>Customers with ARR of $100,000 or more</td><td>2,846</td><td>2,751</td><td>2,598</td><td>2,412</td></tr>
<tr><td>Total customers</td><td>11,920</td><td>11,705</td><td>11,380</td><td>11,050</td></tr>
<tr><td>Dollar-based net revenue retention rate</td><td>116%</td><td>117%</td><td>118%</td><td>119%</td></tr>
<tr><td>Current remaining performance obligations</td><td>$ 1,128.4</td><td>$ 1,074.9</td><td>$ 1,021.6</td><td>$ 964.2</td></tr>
<tr><td>Noncurrent remaining performance obligations</td><td>892.7</td><td>845.1</td><td>802.3</td><td>731.5</td></tr>
<tr><td>Total remaining performance obligations</td><td>$ 2,021.1</td><td>$ 1,920.0</td><td>$ 1,823.9</td><td>$ 1,695.7</td></tr>
</table>
<p>Non-GAAP operating income excludes stock-based compensation, employer payroll taxes on employee stock transactions, amortization of acquired intangible assets and restructuring. Free cash flow is net cash provided by operating activities less purchases of property and equipment and capitalized internal-use software.</p>
</body></html>
"""

PRODUCER = """<html><body>
<p>Exhibit 99.1</p>
<p>REDMESA ENERGY, INC.</p>
<p>Redmesa Energy Reports Third Quarter 2025 Results; Oil Production Exceeds Guidance</p>
<p>MIDLAND, Texas, November 4, 2025 -- Redmesa Energy, Inc. (NYSE: RDMS) today reported financial and operating results for the third quarter of 2025.</p>
<p>Total production averaged 228.0 thousand barrels of oil equivalent per day (MBoe/d), an increase of 3.0% from the second quarter of 2025 and 12.1% from the third quarter of 2024. Oil production averaged 118.4 thousand barrels per day (MBbl/d), or 52% of total production. The average realized oil price was $64.82 per barrel, compared with $74.38 per barrel a year earlier, and the average realized natural gas price was $1.38 per Mcf.</p>
<p>Net income was $214.6 million, or $1.18 per diluted share, compared with $246.9 million, or $1.31 per diluted share, in the third quarter of 2024. Adjusted EBITDAX was $602.3 million. Lease operating expense (LOE) was $5.42 per Boe, down 8% from $5.88 per Boe in the third quarter of 2024.</p>
<p>Capital expenditures were $452.7 million, and free cash flow was $89.4 million. During the quarter the Company paid a base dividend of $0.25 per share ($45.6 million), repurchased $50.0 million of its common stock, repaid the $150.0 million outstanding under its revolving credit facility, and closed the sale of non-operated Delaware Basin assets for net proceeds of $149.6 million. Net debt was $3,237.4 million at September 30, 2025, a reduction of $178.5 million from June 30, 2025.</p>
<p>For the fourth quarter of 2025, Redmesa expects production of 230 to 236 MBoe/d, including oil production of 119 to 122 MBbl/d, and capital expenditures of $420 million to $460 million.</p>
<p>OPERATING AND FINANCIAL HIGHLIGHTS</p>
<p>(in millions, except per share, per unit and production data)</p>
<table>
<tr><td></td><td>Q3 2025</td><td>Q2 2025</td><td>Q3 2024</td></tr>
<tr><td>Average daily production:</td><td></td><td></td><td></td></tr>
<tr><td>Oil (MBbl/d)</td><td>118.4</td><td>115.2</td><td>106.9</td></tr>
<tr><td>NGL (MBbl/d)</td><td>52.6</td><td>50.9</td><td>46.3</td></tr>
<tr><td>Natural gas (MMcf/d)</td><td>342.0</td><td>331.8</td><td>301.2</td></tr>
<tr><td>Total (MBoe/d)</td><td>228.0</td><td>221.4</td><td>203.4</td></tr>
<tr><td>Average realized prices (excluding derivatives):</td><td></td><td></td><td></td></tr>
<tr><td>Oil ($/Bbl)</td><td>$ 64.82</td><td>$ 63.15</td><td>$ 74.38</td></tr>
<tr><td>NGL ($/Bbl)</td><td>$ 21.47</td><td>$ 22.90</td><td>$ 23.65</td></tr>
<tr><td>Natural gas ($/Mcf)</td><td>$ 1.38</td><td>$ 1.12</td><td>$ 0.84</td></tr>
<tr><td>Total ($/Boe)</td><td>$ 40.68</td><td>$ 39.80</td><td>$ 45.72</td></tr>
<tr><td>Revenues:</td><td></td><td></td><td></td></tr>
<tr><td>Oil</td><td>$ 706.1</td><td>$ 662.0</td><td>$ 731.5</td></tr>
<tr><td>NGL</td><td>103.9</td><td>106.1</td><td>100.7</td></tr>
<tr><td>Natural gas</td><td>43.4</td><td>33.8</td><td>23.3</td></tr>
<tr><td>Total oil, NGL and natural gas revenues</td><td>$ 853.4</td><td>$ 801.9</td><td>$ 855.5</td></tr>
<tr><td>Net income</td><td>$ 214.6</td><td>$ 188.3</td><td>$ 246.9</td></tr>
<tr><td>Net income per share - diluted</td><td>$ 1.18</td><td>$ 1.02</td><td>$ 1.31</td></tr>
<tr><td>Weighted average diluted shares outstanding</td><td>182.4</td><td>183.9</td><td>188.1</td></tr>
</table>
<p>PER-UNIT COSTS</p>
<p>($ per Boe)</p>
<table>
<tr><td></td><td>Q3 2025</td><td>Q2 2025</td><td>Q3 2024</td></tr>
<tr><td>Lease operating expense</td><td>$ 5.42</td><td>$ 5.61</td><td>$ 5.88</td></tr>
<tr><td>Gathering, processing and transportation</td><td>2.31</td><td>2.28</td><td>2.19</td></tr>
<tr><td>Production and ad valorem taxes</td><td>2.48</td><td>2.44</td><td>2.87</td></tr>
<tr><td>Cash general and administrative</td><td>1.36</td><td>1.41</td><td>1.52</td></tr>
<tr><td>Total cash costs</td><td>$ 11.57</td><td>$ 11.74</td><td>$ 12.46</td></tr>
<tr><td>Depreciation, depletion and amortization</td><td>$ 14.20</td><td>$ 14.05</td><td>$ 13.62</td></tr>
</table>
<p>ADJUSTED EBITDAX, CASH FLOW AND FREE CASH FLOW</p>
<p>(in millions)</p>
<table>
<tr><td></td><td>Q3 2025</td><td>Q2 2025</td><td>Q3 2024</td></tr>
<tr><td>Total oil, NGL and natural gas revenues</td><td>$ 853.4</td><td>$ 801.9</td><td>$ 855.5</td></tr>
<tr><td>Cash settlements on derivatives</td><td>(8.4)</td><td>12.6</td><td>(21.3)</td></tr>
<tr><td>Total cash costs</td><td>(242.7)</td><td>(236.5)</td><td>(233.2)</td></tr>
<tr><td>Adjusted EBITDAX</td><td>$ 602.3</td><td>$ 578.0</td><td>$ 601.0</td></tr>
<tr><td>Cash interest expense</td><td>(48.2)</td><td>(50.1)</td><td>(53.6)</td></tr>
<tr><td>Current income taxes</td><td>(12.0)</td><td>(10.5)</td><td>(14.8)</td></tr>
<tr><td>Operating cash flow before changes in working capital</td><td>$ 542.1</td><td>$ 517.4</td><td>$ 532.6</td></tr>
<tr><td>Changes in operating assets and liabilities</td><td>35.1</td><td>(22.6)</td><td>18.4</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 577.2</td><td>$ 494.8</td><td>$ 551.0</td></tr>
<tr><td>Capital expenditures:</td><td></td><td></td><td></td></tr>
<tr><td>Drilling and completion</td><td>$ 412.4</td><td>$ 438.9</td><td>$ 406.2</td></tr>
<tr><td>Facilities and infrastructure</td><td>31.8</td><td>36.3</td><td>42.1</td></tr>
<tr><td>Land, seismic and other</td><td>8.5</td><td>9.4</td><td>12.7</td></tr>
<tr><td>Total capital expenditures</td><td>$ 452.7</td><td>$ 484.6</td><td>$ 461.0</td></tr>
<tr><td>Free cash flow (operating cash flow before changes in working capital less total capital expenditures)</td><td>$ 89.4</td><td>$ 32.8</td><td>$ 71.6</td></tr>
</table>
<p>NET DEBT</p>
<p>(in millions)</p>
<table>
<tr><td></td><td>September 30, 2025</td><td>June 30, 2025</td><td>December 31, 2024</td></tr>
<tr><td>Senior notes (principal)</td><td>$ 3,450.0</td><td>$ 3,450.0</td><td>$ 3,450.0</td></tr>
<tr><td>Revolving credit facility</td><td>—</td><td>150.0</td><td>300.0</td></tr>
<tr><td>Total debt</td><td>3,450.0</td><td>3,600.0</td><td>3,750.0</td></tr>
<tr><td>Less: cash and cash equivalents</td><td>(212.6)</td><td>(184.1)</td><td>(301.8)</td></tr>
<tr><td>Net debt</td><td>$ 3,237.4</td><td>$ 3,415.9</td><td>$ 3,448.2</td></tr>
</table>
<p>Boe is computed on the basis of six Mcf of natural gas to one barrel of oil. Adjusted EBITDAX and free cash flow are non-GAAP measures.</p>
</body></html>
"""


@pytest.fixture(scope="module")
def insurer():
    return asker(INSURER, "graniteharbor_8-k_2025-10-22.txt")


@pytest.fixture(scope="module")
def reit():
    return asker(REIT, "keystoneridge_8-k_2025-10-27.html")


@pytest.fixture(scope="module")
def software():
    return asker(SOFTWARE, "cirrusline_8-k_2025-12-03.html")


@pytest.fixture(scope="module")
def producer():
    return asker(PRODUCER, "redmesa_8-k_2025-11-04.html")


def _amount(answer) -> str | None:
    return answer.value.amount if answer.value else None


def _tables(text: str, name: str):
    return parse_bytes(text.encode(), name).tables


# ------------------------------------------------------------------ plain-text tables

def test_a_label_wrapped_onto_a_parenthesis_is_one_row():
    income = _tables(INSURER, "graniteharbor_8-k_2025-10-22.txt")[0]
    labels = [r.label for r in income.rows]
    assert "Net realized investment gains (losses)" in labels and "(losses)" not in labels
    assert "Weighted average diluted shares (millions)" in labels


def test_stacked_blocks_with_headers_of_their_own_are_tables_of_their_own():
    tables = _tables(INSURER, "graniteharbor_8-k_2025-10-22.txt")
    segments = [t for t in tables if t.title == "SEGMENT RESULTS (UNAUDITED)"]
    assert len(segments) == 2  # had been one undated table that also held the reconciliation above it
    this_year, last_year = segments
    assert [c.period for c in this_year.columns] == ["2025-07-01/2025-09-30"] * 4
    assert [c.period for c in last_year.columns] == ["2024-07-01/2024-09-30"] * 4
    assert this_year.columns[0].label.endswith("Personal Lines") and "(Dollars in millions)" not in this_year.columns[0].label
    earned = next(r for r in last_year.rows if r.label == "Net premiums earned")
    assert [str(c.value) for c in earned.cells] == ["1101500000", "951000000", "405200000", "2457700000"]


def test_a_ratio_row_beside_percent_rows_is_percent():
    segments = [t for t in _tables(INSURER, "graniteharbor_8-k_2025-10-22.txt") if t.title == "SEGMENT RESULTS (UNAUDITED)"]
    expense = next(r for r in segments[0].rows if r.label == "Expense ratio")
    assert [(str(c.value), c.unit) for c in expense.cells][0] == ("27.4", "percent")  # had been $27,400,000


def test_a_segment_asked_of_a_stacked_block(insurer):
    a = insurer("What were net premiums earned in Personal Lines in the prior-year quarter?")
    assert (a.status, _amount(a)) == ("answered", "1101500000")  # had been the total, $2,457.7 million, at 0.84
    a = insurer("What was the Specialty loss and LAE ratio in Q3 2024?")
    assert (a.status, _amount(a), a.value.unit) == ("answered", "60.1", "percent")


# ------------------------------------------------------------------ net debt

def test_net_debt_is_debt_less_cash(reit):
    a = reit("What was net debt at September 30, 2025?")
    assert (a.status, _amount(a)) == ("answered", "3031548000")  # had been "Total debt", $3,079,765,000, at 0.85
    assert "total debt - cash" in a.text


def test_a_printed_net_debt_row_is_read(producer):
    a = producer("What was net debt at December 31, 2024?")
    assert (a.status, _amount(a)) == ("answered", "3448200000")
    a = producer("What was net debt at September 30, 2024?")
    assert a.status == "not_found"  # no balance for that date


def test_a_metric_set_against_another_item_is_not_the_metric(reit):
    a = reit("What was net debt to adjusted EBITDAre?")
    assert a.status == "not_found"  # had been total debt, offered


def test_a_metric_widened_by_the_question_is_not_the_formula(software):
    a = software("What was total capital spending including capitalized software in the third quarter?")
    assert a.status != "answered"  # had been capex alone, $6,820,000, at 0.98
    a = software("What was capital spending in the third quarter?")
    assert (a.status, _amount(a)) == ("answered", "6820000")


# ------------------------------------------------------------------ periods, units and metrics of the producer's release

def test_a_release_without_a_stated_quarter_end_is_dated_by_its_balance_columns():
    parsed = parse_bytes(PRODUCER.encode(), "redmesa_8-k_2025-11-04.html")
    assert parsed.filing.period_end == "2025-09-30" and parsed.filing.fiscal_year_end == "--12-31"
    assert [c.period for c in parsed.tables[0].columns] == ["2025-07-01/2025-09-30", "2025-04-01/2025-06-30",
                                                            "2024-07-01/2024-09-30"]  # had been undated


def test_the_filers_metric_row_with_a_definition_in_parentheses_comes_first(producer):
    a = producer("What was free cash flow in Q2 2025?")
    assert (a.status, _amount(a)) == ("answered", "32800000")  # the formula gives $10.2 million


def test_a_follow_up_comparing_a_metric_asks_the_change(producer):
    first = producer("What were total capital expenditures in Q3 2025?")
    from qa.conversation import Turn

    a = producer("How did that compare with the prior-year quarter?", [Turn(question="What were total capital expenditures in Q3 2025?",
                                                                             answer=first)])
    assert (a.status, _amount(a)) == ("answered", "-8300000")  # had been Q3 2025's capex again, at 0.98


def test_an_amount_averaged_over_periods_is_not_one_periods_metric(producer):
    a = producer("What was average quarterly capex across Q2 and Q3 2025?")
    assert a.status != "answered" or _amount(a) == "468650000"  # had been Q3's $452.7 million, at 0.98


FEE_RATES = """<html><body><p>HARBORLIGHT ASSET MANAGEMENT, INC.</p>
<p>Harborlight Reports Third Quarter 2025 Results</p>
<p>BOSTON, October 21, 2025 -- Harborlight Asset Management, Inc. (NYSE: HBLT) today reported results for the quarter ended September 30, 2025.</p>
<p>AVERAGE AUM AND EFFECTIVE FEE RATES</p>
<table>
<tr><td></td><td colspan="2">Average AUM ($ in billions)</td><td colspan="2">Effective Fee Rate (basis points)</td></tr>
<tr><td></td><td>Q3 2025</td><td>Q3 2024</td><td>Q3 2025</td><td>Q3 2024</td></tr>
<tr><td>Equity</td><td>$ 320.1</td><td>$ 288.0</td><td>47.1</td><td>49.8</td></tr>
<tr><td>Fixed Income</td><td>190.2</td><td>172.5</td><td>17.8</td><td>18.1</td></tr>
<tr><td>Total</td><td>$ 510.3</td><td>$ 460.5</td><td>35.5</td><td>37.6</td></tr>
</table>
<p>CASH FLOWS</p>
<p>(in millions)</p>
<table>
<tr><td></td><td colspan="2">Nine Months Ended September 30,</td></tr>
<tr><td></td><td>2025</td><td>2024</td></tr>
<tr><td>Net cash provided by operating activities</td><td>$ 1,397</td><td>$ 1,294</td></tr>
<tr><td>Purchases of property and equipment, including capitalized interest</td><td>(184)</td><td>(171)</td></tr>
<tr><td>Net cash used in investing activities</td><td>(412)</td><td>(365)</td></tr>
</table>
</body></html>"""


def test_a_basis_points_column_is_hundredths_of_a_percent():
    fees = parse_bytes(FEE_RATES.encode(), "harborlight_8-k_2025-10-21.html").tables[0]
    equity = fees.rows[0]
    assert [(str(c.value), c.unit) for c in equity.cells][2:] == [("0.471", "percent"), ("0.498", "percent")]  # had been $47.1


def test_capex_including_capitalized_interest_is_capex():
    ask = asker(FEE_RATES, "harborlight_8-k_2025-10-21.html")
    a = ask("What was free cash flow for the nine months ended September 30, 2025?")
    assert (a.status, _amount(a)) == ("answered", "1213000000")  # had been refused: no capex found


def test_a_row_the_question_sets_aside_does_not_answer_it(reit):
    a = reit("How much of Q3 2025 depreciation and amortization was not real-estate related?")
    assert a.status != "answered"  # had been the real-estate row, $68,012,000, at 0.82
    a = reit("What was real estate depreciation and amortization in Q3 2025?")
    assert (a.status, _amount(a)) == ("answered", "68012000")


CREDIT_8K = """                        FORM 8-K

                     CURRENT REPORT

  Date of Report (Date of earliest event reported): September 26, 2025

              ALDERBROOK PACKAGING CORPORATION
    (Exact name of registrant as specified in its charter)

Item 1.01  Entry into a Material Definitive Agreement.

On September 26, 2025, Alderbrook Packaging Corporation (the "Company")
entered into an Amended and Restated Credit Agreement (the "Credit
Agreement") among the Company, the lenders party thereto and First
Continental Bank, N.A., as administrative agent. The Credit Agreement
provides for senior unsecured credit facilities in an aggregate principal
amount of $1,150 million.

Borrowings bear interest, at the Company's option, at Term SOFR plus an
applicable margin ranging from 1.125% to 1.750%. The initial applicable margin is
1.375% for Term SOFR loans and 0.375% for base rate loans.

                              SIGNATURE

Pursuant to the requirements of the Securities Exchange Act of 1934, the
registrant has duly caused this report to be signed on its behalf by the
undersigned hereunto duly authorized.

                                ALDERBROOK PACKAGING CORPORATION

Date: September 30, 2025        By: /s/ Jennifer A. Castellano
                                    -----------------------------------
                                    Name:  Jennifer A. Castellano
                                    Title: Senior Vice President, General
                                           Counsel and Corporate Secretary
"""


def test_a_paragraph_wrapped_at_the_margin_is_one_paragraph():
    text = parse_bytes(CREDIT_8K.encode(), "alderbrook_8-k_2025-09-26.txt").text
    assert "thereto and First Continental Bank, N.A., as administrative agent." in text
    assert "The initial applicable margin is 1.375% for Term SOFR loans" in text
    assert "Title: Senior Vice President, General Counsel and Corporate Secretary" in text
    assert "Date: September 30, 2025 By: /s/ Jennifer A. Castellano\n" in text  # columns stay apart from the rule below


def test_the_party_in_a_role_of_several_words():
    ask = asker(CREDIT_8K, "alderbrook_8-k_2025-09-26.txt")
    a = ask("Who is the administrative agent?")
    assert a.text.startswith("First Continental Bank, N.A.:")  # had been “Continental Bank, N.A., as ...”, cut at the line
    a = ask("Who signed the 8-K?")
    assert "Senior Vice President, General Counsel and Corporate Secretary" in a.text


NET_DEBT_NOTE = ("LIQUIDITY\n(in millions)\n\t2019\t2018\nCash and cash equivalents\t$ 62.1\t$ 81.4\n"
                 "Borrowings\t357.3\t317.2\nNet debt\t295.2\t235.8\n\n"
                 "As of December 31, 2019, total compensation cost not yet recognized related to unvested RSUs was "
                 "approximately $0.8 million.\n")


def test_the_growth_of_net_debt_reads_its_printed_row():
    ask = asker(NET_DEBT_NOTE, "net_debt_note.txt")
    a = ask("What was the percentage change in net debt from 2018 to 2019?")
    assert (a.status, _amount(a)) == ("answered", "25.19")  # the "Net debt" rows, not debt less cash


def test_a_figure_that_says_the_same_negation_still_answers():
    ask = asker(NET_DEBT_NOTE, "net_debt_note.txt")
    a = ask("What is the total compensation cost not yet recognized related to unvested RSUs as of December 31, 2019?")
    assert (a.status, _amount(a)) == ("answered", "800000")


CAPITAL = ("REGULATORY CAPITAL\nin billions of dollars at year end\t2008\t2007\nTier 1 capital\t$ 71.0\t$ 82.0\n"
           "Total capital (Tier 1 and Tier 2)\t108.4\t121.6\nTier 1 capital ratio\t9.94%\t8.98%\n"
           "Total capital ratio (Tier 1 and Tier 2)\t15.18\t13.33\nLeverage ratio\t5.82\t6.65\n")


def test_a_row_listing_the_parts_it_adds_does_not_answer_one_part():
    tables = parse_bytes(CAPITAL.encode(), "capital.txt").tables
    ratio = next(r for r in tables[0].rows if r.label.startswith("Total capital ratio"))
    assert [(str(c.value), c.unit) for c in ratio.cells] == [("15.18", "percent"), ("13.33", "percent")]
    ask = asker(CAPITAL, "capital.txt")
    assert ask("What was the tier 2 capital in 2008?").status != "answered"  # not total capital, $108.4 billion
    a = ask("What was total capital in 2008?")
    assert (a.status, _amount(a)) == ("answered", "108400000000")
