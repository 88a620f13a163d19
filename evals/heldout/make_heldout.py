import json
OQ="oracle_10-q_2024-08-31"; O8="oracle_8-k_2024-11-14"; ND="nordstrom_8-k_2023-03-01"; FL="1800flowers_8-k_2023-12-14"
AB="abvc_8-k_2025-04-15"; AA="aames_8-k_1998-12-31"; AF="afcgamma_8-k_2023-03-17"
IG="immunogen_8k_2011-10-27"; BK="buckle_8-k_2024-11-22_ex99-1"; AP="apple_10-q_2024-06-29"
def n(v,unit="USD",rel=0.005,**k):
    d={"type":"number","value":v,"unit":unit}
    if "abs_tol" in k: d["abs_tol"]=k.pop("abs_tol")
    else: d["rel_tol"]=rel
    d.update(k); return d
def t(*s): return {"type":"text","any_of":list(s)}
R={"type":"refuse"}
Q=[]
def q(id,filing,question,answer,evidence,note):
    Q.append({"id":id,"filing":filing,"question":question,"answer":answer,"evidence":evidence,"note":note})
def c(id,filing,turns,evidence,note):
    Q.append({"id":id,"filing":filing,"conversation":[{"question":a,"answer":b} for a,b in turns],"evidence":evidence,"note":note})

# ---- Oracle 10-Q (iXBRL, $ in millions) ----
q("ho-oq-01",OQ,"What were Oracle's total revenues for the three months ended August 31, 2023?",n(12453000000),["Total revenues"],
  "statements of operations, prior-year column (2023): Total revenues 13,307 | 12,453 (millions); MD&A geography table repeats 12,453")
q("ho-oq-02",OQ,"How much did Oracle spend on research and development in the first quarter of fiscal 2025?",n(2306000000),["Research and development"],
  "Q1 FY2025 = three months ended August 31, 2024 (the MD&A says 'first quarter of fiscal 2025'); R&D row 2,306 | 2,216; stock-based comp note has a different 'Research and development' row (569)")
q("ho-oq-03",OQ,"What was Oracle's diluted EPS for the quarter ended August 31, 2024?",n(1.03,"USD/share",0.001),["Diluted"],
  "Earnings per share Diluted 1.03 | 0.86; basic is 1.06; rel_tol 0.001 so basic fails")
q("ho-oq-04",OQ,"By how much did Oracle's current deferred revenues change between May 31, 2024 and August 31, 2024?",n(2142000000,rel=0.01),["Deferred revenues"],
  "balance sheet current liabilities: Deferred revenues 11,455 (Aug 31, 2024) - 9,313 (May 31, 2024) = 2,142 million; the revenue note's 'Deferred revenues, current' row agrees. 'Current' because the note's 'Total deferred revenues' (incl. 1,429 / 1,233 non-current) changes by 12,884 - 10,546 = 2,338; the cash flow line 'Increase in deferred revenues' 2,305 is not the balance change")
q("ho-oq-05",OQ,"By what percentage did Oracle's cloud services and license support revenues grow year over year in the quarter ended August 31, 2024?",n(10.18,"percent",abs_tol=0.5),["cloud services and license support"],
  "(10,519 - 9,547) / 9,547 = 10.18 %; MD&A prints 10% actual and 11% constant currency; abs_tol 0.5 accepts 10 or 10.18 but not the constant-currency 11")
q("ho-oq-06",OQ,"What was Oracle's total notes payable and other borrowings as of August 31, 2024, current and non-current combined?",n(84515000000),["Notes payable and other borrowings"],
  "split rows: current 9,201 + non-current 75,314 = 84,515 million; Note on fair value says '$84.5 billion of senior notes and other long-term borrowings' (agrees)")
q("ho-oq-07",OQ,"What share of Oracle's total revenues came from hardware in the first quarter of fiscal 2025?",n(4.92,"percent",abs_tol=0.1),["Hardware","Total revenues"],
  "655 / 13,307 = 4.92 %; MD&A '% Revenues by Business' prints Hardware 5% (also inside abs_tol 0.1); prior year 6%")
