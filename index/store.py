"""The on-disk store: filings, chunks, facts and vectors, searchable, safe to kill at any moment.

A store is a directory:
- `store.sqlite` is the truth: filings (metadata and the full ParsedFiling JSON), chunks with
  their float32 vectors, facts, and a generation counter that bumps on every committed change.
  One SQLite transaction (WAL) per add/remove, so a crash or a bad file never leaves half a
  filing behind.
- `vectors/` is a derived cache: the sharded FAISS index of index/vector_index.py (exact flat
  shards, sealed at a size and then made approximate when large; a manifest naming each shard's
  file and each filing's shard, vector count, first row id and metadata; FAISS ids are the chunks'
  row ids). An add writes only the open shard and the manifest (new files, then the manifest
  renamed over the old one). On open it is checked filing by filing against SQLite and only what
  differs is added or removed (e.g. after a kill between commit and manifest); an unreadable
  manifest or shard is rebuilt from the stored vectors.
- `manifest.json`: model, dimension, versions, filings with content hashes, generation (derived,
  atomic write, for people and tools; never read back as truth).

Embedding happens before the write transaction, so the slow part holds no lock. Readers are
served from in-memory caches (per filing, per generation) so the question path is fast; another
process's commit is picked up by `refresh()` (called automatically at most every
`auto_refresh` seconds). The search structures are replaced, never mutated, so a reader in
another thread keeps a consistent index while a writer adds.

    >>> store = Store("store")
    >>> store.add(parse_file("filing.txt")).added
    True
    >>> store.dense_search(get_embedder().encode_one("net loss per share"), k=5)
    [('filing/c7', 0.61), ...]
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
import sys
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

import faiss
import numpy as np
from pydantic import BaseModel

from index.chunking import chunk_filing
from index.models import Chunk, Fact, FilingMeta, ParsedFiling
from index.vector_index import FilingVectors, IndexConfig, Scope, VectorIndex

DB_NAME = "store.sqlite"
INDEX_NAME = "vectors"  # the sharded index's directory
LEGACY_INDEX_NAME = "index.faiss"  # the single flat file of schema 1 stores; replaced on open
MANIFEST_NAME = "manifest.json"
LOCK_NAME = ".write.lock"
SCHEMA_VERSION = 1
SINGLE_THREAD_SEARCH_MAX = 50_000  # vectors; beyond this a search uses every core
PAUSE_ENV = "FILINGQA_STORE_PAUSE"  # test hook: "before_commit:2,after_commit:1:<filing id>" sleeps there

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS filings (
    id TEXT PRIMARY KEY,
    seq INTEGER NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    meta_json TEXT NOT NULL,
    parsed_json TEXT NOT NULL,
    n_chunks INTEGER NOT NULL,
    n_tables INTEGER NOT NULL,
    n_facts INTEGER NOT NULL,
    n_repaired INTEGER NOT NULL,
    n_warnings INTEGER NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    vid INTEGER PRIMARY KEY AUTOINCREMENT,  -- the FAISS id, never reused
    id TEXT NOT NULL UNIQUE,
    filing_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    json TEXT NOT NULL,
    vector BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_filing ON chunks (filing_id, ord);
CREATE TABLE IF NOT EXISTS facts (
    filing_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    id TEXT NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (filing_id, ord)
);
"""


class StoreError(Exception):
    """A store that cannot be used as asked (wrong model, not a store directory, bad vector)."""


class AddResult(BaseModel):
    filing_id: str
    added: bool
    chunks: int = 0
    tables: int = 0
    facts: int = 0
    repaired: int = 0
    warnings: int = 0
    content_hash: str = ""
    renamed_from: str | None = None


@dataclass(frozen=True)
class _SearchState:
    """Everything a search needs, swapped as one object so readers never see a half update."""

    index: VectorIndex
    vid_to_chunk: dict[int, str]
    vids_by_filing: dict[str, np.ndarray]


@dataclass
class _FilingRow:
    meta: FilingMeta
    seq: int
    n_chunks: int
    n_tables: int
    n_facts: int
    n_repaired: int
    n_warnings: int


