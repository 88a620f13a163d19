"""`filingqa store stats [--store DIR] [--json]`: what the vector index of a store holds.

Prints vectors, shards, index types and bytes (in memory, on disk, and the SQLite truth). Opening a
store never creates one here: a missing directory is an error (exit 2), not an empty store.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def add_parser(subparsers: Any) -> None:
    from index.commands import DEFAULT_STORE_ENV

    p = subparsers.add_parser("store", help="inspect the store (vector index statistics)")
    sub = p.add_subparsers(dest="store_command", metavar="SUBCOMMAND")
    s = sub.add_parser("stats", help="vectors, shards, index types and bytes of the store's vector index")
    s.add_argument("--store", default=None, help=f"store directory (default: ${DEFAULT_STORE_ENV} or ./store)")
    s.add_argument("--json", action="store_true", help="print every figure as JSON")
    s.set_defaults(func=run_stats)
    p.set_defaults(func=lambda args: (p.print_help(sys.stderr), 2)[1])


def _mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def run_stats(args: argparse.Namespace) -> int:
    from index.commands import default_store
    from index.store import DB_NAME, Store, StoreError

    path = Path(args.store or default_store())
    if not (path / DB_NAME).is_file():
        print(f"error: {path}: no store here (no {DB_NAME})", file=sys.stderr)
        return 2
    try:
        with Store(path) as store:
            stats = store.index_stats()
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(stats, indent=2))
        return 0
    types = ", ".join(f"{kind} x{n}" for kind, n in sorted(stats["index_types"].items())) or "none"
    print(f"store        {path}")
    print(f"filings      {stats['filings_in_store']}")
    print(f"vectors      {stats['vectors']:,} ({stats['dim']}-d)")
    print(f"shards       {stats['shards']} ({types})")
    print(f"index bytes  {_mb(stats['bytes'])} in memory, {_mb(stats['bytes_on_disk'])} on disk")
    print(f"sqlite bytes {_mb(stats['sqlite_bytes'])}")
    cfg = stats["config"]
    print(f"growth       flat up to {cfg['flat_max']:,} vectors per shard; shards sealed at {cfg['seal_size']:,}, "
          f"then {cfg['approx']}")
    for shard in stats["shard_list"]:
        state = "sealed" if shard["sealed"] else "open"
        print(f"  shard {shard['id']:>4}  {shard['kind']:<7} {state:<6} {shard['vectors']:>10,} vectors "
              f"{shard['filings']:>6} filings  {_mb(shard['bytes'])}")
    return 0
