"""Held-out questions (evals/heldout/heldout.jsonl) through the evaluation harness, in process.

The golden files tune the answer module; these questions are over filings no golden file covers,
plus rephrasings of golden questions in other analyst wording, so the score says how well the
module generalizes. One real store (real MiniLM, FAISS on disk) is built once per session; the
floor sits slightly below what the code reached when the file was written, so it guards
regressions without demanding the known failures be fixed. Prints one line per turn.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HELDOUT = ROOT / "evals" / "heldout" / "heldout.jsonl"
# Right turns out of 56: 37 (66.1 %) at 13:05 UTC, 38 (67.9 %) at 13:30 UTC, 42 at 13:43 UTC,
# 53 (94.6 %, no answered item wrong) at 13:58 UTC after the answer-fix pass. Raise the floor when fixes land.
FLOOR = 51
REFUSAL_FLOOR = 5  # of the 6 refusal items, 6 were right at 13:58 UTC


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
    mark = "OK " if r["correct"] else "BAD"
    return (f"{mark} {r['id']}#{r['turn']} [{r['reason']}] got {r['predicted']} want {r['gold']['display']}"
            f" | {r['question'][:90]}")


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


@pytest.mark.slow
def test_heldout_floor(heldout_results):
    results, _ = heldout_results
    lines = [_line(r) for r in results]
    right = sum(bool(r["correct"]) for r in results)
    print(f"\nheld-out: {right}/{len(results)} turns right")
    print("\n".join(lines))
    assert not [r for r in results if r["error"]], "\n".join(lines)
    assert right >= FLOOR, f"held-out {right}/{len(results)} right, floor {FLOOR}\n" + "\n".join(lines)


@pytest.mark.slow
def test_heldout_refusals_and_citations(heldout_results):
    """Refusal items still refuse, and every citation quotes the filing text at its span."""
    results, backend = heldout_results
    refusals = [r for r in results if r["gold"]["type"] == "refuse"]
    assert sum(bool(r["correct"]) for r in refusals) >= REFUSAL_FLOOR, "\n".join(_line(r) for r in refusals)
    texts: dict[str, str] = {}
    for r in results:
        for c in (r["answer"] or {}).get("citations") or []:
            fid = c["filing_id"]
            if fid not in texts:
                texts[fid] = backend.store.get(fid).text
            assert texts[fid][c["start"]:c["end"]] == c["quote"], f"{r['id']}: citation {c['id']} off its span"
