"""`filingqa` (or `python -m qa`): one entry point; each stage owns its subcommands.

A subcommand module exposes `add_parser(subparsers)` that registers its parser and sets
`func=run` on it. Modules are imported lazily so `filingqa --help` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

# subcommand name -> module that implements it
COMMANDS = {
    "index": "index.commands",
    "filings": "index.commands",
    "facts": "index.commands",
    "remove": "index.commands",
    "store": "index.store_commands",
    "ask": "qa.commands",
    "serve": "api.commands",
    "eval": "evals.commands",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="filingqa", description="Question answering over SEC filings with cited, verified figures.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    seen: set[str] = set()
    for module_name in dict.fromkeys(COMMANDS.values()):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:  # a stage not built yet must not break the others
            if exc.name and module_name.startswith(exc.name):
                continue
            raise
        module.add_parser(sub)
        seen.add(module_name)
    return parser


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