@dataclass
class _Cache:
    """Parsed objects for one generation; per-filing entries survive other filings' changes."""

    chunks: dict[str, list[Chunk]] = field(default_factory=dict)
    chunk_by_id: dict[str, dict[str, Chunk]] = field(default_factory=dict)
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    all_chunks: list[Chunk] | None = None
    all_facts: list[Fact] | None = None
    parsed: OrderedDict[str, ParsedFiling] = field(default_factory=OrderedDict)


def _pause(point: str, filing_id: str) -> None:
    """Crash-test hook: sleep at a named point of a write, announcing it on stderr."""
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return
    for item in spec.split(","):
        name, seconds, only = (item.split(":") + ["", ""])[:3]
        if name.strip() == point and (not only or only == filing_id):
            print(f"filingqa-store-pause {point} {filing_id}", file=sys.stderr, flush=True)
            time.sleep(float(seconds or 1))


def _versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    out = {"faiss": getattr(faiss, "__version__", "unknown")}
    for key, dist in (("sentence_transformers", "sentence-transformers"), ("filingqa", "filingqa")):
        try:
            out[key] = version(dist)
        except PackageNotFoundError:
            out[key] = "unknown"
    return out


def _renamed(parsed: ParsedFiling, new_id: str) -> ParsedFiling:
    """The same filing under another id: every '<old id>/...' id inside follows."""
    old = parsed.filing.id
    data = parsed.model_dump(mode="json")

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("id", "table_id") and isinstance(value, str) and value.startswith(old + "/"):
                    node[key] = new_id + value[len(old):]
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)
        return node

    walk(data)
    data["filing"]["id"] = new_id
    return ParsedFiling.model_validate(data)


def _filing_meta(meta: FilingMeta) -> dict[str, Any]:
    """What the vector index keeps per filing for its pre-filter."""
    return {"company": meta.company, "form": meta.form_type, "fiscal_year": meta.fiscal_year,
            "fiscal_period": meta.fiscal_period}


