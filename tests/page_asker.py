"""Ask questions of one small hand-written page: the real parser and answerer over a MemoryStore
(qa/memory_store.py: the answer layer reads facts and chunks only, so no vectors are needed)."""

from __future__ import annotations

from index.parse import parse_bytes
from qa.answer import Answerer
from qa.memory_store import MemoryStore


def asker(text: str, name: str):
    """`ask(question, history=None) -> Answer` over the page `text`, stored under the file name
    `name`; `history` is the conversation so far (qa.conversation.Turn)."""
    store = MemoryStore()
    fid = store.add(parse_bytes(text.encode(), name))
    answerer = Answerer(store)
    return lambda question, history=None: answerer.ask(question, fid, history)
