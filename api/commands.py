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
    from api.keys import KeyConfigError
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
    try:
        app = create_app(settings)
    except KeyConfigError as exc:
        print(f"filingqa serve: bad API keys: {exc}", file=sys.stderr)
        return 2
    # One worker process: the model and index live in memory once; threads serve the requests.
    # On SIGTERM uvicorn stops accepting, gives requests in flight GRACE_S to finish, then cancels them.
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, access_log=args.log_level in ("info", "debug"),
                timeout_graceful_shutdown=GRACE_S)
    _exit_without_waiting_for_threads()
    return 0


GRACE_S = 5


def _exit_without_waiting_for_threads() -> None:
    """Interpreter exit joins every non-daemon thread, so an upload still parsing in a worker thread
    would hold a SIGTERM for as long as it runs. The store commits atomically (a write cut short is
    rolled back, like after kill -9), so once uvicorn has shut down, leave at once."""
    import logging
    import os
    import threading

    busy = [t.name for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon and t.is_alive()]
    if busy:
        logging.getLogger("filingqa.api").warning("exiting with %d worker thread(s) still busy: %s", len(busy), ", ".join(busy))
        logging.shutdown()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
