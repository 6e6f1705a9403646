"""One meaning of "overdue": the deadline list, its facet, the overview, the API, the exports agree."""
import csv
import io
import re
from datetime import date, timedelta

import pytest
import time_machine
from rest_framework.test import APIClient

from tracker.choices import DeadlineKind, DeadlineState, DeadlineStatus
from tracker.models import Deadline

pytestmark = pytest.mark.django_db

TODAY = date(2025, 9, 10)


@pytest.fixture
def deadlines(occupied_company, make_company):
    """One deadline in every state on TODAY; two overdue (one of them the chain's root)."""
    rectification = occupied_company["deadline"]  # due 2025-09-01, open: overdue
    company = make_company("北岸物流", code="600321")
    make = lambda due, **extra: Deadline.objects.create(company=company, due_date=due,  # noqa: E731
                                                        obligation=f"示例义务{due}{extra}", **extra)
    return {
        "overdue": make(TODAY - timedelta(days=3)),
        "open": make(TODAY + timedelta(days=5)),
        "due": make(TODAY),
        "met": make(TODAY - timedelta(days=20), status=DeadlineStatus.MET),
        "missed": make(TODAY - timedelta(days=30), status=DeadlineStatus.MISSED),
        "rectification": rectification,
        # The statutory steps after an open rectification deadline: dated in the past or not, they wait.
        "waiting": Deadline.objects.get(follows=rectification, kind=DeadlineKind.SUSPENSION),
    }


@pytest.fixture
def today():
    with time_machine.travel(TODAY.isoformat() + " 10:00 +0800", tick=False):
        yield TODAY


def count_rows(html):
    return len(re.findall(r'<tr class="row-overdue"', html))


def facet_count(html, value):
    match = re.search(rf'name="status" value="{value}"[^>]*>\s*<span>[^<]*</span> <span class="count">(\d+)</span>', html)
    return int(match.group(1))


def test_every_surface_counts_the_same_overdue_deadlines(client, analyst, deadlines, today):
    client.force_login(analyst)
    expected = {deadlines["overdue"].pk, deadlines["rectification"].pk}

    assert set(Deadline.objects.overdue().values_list("pk", flat=True)) == expected
    listing = client.get("/deadlines/").content.decode()
    assert count_rows(listing) == 2  # red rows: the waiting steps are not among them
    assert facet_count(listing, "overdue") == 2
    filtered = client.get("/deadlines/?status=overdue").content.decode()
    assert count_rows(filtered) == 2
    overview = client.get("/").content.decode()
    assert re.search(r'status=overdue&amp;sort=due_date"><span class="big">2</span>', overview)

    api = APIClient()
    api.force_authenticate(analyst)
    assert api.get("/api/deadlines/?overdue=true").json()["count"] == 2
    api_rows = api.get("/api/deadlines/?page_size=100").json()["results"]
    assert {row["id"] for row in api_rows if row["state"] == DeadlineState.OVERDUE} == expected

    exported = list(csv.reader(io.StringIO(b"".join(client.get("/deadlines/export.csv").streaming_content).decode("utf-8-sig"))))
    state_column = exported[0].index("状态")
    assert sum(row[state_column] == "已逾期" for row in exported[1:]) == 2


def test_each_deadline_shows_its_own_state(client, analyst, deadlines, today):
    client.force_login(analyst)
    for state, deadline in deadlines.items():
        expected = DeadlineState.OVERDUE if state == "rectification" else DeadlineState(state)
        assert deadline.state() == expected
        assert Deadline.objects.in_state(expected).filter(pk=deadline.pk).exists()
        page = client.get(f"/deadlines/{deadline.pk}/").content.decode()
        assert f'data-state="{expected.value}"' in page and str(expected.label) in page
    listing = client.get("/deadlines/").content.decode()
    # Never "未到期" beside "逾期 N 天": the state column and the days-left column agree.
    for row in re.findall(r"<tr class=\"[^\"]*\" data-state=\"(\w+)\">(.*?)</tr>", listing, re.S):
        state, cells = row
        if "逾期" in cells and "天" in cells:
            assert state == DeadlineState.OVERDUE
    assert "待前一步逾期后起算" in listing