q("ho-oq-08",OQ,"What was Oracle's income tax benefit for the three months ended August 31, 2023?",n(45000000,sign_insensitive=True),["(Provision for) benefit from income taxes"],
  "'(Provision for) benefit from income taxes' row: (240) in 2024 is a provision, 45 in 2023 is a benefit of $45 million")
c("ho-oq-09",OQ,[("What was Oracle's net cash provided by operating activities for the three months ended August 31, 2024?",n(7427000000)),
                 ("And in the same quarter a year earlier?",n(6974000000)),
                 ("How much did it grow?",n(453000000,rel=0.01))],["Net cash provided by operating activities"],
  "cash flow statement: 7,427 | 6,974 million; 7,427 - 6,974 = 453 million")
q("ho-oq-10",OQ,"What were Oracle's total revenues for the nine months ended August 31, 2024?",R,[],
  "refusal: the 10-Q is for Oracle's first fiscal quarter and holds only three-month columns; no nine-month figures")
q("ho-oq-11",OQ,"What quarterly cash dividend per share did Oracle's board declare in September 2024?",n(0.40,"USD/share",0.001),["quarterly cash dividend of"],
  "Note (stockholders' equity): 'In September 2024, our Board of Directors declared a quarterly cash dividend of $ 0.40 per share'; equity statement also shows 0.40 per share declared in both quarters")
q("ho-oq-12",OQ,"What were Oracle's remaining performance obligations as of August 31, 2024?",n(99100000000),["Remaining performance obligations"],
  "prose only, in billions: 'Remaining performance obligations ... were $ 99.1 billion as of August 31, 2024'")
q("ho-oq-13",OQ,"How much did Oracle's cloud services revenue grow in Q1 FY2025 versus Q1 FY2024?",n(988000000,rel=0.01),["Cloud services"],
  "MD&A Revenues by Offerings: Cloud services 5,623 vs 4,635 = 988 million; prose: 'a $988 million increase in cloud services revenues'. Not the cloud services AND license support line (10,519 - 9,547 = 972)")

# ---- Oracle 8-K (vote results) ----
q("ho-o8-01",O8,"How many votes for did Safra A. Catz receive in the director election?",n(2241298667,"count",0.0000001),["Safra A. Catz"],
  "Proposal 1 table row 'Safra A. Catz | 2,241,298,667 | 81,013,676 | 250,464,124' (For, Withheld, Broker Non-Votes)")
q("ho-o8-02",O8,"How many shares were voted against the advisory vote on named executive officer compensation?",n(508390449,"count",0.0000001),["508,390,449 shares against"],
  "Proposal 2 prose: '1,806,791,973 shares in favor, 508,390,449 shares against, 7,129,921 shares abstaining and 250,464,124 broker non-votes'")
q("ho-o8-03",O8,"Which firm did Oracle's stockholders ratify as its independent registered public accounting firm?",t("Ernst & Young","Ernst &amp; Young"),["Ernst & Young LLP"],
  "Proposal 3 prose: 'ratified the appointment of Ernst & Young LLP'")
q("ho-o8-04",O8,"What percentage of the votes cast on the ratification of the auditor were in favor?",n(97.66,"percent",abs_tol=0.2),["2,512,534,467 shares in favor"],
  "2,512,534,467 / (2,512,534,467 + 56,267,628 + 3,974,372) = 97.66 %; excluding abstentions 97.81 % (inside abs_tol 0.2, both conventions accepted)")
q("ho-o8-05",O8,"How many broker non-votes were there on the ratification of Ernst & Young?",R,[],
  "refusal: Proposal 3 prose lists only for/against/abstaining; the 250,464,124 broker non-votes belong to Proposals 1, 2 and 4")

# ---- Nordstrom 8-K ----
q("ho-nd-01",ND,"What is Kenneth J. Worzel's 2023 base salary?",n(895000),["Kenneth J. Worzel"],
  "table row 'Kenneth J. Worzel Chief Customer Officer | $— | $895,000'; columns '2022 Bonus1' and '2023 Base Salary2' (footnote marks glued)")
q("ho-nd-02",ND,"What 2022 bonus did Erik B. Nordstrom receive?",n(0,abs_tol=0.5),["Erik B. Nordstrom"],
  "'$—' in the 2022 Bonus column = zero; footnote 1: results 'yielded zero bonus payout for the Executives'")
