"""The ONNX Runtime backends of the same MiniLM: the float export gives torch's vectors, the int8
one is a vector space of its own that a store records and refuses to mix.

The export is made once into the model cache (~/.cache/filingqa/models or $FILINGQA_MODEL_CACHE)
from a writable copy of the shipped model; the first run here pays for it (about a minute).
"""

from __future__ import annotations

import numpy as np
import pytest

from index.embedding import (INT8_FILE, MODEL_NAME, ONNX_FILE, EmbeddingError, backend_for_space, default_backend,
                             get_embedder, onnx_model_dir, shipped_model_path)
from index.store import Store, StoreError
from test_chunking import make_filing

pytest.importorskip("onnxruntime")
pytest.importorskip("optimum")
try:  # what sentence-transformers loads: beside transformers 5 (which sentence-transformers 6.2 needs)
    # optimum imports but its ONNX Runtime models do not (pyproject.toml, the onnx extra)
    from optimum.onnxruntime import ORTModelForFeatureExtraction  # noqa: F401
except ImportError as exc:
    pytest.skip(f"optimum's ONNX Runtime models do not import here: {exc}", allow_module_level=True)

TEXTS = ["Net loss per share", "Total revenues for the quarter were $19.5 million, up 12% from a year ago.",
         "Cash and cash equivalents at end of period", "The board elected three directors at the annual meeting.",
         "Research and development expenses " * 40]  # one text past the model's window: truncated alike


def test_onnx_float_backend_gives_the_torch_vectors_under_the_same_name():
    torch_e, onnx_e = get_embedder("torch"), get_embedder("onnx")
    assert (onnx_e.backend, onnx_e.name, onnx_e.dim) == ("onnx", MODEL_NAME, 384)
    a, b = torch_e.encode(TEXTS), onnx_e.encode(TEXTS)
    assert b.dtype == np.float32 and b.shape == (len(TEXTS), 384)
    assert np.abs(a - b).max() < 1e-5
    assert onnx_e.count_tokens(TEXTS[1]) == torch_e.count_tokens(TEXTS[1])


def test_int8_backend_is_its_own_space_close_to_the_float_one():
    int8 = get_embedder("onnx-int8")
    assert int8.name == MODEL_NAME + "+onnx-int8" and backend_for_space(int8.name) == "onnx-int8"
    a, b = get_embedder("torch").encode(TEXTS), int8.encode(TEXTS)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    cosines = (a * b).sum(axis=1)
    assert cosines.min() > 0.97 and np.abs(a - b).max() > 1e-4  # close, but not the same vectors
    # the ranking a question gets is the float model's on these texts
    q = "How much revenue did the company report?"
    assert np.argmax(a @ get_embedder("torch").encode_one(q)) == np.argmax(b @ int8.encode_one(q)) == 1


def test_store_built_with_int8_refuses_float_vectors(tmp_path):
    store = Store(tmp_path / "s", get_embedder("onnx-int8"))
    assert store.add(make_filing("int8_8-k_2020-01-01")).added
    with pytest.raises(StoreError, match=r"built with all-MiniLM-L6-v2\+onnx-int8 .*not all-MiniLM-L6-v2 "):
        Store(tmp_path / "s", get_embedder("torch")).add(make_filing("float_8-k_2020-01-02", salt="x"))


def test_export_lives_in_a_copy_and_is_made_once():
    folder, name = onnx_model_dir("onnx-int8")
    assert name == INT8_FILE and (folder / INT8_FILE).is_file() and (folder / ONNX_FILE).is_file()
    assert not (shipped_model_path() / "onnx").exists()  # the shipped package is left as it was
    before = (folder / ONNX_FILE).stat().st_mtime_ns, (folder / INT8_FILE).stat().st_mtime_ns
    assert onnx_model_dir("onnx") == (folder, ONNX_FILE)
    assert onnx_model_dir("onnx-int8") == (folder, INT8_FILE)
    assert ((folder / ONNX_FILE).stat().st_mtime_ns, (folder / INT8_FILE).stat().st_mtime_ns) == before


def test_unknown_backend_is_a_clear_error(monkeypatch):
    monkeypatch.setenv("FILINGQA_EMBED_BACKEND", "tensorrt")
    with pytest.raises(EmbeddingError, match="FILINGQA_EMBED_BACKEND='tensorrt': choose one of torch, onnx, onnx-int8"):
        default_backend()
    monkeypatch.setenv("FILINGQA_EMBED_BACKEND", "ONNX")
    assert default_backend() == "onnx"
