"""Alert emails, rendered from .txt/.html/subject template triples in templates/tracker/emails/.

Every message has a text and an HTML part, a Message-ID derived from its ledger row, and RFC 8058
one-click unsubscribe headers pointing at the subscription's token URL.
"""
from collections import defaultdict
from decimal import Decimal
from urllib.parse import urlparse

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from .models import Citation


def absolute(path):
    return f"{settings.SITE_URL}{path}"


def mail_domain():
    return urlparse(settings.SITE_URL).hostname or "tracker.localhost"


def format_yuan(amount):
    """2.5亿元 / 3,870万元 / 12,000.00元: the way announcements state amounts."""
    if amount is None:
        return ""
    amount = Decimal(amount)
    if amount >= Decimal("100000000"):
        return f"{(amount / Decimal('100000000')).normalize():f}亿元"
    if amount >= Decimal("10000"):
        return f"{(amount / Decimal('10000')).quantize(Decimal('0.01')).normalize():f}万元"
    return f"{amount:,.2f}元"


def days_left_label(days_left):
    if days_left > 0:
        return f"还剩{days_left}天"
    if days_left == 0:
        return "今天到期"
    return f"已逾期{-days_left}天"


def cited_source(deadline):
    """The first source cited for the deadline, its action or its case (one with a URL preferred), or None."""
    fallback = None
    for record in (deadline, deadline.action, deadline.case):
        if record is None:
            continue
        citations = Citation.objects.filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        ).select_related("source").order_by("id")
        for citation in citations:
            if citation.source.url:
                return citation.source
            fallback = fallback or citation.source
    return fallback


def record_url(deadline):
    """The deadline's page in the analysts' web app: every subscriber can open it (admin pages are staff-only)."""
    return absolute(reverse("tracker:deadline-detail", args=[deadline.pk]))


def deadline_context(deadline, today):
    days_left = (deadline.due_date - today).days
    return {
        "deadline": deadline,
        "company_name": deadline.company.display_name,
        "company_url": absolute(deadline.company.get_absolute_url()),
        "days_left": days_left,
        "days_left_label": days_left_label(days_left),
        "amount": format_yuan(deadline.amount_yuan),
        "record_url": record_url(deadline),
        # A source without a URL (a printed page) is still named: publication · date · title.
        "source": (source := cited_source(deadline)),
        "source_url": source.url if source else "",
    }


def unsubscribe_url(subscription):
    return absolute(reverse("tracker:unsubscribe", args=[subscription.unsubscribe_token]))


def build_message(template, context, to, subscription, message_id):
    context = {**context, "site_url": settings.SITE_URL, "unsubscribe_url": unsubscribe_url(subscription),
               "manage_url": absolute(reverse("tracker:subscription-list")), "subscription": subscription}
    subject = " ".join(render_to_string(f"tracker/emails/{template}_subject.txt", context).split())
    text = render_to_string(f"tracker/emails/{template}.txt", context)
    html = render_to_string(f"tracker/emails/{template}.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[to],
        headers={
            "Message-ID": message_id,
            "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Auto-Submitted": "auto-generated",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


def reminder_email(delivery, today=None):
    today = today or timezone.localdate()
    context = deadline_context(delivery.deadline, today)
    context["delivery"] = delivery
    return build_message("deadline_reminder", context, delivery.user.email, delivery.subscription,
                         f"<reminder-{delivery.pk}@{mail_domain()}>")


def digest_email(digest, rows, overdue, today=None):
    """One subscription's digest: reminders grouped by due date, then watched deadlines still overdue."""
    today = today or timezone.localdate()
    by_due_date = defaultdict(list)
    upcoming = [row.deadline for row in rows if row.deadline.due_date >= today]
    for deadline in sorted(upcoming, key=lambda deadline: (deadline.due_date, deadline.pk)):
        by_due_date[deadline.due_date].append(deadline_context(deadline, today))
    groups = [{"due_date": day, "days_left_label": days_left_label((day - today).days), "items": items}
              for day, items in by_due_date.items()]
    # Overdue reminders join the deadlines still overdue from earlier days: one list, flagged until resolved.
    overdue = sorted({*overdue, *(row.deadline for row in rows if row.deadline.due_date < today)},
                     key=lambda deadline: (deadline.due_date, deadline.pk))
    context = {
        "digest": digest, "today": today, "groups": groups, "reminder_count": len(upcoming),
        "overdue": [deadline_context(deadline, today) for deadline in overdue],
    }
    subscription = digest.subscription
    return build_message("digest", context, subscription.user.email, subscription,
                         f"<digest-{digest.pk}@{mail_domain()}>")
