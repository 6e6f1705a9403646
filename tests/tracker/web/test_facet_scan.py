"""The case list's one-scan facet counts and its stored total amount agree with the records, however filtered."""
from collections import Counter
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.http import QueryDict
from django.urls import reverse

from companies.models import Person
from tracker.choices import Measure, TargetRole
from tracker.filters import EnforcementActionFilterSet
from tracker.models import ActionTarget, EnforcementAction

pytestmark = pytest.mark.django_db


def counted_one_by_one(filterset):
    """The facet counts the slow way: for each facet, the values of every action the other filters match."""
    values_of = {
        "exchange": lambda action: [action.company.exchange],
        "board": lambda action: [action.company.board],
        "status": lambda action: [action.company.current_status],
        "issuer": lambda action: [str(action.issuer_id)],
        "measure": lambda action: [action.measure],
        "violation_type": lambda action: [code for code in action.violation_types.values_list("code", flat=True)],
    }
    return {
        facet: dict(Counter(value for action in filterset.queryset_without(facet) for value in values(action)))
        for facet, values in values_of.items()
    }


def without_zeros(counts):
    return {facet: {value: n for value, n in by_value.items() if n} for facet, by_value in counts.items()}


@pytest.mark.parametrize("query", [
    "",
    "exchange=SSE&board=main&status=ST&status=*ST",
    "exchange=SSE&exchange_not=on&measure=fine&measure=warning_letter",
    "status=normal&status_not=on&issuer_not=on&issuer={bureau}",
    "violation_type=P2510&violation_type_not=on&board=star",
    "status=delisted",  # no company is delisted: an empty list of companies, not an error
    "status=delisted&status_not=on&measure=public_censure",
    "decision_date_after=2024-01-01&exchange=SZSE&exchange_not=on&violation_type=P2514&violation_type=P2510",
    "q=东方&measure=work_letter",
    "amount_min=100000&issuer={csrc}",
])
def test_every_facet_count_and_the_total_match_counting_one_by_one(cases, query):
    filterset = EnforcementActionFilterSet(QueryDict(query.format(bureau=cases["bureau"].pk, csrc=cases["csrc"].pk)))
    assert filterset.is_valid(), filterset.errors
    assert without_zeros(filterset.facet_counts()) == counted_one_by_one(filterset)
    assert filterset.matching_count() == filterset.qs.count()


def test_the_page_total_comes_with_the_counts_and_follows_new_records(analyst_client, cases):
    url = reverse("tracker:action-list") + "?measure=fine&measure=warning_letter"
    assert analyst_client.get(url).context["paginator"].count == 2
    EnforcementAction.objects.create(company=cases["xinxing"], issuer=cases["csrc"], measure=Measure.FINE,
                                     document_number="示例罚字〔2025〕9号")
    response = analyst_client.get(url)
    assert response.context["paginator"].count == 3
    assert len(response.context["rows"]) == 3


class TestStoredTotalAmount:
    def total(self, action):
        return EnforcementAction.objects.get(pk=action.pk).total_amount_yuan

    def test_follows_targets_added_changed_and_removed(self, cases):
        fine = cases["fine"]
        assert self.total(fine) == Decimal("600000")
        target = fine.targets.get(person__isnull=True)
        target.amount_yuan = Decimal("900000")
        target.save()
        assert self.total(fine) == Decimal("1000000")
        fine.targets.filter(person__isnull=False).delete()
        assert self.total(fine) == Decimal("900000")
        target.delete()
        assert self.total(fine) is None
        assert self.total(cases["rectification"]) is None  # targets without an amount: no total

    def test_a_target_moved_to_another_action_moves_its_amount(self, cases):
        target = cases["fine"].targets.get(person__isnull=False)
        target.action = cases["censure"]
        target.save()
        assert self.total(cases["fine"]) == Decimal("500000")
        assert self.total(cases["censure"]) == Decimal("100000")

    def test_the_amount_filter_and_sort_read_the_stored_total(self, cases):
        wang = Person.objects.create(name="王五", company=cases["yuanhang"])
        ActionTarget.objects.create(action=cases["censure"], person=wang, role=TargetRole.DIRECTOR,
                                    amount_yuan=Decimal("700000"))
        cache.clear()
        filterset = EnforcementActionFilterSet(QueryDict("amount_min=550000&sort=-amount"))
        assert filterset.is_valid()
        assert list(filterset.qs) == [cases["censure"], cases["fine"]]
