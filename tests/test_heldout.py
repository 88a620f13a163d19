"""Held-out questions (evals/heldout/heldout.jsonl) through the evaluation harness, in process.

The golden files tune the answer module; these questions are over filings no golden file covers,
plus rephrasings of golden questions in other analyst wording, so the score says how well the
module generalizes. One real store (real MiniLM, FAISS on disk) is built once per session. Each
turn must be right except the named known misses, and none may be answered wrongly. Prints one
line per turn.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "evals" / "heldout" / "heldout.jsonl"
# Turns the answer module is known to miss, "<id>#<turn>" -> why. Every other turn must be right,
# a listed turn that turns right must leave the list, and no turn may be answered wrongly (status
# `answered` with a wrong value), listed or not. The lead updates this one dict.
KNOWN_MISSES: dict[str, str] = {
    "ho-o8-04#0": "refused: a percentage of votes cast (for / all votes) is not computed",
    "ho-nd-03#0": "refused: the maximum percentage of PSUs that can be earned is not found in the prose",
    "ho-aa-05#0": "refused: a group's share of the pool's principal balance is not computed",
    "ho-aa-03#0": "uncertain, the wrong row first: 'delinquent 3 or more payments' also names 'NUMBER OF LOANS PAID "
                  "IN FULL' since paid and payments are one word (qa/lexicon.py _FORMS); the right cell, under the "
                  "'3+ Payments' column, is not offered first",
}
# turns whose first candidate changes between trainings of the chooser: either outcome is accepted,
# neither is answered (test_heldout_no_turn_answered_wrongly still holds them)
NEAR_TIES: dict[str, str] = {
    "ho-fl-02#0": "uncertain at about 5 %: the '3 Years' column and the 'Abstain' column of the frequency vote are "
                  "near-tied at the bottom of the scale, and which comes first changes between trainings (the right "
                  "one is the first runner-up when it is not first)",
    "ho-oq-13#0": "uncertain at about 0.7: the growth of 'Cloud services' (asked) and of 'Total cloud services and "
                  "license support' are within 0.01-0.05 of each other, and which comes first changes between "
                  "trainings (the right one is the first runner-up when it is not first)",
    "ho-oq-12#0": "uncertain at about 0.64: the RPO amount ($99.1 billion) and the share of it expected within twelve "
                  "months (38 %) are quoted from the same sentence and scored within 0.002 of each other; which comes "
                  "first changes between trainings (the right one is the first runner-up when it is not first)",
}


@pytest.fixture(scope="session")
def heldout_results(tmp_path_factory, shared_dir, sample_path):
    """Run the held-out file once for the session through `evals.runner.run` over one store."""
    from evals.backends import LocalBackend
    from evals.runner import RunConfig, run

    out = tmp_path_factory.mktemp("heldout_run")
    config = RunConfig(dataset="golden", path=str(HELDOUT),
                       filings_dirs=[str(shared_dir / "filings"), str(sample_path.parent)],
                       out=str(out), progress=False)
    backend = LocalBackend(out / "store")
    results, _ = run(config, backend=backend)
    return results, backend


def _line(r: dict) -> str:
    mark = "OK " if _offered_right(r) else "BAD"
    return (f"{mark} {r['id']}#{r['turn']} [{r['reason']}] got {r['predicted']} want {r['gold']['display']}"
            f" | {r['question'][:90]}")


def _offered_right(r: dict) -> bool:
    """Right as answered, or right as the best candidate of an `uncertain` or `conflict` reply (the
    calibrated gate decides which status a right figure gets; no answered turn may be wrong, below)."""
    if r["gold"]["type"] == "refuse":
        return bool(r["correct"])
    return bool(r["correct"]) or (r["status"] in ("uncertain", "conflict") and bool(r.get("lenient")))


def test_heldout_file_is_well_formed():
    """Every row names a filing, has a question or conversation, a checked answer and a note."""
    rows = [json.loads(line) for line in HELDOUT.read_text().splitlines() if line.strip()]
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["filing"] and r.get("note"), r["id"]
        turns = r["conversation"] if "conversation" in r else [r]
        for t in turns:
            assert t["question"].strip() and t["answer"]["type"] in ("number", "range", "text", "refuse"), r["id"]
    assert sum(r["answer"]["type"] == "refuse" for r in rows if "answer" in r) >= 4


def _key(r: dict) -> str:
    return f"{r['id']}#{r['turn']}"


@pytest.mark.slow
def test_heldout_every_turn_right_but_the_known_misses(heldout_results):
    results, _ = heldout_results
    lines = [_line(r) for r in results]
    right = sum(_offered_right(r) for r in results)
    print(f"\nheld-out: {right}/{len(results)} turns right")
    print("\n".join(lines))
    assert not [r for r in results if r["error"]], "\n".join(lines)
    missed = {_key(r) for r in results if not _offered_right(r)}
    new = missed - set(KNOWN_MISSES) - set(NEAR_TIES)
    assert new == set(), "new misses:\n" + "\n".join(_line(r) for r in results if _key(r) in new)
    assert set(KNOWN_MISSES) - missed == set(), f"right now, remove from KNOWN_MISSES: {sorted(set(KNOWN_MISSES) - missed)}"


@pytest.mark.slow
def test_heldout_no_turn_answered_wrongly(heldout_results):
    results, _ = heldout_results
    wrong = [r for r in results if r["status"] == "answered" and not r["correct"] and r["gold"]["type"] != "refuse"]
    wrong += [r for r in results if r["gold"]["type"] == "refuse" and r["status"] == "answered"]
    assert wrong == [], "\n".join(_line(r) for r in wrong)


PROBES = [ROOT / "evals" / "heldout" / f"{name}.jsonl" for name in ("probe_10q", "probe_10q_2", "probe_10q_3")]


@pytest.mark.parametrize("probe", PROBES, ids=[p.stem for p in PROBES])
def test_probe_no_turn_answered_wrongly(heldout_results, shared_dir, sample_path, tmp_path, probe):
    """The analyst questions over the two 10-Qs (evals/heldout/README.md), on the same store: none
    answered wrongly. Their share right is reported, not held: several sit near the threshold."""
    from evals.runner import RunConfig, run

    _, backend = heldout_results
    config = RunConfig(dataset="golden", path=str(probe), filings_dirs=[str(shared_dir / "filings"), str(sample_path.parent)],
                       out=str(tmp_path), progress=False)
    results, _ = run(config, backend=backend)
    assert len(results) == len([line for line in probe.read_text().splitlines() if line.strip()])
    wrong = [r for r in results if r["status"] == "answered" and not r["correct"]]
    assert wrong == [], "\n".join(_line(r) for r in wrong)


@pytest.mark.slow
def test_heldout_refusals_and_citations(heldout_results):
    """Refusal items refuse (unless listed as known misses), and every citation quotes the filing text at its span."""
    results, backend = heldout_results
    refusals = [r for r in results if r["gold"]["type"] == "refuse" and _key(r) not in KNOWN_MISSES]
    assert all(r["correct"] for r in refusals), "\n".join(_line(r) for r in refusals)
    texts: dict[str, str] = {}
    for r in results:
        for c in (r["answer"] or {}).get("citations") or []:
            fid = c["filing_id"]
            if fid not in texts:
                texts[fid] = backend.store.get(fid).text
            assert texts[fid][c["start"]:c["end"]] == c["quote"], f"{r['id']}: citation {c['id']} off its span"
