"""`filingqa index | filings | facts | remove` with the real parser, model and store."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from index.store import Store
from qa.cli import main

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_ID = "immunogen_8k_2011-10-27"


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    """One file per kind of bad input, each with a name that does not give it away."""
    d = tmp_path / "in"
    d.mkdir()
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("filing.txt", "Net loss was $1.2 million.")
    files = {
        "empty": b"",
        "png": b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        "zip": archive.getvalue(),
        "utf16": ("Net loss was $1.2 million for the quarter.\n" * 20).encode("utf-16"),
        "koi8": ("Чистый убыток составил 1,2 млн долларов за квартал.\n" * 20).encode("koi8_r"),
        "html_no_text": b"<html><head><script>var x = 1;</script></head><body><div>&nbsp;</div></body></html>",
        "too_big": b"Revenue was $2.5 million for the quarter ended September 30, 2011.\n" * 4000,
    }
    paths = {}
    for name, data in files.items():
        path = d / f"{name}_8-k_2020-01-01.txt"
        path.write_bytes(data)
        paths[name] = path
    return paths


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(list(argv))
    out, err = capsys.readouterr()
    return rc, out, err


def test_bad_inputs_each_get_one_error_line_and_the_good_file_is_indexed(tmp_path, capsys, bad_files, sample_path):
    store_dir = tmp_path / "store"
    argv = ["index", *map(str, bad_files.values()), str(sample_path), "--store", str(store_dir), "--max-bytes", "100000"]
    rc, out, err = _run(capsys, *argv)
    assert rc == 1  # some files failed
    lines = err.strip().splitlines()
    assert len(lines) == len(bad_files), err  # one line each, no tracebacks
    for path, line in zip(bad_files.values(), lines):
        assert line.startswith(f"error: {path}: ") and len(line) > len(f"error: {path}: ") + 5
    reasons = dict(zip(bad_files, lines))
    assert "empty" in reasons["empty"]
    assert "PNG" in reasons["png"] and "ZIP" in reasons["zip"]
    assert "UTF-16" in reasons["utf16"] and "encoding" in reasons["koi8"]
    assert "no readable text" in reasons["html_no_text"]
    assert "100000" in reasons["too_big"] or "100,000" in reasons["too_big"] or "large" in reasons["too_big"]
    assert f"{sample_path}: {SAMPLE_ID} tables=" in out and "repaired=1" in out
    store = Store(store_dir)
    assert [f.id for f in store.filings()] == [SAMPLE_ID]


def test_only_bad_files_exit_nonzero_and_leave_an_empty_store(tmp_path, bad_files):
    """A real `python -m qa` process: exit status, stderr lines, and a store that still opens."""
    store_dir = tmp_path / "store"
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-m", "qa", "index", *map(str, bad_files.values()),
                           "--store", str(store_dir), "--max-bytes", "100000"],
                          cwd=ROOT, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert [line.split(": ")[1] for line in proc.stderr.strip().splitlines()] == [str(p) for p in bad_files.values()]
    store = Store(store_dir)
    assert store.filings() == [] and store.generation == 0


def test_index_twice_is_a_noop_and_filings_remove_work(tmp_path, capsys, sample_path):
    store_dir = str(tmp_path / "store")
    assert _run(capsys, "index", str(sample_path), "--store", store_dir)[0] == 0
    rc, out, err = _run(capsys, "index", str(sample_path), "--store", store_dir)
    assert rc == 0 and out.strip() == f"{sample_path}: {SAMPLE_ID} already indexed" and err == ""

    rc, out, _ = _run(capsys, "filings", "--store", store_dir, "--json")
    listed = json.loads(out)
    assert rc == 0 and [f["id"] for f in listed] == [SAMPLE_ID] and listed[0]["form_type"] == "8-K"
    rc, out, _ = _run(capsys, "filings", "--store", store_dir)
    assert rc == 0 and SAMPLE_ID in out.splitlines()[1]

    assert _run(capsys, "remove", SAMPLE_ID, "--store", store_dir)[:2] == (0, f"removed {SAMPLE_ID}\n")
    rc, _, err = _run(capsys, "remove", SAMPLE_ID, "--store", store_dir)
    assert rc == 1 and err.startswith(f"error: {SAMPLE_ID}: no such filing")
    assert Store(store_dir).filings() == []


def test_directory_indexes_its_filing_files(tmp_path, capsys, sample_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / sample_path.name).write_bytes(sample_path.read_bytes())
    (d / "README.md").write_text("not a filing")
    rc, out, err = _run(capsys, "index", str(d), "--store", str(tmp_path / "store"))
    assert rc == 0 and err == "" and len(out.strip().splitlines()) == 1
    rc, _, err = _run(capsys, "index", str(tmp_path / "missing.txt"), "--store", str(tmp_path / "store"))
    assert rc != 0 and err.startswith("error: ") and "no such file" in err


def test_facts_json_contract(tmp_path, capsys, sample_path):
    rc, out, _ = _run(capsys, "facts", str(sample_path), "--json")
    assert rc == 0
    doc = json.loads(out)
    assert set(doc) == {"filing", "tables", "facts", "warnings"}
    assert doc["filing"]["id"] == SAMPLE_ID and doc["filing"]["form_type"] == "8-K"
    ops = next(t for t in doc["tables"] if "OPERATIONS" in (t["title"] or ""))
    assert set(ops) == {"id", "title", "scale", "columns", "rows"}
    assert [c["period"] for c in ops["columns"]] == ["2011-07-01/2011-09-30", "2010-07-01/2010-09-30"]
    rnd = next(r for r in ops["rows"] if r["label"] == "Research and development")
    cell = rnd["cells"][0]
    assert set(cell) == {"raw", "value", "unit", "repaired", "column"}
    assert (cell["value"], cell["unit"], cell["repaired"], cell["column"]) == ("17161000", "USD", True, 0)
    net = next(f for f in doc["facts"] if f["label"] == "Net loss" and f["period"] == "2011-07-01/2011-09-30"
               and f["source"].get("table_id"))
    assert net["value"] == "-19483000" and net["unit"] == "USD" and isinstance(net["value"], str)
    assert {"start", "end", "table_id", "row", "column"} <= set(net["source"])
    prose = next(f for f in doc["facts"] if f["source"].get("table_id") is None and f["value"] == "19500000")
    assert set(prose["source"]) == {"start", "end"}
    assert all({"label", "value", "unit", "period", "source", "repaired"} <= set(f) for f in doc["facts"])
    assert any(w["kind"] == "repaired" for w in doc["warnings"])

    # the same contract from the store, by filing id
    store_dir = str(tmp_path / "store")
    assert _run(capsys, "index", str(sample_path), "--store", store_dir)[0] == 0
    rc, out_by_id, _ = _run(capsys, "facts", SAMPLE_ID, "--store", store_dir, "--json")
    assert rc == 0 and json.loads(out_by_id) == doc
    rc, _, err = _run(capsys, "facts", "no-such-filing", "--store", store_dir)
    assert rc == 1 and err.startswith("error: no-such-filing: ")


def test_facts_grid_marks_repaired_cells(capsys, sample_path):
    rc, out, _ = _run(capsys, "facts", str(sample_path))
    assert rc == 0
    line = next(x for x in out.splitlines() if x.split("  ")[0] == "Research and development")
    assert line.split()[-2:] == ["17,161,000*", "13,425,000"]
    assert "Figures in the text:" in out and "65,000,000..70,000,000 USD" in out
