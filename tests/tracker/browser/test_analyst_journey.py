"""A real headless Chromium (Debian's /usr/bin/chromium) against a live server: the analyst's daily path.

Screenshots of the main pages go to docs/screenshots/.
"""
import csv
import io
from pathlib import Path

import pytest
from django.conf import settings

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(settings.BASE_DIR) / "docs" / "screenshots"


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


def test_analyst_filters_opens_a_company_and_exports(live_server, page, cases, analyst):
    page.goto(f"{live_server.url}/actions/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", "analyst")
    page.fill("#id_password", "analyst-pass-123")
    page.click("button[type=submit]")
    page.goto(f"{live_server.url}/")
    page.wait_for_selector("svg.chart")
    shoot(page, "overview")

    page.goto(f"{live_server.url}/actions/")
    assert page.locator("#results tbody tr").count() == 5
    # Filter by measure and decision-date range through the form.
    page.check("input[name=measure][value=fine]")
    page.check("input[name=measure][value=rectification_order]")
    page.check("input[name=measure][value=warning_letter]")
    page.fill("input[name=decision_date_after]", "2025-01-01")
    page.fill("input[name=decision_date_before]", "2025-03-31")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/actions/?*")
    assert "measure=fine" in page.url and "decision_date_after=2025-01-01" in page.url
    rows = page.locator("#results tbody tr")
    assert rows.count() == 2
    assert "新星科技" in page.inner_text("#results") and "ST东方" in page.inner_text("#results")
    shoot(page, "case-list")

    # Export exactly this view as CSV and check the file's rows.
    with page.expect_download() as download_info:
        page.click("a[data-export=csv]")
    path = download_info.value.path()
    text = Path(path).read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")
    header, *records = list(csv.reader(io.StringIO(text[1:])))
    assert header[0] == "ID"
    assert sorted(int(r[0]) for r in records) == sorted([cases["fine"].pk, cases["rectification"].pk])
    assert {r[4] for r in records} == {"新星科技", "ST东方"}

    # Open a company from the list.
    page.click("#results a.company:has-text('ST东方')")
    page.wait_for_selector("#timeline")
    assert "东方实业股份有限公司" in page.inner_text("main")
    assert page.locator("svg.status-band rect").count() >= 2
    assert "示例财经" in page.inner_text("#timeline")
    shoot(page, "company-timeline")

    page.goto(f"{live_server.url}/deadlines/calendar/?month={cases['upcoming'].due_date:%Y-%m}")
    assert "清收被占用资金" in page.inner_text("table.calendar")
    shoot(page, "deadline-calendar")
    page.goto(f"{live_server.url}/deadlines/?open=on&sort=due_date")
    assert "逾期 5 天" in page.inner_text("#results")
    shoot(page, "deadlines")


def test_malformed_url_shows_the_error(live_server, page, cases, analyst):
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "analyst")
    page.fill("#id_password", "analyst-pass-123")
    page.click("button[type=submit]")
    response = page.goto(f"{live_server.url}/actions/?decision_date_after=2025-02-30&page=1000000000000")
    assert response.status == 200
    assert page.locator(".errorbox").count() == 1
