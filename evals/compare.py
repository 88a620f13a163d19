"""`python -m evals compare A/ B/`: what got better and worse between two runs.

Turns are matched by (id, turn). Only turns scored in both runs are compared, so a run on a
sample compares cleanly with the matching part of a full run.
"""

from __future__ import annotations

import json
from pathlib import Path


class CompareError(ValueError):
    """A run directory without the files a comparison needs."""


def load_run(directory: str | Path) -> tuple[dict, list[dict]]:
    directory = Path(directory)
    report_path, results_path = directory / "report.json", directory / "results.jsonl"
    for p in (report_path, results_path):
        if not p.is_file():
            raise CompareError(f"{p}: not found (is {directory} an evals run directory?)")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    results = [json.loads(line) for line in results_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return report, results


def diff(a: list[dict], b: list[dict]) -> dict:
    """Turns that went wrong -> right (better) and right -> wrong (worse), and per-type accuracy on shared turns."""
    left = {(r["id"], r["turn"]): r for r in a if r.get("correct") is not None}
    right = {(r["id"], r["turn"]): r for r in b if r.get("correct") is not None}
    shared = sorted(set(left) & set(right), key=lambda k: (str(k[0]), k[1]))
    better = [right[k] for k in shared if not left[k]["correct"] and right[k]["correct"]]
    worse = [right[k] | {"before": left[k].get("predicted")} for k in shared if left[k]["correct"] and not right[k]["correct"]]
    by_type: dict[str, list[int]] = {}
    for k in shared:
        row = by_type.setdefault(left[k].get("qtype") or "unknown", [0, 0, 0])
        row[0] += 1
        row[1] += bool(left[k]["correct"])
        row[2] += bool(right[k]["correct"])
    types: dict[str, list[str]] = {}
    for k in shared:
        types.setdefault(left[k].get("qtype") or "unknown", []).append(k)
    return {
        "shared": len(shared),
        "accuracy_a": sum(left[k]["correct"] for k in shared) / len(shared) if shared else None,
        "accuracy_b": sum(right[k]["correct"] for k in shared) / len(shared) if shared else None,
        "wrong_answered_a": _wrong_among_answered([left[k] for k in shared]),
        "wrong_answered_b": _wrong_among_answered([right[k] for k in shared]),
        "better": better,
        "worse": worse,
        "by_type": {t: {"n": n, "a": ca / n, "b": cb / n,
                        "wrong_a": _wrong_among_answered([left[k] for k in types[t]])[0],
                        "wrong_b": _wrong_among_answered([right[k] for k in types[t]])[0]}
                    for t, (n, ca, cb) in sorted(by_type.items())},
        "only_a": len(set(left) - set(right)),
        "only_b": len(set(right) - set(left)),
    }


def _wrong_among_answered(rows: list[dict]) -> tuple[float | None, int, int]:
    """(share wrong, wrong, answered) among the rows whose status is `answered`."""
    answered = [r for r in rows if r.get("status") == "answered"]
    wrong = sum(1 for r in answered if not r["correct"])
    return (wrong / len(answered) if answered else None), wrong, len(answered)


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}%"


def _headline(name: str, report: dict) -> str:
    m = report.get("metrics") or {}
    line = (f"{name}: {report.get('dataset')} {report.get('setting')} accuracy {_pct(report.get('accuracy'))} "
            f"(n={report.get('n')}), wrong among answered {_pct((m.get('verification') or {}).get('answered_wrong_rate'))}")
    conf = m.get("confidence") or {}
    if conf.get("aurc") is not None:
        line += f", AURC {conf['aurc']:.4f}, ECE {conf['calibration']['ece']:.4f}"
    official = m.get("official")
    if official:
        line += f", official EM {_pct(official['em'])} / F1 {_pct(official['f1'])}"
    return line


def render(report_a: dict, report_b: dict, d: dict, show: int = 20) -> str:
    lines = [
        _headline("A", report_a),
        _headline("B", report_b),
        f"on the {d['shared']} turns scored in both: {_pct(d['accuracy_a'])} -> {_pct(d['accuracy_b'])} "
        f"({len(d['better'])} better, {len(d['worse'])} worse; {d['only_a']} only in A, {d['only_b']} only in B)",
        f"wrong among answered on those turns: {_pct(d['wrong_answered_a'][0])} ({d['wrong_answered_a'][1]} of "
        f"{d['wrong_answered_a'][2]}) -> {_pct(d['wrong_answered_b'][0])} ({d['wrong_answered_b'][1]} of "
        f"{d['wrong_answered_b'][2]})",
        "",
        "by question type (shared turns): accuracy, then wrong among answered",
    ]
    for qtype, row in d["by_type"].items():
        delta = 100 * (row["b"] - row["a"])
        lines.append(f"  {qtype:<32} n={row['n']:<5} {_pct(row['a']):>7} -> {_pct(row['b']):>7}  ({delta:+.1f} pts)"
                     f"   wrong {_pct(row['wrong_a']):>7} -> {_pct(row['wrong_b']):>7}")
    for title, rows in (("better", d["better"]), ("worse", d["worse"])):
        lines += ["", f"{title} ({len(rows)}):"]
        for r in rows[:show]:
            lines.append(f"  {r['id']}#{r['turn']} [{r.get('qtype')}] {r['question'][:80]}")
            note = f"was {r['before']}, now " if title == "worse" else "now "
            lines.append(f"      {note}{r.get('predicted')} ({r.get('reason')}); gold {r['gold'].get('display')}")
        if len(rows) > show:
            lines.append(f"  ... {len(rows) - show} more")
    return "\n".join(lines)


def compare(dir_a: str | Path, dir_b: str | Path) -> str:
    report_a, results_a = load_run(dir_a)
    report_b, results_b = load_run(dir_b)
    return render(report_a, report_b, diff(results_a, results_b))
