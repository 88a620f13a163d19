"""The chat page in a real headless Chromium against a real `python -m qa serve` on 127.0.0.1.

Everything is real: uvicorn, parser, store in a temp directory, MiniLM, answerer, Debian's
Chromium driven by Playwright. Every request the browser makes to a host other than the loopback
is aborted and recorded, and each test asserts none was attempted: the page and the API docs work
offline. The server runs with an API key, so the page's key prompt is part of every flow.

Skips (with the reason) when Playwright or Chromium is missing, except under CI (CI=true), where a
missing browser fails the suite. Screenshots at desktop and phone width go to docs/screenshots/.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from qa.models import Answer
from served import Server as Served

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "immunogen_8k_2011-10-27.txt"
FILING_ID = "immunogen_8k_2011-10-27"
SCREENSHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = Path(os.environ.get("FILINGQA_CHROMIUM", "/usr/bin/chromium"))
KEY = "browser-test-key"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
ANSWER_TIMEOUT_MS = 120_000

REVENUE_Q = "What were total revenues in the quarter ended September 30, 2011?"
FOLLOW_UP_Q = "And in the same quarter a year earlier?"
CHANGE_Q = "By how much did total operating expenses increase compared with the same quarter last year?"
MISSING_Q = "What dividend per share did ImmunoGen declare this quarter?"


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _unavailable(why: str) -> None:
    """Skip with the reason on a developer's machine; fail under CI, where the browser must run."""
    if _under_ci():
        pytest.fail(f"{why} (CI=true: the browser suite must run)")
    pytest.skip(why)


class Server(Served):
    """The served process behind KEY (tests/served.py), with a JSON GET for what the page sent."""

    def __init__(self, store: Path, log: Path):
        super().__init__(store, log, env={"FILINGQA_API_KEY": KEY, "TRANSFORMERS_OFFLINE": "1"}, key=KEY)

    def get(self, path: str) -> dict:
        r = httpx.get(self.url + path, headers={"Authorization": f"Bearer {KEY}"}, timeout=30)
        r.raise_for_status()
        return r.json()


@pytest.fixture(scope="module")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install playwright)")
    if not CHROMIUM.exists():
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install -y chromium, or set FILINGQA_CHROMIUM)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-dev-shm-usage"])
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(browser, tmp_path_factory):
    srv = Server(tmp_path_factory.mktemp("ui_store"), tmp_path_factory.mktemp("ui_logs") / "server.log")
    yield srv
    srv.stop()