class Store:
    """Open or create a store directory. Safe to share between threads; see module docstring."""

    def __init__(self, path: str | Path, embedder: Any = None, *, auto_refresh: float = 1.0,
                 index_config: IndexConfig | None = None):
        self.path = Path(path)
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: not a store directory (it is a file)")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the store directory ({exc.strerror})") from None
        self._embedder = embedder
        self.auto_refresh = auto_refresh
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.RLock()  # in-process writers and cache reloads
        self._generation = -1
        self._filings: dict[str, _FilingRow] = {}
        self._cache = _Cache()
        self._search: _SearchState | None = None
        self._last_check = 0.0
        self._dim: int | None = None
        self._model: str | None = None
        self._index_dirty = False
        self._index_config = index_config
        try:
            if not self._has_schema(self._conn()):
                with self._tx(immediate=True) as conn:
                    for statement in _SCHEMA.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')")
                    conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            self._reload(full=True)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path / DB_NAME}: not a usable store database ({exc})") from None
        self._maintain_derived_files()

    # ---------------------------------------------------------------- connections, locks
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path / DB_NAME, isolation_level=None, timeout=60, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across process crashes
            conn.execute("PRAGMA busy_timeout=60000")
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

    @staticmethod
    def _has_schema(conn: sqlite3.Connection) -> bool:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {"meta", "filings", "chunks", "facts"} <= names

    @contextlib.contextmanager
    def _tx(self, *, immediate: bool = False) -> Iterator[sqlite3.Connection]:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @contextlib.contextmanager
    def _write_lock(self, blocking: bool = True) -> Iterator[bool]:
        """One writer at a time across threads and processes (flock dies with its process)."""
        if not self._lock.acquire(blocking=blocking):
            yield False
            return
        try:
            with open(self.path / LOCK_NAME, "a+") as fh:
                try:
                    fcntl.flock(fh, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
                except BlockingIOError:
                    yield False
                    return
                try:
                    yield True
                finally:
                    fcntl.flock(fh, fcntl.LOCK_UN)
        finally:
            self._lock.release()

    def close(self) -> None:
        with self._lock:
            for conn in self._conns:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._conns.clear()
            self._local = threading.local()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---------------------------------------------------------------- generation and caches
    @property
    def generation(self) -> int:
        """The committed generation this object serves (refreshed like every read)."""
        self._maybe_refresh()
        return self._generation

    def _db_generation(self, conn: sqlite3.Connection | None = None) -> int:
        row = (conn or self._conn()).execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return int(row[0]) if row else 0

    def refresh(self) -> bool:
        """Pick up changes another process (or Store object) committed; True if anything moved."""
        self._last_check = time.monotonic()
        if self._db_generation() == self._generation:
            return False
        self._reload()
        return True

    def _maybe_refresh(self) -> None:
        if self.auto_refresh is None or time.monotonic() - self._last_check < self.auto_refresh:
            return
        if self._lock.acquire(blocking=False):  # a writer in this process is busy: serve the cache
            try:
                self.refresh()
            finally:
                self._lock.release()

    def _reload(self, *, full: bool = False) -> None:
        """Reload filings and the search state from one consistent SQLite snapshot.

        Incremental unless `full`: cached objects of unchanged filings are kept, and the FAISS
        index is a copy of the current one with the removed ids dropped and the new ones added
        (the current one stays untouched for readers that are searching it right now).
        """
        with self._lock:
            old = None if full else self._search
            with self._tx() as conn:
                generation = self._db_generation(conn)
                meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
                self._model = meta.get("model")
                self._dim = int(meta["dim"]) if "dim" in meta else None
                rows = conn.execute(
                    "SELECT id, seq, meta_json, n_chunks, n_tables, n_facts, n_repaired, n_warnings"
                    " FROM filings ORDER BY seq").fetchall()
                chunk_rows = conn.execute("SELECT vid, id, filing_id FROM chunks ORDER BY vid").fetchall()
                filings = {}
                for fid, seq, meta_json, *counts in rows:
                    filings[fid] = _FilingRow(FilingMeta.model_validate_json(meta_json), seq, *counts)
                state = _make_search_state(None, chunk_rows)
                if old is None:
                    index = self._load_or_rebuild_index(conn, state.vids_by_filing, filings)
                else:
                    index = self._reconcile(conn, old.index, state.vids_by_filing, filings)
            # keep the cached objects of filings whose content is unchanged
            kept = {fid for fid, row in filings.items()
                    if fid in self._filings and self._filings[fid].meta.content_hash == row.meta.content_hash}
            cache = _Cache()
            for fid in kept:
                for attr in ("chunks", "chunk_by_id", "facts"):
                    if fid in getattr(self._cache, attr):
                        getattr(cache, attr)[fid] = getattr(self._cache, attr)[fid]
            cache.parsed = OrderedDict((k, v) for k, v in self._cache.parsed.items() if k in kept)
            self._search = _SearchState(index, state.vid_to_chunk, state.vids_by_filing)
            self._filings = filings
            self._cache = cache
            self._generation = generation
            self._last_check = time.monotonic()

    def _vectors(self, conn: sqlite3.Connection, vids: list[int]) -> np.ndarray:
        """Stored vectors for these chunk row ids, in that order."""
        blobs: list[bytes] = []
        for i in range(0, len(vids), 500):
            part = vids[i:i + 500]
            found = dict(conn.execute(f"SELECT vid, vector FROM chunks WHERE vid IN ({','.join('?' * len(part))})",
                                      part).fetchall())
            blobs.extend(found[v] for v in part)
        return np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(len(vids), -1).copy()

    def _reconcile(self, conn: sqlite3.Connection, index: VectorIndex, vids_by_filing: dict[str, np.ndarray],
                   filings: dict[str, _FilingRow]) -> VectorIndex:
        """The index brought in line with SQLite, filing by filing: gone or changed ones out, new ones in.

        Row ids are never reused and a chunk's vector never changes, so a filing with the same
        count and first row id holds the same vectors."""
        if self._dim is not None and index.dim != self._dim:  # an empty store's placeholder
            index = VectorIndex(self._dim, index.config)
        truth = {fid: (len(v), int(v.min())) for fid, v in vids_by_filing.items() if len(v)}
        have = index.signature()
        removed = [fid for fid, sig in have.items() if truth.get(fid) != sig]
        added = [fid for fid, sig in truth.items() if have.get(fid) != sig]
        if not removed and not added:
            return index
        return index.with_changes(
            added=[FilingVectors(fid, vids_by_filing[fid], self._vectors(conn, vids_by_filing[fid].tolist()),
                                 _filing_meta(filings[fid].meta) if fid in filings else {})
                   for fid in sorted(added, key=lambda f: filings[f].seq if f in filings else 0)],
            removed=removed,
            vectors_of=lambda vids: self._vectors(conn, [int(v) for v in vids]))

    def _load_or_rebuild_index(self, conn: sqlite3.Connection, vids_by_filing: dict[str, np.ndarray],
                               filings: dict[str, _FilingRow]) -> VectorIndex:
        """The shards on disk brought in line with SQLite; rebuilt from the stored vectors if unreadable."""
        directory = self.path / INDEX_NAME
        dim = self._dim or 384
        index = None
        if directory.exists():
            try:
                index = VectorIndex.load(directory, vids_of=vids_by_filing.get)
                if index.dim != dim:
                    index = None
            except ValueError:  # a lost or foreign file: it is only a cache
                index = None
        if index is not None and self._index_config is not None:
            index.config = self._index_config
        if index is None:
            index = VectorIndex(dim, self._index_config)
        fixed = self._reconcile(conn, index, vids_by_filing, filings)
        if fixed is not index or (self.path / LEGACY_INDEX_NAME).exists():
            self._index_dirty = True
        if fixed.ntotal != sum(len(v) for v in vids_by_filing.values()):  # ids off the manifest's ranges
            fixed = self._reconcile(conn, VectorIndex(dim, index.config), vids_by_filing, filings)
            self._index_dirty = True
        return fixed

    def _maintain_derived_files(self) -> None:
        """After open: rewrite a stale FAISS file or manifest if no writer is busy right now."""
        stale_index = self._index_dirty or not (self.path / INDEX_NAME / "manifest.json").exists()
        try:
            manifest = json.loads((self.path / MANIFEST_NAME).read_text())
            stale_manifest = manifest.get("generation") != self._generation
        except (OSError, ValueError):
            stale_manifest = True
        if not (stale_index or stale_manifest):
            return
        with self._write_lock(blocking=False) as locked:
            if not locked or self._db_generation() != self._generation:
                return  # a writer is at work; it writes both files itself
            self._cleanup_temp_files()
            if stale_index:
                self._write_index()
            self._write_manifest()
        self._index_dirty = False

    # ---------------------------------------------------------------- derived files
    def _cleanup_temp_files(self) -> None:
        """Temp files of writers that died (only called under the write lock)."""
        for tmp in [*self.path.glob("*.tmp-*"), *(self.path / INDEX_NAME).glob("*.tmp-*")]:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def _write_index(self) -> None:
        state = self._search
        if state is None:
            return
        state.index.save(self.path / INDEX_NAME, self._generation)
        with contextlib.suppress(OSError):
            (self.path / LEGACY_INDEX_NAME).unlink()

    def _write_manifest(self) -> None:
        manifest = {
            "format": "filingqa-store",
            "schema": SCHEMA_VERSION,
            "generation": self._generation,
            "model": self._model,
            "dim": self._dim,
            "index": {"dir": INDEX_NAME, "types": self._search.index.kinds() if self._search else {},
                      "metric": "inner_product", "shards": len(self._search.index.shards) if self._search else 0,
                      "vectors": self._search.index.ntotal if self._search else 0},
            "versions": _versions(),
            "filings": [{"id": fid, "content_hash": row.meta.content_hash, "source_name": row.meta.source_name,
                         "chunks": row.n_chunks, "facts": row.n_facts} for fid, row in self._filings.items()],
        }
        tmp = self.path / f"{MANIFEST_NAME}.tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        tmp.write_text(json.dumps(manifest, indent=2) + "\n")
        os.replace(tmp, self.path / MANIFEST_NAME)

    # ---------------------------------------------------------------- writes
    @property
    def embedder(self) -> Any:
        if self._embedder is None:
            from index.embedding import get_embedder

            self._embedder = get_embedder()
        return self._embedder

    def _hash_owner(self, conn: sqlite3.Connection, content_hash: str) -> str | None:
        row = conn.execute("SELECT id FROM filings WHERE content_hash=?", (content_hash,)).fetchone()
        return row[0] if row else None

    def _target_id(self, conn: sqlite3.Connection, parsed: ParsedFiling) -> str:
        """The filing's own id, or '<id>-<hash8>' when that id already holds other content."""
        fid = parsed.filing.id
        if conn.execute("SELECT 1 FROM filings WHERE id=?", (fid,)).fetchone():
            return f"{fid}-{parsed.filing.content_hash[:8]}"
        return fid

    def add(self, parsed: ParsedFiling) -> AddResult:
        """Store a parsed filing with its chunks, vectors and facts: all of it or none of it."""
        return self.add_many([parsed])[0]

    def add_many(self, parsed_filings: list[ParsedFiling]) -> list[AddResult]:
        """Add several filings, each in its own transaction (each all or nothing), in order.

        Their chunks are embedded in one call before any write, which keeps batches full and lets
        the model sort texts by length across filings; the FAISS file and manifest are written
        once at the end.
        """
        embedder = self.embedder
        count_tokens = getattr(embedder, "count_tokens", None)
        conn = self._conn()
        plans: list[AddResult | tuple[ParsedFiling, str, ParsedFiling, list[Chunk]]] = []
        for parsed in parsed_filings:
            content_hash = parsed.filing.content_hash
            if not content_hash:
                raise StoreError(f"{parsed.filing.id}: filing has no content hash")
            owner = self._hash_owner(conn, content_hash)
            if owner is not None:
                plans.append(AddResult(filing_id=owner, added=False, content_hash=content_hash))
                continue
            target = self._target_id(conn, parsed)
            work = parsed if target == parsed.filing.id else _renamed(parsed, target)
            plans.append((parsed, target, work, chunk_filing(work, count_tokens)))
        texts = [c.text for plan in plans if not isinstance(plan, AddResult) for c in plan[3]]
        if not texts:
            if all(isinstance(plan, AddResult) for plan in plans):
                return list(plans)  # nothing new: no model needed, nothing written
        self._check_model(embedder)
        vectors = embedder.encode(texts) if texts else np.zeros((0, embedder.dim), np.float32)
        results: list[AddResult] = []
        offset = 0
        last = None
        with self._write_lock():
            try:
                for plan in plans:
                    if isinstance(plan, AddResult):
                        results.append(plan)
                        continue
                    parsed, target, work, chunks = plan
                    mine = vectors[offset:offset + len(chunks)]
                    offset += len(chunks)
                    results.append(self._commit(parsed, target, work, chunks, mine, embedder))
                    if results[-1].added:
                        last = target
                        _pause("after_commit", target)
            finally:
                if last is not None:
                    self._reload()
                    self._write_index()
                    _pause("after_index", last)
                    self._write_manifest()
        return results

    def _commit(self, parsed: ParsedFiling, target: str, work: ParsedFiling, chunks: list[Chunk],
                vectors: np.ndarray, embedder: Any) -> AddResult:
        """One filing's transaction, re-checking what may have changed since it was prepared."""
        content_hash = parsed.filing.content_hash
        with self._tx(immediate=True) as conn:
            owner = self._hash_owner(conn, content_hash)
            if owner is not None:  # stored meanwhile (another writer, or twice in one batch)
                return AddResult(filing_id=owner, added=False, content_hash=content_hash)
            again = self._target_id(conn, parsed)
            if again != target:  # the id was taken meanwhile; same texts, so same vectors
                target, work = again, _renamed(parsed, again)
                chunks = chunk_filing(work, getattr(embedder, "count_tokens", None))
            self._insert(conn, work, chunks, vectors, embedder)
            _pause("before_commit", target)
        return AddResult(filing_id=target, added=True, chunks=len(chunks), tables=len(work.tables),
                         facts=len(work.facts), repaired=work.repaired_count, warnings=len(work.warnings),
                         content_hash=content_hash,
                         renamed_from=parsed.filing.id if target != parsed.filing.id else None)

    def _check_model(self, embedder: Any) -> None:
        row = dict(self._conn().execute("SELECT key, value FROM meta WHERE key IN ('model','dim')").fetchall())
        if row and (row.get("model") != embedder.name or int(row.get("dim", 0)) != embedder.dim):
            raise StoreError(f"{self.path}: store was built with {row.get('model')} ({row.get('dim')}-d), "
                             f"not {embedder.name} ({embedder.dim}-d); index into a new store")

    def _insert(self, conn: sqlite3.Connection, parsed: ParsedFiling, chunks: list[Chunk], vectors: np.ndarray,
                embedder: Any) -> None:
        fid = parsed.filing.id
        if len(vectors) != len(chunks):
            raise StoreError(f"{fid}: {len(vectors)} vectors for {len(chunks)} chunks")
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('model', ?)", (embedder.name,))
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('dim', ?)", (str(embedder.dim),))
        seq = conn.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM filings").fetchone()[0]
        conn.execute(
            "INSERT INTO filings VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (fid, seq, parsed.filing.content_hash, parsed.filing.model_dump_json(), parsed.model_dump_json(),
             len(chunks), len(parsed.tables), len(parsed.facts), parsed.repaired_count, len(parsed.warnings),
             time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())))
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        conn.executemany(
            "INSERT INTO chunks (id, filing_id, ord, json, vector) VALUES (?,?,?,?,?)",
            [(c.id, fid, i, c.model_dump_json(), vectors[i].tobytes()) for i, c in enumerate(chunks)])
        conn.executemany(
            "INSERT INTO facts VALUES (?,?,?,?)",
            [(fid, i, f.id, f.model_dump_json()) for i, f in enumerate(parsed.facts)])
        self._bump(conn)

    @staticmethod
    def _bump(conn: sqlite3.Connection) -> None:
        conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key='generation'")

    def remove(self, filing_id: str) -> bool:
        """Remove a filing with its chunks, vectors and facts; False if there was none."""
        with self._write_lock():
            with self._tx(immediate=True) as conn:
                if not conn.execute("SELECT 1 FROM filings WHERE id=?", (filing_id,)).fetchone():
                    return False
                for table in ("chunks", "facts"):
                    conn.execute(f"DELETE FROM {table} WHERE filing_id=?", (filing_id,))
                conn.execute("DELETE FROM filings WHERE id=?", (filing_id,))
                self._bump(conn)
                _pause("before_commit", filing_id)
            self._reload()
            self._write_index()
            self._write_manifest()
        return True

    # ---------------------------------------------------------------- reads
    def filings(self) -> list[FilingMeta]:
        self._maybe_refresh()
        return [row.meta for row in self._filings.values()]

    def counts(self, filing_id: str) -> dict[str, int] | None:
        """Stored counts for one filing: chunks, tables, facts, repaired, warnings."""
        self._maybe_refresh()
        row = self._filings.get(filing_id)
        if row is None:
            return None
        return {"chunks": row.n_chunks, "tables": row.n_tables, "facts": row.n_facts,
                "repaired": row.n_repaired, "warnings": row.n_warnings}

    def get(self, filing_id: str) -> ParsedFiling | None:
        """The full parsed filing (text, blocks, tables, facts), as it was added."""
        self._maybe_refresh()
        cache = self._cache
        if filing_id in cache.parsed:
            cache.parsed.move_to_end(filing_id)
            return cache.parsed[filing_id]
        row = self._conn().execute("SELECT parsed_json FROM filings WHERE id=?", (filing_id,)).fetchone()
        if row is None:
            return None
        parsed = ParsedFiling.model_validate_json(row[0])
        with self._lock:
            cache.parsed[filing_id] = parsed
            while len(cache.parsed) > 8:
                cache.parsed.popitem(last=False)
        return parsed

    def _filing_chunks(self, filing_id: str) -> list[Chunk]:
        cache = self._cache
        found = cache.chunks.get(filing_id)
        if found is None:
            rows = self._conn().execute("SELECT json FROM chunks WHERE filing_id=? ORDER BY ord",
                                        (filing_id,)).fetchall()
            found = [Chunk.model_validate_json(r[0]) for r in rows]
            with self._lock:
                if filing_id in self._filings:
                    cache.chunks[filing_id] = found
                    cache.chunk_by_id[filing_id] = {c.id: c for c in found}
        return found

    def _filing_facts(self, filing_id: str) -> list[Fact]:
        cache = self._cache
        found = cache.facts.get(filing_id)
        if found is None:
            rows = self._conn().execute("SELECT json FROM facts WHERE filing_id=? ORDER BY ord",
                                        (filing_id,)).fetchall()
            found = [Fact.model_validate_json(r[0]) for r in rows]
            with self._lock:
                if filing_id in self._filings:
                    cache.facts[filing_id] = found
        return found

    def chunks(self, filing_id: str | None = None) -> list[Chunk]:
        """Chunks of one filing (or all, in the order filings were added), in reading order."""
        self._maybe_refresh()
        if filing_id is not None:
            return list(self._filing_chunks(filing_id)) if filing_id in self._filings else []
        cache = self._cache
        if cache.all_chunks is None:
            cache.all_chunks = [c for fid in list(self._filings) for c in self._filing_chunks(fid)]
        return list(cache.all_chunks)

    def chunk(self, chunk_id: str) -> Chunk | None:
        self._maybe_refresh()
        filing_id = chunk_id.rsplit("/", 1)[0]
        if filing_id not in self._filings:
            return None
        self._filing_chunks(filing_id)
        return self._cache.chunk_by_id.get(filing_id, {}).get(chunk_id)

    def facts(self, filing_id: str | None = None) -> list[Fact]:
        """Facts of one filing (or all), table facts and prose facts, as parsed."""
        self._maybe_refresh()
        if filing_id is not None:
            return list(self._filing_facts(filing_id)) if filing_id in self._filings else []
        cache = self._cache
        if cache.all_facts is None:
            cache.all_facts = [f for fid in list(self._filings) for f in self._filing_facts(fid)]
        return list(cache.all_facts)

    def dense_search(self, query_vector: Any, k: int, filing_ids: list[str] | None = None, *,
                     scope: Scope | None = None) -> list[tuple[str, float]]:
        """Inner-product search: [(chunk id, score)] best first, optionally within filings or a scope
        (company, form, fiscal year/period). Only the shards holding allowed filings are searched;
        exact while the store is under the index's flat_max, approximate in large sealed shards."""
        self._maybe_refresh()
        state = self._search
        if state is None or k <= 0 or state.index.ntotal == 0:
            return []
        query = np.ascontiguousarray(np.asarray(query_vector, dtype=np.float32).reshape(1, -1))
        if query.shape[1] != state.index.d:
            raise StoreError(f"query vector has {query.shape[1]} dimensions, the index {state.index.d}")
        if filing_ids is not None:
            scope = (scope or Scope()).model_copy(update={"filing_ids": list(filing_ids)})
        # One query over a flat index: OpenMP threads cost more than they save (about 4 ms
        # against 0.06 ms on a busy 2-core machine) until the index is large.
        faiss.omp_set_num_threads(1 if state.index.ntotal < SINGLE_THREAD_SEARCH_MAX else os.cpu_count() or 1)
        conn = self._conn()
        ids, scores = state.index.search(query, k, scope,
                                         vectors_of=lambda vids: self._vectors(conn, [int(v) for v in vids]))
        return [(state.vid_to_chunk[int(v)], float(sc)) for sc, v in zip(scores, ids)
                if v >= 0 and int(v) in state.vid_to_chunk]

    def index_stats(self) -> dict[str, Any]:
        """Vectors, shards, index types and bytes (in memory and on disk) of the vector index."""
        from index.vector_index import directory_bytes

        self._maybe_refresh()
        stats = self._search.index.stats() if self._search else {}
        stats["bytes_on_disk"] = directory_bytes(self.path / INDEX_NAME) if (self.path / INDEX_NAME).exists() else 0
        stats["sqlite_bytes"] = sum(p.stat().st_size for p in self.path.glob(DB_NAME + "*") if p.is_file())
        stats["filings_in_store"] = len(self._filings)
        stats["generation"] = self._generation
        return stats

    def __len__(self) -> int:
        return len(self._filings)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, filings={len(self._filings)}, generation={self._generation})"


def _make_search_state(index: Any, chunk_rows: list[tuple[int, str, str]]) -> _SearchState:
    by_filing: dict[str, list[int]] = {}
    for vid, _, fid in chunk_rows:
        by_filing.setdefault(fid, []).append(vid)
    return _SearchState(index=index, vid_to_chunk={vid: cid for vid, cid, _ in chunk_rows},
                        vids_by_filing={f: np.array(v, dtype=np.int64) for f, v in by_filing.items()})
