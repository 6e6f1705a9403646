"""The private iCalendar feed of the deadlines a user watches (Outlook, phone calendars)."""
from datetime import timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event

from ..alerts.watch import live_deadlines, watch_filter
from ..choices import DeadlineState
from ..emails import format_yuan, mail_domain, record_url
from ..models import CalendarFeed


def calendar_feed(request, token):
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        raise Http404("unknown calendar")
    subscriptions = [s for s in feed.user.alert_subscriptions.all() if s.active]
    calendar = Calendar()
    calendar.add("prodid", "-//A-share enforcement tracker//deadlines//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "监管截止日期")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if subscriptions:
        query = watch_filter(subscriptions[0])
        for subscription in subscriptions[1:]:
            query |= watch_filter(subscription)
        today = timezone.localdate()
        # Open deadlines only: resolved ones drop out, overdue ones stay visible until someone resolves them.
        deadlines = (live_deadlines().filter(query).select_related("company").prefetch_related("company__names")
                     .distinct().order_by("due_date", "id"))
        stamp = timezone.now()
        for deadline in deadlines:
            calendar.add_component(deadline_event(deadline, today, stamp))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="deadlines.ics"'
    response["Cache-Control"] = "private, max-age=900"
    return response


def deadline_event(deadline, today, stamp):
    event = Event()
    name = deadline.company.display_name
    overdue = deadline.state(today) == DeadlineState.OVERDUE
    event.add("uid", f"deadline-{deadline.pk}@{mail_domain()}")
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.due_date)
    event.add("dtend", deadline.due_date + timedelta(days=1))
    event.add("summary", f"{'【逾期】' if overdue else ''}{name}：{deadline.obligation}")
    # No "还剩N天": a calendar keeps the event for days, and the count would be wrong the day after.
    lines = [f"{deadline.get_kind_display()}，截止日期 {deadline.due_date:%Y-%m-%d}"
             + ("（日期暂定：交易所尚未公布该年休市安排）" if deadline.due_date_provisional else "")]
    if deadline.amount_yuan is not None:
        lines.append(f"金额：{format_yuan(deadline.amount_yuan)}")
    if deadline.consequence:
        lines.append(f"未完成后果：{deadline.consequence}")
    url = record_url(deadline)
    lines.append(url)
    event.add("description", "\n".join(lines))
    event.add("url", url)
    event.add("transp", "TRANSPARENT")
    return event
