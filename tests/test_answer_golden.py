"""The golden questions, end to end: parse, index into a real Store (real MiniLM, real FAISS on
disk), ask through the Answerer, and score like the golden README says.

Prints one line per question so a failing floor shows which answers moved.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from qa.models import Answer

# Golden cases the answer module is known to miss, "<id>#<turn>" -> why. Every other case must be
# right (value, status, a cited source holding the golden evidence); a known miss must still not be
# answered wrongly (no `answered` status), and one that turns right must leave this list. The lead
# updates this one dict when the answer layer changes.
KNOWN_MISSES: dict[str, str] = {
    "aq-dev-11#0": "right value; the segment ('Greater China') heads the table, outside the cited quote, row and column",
    "aq-dev-11#1": "as #0",
    "aq-dev-11#2": "as #0",
    "aq-dev-06#0": "right value, computed from gross margin / net sales instead of citing the stated 'Total gross margin percentage'",
}

# An answer is offered as `answered` when the chooser's calibrated confidence clears the threshold
# chosen for at most 5 % wrong answers on held-out pages, and as `uncertain` (the same best
# candidate, with its runners-up) below it. A golden case is right when the offered figure is right
# and cited; which of the two statuses it carries is the calibration's call, and the tests pin that
# no *answered* case is ever wrong (test_no_golden_case_is_answered_wrongly).
OFFERED = ("answered", "uncertain")

GOLDEN = {
    # file stem -> (filing path relative to the shared dir, floor of right answers)
    "immunogen_8k_2011-10-27": ("seed/immunogen_8k_2011-10-27.txt", 20),
    "buckle_8-k_2024-11-22_ex99-1": ("filings/buckle_8-k_2024-11-22_ex99-1.html", 13),
    "apple_10-q_2024-06-29": ("filings/apple_10-q_2024-06-29.html", 13),
}


# Other reference filings (votes tables, prose-only 8-Ks, fixed-width text, a press release with
# years for periods) and questions written for this test from their facts.jsonl entries.
OTHER_FILINGS = ["filings/1800flowers_8-k_2023-12-14.html", "filings/afcgamma_8-k_2023-03-17.html",
                 "filings/oracle_8-k_2024-11-14.html", "filings/abvc_8-k_2025-04-15.txt", "filings/aames_8-k_1998-12-31.txt"]
OTHER_QUESTIONS = [
    ("1800flowers_8-k_2023-12-14", "How many votes were cast for Celia R. Brown?", "281090975"),
    ("1800flowers_8-k_2023-12-14", "How many votes were withheld for Leonard J. Elmore?", "11873413"),
    ("afcgamma_8-k_2023-03-17", "What annual base salary will Mr. Hetzel receive?", "250000"),
    ("oracle_8-k_2024-11-14", "How many votes were withheld for Jeffrey S. Berg?", "463173719"),
    ("abvc_8-k_2025-04-15", "What were ABVC's total revenues in 2024?", "509589"),
    ("abvc_8-k_2025-04-15", "What is the total remaining milestone potential?", "18298000"),
    ("aames_8-k_1998-12-31", "What was the current number of loans in the ADJ group?", "2549"),
    ("aames_8-k_1998-12-31", "What was the pass-through rate of class A-2F?", "6.037"),
]


def _close(got: Decimal, want: Decimal, spec: dict) -> bool:
    if spec.get("sign_insensitive"):
        got, want = abs(got), abs(want)
    if "abs_tol" in spec:
        return abs(got - want) <= Decimal(str(spec["abs_tol"]))
    tol = Decimal(str(spec.get("rel_tol", 0.005)))
    return abs(got - want) <= tol * abs(want)


def check(ans: Answer, spec: dict, filing_text: str) -> tuple[bool, str]:
    """Is `ans` right for the golden `spec`? Returns (right, why not)."""
    for c in ans.citations:
        if filing_text[c.start:c.end] != c.quote:
            return False, f"citation {c.id} quote is not the filing text at its span"
    kind = spec["type"]
    if kind == "refuse":
        ok = ans.status == "not_found" and ans.value is None
        return ok, "" if ok else f"expected a refusal, got {ans.status}"
    if ans.status not in OFFERED:
        return False, f"status {ans.status}: {ans.reason}"
    if kind == "text":
        ok = any(s.lower() in ans.text.lower() for s in spec["any_of"]) and bool(ans.citations)
        return ok, "" if ok else "no expected string in the text"
    if not ans.verified or not all(f.verified for f in ans.figures):
        return False, "a figure is not verified"
    if any(f.citation is None for f in ans.figures) or not ans.citations:
        return False, "a figure is not cited"
    if ans.value is None:
        return False, "no value"
    if kind == "range":
        if ans.value.low is None or ans.value.high is None:
            return False, "not a range"
        ok = _close(Decimal(ans.value.low), Decimal(str(spec["low"])), spec) and _close(Decimal(ans.value.high), Decimal(str(spec["high"])), spec)
        return ok, "" if ok else "range differs"
    if ans.value.amount is None:
        return False, "no amount"
    ok = _close(Decimal(ans.value.amount), Decimal(str(spec["value"])), spec)
    if ok and spec.get("unit") and ans.value.unit != spec["unit"]:
        return False, f"unit {ans.value.unit} != {spec['unit']}"
    return ok, "" if ok else f"value {ans.value.amount} != {spec['value']}"


def cites_evidence(ans: Answer, spec: dict, evidence: list[str] | None) -> tuple[bool, str]:
    """The cited cell or sentence is the golden one: some citation (its quote, row or column)
    holds one of the golden `evidence` strings. Refusals and cases without evidence pass."""
    if not evidence or spec["type"] == "refuse":
        return True, ""
    cited = " ".join(" ".join(filter(None, (c.quote, c.row, c.column))) for c in ans.citations).lower()
    cited = " ".join(cited.split())
    ok = any(" ".join(e.lower().split()) in cited for e in evidence)
    return ok, "" if ok else f"no citation holds any of {evidence}"


def golden_cases(shared: Path) -> list[tuple[str, dict]]:
    """(file stem, case) for every golden case; read at collection so each case is its own test."""
    out = []
    for stem in GOLDEN:
        path = shared / "golden" / f"{stem}.jsonl"
        if path.exists():
            out += [(stem, json.loads(line)) for line in path.read_text().splitlines() if line.strip()]
    return out


def run_golden(answerer, golden_path: Path, filing_id: str, filing_text: str) -> tuple[int, int, list[str]]:
    """Ask every golden question (conversations turn by turn); count right answers."""
    from qa.conversation import Turn

    right = total = 0
    lines = []
    for line in golden_path.read_text().splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        turns = [{"question": g["question"], "answer": g["answer"]}] if "question" in g else g["conversation"]
        history: list[Turn] = []
        for i, t in enumerate(turns):
            ans = answerer.ask(t["question"], filing_id=filing_id, history=history)
            ok, why = check(ans, t["answer"], filing_text)
            history.append(Turn(question=t["question"], answer=ans))
            right += ok
            total += 1
            value = ans.value.model_dump(exclude_none=True) if ans.value else None
            lines.append(f"{'OK ' if ok else 'BAD'} {g['id']}#{i} {ans.status} {value} {why} | {ans.text[:160]}")
    return right, total, lines


@pytest.fixture(scope="session")
def golden_answerer(tmp_path_factory, shared_dir):
    """One real store with the three golden filings (real model, FAISS on disk) for the session."""
    from index.parse import parse_file
    from index.store import Store
    from qa.answer import Answerer

    store = Store(tmp_path_factory.mktemp("golden_store"))
    ids = {}
    for stem, (rel, _) in GOLDEN.items():
        parsed = parse_file(shared_dir / rel)
        store.add(parsed)
        ids[stem] = parsed.filing.id
    for rel in OTHER_FILINGS:
        parsed = parse_file(shared_dir / rel)
        store.add(parsed)
        ids[Path(rel).stem] = parsed.filing.id
    return Answerer(store), store, ids


from conftest import SHARED  # noqa: E402

_CASES = golden_cases(SHARED)


@pytest.mark.parametrize("stem, case", _CASES, ids=[c["id"] for _, c in _CASES])
def test_golden_case(golden_answerer, stem, case):
    """One golden case (every turn of a conversation): exact value within its tolerance, status,
    verified figures, citations that quote the filing and hold the golden evidence."""
    from qa.conversation import Turn

    answerer, store, ids = golden_answerer
    fid = ids[stem]
    text = store.get(fid).text
    turns = [{"question": case["question"], "answer": case["answer"], "evidence": case.get("evidence")}] \
        if "question" in case else case["conversation"]
    history: list = []
    failures = []
    for i, t in enumerate(turns):
        ans = answerer.ask(t["question"], filing_id=fid, history=history)
        history.append(Turn(question=t["question"], answer=ans))
        right_value, why = check(ans, t["answer"], text)
        ok = right_value
        if ok:
            ok, why = cites_evidence(ans, t["answer"], t.get("evidence") or case.get("evidence"))
        key = f"{case['id']}#{i}"
        ANSWERED[key] = (ans.status == "answered", right_value)
        if key in KNOWN_MISSES:
            assert not ok, f"{key} is right now: remove it from KNOWN_MISSES"
            # zero wrong among answered: a known miss may refuse or cite elsewhere, never state a wrong value
            assert ans.status != "answered" or right_value, f"{key}: answered wrongly ({why}): {ans.text[:200]}"
        elif not ok:
            failures.append(f"{key} {ans.status}: {why} | {t['question']} -> {ans.text[:200]}")
    assert not failures, "\n".join(failures)


ANSWERED: dict[str, tuple[bool, bool]] = {}  # case -> (status answered, value right), filled by test_golden_case


def test_no_golden_case_is_answered_wrongly(golden_answerer):
    """Zero wrong among answered over every golden turn (asked here again if the per-case tests did not run)."""
    from qa.conversation import Turn

    answerer, store, ids = golden_answerer
    wrong = []
    for stem, case in _CASES:
        fid, text = ids[stem], store.get(ids[stem]).text
        turns = [{"question": case["question"], "answer": case["answer"]}] if "question" in case else case["conversation"]
        history: list = []
        for i, t in enumerate(turns):
            ans = answerer.ask(t["question"], filing_id=fid, history=history)
            history.append(Turn(question=t["question"], answer=ans))
            right, why = check(ans, t["answer"], text)
            if ans.status == "answered" and not right:
                wrong.append(f"{case['id']}#{i}: {why} | {ans.text[:160]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.slow
@pytest.mark.parametrize("stem", list(GOLDEN))
def test_golden_floor(golden_answerer, shared_dir, stem):
    answerer, store, ids = golden_answerer
    _, floor = GOLDEN[stem]
    fid = ids[stem]
    right, total, lines = run_golden(answerer, shared_dir / "golden" / f"{stem}.jsonl", fid, store.get(fid).text)
    print(f"\n{stem}: {right}/{total}")
    print("\n".join(lines))
    assert right >= floor, f"{stem}: {right}/{total} right, floor {floor}\n" + "\n".join(lines)


def test_refusals_and_conversation_on_sample(golden_answerer):
    """The sample's two refusals refuse, and its conversation resolves both follow-ups."""
    from qa.conversation import Turn

    answerer, _, ids = golden_answerer
    fid = ids["immunogen_8k_2011-10-27"]
    for question in ("What were ImmunoGen's revenues in the second quarter of fiscal 2012?",
                     "What dividend per share did ImmunoGen declare this quarter?"):
        ans = answerer.ask(question, filing_id=fid)
        assert ans.status == "not_found" and ans.value is None, ans
        assert ans.reason
    history = []
    values = []
    for q in ("What were total revenues in the quarter ended September 30, 2011?", "And in the same quarter a year earlier?",
              "What is the difference between the two?"):
        ans = answerer.ask(q, filing_id=fid, history=history)
        history.append(Turn(question=q, answer=ans))
        values.append(ans.value.amount if ans.value else None)
    assert values == ["2536000", "3411000", "-875000"]
    assert history[-1].answer.program[-1].op == "subtract"


