"""`filingqa eval run|compare` and `python -m evals run|compare`: one argument parser for both."""

from __future__ import annotations

import argparse
import os
import shlex
import sys

DATASETS = ("golden", "finqa", "tatqa", "convfinqa", "financebench")


def add_run_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dataset", required=True, choices=DATASETS, help="which benchmark adapter reads --path")
    p.add_argument("--path", default=None, help="dataset file (default: the copy in ../shared)")
    p.add_argument("--filings", action="append", default=None, metavar="DIR",
                   help="golden only: where its filings live (repeatable; default ../shared/seed and ../shared/filings)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="ask only N items (a conversation is one item)")
    p.add_argument("--seed", type=int, default=None, help="with --limit: a random sample of N items instead of the first N")
    p.add_argument("--setting", default="oracle", choices=("oracle", "open"),
                   help="oracle: ask each question against its own page; open: index the whole split, name no page")
    p.add_argument("--url", default=None, help="evaluate a running server (http://HOST:PORT) instead of in-process")
    p.add_argument("--api-key", default=os.environ.get("FILINGQA_API_KEY"), help="bearer key for --url (default $FILINGQA_API_KEY)")
    p.add_argument("--llm-url", default=None, help="in-process: OpenAI-compatible base URL of an assisting LLM")
    p.add_argument("--store", default=None, help="in-process store directory (default OUT/store); reuse it to skip re-indexing")
    p.add_argument("--out", default="eval-out", help="output directory for report.json, report.md, plots, results.jsonl")
    p.add_argument("--fail-under", type=float, default=None, metavar="ACC",
                   help="exit with status 1 when accuracy (0..1) is below ACC, e.g. a CI gate on a golden file")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")


def add_compare_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("a", help="run directory A (the baseline)")
    p.add_argument("b", help="run directory B")


def run_command(args: argparse.Namespace) -> int:
    from evals.adapters import DatasetError
    from evals.report import write
    from evals.runner import RunConfig, run

    config = RunConfig(dataset=args.dataset, path=args.path, filings_dirs=args.filings or [], limit=args.limit,
                       seed=args.seed, setting=args.setting, url=args.url, api_key=args.api_key, llm_url=args.llm_url,
                       out=args.out, store=args.store, progress=not args.no_progress,
                       command=getattr(args, "command_line", ""))
    try:
        results, facts = run(config)
    except (DatasetError, ValueError) as exc:
        print(f"eval: {exc}".splitlines()[0], file=sys.stderr)
        return 2
    report = write(args.out, results, facts)
    acc = report["accuracy"]
    wrong = report["metrics"]["verification"]["answered_wrong_rate"]
    print(f"{args.dataset} {args.setting}: accuracy {'–' if acc is None else f'{acc:.3f}'} over {report['n']} scored turns, "
          f"wrong among answered {'–' if wrong is None else f'{wrong:.3f}'}; report in {args.out}/report.md")
    if args.fail_under is not None and (acc is None or acc < args.fail_under):
        print(f"eval: accuracy {'–' if acc is None else f'{acc:.3f}'} is below --fail-under {args.fail_under}", file=sys.stderr)
        return 1
    return 0


def compare_command(args: argparse.Namespace) -> int:
    from evals.compare import CompareError, compare

    try:
        print(compare(args.a, args.b))
    except CompareError as exc:
        print(f"eval compare: {exc}", file=sys.stderr)
        return 2
    return 0


def add_subcommands(sub) -> None:
    run_p = sub.add_parser("run", help="run a benchmark and write a report", description="Run a benchmark and write a report.")
    add_run_arguments(run_p)
    run_p.set_defaults(func=run_command)
    cmp_p = sub.add_parser("compare", help="what got better and worse between two runs")
    add_compare_arguments(cmp_p)
    cmp_p.set_defaults(func=compare_command)


def add_parser(subparsers) -> None:
    """Register `filingqa eval run|compare` on the top-level CLI."""
    p = subparsers.add_parser("eval", help="evaluate on golden questions or public benchmarks",
                              description="Evaluate on golden questions or public benchmarks (in-process or over HTTP).")
    add_subcommands(p.add_subparsers(dest="eval_command", metavar="SUBCOMMAND"))
    p.set_defaults(func=lambda args: (p.print_help(), 2)[1], command_line="filingqa " + shlex.join(sys.argv[1:]))


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m evals", description="FilingQA evaluation harness.")
    add_subcommands(parser.add_subparsers(dest="eval_command", metavar="SUBCOMMAND"))
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    args.command_line = "python -m evals " + shlex.join(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # output piped into `head`: stop quietly
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
