"""The harness end to end with real components: parser, store, MiniLM, FAISS, answerer, and a real
`python -m qa serve` process on a free loopback port for the --url mode."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from evals.commands import main

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "evals"
KEY = "evals-e2e-key"


def read_run(out: Path) -> tuple[dict, list[dict]]:
    report = json.loads((out / "report.json").read_text())
    results = [json.loads(line) for line in (out / "results.jsonl").read_text().splitlines()]
    return report, results


def check_shape(report: dict, results: list[dict], turns: int) -> None:
    assert len(results) == turns
    for r in results:
        assert {"id", "turn", "question", "answer", "gold", "correct"} <= set(r)
    scored = [r["correct"] for r in results if r["correct"] is not None]
    assert report["n"] == len(scored)
    assert report["accuracy"] == pytest.approx(sum(scored) / len(scored))
    assert 0 <= report["accuracy"] <= 1
    assert report["dataset_hash"] and report["command"] and report["versions"]["python"]
    assert set(report["metrics"]) >= {"by_type", "refusal", "retrieval", "citations", "verification", "latency"}


@pytest.fixture(scope="session")
def golden_run(tmp_path_factory, shared_dir) -> Path:
    out = tmp_path_factory.mktemp("golden-inprocess")
    code = main(["run", "--dataset", "golden", "--path", str(shared_dir / "golden" / "immunogen_8k_2011-10-27.jsonl"),
                 "--filings", str(shared_dir / "seed"), "--out", str(out), "--no-progress"])
    assert code == 0
    return out


def test_golden_in_process_report_and_results_agree(golden_run):
    report, results = read_run(golden_run)
    check_shape(report, results, turns=22)
    assert report["mode"] == "in-process" and report["setting"] == "oracle"
    conversation = [r for r in results if r["id"] == "ig-dev-20"]
    assert [r["turn"] for r in conversation] == [0, 1, 2]
    assert report["metrics"]["refusal"]["gold_refusals"] == 2
    assert report["metrics"]["retrieval"]["n"] > 0 and report["metrics"]["retrieval"]["recall@10"] is not None
    assert report["metrics"]["latency"]["p50_ms"] > 0
    for name in ("report.md", "accuracy_by_type.png", "latency.png"):
        assert (golden_run / name).stat().st_size > 0


def test_tatqa_run_reports_official_em_f1_and_confidence_beside_the_harness(tmp_path):
    out = tmp_path / "tatqa"
    assert main(["run", "--dataset", "tatqa", "--path", str(FIXTURES / "tatqa.json"), "--out", str(out),
                 "--no-progress"]) == 0
    report, results = read_run(out)
    check_shape(report, results, turns=6)
    official = report["metrics"]["official"]
    assert official["benchmark"] == "tatqa" and official["turns"] == 6
    assert official["em"] == pytest.approx(sum(r["official"]["em"] for r in results) / 6)
    assert set(official["by_type"]) == {"span", "multi-span", "arithmetic"}
    confidence = report["metrics"]["confidence"]
    assert confidence["n"] == 6 and len(confidence["risk_coverage"]) == 13
    md = (out / "report.md").read_text()
    assert "## tatqa: official EM / F1 beside the harness" in md and "## Confidence: calibration" in md
    for name in ("risk_coverage.png", "reliability.png"):
        assert (out / name).stat().st_size > 0


def test_open_setting_indexes_the_whole_split_and_names_no_filing(tmp_path):
    out = tmp_path / "out"
    assert main(["run", "--dataset", "finqa", "--path", str(FIXTURES / "finqa.json"), "--setting", "open", "--limit", "1",
                 "--out", str(out), "--no-progress"]) == 0
    report, results = read_run(out)
    check_shape(report, results, turns=1)
    assert report["indexing"]["documents"] == 2 and report["items"] == 1 and report["items_in_split"] == 2
    assert results[0]["retrieval_ranks"] is not None


def test_unindexable_filing_is_an_error_result_not_a_crash(tmp_path):
    (tmp_path / "empty_8-k.txt").write_bytes(b"")
    golden = tmp_path / "g.jsonl"
    golden.write_text(json.dumps({"id": "e1", "filing": "empty_8-k", "question": "What was revenue?",
                                  "answer": {"type": "number", "value": 1, "unit": "USD"}}) + "\n")
    out = tmp_path / "out"
    assert main(["run", "--dataset", "golden", "--path", str(golden), "--filings", str(tmp_path), "--out", str(out),
                 "--store", str(tmp_path / "store"), "--no-progress"]) == 0
    report, results = read_run(out)
    assert results[0]["correct"] is False and "not indexed" in results[0]["error"]
    assert report["indexing"]["failed"] == 1 and report["accuracy"] == 0
    assert main(["run", "--dataset", "golden", "--path", str(golden), "--filings", str(tmp_path), "--out", str(out),
                 "--store", str(tmp_path / "store"), "--no-progress", "--fail-under", "0.5"]) == 1


def test_bad_arguments_are_one_line_errors(tmp_path, capsys):
    assert main(["run", "--dataset", "finqa", "--path", str(tmp_path / "missing.json"), "--out", str(tmp_path)]) == 2
    assert "not found" in capsys.readouterr().err
    assert main(["compare", str(tmp_path), str(tmp_path)]) == 2


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A real `python -m qa serve` on a free loopback port; stopped by its own process handle."""
    tmp = tmp_path_factory.mktemp("evals-server")
    port = _free_port()
    env = {**os.environ, "FILINGQA_API_KEY": KEY, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    env.pop("FILINGQA_LLM_URL", None)
    log = (tmp / "server.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "qa", "serve", "--store", str(tmp / "store"), "--host", "127.0.0.1",
                             "--port", str(port), "--log-level", "warning"], cwd=ROOT, env=env, stdout=log,
                            stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode}: {(tmp / 'server.log').read_text()[-2000:]}")
            try:
                if httpx.get(url + "/healthz", timeout=2).json().get("model_loaded"):
                    break
            except (httpx.HTTPError, ValueError):
                pass
            if time.monotonic() > deadline:
                pytest.fail("server did not become healthy within 180 s")
            time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.mark.integration
def test_golden_over_http_matches_in_process(server, golden_run, tmp_path, shared_dir, capsys):
    out = tmp_path / "http"
    assert main(["run", "--dataset", "golden", "--path", str(shared_dir / "golden" / "immunogen_8k_2011-10-27.jsonl"),
                 "--filings", str(shared_dir / "seed"), "--url", server, "--api-key", KEY, "--out", str(out),
                 "--no-progress"]) == 0
    report, results = read_run(out)
    check_shape(report, results, turns=22)
    assert report["mode"] == "http" and report["url"] == server
    assert not [r for r in results if r["error"]], "every question must get an answer over HTTP"
    _, local = read_run(golden_run)
    # the same answerer behind HTTP: the same verdict on every turn
    assert [(r["id"], r["turn"], r["correct"]) for r in results] == [(r["id"], r["turn"], r["correct"]) for r in local]
    capsys.readouterr()
    assert main(["compare", str(golden_run), str(out)]) == 0
    assert "0 better, 0 worse" in capsys.readouterr().out
