"""The analysts' pages: access, filters in the URL, malformed input, a fixed number of queries, the timeline."""
import re
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from companies.choices import NameKind
from companies.models import Company, CompanyName, StatusChange
from tracker.choices import Measure
from tracker.filters import EnforcementActionFilterSet
from tracker.models import ActionTarget, Deadline, EnforcementAction

pytestmark = pytest.mark.django_db

LIST_PAGES = ["tracker:action-list", "tracker:deadline-list", "tracker:company-list"]
ALL_PAGES = [*LIST_PAGES, "tracker:home", "tracker:deadline-calendar", "tracker:saved-search-list"]
BAD_PARAMETERS = [
    "decision_date_after=2025-13-45",
    "issuer=99999999999999999999999",
    "due_date_after=not-a-date",
    "measure=unknown_measure",
    "exchange=NYSE",
    "status=%27",
    "page=1000000000000",
    "page=abc",
    "per_page=7",
    "q=%27%3B+DROP+TABLE+tracker_enforcementaction%3B--",
    "issuer=%27%3B+DROP",
    "amount_min=%27",
    "due_within=99999999999",
    "month=2025-99",
]


@pytest.mark.parametrize("name", ALL_PAGES)
def test_login_required(client, name):
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert reverse("login") in response["Location"]


@pytest.mark.parametrize("name", ALL_PAGES)
def test_pages_render_for_an_analyst(analyst_client, cases, name):
    assert analyst_client.get(reverse(name)).status_code == 200


@pytest.mark.parametrize("name", [*LIST_PAGES, "tracker:deadline-calendar", "tracker:home"])
@pytest.mark.parametrize("query", BAD_PARAMETERS)
def test_malformed_parameters_show_an_error_not_a_500(analyst_client, cases, name, query):
    response = analyst_client.get(f"{reverse(name)}?{query}")
    assert response.status_code == 200
    content = response.content.decode()
    key = query.split("=")[0]
    relevant = {
        "tracker:action-list": {"decision_date_after", "measure", "exchange", "status", "page", "per_page", "issuer",
                                "amount_min", "due_within", "sort"},
        "tracker:deadline-list": {"due_date_after", "exchange", "status", "page", "per_page", "due_within", "sort"},
        "tracker:company-list": {"exchange", "status", "page", "per_page", "sort"},
        "tracker:deadline-calendar": {"due_date_after", "exchange", "status", "due_within", "sort", "month"},
        "tracker:home": {"decision_date_after", "measure", "exchange", "status", "issuer", "amount_min",
                         "due_within", "sort"},
    }[name]
    if key in relevant:
        assert 'class="errorbox"' in content or 'class="error"' in content