class Offline:
    """Aborts and records every request to a host other than the loopback."""

    def __init__(self):
        self.blocked: list[str] = []

    def __call__(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.hostname not in LOOPBACK:
            self.blocked.append(url)
            route.abort("blockedbyclient")
        else:
            route.continue_()


def new_page(browser, server, *, width=1280, height=800, key: str | None = None, **context_args):
    """A fresh context (own sessionStorage) at the given viewport, cut off from the internet."""
    context = browser.new_context(viewport={"width": width, "height": height}, **context_args)
    offline = Offline()
    context.route("**/*", offline)
    if key is not None:
        context.add_init_script(f"sessionStorage.setItem('filingqa.apiKey', {key!r});")
    page = context.new_page()
    page.offline = offline
    page.script_errors = []
    page.on("pageerror", lambda exc: page.script_errors.append(str(exc)))
    page.goto(server.url + "/")
    return page


def enter_key(page, key: str = KEY) -> None:
    page.get_by_label("API key").first.wait_for(state="visible")
    page.locator("#key-input").fill(key)
    page.locator("#key-submit").click()
    page.locator("#key-dialog").wait_for(state="hidden")


def drop_files(page, paths: list[Path]) -> None:
    """Drop files on the drop zone the way a browser does: a DragEvent carrying a DataTransfer."""
    drop_bytes(page, [(p.name, p.read_bytes()) for p in paths])


def drop_bytes(page, named: list[tuple[str, bytes]]) -> None:
    files = [[name, base64.b64encode(data).decode()] for name, data in named]
    page.evaluate("""(files) => {
        const dt = new DataTransfer();
        for (const [name, b64] of files) {
            const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
            dt.items.add(new File([bytes], name, {type: "text/plain"}));
        }
        const zone = document.getElementById("dropzone");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: dt, bubbles: true, cancelable: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: dt, bubbles: true, cancelable: true}));
    }""", files)


def ask(page, question: str):
    """Type the question, press Enter, wait for its answer card; returns the answer locator."""
    before = page.locator("#turns > .turn").count()
    page.locator("#question").fill(question)
    page.locator("#question").press("Enter")
    turn = page.locator("#turns > .turn").nth(before)
    turn.locator(".answer:not(.pending)").first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    return turn.locator(".answer").first


def new_conversation(page) -> None:
    page.get_by_role("button", name="New conversation").click()
    assert page.locator("#turns > .turn").count() == 0


@pytest.fixture(scope="module")
def page(browser, server):
    """The desktop page after the key prompt and the sample filing dropped on it and indexed."""
    pg = new_page(browser, server)
    enter_key(pg)
    drop_files(pg, [SAMPLE])
    pg.locator("#uploads .upload.done").wait_for(timeout=ANSWER_TIMEOUT_MS)
    pg.locator(f'#filings [data-filing-id="{FILING_ID}"]').wait_for()
    yield pg
    pg.context.close()


def in_view(page, locator) -> bool:
    """The element's box meets the viewport and each scroll box it sits in."""
    return locator.evaluate("""(node) => {
        const r = node.getBoundingClientRect();
        for (let p = node.parentElement; p; p = p.parentElement) {
            const s = getComputedStyle(p);
            if (!/(auto|scroll)/.test(s.overflow + s.overflowY + s.overflowX)) continue;
            const b = p.getBoundingClientRect();
            if (r.bottom <= b.top || r.top >= b.bottom || r.right <= b.left || r.left >= b.right) return false;
        }
        return r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    }""")


def conversation_turns(page, server) -> list[dict]:
    conv_id = page.evaluate("sessionStorage.getItem('filingqa.conversation')")
    return server.get(f"/v1/conversations/{conv_id}")["turns"]


# ---------------------------------------------------------------- upload and key


def test_dropped_filing_is_indexed_with_progress_and_listed_with_metadata(page):
    upload = page.locator("#uploads .upload.done")
    assert upload.locator(".upload-name").inner_text() == SAMPLE.name
    assert upload.locator("progress").get_attribute("value") == "100"
    assert upload.locator(".upload-status").inner_text() == (
        f"Indexed as {FILING_ID}: 4 tables, 68 figures, 1 repaired cell")
    card = page.locator(f'#filings [data-filing-id="{FILING_ID}"]')
    assert card.locator("h3").inner_text() == "ImmunoGen, Inc."
    assert card.locator(".meta").inner_text().startswith("8-K \u00b7 reported 2011-10-27")
    assert page.locator("#scope option").all_inner_texts()[1].startswith("ImmunoGen, Inc. 8-K")
    assert page.offline.blocked == []


def test_several_dropped_files_each_get_a_row_with_their_outcome(page):
    before = page.locator("#uploads .upload").count()
    drop_bytes(page, [("again.txt", SAMPLE.read_bytes()), ("empty.txt", b"")])
    rows = page.locator("#uploads .upload")
    rows.nth(before + 1).locator(".upload-status", has_text="Not indexed").wait_for(timeout=ANSWER_TIMEOUT_MS)
    rows.nth(before).locator(".upload-status", has_text="Already indexed").wait_for()
    assert rows.nth(before).locator(".upload-status").inner_text().startswith(f"Already indexed as {FILING_ID} (4 tables")
    assert rows.nth(before + 1).locator(".upload-status").inner_text() == "Not indexed: empty.txt: the file is empty"
    assert "failed" in rows.nth(before + 1).get_attribute("class")
    assert page.locator("#filings .filing").count() == 1


def test_api_key_is_asked_once_kept_in_session_storage_and_never_in_the_url(page, server):
    assert page.evaluate("sessionStorage.getItem('filingqa.apiKey')") == KEY
    assert page.evaluate("localStorage.length") == 0
    assert KEY not in page.url
    page.reload()
    page.locator(f'#filings [data-filing-id="{FILING_ID}"]').wait_for()
    assert page.locator("#key-dialog").is_hidden()  # not asked again in this tab
    assert KEY not in page.url


def test_wrong_key_is_asked_again_with_the_reason(browser, server):
    pg = new_page(browser, server, key="not-the-key")
    try:
        pg.locator("#key-dialog").wait_for(state="visible")
        assert "not accepted" in pg.locator("#key-why").inner_text()
        enter_key(pg)
        pg.locator(f'#filings [data-filing-id="{FILING_ID}"]').wait_for()
    finally:
        pg.context.close()


# ---------------------------------------------------------------- conversation


def test_question_and_follow_up_keep_the_conversation(page, server):
    new_conversation(page)
    first = ask(page, REVENUE_Q)
    assert first.locator(":scope > .answer-head .headline").inner_text() == "$2,536,000"
    assert first.locator(".status").inner_text().lower() == "answered"
    second = ask(page, FOLLOW_UP_Q)
    assert second.locator(":scope > .answer-head .headline").inner_text() == "$3,411,000"
    turns = conversation_turns(page, server)
    assert [t["question"] for t in turns] == [REVENUE_Q, FOLLOW_UP_Q]
    assert turns[1]["answer"]["value"]["amount"] == "3411000"


def test_reload_shows_the_same_conversation(page):
    new_conversation(page)
    ask(page, REVENUE_Q)
    ask(page, FOLLOW_UP_Q)
    page.reload()
    page.locator("#turns > .turn").nth(1).locator(":scope > .answer > .answer-head .headline").wait_for()
    assert page.locator("#turns .question").all_text_contents() == [f"You asked: {REVENUE_Q}", f"You asked: {FOLLOW_UP_Q}"]
    assert page.locator("#turns > .turn > .answer > .answer-head .headline").all_inner_texts() == ["$2,536,000", "$3,411,000"]
    third = ask(page, "What is the difference between the two?")
    assert third.locator(":scope > .answer-head .headline").inner_text() in ("$875,000", "\u2212$875,000")


def test_answer_shows_the_program_step_by_step(page):
    new_conversation(page)
    answer = ask(page, CHANGE_Q)
    assert answer.locator(":scope > .answer-head .headline").inner_text() == "$5,213,000"
    steps = answer.locator(":scope > .steps li").all_inner_texts()
    assert len(steps) == 3
    assert steps[0].startswith("Read Total operating expenses (2011-07-01 to 2011-09-30): $22,002,000 [1]")
    assert steps[1].startswith("Read Total operating expenses (2010-07-01 to 2010-09-30): $16,789,000 [2]")
    assert steps[2] == "Subtract 22,002,000 \u2212 16,789,000 = 5,213,000"


def test_clicking_a_citation_highlights_the_cited_cell(page, server):
    new_conversation(page)
    answer = ask(page, CHANGE_Q)
    cited = conversation_turns(page, server)[-1]["answer"]
    figure = next(f for f in cited["figures"] if f["citation"] == 2)
    citation = next(c for c in cited["citations"] if c["id"] == 2)
    answer.locator(":scope > .answer-text button.cite", has_text="[2]").click()
    panel = page.locator("#document")
    panel.wait_for(state="visible")
    table = panel.locator(f'.d-table[data-table-id="{citation["table_id"]}"]')
    grid_cell = table.locator(".grid td.hl")
    printed_cell = table.locator(".printed .p-cell.hl")
    assert grid_cell.count() == 1 and printed_cell.count() == 1
    assert grid_cell.get_attribute("data-value") == figure["amount"]
    assert grid_cell.get_attribute("data-unit") == figure["unit"]
    assert printed_cell.inner_text() == "16,789"
    assert page.evaluate("document.activeElement.classList.contains('p-cell')")
    assert in_view(page, printed_cell) and in_view(page, grid_cell)
    assert page.offline.blocked == []


def test_citation_of_a_sentence_highlights_the_span(page, server):
    new_conversation(page)
    answer = ask(page, "What milestone payment did the start of Phase II testing of SAR3419 trigger?")
    cited = conversation_turns(page, server)[-1]["answer"]
    citation = next(c for c in cited["citations"] if c["table_id"] is None)
    answer.locator(f':scope > .citations button.cite[data-citation="{citation["id"]}"]').click()
    mark = page.locator("#doc-body mark.hl-span")
    mark.wait_for()
    assert mark.inner_text() == citation["quote"]


def close_filing(page) -> None:
    if page.locator("#document").is_visible():  # the filing list steps aside while a filing is open
        page.get_by_role("button", name="Close the filing").click()


def test_ask_about_one_filing_starts_a_conversation_scoped_to_it(page, server):
    new_conversation(page)
    ask(page, REVENUE_Q)
    unscoped = page.evaluate("sessionStorage.getItem('filingqa.conversation')")
    close_filing(page)
    page.locator(f'#filings [data-filing-id="{FILING_ID}"]').get_by_role("button", name="Ask about this").click()
    assert page.evaluate("document.activeElement.id") == "question"
    assert page.locator("#turns > .turn").count() == 0  # another scope, another conversation
    ask(page, FOLLOW_UP_Q)
    conv_id = page.evaluate("sessionStorage.getItem('filingqa.conversation')")
    assert conv_id != unscoped
    assert server.get(f"/v1/conversations/{conv_id}")["filing_id"] == FILING_ID
    assert server.get(f"/v1/conversations/{unscoped}")["filing_id"] is None


def test_grid_view_shows_values_periods_and_marks_the_repaired_cell(page):
    close_filing(page)
    page.locator(f'#filings [data-filing-id="{FILING_ID}"]').get_by_role("button", name="Open").click()
    section = page.locator(".d-table", has=page.locator(".printed", has_text="Research and development"))
    toggle = section.locator(".grid-toggle")
    if toggle.get_attribute("aria-expanded") == "true":  # an earlier citation into this table opened it
        toggle.click()
    assert section.locator(".grid-wrap").is_hidden() and toggle.inner_text() == "Show parsed grid"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    repaired = section.locator(".grid td.repaired")
    assert repaired.count() == 1
    assert repaired.get_attribute("data-value") == "17161000"
    note = repaired.locator("details.g-note")
    note.locator("summary").click()  # the identity that pinned the value, one click away
    assert note.get_attribute("open") is not None
    assert "Total operating expenses = sum of rows" in note.inner_text()
    assert "2011-07-01 to 2011-09-30" in section.locator(".grid thead").inner_text()


def test_citation_opens_by_keyboard_and_escape_returns_focus(page):
    new_conversation(page)
    answer = ask(page, REVENUE_Q)
    cite = answer.locator(":scope > .answer-text button.cite").first
    cite.focus()
    page.keyboard.press("Enter")
    page.locator("#doc-body .p-cell.hl").wait_for()
    assert page.evaluate("document.activeElement.matches('#doc-body .p-cell.hl')")
    assert page.locator("#doc-note").inner_text().endswith("printed \u201c2,536\u201d, value $2,536,000")
    page.keyboard.press("Escape")
    assert page.locator("#document").is_hidden()
    assert page.evaluate("document.activeElement.matches('.answer-text button.cite')")


def test_every_control_has_an_accessible_name(page):
    unnamed = page.evaluate("""() => [...document.querySelectorAll('button, input, select, textarea, [tabindex="0"]')]
        .filter((n) => !n.closest('[hidden]') && !n.closest('dialog:not([open])'))
        .filter((n) => !((n.labels && n.labels.length) || n.getAttribute('aria-label') || n.getAttribute('aria-labelledby')
                         || n.textContent.trim()))
        .map((n) => n.outerHTML.slice(0, 80))""")
    assert unnamed == []


def test_question_the_filing_lacks_is_refused(page):
    new_conversation(page)
    answer = ask(page, MISSING_Q)
    assert answer.get_attribute("data-status") == "not_found"
    assert answer.locator(".status").inner_text().lower() == "not found"
    assert answer.locator(":scope > .answer-head .headline").count() == 0
    assert "does not report" in answer.locator(":scope > .answer-text").inner_text()


def test_uncertain_answer_lists_alternatives_with_citations_and_confidence(page):
    cite = {"filing_id": FILING_ID, "quote": "Total revenues\t2,536\t3,411", "start": 13839, "end": 13865,
            "table_id": f"{FILING_ID}/t4", "row": "Total revenues"}
    alt = Answer.model_validate({
        "status": "uncertain", "text": "Total revenues were $3,411,000 [1].", "confidence": 0.31,
        "value": {"amount": "3411000", "unit": "USD"},
        "citations": [{**cite, "id": 1, "column": "Three Months Ended September 30, 2010"}]})
    best = Answer.model_validate({
        "status": "uncertain", "text": "Total revenues were $2,536,000 [1].", "confidence": 0.55,
        "value": {"amount": "2536000", "unit": "USD"}, "reason": "two periods fit the question",
        "citations": [{**cite, "id": 1, "column": "Three Months Ended September 30, 2011"}],
        "alternatives": [alt.model_dump(mode="json")]})
    page.evaluate("(a) => document.getElementById('turns').append(renderAnswer(a))", best.model_dump(mode="json"))
    card = page.locator("#turns > article.answer.status-uncertain").last
    assert card.locator(".answer-head .status").first.inner_text().lower() == "uncertain"
    assert card.locator(":scope > .answer-head .confidence").inner_text() == "confidence 55 %"
    other = card.locator(".alternatives .answer")
    assert other.count() == 1
    assert other.locator(":scope > .answer-head .headline").inner_text() == "$3,411,000"
    assert other.locator(".confidence").inner_text() == "confidence 31 %"
    other.locator(".citations button.cite").click()
    assert page.locator("#doc-body .grid td.hl").get_attribute("data-value") == "3411000"


# ---------------------------------------------------------------- offline docs, layout, screenshots


def test_openapi_docs_render_with_no_network(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    offline = Offline()
    context.route("**/*", offline)
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    try:
        pg = context.new_page()
        pg.goto(server.url + "/docs")
        pg.locator("#docs-key").fill(KEY)
        pg.locator("#docs-key-form button").click()
        pg.locator(".swagger-ui .info .title").wait_for(timeout=30_000)
        assert pg.locator(".swagger-ui .info .title").inner_text().startswith("FilingQA")
        pg.locator('.opblock-summary-path[data-path="/v1/ask"]').wait_for()
        assert offline.blocked == []
        assert all(urlsplit(u).hostname in LOOPBACK for u in requested if u.startswith("http"))
        assert any(u.endswith("/static/swagger-ui/swagger-ui-bundle.js") for u in requested)
    finally:
        context.close()


def _no_horizontal_scroll(pg) -> bool:
    return pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_screenshots_at_desktop_and_phone_width(browser, server, page):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    desk = new_page(browser, server, width=1280, height=800, key=KEY)
    try:
        desk.locator(f'#filings [data-filing-id="{FILING_ID}"]').wait_for()
        answer = ask(desk, CHANGE_Q)
        answer.locator(":scope > .answer-text button.cite", has_text="[1]").click()
        desk.locator("#doc-body .grid td.hl").wait_for()
        assert _no_horizontal_scroll(desk)
        desk.screenshot(path=str(SCREENSHOTS / "desktop.png"))
    finally:
        desk.context.close()
    phone = new_page(browser, server, width=390, height=844, key=KEY, is_mobile=True, has_touch=True,
                     device_scale_factor=2)
    try:
        phone.locator(f'#filings [data-filing-id="{FILING_ID}"]').wait_for()
        answer = ask(phone, CHANGE_Q)
        answer.scroll_into_view_if_needed()
        assert _no_horizontal_scroll(phone)
        phone.screenshot(path=str(SCREENSHOTS / "phone-chat.png"))
        answer.locator(":scope > .answer-text button.cite", has_text="[1]").click()
        phone.locator("#doc-body .p-cell.hl").wait_for()
        assert phone.locator("#document").bounding_box()["width"] == 390
        assert _no_horizontal_scroll(phone)
        phone.screenshot(path=str(SCREENSHOTS / "phone-citation.png"))
        phone.get_by_role("button", name="Close the filing").click()
        assert phone.locator("#document").is_hidden()
    finally:
        phone.context.close()


def test_page_raised_no_script_errors(page):
    assert page.script_errors == []


def test_missing_browser_skips_locally_and_fails_under_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no Chromium"):
        _unavailable("no Chromium at /nowhere")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        _unavailable("no Chromium at /nowhere")
