"""Where the questions go: the answer module in this process, or a running FilingQA server.

Both backends offer the same three things: index documents (returning each document's filing
id), open a session (a conversation) and ask in it. The in-process backend can also retrieve,
so retrieval recall is measured there; the HTTP API does not expose retrieval.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Protocol

from evals.models import Document


class IndexFailure(Exception):
    """A document that could not be indexed; its items are recorded as errors, the run goes on."""


class Session(Protocol):
    def ask(self, question: str) -> dict: ...


class Backend(Protocol):
    def index(self, document: Document) -> str: ...
    def session(self, filing_id: str | None, turns: int) -> Session: ...
    def retrieve(self, question: str, filing_id: str | None, k: int) -> list[str] | None: ...
    def filing_ids(self) -> set[str]: ...
    def close(self) -> None: ...


# --- in-process ----------------------------------------------------------------------------

class _LocalSession:
    def __init__(self, backend: "LocalBackend", filing_id: str | None):
        self.backend, self.filing_id, self.history = backend, filing_id, []

    def ask(self, question: str) -> dict:
        from qa.conversation import Turn

        answer = self.backend.answerer.ask(question, self.filing_id, list(self.history))
        self.history.append(Turn(question=question, answer=answer))
        return answer.model_dump(mode="json")


class LocalBackend:
    """The parser, store and answer module in this process, over one store directory."""

    def __init__(self, store_dir: str | Path, llm_url: str | None = None):
        from index.store import Store
        from qa.answer import Answerer

        self.store = Store(store_dir)
        llm = _make_llm(llm_url) if llm_url else None
        self.answerer = Answerer(self.store, llm=llm) if llm is not None else Answerer(self.store)
        self._by_hash = {f.content_hash: f.id for f in self.store.filings()}
        self._retriever = None

    def index(self, document: Document) -> str:
        from index.errors import FilingError
        from index.parse import parse_bytes

        data = document.data()
        digest = hashlib.sha256(data).hexdigest()
        if digest in self._by_hash:  # already in the store: skip parsing and embedding
            return self._by_hash[digest]
        try:
            parsed = parse_bytes(data, document.name)
            self.store.add(parsed)
        except FilingError as exc:
            raise IndexFailure(exc.message) from None
        except Exception as exc:  # a parser bug on one page must not stop a benchmark run
            raise IndexFailure(f"{document.name}: {type(exc).__name__}: {exc}") from None
        self._by_hash[digest] = parsed.filing.id
        return parsed.filing.id

    def session(self, filing_id: str | None, turns: int) -> _LocalSession:
        return _LocalSession(self, filing_id)

    def retrieve(self, question: str, filing_id: str | None, k: int) -> list[str] | None:
        filing_ids = [filing_id] if filing_id else None
        try:
            from qa.retrieve import Retriever
        except ImportError:  # before hybrid retrieval exists, measure the dense index alone
            from index.embedding import get_embedder

            vector = get_embedder().encode([question])[0]
            hits = self.store.dense_search(vector, k, filing_ids=filing_ids)
            return [c.text for c in (self.store.chunk(cid) for cid, _ in hits) if c is not None]
        if self._retriever is None:
            self._retriever = Retriever(self.store)
        return [hit.chunk.text for hit in self._retriever.search(question, k=k, filing_ids=filing_ids)]

    def filing_ids(self) -> set[str]:
        return {f.id for f in self.store.filings()}

    def close(self) -> None:
        pass


def _make_llm(url: str):
    """The assisting LLM client (qa.llm), configured from FILINGQA_LLM_* variables and this base URL."""
    from qa.llm import get_llm

    return get_llm(url)


# --- HTTP ----------------------------------------------------------------------------------

class HttpError(Exception):
    """A server response that is not the contract: status and the problem's detail, one line."""


def _detail(response) -> str:
    try:
        return str(response.json().get("detail") or response.text[:200])
    except ValueError:
        return response.text[:200]


class _HttpSession:
    def __init__(self, backend: "HttpBackend", filing_id: str | None, conversation_id: str | None):
        self.backend, self.filing_id, self.conversation_id = backend, filing_id, conversation_id

    def ask(self, question: str) -> dict:
        body = {"question": question, "filing_id": self.filing_id, "conversation_id": self.conversation_id}
        response = self.backend.client.post("/v1/ask", json={k: v for k, v in body.items() if v is not None})
        if response.status_code != 200:
            raise HttpError(f"POST /v1/ask: {response.status_code} {_detail(response)}")
        answer = response.json()
        answer.pop("conversation_id", None)
        return answer


class HttpBackend:
    """A running FilingQA server: documents are uploaded, questions asked through /v1/ask."""

    def __init__(self, url: str, api_key: str | None = None, timeout: float = 120.0):
        import httpx

        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self.client = httpx.Client(base_url=url.rstrip("/"), headers=headers, timeout=timeout)

    def index(self, document: Document) -> str:
        files = {"file": (document.name, document.data(), "application/octet-stream")}
        response = self.client.post("/v1/filings", files=files)
        if response.status_code not in (200, 201):
            raise IndexFailure(f"{document.name}: upload failed: {response.status_code} {_detail(response)}")
        return response.json()["filing"]["id"]

    def session(self, filing_id: str | None, turns: int) -> _HttpSession:
        conversation_id = None
        if turns > 1:
            body = {"filing_id": filing_id} if filing_id else {}
            response = self.client.post("/v1/conversations", json=body)
            if response.status_code not in (200, 201):
                raise HttpError(f"POST /v1/conversations: {response.status_code} {_detail(response)}")
            conversation_id = response.json()["id"]
        return _HttpSession(self, filing_id, conversation_id)

    def retrieve(self, question: str, filing_id: str | None, k: int) -> list[str] | None:
        return None

    def filing_ids(self) -> set[str]:
        response = self.client.get("/v1/filings")
        response.raise_for_status()
        return {f["id"] for f in response.json()["filings"]}

    def close(self) -> None:
        self.client.close()
