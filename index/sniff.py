"""Bytes in, `Layout` out: decide what kind of file this is and hand it to the right reader.

Placeholder until the HTML/SGML readers land: plain text only.
"""

from __future__ import annotations

from index.errors import FilingError
from index.layout import Layout


def read_layout(data: bytes, name: str) -> Layout:
    if not data.strip():
        raise FilingError(f"{name}: the file is empty")
    from index.read_text import read_text

    return read_text(data.decode("utf-8", errors="replace"))
