import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("FILINGQA_SHARED", ROOT.parent / "shared"))
SAMPLE = ROOT / "samples" / "immunogen_8k_2011-10-27.txt"
# In CI a missing prerequisite is a failure, not a skip: a run that skipped the golden questions or
# the local LLM must not pass.
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def pytest_sessionstart(session):
    if not IN_CI:
        return
    problems = []
    if not SHARED.is_dir():
        problems.append(f"shared data not found at {SHARED} (set FILINGQA_SHARED)")
    try:
        from qa.llm_server import llama_cpp_available
        if not llama_cpp_available():
            problems.append("llama_cpp is not importable: install the llm extra (make install-llm)")
    except ImportError as exc:
        problems.append(f"qa.llm_server: {exc}")
    if problems:
        raise pytest.UsageError("CI=true and a prerequisite is missing: " + "; ".join(problems))


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        if IN_CI:
            pytest.fail(f"shared data not found at {SHARED}; under CI=true this fails instead of skipping")
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


def _answerer_over(path: Path):
    from index.parse import parse_file
    from qa.answer import Answerer
    from qa.memory_store import MemoryStore

    store = MemoryStore()
    fid = store.add(parse_file(path))
    return Answerer(store), fid


@pytest.fixture(scope="session")
def apple_10q_answerer(shared_dir):
    """(Answerer, filing id) over Apple's 10-Q, parsed once, in memory (no embedding)."""
    return _answerer_over(shared_dir / "filings" / "apple_10-q_2024-06-29.html")


@pytest.fixture(scope="session")
def oracle_10q_answerer(shared_dir):
    """(Answerer, filing id) over Oracle's 10-Q, parsed once, in memory (no embedding)."""
    return _answerer_over(shared_dir / "filings" / "oracle_10-q_2024-08-31.html")
