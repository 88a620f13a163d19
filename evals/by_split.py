"""A harness run's figures on each side of the chooser's page split (qa/train_chooser.py `_page_side`):
the validation pages are those `make train` judges the chooser on, never fitting it there.

    python -m evals.by_split --dataset tatqa --results OUT/results.jsonl [--path DATASET_FILE]

Per side: scored turns, right (strict), answered, wrong among answered, lenient. The shipped model is
refitted on all pages afterwards, so even the validation side is not fully unseen by it; the chooser
table of docs/BENCHMARKS.md (`make train`) is the strictly held-out figure.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    from evals.adapters import DEFAULT_PATHS, load
    from qa.train_chooser import _page_side

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dataset", required=True, choices=("tatqa", "finqa", "convfinqa"))
    ap.add_argument("--results", required=True, help="results.jsonl of `python -m evals run`")
    ap.add_argument("--path", default=None, help="the dataset file the run read (default: the copy in ../shared)")
    args = ap.parse_args(argv)
    path = Path(args.path) if args.path else DEFAULT_PATHS[args.dataset]
    side = {item.id: _page_side(item.documents[0].name) for item in load(args.dataset, path)}
    rows = [json.loads(line) for line in Path(args.results).read_text().splitlines() if line.strip()]
    for name in ("dev", "val"):
        scored = [r for r in rows if side.get(r["id"]) == name and r.get("correct") is not None]
        if not scored:
            continue
        answered = [r for r in scored if r["status"] == "answered"]
        right = sum(bool(r["correct"]) for r in scored)
        wrong = sum(1 for r in answered if not r["correct"])
        lenient = sum(bool(r["lenient"]) for r in scored)
        print(f"{args.dataset} {name} pages: {len(scored)} turns, right {right} ({right / len(scored):.1%}), "
              f"answered {len(answered)}, wrong among answered {wrong} ({wrong / max(1, len(answered)):.1%}), "
              f"lenient {lenient / len(scored):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
