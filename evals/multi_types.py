"""Precision and recall of the self-answering types for several figures, counts and lists of line items
(qa/qtypes/respective.py, qa/qtypes/count.py, qa/qtypes/components.py), of cumulative returns
(qa/qtypes/cumulative_return.py) and of the part with the largest or smallest figure (qa/qtypes/which_member.py), on the benchmark pages split as qa/train_chooser.py splits them.

    python -m evals.multi_types [--side dev|val|both] [--data ../shared/data] [--datasets tatqa,finqa,finqa_train,convfinqa] [-v]

Each benchmark question a type recognises is asked of its own page (parsed into a MemoryStore, no
vectors: the oracle setting of qa/train_chooser.py); the harness's scoring (evals/scoring.py `score`)
judges the answer's figures whatever its status (`lenient`), so precision is the share of the type's
figure answers (answered or uncertain) that are right. Per type and side it prints: questions of the
benchmark's own kind (TAT-QA multi-span with numbers / count), claimed (recognised), answered by the
type (it returned figures), right, wrong, precision and recall (right over the benchmark's kind).
Develop on the dev side; the val side is for reporting only (the types' `precision` is the dev figure).
ConvFinQA is asked first turns only (later turns depend on the conversation). The `in_words` row counts
questions asked in words (qa/data/text_cues.toml) and how often the free-text type's quote is right.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

TYPES = ("respective", "count", "components", "cumulative_return", "which_member")
KIND = {"respective": lambda turn: turn.qtype == "multi-span" and turn.gold.type == "numbers",
        "count": lambda turn: turn.qtype == "count",
        "components": lambda turn: turn.qtype == "count" or (turn.qtype == "multi-span" and turn.gold.type == "text"),
        "in_words": lambda turn: turn.gold.type == "text",
        "cumulative_return": lambda turn: False,  # no benchmark kind of its own: precision only
        "which_member": lambda turn: turn.qtype == "span"}


class _InWords:
    """Questions asked in words (qa/data/text_cues.toml): how many the free-text type answers, how many right."""

    name, answered_by = "in_words", "text"

    def recognise(self, question: str, plan) -> bool:
        from qa.text_cues import asks_in_words

        return asks_in_words(question)
FILES = {"tatqa": "tatqa_dev.json", "finqa": "finqa_dev.json", "finqa_train": "finqa_train_sample.json",
         "convfinqa": "convfinqa_dev.json"}
LOADER = {"finqa_train": "finqa"}  # the train sample is read as FinQA


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent.parent / "shared" / "data"))
    ap.add_argument("--side", choices=("dev", "val", "both"), default="dev")
    ap.add_argument("--datasets", default="tatqa")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every claimed question with its verdict")
    args = ap.parse_args(argv)
    data = Path(args.data) if Path(args.data).exists() else Path("/work/shared/data")

    from evals.adapters import load
    from evals.scoring import score
    from index.parse import parse_bytes
    from qa.answer import Answerer
    from qa.memory_store import MemoryStore
    from qa.plan import plan_from_query
    from qa.qtypes.registry import question_types
    from qa.question import parse_question
    from qa.train_chooser import _page_side

    types = {t.name: t for t in question_types() if t.name in TYPES}
    types["in_words"] = _InWords()
    sides = ("dev", "val") if args.side == "both" else (args.side,)
    counts: dict[tuple, Counter] = defaultdict(Counter)
    for dataset in args.datasets.split(","):
        items = load(LOADER.get(dataset, dataset), data / FILES[dataset])
        store, answerer, parsed = MemoryStore(), None, {}
        answerer = Answerer(store)
        for item in items:
            side = _page_side(item.documents[0].name)
            if side not in sides:
                continue
            turns = item.turns[:1] if dataset == "convfinqa" else item.turns
            for turn in turns:
                if turn.gold.type == "unscored":
                    continue
                plan = plan_from_query(turn.question, parse_question(turn.question))
                for name, qtype in types.items():
                    key = (dataset, side, name)
                    kind = KIND[name](turn) if dataset == "tatqa" else False
                    counts[key]["kind"] += kind
                    if not qtype.recognise(turn.question, plan):
                        continue
                    counts[key]["claimed"] += 1
                    doc = item.documents[0]
                    try:
                        fid = parsed.get(doc.name) or parsed.setdefault(doc.name, store.add(parse_bytes(doc.data(), doc.name)))
                        ans = answerer.ask(turn.question, fid)
                    except Exception as exc:  # a page the parser rejects counts as not answered
                        print(f"  {item.id}: {type(exc).__name__}: {exc}"[:160], file=sys.stderr)
                        continue
                    by_type = (ans.plan or {}).get("qtype") == getattr(qtype, "answered_by", name)
                    answered = by_type and ans.status in ("answered", "uncertain")
                    verdict = "-"
                    if answered:
                        s = score(ans.model_dump(mode="json"), turn.gold, turn.question)
                        counts[key]["answered"] += 1
                        counts[key]["answered_status"] += ans.status == "answered"
                        counts[key]["right_answered"] += bool(s.lenient) and ans.status == "answered"
                        counts[key]["right_kind_answered"] += bool(s.lenient) and kind and ans.status == "answered"
                        counts[key]["right"] += bool(s.lenient)
                        counts[key]["right_kind"] += bool(s.lenient) and kind
                        counts[key]["wrong"] += not s.lenient
                        verdict = "RIGHT" if s.lenient else "WRONG"
                    elif by_type:
                        counts[key]["not_found"] += 1
                        verdict = "refused"
                    if args.verbose:
                        seen = getattr(qtype, "last", None) if by_type else None
                        if hasattr(qtype, "last"):
                            qtype.last = None
                        print(f"[{side} {name} {verdict}] {seen or ''} {turn.question} | gold {turn.gold.display} | {ans.status}: {ans.text[:220]}")
    print("figures: answers with figures (answered + uncertain); vouched: status answered; refused: the type's not_found")
    print(f"{'dataset':10} {'side':4} {'type':11} {'kind':>5} {'claimed':>8} {'figures':>8} {'right':>6} {'wrong':>6} "
          f"{'refused':>8} | {'vouched':>8} {'right':>6} {'wrong':>6} {'precision':>9} {'recall':>7} | "
          f"{'uncertain':>9} {'right':>6} {'precision':>9}")
    for (dataset, side, name), c in sorted(counts.items()):
        vouched, v_right = c["answered_status"], c["right_answered"]
        unsure, u_right = c["answered"] - vouched, c["right"] - v_right
        prec = f"{v_right / vouched:.3f}" if vouched else "-"
        rec = f"{c['right_kind_answered'] / c['kind']:.3f}" if c["kind"] else "-"
        u_prec = f"{u_right / unsure:.3f}" if unsure else "-"
        print(f"{dataset:10} {side:4} {name:11} {c['kind']:5} {c['claimed']:8} {c['answered']:8} {c['right']:6} {c['wrong']:6} "
              f"{c['not_found']:8} | {vouched:8} {v_right:6} {vouched - v_right:6} {prec:>9} {rec:>7} | {unsure:9} {u_right:6} {u_prec:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
