"""The real all-MiniLM-L6-v2: unit vectors, one model per process, related text scores higher."""

from __future__ import annotations

import numpy as np
import pytest

from index.chunking import MAX_TOKENS, chunk_filing, estimate_tokens
from index.embedding import get_embedder
from test_chunking import make_filing


@pytest.fixture(scope="session")
def embedder():
    return get_embedder()


def test_singleton_and_shape(embedder):
    assert get_embedder() is embedder
    assert embedder.name == "all-MiniLM-L6-v2" and embedder.dim == 384
    vectors = embedder.encode(["Net loss per share", "Total revenues for the quarter", "Cash and equivalents"])
    assert vectors.dtype == np.float32 and vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)
    with pytest.raises(TypeError):
        embedder.encode("a single string")


def test_related_text_scores_higher(embedder):
    q = embedder.encode_one("How much revenue did the company report?")
    docs = embedder.encode(["Total revenues were $19.5 million for the quarter.",
                            "The board elected three directors at the annual meeting."])
    scores = docs @ q
    assert scores[0] > scores[1] + 0.1


def test_chunks_fit_the_model_window(embedder):
    """Sized with the model's own tokenizer, every chunk is read whole (nothing truncated)."""
    sentence = "Research and development expenses were $17,161 thousand, up 12.5% from $15,254 thousand. "
    parsed = make_filing(sections={"MD&A": [sentence * 30]}, table_rows=60)
    exact = chunk_filing(parsed, embedder.count_tokens)
    for chunk in exact:
        assert embedder.count_tokens(chunk.text) <= MAX_TOKENS <= embedder.max_seq_length - 2
    for chunk in chunk_filing(parsed):  # without the tokenizer the estimate errs on the small side
        assert embedder.count_tokens(chunk.text) <= estimate_tokens(chunk.text)
    assert len(chunk_filing(parsed)) >= len(exact)


def test_sample_statement_of_operations_is_one_chunk(embedder, sample_path):
    from index.parse import parse_file

    parsed = parse_file(sample_path)
    chunks = chunk_filing(parsed, embedder.count_tokens)
    ops = [c for c in chunks if c.kind == "table" and "STATEMENTS OF OPERATIONS" in c.text]
    assert len(ops) == 1
    assert "Research and development: 17,161* | 13,425" in ops[0].text
    assert "Net loss per common share, basic and diluted: $ (0.26) | $ (0.19)" in ops[0].text
    assert all(embedder.count_tokens(c.text) <= MAX_TOKENS for c in chunks)
