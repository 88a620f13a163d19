"""The page's routes in-process (TestClient over the real app, store and model): the chat page and
the docs shell are public and load nothing from another origin, the static files and the vendored
Swagger UI are served, and the document route returns the text every citation span points into."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.settings import Settings

KEY = "routes-ui-key"
FILING_ID = "immunogen_8k_2011-10-27"
AUTH = {"Authorization": f"Bearer {KEY}"}


@pytest.fixture(scope="module")
def client(tmp_path_factory, sample_path):
    app = create_app(Settings(store=tmp_path_factory.mktemp("ui_routes_store"), api_key=KEY))
    with TestClient(app) as c:
        with sample_path.open("rb") as f:
            r = c.post("/v1/filings", files={"file": (sample_path.name, f, "text/plain")}, headers=AUTH)
        assert r.status_code == 201, r.text
        yield c


def _external_urls(html: str) -> list[str]:
    return re.findall(r"""(?:src|href)\s*=\s*["'](?:https?:)?//[^"']+""", html)


def test_chat_page_is_public_and_loads_only_same_origin_assets(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert _external_urls(r.text) == []
    assert '<script src="/static/app.js" defer></script>' in r.text


def test_docs_page_is_public_and_uses_the_vendored_swagger_ui(client):
    r = client.get("/docs")
    assert r.status_code == 200 and _external_urls(r.text) == []
    assert "connect-src 'self'" in r.headers["content-security-policy"]
    bundle = client.get("/static/swagger-ui/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and "SwaggerUIBundle" in bundle.text[:200_000]
    assert client.get("/static/swagger-ui/swagger-ui.css").status_code == 200


def test_openapi_schema_still_needs_the_key(client):
    assert client.get("/openapi.json").status_code == 401
    schema = client.get("/openapi.json", headers=AUTH).json()
    assert "/v1/filings/{filing_id}/document" in schema["paths"]


def test_static_files_are_served(client):
    for name, kind in (("app.js", "javascript"), ("format.js", "javascript"), ("app.css", "text/css"), ("docs.js", "javascript")):
        r = client.get(f"/static/{name}")
        assert r.status_code == 200 and kind in r.headers["content-type"], name
    assert client.get("/static/../app.py").status_code in (401, 404)  # never served (outside /static/ the key is asked first)


def test_document_route_needs_the_key(client):
    r = client.get(f"/v1/filings/{FILING_ID}/document")
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")


def test_document_holds_the_text_citations_point_into(client):
    answer = client.post("/v1/ask", json={"question": "What were total revenues for the three months ended September 30, 2010?"},
                         headers=AUTH).json()
    doc = client.get(f"/v1/filings/{FILING_ID}/document", headers=AUTH).json()
    assert doc["filing"]["id"] == FILING_ID
    for c in answer["citations"]:
        assert doc["text"][c["start"]:c["end"]] == c["quote"]
    assert [b["kind"] for b in doc["blocks"]].count("table") == len(doc["tables"]) == 4
    cell = next(cell for t in doc["tables"] for row in t["rows"] if row["label"] == "Total revenues" for cell in row["cells"]
                if cell["value"] == "3411000")
    assert doc["text"][cell["start"]:cell["end"]] == "3,411"


def test_document_of_unknown_filing_is_404(client):
    r = client.get("/v1/filings/no_such_filing/document", headers=AUTH)
    assert r.status_code == 404 and r.json()["detail"] == "no filing 'no_such_filing'"


def test_docs_page_without_the_swagger_package_is_a_clear_503(monkeypatch, tmp_path):
    from api import routes_ui

    monkeypatch.setattr(routes_ui, "swagger_ui_dir", lambda: None)
    bare = TestClient(create_app(Settings(store=tmp_path)))  # no lifespan: /docs needs no services
    r = bare.get("/docs")
    assert r.status_code == 503 and "swagger-ui-py" in r.json()["detail"]
    assert bare.get("/static/swagger-ui/swagger-ui-bundle.js").status_code == 404
    assert bare.get("/").status_code == 200