q("ho-nd-03",ND,"What is the maximum percentage of the 2023 PSUs that can be earned?",n(150,"percent",abs_tol=0.01),["the maximum is 150%"],
  "prose: 'The minimum percentage of PSUs that can be earned ... is 75% and the maximum is 150%'")
q("ho-nd-04",ND,"How many stock options were granted to Peter E. Nordstrom in March 2023?",R,[],
  "refusal: 'The number of options actually granted to the Executives, once determined, will be reported in an amendment'; no count given")
q("ho-nd-05",ND,"Where are Nordstrom's principal executive offices?",t("1617 Sixth Avenue"),["1617 Sixth Avenue"],
  "cover: '1617 Sixth Avenue , Seattle , Washington 98101 (Address of principal executive offices)'")

# ---- 1-800-Flowers 8-K ----
q("ho-fl-01",FL,"How many votes were withheld for director nominee Leonard J. Elmore?",n(11873413,"count",0.0000001),["Leonard J. Elmore"],
  "Proposal 1 table 'Leonard J. Elmore | 277,367,302 | 11,873,413 | 3,936,780' (For, Withheld, Broker Non-Votes)")
q("ho-fl-02",FL,"How many votes favored holding the say-on-pay vote every three years?",n(275268419,"count",0.0000001),["275,268,419"],
  "Proposal 4 one-row table, headers '1 Year | 2 Years | 3 Years | Abstain' = 13,768,995 | 38,167 | 275,268,419 | 165,134; numeric-looking headers")
q("ho-fl-03",FL,"How many broker non-votes were recorded on the ratification of BDO USA?",n(0,"count",abs_tol=0.5),["292,485,982"],
  "Proposal 2 table: For 292,485,982 | Against 659,149 | Abstain 32,364 | Broker Non-Votes '-' = none = 0")
q("ho-fl-04",FL,"By how many votes did the votes for Dina Colombo exceed those for Celia R. Brown?",n(7699177,"count",0.0000001),["Dina Colombo","Celia R. Brown"],
  "For column: Dina Colombo 288,790,152 - Celia R. Brown 281,090,975 = 7,699,177")
q("ho-fl-05",FL,"Who is 1-800-FLOWERS.COM's chief financial officer?",t("William E. Shea"),["William E. Shea"],
  "signature: 'William E. Shea, Senior Vice President, Treasurer and Chief Financial Officer'")

# ---- AFC Gamma 8-K ----
q("ho-af-01",AF,"Who was appointed Chief Financial Officer and Treasurer of AFC Gamma in March 2023?",t("Brandon Hetzel"),["appointed Brandon Hetzel"],
  "'On March 17, 2023, the Company's Board of Directors (the \"Board\") appointed Brandon Hetzel as the Chief Financial Officer and Treasurer'; Brett Kaufman is the departing CFO")
q("ho-af-02",AF,"What annual base salary does Brandon Hetzel receive?",n(250000),["annual base salary of $250,000"],
  "'Mr. Hetzel will receive an annual base salary of $250,000'")
q("ho-af-03",AF,"What is Mr. Hetzel's target bonus for fiscal year 2024?",n(112500),["$75,000 and $112,500, respectively"],
  "'target bonuses for fiscal years 2023 and 2024 equal to $75,000 and $112,500, respectively' -> 2024 is the second: 112,500")
q("ho-af-04",AF,"What is the combined grant date fair value of the two restricted stock grants Mr. Hetzel is to receive in January 2024?",n(175000,rel=0.001),["$25,000 and $150,000"],
  "'two additional grants of restricted common stock in January 2024 with grant date fair values of $25,000 and $150,000' -> 175,000; not the January 2023 grant of $100,000")
q("ho-af-05",AF,"What was AFC Gamma's net income for fiscal 2022?",R,[],
  "refusal: Item 5.02/7.01 8-K about officer changes; no financial results")

# ---- Aames 8-K (fixed-width text tables) ----
q("ho-aa-01",AA,"What interest was distributed on class I-MF certificates?",n(3037432.62,rel=0.0001),["I-MF"],
  "REMIC I distributions table, row I-MF, INTEREST column 3,037,432.62 (PRINCIPAL 2,548,257.74, TOTAL 5,585,690.36)")
