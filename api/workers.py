"""Answers are computed in a small pool of daemon threads, each request within a time budget.

Why not the shared thread pool of FastAPI: a burst of slow answers would take every thread it has
and /healthz, listing filings or an upload would queue behind them. Here answering has its own
`workers` threads, the event loop only awaits, and a request that has not finished within its
budget ends with 503: when it is still queued it is cancelled; when it is running, the work sees
the deadline at its next check (`check_deadline()`, called between replayed chat turns) and stops.
Threads are daemons so SIGTERM never waits on an answer in flight.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from concurrent.futures import Future
from typing import Any, Callable

from api.problems import Problem

_local = threading.local()


class BudgetExceeded(Exception):
    """The request's deadline passed while its answer was being computed."""


def check_deadline() -> None:
    """Raise BudgetExceeded when the calling worker's request is past its budget (no-op elsewhere)."""
    deadline = getattr(_local, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise BudgetExceeded()


class AnswerPool:
    def __init__(self, workers: int = 4, name: str = "answer"):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"{name}-{i}", daemon=True) for i in range(workers)]
        for t in self._threads:
            t.start()

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            future, deadline, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue  # given up on while queued
            _local.deadline = deadline
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to the awaiting request
                future.set_exception(exc)
            finally:
                _local.deadline = None

    def submit(self, fn: Callable[..., Any], *args: Any, budget: float) -> Future:
        future: Future = Future()
        self._jobs.put((future, time.monotonic() + budget, fn, args))
        return future

    async def run(self, fn: Callable[..., Any], *args: Any, budget: float) -> Any:
        """`fn(*args)` on a worker; 503 (problem) when it takes longer than `budget` seconds."""
        future = self.submit(fn, *args, budget=budget)
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), timeout=budget)
        except (asyncio.TimeoutError, BudgetExceeded):
            future.cancel()
            raise Problem(503, f"the answer took longer than this server's budget of {budget:g} s and was abandoned; "
                               "ask a shorter question or send a shorter chat history", headers={"Retry-After": "1"}) from None

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)
