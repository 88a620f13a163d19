"""The local LLM launcher's command line and its clear one-line errors (no model is started here;
tests/test_llm_integration.py starts the real one)."""

from __future__ import annotations

from pathlib import Path

from qa.llm_server import free_port, main, server_command


def test_server_command_serves_the_file_on_loopback():
    cmd = server_command(Path("/m/model.gguf"), "127.0.0.1", 8123)
    assert cmd[1:3] == ["-m", "llama_cpp.server"]
    assert cmd[cmd.index("--model") + 1] == "/m/model.gguf"
    assert cmd[cmd.index("--host") + 1] == "127.0.0.1" and cmd[cmd.index("--port") + 1] == "8123"


def test_free_port_is_bindable():
    import socket

    port = free_port()
    with socket.socket() as s:
        s.bind(("127.0.0.1", port))


def test_missing_model_file_is_a_clear_error(capsys, tmp_path):
    from qa.llm_server import llama_cpp_available

    rc = main(["--model", str(tmp_path / "nope.gguf")])
    err = capsys.readouterr().err
    assert rc == 2
    assert ("model file not found" in err) if llama_cpp_available() else ("llama-cpp-python is not installed" in err)