def test_filter_state_lives_in_the_url(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:action-list") + "?measure=fine&measure=work_letter&sort=-decision_date")
    assert [a.pk for a in response.context["rows"]] == [cases["fine"].pk, cases["work_letter"].pk]
    content = response.content.decode()
    assert 'name="measure" value="fine" checked' in content
    # The export links carry the same filters.
    assert "export.csv?measure=fine&amp;measure=work_letter&amp;sort=-decision_date" in content


def test_counts_shown_next_to_choices(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:action-list") + "?exchange=SSE")
    measure = next(f for f in response.context["facets"] if f["name"] == "measure")
    counts = {o["value"]: o["count"] for o in measure["options"]}
    assert counts["work_letter"] == 1 and counts["fine"] == 0 and counts["rectification_order"] == 1


def test_pagination_and_sort_headers(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:action-list") + "?per_page=10&sort=decision_date")
    assert response.context["paginator"].count == 5
    assert response.context["rows"][0] == cases["censure"]
    header = next(c for c in response.context["columns"] if c.get("url") and "decision_date" in c["url"])
    assert header["active"] and "sort=-decision_date" in header["url"]


def _add_records(cases, make_company, count):
    for n in range(count):
        make_company(f"测试公司{n}", code=f"002{n:03d}")
        Deadline.objects.create(company=cases["xinxing"], due_date=cases["today"] + timedelta(days=n + 1),
                                obligation=f"披露进展公告（第{n}次）", kind="disclosure")
    EnforcementAction.objects.bulk_create([
        EnforcementAction(company=cases["xinxing"], issuer=cases["exchange"], measure="inquiry_letter",
                          document_number=f"问询〔2025〕{n}号") for n in range(count)
    ])
    for action in EnforcementAction.objects.filter(measure="inquiry_letter"):
        action.violation_types.add("P2504")
        ActionTarget.objects.create(action=action, role="company")


@pytest.mark.parametrize("name, query", [
    ("tracker:action-list", ""),
    ("tracker:action-list", "measure=inquiry_letter&exchange=SZSE&violation_type=P2504&status=normal"),
    ("tracker:deadline-list", "open=on"),
    ("tracker:company-list", "status=normal"),
])
def test_list_pages_make_a_fixed_number_of_queries(analyst_client, cases, make_company, django_assert_num_queries,
                                                   name, query):
    _add_records(cases, make_company, 60)
    url = reverse(name) + "?" + query
    analyst_client.get(url + "&per_page=10")  # session and content types warmed the same way for both sizes
    counts = []
    for per_page in (10, 50):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = analyst_client.get(f"{url}&per_page={per_page}")
        assert response.status_code == 200
        assert len(response.context["rows"]) == per_page
        counts.append(len(queries))
    assert counts[0] == counts[1]
    cache.clear()
    with django_assert_num_queries(counts[0]):
        analyst_client.get(f"{url}&per_page=50&page=2")


@pytest.mark.parametrize("per_page", [10, 200])
def test_a_warm_case_list_page_makes_at_most_five_queries(analyst_client, cases, make_company, per_page):
    """The user, the page's rows, their violation types, their persons: nothing per row, nothing more; and only
    the user once the same page's table is cached."""
    _add_records(cases, make_company, 60)
    url = f"{reverse('tracker:action-list')}?measure=inquiry_letter&per_page={per_page}"
    analyst_client.get(url)  # counts, statuses, facet choices and the session now cached
    with CaptureQueriesContext(connection) as queries:
        response = analyst_client.get(url + "&sort=-id")  # the same counts, a table not drawn yet
        assert len(response.context["rows"]) == min(per_page, 60)
    assert len(queries) <= 5, [q["sql"][:80] for q in queries.captured_queries]
    with CaptureQueriesContext(connection) as queries:
        analyst_client.get(url)
    assert len(queries) == 1, [q["sql"][:80] for q in queries.captured_queries]


@pytest.mark.parametrize("sort", ["", "-amount", "company"])
def test_every_page_shows_the_next_rows_of_the_sorted_list(analyst_client, cases, make_company, sort):
    _add_records(cases, make_company, 60)
    expected = list(EnforcementActionFilterSet(QueryDict(f"sort={sort}" if sort else "")).qs.values_list("pk", flat=True))
    shown = []
    for page in range(1, 8):
        response = analyst_client.get(f"{reverse('tracker:action-list')}?per_page=10&page={page}&sort={sort}")
        shown += [action.pk for action in response.context["rows"]]
    assert shown == expected and len(shown) == 65


def test_case_rows_show_violation_codes_persons_and_the_current_status(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:action-list"))
    row = next(a for a in response.context["rows"] if a.pk == cases["rectification"].pk)
    content = response.content.decode()
    assert [code for code, _name in row.violation_list] == sorted(
        cases["rectification"].violation_types.values_list("code", flat=True))
    for target in cases["rectification"].targets.select_related("person"):
        if target.person_id:
            assert f"{target.person.name}<small class=\"muted\">（{target.get_role_display()}）" in content
    assert row.company.current_status == cases["rectification"].company.status_on(cases["today"])


def test_case_rows_name_each_company_by_its_short_name_of_today(analyst_client, cases):
    """ST东方 was 东方实业 until 2023: the list says ST东方. A company known by its full name only shows that."""
    unnamed = Company.objects.create(code="")
    CompanyName.objects.create(company=unnamed, name="北辰示例股份有限公司", kind=NameKind.FULL)
    EnforcementAction.objects.create(company=unnamed, issuer=cases["bureau"], measure=Measure.WARNING_LETTER,
                                     decision_date=date(2025, 7, 1))
    content = analyst_client.get(reverse("tracker:action-list")).content.decode()
    companies = re.findall(r'class="company">([^<]*)</a>', content)
    assert "ST东方" in companies and "东方实业" not in companies
    assert "北辰示例股份有限公司" in companies


def test_a_cached_case_table_shows_a_saved_change_at_once(analyst_client, cases):
    """The table of a filter state is cached; saving a person, an issuer, a status or an action shows at once."""
    url = reverse("tracker:action-list") + "?measure=rectification_order"
    assert "张三" in analyst_client.get(url).content.decode()
    person = cases["rectification"].targets.exclude(person=None).get().person
    person.name = "张三丰"
    person.save()
    assert "张三丰" in analyst_client.get(url).content.decode()
    cases["bureau"].name = "示例省证监局"
    cases["bureau"].save()
    assert "示例省证监局" in analyst_client.get(url).content.decode()
    StatusChange.objects.create(company=cases["dongfang"], from_status="ST", to_status="*ST",
                                effective_date=cases["today"], trigger="financial")
    assert 'class="badge status-starst"' in analyst_client.get(url).content.decode()
    cases["rectification"].document_number = "示证监措施〔2025〕99号"
    cases["rectification"].save()
    assert "示证监措施〔2025〕99号" in analyst_client.get(url).content.decode()


def test_record_text_is_shown_as_text_in_the_table_and_the_sidebar(analyst_client, cases):
    """Names and numbers come from articles and curators: markup in them is shown, never run."""
    cases["bureau"].name = "<b>示例局</b>"
    cases["bureau"].save()
    cases["rectification"].document_number = '<script>alert("x")</script>'
    cases["rectification"].save()
    person = cases["rectification"].targets.exclude(person=None).get().person
    person.name = "张&三"
    person.save()
    content = analyst_client.get(reverse("tracker:action-list") + "?measure=rectification_order").content.decode()
    assert "<script>" not in content and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in content
    assert "<b>示例局</b>" not in content
    assert content.count("&lt;b&gt;示例局&lt;/b&gt;") == 2  # the row's issuer and the issuer facet's choice
    assert "张&amp;三<small" in content


def test_staff_and_analysts_each_get_their_own_cached_table(client, analyst, curator, cases):
    url = reverse("tracker:action-list")
    client.force_login(curator)
    assert "/admin/tracker/enforcementaction/" in client.get(url).content.decode()
    client.force_login(analyst)
    assert "/admin/tracker/enforcementaction/" not in client.get(url).content.decode()


def test_company_timeline_in_date_order_with_sources(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:company-detail", args=[cases["dongfang"].pk]))
    events = response.context["events"]
    dated = [e.on for e in events if e.on]
    assert dated == sorted(dated)
    kinds = {e.kind for e in events}
    assert kinds == {"name", "status", "action", "case", "repayment", "deadline"}
    rectification = next(e for e in events if e.record == cases["rectification"])
    assert [c.source for c in rectification.citations] == [cases["source"]]
    case_event = next(e for e in events if e.kind == "case")
    assert case_event.balance == 200000000
    content = response.content.decode()
    assert "示例财经" in content and "东方控股集团" in content
    # The band: normal until 2023-05-01, ST after.
    band = response.context["band"]
    assert [s["status"] for s in band["segments"]] == ["normal", "ST"]
    assert band["segments"][1]["begin"].isoformat() == "2023-05-01"


def test_company_timeline_queries_do_not_grow_with_records(analyst_client, cases, django_assert_max_num_queries):
    url = reverse("tracker:company-detail", args=[cases["dongfang"].pk])
    analyst_client.get(url)
    with django_assert_max_num_queries(20):
        analyst_client.get(url)


def test_admin_links_only_for_curators(client, analyst, curator, cases):
    edit = reverse("admin:tracker_enforcementaction_change", args=[cases["fine"].pk])
    client.force_login(analyst)
    assert edit not in client.get(reverse("tracker:action-list")).content.decode()
    client.force_login(curator)
    assert edit in client.get(reverse("tracker:action-list")).content.decode()


def test_deadlines_list_and_calendar_show_days_left(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:deadline-list") + "?open=on&sort=due_date")
    content = response.content.decode()
    assert "逾期 5 天" in content and "剩 20 天" in content
    month = cases["upcoming"].due_date.strftime("%Y-%m")
    response = analyst_client.get(reverse("tracker:deadline-calendar") + f"?month={month}")
    cells = [cell for week in response.context["weeks"] for cell in week if cell["deadlines"]]
    assert any(cases["upcoming"] in cell["deadlines"] for cell in cells)


def test_overview_counts(analyst_client, cases):
    response = analyst_client.get(reverse("tracker:home"))
    assert response.context["total"] == 5
    measures = {row["label"]: row["value"] for row in response.context["measure_chart"]["rows"]}
    assert measures["罚款"] == 1
    assert "<svg" in response.content.decode()
    assert response.context["overdue_count"] >= 1


def test_english_is_available(analyst_client, cases):
    analyst_client.post(reverse("set_language"), {"language": "en", "next": "/"})
    content = analyst_client.get(reverse("tracker:action-list")).content.decode()
    assert "Enforcement actions" in content and "Export CSV" in content


def test_static_files_are_served_by_the_app(analyst_client):
    content = analyst_client.get(reverse("tracker:home")).content.decode()
    assert "//cdn" not in content and "https://" not in content.split("<main>")[0]
