"""Benchmarks in, `EvalItem`s out: one adapter per dataset, each a pure function of its file.

An item carries the documents to index, the turns with their gold answers and question types,
and gold evidence (strings a passage must contain) for retrieval and citation metrics.
The open setting indexes the union of every item's documents, so adapters load whole splits.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

from evals import pages
from evals.models import Document, EvalItem, EvalTurn, Evidence, Gold
from evals.programs import ProgramError, run_program
from evals.scoring import numbers_in, parse_number

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
DEFAULT_PATHS = {
    "golden": SHARED / "golden" / "immunogen_8k_2011-10-27.jsonl",
    "finqa": SHARED / "data" / "finqa_dev.json",
    "tatqa": SHARED / "data" / "tatqa_dev.json",
    "convfinqa": SHARED / "data" / "convfinqa_dev.json",
    "financebench": SHARED / "data" / "financebench_open_source.jsonl",
}
DEFAULT_FILINGS_DIRS = [SHARED / "seed", SHARED / "filings"]
# FinQA-style gold values are floats rounded to 5 decimals: allow half a unit in that place
_FLOAT_GOLD_ABS_TOL = Decimal("0.00005")
_SCALE_WORDS = {"thousand", "million", "billion"}
_YEAR = re.compile(r"(19|20)\d\d")


class DatasetError(ValueError):
    """A dataset file that is missing or not in the expected format (a one-line message)."""


def dataset_hash(path: str | Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load(dataset: str, path: str | Path | None = None, filings_dirs: list[str | Path] | None = None) -> list[EvalItem]:
    """All items of a dataset file. `filings_dirs` only matters for `golden`."""
    if dataset not in DEFAULT_PATHS:
        raise DatasetError(f"unknown dataset {dataset!r}; choose one of {', '.join(DEFAULT_PATHS)}")
    path = Path(path) if path else DEFAULT_PATHS[dataset]
    if not path.is_file():
        raise DatasetError(f"{path}: dataset file not found")
    if dataset == "golden":
        return golden(path, filings_dirs or DEFAULT_FILINGS_DIRS)
    return {"finqa": finqa, "tatqa": tatqa, "convfinqa": convfinqa, "financebench": financebench}[dataset](path)


def _read_json(path: Path) -> list:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DatasetError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return rows


def _dec(value: object) -> Decimal:
    return Decimal(str(value))


# --- golden -------------------------------------------------------------------------------

def _golden_gold(answer: dict) -> Gold:
    kind = answer.get("type")
    tolerances = {}
    if "rel_tol" in answer or "abs_tol" in answer:
        tolerances = {"rel_tol": float(answer.get("rel_tol", 0)), "abs_tol": _dec(answer.get("abs_tol", 0))}
    common = {"unit": answer.get("unit"), "sign_insensitive": bool(answer.get("sign_insensitive")), **tolerances}
    if kind == "number":
        return Gold(type="number", value=_dec(answer["value"]), display=str(answer["value"]), **common)
    if kind == "range":
        return Gold(type="range", low=_dec(answer["low"]), high=_dec(answer["high"]),
                    display=f"{answer['low']}..{answer['high']}", **common)
    if kind == "text":
        return Gold(type="text", any_of=list(answer.get("any_of", [])), display=" | ".join(answer.get("any_of", [])))
    if kind == "refuse":
        return Gold(type="refuse", display="refuse")
    raise DatasetError(f"unknown golden answer type {kind!r}")


def _find_filing(filing: str, dirs: list[str | Path]) -> Path:
    for d in dirs:
        for candidate in sorted(Path(d).glob(f"{filing}.*")):
            if candidate.is_file() and candidate.stem == filing and candidate.suffix.lower() != ".jsonl":
                return candidate
    raise DatasetError(f"filing {filing!r} not found in {', '.join(str(d) for d in dirs)}")


def golden(path: Path, filings_dirs: list[str | Path]) -> list[EvalItem]:
    items = []
    for row in _read_jsonl(path):
        filing = _find_filing(row["filing"], filings_dirs)
        document = Document(name=filing.name, path=str(filing))
        evidence = [Evidence(all_of=[e]) for e in row.get("evidence", [])]
        if "conversation" in row:
            turns = [EvalTurn(question=t["question"], gold=_golden_gold(t["answer"]), qtype="conversation",
                              evidence=evidence) for t in row["conversation"]]
        else:
            gold = _golden_gold(row["answer"])
            turns = [EvalTurn(question=row["question"], gold=gold, qtype=gold.type, evidence=evidence)]
        items.append(EvalItem(id=row["id"], documents=[document], turns=turns))
    return items


# --- FinQA ---------------------------------------------------------------------------------

def _clean_label(label: str) -> str:
    label = re.sub(r"<[^>]+>", "", label)
    label = re.sub(r"\(\s*\w{1,2}\s*\)\s*$", "", label.strip())  # footnote markers like (1) or (a)
    return re.sub(r"\s+", " ", label).strip(" :")


def _row_evidence(row: list[str]) -> Evidence | None:
    """A table row as evidence: its label and its first number, as printed."""
    cells = [re.sub(r"<[^>]+>", "", str(c)).strip() for c in row]
    label = _clean_label(cells[0]) if cells else ""
    value = next((c for c in cells[1:] if re.search(r"\d", c)), "")
    parts = [p for p in (label, value) if p]
    return Evidence(all_of=parts) if parts else None


def _benchmark_number(value: object, **extra) -> Gold:
    """A FinQA-style gold float: table units, percentages possibly as fractions."""
    return Gold(type="number", value=_dec(value), abs_tol=_FLOAT_GOLD_ABS_TOL, scale_free=True,
                percent_ambiguous=True, display=str(value), **extra)


def _yes_no(value: str) -> Gold:
    return Gold(type="yesno", yes=value.strip().lower() == "yes", display=value)


def finqa_qtype(program: str) -> str:
    ops = re.findall(r"([a-z_]+)\(", program or "")
    if not ops:
        return "lookup"
    return ops[0] if len(ops) == 1 else "multi-step"


def finqa_item(record: dict) -> EvalItem:
    qa = record["qa"]
    answer = qa.get("exe_ans")
    gold = _yes_no(answer) if isinstance(answer, str) else _benchmark_number(answer)
    table = record.get("table_ori") or record.get("table") or []
    sentences = list(record.get("pre_text", [])) + list(record.get("post_text", []))
    evidence = []
    for key in (qa.get("gold_inds") or {}):
        kind, _, index = key.partition("_")
        if not index.isdigit():
            continue
        i = int(index)
        if kind == "table" and i < len(table):
            row = _row_evidence(table[i])
            if row:
                evidence.append(row)
        elif kind == "text" and i < len(sentences):
            evidence.append(Evidence(all_of=[sentences[i].strip()]))
    turn = EvalTurn(question=qa["question"], gold=gold, qtype=finqa_qtype(qa.get("program", "")), evidence=evidence)
    return EvalItem(id=record["id"], documents=[pages.finqa_page(record)], turns=[turn])


def finqa(path: Path) -> list[EvalItem]:
    return [finqa_item(r) for r in _read_json(path)]


# --- TAT-QA --------------------------------------------------------------------------------

def _half_unit(value: Decimal) -> Decimal:
    """Half a unit in the last printed place: the rounding a gold number may carry."""
    exponent = value.as_tuple().exponent
    return Decimal(5).scaleb(exponent - 1) if isinstance(exponent, int) else Decimal(0)


def _tatqa_number(value: Decimal, scale: str, display: str) -> Gold:
    unit = "percent" if scale == "percent" or "%" in display else None
    return Gold(type="number", value=value, unit=unit, abs_tol=_half_unit(value), scale_free=unit is None,
                display=display)


def _is_number_span(text: str) -> bool:
    return parse_number(text) is not None and not _YEAR.fullmatch(text.strip())


def tatqa_gold(question: dict) -> Gold:
    answer, scale, kind = question["answer"], question.get("scale", ""), question["answer_type"]
    if kind in ("arithmetic", "count") and not isinstance(answer, list):
        return _tatqa_number(_dec(answer), scale, str(answer))
    spans = [str(a) for a in (answer if isinstance(answer, list) else [answer]) if str(a).strip()]
    display = " | ".join(spans)
    if spans and all(_is_number_span(s) for s in spans):
        values = [parse_number(s) for s in spans]
        if len(values) == 1:
            return _tatqa_number(values[0], scale, spans[0])
        return Gold(type="numbers", values=values, abs_tol=max(_half_unit(v) for v in values),
                    unit="percent" if scale == "percent" else None, scale_free=scale != "percent", display=display)
    if len(spans) > 1:
        return Gold(type="text", all_of=spans, display=display)
    return Gold(type="text", any_of=spans, display=display)


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text).lower())


def _tatqa_table_evidence(table: list[list[str]], question: dict) -> list[Evidence]:
    answer = question["answer"]
    wanted = [str(a) for a in (answer if isinstance(answer, list) else [answer])]
    wanted += re.findall(r"\d[\d,]*(?:\.\d+)?", question.get("derivation") or "")
    targets = {_squash(w) for w in wanted if _squash(w)}
    out = []
    for row in table[1:]:
        for cell in row[1:]:
            if _squash(cell) and _squash(cell) in targets:
                parts = [p for p in (_clean_label(str(row[0])), str(cell).strip()) if p]
                out.append(Evidence(all_of=parts))
                break
        if len(out) >= 3:
            break
    return out


def tatqa(path: Path) -> list[EvalItem]:
    items = []
    for context in _read_json(path):
        document = pages.tatqa_page(context)
        by_order = {str(p.get("order")): p["text"] for p in context.get("paragraphs", [])}
        for q in sorted(context.get("questions", []), key=lambda q: q.get("order", 0)):
            evidence = [Evidence(all_of=[by_order[str(o)]]) for o in q.get("rel_paragraphs", []) if str(o) in by_order]
            if "table" in (q.get("answer_from") or ""):
                evidence += _tatqa_table_evidence(context["table"]["table"], q)
            official = {"benchmark": "tatqa", "answer": q["answer"], "answer_type": q["answer_type"],
                        "scale": q.get("scale") or "", "answer_from": q.get("answer_from") or ""}
            turn = EvalTurn(question=q["question"], gold=tatqa_gold(q), qtype=q["answer_type"], evidence=evidence,
                            benchmark_gold=official)
            items.append(EvalItem(id=q["uid"], documents=[document], turns=[turn]))
    return items


# --- ConvFinQA -----------------------------------------------------------------------------

def convfinqa_gold(program: str, final_answer: object | None) -> Gold:
    """The last turn's gold is the dataset's answer; earlier turns run their gold program."""
    if final_answer is not None:
        return _yes_no(final_answer) if isinstance(final_answer, str) else _benchmark_number(final_answer)
    try:
        value = run_program(program)
    except ProgramError as exc:
        return Gold(type="unscored", display=f"program not runnable: {exc}")
    return _yes_no(value) if isinstance(value, str) else _benchmark_number(value)


def convfinqa(path: Path) -> list[EvalItem]:
    items = []
    for record in _read_json(path):
        kind = "type2" if record["id"].startswith("Double") else "type1"
        evidence = []
        for line in (record.get("golden_table") or "").splitlines()[1:]:
            row = _row_evidence([c.strip() for c in line.split(" | ")])
            if row:
                evidence.append(row)
        for sentence in re.split(r"(?<= \.) ", record.get("golden_text") or ""):
            if re.search(r"[a-z0-9]", sentence):
                evidence.append(Evidence(all_of=[sentence.strip()]))
        questions, programs = record["questions"], record["programs"]
        turns = []
        for i, question in enumerate(questions):
            last = i == len(questions) - 1
            program = programs[i] if i < len(programs) else ""
            gold = convfinqa_gold(program, record["answer"] if last else None)
            turns.append(EvalTurn(question=question, gold=gold, qtype=f"{kind}/{'first' if i == 0 else 'follow-up'}",
                                  evidence=evidence))
        items.append(EvalItem(id=record["id"], documents=[pages.convfinqa_page(record)], turns=turns))
    return items


# --- FinanceBench --------------------------------------------------------------------------

def financebench_gold(answer: str) -> Gold:
    """Numeric if the answer is one number with at most three words around it; yes/no if it says so."""
    text = (answer or "").strip()
    if re.match(r"^(yes|no)\b", text, re.IGNORECASE):
        return Gold(type="yesno", yes=text.lower().startswith("yes"), display=text)
    found = numbers_in(text)
    if len(found) == 1:
        value, unit, (start, end) = found[0]
        rest = re.findall(r"[A-Za-z]+", text[:start] + " " + text[end:])
        if len(rest) <= 3 and not re.search(r"\d", text[:start] + text[end:]):
            is_percent = unit == "percent"
            return Gold(type="number", value=value, unit="percent" if is_percent else None, rel_tol=0.01,
                        abs_tol=_half_unit(value) if value.as_tuple().exponent < 0 else Decimal(0),
                        scale_free=not is_percent, percent_ambiguous=True, display=text)
    return Gold(type="unscored", display=text[:300])


def financebench(path: Path) -> list[EvalItem]:
    items = []
    for row in _read_jsonl(path):
        seen, documents = set(), []
        for e in row.get("evidence", []):
            key = (e.get("doc_name"), e.get("evidence_page_num"))
            if key not in seen:
                seen.add(key)
                documents.append(pages.financebench_page(e))
        gold = financebench_gold(row.get("answer", ""))
        kind = {"number": "numeric", "yesno": "yes/no"}.get(gold.type, "text (unscored)")
        evidence = [Evidence(all_of=[e["evidence_text"].strip()]) for e in row.get("evidence", []) if e.get("evidence_text", "").strip()]
        turn = EvalTurn(question=row["question"], gold=gold, qtype=f"{kind}/{row.get('question_type') or 'unknown'}",
                        evidence=evidence)
        items.append(EvalItem(id=row["financebench_id"], documents=documents, turns=[turn]))
    return items
