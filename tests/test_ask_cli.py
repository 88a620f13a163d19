"""`filingqa ask` as a user runs it: a real process over a real store."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from qa.models import Answer

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def cli_store(tmp_path_factory, sample_path):
    from index.parse import parse_file
    from index.store import Store

    path = tmp_path_factory.mktemp("cli_store")
    store = Store(path)
    store.add(parse_file(sample_path))
    store.close()
    return path


def ask(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    return subprocess.run([sys.executable, "-m", "qa", "ask", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)


def test_readable_answer_with_numbered_citations(cli_store):
    r = ask("What was the net loss per share this quarter?", "--store", str(cli_store))
    assert r.returncode in (0, 3), r.stderr  # answered, or offered as uncertain below the confidence threshold
    assert ("confidence: " in r.stdout) and (r.returncode == 0) == (not r.stdout.startswith("[uncertain]"))
    assert "-$0.26 per share [1]" in r.stdout
    assert "[1] immunogen_8k_2011-10-27, table t4, row “Net loss per common share, basic and diluted”" in r.stdout
    assert "column “Three Months Ended September 30, 2011”" in r.stdout


def test_json_is_the_answer_contract(cli_store):
    r = ask("By how much did total operating expenses increase compared with the same quarter last year?",
            "--store", str(cli_store), "--filing", "immunogen_8k_2011-10-27", "--json")
    ans = Answer.model_validate(json.loads(r.stdout))
    assert r.returncode == {"answered": 0, "uncertain": 3}[ans.status], r.stderr
    assert ans.verified and ans.in_filing and ans.fits_question and 0 <= ans.confidence <= 1
    assert ans.value.amount == "5213000" and ans.value.unit == "USD"
    assert [s.op for s in ans.program] == ["subtract"]
    assert all(f.verified and f.citation for f in ans.figures)


def test_refusal_exits_1_and_says_why(cli_store):
    r = ask("What dividend per share did the company declare this quarter?", "--store", str(cli_store))
    assert r.returncode == 1
    assert r.stdout.startswith("[not_found]")


def test_bad_store_or_filing_is_one_clear_line(cli_store, tmp_path):
    r = ask("What was net loss?", "--store", str(tmp_path / "nope"))
    assert r.returncode == 2 and "does not exist" in r.stderr and "Traceback" not in r.stderr
    r = ask("What was net loss?", "--store", str(cli_store), "--filing", "nosuch")
    assert r.returncode == 2 and "no filing 'nosuch'" in r.stderr and "Traceback" not in r.stderr
