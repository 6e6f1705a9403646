"""Who watches which deadline, decided in memory from a handful of set-based queries.

The scan must not issue a query per deadline or per subscriber, so it loads the active subscriptions and
the facts of the candidate deadlines once and matches them here. watch_filter() is the same
rule written as a database filter (for one subscription: digests, the calendar feed, the web page).
"""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.db import connection
from django.db.models import Q

from ..filters import keys_in, saved_search_deadline_filter
from ..models import Deadline, Subscription
from ..models.alerts import OVERDUE_OFFSET


def watch_filter(subscription):
    """A Q over Deadline selecting what `subscription` watches (use with .distinct()).

    The scan does the same test in memory (Watchlist); a test keeps them equal.
    """
    if subscription.watch_all:
        return Q()
    query = Q(company__in=[company.pk for company in subscription.companies.all()])
    if subscription.measures:
        query |= Q(action__measure__in=subscription.measures) | Q(case__actions__measure__in=subscription.measures)
    violation_types = [violation_type.pk for violation_type in subscription.violation_types.all()]
    if violation_types:
        query |= Q(action__violation_types__in=violation_types) | Q(
            case__actions__violation_types__in=violation_types)
    if subscription.saved_search_id:
        query |= saved_search_deadline_filter(subscription.saved_search)
    return query


OPEN_STATUSES = ("open", "extended")


@dataclass(frozen=True)
class WatchingSubscription:
    id: int
    user_id: int
    delivery: str
    offsets: tuple  # most distant first; OVERDUE_OFFSET last when the overdue reminder is wanted
    watch_all: bool
    measures: frozenset
    changed: bool = False
    saved_search_id: int | None = None


@dataclass
class DeadlineFacts:
    id: int
    company_id: int
    due_date: date
    updated_at: object = None
    measures: set = field(default_factory=set)
    violation_types: set = field(default_factory=set)


