"""POST /v1/ask: one question, the answer contract back."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api import asking
from api.auth import get_principal, owner_of
from api.deps import Services, get_answerer, get_pool, get_services
from api.keys import Principal
from api.problems import error_responses
from api.schemas import AskRequest, AskResponse
from api.workers import AnswerPool

router = APIRouter(tags=["questions"])


@router.post("/v1/ask", response_model=AskResponse, responses=error_responses(404, 422, 503),
             summary="Answer a question with cited, verified figures")
async def ask(body: AskRequest, services: Services = Depends(get_services), answerer=Depends(get_answerer),
              pool: AnswerPool = Depends(get_pool), principal: Principal = Depends(get_principal)) -> AskResponse:
    """Answers from the filing's parsed facts. `status` is `answered` only when the headline figure is
    verified; `not_found` says why the filing does not hold the answer. With `conversation_id` the
    question is a follow-up ("and a year earlier?") and is stored as the conversation's next turn."""
    result, conversation_id = await pool.run(asking.ask, services, answerer, body.question, body.filing_id,
                                             body.conversation_id, owner_of(principal),
                                             budget=services.settings.answer_timeout_s)
    return AskResponse(**result.model_dump(), conversation_id=conversation_id)
