"""A real `python -m qa serve` process on a free loopback port, for tests that need real HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `python -m qa serve` process; stop() ends exactly that process."""

    def __init__(self, store: Path, log: Path, env: dict[str, str] | None = None, key: str | None = None,
                 start_timeout: float = 180):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.key = key
        full_env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false", **(env or {})}
        full_env.pop("FILINGQA_LLM_URL", None)
        self.log_path = log
        self.log = log.open("ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "qa", "serve", "--store", str(store), "--host", "127.0.0.1",
                                      "--port", str(self.port), "--log-level", "warning"],
                                     cwd=ROOT, env=full_env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + start_timeout  # the model loads slowly on a busy machine
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {log}")
            try:
                health = httpx.get(self.url + "/healthz", timeout=2).json()
                if health["status"] == "ok" and health["model_loaded"] and health["store_loaded"]:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError(f"server did not become healthy within {start_timeout} s; see {log}")

    def client(self, key: str | None = None, timeout: float = 120) -> httpx.Client:
        key = key or self.key
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()