@pytest.mark.slow
def test_other_reference_filings(golden_answerer):
    """Lookups on filings no golden file covers: a floor, and every answer verified and cited."""
    answerer, store, ids = golden_answerer
    right, lines = 0, []
    for stem, question, want in OTHER_QUESTIONS:
        ans = answerer.ask(question, filing_id=ids[stem])
        ok = ans.status in OFFERED and ans.verified and ans.value is not None and ans.value.amount == want
        text = store.get(ids[stem]).text
        assert all(text[c.start:c.end] == c.quote for c in ans.citations)
        right += ok
        lines.append(f"{'OK ' if ok else 'BAD'} {stem}: {question} -> {ans.value.amount if ans.value else None} ({want})")
    print("\n".join(lines))
    assert right >= 7, "\n".join(lines)


@pytest.mark.slow
def test_generalizing_fixes_on_other_filings(golden_answerer):
    """Wording the golden files do not use: verbs left in the item, counts written two ways, a
    fiscal year on a filing without a fiscal calendar, figures paired by 'respectively', who-questions."""
    answerer, store, ids = golden_answerer
    cases = [
        ("aames_8-k_1998-12-31", "What principal was distributed on class I-MF certificates?", "2548257.74"),
        ("1800flowers_8-k_2023-12-14", "How many votes favored holding the say-on-pay vote every two years?", "38167"),
        ("afcgamma_8-k_2023-03-17", "What is Mr. Hetzel's target bonus for fiscal year 2023?", "75000"),
    ]
    for stem, question, want in cases:
        ans = answerer.ask(question, filing_id=ids[stem])
        assert ans.status in OFFERED and ans.verified and ans.value.amount == want, (question, ans.text)
    # one figure is not a sum: "combined" over a lone figure refuses rather than returning it
    lone = answerer.ask("How much is the combined annual base salary Mr. Hetzel will receive?", filing_id=ids["afcgamma_8-k_2023-03-17"])
    assert lone.status == "not_found" and lone.value is None, lone.text
    who = answerer.ask("Who is the chief financial officer of 1-800-FLOWERS.COM?", filing_id=ids["1800flowers_8-k_2023-12-14"])
    assert who.status in OFFERED and who.text.split("best candidate: ")[-1].startswith("William E. Shea:"), who.text
    # a vote count has no period: the answer names the column, not "the twelve months ended ..."
    votes = answerer.ask("How many broker non-votes were there on the ratification of BDO USA?", filing_id=ids["1800flowers_8-k_2023-12-14"])
    assert votes.value is not None and votes.value.amount == "0" and "months ended" not in votes.text, votes.text


@pytest.mark.parametrize("text,name", [
    ("William E. Shea Senior Vice President, Treasurer and Chief Financial Officer", "William E. Shea"),
    ("On March 17, 2023, the Board appointed Brandon Hetzel as the Chief Financial Officer", "Brandon Hetzel"),
    ("commented Daniel Junius, President and CEO.", "Daniel Junius"),
    ("Senior Vice President and Chief Financial Officer", None),
])
def test_person_name_skips_titles_and_dates(text, name):
    from qa.answer import person_name

    assert person_name(text) == name
