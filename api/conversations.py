"""Conversations persisted in SQLite beside the store (conversations.sqlite), so a restart loses none.

Each turn stores the question and the full answer JSON; follow-ups are resolved by the answer
module from these turns. One short-lived connection per call keeps it safe across threads.
A conversation belongs to the API key that created it (`owner`, the key's name): another key
finds nothing (404). Conversations created while the service was open have no owner.
"""

from __future__ import annotations

import secrets
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

from qa.models import Answer

FILE_NAME = "conversations.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS conversations (
    id TEXT PRIMARY KEY,
    filing_id TEXT,
    created_at TEXT NOT NULL,
    owner TEXT
);
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    question TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    asked_at TEXT NOT NULL,
    PRIMARY KEY (conversation_id, n)
);
"""


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class StoredTurn:
    __slots__ = ("question", "answer", "asked_at")

    def __init__(self, question: str, answer: Answer, asked_at: str):
        self.question, self.answer, self.asked_at = question, answer, asked_at


class StoredConversation:
    __slots__ = ("id", "filing_id", "created_at", "turns")

    def __init__(self, id: str, filing_id: str | None, created_at: str, turns: list[StoredTurn]):
        self.id, self.filing_id, self.created_at, self.turns = id, filing_id, created_at, turns


class ConversationStore:
    def __init__(self, directory: str | Path):
        self.path = Path(directory) / FILE_NAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)
            columns = {row[1] for row in db.execute("PRAGMA table_info(conversations)")}
            if "owner" not in columns:  # a store from before keys had names
                db.execute("ALTER TABLE conversations ADD COLUMN owner TEXT")

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA foreign_keys=ON")
        return db

    def create(self, filing_id: str | None = None, owner: str | None = None) -> StoredConversation:
        conv = StoredConversation("c_" + secrets.token_hex(8), filing_id, _now(), [])
        with closing(self._connect()) as db, db:
            db.execute("INSERT INTO conversations (id, filing_id, created_at, owner) VALUES (?, ?, ?, ?)",
                       (conv.id, conv.filing_id, conv.created_at, owner))
        return conv

    def get(self, conversation_id: str, owner: str | None = None) -> StoredConversation | None:
        """The conversation, or None when there is none or `owner` is given and another key owns it."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT id, filing_id, created_at, owner FROM conversations WHERE id = ?", (conversation_id,)).fetchone()
            if row is None or (owner is not None and row[3] is not None and row[3] != owner):
                return None
            turns = [StoredTurn(q, Answer.model_validate_json(a), t) for q, a, t in db.execute(
                "SELECT question, answer_json, asked_at FROM turns WHERE conversation_id = ? ORDER BY n", (conversation_id,))]
        return StoredConversation(row[0], row[1], row[2], turns)

    def append(self, conversation_id: str, question: str, answer: Answer) -> StoredTurn:
        """Add a turn at the end; the insert picks the next number atomically."""
        turn = StoredTurn(question, answer, _now())
        with closing(self._connect()) as db, db:
            db.execute(
                "INSERT INTO turns (conversation_id, n, question, answer_json, asked_at) "
                "SELECT ?, COALESCE(MAX(n), -1) + 1, ?, ?, ? FROM turns WHERE conversation_id = ?",
                (conversation_id, question, answer.model_dump_json(), turn.asked_at, conversation_id))
        return turn
