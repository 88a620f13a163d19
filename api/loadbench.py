"""Load benchmark for POST /v1/ask: N concurrent clients against a server on 127.0.0.1.

    python -m api.loadbench [--url URL] [--clients 16] [--duration 20] [--max-requests 4000] [--writers 2]

Without --url it starts `python -m qa serve` itself on a free loopback port over a temporary
store, uploads the filings given with --filing (default: every file in samples/), and stops the
server afterwards. Bounded in time (--duration) and count (--max-requests). Prints requests/s,
p50/p95/p99 latency and the error count; exits 1 if any request failed. Not a test: the figures
depend on the machine. With --writers N (a soak), N of the clients upload a fresh variant of a
filing (the sample's bytes plus a marker line, so each is new) and delete it again, in a loop,
while the others ask; every upload must be 201 and every delete 204.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
# Generic analyst questions: none names a company or a figure.
QUESTIONS = [
    "What was the net loss for the quarter?",
    "What were total revenues in the most recent quarter?",
    "How much cash and cash equivalents did the company have at the end of the period?",
    "What was net loss per share?",
    "What were research and development expenses?",
    "By how much did total operating expenses change from a year earlier?",
    "What was the percentage change in total revenues year over year?",
    "What were general and administrative expenses?",
    "What were total liabilities and shareholders' equity?",
    "Who is the chief financial officer?",
    "What dividend per share was declared?",
    "What does the company expect for the fiscal year?",
]


def percentile(sorted_values: list[float], p: float) -> float:
    """Nearest-rank percentile of an ascending list."""
    if not sorted_values:
        return float("nan")
    rank = max(1, min(len(sorted_values), math.ceil(p / 100 * len(sorted_values))))
    return sorted_values[rank - 1]


async def drive(url: str, clients: int, duration: float, max_requests: int, headers: dict[str, str],
                filing_id: str | None, writers: int = 0, writer_filing: Path | None = None) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    writes = {"uploads": 0, "deletes": 0}
    issued = 0
    base = writer_filing.read_bytes() if writer_filing is not None else b""
    deadline = time.monotonic() + duration
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(n: int, http: httpx.AsyncClient) -> None:
        nonlocal issued
        i = n
        while time.monotonic() < deadline and issued < max_requests:
            issued += 1
            body = {"question": QUESTIONS[i % len(QUESTIONS)], "filing_id": filing_id}
            i += clients
            start = time.perf_counter()
            try:
                r = await http.post("/v1/ask", json=body)
                if r.status_code != 200:
                    errors.append(f"{r.status_code}: {r.text[:120]}")
            except httpx.HTTPError as exc:
                errors.append(f"{type(exc).__name__}: {exc}")
            latencies.append(time.perf_counter() - start)

    async def writer_loop(n: int, http: httpx.AsyncClient) -> None:
        i = 0
        while time.monotonic() < deadline:
            i += 1
            name = f"soak_{n}_{i}{writer_filing.suffix}"
            data = base + f"\nSoak marker {n}-{i}-{time.time_ns()}\n".encode()
            try:
                r = await http.post("/v1/filings", files={"file": (name, data, "application/octet-stream")}, timeout=600)
                if r.status_code != 201:
                    errors.append(f"upload {r.status_code}: {r.text[:120]}")
                    continue
                writes["uploads"] += 1
                r = await http.delete(f"/v1/filings/{r.json()['filing']['id']}", timeout=600)
                if r.status_code != 204:
                    errors.append(f"delete {r.status_code}: {r.text[:120]}")
                else:
                    writes["deletes"] += 1
            except httpx.HTTPError as exc:
                errors.append(f"write {type(exc).__name__}: {exc}")

    async with httpx.AsyncClient(base_url=url, headers=headers, timeout=60, limits=limits) as http:
        started = time.perf_counter()
        writer_tasks = [writer_loop(n, http) for n in range(writers)] if writer_filing is not None else []
        await asyncio.gather(*(client_loop(n, http) for n in range(clients - len(writer_tasks))), *writer_tasks)
        elapsed = time.perf_counter() - started
    latencies.sort()
    return {"requests": len(latencies), "errors": errors, "elapsed": elapsed, "rps": len(latencies) / elapsed, **writes,
            "p50": percentile(latencies, 50), "p95": percentile(latencies, 95), "p99": percentile(latencies, 99)}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _OwnServer:
    """A server this benchmark starts and stops (by its own process handle)."""

    def __init__(self, filings: list[Path]):
        self.tmp = tempfile.TemporaryDirectory(prefix="filingqa-loadbench-")
        self.url = f"http://127.0.0.1:{_free_port()}"
        env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
        env.pop("FILINGQA_API_KEY", None)
        self.proc = subprocess.Popen([sys.executable, "-m", "qa", "serve", "--store", self.tmp.name, "--host", "127.0.0.1",
                                      "--port", self.url.rsplit(":", 1)[1], "--log-level", "warning"], cwd=ROOT, env=env)
        deadline = time.monotonic() + 180
        while True:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise SystemExit("loadbench: the server did not start")
            try:
                if httpx.get(self.url + "/healthz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.5)
        self.filing_ids = []
        for path in filings:
            with path.open("rb") as f:
                r = httpx.post(self.url + "/v1/filings", files={"file": (path.name, f)}, timeout=600)
            if r.status_code not in (200, 201):
                self.close()
                raise SystemExit(f"loadbench: upload of {path.name} failed: {r.status_code} {r.text[:200]}")
            self.filing_ids.append(r.json()["filing"]["id"])

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.tmp.cleanup()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m api.loadbench", description=__doc__.split("\n\n")[0])
    p.add_argument("--url", help="a running server (default: start one on a free loopback port)")
    p.add_argument("--clients", type=int, default=16, help="concurrent clients (default 16)")
    p.add_argument("--duration", type=float, default=20.0, help="seconds to drive load (default 20)")
    p.add_argument("--max-requests", type=int, default=4000, help="stop after this many requests (default 4000)")
    p.add_argument("--filing", type=Path, action="append", help="filing to upload to a self-started server (repeatable; default: samples/*)")
    p.add_argument("--filing-id", help="ask about this filing only (default: the first uploaded, or all filings with --url)")
    p.add_argument("--api-key", default=os.environ.get("FILINGQA_API_KEY"), help="bearer key (default $FILINGQA_API_KEY)")
    p.add_argument("--writers", type=int, default=0, help="clients that upload and delete filings in a loop (default 0)")
    args = p.parse_args(argv)
    if args.clients < 1 or args.duration <= 0 or args.max_requests < 1:
        p.error("--clients, --duration and --max-requests must be positive")
    if not 0 <= args.writers < args.clients:
        p.error("--writers must be at least 0 and fewer than --clients")

    server = None
    url, filing_id, headers = args.url, args.filing_id, {}
    if url is None:
        filings = args.filing or sorted(x for x in (ROOT / "samples").iterdir() if x.is_file())
    writer_filing = (args.filing or sorted(x for x in (ROOT / "samples").iterdir() if x.is_file()))[0] if args.writers else None
    if url is None:
        server = _OwnServer(filings)
        url, filing_id = server.url, filing_id or server.filing_ids[0]
    elif args.api_key:
        headers["Authorization"] = f"Bearer {args.api_key}"
    try:
        print(f"loadbench: {args.clients} clients, up to {args.duration:g} s / {args.max_requests} requests, POST {url}/v1/ask")
        stats = asyncio.run(drive(url, args.clients, args.duration, args.max_requests, headers, filing_id,
                                  args.writers, writer_filing))
    finally:
        if server is not None:
            server.close()
    print(f"requests: {stats['requests']} in {stats['elapsed']:.1f} s  ->  {stats['rps']:.1f} requests/s")
    print(f"latency:  p50 {stats['p50'] * 1000:.0f} ms   p95 {stats['p95'] * 1000:.0f} ms   p99 {stats['p99'] * 1000:.0f} ms")
    if args.writers:
        print(f"writes:   {stats['uploads']} uploads, {stats['deletes']} deletes by {args.writers} writer(s)")
    print(f"errors:   {len(stats['errors'])}")
    for line in stats["errors"][:5]:
        print(f"  {line}")
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
