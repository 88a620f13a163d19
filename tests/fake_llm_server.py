"""A tiny real HTTP server on 127.0.0.1 that speaks the OpenAI chat-completions format.

Not a mock of a model: it is a fake *server* (real sockets, real HTTP) whose replies a test
scripts, so the client's transport, retries, timeouts and parsing run for real. The real model
path is exercised separately in tests/test_llm_integration.py against llama.cpp.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Scripted:
    status: int = 200
    content: str | None = "ok"
    delay_s: float = 0.0
    raw_body: str | None = None  # sent as-is instead of a chat reply
    usage: dict | None = None


class FakeChatServer:
    """Replies from `script` in order (the last one repeats); records every request body."""

    def __init__(self, responder=None):
        self.script: deque[Scripted] = deque()
        self.requests: list[dict] = []
        self.headers: list[dict] = []
        self.responder = responder  # optional fn(request_body) -> str, used when the script is empty
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append(body)
                server.headers.append(dict(self.headers))
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return self._send(404, json.dumps({"error": "not found"}))
                if server.script:
                    step = server.script.popleft() if len(server.script) > 1 else server.script[0]
                elif server.responder:
                    step = Scripted(content=server.responder(body))
                else:
                    step = Scripted()
                if step.delay_s:
                    time.sleep(step.delay_s)
                if step.raw_body is not None:
                    return self._send(step.status, step.raw_body)
                if step.status != 200:
                    return self._send(step.status, json.dumps({"error": {"message": "scripted failure"}}))
                reply = {
                    "id": "chatcmpl-fake",
                    "object": "chat.completion",
                    "model": body.get("model"),
                    "choices": [{"index": 0, "message": {"role": "assistant", "content": step.content}, "finish_reason": "stop"}],
                    "usage": step.usage or {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
                }
                self._send(200, json.dumps(reply))

            def _send(self, status, text):
                data = text.encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> "FakeChatServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
