"""How close in meaning a question is to the sentences that may answer it, by the MiniLM sentence
embedder the store already uses (index/embedding.py).

Sentences are ranked first by the share of the question's words they carry (qa/answer.py
`_rank_sentences`); this sees what shared words miss ("What is the size of the offices?" and "an
owned facility of approximately 150,000 square feet"), and re-ranks the best of them. It never gates
an answer, and the chooser does not read it (a similarity of line item and row label as a chooser
feature was tried and lowered the held-out figures: docs/BENCHMARKS.md, twelfth session).

Texts are encoded once per process (a bounded cache).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

import numpy as np

MAX_CACHED = 50_000  # texts kept; a 10-K's sentences number a few thousand
PLACES = 4  # similarities are rounded, so that a ranking does not turn on the last bits of a float


class Meaning:
    """Cosine similarity of phrases under a sentence embedder (unit vectors: a dot product)."""

    def __init__(self, embedder: Any = None):
        self._embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from index.embedding import get_embedder

            self._embedder = get_embedder()
        return self._embedder

    def vectors(self, texts: list[str]) -> list[np.ndarray]:
        keys = [" ".join(t.split()) for t in texts]
        with self._lock:
            missing = list(dict.fromkeys(k for k in keys if k not in self._vectors))
        if missing:
            encoded = self.embedder.encode(missing)
            with self._lock:
                if len(self._vectors) + len(missing) > MAX_CACHED:
                    self._vectors.clear()
                self._vectors.update(zip(missing, encoded))
        with self._lock:
            found = [self._vectors.get(k) for k in keys]
        if any(v is None for v in found):  # cleared by another thread meanwhile: encode these again
            return list(self.embedder.encode(keys))
        return found

    def similarities(self, phrase: str, others: list[str]) -> list[float]:
        """The similarity of `phrase` to each of `others`, in [-1, 1]; 0 for an empty text."""
        if not phrase.strip() or not others:
            return [0.0] * len(others)
        vs = self.vectors([phrase] + [o if o.strip() else phrase for o in others])
        return [round(float(vs[0] @ v), PLACES) if o.strip() else 0.0 for v, o in zip(vs[1:], others)]


@lru_cache(maxsize=1)
def meaning() -> Meaning:
    """The process-wide instance, over the process-wide embedder."""
    return Meaning()
