"""Write a run to disk: report.json (machine), report.md (a person), PNG plots, results.jsonl.

report.json carries the headline `accuracy` (0..1, strict: only `answered` answers can be
right) and `n` (scored turns) at its top level, so a dashboard or CI needs no schema knowledge;
everything else sits under `metrics`. Accuracy is recomputable from results.jsonl alone.
"""

from __future__ import annotations

import json
import platform
import subprocess
from importlib import metadata
from pathlib import Path

from evals import calibration
from evals.metrics import compute

_PACKAGES = ("filingqa", "torch", "sentence-transformers", "faiss-cpu", "numpy", "pydantic", "bm25s", "httpx")


def versions() -> dict:
    out = {"python": platform.python_version(), "platform": platform.platform()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    try:
        repo = Path(__file__).resolve().parent.parent
        out["git_commit"] = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True,
                                           timeout=5).stdout.strip() or None
        # uncommitted changes in the product code mean the commit alone does not name what ran
        out["git_dirty"] = bool(subprocess.run(["git", "status", "--porcelain", "--", "index", "qa", "api", "evals"],
                                               cwd=repo, capture_output=True, text=True, timeout=5).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        out["git_commit"] = out["git_dirty"] = None
    return out


def _fmt(value, digits: int = 3) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def _pct(value) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _status_line(m: dict) -> str:
    parts = []
    for status, row in m.get("by_status", {}).items():
        extra = f", headline right {row['value_right']}" if row["scored"] and status != "not_found" else ""
        if row.get("alternative_right"):
            extra += f", right among alternatives {row['alternative_right']}"
        parts.append(f"{status} {row['turns']}{extra}")
    return "; ".join(parts)


def _confidence_section(m: dict) -> list[str]:
    c = m.get("confidence")
    if not c or not c["n"]:
        return []
    lines = ["", "## Confidence: risk-coverage", ""]
    if c["imputed"]:
        lines += [f"Confidence missing on {c['imputed']} of {c['candidates']} answers with a headline (older "
                  "answer contract): `answered` read as 1.0, every other status as 0.0, so the curve only "
                  "separates `answered` from the rest.", ""]
    lines += [
        f"Over {c['n']} scored turns; {c['candidates']} have a headline answer (any status but `not_found`). "
        "At threshold t the service answers those with confidence >= t: coverage = answered / scored turns, "
        "risk = wrong among answered, accuracy = right answers (and right refusals) / scored turns.",
        "",
        f"- **AURC {_fmt(c['aurc'], 4)}** (lower is better; optimal for these answers {_fmt(c['aurc_optimal'], 4)}, "
        f"no ranking {_fmt(c['aurc_random'], 4)}, E-AURC {_fmt(c['eaurc'], 4)}; coverage reaches {_pct(c['max_coverage'])})",
    ]
    for t in c["targets"]:
        where = "no threshold" if t["threshold"] is None else f"threshold {t['threshold']:.3f}"
        lines.append(f"- risk <= {t['max_risk']:.0%}: {where}, coverage {_pct(t['coverage'])}, "
                     f"accuracy {_pct(t['accuracy'])} ({t['answered']} answered; chosen on these same turns)")
    lines += ["", "| threshold | answered | coverage | accuracy | wrong among answered |", "|---:|---:|---:|---:|---:|"]
    for row in c["risk_coverage"]:
        lines.append(f"| {row['threshold']:.2f} | {row['answered']} | {_pct(row['coverage'])} | {_pct(row['accuracy'])} | "
                     f"{_pct(row['risk'])} ({row['wrong']}) |")
    cal = c["calibration"]
    lines += ["", "## Confidence: calibration", "",
              f"{cal['n']} answers with a headline; **ECE {_fmt(cal['ece'], 4)}**, MCE {_fmt(cal['mce'], 4)}, "
              f"Brier {_fmt(cal['brier'], 4)}.", "",
              "| confidence | count | mean confidence | share right |", "|---|---:|---:|---:|"]
    for row in cal["bins"]:
        closing = "]" if row["high"] == 1.0 else ")"
        lines.append(f"| [{row['low']:.1f}, {row['high']:.1f}{closing} | {row['count']} | "
                     f"{_fmt(row['mean_confidence'])} | {_pct(row['share_right'])} |")
    return lines


def _official_section(m: dict) -> list[str]:
    o = m.get("official")
    if not o:
        return []
    lines = ["", f"## {o['benchmark'] or 'benchmark'}: official EM / F1 beside the harness", "",
             "TAT-QA's own metric (Zhu et al. 2021, reimplemented in `evals/tatqa_official.py`): EM and "
             "bag-of-words F1 after its number, scale and text normalization. *answered*: only `answered` "
             "answers are submitted (the rest count as empty); *every headline*: every answer but a refusal "
             "is submitted, like a model that always answers (TagOp's setting).", "",
             f"- **EM {_pct(o['em'])} / F1 {_pct(o['f1'])}** (answered); every headline: EM {_pct(o['em_any'])} / "
             f"F1 {_pct(o['f1_any'])}; harness accuracy on the same turns {_pct(o['harness_accuracy'])}, "
             f"lenient {_pct(o['harness_lenient'])}",
             f"- per turn, harness (strict) against official EM: both right {o['agreement']['both']}, harness only "
             f"{o['agreement']['harness_only']}, official only {o['agreement']['official_only']}, neither "
             f"{o['agreement']['neither']}; {o.get('scale_missed', 0)} `answered` amounts miss EM only by "
             "scale (the number as printed in a table stated in thousands or millions, returned without "
             "that scale: right for the harness, wrong for the official EM). The harness accepts a number within tolerance at any table scale and a "
             "text span contained in the answer; the official EM needs the number at its scale rounded to 2 "
             "decimals, and the span as the whole answer.", "",
             "| answer type | turns | EM | F1 | EM, every headline | F1, every headline | harness accuracy | harness lenient |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for kind, row in list(o["by_type"].items()) + [(f"from {k}", v) for k, v in o.get("by_source", {}).items()]:
        lines.append(f"| {kind} | {row['turns']} | {_pct(row['em'])} | {_pct(row['f1'])} | {_pct(row['em_any'])} | "
                     f"{_pct(row['f1_any'])} | {_pct(row['harness_accuracy'])} | {_pct(row['harness_lenient'])} |")
    return lines


def _subset_section(report: dict, m: dict) -> list[str]:
    if report.get("dataset") != "financebench":
        return []
    s = m["numeric_yesno"]
    return ["", "## FinanceBench: numeric and yes/no questions", "",
            f"- **accuracy {_pct(s['accuracy'])}** over {s['n']} numeric and yes/no questions; wrong among `answered` "
            f"{_pct(s['answered_wrong_rate'])} ({s['answered_wrong']} of {s['answered']}). "
            "Issue 11's bar: >= 40 % with <= 10 % of answered wrong."]


def markdown(report: dict) -> str:
    m = report["metrics"]
    lines = [
        f"# Evaluation: {report['dataset']} ({report['setting']}, {report['mode']})",
        "",
        f"`{report['command']}`",
        "",
        f"- **accuracy {_pct(report['accuracy'])}** over {report['n']} scored turns "
        f"({m['turns']} turns, {report['items']} of {report['items_in_split']} items); "
        f"**wrong among `answered` {_pct(m['verification']['answered_wrong_rate'])}** "
        f"({m['verification']['answered_wrong']} of {m['verification']['answered']})",
        f"- lenient accuracy (the headline value right whatever the status: `uncertain`, `conflict`, `unverified` "
        f"count too): {_pct(m['lenient_accuracy'])}",
        f"- answers by status: {_status_line(m)}; "
        f"by method: {', '.join(f'{k} {v}' for k, v in sorted(m.get('method', {}).items()))}",
        f"- all figures verified in {_pct(m['verification']['verification_rate'])} of `answered`",
    ]
    c = m.get("confidence")
    if c and c["n"]:
        lines.append(f"- confidence: AURC {_fmt(c['aurc'], 4)}, ECE {_fmt(c['calibration']['ece'], 4)}"
                     + (f" (confidence missing on {c['imputed']} answers: answered read as 1.0, others 0.0)"
                        if c["imputed"] else ""))
    o = m.get("official")
    if o:
        lines.append(f"- {o['benchmark']} official: EM {_pct(o['em'])}, F1 {_pct(o['f1'])} (answered); "
                     f"EM {_pct(o['em_any'])}, F1 {_pct(o['f1_any'])} (every headline)")
    lines += [
        f"- refusals: precision {_pct(m['refusal']['precision'])}, recall {_pct(m['refusal']['recall'])} "
        f"({m['refusal']['refused']} refused, {m['refusal']['gold_refusals']} should be)",
        f"- citation precision: {_pct(m['citations']['precision'])} of {m['citations']['citations']} citations",
        f"- retrieval (first turns with gold evidence, n={m['retrieval']['n']}): "
        + ", ".join(f"{k} {_pct(v)}" for k, v in m["retrieval"].items() if k != "n"),
        f"- latency per turn: p50 {_fmt(m['latency']['p50_ms'], 1)} ms, p95 {_fmt(m['latency']['p95_ms'], 1)} ms",
        f"- indexing: {report['indexing']['documents']} documents in {report['indexing']['seconds']} s, "
        f"{report['indexing']['failed']} failed; errors while asking: {m['errors']}",
        f"- dataset `{report['dataset_path']}` sha256 `{report['dataset_hash'][:16]}…`, "
        f"commit `{(report['versions'].get('git_commit') or '?')[:10]}`"
        + (" with uncommitted changes" if report["versions"].get("git_dirty") else ""),
    ]
    lines += _subset_section(report, m)
    lines += ["", "## Accuracy by question type", "",
              "| type | accuracy | scored | turns | wrong among answered |", "|---|---:|---:|---:|---:|"]
    for qtype, row in m["by_type"].items():
        lines.append(f"| {qtype} | {_pct(row['accuracy'])} | {row['n']} | {row['turns']} | "
                     f"{_pct(row.get('answered_wrong_rate'))} ({row.get('answered_wrong', 0)} of {row.get('answered', 0)}) |")
    if len(m.get("by_gold_type", {})) > 1:
        lines += ["", "## Accuracy by kind of gold answer", "",
                  "| gold | accuracy | scored | turns | wrong among answered |", "|---|---:|---:|---:|---:|"]
        for kind, row in m["by_gold_type"].items():
            lines.append(f"| {kind} | {_pct(row['accuracy'])} | {row['n']} | {row['turns']} | "
                         f"{_pct(row['answered_wrong_rate'])} ({row['answered_wrong']} of {row['answered']}) |")
    lines += _official_section(m)
    lines += _confidence_section(m)
    lines += ["", "## Largest failure groups", "", "| type | reason | count | example |", "|---|---|---:|---|"]
    for g in m["failure_groups"]:
        question = (g["example"]["question"] or "").replace("|", "/")[:90]
        lines.append(f"| {g['qtype']} | {g['reason']} | {g['count']} | {g['example']['id']}: {question} |")
    shown = ", ".join(f"`{p}`" for p in report.get("plots") or [])
    lines += ["", (f"Plots: {shown}. " if shown else "") + "Per-turn detail: `results.jsonl`.", ""]
    return "\n".join(lines)


def plots(out: Path, metrics: dict, results: list[dict]) -> list[str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    written = []
    by_type = {k: v for k, v in metrics["by_type"].items() if v["accuracy"] is not None}
    fig, ax = plt.subplots(figsize=(7, 0.4 * max(len(by_type), 3) + 1))
    names = list(by_type)
    ax.barh(names, [by_type[k]["accuracy"] for k in names], color="#4c72b0")
    for y, k in enumerate(names):
        row = by_type[k]
        wrong = row.get("answered_wrong_rate")
        note = "" if wrong is None else f"; wrong {wrong:.0%} of {row['answered']} answered"
        ax.text(row["accuracy"] + 0.01, y, f"{row['accuracy']:.0%} (n={row['n']}{note})", va="center", fontsize=8)
    ax.set_xlim(0, 1.45)  # room for the labels; the scale itself stops at 1
    ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_xlabel("accuracy")
    ax.set_title("Accuracy by question type")
    ax.invert_yaxis()
    fig.tight_layout()
    fig.savefig(out / "accuracy_by_type.png", dpi=100)
    plt.close(fig)
    written.append("accuracy_by_type.png")

    latencies = [r["latency_ms"] for r in results if r.get("latency_ms") is not None]
    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.hist(latencies or [0], bins=40, color="#55a868")
    for name, value in (("p50", metrics["latency"]["p50_ms"]), ("p95", metrics["latency"]["p95_ms"])):
        if value is not None:
            ax.axvline(value, color="black", linestyle="--", linewidth=1)
            ax.text(value, ax.get_ylim()[1] * 0.9, f" {name} {value:.0f} ms", fontsize=8)
    ax.set_xlabel("latency per turn (ms)")
    ax.set_ylabel("turns")
    ax.set_title("Latency distribution")
    fig.tight_layout()
    fig.savefig(out / "latency.png", dpi=100)
    plt.close(fig)
    written.append("latency.png")

    c = metrics.get("confidence")
    if c and c["n"]:
        written += _confidence_plots(out, c, results, plt)
    return written


def _confidence_plots(out: Path, c: dict, results: list[dict], plt) -> list[str]:
    cands = calibration.candidates(results)
    note = f"\n(confidence missing on {c['imputed']} answers: answered read as 1, other as 0)" if c["imputed"] else ""

    fig, ax = plt.subplots(figsize=(7, 4.5))
    points = calibration.curve(cands, c["n"])
    if points:
        xs, ys = [0.0] + [x for x, _ in points], [points[0][1]] + [y for _, y in points]
        ax.step(xs, ys, where="post", color="#c44e52", label=f"risk (wrong among answered), AURC {c['aurc']:.3f}")
        ax.plot(xs, [(x * (1 - y)) for x, y in zip(xs, ys)], color="#4c72b0",
                label="right answers / scored turns")
    marked: dict[tuple[float, float], list[str]] = {}
    for row in c["risk_coverage"]:
        if row["coverage"] and row["threshold"] in (0.5, 0.8, 0.9) and row["risk"] is not None:
            marked.setdefault((row["coverage"], row["risk"]), []).append(f"{row['threshold']:.1f}")
    for (x, y), names in marked.items():  # thresholds that answer the same turns share one marker
        ax.plot(x, y, "o", color="black", markersize=4)
        ax.annotate("t=" + ", ".join(names), (x, y), textcoords="offset points", xytext=(4, 4), fontsize=8)
    for bound in (0.05, 0.10):
        ax.axhline(bound, color="grey", linestyle=":", linewidth=1)
        ax.text(0.99, bound, f"{bound:.0%} ", fontsize=7, va="bottom", ha="right", color="grey")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("coverage (share of scored turns answered)")
    ax.set_ylabel("share")
    ax.set_title("Risk-coverage" + note, fontsize=10)
    if points:
        ax.legend(loc="upper left", fontsize=8)
    else:
        ax.text(0.5, 0.5, "no answer with a headline: nothing to rank", ha="center", va="center", fontsize=9)
    fig.tight_layout()
    fig.savefig(out / "risk_coverage.png", dpi=100)
    plt.close(fig)

    cal = c["calibration"]
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(6, 6), gridspec_kw={"height_ratios": [3, 1]}, sharex=True)
    width = 1 / len(cal["bins"])
    centres = [row["low"] + width / 2 for row in cal["bins"]]
    top.plot([0, 1], [0, 1], linestyle="--", color="grey", linewidth=1, label="perfect calibration")
    filled = [(x, row) for x, row in zip(centres, cal["bins"]) if row["count"]]
    top.bar([x for x, _ in filled], [row["share_right"] for _, row in filled], width=width * 0.9, color="#55a868",
            edgecolor="black", linewidth=0.5, label="share right")
    top.plot([row["mean_confidence"] for _, row in filled], [row["share_right"] for _, row in filled], "o",
             color="black", markersize=3, label="(mean confidence, share right)")
    top.set_ylim(0, 1)
    top.set_ylabel("share right")
    ece = "–" if cal["ece"] is None else f"{cal['ece']:.3f}"
    top.set_title(f"Reliability: ECE {ece} over {cal['n']} answers" + note, fontsize=10)
    top.legend(loc="upper left", fontsize=8)
    bottom.bar(centres, [row["count"] for row in cal["bins"]], width=width * 0.9, color="#8172b2")
    bottom.set_xlim(0, 1)
    bottom.set_xlabel("confidence")
    bottom.set_ylabel("answers")
    fig.tight_layout()
    fig.savefig(out / "reliability.png", dpi=100)
    plt.close(fig)
    return ["risk_coverage.png", "reliability.png"]


def write(out: str | Path, results: list[dict], facts: dict, draw: bool = True) -> dict:
    """Write every output file of a run into `out`; returns the report dict. `draw=False` skips the PNGs."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    metrics = compute(results)
    report = {"accuracy": metrics["accuracy"], "n": metrics["n"], **facts, "versions": versions(), "metrics": metrics}
    with open(out / "results.jsonl", "w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report["plots"] = plots(out, metrics, results) if draw else []
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "report.md").write_text(markdown(report), encoding="utf-8")
    return report
