"""The indexing stages, shared by `filingqa index` (one process, the default) and `--ray` (Ray Data).

    plan   -> which files still need indexing (content hash already stored: skipped, so a killed
              job started again resumes where it stopped)
    parse  -> ParsedFiling, or one error line for that file (never an exception)
    chunk  -> the chunk texts, sized with the model's tokenizer
    embed  -> float32 unit vectors
    write  -> Store.add_many: one SQLite transaction per filing, a no-op for a stored content hash

The one-process path runs parse, then `write`, whose Store.add_many chunks and embeds in the same
process. The Ray path runs parse and chunk as CPU tasks and embed in an actor pool, then hands the
vectors to the very same `write` through `Precomputed`, an embedder that answers from the vectors
already made (so the store re-chunks with the same code and finds every text's vector).
"""

from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path
from typing import Any, Callable, Iterable

import numpy as np
from pydantic import BaseModel

BATCH_FILES = 8  # parsed files written together (fuller embedding batches); each still its own transaction


class FileOutcome(BaseModel):
    """What happened to one input file."""

    path: str
    filing_id: str | None = None
    added: bool = False
    chunks: int = 0
    tables: int = 0
    facts: int = 0
    repaired: int = 0
    warnings: int = 0
    renamed_from: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def line(self) -> str:
        """The line `filingqa index` prints for this file (stderr for an error)."""
        if self.error is not None:
            return f"error: {self.path}: {self.error}"
        if not self.added:
            return f"{self.path}: {self.filing_id} already indexed"
        renamed = f" (id {self.renamed_from} held other content)" if self.renamed_from else ""
        return (f"{self.path}: {self.filing_id} tables={self.tables} facts={self.facts} repaired={self.repaired} "
                f"warnings={self.warnings} chunks={self.chunks}{renamed}")


# ------------------------------------------------------------------- plan
def file_hash(path: str | Path) -> str | None:
    """sha256 of the file's bytes (the parser's content hash), None if unreadable."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def plan(store: Any, files: Iterable[Path]) -> tuple[list[Path], list[FileOutcome]]:
    """Files still to index, and the outcomes of those whose bytes the store already holds."""
    stored = {meta.content_hash: meta.id for meta in store.filings()}
    todo: list[Path] = []
    done: list[FileOutcome] = []
    for path in files:
        owner = stored.get(file_hash(path) or "")
        if owner is None:
            todo.append(path)
        else:
            done.append(FileOutcome(path=str(path), filing_id=owner))
    return todo, done


# ------------------------------------------------------------------- parse
def reason(exc: BaseException, path: Path) -> str:
    """The error's reason without a repeated file name prefix."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    for prefix in (str(path), path.name):
        if message.startswith(prefix + ": "):
            return message[len(prefix) + 2:]
    return message


def parse_stage(path: str | Path, max_bytes: int | None = None) -> tuple[Any, str | None]:
    """(ParsedFiling, None) or (None, the reason it failed): a bad file never raises."""
    from index.errors import FilingError
    from index.parse import parse_file

    path = Path(path)
    kwargs = {} if max_bytes is None else {"max_bytes": max_bytes}
    try:
        return parse_file(path, **kwargs), None
    except FilingError as exc:
        return None, reason(exc, path)
    except Exception as exc:  # a parser bug on one file must not stop the others
        return None, f"could not be parsed ({type(exc).__name__}: {exc})".splitlines()[0]


# ------------------------------------------------------------------- chunk, embed
def chunk_stage(parsed: Any, count_tokens: Callable[[str], int] | None) -> list[str]:
    """The texts the store will embed for this filing (the store's own chunker)."""
    from index.chunking import chunk_filing

    return [c.text for c in chunk_filing(parsed, count_tokens)]


def embed_stage(embedder: Any, texts: list[str], batch_size: int = 64) -> np.ndarray:
    return embedder.encode(texts, batch_size=batch_size)


