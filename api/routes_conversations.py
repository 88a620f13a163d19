"""Conversations: create one, read its turns. Questions go to POST /v1/ask with `conversation_id`."""

from __future__ import annotations

from fastapi import APIRouter, Depends

from api import asking
from api.auth import get_principal, owner_of
from api.deps import Services, get_services
from api.keys import Principal
from api.problems import error_responses
from api.schemas import Conversation, ConversationCreate, ConversationTurn

router = APIRouter(tags=["conversations"])


def to_schema(conv) -> Conversation:
    return Conversation(id=conv.id, filing_id=conv.filing_id, created_at=conv.created_at,
                        turns=[ConversationTurn(question=t.question, answer=t.answer, asked_at=t.asked_at) for t in conv.turns])


@router.post("/v1/conversations", status_code=201, response_model=Conversation, responses=error_responses(404, 422),
             summary="Start a conversation")
def create_conversation(body: ConversationCreate | None = None, services: Services = Depends(get_services),
                        principal: Principal = Depends(get_principal)) -> Conversation:
    """Follow-up questions asked with the returned id resolve against the earlier turns. The
    conversation is stored with the index and survives restarts. It belongs to the API key that
    created it: another key gets 404 for it."""
    filing_id = body.filing_id if body else None
    asking.check_filing(services, filing_id)
    return to_schema(services.conversations.create(filing_id, owner_of(principal)))


@router.get("/v1/conversations/{conversation_id}", response_model=Conversation, responses=error_responses(404),
            summary="A conversation with its turns and their answers")
def get_conversation(conversation_id: str, services: Services = Depends(get_services),
                     principal: Principal = Depends(get_principal)) -> Conversation:
    return to_schema(asking.load_conversation(services, conversation_id, owner_of(principal)))
