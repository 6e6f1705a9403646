"""A curator and a subscriber in a real browser: accepting proposals never rewrites history or duplicates a fact,
a missed deadline makes its next step due and the reminder arrives, and every page counts overdue alike.

(Issue points 1, 2, 5 and 7 end to end.)
"""
import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from companies.models import Company, StatusChange
from tests.tracker.alerts.conftest import scan_and_send
from tests.tracker.review.conftest import ARTICLE, SECOND_ARTICLE, celery_eager  # noqa: F401  (shared fixture)
from tracker.choices import DeadlineKind, DeadlineStatus, Measure
from tracker.models import (
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Proposal,
    ProposalKind,
    Subscription,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Written for this test: a company the registry knows as 海川股份, reported under its *ST name.
ST_ARTICLE = "本报记者 李明\n*ST海川（600888）晚间公告，公司于2025年4月8日收到浙江证监局出具的警示函。\n"


def admin_login(page, url):
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-pass-123")
    page.click("input[type=submit]")


def accept(page, url, proposal):
    page.goto(f"{url}/admin/tracker/proposal/{proposal.pk}/change/")
    with page.expect_navigation():
        page.click("input[name=_accept]")
    return page.locator("ul.messagelist").inner_text()


def test_accepting_proposals_keeps_history_and_one_record_per_fact(live_server, page, curator, make_company,
                                                                  celery_eager):  # noqa: F811
    from tracker.review.ingest import ingest_text

    haichuan = make_company("海川股份", code="600888")
    ingest_text(ST_ARTICLE, published_on=timezone.localdate())
    admin_login(page, live_server.url)

    # 1. Accepting "*ST海川 (600888)" adds the name; it invents no *ST period.
    company_proposal = Proposal.objects.get(kind=ProposalKind.COMPANY)
    accept(page, live_server.url, company_proposal)
    assert haichuan.names.filter(name="*ST海川").exists()
    assert not StatusChange.objects.filter(company=haichuan).exists()
    page.goto(f"{live_server.url}/companies/{haichuan.pk}/")
    assert "*ST" not in page.locator("h1 .badge").inner_text()

    # 2. The same 责令改正 reported twice, the second time without its date: one record, two sources.
    first = ingest_text(ARTICLE, published_on=timezone.localdate()).source
    accept(page, live_server.url, Proposal.objects.get(source=first, kind=ProposalKind.ENFORCEMENT_ACTION))
    second = ingest_text(SECOND_ARTICLE, published_on=timezone.localdate(), title="第二篇报道").source
    undated = Proposal.objects.get(source=second, kind=ProposalKind.ENFORCEMENT_ACTION)
    undated.payload = {**undated.payload, "date": None}
    undated.save()
    page.goto(f"{live_server.url}/admin/tracker/proposal/{undated.pk}/change/")
    assert page.locator("button[name=_attach]").count() == 1  # offered: attach to the order on file
    accept(page, live_server.url, undated)
    orders = EnforcementAction.objects.filter(measure=Measure.RECTIFICATION_ORDER)
    assert orders.count() == 1 and orders.get().decision_date is not None
    assert {c.source for c in Citation.for_record(orders.get())} == {first, second}
    assert Company.objects.filter(names__name="青禾环境").count() == 1


def test_a_missed_deadline_makes_the_next_step_due_and_every_page_counts_alike(
        live_server, page, curator, analyst, make_company, bureau, mailoutbox):
    today = timezone.localdate()
    company = make_company("ST远望", code="600555")
    order = EnforcementAction.objects.create(company=company, issuer=bureau, measure=Measure.RECTIFICATION_ORDER,
                                             decision_date=today - timedelta(days=60))
    case = FundOccupationCase.objects.create(company=company, occupier="远望控股", amount_occupied=100_000_000)
    case.actions.add(order)
    rectification = Deadline.objects.create(company=company, case=case, action=order,
                                            due_date=today - timedelta(days=20), obligation="清收被占用资金")
    suspension = Deadline.objects.get(follows=rectification, kind=DeadlineKind.SUSPENSION)
    assert suspension.due_date < today  # the first trading day after the missed date (20 days: past any holiday)
    Subscription.objects.create(user=analyst, watch_all=True)
    scan_and_send()  # the overdue rectification deadline is reminded; its next step waits
    assert not [m for m in mailoutbox if f"/deadlines/{suspension.pk}/" in m.body]

    # The curator marks the rectification deadline missed in admin.
    admin_login(page, live_server.url)
    page.goto(f"{live_server.url}/admin/tracker/deadline/{rectification.pk}/change/")
    page.select_option("#id_status", DeadlineStatus.MISSED)
    with page.expect_navigation():
        page.click("input[name=_save]")
    rectification.refresh_from_db()
    assert rectification.status == DeadlineStatus.MISSED

    # The next scan mails the step's reminder, with a link the (non-staff) subscriber can open.
    scan_and_send()
    step_mail = [m for m in mailoutbox if f"/deadlines/{suspension.pk}/" in m.body]
    assert len(step_mail) == 1
    link = re.search(r"https?://\S+/deadlines/\d+/", step_mail[0].body).group()
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("#id_username", "analyst")
    page.fill("#id_password", "analyst-pass-123")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")
    page.goto(live_server.url + "/" + link.split("/", 3)[3])
    assert page.locator("dd.state-overdue").count() == 1

    # The same overdue count on the list (rows and facet), the overview and the API.
    page.goto(f"{live_server.url}/deadlines/")
    red_rows = page.locator("#results tr.row-overdue").count()
    facet = int(page.locator("fieldset[data-facet=status] input[value=overdue] ~ .count").inner_text())
    page.goto(f"{live_server.url}/")
    overview = int(page.locator("a.card.warn .big").inner_text())
    page.goto(f"{live_server.url}/api/deadlines/?overdue=true&format=json")
    api = json.loads(page.locator("body").inner_text())["count"]
    assert red_rows == facet == overview == api == 1
