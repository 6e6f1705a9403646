"""The read-only REST API: token authentication, the same FilterSets as the web, schema and docs."""
import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from tracker.models import ApiToken

pytestmark = pytest.mark.django_db


@pytest.fixture
def api(analyst):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {ApiToken.issue(analyst)[1]}")
    return client


def test_token_required(cases):
    assert APIClient().get("/api/actions/").status_code == 401


def test_token_obtained_with_password(analyst):
    response = APIClient().post(reverse("api-token"), {"username": "analyst", "password": "analyst-pass-123"})
    assert response.status_code == 200 and response.json()["token"]


def test_actions_use_the_web_filters(api, cases):
    response = api.get("/api/actions/", {"measure": ["fine", "rectification_order"], "sort": "decision_date"})
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    fine = body["results"][0]
    assert fine["id"] == cases["fine"].pk
    assert fine["company"]["code"] == "300222" and fine["company"]["status"] == "normal"
    assert fine["violation_types"] == ["P2503", "P2505"]
    assert fine["total_amount"] == "600000.00"
    negated = api.get("/api/actions/", {"measure": "fine", "measure_not": "on", "q": "东方"}).json()
    assert {a["id"] for a in negated["results"]} == {cases["rectification"].pk, cases["work_letter"].pk}


def test_other_lists(api, cases):
    deadlines = api.get("/api/deadlines/", {"overdue": "true"}).json()
    assert [d["id"] for d in deadlines["results"]] == [cases["overdue"].pk]
    assert deadlines["results"][0]["days_left"] == -5
    companies = api.get("/api/companies/", {"status": "*ST"}).json()
    assert [c["code"] for c in companies["results"]] == ["688333"]
    changes = api.get("/api/status-changes/", {"company": cases["dongfang"].pk}).json()
    assert [c["to_status"] for c in changes["results"]] == ["ST"]
    occupation = api.get("/api/occupation-cases/").json()
    assert occupation["results"][0]["balance"] == "200000000.00"


def test_read_only(api, cases):
    assert api.post("/api/actions/", {"measure": "fine"}).status_code == 405
    assert api.delete(f"/api/actions/{cases['fine'].pk}/").status_code == 405


@pytest.mark.parametrize("params", [{"decision_date_after": "2025-02-30"}, {"measure": "nope"},
                                    {"issuer": "'; DROP TABLE x"}, {"page": "1000000000000"}])
def test_bad_parameters_are_client_errors(api, cases, params):
    assert api.get("/api/actions/", params).status_code in (400, 404)


def test_schema_and_docs_served_without_cdn(api, cases, client, analyst):
    schema = api.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert schema.status_code == 200
    assert "/api/actions/" in schema.content.decode()
    client.force_login(analyst)
    docs = client.get("/api/docs/").content.decode()
    assert "swagger-ui" in docs.lower()
    assert "cdn" not in docs.lower() and "unpkg" not in docs.lower()
