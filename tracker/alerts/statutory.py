"""The statutory clock of 资金占用: follow-on deadlines proposed from a rectification order's deadline.

Rectification deadline D missed → suspension from the first trading day after D → *ST two calendar months
into the suspension → termination of listing two calendar months after the *ST. Each step is a Deadline
that `follows` the one before; it only falls due (and only gets reminders) once the one before is missed.
Proposed steps are recomputed when the step before moves, until a curator edits their date. They are
cancelled when the step before is met or cancelled, or when the case is rectified.
"""
import calendar
import logging
import warnings
from datetime import date, timedelta
from functools import lru_cache

from django.db import IntegrityError, transaction
from django.utils import timezone

from companies.choices import RiskStatus

from ..choices import DeadlineKind, DeadlineStatus, Measure
from ..models import Deadline

logger = logging.getLogger(__name__)

NEXT_STEP = {
    DeadlineKind.RECTIFICATION: DeadlineKind.SUSPENSION,
    DeadlineKind.SUSPENSION: DeadlineKind.DELISTING_WARNING,
    DeadlineKind.DELISTING_WARNING: DeadlineKind.TERMINATION,
}
CHAIN_KINDS = tuple(NEXT_STEP.values())
OPEN = (DeadlineStatus.OPEN, DeadlineStatus.EXTENDED)
# The SSE calendar also serves SZSE and BSE: the mainland exchanges share their holidays.
EXCHANGE_CALENDAR = "XSHG"


@lru_cache(maxsize=1)
def trading_calendar():
    """exchange-calendars' XSHG, built from rules shipped with the package (no network)."""
    import exchange_calendars

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas deprecation chatter from inside exchange-calendars
        return exchange_calendars.get_calendar(EXCHANGE_CALENDAR)


def next_trading_day(day):
    """The first SSE/SZSE trading day strictly after `day`, and whether that is provisional.

    Within exchange-calendars' published years: its sessions. Later: weekdays without the closures curators
    entered (MarketClosure); provisional while no closure of that year is known yet.
    """
    import pandas

    from ..models import MarketClosure

    candidate = day + timedelta(days=1)
    exchange = trading_calendar()
    if exchange.first_session.date() <= candidate <= exchange.last_session.date():
        return exchange.date_to_session(pandas.Timestamp(candidate), direction="next").date(), False
    closed = set(MarketClosure.objects.filter(day__gte=candidate, day__lte=candidate + timedelta(days=60))
                 .values_list("day", flat=True))
    while candidate.weekday() >= 5 or candidate in closed:
        candidate += timedelta(days=1)
    known = MarketClosure.objects.filter(day__year=candidate.year).exists()
    return candidate, not known


def add_months(day, months):
    """Calendar months, clamped to the month's end (31 Dec + 2 months = 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def step_due_date(kind, previous):
    """(due date, provisional) of the step `kind` after the deadline `previous`."""
    if kind == DeadlineKind.SUSPENSION:
        due, provisional = next_trading_day(previous.due_date)
        return due, provisional or previous.due_date_provisional
    # Calendar months after a provisional day are as provisional as that day.
    return add_months(previous.due_date, 2), previous.due_date_provisional


def step_texts(kind, root):
    """Obligation, consequence and resulting status of a step (own wording; the root date keeps them unique)."""
    origin = f"（依{root.due_date:%Y-%m-%d}整改期限推算）"
    if kind == DeadlineKind.SUSPENSION:
        return f"整改期限届满前清收被占用资金，否则次一交易日起停牌{origin}", "股票停牌", ""
    if kind == DeadlineKind.DELISTING_WARNING:
        return f"停牌后两个月内完成资金占用整改{origin}", "实施退市风险警示（*ST）", RiskStatus.STAR_ST
    return f"被实施退市风险警示后两个月内完成资金占用整改{origin}", "终止上市", RiskStatus.DELISTED


def chain_root(deadline):
    while deadline.follows_id is not None:
        deadline = deadline.follows
    return deadline


def starts_chain(deadline):
    """A rectification deadline of a 资金占用 case ordered by a 责令改正 (on the deadline's action or the case's)."""
    if deadline.kind != DeadlineKind.RECTIFICATION or deadline.case_id is None or deadline.follows_id is not None:
        return False
    if deadline.action_id and deadline.action.measure == Measure.RECTIFICATION_ORDER:
        return True
    return deadline.case.actions.filter(measure=Measure.RECTIFICATION_ORDER).exists()


def case_is_rectified(case):
    return case is not None and case.is_rectified


def propose_statutory_chain(deadline):
    """Create or update the follow-on deadlines of `deadline`; idempotent. Returns the chain's steps.

    Called on every save of a deadline (signal) and by the admin action; running it twice creates nothing.
    """
    if deadline.follows_id is None and not starts_chain(deadline):
        return []
    if deadline.status in (DeadlineStatus.MET, DeadlineStatus.CANCELLED):
        cancel_followers(deadline, resolved_on=deadline.resolved_on)
        return []
    if case_is_rectified(deadline.case):
        cancel_case_chain(deadline.case)
        return []
    kind = NEXT_STEP.get(deadline.kind)
    if kind is None:
        return []
    due_date, provisional = step_due_date(kind, deadline)
    follower = deadline.followed_by.filter(kind=kind).order_by("id").first()
    if follower is None:
        root = chain_root(deadline)
        obligation, consequence, status = step_texts(kind, root)
        follower = Deadline(company_id=deadline.company_id, case_id=deadline.case_id, follows=deadline, kind=kind,
                            due_date=due_date, obligation=obligation, amount_yuan=root.amount_yuan,
                            consequence=consequence, consequence_status=status, proposed=True,
                            due_date_provisional=provisional)
        follower._chain_update = True
        try:
            with transaction.atomic():
                follower.save()  # its own post_save proposes the next step
        except IntegrityError:
            logger.warning("statutory step %s after deadline %s clashes with an existing deadline", kind, deadline.pk)
            return []
    elif follower.proposed and follower.status in OPEN and (
            (follower.due_date, follower.due_date_provisional) != (due_date, provisional)):
        follower.due_date, follower.due_date_provisional = due_date, provisional
        follower._chain_update = True
        follower.save()
    return [follower, *follower.followed_by.all()]


def recompute_provisional_steps(year=None):
    """Closures of a year were entered or changed: recompute the proposed steps counted in that year's days."""
    steps = Deadline.objects.filter(proposed=True, status__in=OPEN, follows__isnull=False,
                                    kind=DeadlineKind.SUSPENSION).select_related("follows")
    if year is not None:
        steps = steps.filter(due_date__year__in=[year - 1, year, year + 1])
    for step in steps:
        propose_statutory_chain(step.follows)


def cancel_followers(deadline, resolved_on=None):
    """Cancel the open steps after `deadline` (its own status is left alone)."""
    for follower in deadline.followed_by.filter(status__in=OPEN):
        follower.status = DeadlineStatus.CANCELLED
        follower.resolved_on = resolved_on or timezone.localdate()
        follower._chain_update = True
        follower.save()  # cascades down the chain through the signal


def cancel_case_chain(case):
    """The case is rectified: every open statutory step of it is cancelled."""
    for step in Deadline.objects.filter(case=case, kind__in=CHAIN_KINDS, follows__isnull=False, status__in=OPEN):
        step.status = DeadlineStatus.CANCELLED
        step.resolved_on = case.rectified_on or timezone.localdate()
        step._chain_update = True
        step.save()
