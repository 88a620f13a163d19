"""`filingqa index ... --ray [ADDRESS]`: the pipeline's stages on Ray Data.

    files (not yet stored) -> parse + chunk  (Ray tasks, 1 CPU each)
                           -> embed          (an actor pool: the model loads once per actor,
                                              chunk texts of several filings encoded in one batch)
                           -> write          (in the driver: Store.add_many, one transaction per
                                              filing, no-op for a content hash already stored)

Without an address Ray starts in local mode on this machine (`num_cpus` CPUs, no dashboard); with
one (`auto`, `ray://host:10001`, `host:6379`) it joins that cluster, whose nodes must see the input
paths (a shared file system) and have FilingQA installed. The store stays with the driver: SQLite
is not for many writers, and writing is a small share of the time.

A killed job started again skips every file whose bytes are already stored (index.pipeline.plan),
and a filing is committed whole or not at all, so it resumes with no duplicates and no half filing.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

import numpy as np

from index.pipeline import BATCH_FILES, FileOutcome, Precomputed, Progress, chunk_stage, parse_stage, write_stage

LOCAL_CPUS_ENV = "FILINGQA_RAY_CPUS"
PARSE_CPUS = 0.5
_OBJECT_STORE_BYTES = 256 * 1024 * 1024  # local mode: the rows are parsed filings and vectors, not much


def _env_for_workers() -> dict[str, str]:
    keep = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "TOKENIZERS_PARALLELISM", "FILINGQA_EMBED_BACKEND",
            "FILINGQA_MODEL_CACHE", "PYTHONPATH")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def start_ray(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Connect to `address`, or start Ray in local mode; False if Ray was already running here."""
    import ray

    if ray.is_initialized():
        return False
    root = str(Path(__file__).resolve().parent.parent)
    env = _env_for_workers()
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
    runtime_env = {"env_vars": env}
    if address:
        ray.init(address=address, runtime_env=runtime_env, log_to_driver=False, logging_level=logging.WARNING)
    else:
        cpus = num_cpus or int(os.environ.get(LOCAL_CPUS_ENV) or os.cpu_count() or 1)
        # Ray runs its workers at niceness 15 by default (the raylet first); in local mode they are
        # this job's whole work, and on a shared machine they would lose every core to the
        # neighbours' processes, so they run at the driver's priority.
        ray.init(num_cpus=cpus, include_dashboard=False, runtime_env=runtime_env, log_to_driver=False,
                 logging_level=logging.WARNING, object_store_memory=_OBJECT_STORE_BYTES,
                 _system_config={"worker_niceness": 0})
    return True


# ------------------------------------------------------------------- the stages as Ray functions
class _Counter:
    """Per-process tokenizer for the parse tasks (loaded once per worker process)."""

    counter = None

    @classmethod
    def get(cls):
        if cls.counter is None:
            from index.embedding import TokenCounter

            cls.counter = TokenCounter()
        return cls.counter


def parse_row(row: dict[str, Any], max_bytes: int | None = None) -> dict[str, Any]:
    """Ray task: a path -> the parsed filing (JSON) and its chunk texts, or the error."""
    path = row["path"]
    parsed, error = parse_stage(path, max_bytes)
    if error is not None:
        return {"path": path, "parsed": "", "texts": [], "error": error}
    try:
        texts = chunk_stage(parsed, _Counter.get().count_tokens)
    except Exception as exc:  # a chunker bug on one file must not stop the others
        return {"path": path, "parsed": "", "texts": [], "error": f"could not be chunked ({type(exc).__name__}: {exc})"}
    return {"path": path, "parsed": parsed.model_dump_json(), "texts": texts, "error": ""}


class EmbedActor:
    """Ray actor: loads the model once; each call encodes the texts of several filings together."""

    def __init__(self, backend: str | None = None, batch_size: int = 64):
        from index.embedding import get_embedder

        self.embedder = get_embedder(backend)
        self.batch_size = batch_size

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        texts_per_row = [list(t) for t in batch["texts"]]
        flat = [t for texts in texts_per_row for t in texts]
        vectors = self.embedder.encode(flat, batch_size=self.batch_size) if flat else np.zeros((0, self.embedder.dim), np.float32)
        out, offset = [], 0
        for texts in texts_per_row:
            out.append(np.ascontiguousarray(vectors[offset:offset + len(texts)], dtype=np.float32).tobytes())
            offset += len(texts)
        return {"path": list(batch["path"]), "parsed": list(batch["parsed"]), "error": list(batch["error"]),
                "texts": texts_per_row, "vectors": out}


def run_ray(store_path: str | Path, files: list[Path], progress: Progress, *, address: str | None = None,
            max_bytes: int | None = None, backend: str | None = None, embed_actors: int | None = None,
            batch_files: int = BATCH_FILES, num_cpus: int | None = None, keep_ray: bool = False) -> None:
    """Index `files` (already planned: none of them stored) into the store at `store_path` with Ray Data."""
    import ray

    from index.embedding import MODEL_DIM, TokenCounter, default_backend, get_embedder, space_name
    from index.models import ParsedFiling
    from index.store import Store

    if not files:
        return
    backend = backend or default_backend()
    started = start_ray(address, num_cpus)
    try:
        import ray.data

        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False  # ours shows filings, chunks/s and errors
        ctx.print_on_execution_start = False
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        cpus = int(ray.cluster_resources().get("CPU", 1))
        actors = embed_actors or max(1, cpus // 2 if address else 1)
        ds = ray.data.from_items([{"path": str(p)} for p in files], override_num_blocks=len(files))
        # Parsing asks for half a CPU and the actors for a whole one: besides letting two parse tasks
        # share a core, the different asks keep Ray Data from fusing parsing into the actors.
        ds = ds.map(parse_row, fn_kwargs={"max_bytes": max_bytes}, num_cpus=PARSE_CPUS)
        ds = ds.map_batches(EmbedActor, fn_constructor_kwargs={"backend": backend}, batch_size=batch_files,
                            batch_format="default", num_cpus=1,
                            compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors))
        vectors_in = Precomputed(space_name(backend), MODEL_DIM, TokenCounter().count_tokens,
                                 fallback=lambda: get_embedder(backend))
        store = Store(store_path, vectors_in)  # the store embeds through it: the actors' vectors
        for batch in ds.iter_batches(batch_size=None, batch_format="default"):
            pending: list[tuple[Path, Any]] = []
            for path, parsed_json, error, texts, vectors in zip(batch["path"], batch["parsed"], batch["error"],
                                                                batch["texts"], batch["vectors"]):
                if error:
                    progress.record(FileOutcome(path=str(path), error=str(error)))
                    continue
                texts = list(texts)
                vectors_in.load(texts, np.frombuffer(vectors, dtype=np.float32).reshape(len(texts), MODEL_DIM))
                pending.append((Path(path), ParsedFiling.model_validate_json(parsed_json)))
            for outcome in write_stage(store, pending):
                progress.record(outcome)
            vectors_in.clear()
        store.close()
    finally:
        if started and not keep_ray:
            ray.shutdown()
