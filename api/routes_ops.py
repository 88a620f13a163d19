"""Operations: liveness (open even with API keys, for orchestrators) and Prometheus metrics (admin scope)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import PlainTextResponse

from api.auth import require_scope
from api.problems import error_responses
from api.schemas import Health

router = APIRouter(tags=["operations"])


@router.get("/healthz", response_model=Health, summary="Liveness: store and model loaded")
def healthz(request: Request) -> Health:
    services = getattr(request.app.state, "services", None)
    if services is None:
        return Health(status="starting", store_loaded=False, model_loaded=False, filings=0, generation=0)
    return Health(status="ok", store_loaded=services.store is not None, model_loaded=services.embedder is not None,
                  model=getattr(services.embedder, "name", None), filings=len(services.store.filings()),
                  generation=int(getattr(services.store, "generation", 0)))


@router.get("/metrics", response_class=PlainTextResponse, dependencies=[Depends(require_scope("admin"))],
            responses={200: {"content": {"text/plain": {"schema": {"type": "string"}, "example":
                       'filingqa_answers_total{status="answered"} 12\n'}}, "description": "Prometheus text format 0.0.4."},
                       **error_responses()}, summary="Prometheus metrics")
def metrics(request: Request) -> PlainTextResponse:
    return PlainTextResponse(request.app.state.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