class Precomputed:
    """An embedder for Store that answers from vectors made elsewhere (Ray actors).

    Texts it was not given are encoded by `fallback()` (the local model, loaded only then), so a
    store that renames a filing still gets every vector. `name` and `dim` are the model's, so the
    store's model check holds."""

    def __init__(self, name: str, dim: int, count_tokens: Callable[[str], int] | None,
                 fallback: Callable[[], Any]):
        self.name, self.dim = name, dim
        self.count_tokens = count_tokens
        self._fallback = fallback
        self._vectors: dict[str, np.ndarray] = {}
        self.missed = 0

    def load(self, texts: list[str], vectors: np.ndarray) -> None:
        self._vectors.update(zip(texts, vectors))

    def clear(self) -> None:
        self._vectors.clear()

    def encode(self, texts: list[str], batch_size: int = 64, progress: bool = False) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        missing = [i for i, t in enumerate(texts) if t not in self._vectors]
        if missing:
            self.missed += len(missing)
            out[missing] = self._fallback().encode([texts[i] for i in missing], batch_size=batch_size)
        for i, text in enumerate(texts):
            if text in self._vectors:
                out[i] = self._vectors[text]
        return out

    def encode_one(self, text: str) -> np.ndarray:
        return self.encode([text])[0]


# ------------------------------------------------------------------- write
def write_stage(store: Any, batch: list[tuple[Path, Any]]) -> list[FileOutcome]:
    """Add parsed filings, one transaction each; a file the store refuses is reported, not raised."""
    from index.store import StoreError

    try:
        results: list[Any] | None = store.add_many([parsed for _, parsed in batch])
    except StoreError:  # find out which file: one at a time
        results = None
    outcomes = []
    for n, (path, parsed) in enumerate(batch):
        if results is None:
            try:
                result = store.add(parsed)
            except StoreError as exc:
                outcomes.append(FileOutcome(path=str(path), error=reason(exc, Path(path))))
                continue
        else:
            result = results[n]
        outcomes.append(FileOutcome(path=str(path), filing_id=result.filing_id, added=result.added,
                                    chunks=result.chunks, tables=result.tables, facts=result.facts,
                                    repaired=result.repaired, warnings=result.warnings,
                                    renamed_from=result.renamed_from))
    return outcomes


# ------------------------------------------------------------------- progress
class Progress:
    """A tqdm bar over files: filings done, chunks/s and errors; outcome lines printed above it."""

    def __init__(self, total: int, *, disable: bool | None = None, out=None, err=None):
        from tqdm import tqdm

        self._tqdm = tqdm
        self.out = out or sys.stdout
        self.err = err or sys.stderr
        self.bar = tqdm(total=total, unit="filing", file=sys.stderr, leave=False,
                        disable=True if total < 2 else disable)
        self.start = time.perf_counter()
        self.chunks = 0
        self.errors = 0
        self.outcomes: list[FileOutcome] = []

    def record(self, outcome: FileOutcome, *, count: bool = True) -> None:
        self.outcomes.append(outcome)
        if outcome.error is not None:
            self.errors += 1
            self._tqdm.write(outcome.line(), file=self.err)
        else:
            self.chunks += outcome.chunks
            self._tqdm.write(outcome.line(), file=self.out)
        try:
            self.out.flush()
        except (AttributeError, ValueError):
            pass
        if count:
            elapsed = max(time.perf_counter() - self.start, 1e-9)
            self.bar.set_postfix_str(f"{self.chunks / elapsed:.1f} chunks/s, {self.errors} errors", refresh=False)
            self.bar.update(1)

    def close(self) -> None:
        self.bar.close()


# ------------------------------------------------------------------- the one-process path
def run_local(store: Any, files: list[Path], progress: Progress, *, max_bytes: int | None = None,
              batch_files: int = BATCH_FILES) -> None:
    """parse -> write (chunk and embed inside Store.add_many), `batch_files` parsed files at a time."""
    pending: list[tuple[Path, Any]] = []

    def flush() -> None:
        for outcome in write_stage(store, pending):
            progress.record(outcome)
        pending.clear()

    for path in files:
        parsed, error = parse_stage(path, max_bytes)
        if error is not None:
            progress.record(FileOutcome(path=str(path), error=error))
        else:
            pending.append((path, parsed))
        if len(pending) >= batch_files:
            flush()
    flush()
