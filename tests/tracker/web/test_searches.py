"""Saved searches: store the filter state of a list, reopen it, replay it through the FilterSet."""
import pytest
from django.urls import reverse

from tracker.filters import saved_search_results
from tracker.models import SavedSearch, SearchList

pytestmark = pytest.mark.django_db


def test_save_and_reopen_a_search(analyst_client, analyst, cases):
    response = analyst_client.post(reverse("tracker:saved-search-create"), {
        "name": "罚款与责令改正", "list": "actions",
        "query_string": "measure=fine&measure=rectification_order&page=3&per_page=10",
        "next": reverse("tracker:action-list") + "?measure=fine",
    })
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=analyst)
    assert search.query_string == "measure=fine&measure=rectification_order"  # paging is not part of a search
    assert set(saved_search_results(search)) == {cases["fine"], cases["rectification"]}
    assert search.get_absolute_url() == reverse("tracker:action-list") + "?measure=fine&measure=rectification_order"
    page = analyst_client.get(reverse("tracker:saved-search-list")).content.decode()
    assert "罚款与责令改正" in page


def test_invalid_search_is_not_saved(analyst_client, analyst):
    analyst_client.post(reverse("tracker:saved-search-create"), {"name": "坏的", "list": "actions",
                                                                 "query_string": "measure=nope"})
    assert not SavedSearch.objects.exists()


def test_duplicate_name_is_refused_without_error(analyst_client, analyst):
    data = {"name": "同名", "list": "deadlines", "query_string": "overdue=on"}
    analyst_client.post(reverse("tracker:saved-search-create"), data)
    response = analyst_client.post(reverse("tracker:saved-search-create"), data, follow=True)
    assert response.status_code == 200
    assert SavedSearch.objects.count() == 1


def test_only_the_owner_deletes(client, analyst, curator, cases):
    search = SavedSearch.objects.create(user=analyst, name="逾期", list=SearchList.DEADLINES, query_string="overdue=on")
    client.force_login(curator)
    assert client.post(reverse("tracker:saved-search-delete", args=[search.pk])).status_code == 404
    client.force_login(analyst)
    client.post(reverse("tracker:saved-search-delete", args=[search.pk]))
    assert not SavedSearch.objects.exists()


def test_deadline_search_replays_through_its_filterset(analyst, cases):
    search = SavedSearch.objects.create(user=analyst, name="逾期", list=SearchList.DEADLINES, query_string="overdue=on")
    assert cases["overdue"] in set(saved_search_results(search))
    assert cases["upcoming"] not in set(saved_search_results(search))
    broken = SavedSearch.objects.create(user=analyst, name="坏", list=SearchList.ACTIONS, query_string="measure=nope")
    assert list(saved_search_results(broken)) == []
