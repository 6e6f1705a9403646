"""Subscribing alerts to a saved search: the deadlines of what the search finds, and nothing else."""
from datetime import date

import pytest
from django.urls import reverse

from tracker.alerts.watch import watch_filter
from tracker.choices import Measure
from tracker.models import EnforcementAction, Issuer, SavedSearch, Subscription

from .conftest import scan_and_send

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_deadlines(company, make_company, make_deadline):
    bureau = Issuer.objects.get_or_create(name="示范证监局", defaults={"kind": "csrc_bureau"})[0]
    order = EnforcementAction.objects.create(company=company, issuer=bureau, measure=Measure.RECTIFICATION_ORDER,
                                             decision_date=date(2025, 3, 1))
    other_company = make_company("别家股份", code="000777")
    letter = EnforcementAction.objects.create(company=other_company, issuer=bureau, measure=Measure.WARNING_LETTER,
                                              decision_date=date(2025, 3, 1))
    watched = make_deadline(date(2025, 9, 1), action=order, obligation="提交整改报告")
    ignored = make_deadline(date(2025, 9, 1), company=other_company, action=letter, obligation="提交书面说明")
    return watched, ignored


def test_a_saved_action_search_reminds_of_the_deadlines_of_its_actions(at, subscriber, two_deadlines, mailoutbox):
    search = SavedSearch.objects.create(user=subscriber, name="责令改正", list="actions",
                                        query_string="measure=rectification_order")
    Subscription.objects.create(user=subscriber, saved_search=search)
    at(2025, 8, 25, 9)  # 7 days before both

    scan_and_send()

    assert [m.subject for m in mailoutbox] == ["【截止提醒】*ST示范 2025-09-01到期，还剩7天"]


def test_the_scan_and_the_database_filter_agree_on_a_saved_search(subscriber, two_deadlines):
    from tracker.models import Deadline

    watched, _ignored = two_deadlines
    search = SavedSearch.objects.create(user=subscriber, name="示范", list="deadlines", query_string="q=示范")
    subscription = Subscription.objects.create(user=subscriber, saved_search=search)
    assert list(Deadline.objects.filter(watch_filter(subscription)).distinct()) == [watched]


def test_subscribe_link_on_the_saved_search_starts_from_that_search(client, subscriber, two_deadlines):
    search = SavedSearch.objects.create(user=subscriber, name="责令改正", list="actions",
                                        query_string="measure=rectification_order")
    client.force_login(subscriber)
    assert f"?saved_search={search.pk}" in client.get(reverse("tracker:saved-search-list")).content.decode()

    page = client.get(reverse("tracker:subscription-create"), {"saved_search": search.pk})
    assert page.context["form"].initial["saved_search"] == search.pk
    response = client.post(reverse("tracker:subscription-create"), {
        "name": "责令改正提醒", "saved_search": search.pk, "reminder_days": "7, 1", "remind_overdue": "on",
        "delivery": "each", "active": "on",
    })
    assert response.status_code == 302
    assert Subscription.objects.get(user=subscriber).saved_search == search


def test_another_users_saved_search_cannot_be_subscribed(client, subscriber, django_user_model, two_deadlines):
    stranger = django_user_model.objects.create_user("stranger", "s@example.com", "stranger-pass-123")
    search = SavedSearch.objects.create(user=stranger, name="别人的", list="actions", query_string="")
    client.force_login(subscriber)
    response = client.post(reverse("tracker:subscription-create"), {
        "name": "偷看", "saved_search": search.pk, "reminder_days": "7", "delivery": "each", "active": "on",
    })
    assert response.status_code == 200
    assert "saved_search" in response.context["form"].errors
    assert not Subscription.objects.exists()
