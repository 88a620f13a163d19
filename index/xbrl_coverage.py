"""How many of the numbers a filer tags (inline XBRL) the parser finds, as printed.

    python -m index.xbrl_coverage                      # every .htm/.html in ../shared/filings
    python -m index.xbrl_coverage FILE... [--misses]   # named filings; list what was missed

A tag counts when it is printed (not hidden) and not nil. A table tag (in a value cell of a data
table) is found when the parsed cell holding its text has a value showing the tag's number (sign
aside: filers' tags and prints disagree on signs; a percent cell shows a 'pure' tag x 100). A prose
tag (sentences, row labels, the cover) is found when a parsed prose figure over its span shows it.
For found table tags it also counts the cells whose unit is the tag's (USD, USD/share, shares;
'pure' as percent or ratio).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from index.models import ParsedFiling, XbrlFact
from index.parse import parse_file
from index.xbrl import shows_value

DEFAULT_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "filings"


@dataclass
class Coverage:
    name: str
    table_found: int = 0
    table_total: int = 0
    prose_found: int = 0
    prose_total: int = 0
    prose_reader: int = 0  # found by the text reader alone, not through the tag
    table_unit_agree: int = 0  # found table cells whose unit is the tag's
    unit_misses: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def rate(found: int, total: int) -> float:
        return found / total if total else 1.0


def _cell_value(parsed: ParsedFiling, tag: XbrlFact):
    src = tag.source
    table = next((t for t in parsed.tables if t.id == src.table_id), None)
    if table is None or src.row is None or src.row >= len(table.rows):
        return None
    cell = next((c for c in table.rows[src.row].cells if c.column == src.column), None)
    return cell


_UNIT_OF_TAG = {"USD": {"USD"}, "USD/share": {"USD/share"}, "shares": {"shares"}, "pure": {"percent", "ratio"}}


def unit_agrees(cell_unit: str | None, tag_unit: str | None) -> bool:
    """Our cell unit matches the tag's (a 'pure' tag is a percent or a ratio; other tag units,
    such as a count of stores, are counts)."""
    return cell_unit in _UNIT_OF_TAG.get(tag_unit or "", {"count"})


def coverage(parsed: ParsedFiling) -> Coverage:
    cov = Coverage(parsed.filing.id)
    for tag in parsed.xbrl:
        if tag.value is None or tag.start is None:
            continue
        where = f"{tag.concept} {tag.context} {tag.as_printed!r}"
        context = parsed.text[max(0, tag.start - 60):tag.end + 20].replace("\n", " | ").replace("\t", " ; ")
        if tag.kind == "table":
            cov.table_total += 1
            cell = _cell_value(parsed, tag) if tag.source else None
            if cell is not None and shows_value(cell.value, cell.unit, tag):
                cov.table_found += 1
                if unit_agrees(cell.unit, tag.unit):
                    cov.table_unit_agree += 1
                else:
                    cov.unit_misses.append(f"unit {where}: cell {cell.unit}, tag {tag.unit} :: {context}")
            else:
                got = f"parsed {cell.raw!r} -> {cell.value} {cell.unit}" if cell is not None else "no cell"
                cov.misses.append(f"table {where}: {got} :: {context}")
        else:
            cov.prose_total += 1
            if tag.source is not None:
                cov.prose_found += 1
                cov.prose_reader += tag.source.start != tag.start or not any(
                    f.id == f"{parsed.filing.id}/x{tag.start}" for f in parsed.facts)
            else:
                cov.misses.append(f"prose {where}: no figure :: {context}")
    return cov


def main(argv: list[str]) -> int:
    show = "--misses" in argv
    paths = [Path(a) for a in argv if not a.startswith("--")]
    if not paths:
        paths = sorted(p for p in DEFAULT_DIR.iterdir() if p.suffix.lower() in (".htm", ".html"))
    totals = Coverage("all")
    for path in paths:
        parsed = parse_file(path)
        if not parsed.xbrl:
            continue
        cov = coverage(parsed)
        for k in ("table_found", "table_total", "prose_found", "prose_total", "prose_reader", "table_unit_agree"):
            setattr(totals, k, getattr(totals, k) + getattr(cov, k))
        print(f"{path.name}: tables {cov.table_found}/{cov.table_total} ({Coverage.rate(cov.table_found, cov.table_total):.3f})"
              f"  prose {cov.prose_found}/{cov.prose_total} ({Coverage.rate(cov.prose_found, cov.prose_total):.3f};"
              f" text reader alone {cov.prose_reader})  table units as tagged {cov.table_unit_agree}/{cov.table_found}")
        if show:
            for line in cov.misses + cov.unit_misses:
                print("  miss " + line)
    print(f"all: tables {totals.table_found}/{totals.table_total} ({Coverage.rate(totals.table_found, totals.table_total):.3f})"
          f"  prose {totals.prose_found}/{totals.prose_total} ({Coverage.rate(totals.prose_found, totals.prose_total):.3f};"
          f" text reader alone {totals.prose_reader} ({Coverage.rate(totals.prose_reader, totals.prose_total):.3f}))"
          f"  table units as tagged {totals.table_unit_agree}/{totals.table_found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
