"""What routes depend on: the process-wide services (store, model, answerer), the answer workers, the key.

Services are built once in the app's lifespan, so the model loads once per process. Tests may
replace `get_answerer` with a FastAPI dependency override for pure HTTP behaviour.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials

from api.auth import bearer, get_principal
from api.conversations import ConversationStore
from api.keys import Principal
from api.metrics import Metrics
from api.problems import Problem
from api.settings import Settings


@dataclass
class Services:
    settings: Settings
    store: Any  # index.store.Store
    embedder: Any  # index.embedding.Embedder
    answerer: Any  # qa.answer.Answerer
    conversations: ConversationStore
    metrics: Metrics
    # One writer at a time: uploads and deletes take it; questions never do, so they keep
    # being answered while a filing is parsed and embedded.
    write_lock: threading.Lock = field(default_factory=threading.Lock)


def build_services(settings: Settings, metrics: Metrics) -> Services:
    """Open (or create) the store, load the embedding model and the answerer: seconds, once."""
    from index.embedding import get_embedder
    from index.store import Store
    from qa.answer import Answerer

    embedder = get_embedder()
    embedder.encode(["warm up"])  # first call pays for lazy initialisation; not the first user
    store = Store(settings.store, embedder)
    answerer = Answerer(store, embedder, _build_llm(settings))
    return Services(settings, store, embedder, answerer, ConversationStore(settings.store), metrics)


def _build_llm(settings: Settings):
    if not settings.llm_url:
        return None
    from qa.llm import LLMSettings, get_llm

    llm_settings = LLMSettings.from_env(url=settings.llm_url)
    if settings.llm_model:
        llm_settings.model = settings.llm_model
    if settings.llm_api_key:
        llm_settings.api_key = settings.llm_api_key
    return get_llm(settings=llm_settings)


def get_services(request: Request) -> Services:
    services = getattr(request.app.state, "services", None)
    if services is None:
        raise Problem(503, "the service is still starting")
    return services


def get_answerer(services: Services = Depends(get_services)):
    return services.answerer


def get_pool(request: Request):
    """The answer workers (api/workers.py) of this app."""
    return request.app.state.answer_pool


def require_api_key(request: Request, credentials: HTTPAuthorizationCredentials | None = Depends(bearer)) -> Principal:
    """Any valid key (the middleware has checked it); kept for routers that need no particular scope."""
    return get_principal(request)
