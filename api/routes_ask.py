"""POST /v1/ask: one question, the answer contract back."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api import asking
from api.deps import Services, get_answerer, get_services
from api.problems import error_responses
from api.schemas import AskRequest, AskResponse

router = APIRouter(tags=["questions"])


@router.post("/v1/ask", response_model=AskResponse, responses=error_responses(404, 422),
             summary="Answer a question with cited, verified figures")
def ask(body: AskRequest, services: Services = Depends(get_services), answerer=Depends(get_answerer)) -> AskResponse:
    """Answers from the filing's parsed facts. `status` is `answered` only when the headline figure is
    verified; `not_found` says why the filing does not hold the answer. With `conversation_id` the
    question is a follow-up ("and a year earlier?") and is stored as the conversation's next turn."""
    result, conversation_id = asking.ask(services, answerer, body.question, body.filing_id, body.conversation_id)
    return AskResponse(**result.model_dump(), conversation_id=conversation_id)
