"""`filingqa index | filings | facts | remove`: the store from the command line.

Exit status of `index`: 0 when every file was indexed (or already was), 1 when any file failed
(the others are still indexed; each failure is one "error: <file>: <reason>" line on stderr),
2 for a usage error (e.g. no such path). See docs/INDEXING.md for the `facts --json` contract.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

DEFAULT_STORE_ENV = "FILINGQA_STORE"
from index.pipeline import BATCH_FILES  # noqa: E402,F401 - kept importable from here (index.bench)
FILING_SUFFIXES = {".txt", ".htm", ".html", ".xhtml", ".xml", ".sgml", ".nc"}


def default_store() -> str:
    return os.environ.get(DEFAULT_STORE_ENV) or "store"


def add_parser(subparsers: Any) -> None:
    store_help = f"store directory (default: ${DEFAULT_STORE_ENV} or ./store)"

    p = subparsers.add_parser("index", help="parse filings and add them to the store",
                              description="Parse filings (EDGAR text, HTML or full-submission .txt) and add them "
                                          "to the store. A directory adds the filing files directly inside it.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--store", default=None, help=store_help)
    p.add_argument("--max-bytes", type=int, default=None, help="refuse files larger than this (default: the parser's)")
    p.add_argument("--ray", nargs="?", const="", default=None, metavar="ADDRESS",
                   help="run the stages on Ray Data: local mode on this machine without ADDRESS, "
                        "else join that cluster (e.g. auto, ray://head:10001)")
    p.add_argument("--embed-actors", type=int, default=None, metavar="N",
                   help="with --ray: most embedding actors (default: 1 in local mode, half the cluster's CPUs)")
    p.set_defaults(func=run_index)

    p = subparsers.add_parser("filings", help="list the filings in the store")
    p.add_argument("--store", default=None, help=store_help)
    p.add_argument("--json", action="store_true", help="print a JSON list of filing metadata")
    p.set_defaults(func=run_filings)

    p = subparsers.add_parser("facts", help="show a filing's parsed tables and figures",
                              description="Show the parsed tables as a grid to check against the filing "
                                          "(values in base units, repaired cells marked *), then the prose figures. "
                                          "A path is parsed on the spot (nothing is stored); otherwise the argument "
                                          "is a filing id in the store.")
    p.add_argument("target", metavar="PATH_OR_FILING_ID")
    p.add_argument("--store", default=None, help=store_help)
    p.add_argument("--json", action="store_true", help="print the documented JSON contract (docs/INDEXING.md)")
    p.set_defaults(func=run_facts)

    p = subparsers.add_parser("remove", help="remove a filing (chunks, facts, vectors) from the store")
    p.add_argument("filing_id", metavar="FILING_ID")
    p.add_argument("--store", default=None, help=store_help)
    p.set_defaults(func=run_remove)


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr, flush=True)


def _open_store(path: str | None) -> Any:
    from index.store import Store, StoreError

    try:
        return Store(path or default_store())
    except StoreError as exc:
        _error(str(exc))
        return None


def _reason(exc: BaseException, path: Path) -> str:
    from index.pipeline import reason

    return reason(exc, path)


def expand_paths(paths: list[str]) -> tuple[list[Path], list[str]]:
    """Files to index (directories expand to their filing files, sorted) and missing paths."""
    files: list[Path] = []
    missing: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in FILING_SUFFIXES)
        elif path.exists():
            files.append(path)
        else:
            missing.append(raw)
    return files, missing


def run_index(args: argparse.Namespace) -> int:
    from index.pipeline import Progress, plan, run_local

    files, missing = expand_paths(args.paths)
    for raw in missing:
        _error(f"{raw}: no such file or directory")
    store = _open_store(args.store)
    if store is None:
        return 1
    todo, done = plan(store, files)
    progress = Progress(len(files))
    for outcome in done:
        progress.record(outcome)
    try:
        if args.ray is not None and todo:
            from index.ray_ingest import run_ray

            run_ray(store.path, todo, progress, address=args.ray or None, max_bytes=args.max_bytes,
                    embed_actors=args.embed_actors)
        else:
            run_local(store, todo, progress, max_bytes=args.max_bytes)
    finally:
        progress.close()
    if not files and not missing:
        _error("no filing files found in " + ", ".join(args.paths))
        return 1
    failed = len(missing) + progress.errors
    ok = len(progress.outcomes) - progress.errors
    return 1 if failed or not ok else 0


def run_filings(args: argparse.Namespace) -> int:
    store = _open_store(args.store)
    if store is None:
        return 1
    filings = store.filings()
    if args.json:
        _emit(json.dumps([f.model_dump(mode="json") for f in filings], indent=2))
        return 0
    if not filings:
        print(f"no filings in {store.path}")
        return 0
    rows = [("ID", "FORM", "COMPANY", "DATE", "PERIOD", "TABLES", "FACTS", "CHUNKS")]
    for f in filings:
        counts = store.counts(f.id) or {}
        period = " ".join(x for x in (f.fiscal_period, str(f.fiscal_year or "")) if x) or (f.period_end or "")
        rows.append((f.id, f.form_type or "", (f.company or "")[:40], f.date_of_report or "", period,
                     str(counts.get("tables", "")), str(counts.get("facts", "")), str(counts.get("chunks", ""))))
    _emit(_grid(rows))
    return 0


def run_remove(args: argparse.Namespace) -> int:
    store = _open_store(args.store)
    if store is None:
        return 1
    if not store.remove(args.filing_id):
        _error(f"{args.filing_id}: no such filing in {store.path}")
        return 1
    print(f"removed {args.filing_id}")
    return 0


def run_facts(args: argparse.Namespace) -> int:
    parsed = _load_for_facts(args.target, args.store)
    if parsed is None:
        return 1
    _emit(json.dumps(facts_contract(parsed), indent=2) if args.json else render_facts(parsed))
    return 0


def _emit(text: str) -> None:
    """Print, and stay quiet when the reader went away (`filingqa facts X | head`)."""
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _load_for_facts(target: str, store_dir: str | None) -> Any:
    path = Path(target)
    if path.is_file():
        from index.errors import FilingError
        from index.parse import parse_file

        try:
            return parse_file(path)
        except FilingError as exc:
            _error(f"{path}: {_reason(exc, path)}")
            return None
    store = _open_store(store_dir)
    if store is None:
        return None
    parsed = store.get(target)
    if parsed is None:
        _error(f"{target}: not a file, and no such filing in {store.path}")
    return parsed


# ------------------------------------------------------------------- the --json contract
def facts_contract(parsed: Any) -> dict[str, Any]:
    """The documented `filingqa facts --json` object (docs/INDEXING.md). Values: decimal strings."""

    def dec(value: Any) -> str | None:
        return None if value is None else format(value, "f")

    tables = []
    for t in parsed.tables:
        tables.append({
            "id": t.id,
            "title": t.title,
            "scale": t.scale,
            "columns": [{"label": c.label, "period": c.period} for c in t.columns],
            "rows": [{"label": r.label,
                      "cells": [{"raw": c.raw, "value": dec(c.value), "unit": c.unit, "repaired": c.repaired,
                                 "column": c.column} for c in r.cells]}
                     for r in t.rows],
        })
    facts = []
    for f in parsed.facts:
        source: dict[str, Any] = {"start": f.source.start, "end": f.source.end}
        for key in ("table_id", "row", "column"):
            if getattr(f.source, key) is not None:
                source[key] = getattr(f.source, key)
        item = {"label": f.label, "value": dec(f.value), "unit": f.unit, "period": f.period, "source": source,
                "repaired": f.repaired,
                # beyond the contract's required keys, useful for checking by hand:
                "id": f.id, "kind": f.kind, "as_printed": f.as_printed, "column_label": f.column_label}
        if f.low is not None or f.high is not None:
            item["low"], item["high"] = dec(f.low), dec(f.high)
        facts.append(item)
    return {
        "filing": parsed.filing.model_dump(mode="json"),
        "tables": tables,
        "facts": facts,
        "warnings": [w.model_dump(mode="json") for w in parsed.warnings],
    }


# ------------------------------------------------------------------- the human grid
def _grid(rows: list[tuple[str, ...]], right: set[int] | None = None) -> str:
    right = right or set()
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def _amount(value: Any) -> str:
    text = f"{value:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".") if "." in text else text
    return text


def render_facts(parsed: Any) -> str:
    """Every table as a grid of parsed values (base units; '*' = repaired), then prose figures."""
    f = parsed.filing
    out = [f"{f.id}  {f.form_type or ''}  {f.company or ''}  {f.date_of_report or ''}".rstrip(),
           f"tables={len(parsed.tables)} facts={len(parsed.facts)} repaired={parsed.repaired_count} "
           f"warnings={len(parsed.warnings)}", ""]
    for t in parsed.tables:
        out.append(f"[{t.id}] {t.title or '(untitled table)'}" + (f"  ({t.scale})" if t.scale else ""))
        header = ("",) + tuple(c.label for c in t.columns)
        rows = [header, ("",) + tuple(c.period or "" for c in t.columns)]
        for r in t.rows:
            values = [""] * len(t.columns)
            for c in r.cells:
                if c.column >= len(values):
                    values += [""] * (c.column + 1 - len(values))
                shown = _amount(c.value) if c.value is not None else c.raw
                if c.value is not None and c.unit and c.unit not in ("USD",):
                    shown += " " + {"USD/share": "$/sh", "percent": "%"}.get(c.unit, c.unit)
                values[c.column] = shown + ("*" if c.repaired else "")
            label = ("  " * r.indent) + r.label
            rows.append((label[:60],) + tuple(values) + ("",) * (len(header) - 1 - len(values)))
        width = max(len(r) for r in rows)
        rows = [r + ("",) * (width - len(r)) for r in rows]
        out.append(_grid(rows, right=set(range(1, width))))
        out.append("")
    prose = [x for x in parsed.facts if x.kind == "text"]
    if prose:
        out.append("Figures in the text:")
        for x in prose:
            value = (f"{_amount(x.low)}..{_amount(x.high)}" if x.low is not None and x.high is not None
                     else _amount(x.value))
            out.append(f"  {value} {x.unit}  {x.label}" + (f"  [{x.period}]" if x.period else "")
                       + f"  @{x.source.start}")
        out.append("")
    if parsed.warnings:
        out.append("Warnings:")
        out += [f"  {w.kind}: {w.message}" for w in parsed.warnings]
        out.append("")
    repaired = [c for t in parsed.tables for r in t.rows for c in r.cells if c.repaired]
    if repaired:
        out.append("* repaired from an accounting identity: " + "; ".join(
            f"{c.raw!r} -> {_amount(c.value)} ({c.repair_note})" if c.repair_note else f"{c.raw!r} -> {_amount(c.value)}"
            for c in repaired))
    return "\n".join(out).rstrip() + "\n"