class Watchlist:
    """Active subscriptions indexed by what they watch."""

    def __init__(self, subscriptions, companies_by_subscription, violation_types_by_subscription,
                 deadlines_by_subscription=None):
        self.subscriptions = subscriptions
        self.watch_all = [s for s in subscriptions if s.watch_all]
        self.by_company = defaultdict(list)
        self.by_measure = defaultdict(list)
        self.by_violation_type = defaultdict(list)
        self.by_deadline = defaultdict(list)  # what saved searches find
        for subscription in subscriptions:
            for deadline_id in (deadlines_by_subscription or {}).get(subscription.id, ()):
                self.by_deadline[deadline_id].append(subscription)
        for subscription in subscriptions:
            if subscription.watch_all:
                continue
            for company_id in companies_by_subscription.get(subscription.id, ()):
                self.by_company[company_id].append(subscription)
            for measure in subscription.measures:
                self.by_measure[measure].append(subscription)
            for code in violation_types_by_subscription.get(subscription.id, ()):
                self.by_violation_type[code].append(subscription)

    @classmethod
    def load(cls, changed_since=None, delivery=None):
        """Three queries: deliverable subscriptions, their companies, their violation types."""
        queryset = Subscription.objects.deliverable()
        if delivery:
            queryset = queryset.filter(delivery=delivery)
        rows = queryset.values_list("id", "user_id", "delivery", "reminder_days", "remind_overdue", "watch_all",
                                    "measures", "updated_at", "saved_search_id")
        subscriptions = []
        for pk, user_id, mode, reminder_days, remind_overdue, watch_all, measures, updated_at, search_id in rows:
            days = sorted({day for day in reminder_days or [] if isinstance(day, int) and day >= 0}, reverse=True)
            offsets = tuple(days + ([OVERDUE_OFFSET] if remind_overdue else []))
            subscriptions.append(WatchingSubscription(
                id=pk, user_id=user_id, delivery=mode, offsets=offsets, watch_all=watch_all,
                measures=frozenset(measures or ()), changed=changed_since is None or updated_at >= changed_since,
                saved_search_id=search_id,
            ))
        ids = Q(subscription__in=queryset.values("pk"))
        companies = defaultdict(set)
        for subscription_id, company_id in Subscription.companies.through.objects.filter(ids).values_list(
                "subscription_id", "company_id"):
            companies[subscription_id].add(company_id)
        violation_types = defaultdict(set)
        for subscription_id, code in Subscription.violation_types.through.objects.filter(ids).values_list(
                "subscription_id", "violationtype_id"):
            violation_types[subscription_id].add(code)
        return cls(subscriptions, companies, violation_types, cls._saved_search_deadlines(subscriptions))

    @staticmethod
    def _saved_search_deadlines(subscriptions):
        """Live deadlines each saved search finds: one query per subscribed search, none per deadline."""
        from ..models import SavedSearch

        search_ids = {s.saved_search_id for s in subscriptions if s.saved_search_id and not s.watch_all}
        if not search_ids:
            return {}
        found_by_search = {
            search.pk: set(live_deadlines().filter(saved_search_deadline_filter(search)).values_list("pk", flat=True))
            for search in SavedSearch.objects.filter(pk__in=search_ids)
        }
        return {s.id: found_by_search.get(s.saved_search_id, ()) for s in subscriptions if s.saved_search_id}

    @property
    def uses_measures(self):
        return bool(self.by_measure)

    @property
    def uses_violation_types(self):
        return bool(self.by_violation_type)

    @property
    def offsets(self):
        return {offset for subscription in self.subscriptions for offset in subscription.offsets}

    def watchers(self, facts):
        """Subscriptions watching the deadline described by `facts` (each at most once)."""
        found = {s.id: s for s in self.watch_all}
        for subscription in self.by_company.get(facts.company_id, ()):
            found[subscription.id] = subscription
        for measure in facts.measures:
            for subscription in self.by_measure.get(measure, ()):
                found[subscription.id] = subscription
        for code in facts.violation_types:
            for subscription in self.by_violation_type.get(code, ()):
                found[subscription.id] = subscription
        for subscription in self.by_deadline.get(facts.id, ()):
            found[subscription.id] = subscription
        return found.values()

    def load_facts(self, deadlines):
        """Facts of every deadline in the queryset `deadlines`: one query, plus up to four for measures/types."""
        # A statutory step changes when the step before it does (marked missed: the step falls due), so its
        # "changed" time is the later of the two.
        facts = {
            pk: DeadlineFacts(pk, company_id, due_date, max(updated_at, before or updated_at),
                              {measure} if measure else set())
            for pk, company_id, due_date, updated_at, before, measure in deadlines.values_list(
                "id", "company_id", "due_date", "updated_at", "follows__updated_at", "action__measure")
        }
        if not facts:
            return facts
        if connection.vendor == "postgresql":
            # The keys just read, as one array parameter (keys_in): PostgreSQL then knows how many there are.
            # Given the queryset as a subquery it guessed one row, and the joins through the cases below
            # compared every candidate with every case link (7 s of a day's scan at 1M deadlines).
            linked = Deadline.objects.filter(keys_in("pk", facts))
        else:
            # The same queryset as a subquery: SQLite takes only so many parameters.
            linked = Deadline.objects.filter(pk__in=deadlines.values("pk"))
        if self.uses_measures:
            for pk, measure in linked.filter(case__actions__isnull=False).values_list("id", "case__actions__measure"):
                facts[pk].measures.add(measure)
        if self.uses_violation_types:
            for path in ("action__violation_types", "case__actions__violation_types"):
                for pk, code in linked.filter(**{f"{path}__isnull": False}).values_list("id", path):
                    facts[pk].violation_types.add(code)
        return facts


def live_deadlines():
    """Open deadlines that can fall due now: a statutory follow-on waits until the deadline before it is missed."""
    return Deadline.objects.open()
