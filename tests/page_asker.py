"""Ask questions of one small hand-written page: the real parser and answerer over a MemoryStore
(qa/memory_store.py: the answer layer reads facts and chunks only, so no vectors are needed)."""

from __future__ import annotations

from index.parse import parse_bytes
from qa.answer import Answerer
from qa.memory_store import MemoryStore


# a small annual income statement, in thousands, over three years: the question-type tests ask of it
ANNUAL_PAGE = ("ACME WIDGETS, INC.\nANNUAL REPORT\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
               "\tYear Ended December 31,\t\t\n\t2019\t2018\t2017\n"
               "Total revenues\t120,400\t110,250\t98,100\nNet income\t35,100\t28,900\t30,000\n"
               "Other income (expense)\t(1,200)\t400\t(300)\n")


def pages_store(folder, pages: dict[str, str]):
    """A real store (SQLite, MiniLM vectors) at `folder` holding each page text under its file name."""
    from index.embedding import get_embedder
    from index.store import Store

    store = Store(folder, get_embedder())
    for name, text in pages.items():
        store.add(parse_bytes(text.encode(), name))
    return store


def asker(text: str, name: str):
    """`ask(question, history=None) -> Answer` over the page `text`, stored under the file name
    `name`; `history` is the conversation so far (qa.conversation.Turn)."""
    store = MemoryStore()
    fid = store.add(parse_bytes(text.encode(), name))
    answerer = Answerer(store)
    return lambda question, history=None: answerer.ask(question, fid, history)
