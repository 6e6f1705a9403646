"""The FilterSets behind the case, deadline and company lists (also used by exports, saved searches and the API)."""
from datetime import date

import pytest
from django.http import QueryDict
from django.urls import reverse

from companies.models import Company
from tracker.filters import (
    CompanyFilterSet,
    DeadlineFilterSet,
    EnforcementActionFilterSet,
    risk_statuses,
)
from tracker.models import EnforcementAction, SavedSearch, SearchList

pytestmark = pytest.mark.django_db


def actions(query):
    filterset = EnforcementActionFilterSet(QueryDict(query))
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs)


@pytest.mark.parametrize("term", ["ST东方", "东方", "东方实业", "600111", "东方实业股份有限公司", "st东方"])
def test_company_found_by_any_name_with_or_without_st_prefix_or_code(cases, term):
    assert actions(f"q={term}") == {cases["rectification"], cases["work_letter"]}


def test_exchange_board_and_current_status(cases):
    assert actions("exchange=SZSE") == {cases["fine"]}
    assert actions("board=star") == {cases["censure"], cases["warning"]}
    assert actions("status=ST") == {cases["rectification"], cases["work_letter"]}
    assert actions("status=*ST") == {cases["censure"], cases["warning"]}
    assert actions("status=normal") == {cases["fine"]}
    assert actions("status=normal&status_not=on") == {cases["rectification"], cases["work_letter"], cases["censure"],
                                                      cases["warning"]}


def test_measure_is_any_of_with_negation(cases):
    assert actions("measure=fine&measure=work_letter") == {cases["fine"], cases["work_letter"]}
    assert actions("measure=fine&measure=work_letter&measure_not=on") == {
        cases["rectification"], cases["censure"], cases["warning"]}


def test_issuer_and_violation_type_with_negation(cases):
    assert actions(f"issuer={cases['bureau'].pk}") == {cases["rectification"], cases["warning"]}
    assert actions(f"issuer={cases['bureau'].pk}&issuer_not=on") == {cases["work_letter"], cases["fine"],
                                                                     cases["censure"]}
    assert actions("violation_type=P2503&violation_type=P2514") == {cases["fine"], cases["censure"]}
    # "none of" keeps the actions without any violation type recorded.
    assert actions("violation_type=P2510&violation_type_not=on") == {cases["work_letter"], cases["fine"],
                                                                     cases["censure"], cases["warning"]}


def test_decision_and_announcement_date_ranges(cases):
    assert actions("decision_date_after=2025-01-01&decision_date_before=2025-03-31") == {cases["rectification"],
                                                                                          cases["fine"]}
    assert actions("announcement_date_after=2025-01-20") == {cases["rectification"], cases["fine"]}


def test_amount_range_is_on_the_total_over_all_targets(cases):
    assert actions("amount_min=550000") == {cases["fine"]}
    assert actions("amount_min=100&amount_max=550000") == set()


def test_person(cases):
    assert actions("person=张三") == {cases["rectification"]}
    assert actions("person=李") == {cases["fine"]}


def test_two_lists_filtered_at_once_each_keep_their_own_filters(cases):
    # Two analysts' requests in one process: each FilterSet's filters work on its own data.
    by_person = EnforcementActionFilterSet(QueryDict("person=张三"))
    by_amount = EnforcementActionFilterSet(QueryDict("amount_min=550000"))
    assert by_person.is_valid() and by_amount.is_valid()
    assert set(by_amount.qs) == {cases["fine"]}
    assert set(by_person.qs) == {cases["rectification"]}
    assert actions("person=李") == {cases["fine"]}
    assert by_person.filters["person"].parent is by_person


def test_deadline_filters_on_actions(cases):
    # The rectification order's deadline is tied through its fund-occupation case, the warning letter's directly.
    assert actions("has_open_deadline=on") == {cases["rectification"], cases["warning"]}
    assert actions("due_within=30") == {cases["rectification"]}
    assert actions("due_within=10") == set()
    assert actions("overdue=on") == {cases["warning"]}


def test_sort_by_any_column(cases):
    filterset = EnforcementActionFilterSet(QueryDict("sort=-amount"))
    assert list(filterset.qs)[0] == cases["fine"]
    filterset = EnforcementActionFilterSet(QueryDict("sort=decision_date"))
    assert list(filterset.qs)[0] == cases["censure"]


def test_facet_counts_are_within_the_other_filters(cases):
    filterset = EnforcementActionFilterSet(QueryDict("measure=fine&exchange=SSE"))
    assert filterset.is_valid()
    counts = filterset.facet_counts()
    # Measures counted among SSE companies' actions (the measure filter itself left out)...
    assert counts["measure"] == {"rectification_order": 1, "work_letter": 1, "public_censure": 1, "warning_letter": 1}
    # ...exchanges among fines.
    assert counts["exchange"] == {"SZSE": 1}
    assert counts["status"].get("normal") == 0


@pytest.mark.parametrize("query", ["decision_date_after=2025-02-30", "measure=bogus", "issuer=%27%3B+DROP+TABLE",
                                   "amount_min=abc", "due_within=-3", "status=zzz"])
