"""Bytes in, `Layout` out: decide what kind of file this is and hand it to the right reader.

Bad input is refused here with one line naming the file and the reason (FilingError): empty,
binary (415), not text in UTF-8 / Windows-1252 (422), an HTML page without text (422).
"""

from __future__ import annotations

import codecs
import re

from index.errors import FilingError
from index.layout import Layout

_MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an Office document"),
]
_SAMPLE = 65536
_CONTROL_LIMIT = 0.02   # share of control bytes above which a file is binary, not text
_NON_ASCII_LIMIT = 0.10  # share of non-ASCII bytes a Windows-1252 text may plausibly have
_HTML_MARKERS = re.compile(rb"<(?:!doctype\s+html|html|body|ix:|xbrl)\b", re.I)
_HTML_TAGS = re.compile(rb"<(?:p|div|tr|td|font|br|span|b|center)[\s>/]", re.I)  # not <TABLE>: old text uses it
_SGML_MARKERS = re.compile(rb"<SEC-DOCUMENT>|<SEC-HEADER>|<IMS-HEADER>", re.I)


def read_layout(data: bytes, name: str) -> Layout:
    """Read a filing's raw bytes into a Layout (text, blocks, raw table grids)."""
    if not data or not data.strip():
        raise FilingError(f"{name}: the file is empty", status=422)
    _refuse_binary(data, name)
    text = _decode(data, name)
    kind = sniff_format(data)
    if kind == "sgml":
        from index.read_sgml import read_sgml

        layout = read_sgml(text)
    elif kind == "html":
        from index.read_html import read_html

        layout = read_html(text)
    else:
        from index.read_fixed import read_plain_document  # fixed-width <TABLE>s, else read_text

        layout = read_plain_document(text)
    if not layout.text.strip():
        what = {"html": "an HTML page", "sgml": "an EDGAR submission"}.get(kind, "the file")
        raise FilingError(f"{name}: {what} with no readable text", status=422)
    return layout


def sniff_format(data: bytes) -> str:
    """'sgml' for EDGAR full submissions (or one <DOCUMENT> block), 'html', else 'text'."""
    head = data[:_SAMPLE]
    if _SGML_MARKERS.search(head):
        return "sgml"
    upper = head.upper()
    if b"<DOCUMENT>" in upper and b"<TYPE>" in upper and b"<TEXT>" in upper:
        return "sgml"
    if _HTML_MARKERS.search(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"


def _refuse_binary(data: bytes, name: str) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise FilingError(f"{name}: this is {what}, not a filing (binary file)", status=415)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_utf16(data[:_SAMPLE]):
        raise FilingError(f"{name}: the text is encoded as UTF-16, which is not supported; save it as UTF-8", status=422)
    sample = data[:_SAMPLE]
    if b"\x00" in sample:
        raise FilingError(f"{name}: binary file (contains NUL bytes), not a text or HTML filing", status=415)
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 11, 12, 13)) + sample.count(b"\x7f")
    if control / len(sample) > _CONTROL_LIMIT:
        raise FilingError(f"{name}: binary file (too many control characters), not a text or HTML filing", status=415)


def _looks_utf16(sample: bytes) -> bool:
    """ASCII text stored as UTF-16 without a BOM: every other byte is NUL."""
    if len(sample) < 8:
        return False
    even, odd = sample[0::2], sample[1::2]
    return odd.count(0) > 0.8 * len(odd) or even.count(0) > 0.8 * len(even)


def _cp1252_bytes(err: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: a byte that is not UTF-8 is read as Windows-1252 (Latin-1 where unmapped)."""
    chunk = err.object[err.start:err.end]
    return chunk.decode("cp1252", errors="replace").replace("\ufffd", chunk.decode("latin-1")), err.end


codecs.register_error("filingqa-cp1252", _cp1252_bytes)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]{1,3}")


def _decode(data: bytes, name: str) -> str:
    """UTF-8 first; a mostly-UTF-8 file with stray Windows-1252 bytes (common in EDGAR) keeps its
    UTF-8 and reads the strays as Windows-1252; Windows-1252 only for text that is mostly ASCII."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    strays = _UTF8_MULTIBYTE.sub(b"", body)
    non_ascii = sum(1 for b in strays if b >= 0x80)  # bytes no UTF-8 reading explains
    if non_ascii / len(body) > _NON_ASCII_LIMIT:
        raise FilingError(f"{name}: unknown text encoding (neither UTF-8 nor Windows-1252 text)", status=422)
    if _UTF8_MULTIBYTE.search(body):
        return body.decode("utf-8", errors="filingqa-cp1252")
    return body.decode("cp1252", errors="filingqa-cp1252")