q("ho-aa-02",AA,"What is the current principal balance of class A-1F?",n(110180744.79,rel=0.0001),["A-1F"],
  "REMIC II distributions table, row A-1F, last column CURRENT PRINCIPAL BALANCE 110,180,744.79; prior balance 113,781,143.26; factor table's 930.580615 is per $1000")
q("ho-aa-03",AA,"How many loans in the fixed group were delinquent 3 or more payments?",n(2,"count",abs_tol=0.01),["NUMBER OF LOANS"],
  "DELINQUENT LOAN INFORMATION, Fixed Group, NUMBER OF LOANS, '3+ Payments' column = 2 (158/28/2, total 188); the TOTAL block's fixed group shows 24 (incl. foreclosure/bankruptcy)")
q("ho-aa-04",AA,"What were total prepayments and curtailments across both loan groups?",n(4249505.04,rel=0.0001),["PREPAYMENTS & CURTAILMENTS"],
  "collection account table, TOTAL column: 2,148,671.03 + 2,100,834.01 = 4,249,505.04")
q("ho-aa-05",AA,"What percentage of the pool's current principal balance is in the adjustable-rate group?",n(39.91,"percent",abs_tol=0.1),["CURRENT PRINCIPAL BALANCE OF POOL"],
  "POOL INFORMATION: ADJ GROUP 255,521,520.03 / Total 640,191,948.34 = 39.91 %")
q("ho-aa-06",AA,"How many loans in the adjustable group were paid in full?",n(21,"count",abs_tol=0.01),["NUMBER OF LOANS PAID IN FULL"],
  "POOL INFORMATION: NUMBER OF LOANS PAID IN FULL: 35 (fixed) | 21 (adj) | 56 (total)")
q("ho-aa-07",AA,"What is the CUSIP number of class I-1F?",R,[],
  "refusal: the REMIC I factor table has a CUSIP column but it is blank for every I- class; REMIC II classes (A-1F 00253CFD4, ...) have them")

# ---- ABVC 8-K (EX-99.1 prose + milestone table) ----
q("ho-ab-01",AB,"What were ABVC's total revenues in 2023?",n(152430,rel=0.001),["compared to $152,430 in 2023"],
  "EX-99.1: 'total revenues of $509,589 in 2024, representing a 234% increase compared to $152,430 in 2023'")
q("ho-ab-02",AB,"By how much did ABVC's total operating expenses fall from 2023 to 2024?",n(1410000,rel=0.01,sign_insensitive=True),["Total operating expenses were reduced to $5.21 million"],
  "'reduced to $5.21 million in 2024, down 21% from $6.62 million in 2023' -> 6.62 - 5.21 = 1.41 million (not the 21%)")
q("ho-ab-03",AB,"What was ABVC's stock-based compensation in 2024?",n(2770000),["stock-based compensation"],
  "'increased the use of stock-based compensation in 2024 to $2.77 million, compared to $0.19 million in 2023'")
q("ho-ab-04",AB,"How much cash has ABVC collected from ForSeeCon Eye Corporation?",n(296000,rel=0.001),["ForSeeCon Eye Corporation"],
  "milestone table row 'ForSeeCon Eye Corporation | Ophthalmology (Vitargus®) | $296,000 | $6,704,000' (Cash Collected, Remaining Milestone Potential)")
q("ho-ab-05",AB,"What was the net loss attributable to ABVC in 2024?",n(4900000,sign_insensitive=True),["Net loss attributable to ABVC"],
  "'Net loss attributable to ABVC narrowed from $7.79 million in 2023 to $4.90 million in 2024'")
q("ho-ab-06",AB,"Who is ABVC's chief executive officer?",t("Uttam Patil"),["Uttam Patil"],
  "'— Uttam Patil, Ph.D., Chief Executive Officer of ABVC'")
q("ho-ab-07",AB,"What were ABVC's revenues in the first quarter of 2025?",R,[],
  "refusal: the release covers fiscal 2024 (year ended December 31, 2024) and 2023 only")

# ---- Rephrasings over the golden filings ----
q("ho-rp-ig-01",IG,"What was ImmunoGen's top line in Q1 FY12?",n(2536000),["Total revenues"],
  "rephrases ig-dev-03/20: Total revenues 2,536 (three months ended Sept 30, 2011 = 1Q FY2012), cell split '2 ,536'; prose $2.5 million")
