"""Bad input is refused with one clear line naming the file and the reason; good input is routed."""

import io
import zipfile

import pytest

from index.errors import FilingError
from index.sniff import read_layout, sniff_format

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("report.txt", "Net income was $5 million.")
    return buf.getvalue()


@pytest.mark.parametrize(
    "data, name, status, reason",
    [
        (b"", "empty.txt", 422, "empty"),
        (b"  \n\t\n", "blank.htm", 422, "empty"),
        (PNG, "chart.png", 415, "PNG"),
        (_zip_bytes(), "report.txt", 415, "ZIP"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "filing.txt", 415, "PDF"),
        ("Net income was $5 million.".encode("utf-16"), "utf16.txt", 422, "UTF-16"),
        ("Net income was $5 million.".encode("utf-16-le"), "utf16le.txt", 422, "UTF-16"),
        (bytes(range(256)) * 40, "random.bin", 415, "binary"),
        (b"<html><body></body></html>", "blank.html", 422, "no readable text"),
        (b"<html><head><title>x</title><style>p{}</style></head><body><div style='display:none'>hidden</div></body></html>",
         "hidden.html", 422, "no readable text"),
    ],
)
def test_bad_input_is_refused_with_a_clear_line(data, name, status, reason):
    with pytest.raises(FilingError) as err:
        read_layout(data, name)
    message = str(err.value)
    assert message.startswith(f"{name}: ")
    assert reason.lower() in message.lower()
    assert "\n" not in message
    assert err.value.status == status
    from index.parse import parse_bytes  # end to end: the same one line reaches the pipeline's edge

    with pytest.raises(FilingError) as again:
        parse_bytes(data, name)
    assert str(again.value) == message


def test_random_high_bytes_are_not_taken_for_windows_1252_text():
    import random

    rnd = random.Random(7)
    data = bytes(rnd.randrange(0x80, 0x100) for _ in range(5000))
    with pytest.raises(FilingError) as err:
        read_layout(data, "noise.txt")
    assert err.value.status == 422
    assert "encoding" in str(err.value)


def test_windows_1252_text_is_read():
    data = "Net sales rose 5% to \u20ac10 million \u2014 a record.".encode("cp1252")
    layout = read_layout(b"<html><body><p>" + data + b"</p></body></html>", "old.htm")
    assert "\u20ac10 million \u2014 a record" in layout.text


def test_utf8_bom_is_dropped():
    layout = read_layout("\ufeff<html><body><p>Total revenue 12</p></body></html>".encode(), "bom.htm")
    assert layout.text == "Total revenue 12"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"<SEC-DOCUMENT>0001.txt\n<SEC-HEADER>\n", "sgml"),
        (b"<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html><body>x</body></html>\n</TEXT>\n</DOCUMENT>", "sgml"),
        (b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'><body>x</body></html>", "html"),
        (b"<p>one</p><p>two</p><div>three</div>", "html"),
        (b"UNITED STATES\nSECURITIES AND EXCHANGE COMMISSION\n\nNet income\t$ 1 ,068\n", "text"),
    ],
)
def test_format_is_sniffed(data, kind):
    assert sniff_format(data) == kind


def test_plain_text_goes_to_the_text_reader(sample_path):
    layout = read_layout(sample_path.read_bytes(), sample_path.name)
    assert layout.format == "text"
    assert layout.tables, "the seed filing has tables"


def test_plain_text_with_fixed_width_table_markers_is_text_not_html():
    data = (b"ACME CORP\n\n<TABLE>\n<CAPTION>\n                      2004        2003\n"
            b"<S>                  <C>         <C>\nNet sales           1,234       1,100\n"
            b"Net income            120         100\n</TABLE>\n")
    assert sniff_format(data) == "text"
    layout = read_layout(data, "old.txt")
    assert [[c.text for c in row] for row in layout.tables[0].rows] == [
        ["", "2004", "2003"], ["Net sales", "1,234", "1,100"], ["Net income", "120", "100"]]


def test_utf8_with_stray_windows_1252_bytes_keeps_both():
    data = "<html><p>Caf\u00e9 \u2014 the Company\u2019s net sales</p>".encode("utf-8") + b"<p>rose \x96 5%, \x93record\x94</p></html>"
    layout = read_layout(data, "mixed.htm")
    assert layout.text == "Caf\u00e9 \u2014 the Company\u2019s net sales\n\nrose \u2013 5%, \u201crecord\u201d"


def test_mangled_filings_read_or_fail_cleanly():
    """Truncated, spliced and tag-salted versions of the fixtures either read into a consistent
    Layout or raise FilingError: never another exception, never a span off its text."""
    import random
    from pathlib import Path

    fixtures = Path(__file__).parent / "fixtures"
    sources = [(fixtures / n).read_bytes() for n in ("ixbrl_small.htm", "donnelley_style.htm", "submission_small.txt")]
    salt = [b"<td>", b"</tr>", b"<table>", b'colspan="0"', b'rowspan="999"', b"<S>", b"<C>", b"</TABLE>",
            b"<TABLE>", b"(", b")", b"$", b"%", b'<ix:nonFraction scale="x">', b"/>", b"\x00", b"\x96"]
    rnd = random.Random(20241122)
    for _ in range(150):
        data = bytearray(rnd.choice(sources))
        op = rnd.randrange(3)
        if op == 0:
            data = data[: rnd.randrange(len(data))]
        elif op == 1:
            a, b = sorted(rnd.randrange(len(data)) for _ in range(2))
            data = data[:a] + data[b:]
        else:
            for _ in range(25):
                k = rnd.randrange(len(data) + 1)
                data[k:k] = rnd.choice(salt)
        try:
            layout = read_layout(bytes(data), "mangled.htm")
        except FilingError:
            continue
        for table in layout.tables:
            assert len({sum(c.colspan for c in row) for row in table.rows}) == 1
            for row in table.rows:
                for cell in row:
                    assert layout.text[cell.start:cell.end] == cell.text
