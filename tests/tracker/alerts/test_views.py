"""Subscriptions page, one-click unsubscribe, the private calendar feed."""
from datetime import date

import pytest
from django.test import Client
from django.urls import reverse
from icalendar import Calendar

from tracker.models import CalendarFeed, Subscription

pytestmark = pytest.mark.django_db


def test_subscription_page_needs_login(client):
    response = client.get(reverse("tracker:subscription-list"))
    assert response.status_code == 302 and "login" in response["Location"]


def test_user_creates_edits_and_deletes_a_subscription(client, subscriber, company):
    client.force_login(subscriber)
    response = client.post(reverse("tracker:subscription-create"), {
        "name": "重点公司", "companies": [company.pk], "measures": ["rectification_order"],
        "reminder_days": "14，7、1", "remind_overdue": "on", "delivery": "digest", "active": "on",
    })
    assert response.status_code == 302
    subscription = Subscription.objects.get(user=subscriber)
    assert subscription.reminder_days == [14, 7, 1] and list(subscription.companies.all()) == [company]
    assert subscription.delivery == "digest" and subscription.measures == ["rectification_order"]

    page = client.get(reverse("tracker:subscription-list")).content.decode()
    assert "重点公司" in page and "*ST示范" in page

    client.post(reverse("tracker:subscription-edit", args=[subscription.pk]), {
        "name": "重点公司", "watch_all": "on", "reminder_days": "3", "delivery": "each", "active": "on"})
    subscription.refresh_from_db()
    assert subscription.watch_all and subscription.reminder_days == [3] and not subscription.remind_overdue

    client.post(reverse("tracker:subscription-delete", args=[subscription.pk]))
    assert not Subscription.objects.exists()


@pytest.mark.parametrize("data, error", [
    ({"reminder_days": "7, 三"}, "不是整数"),
    ({"reminder_days": "400"}, "之间"),
    ({"reminder_days": ""}, "至少填写一个提醒天数"),
    ({"reminder_days": "7"}, "至少选择一个保存的搜索、一家公司"),
])
def test_bad_subscription_input_is_refused_with_a_message(client, subscriber, data, error):
    client.force_login(subscriber)
    response = client.post(reverse("tracker:subscription-create"), {"name": "x", "delivery": "each", **data})
    assert response.status_code == 200
    assert error in response.content.decode()
    assert not Subscription.objects.exists()


def test_users_cannot_touch_each_others_subscriptions(client, subscriber, analyst, subscribe):
    theirs = subscribe(analyst, watch_all=True)
    client.force_login(subscriber)
    assert client.get(reverse("tracker:subscription-edit", args=[theirs.pk])).status_code == 404
    assert client.post(reverse("tracker:subscription-delete", args=[theirs.pk])).status_code == 404
    assert Subscription.objects.filter(pk=theirs.pk).exists()


def test_unsubscribe_link_confirms_on_get_and_works_on_one_click_post_without_login(subscriber, subscribe):
    subscription = subscribe(subscriber, watch_all=True)
    browser = Client(enforce_csrf_checks=True)
    url = reverse("tracker:unsubscribe", args=[subscription.unsubscribe_token])

    page = browser.get(url)
    subscription.refresh_from_db()
    assert page.status_code == 200 and "确认退订" in page.content.decode() and subscription.active

    response = browser.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")
    subscription.refresh_from_db()
    assert response.status_code == 200 and not subscription.active
    assert browser.post(url).status_code == 200  # a second click is harmless


def test_unknown_unsubscribe_token_is_a_404(client):
    assert client.get(reverse("tracker:unsubscribe", args=["no-such-token"])).status_code == 404
    assert client.post(reverse("tracker:unsubscribe", args=["no-such-token"])).status_code == 404


def test_calendar_feed_lists_watched_deadlines_behind_a_private_token(at, client, subscriber, subscribe, company,
                                                                      make_deadline, make_company):
    at(2025, 8, 1, 9)
    subscribe(subscriber, companies=[company])
    watched = make_deadline(date(2025, 9, 1))
    make_deadline(date(2025, 9, 5), company=make_company("无关公司", code="000004"), obligation="不关注的事项")
    client.force_login(subscriber)
    page = client.get(reverse("tracker:subscription-list")).content.decode()
    feed = CalendarFeed.objects.get(user=subscriber)
    assert feed.token in page
    client.logout()

    response = client.get(reverse("tracker:calendar-feed", args=[feed.token]))

    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == ["*ST示范：归还控股股东占用的资金"]
    assert events[0].decoded("dtstart") == date(2025, 9, 1)
    assert str(events[0]["uid"]).startswith(f"deadline-{watched.pk}@")


def test_regenerating_the_calendar_token_retires_the_old_url(client, subscriber):
    old = CalendarFeed.for_user(subscriber).token
    client.force_login(subscriber)
    client.post(reverse("tracker:calendar-regenerate"))
    client.logout()

    assert client.get(reverse("tracker:calendar-feed", args=[old])).status_code == 404
    new = CalendarFeed.objects.get(user=subscriber).token
    assert new != old and client.get(reverse("tracker:calendar-feed", args=[new])).status_code == 200


def test_overdue_watched_deadline_is_flagged_on_the_page_until_resolved(at, client, subscriber, subscribe, deadline):
    subscribe(subscriber, watch_all=True)
    client.force_login(subscriber)
    at(2025, 9, 3, 10)

    page = client.get(reverse("tracker:subscription-list")).content.decode()
    assert "逾期仍未处理" in page and "归还控股股东占用的资金" in page

    deadline.status = "met"
    deadline.save()
    assert "逾期仍未处理" not in client.get(reverse("tracker:subscription-list")).content.decode()


def test_staff_manage_everyones_subscriptions_in_admin(client, curator, subscriber, subscribe):
    subscription = subscribe(subscriber, watch_all=True)
    client.force_login(curator)

    page = client.get(reverse("admin:tracker_subscription_change", args=[subscription.pk]))
    assert page.status_code == 200 and "30, 7, 3, 1, 0" in page.content.decode()
    listing = client.get(reverse("admin:tracker_subscription_changelist"))
    assert "watcher" in listing.content.decode()


def test_a_reminder_links_to_a_page_every_subscriber_can_open(at, subscriber, subscribe, deadline, mailoutbox,
                                                                client):
    from .conftest import scan_and_send

    subscribe(subscriber, watch_all=True)
    at(2025, 8, 25, 9)  # 7 days before
    scan_and_send()
    body = mailoutbox[0].body
    assert "/admin/" not in body
    link = next(line.split("：", 1)[1] for line in body.splitlines() if line.startswith("记录："))
    assert link.endswith(f"/deadlines/{deadline.pk}/")
    assert "这是“截止日期提醒”订阅的提前7天提醒。" in body  # the footer reads as a sentence

    client.force_login(subscriber)  # not staff
    page = client.get(f"/deadlines/{deadline.pk}/")
    assert page.status_code == 200
    assert deadline.obligation in page.content.decode()


def test_the_calendar_feed_holds_no_count_that_goes_stale(at, subscriber, subscribe, deadline, client):
    from tracker.models import CalendarFeed

    subscribe(subscriber, watch_all=True)
    at(2025, 8, 4, 9)
    feed = client.get(f"/calendar/{CalendarFeed.for_user(subscriber).token}.ics").content.decode()
    unfolded = feed.replace("\r\n ", "")
    assert "还剩" not in unfolded and "已逾期" not in unfolded
    assert "2025-09-01" in unfolded and f"/deadlines/{deadline.pk}/" in unfolded
