"""Precision of arithmetic on earlier answers (qa/qtypes/on_previous.py, and qa/answer.py
`combine_previous` for "the change between them") over ConvFinQA conversations,
on the pages split as qa/train_chooser.py splits them.

    python -m evals.conversation_types [--side dev|val] [--data ../shared/data] [-v]

Each conversation is asked turn by turn of its own page (parsed into a MemoryStore: the oracle
setting of qa/train_chooser.py), with the answers given so far as its history. For every turn the
type answers, the harness's scoring (evals/scoring.py `score`) judges its figure whatever its status,
and the turn is counted apart by whether every earlier scored turn was right: the type's own
precision is measured on those (a wrong earlier answer makes any later step wrong), and its
confidence is that precision times the earlier answers' confidences. Develop on the dev side; the
val side is for reporting only.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--side", choices=("dev", "val"), default="dev")
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "data"))
    ap.add_argument("-v", action="store_true", help="print the turns it got wrong after right earlier turns")
    args = ap.parse_args(argv)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from evals.adapters import load
    from evals.scoring import score
    from index.parse import parse_bytes
    from qa.answer import Answerer
    from qa.conversation import Turn
    from qa.memory_store import MemoryStore
    from qa.train_chooser import _page_side

    def right(answer, turn) -> bool:
        judged = answer.model_copy(update={"status": "answered"}).model_dump(mode="json")
        return bool(score(judged, turn.gold, turn.question).correct)

    counts: Counter = Counter()
    for item in load("convfinqa", Path(args.data) / "convfinqa_dev.json"):
        page = item.documents[0]
        if _page_side(page.name) != args.side:
            continue
        store = MemoryStore()
        answerer = Answerer(store)
        fid = store.add(parse_bytes(page.data(), page.name))
        history: list = []
        for t, turn in enumerate(item.turns):
            answer = answerer.ask(turn.question, fid, history)
            kind = _kind(answer)
            if kind and turn.gold.type != "unscored" and answer.value is not None:
                earlier_right = all(right(h.answer, g) for h, g in zip(history, item.turns[:t]) if g.gold.type != "unscored")
                ok = right(answer, turn)
                counts[(kind, "earlier right" if earlier_right else "earlier wrong", ok)] += 1
                counts[(kind, "status", answer.status)] += 1
                if args.v and earlier_right and not ok:
                    print(f"{item.id}#{t}: {turn.question} | gold {turn.gold.value} | {answer.text[:160]}")
            history.append(Turn(question=turn.question, answer=answer))
    for kind in KINDS:
        for group in ("earlier right", "earlier wrong"):
            n_right, n_wrong = counts[(kind, group, True)], counts[(kind, group, False)]
            n = n_right + n_wrong
            print(f"{args.side} {kind:16s} {group:14s} claimed {n:4d}  right {n_right:4d}  precision {n_right / n if n else 0:.3f}")
        print(f"{args.side} {kind:16s} statuses: " + ", ".join(f"{k[2]} {v}" for k, v in sorted(counts.items())
                                                                 if k[0] == kind and k[1] == "status"))
    return 0


KINDS = ("on_previous", "combine_previous")


def _kind(answer) -> str | None:
    """Which arithmetic on earlier answers gave this answer: qa/qtypes/on_previous.py ("what is that
    less 1?"), or the solver's combination of the last two answers ("what is the change between
    them?": qa/answer.py `combine_previous`); None for an answer read from the filing."""
    plan = answer.plan or {}
    if plan.get("qtype") == "on_previous":
        return "on_previous"
    if plan.get("operation") == "previous" and answer.program:
        return "combine_previous"
    return None


if __name__ == "__main__":
    raise SystemExit(main())
