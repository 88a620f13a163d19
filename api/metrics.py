"""Prometheus text-format metrics, by hand: request counts and latencies per route, answers by status.

Small enough that a client library would add more than it saves. Thread-safe: routes that
answer questions run in worker threads.
"""

from __future__ import annotations

import threading
import time
from collections import defaultdict

from starlette.types import ASGIApp, Receive, Scope, Send

# Latency buckets in seconds: answers take milliseconds, uploads seconds.
BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


def _labels(**kv: str) -> str:
    inner = ",".join(f'{k}="{str(v).replace(chr(92), chr(92) * 2).replace(chr(34), chr(92) + chr(34))}"' for k, v in kv.items())
    return "{" + inner + "}"


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.latency_buckets: dict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
        self.latency_sum: dict[str, float] = defaultdict(float)
        self.latency_count: dict[str, int] = defaultdict(int)
        self.answers: dict[str, int] = defaultdict(int)
        self.unverified_figures = 0

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(method, route, status)] += 1
            buckets = self.latency_buckets[route]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    buckets[i] += 1
            self.latency_sum[route] += seconds
            self.latency_count[route] += 1

    def observe_answer(self, status: str, unverified_figures: int) -> None:
        with self._lock:
            self.answers[status] += 1
            self.unverified_figures += unverified_figures

    def render(self) -> str:
        with self._lock:
            out = ["# HELP filingqa_http_requests_total HTTP requests by method, route template and status.",
                   "# TYPE filingqa_http_requests_total counter"]
            for (method, route, status), n in sorted(self.requests.items()):
                out.append(f"filingqa_http_requests_total{_labels(method=method, route=route, status=str(status))} {n}")
            out += ["# HELP filingqa_http_request_duration_seconds Request latency by route template.",
                    "# TYPE filingqa_http_request_duration_seconds histogram"]
            for route in sorted(self.latency_count):
                for bound, n in zip(BUCKETS, self.latency_buckets[route]):
                    out.append(f"filingqa_http_request_duration_seconds_bucket{_labels(route=route, le=repr(bound))} {n}")
                out.append(f"filingqa_http_request_duration_seconds_bucket{_labels(route=route, le='+Inf')} {self.latency_count[route]}")
                out.append(f"filingqa_http_request_duration_seconds_sum{_labels(route=route)} {self.latency_sum[route]:.6f}")
                out.append(f"filingqa_http_request_duration_seconds_count{_labels(route=route)} {self.latency_count[route]}")
            out += ["# HELP filingqa_answers_total Answers by status (answered, not_found, unverified).",
                    "# TYPE filingqa_answers_total counter"]
            for status in ("answered", "uncertain", "conflict", "not_found", "unverified"):
                out.append(f"filingqa_answers_total{_labels(status=status)} {self.answers.get(status, 0)}")
            out += ["# HELP filingqa_answers_unverified_total Answers returned with status unverified.",
                    "# TYPE filingqa_answers_unverified_total counter",
                    f"filingqa_answers_unverified_total {self.answers.get('unverified', 0)}",
                    "# HELP filingqa_unverified_figures_total Figures in answers that the verifier could not verify.",
                    "# TYPE filingqa_unverified_figures_total counter",
                    f"filingqa_unverified_figures_total {self.unverified_figures}"]
        return "\n".join(out) + "\n"


class MetricsMiddleware:
    """Pure ASGI middleware: times every HTTP request and labels it by its route template
    (not the raw path, which would let clients create unbounded label sets)."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()
        status = 500

        async def send_wrapper(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            self.metrics.observe_request(scope.get("method", ""), route, status, time.perf_counter() - start)
