"""Every page works under the Content-Security-Policy: no violation in the browser's console, scripts still run."""
import pytest

from tests.tracker.review.conftest import ARTICLE, celery_eager  # noqa: F401  (shared fixture)
from tracker.models import Proposal, ProposalKind

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def watch_console(page):
    problems = []
    page.on("console", lambda message: problems.append(message.text)
            if "Content Security Policy" in message.text or message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def log_in(page, url, username, password):
    page.goto(f"{url}/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(f"{url}/")


def test_analyst_pages_satisfy_the_policy_and_their_scripts_run(live_server, page, cases, analyst):
    problems = watch_console(page)
    log_in(page, live_server.url, "analyst", "analyst-pass-123")
    paths = ["/", "/actions/", "/companies/", f"/companies/{cases['dongfang'].pk}/", "/deadlines/",
             "/deadlines/calendar/", "/searches/", "/subscriptions/", "/account/tokens/"]
    for path in paths:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
        assert "script-src 'self'" in response.headers["content-security-policy"]

    # Swagger UI starts from a script file (the split view), so the API docs render under the policy.
    page.goto(f"{live_server.url}/api/docs/")
    page.wait_for_selector(".swagger-ui .info", timeout=15000)

    # The language switcher's script (static/tracker/app.js, no inline handler) still switches on change.
    page.goto(f"{live_server.url}/actions/")
    with page.expect_navigation():
        page.select_option("select[name=language]", "en")
    assert page.locator("html").get_attribute("lang") == "en"

    assert problems == []


def test_review_queue_satisfies_the_policy(live_server, page, curator, celery_eager):  # noqa: F811
    from tracker.review.ingest import ingest_text

    ingest_text(ARTICLE, published_on=None)
    proposal = Proposal.objects.filter(kind=ProposalKind.ENFORCEMENT_ACTION).first()
    assert proposal is not None
    problems = watch_console(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-pass-123")
    page.click("input[type=submit]")
    for path in ("/admin/", "/admin/tracker/proposal/", f"/admin/tracker/proposal/{proposal.pk}/change/",
                 "/admin/tracker/deadline/add/", "/admin/tracker/apitoken/"):
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path
    # The evidence mark is highlighted by the review stylesheet (a file now, not an inline <style>).
    page.goto(f"{live_server.url}/admin/tracker/proposal/{proposal.pk}/change/")
    background = page.locator(".review-article mark.evidence").first.evaluate(
        "mark => getComputedStyle(mark).backgroundColor")
    assert background == "rgb(255, 224, 102)"
    assert problems == []