def test_malformed_parameters_are_form_errors(cases, query):
    assert not EnforcementActionFilterSet(QueryDict(query)).is_valid()


def test_risk_statuses_agree_with_the_company_queryset(cases, make_company):
    # A company with only a prefixed short name and no status log counts as ST too.
    make_company("ST无记录", code="000555")
    expected = {c.pk: c.annotated_status for c in Company.objects.with_current_status()
                if c.annotated_status != "normal"}
    assert risk_statuses() == expected
    assert risk_statuses(on=date(2023, 1, 1)).get(cases["dongfang"].pk) is None


def test_deadline_filterset(cases):
    # Other parts of the app may derive follow-up deadlines from ours: look at the three the fixture made.
    ours = {cases["upcoming"], cases["overdue"], cases["met"]}

    def deadlines(query):
        filterset = DeadlineFilterSet(QueryDict(query))
        assert filterset.is_valid(), filterset.errors
        return set(filterset.qs) & ours

    assert deadlines("overdue=on") == {cases["overdue"]}
    assert deadlines("due_within=30") == {cases["upcoming"]}
    assert deadlines("open=on") == {cases["upcoming"], cases["overdue"]}
    assert deadlines("status=met&status_not=on") == {cases["upcoming"], cases["overdue"]}
    assert deadlines("q=远航") == {cases["overdue"]}
    assert deadlines("company_status=ST") == {cases["upcoming"]}


def test_company_filterset(cases):
    filterset = CompanyFilterSet(QueryDict("status=ST&status=*ST"))
    assert filterset.is_valid()
    assert set(filterset.qs) == {cases["dongfang"], cases["yuanhang"]}
    filterset = CompanyFilterSet(QueryDict("has_open_deadline=on&exchange=SSE"))
    assert filterset.is_valid()
    assert set(filterset.qs) == {cases["dongfang"], cases["yuanhang"]}


@pytest.mark.parametrize("query", ["issuer=99999999999999999999999", "issuer=9223372036854775808"])
def test_an_id_beyond_64_bits_is_a_bad_value_not_a_server_error(analyst_client, cases, query):
    # The pages show the form error (test_pages' malformed parameters); the export and the API refuse it.
    assert analyst_client.get(reverse("tracker:action-export", args=["csv"]) + "?" + query).status_code == 302
    assert analyst_client.get("/api/actions/?" + query).status_code == 400
    assert analyst_client.get(reverse("tracker:action-list") + "?" + query).status_code == 200


def listed_actions(client, query):
    response = client.get(reverse("tracker:action-list") + "?" + query)
    assert response.status_code == 200
    return response, {action.pk for action in response.context["rows"]}


def test_an_unknown_sort_falls_back_to_the_default_order(analyst_client, cases):
    response, found = listed_actions(analyst_client, "sort=no_such_column")
    assert found == set(EnforcementAction.objects.values_list("pk", flat=True))
    assert not response.context["filterset"].errors
    _response, ascending = listed_actions(analyst_client, "sort=decision_date,bogus")
    assert [a.decision_date for a in _response.context["rows"]] == sorted(a.decision_date for a in
                                                                         _response.context["rows"])


def test_full_width_input_finds_what_half_width_finds(analyst_client, cases):
    half = listed_actions(analyst_client, "q=ST东方")[1]
    assert half == {cases["rectification"].pk, cases["work_letter"].pk}
    assert listed_actions(analyst_client, "q=ＳＴ东方")[1] == half
    assert listed_actions(analyst_client, "q=６００１１１")[1] == half


def test_a_reversed_date_range_says_so(analyst_client, cases):
    response, found = listed_actions(analyst_client, "decision_date_after=2025-06-01&decision_date_before=2025-01-01")
    assert found == set()
    assert "晚于结束日期" in response.content.decode()


@pytest.mark.parametrize("written", ["2025年3月1日", "2025/3/1", "2025.03.01", "２０２５年３月１日", "2025-3-1"])
def test_chinese_dates_are_accepted_in_date_filters(analyst_client, cases, written):
    _response, found = listed_actions(analyst_client, f"decision_date_after={written}&decision_date_before={written}")
    assert found == {cases["rectification"].pk}


def test_a_null_character_gets_a_correct_chinese_message(analyst_client, cases):
    page = analyst_client.get(reverse("tracker:company-list"), {"q": "东\x00方"}).content.decode()
    assert "不能包含空字符" in page and "空字符串" not in page


def test_saved_searches_read_as_words_not_query_strings(analyst_client, analyst, cases):
    SavedSearch.objects.create(user=analyst, name="重点", list=SearchList.ACTIONS,
                               query_string=f"measure=fine&measure=warning_letter&decision_date_after=2025-01-01"
                                            f"&issuer={cases['bureau'].pk}&issuer_not=on")
    page = analyst_client.get(reverse("tracker:saved-search-list")).content.decode()
    assert "：罚款、警示函" in page
    assert "2025-01-01 至 …" in page and "（排除）" in page and cases["bureau"].name in page
    assert "<code>measure=" not in page  # the raw query string is only in the link, not shown