q("ho-rp-ig-02",IG,"What was opex in Q1 FY2012?",n(22002000),["Total operating expenses"],
  "Total operating expenses '22 ,002' (2011 column); prose 'Operating expenses for 1Q FY2012 were $22.0 million'")
q("ho-rp-ig-03",IG,"What was EPS in Q1 FY11?",n(-0.19,"USD/share",0.001,sign_insensitive=True),["Net loss per common share"],
  "1Q FY2011 = quarter ended Sept 30, 2010: Net loss per common share, basic and diluted (0.19); prose '$0.19 per basic and diluted share'")
q("ho-rp-ig-04",IG,"What was ImmunoGen's cash burn from operations in Q1 FY12?",n(11600000),["Cash used in operations"],
  "prose: 'Cash used in operations was $11.6 million in 1Q FY2012, compared with $15.3 million in 1Q FY2011'")
q("ho-rp-ig-05",IG,"How much did R&D spending grow YoY in the quarter ended September 30, 2011?",n(3736000,rel=0.02),["Research and development"],
  "17,161 - 13,425 = 3,736 thousand; the 2011 cell is damaged (',161'), 17,161 = 22,002 - 4,841; the prose's 17.2 - 13.4 = 3.8 million is inside rel_tol 0.02")
q("ho-rp-bk-01",BK,"What was Buckle's top line for the 39 weeks ended November 2, 2024?",n(838490000),["SALES, Net of returns and allowances"],
  "thirty-nine-week column 838,490 thousand; prose $838.5 million")
q("ho-rp-bk-02",BK,"What was Buckle's opex in Q3 FY2024?",n(85588000),["85,588"],
  "unlabeled total under OPERATING EXPENSES, thirteen-week column: 71,986 + 13,602 = 85,588 thousand")
q("ho-rp-bk-03",BK,"What fraction of Buckle's Q3 FY24 sales went to cost of sales?",n(52.29,"percent",abs_tol=0.15),["COST OF SALES","SALES, Net of returns and allowances"],
  "153,547 / 293,618 = 52.29 % (thirteen-week column)")
q("ho-rp-bk-04",BK,"What was Buckle's diluted EPS in Q3 FY23?",n(1.04,"USD/share",0.001),["Diluted"],
  "thirteen-week prior-year column (Oct 28, 2023): Diluted 1.04, basic 1.05; prose '$1.04 per share on a diluted basis'")
q("ho-rp-ap-01",AP,"How much did Apple's Services revenue grow YoY in the June 2024 quarter?",n(3000000000,rel=0.01),["Services"],
  "net sales Services 24,213 - 21,213 = 3,000 million (three-month columns); not cost of sales Services (6,296 / 6,248)")
q("ho-rp-ap-02",AP,"What was Apple's opex for the first nine months of fiscal 2024?",n(43179000000),["Total operating expenses"],
  "Total operating expenses nine-month column 43,179 million (three-month 14,326)")
q("ho-rp-ap-03",AP,"What was Apple's diluted EPS in Q3 FY23?",n(1.26,"USD/share",0.001),["Diluted"],
  "three months ended July 1, 2023: Diluted 1.26, basic 1.27")
q("ho-rp-ap-04",AP,"What fraction of Apple's Q3 FY24 revenue came from Products?",n(71.77,"percent",abs_tol=0.15),["Products","Total net sales"],
  "61,564 / 85,777 = 71.77 % (three months ended June 29, 2024)")
q("ho-rp-ap-05",AP,"What was Apple's top line in Q4 FY24?",R,[],
  "refusal: the 10-Q covers the third fiscal quarter (ended June 29, 2024); Q4 FY24 is not in it")

Q=[r for r in Q if r["id"] not in ['ho-aa-06', 'ho-ab-03', 'ho-nd-05', 'ho-o8-02', 'ho-oq-11', 'ho-af-02', 'ho-af-05']]
with open(__import__("pathlib").Path(__file__).with_name("heldout.jsonl"),"w") as f:
    for r in Q: f.write(json.dumps(r, ensure_ascii=False)+"\n")
print(len(Q), sum(1 for r in Q if r["id"].startswith("ho-rp")))
