"""`filingqa ask "QUESTION" [--store DIR] [--filing ID] [--json]`: one question from the shell.

Prints the answer with numbered citations ([1] filing, table, row, column, quote) and the
program that computed it; `--json` prints the Answer object the HTTP API returns. Exit status:
0 answered, 1 not found or unverified (the answer still explains why), 2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

DEFAULT_STORE_ENV = "FILINGQA_STORE"


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser("ask", help="ask a question; the answer cites and verifies every figure",
                              description="Answer a question from the filings in the store. Every figure is cited "
                                          "to its table cell or sentence and checked against the parsed facts.")
    p.add_argument("question", metavar="QUESTION")
    p.add_argument("--store", default=None, help=f"store directory (default: ${DEFAULT_STORE_ENV} or ./store)")
    p.add_argument("--filing", default=None, metavar="ID", help="answer from this filing (default: the best match)")
    p.add_argument("--json", action="store_true", help="print the Answer JSON (the HTTP API's response body)")
    p.set_defaults(func=run)


def render(answer) -> str:
    """A readable answer: status, text, headline value, program and numbered citations."""
    lines = []
    if answer.status != "answered":
        lines.append(f"[{answer.status}] {answer.text}")
        if answer.reason and answer.reason != answer.text:
            lines.append(f"reason: {answer.reason}")
    else:
        lines.append(answer.text)
    if answer.value is not None:
        v = answer.value
        shown = v.amount if v.amount is not None else f"{v.low} to {v.high}"
        lines.append(f"value: {shown} {v.unit}   in filing: {'yes' if answer.in_filing else 'no'}   "
                     f"fits question: {'yes' if answer.fits_question else 'no'}"
                     + (f"   confidence: {answer.confidence:.2f}" if answer.confidence is not None else ""))
    if answer.definition:
        lines.append(f"definition: {answer.definition}")
    if answer.program:
        lines.append("program:")
        for i, step in enumerate(answer.program):
            lines.append(f"  #{i} {step.op}({', '.join(step.args)}) = {step.result}")
    if answer.citations:
        lines.append("sources:" if answer.status == "answered" else "closest evidence:")
        for c in answer.citations:
            where = [c.filing_id]
            if c.table_id:
                where += [f"table {c.table_id.rsplit('/', 1)[-1]}", f"row “{c.row}”"]
                if c.column:
                    where.append(f"column “{c.column}”")
            where.append(f"chars {c.start}-{c.end}")
            quote = " ".join(c.quote.split())
            if len(quote) > 300:
                quote = quote[:297] + "..."
            lines.append(f"  [{c.id}] {', '.join(where)}")
            lines.append(f"      “{quote}”")
    if answer.alternatives:
        lines.append("other candidates:")
        for alt in answer.alternatives:
            conf = f" (confidence {alt.confidence:.2f})" if alt.confidence is not None else ""
            lines.append(f"  - {alt.text}{conf}")
            for c in alt.citations[:2]:
                lines.append(f"      “{' '.join(c.quote.split())[:200]}”")
    return "\n".join(lines)


# exit codes: 0 answered; 1 not found or unverified; 3 uncertain or conflict (a figure is offered, not vouched for)
EXIT_CODES = {"answered": 0, "not_found": 1, "unverified": 1, "uncertain": 3, "conflict": 3}


def run(args: argparse.Namespace) -> int:
    from index.store import Store
    from qa.answer import Answerer

    path = Path(args.store or os.environ.get(DEFAULT_STORE_ENV) or "store")
    if not path.exists():
        print(f"error: store {path} does not exist; add filings with `filingqa index FILE --store {path}`", file=sys.stderr)
        return 2
    try:
        store = Store(path)
    except Exception as exc:  # a broken store is a one-line error at the edge, not a traceback
        print(f"error: cannot open store {path}: {exc}", file=sys.stderr)
        return 2
    if args.filing and store.get(args.filing) is None:
        known = ", ".join(f.id for f in store.filings()) or "none"
        print(f"error: no filing {args.filing!r} in {path} (filings: {known})", file=sys.stderr)
        return 2
    answer = Answerer(store).ask(args.question, filing_id=args.filing)
    try:
        print(answer.model_dump_json(indent=2) if args.json else render(answer))
        sys.stdout.flush()
    except BrokenPipeError:  # `filingqa ask ... | head`: the reader left; not an error worth a traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_CODES[answer.status]
