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


def markdown(report: dict) -> str:
    m = report["metrics"]
    lines = [
        f"# Evaluation: {report['dataset']} ({report['setting']}, {report['mode']})",
        "",
        f"`{report['command']}`",
        "",
        f"- **accuracy {_pct(report['accuracy'])}** over {report['n']} scored turns "
        f"({m['turns']} turns, {report['items']} of {report['items_in_split']} items)",
        f"- accuracy counting unverified answers whose value is right: {_pct(m['lenient_accuracy'])}",
        f"- answers by status: {', '.join(f'{k} {v}' for k, v in sorted(m['status'].items()))}; "
        f"by method: {', '.join(f'{k} {v}' for k, v in sorted(m.get('method', {}).items()))}",
        f"- wrong among `answered`: {_pct(m['verification']['answered_wrong_rate'])} "
        f"({m['verification']['answered_wrong']} of {m['verification']['answered']}); "
        f"all figures verified in {_pct(m['verification']['verification_rate'])} of `answered`",
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
        "",
        "## Accuracy by question type",
        "",
        "| type | accuracy | scored | turns |",
        "|---|---:|---:|---:|",
    ]
    for qtype, row in m["by_type"].items():
        lines.append(f"| {qtype} | {_pct(row['accuracy'])} | {row['n']} | {row['turns']} |")
    lines += ["", "## Largest failure groups", "", "| type | reason | count | example |", "|---|---|---:|---|"]
    for g in m["failure_groups"]:
        question = (g["example"]["question"] or "").replace("|", "/")[:90]
        lines.append(f"| {g['qtype']} | {g['reason']} | {g['count']} | {g['example']['id']}: {question} |")
    lines += ["", "Plots: `accuracy_by_type.png`, `latency.png`. Per-turn detail: `results.jsonl`.", ""]
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
        ax.text(by_type[k]["accuracy"] + 0.01, y, f"{by_type[k]['accuracy']:.0%} (n={by_type[k]['n']})", va="center", fontsize=8)
    ax.set_xlim(0, 1.15)
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
    return written


def write(out: str | Path, results: list[dict], facts: dict) -> dict:
    """Write every output file of a run into `out`; returns the report dict."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    metrics = compute(results)
    report = {"accuracy": metrics["accuracy"], "n": metrics["n"], **facts, "versions": versions(), "metrics": metrics}
    with open(out / "results.jsonl", "w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    report["plots"] = plots(out, metrics, results)
    (out / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "report.md").write_text(markdown(report), encoding="utf-8")
    return report
