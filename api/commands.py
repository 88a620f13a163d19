"""`filingqa serve`: the HTTP service under uvicorn."""

from __future__ import annotations

import argparse
import sys


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("serve", help="serve the HTTP API (OpenAPI at /docs)",
                              description="Serve questions over HTTP. Settings come from FILINGQA_* variables; flags win.")
    p.add_argument("--store", default=None, help="store directory (default: $FILINGQA_STORE or ./store)")
    p.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000; 0 picks a free one)")
    p.add_argument("--llm-url", default=None, help="OpenAI-compatible base URL of an assisting LLM (default: none)")
    p.add_argument("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn
    from pydantic import ValidationError

    from api.app import create_app
    from api.settings import Settings

    try:
        settings = Settings.from_env(store=args.store, llm_url=args.llm_url)
    except ValidationError as exc:
        why = "; ".join(f"FILINGQA_{'.'.join(map(str, e['loc'])).upper()}: {e['msg']}" for e in exc.errors())
        print(f"filingqa serve: bad settings: {why}", file=sys.stderr)
        return 2
    if settings.store.exists() and not settings.store.is_dir():
        print(f"filingqa serve: --store {settings.store} is a file, not a store directory", file=sys.stderr)
        return 2
    app = create_app(settings)
    # One worker process: the model and index live in memory once; threads serve the requests.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.log_level in ("info", "debug"))
    return 0
