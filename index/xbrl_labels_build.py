"""Generate index/xbrl_labels.json from edgartools' standardization data (run by hand, output committed).

    pip download edgartools==5.62.1 --no-deps -d /tmp/et
    python -m index.xbrl_labels_build /tmp/et/edgartools-5.62.1-py3-none-any.whl

Reads three files of `edgar/xbrl/standardization/` straight from the wheel (nothing is imported,
so none of edgartools' runtime dependencies are needed):
- `concept_mappings.json`: the curated standard concepts, each with the company concepts it
  gathers ('Research and Development Expense' <- us-gaap_ResearchAndDevelopmentExpense);
- `gaap_mappings.json`: ~2,900 us-gaap concepts learned from filings, each with its standard tag,
  display name, statement and section; entries edgartools marks ambiguous are left out;
- `display_names.json`: standard tag -> display name.
The output keeps, per us-gaap local name, the group (the curated standard name, else the learned
display name), the learned display name where it differs (`display`), statement and section.
"""

from __future__ import annotations

import json
import sys
import zipfile
from pathlib import Path

_PREFIX = "edgar/xbrl/standardization/"
OUT = Path(__file__).with_name("xbrl_labels.json")


def _reader(source: Path):
    if source.suffix == ".whl":
        z = zipfile.ZipFile(source)
        version = next((n.split("/")[0].removesuffix(".dist-info").split("-")[1] for n in z.namelist()
                        if n.endswith(".dist-info/METADATA")), "?")
        return (lambda name: json.loads(z.read(_PREFIX + name))), version
    root = source / _PREFIX if (source / _PREFIX).exists() else source
    return (lambda name: json.loads((root / name).read_text(encoding="utf-8"))), "?"


def build(source: Path) -> dict:
    read, version = _reader(source)
    curated = {k: v for k, v in read("concept_mappings.json").items() if not k.startswith("_") and isinstance(v, list)}
    learned = read("gaap_mappings.json")
    display = read("display_names.json")
    concepts: dict[str, dict] = {}
    for local, entry in sorted(learned.items()):
        if not isinstance(entry, dict) or entry.get("ambiguous"):
            continue
        tags = entry.get("standard_tags") or []
        group = entry.get("display_name") or (display.get(tags[0]) if tags else None)
        if not group:
            continue
        concepts[local] = {"group": group, "statement": entry.get("statement"), "section": entry.get("section")}
    # the curated mapping wins over the learned one where both speak
    for standard, members in curated.items():
        for qname in members:
            prefix, _, local = qname.partition("_")
            if prefix != "us-gaap" or not local:
                continue
            entry = concepts.setdefault(local, {"group": standard, "statement": None, "section": None})
            if entry["group"] != standard:
                entry["display"] = entry["group"]  # the learned name stays as an alias ('Capital Expenditures')
            entry["group"] = standard
    return {"source": f"edgartools {version} (MIT), edgar/xbrl/standardization", "concepts": concepts}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    data = build(Path(argv[0]))
    lines = [f"{json.dumps(k)}: {json.dumps(v, sort_keys=True)}" for k, v in sorted(data["concepts"].items())]
    OUT.write_text('{"source": ' + json.dumps(data["source"]) + ',\n"concepts": {\n' + ",\n".join(lines) + "\n}}\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(data['concepts'])} concepts from {data['source']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
