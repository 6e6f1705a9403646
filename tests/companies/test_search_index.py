"""Free-text searches are served by trigram indexes on PostgreSQL (the same expression Django's icontains uses)."""
import pytest
from django.db import connection

from companies.models import Company, Person
from tracker.models import ActionTarget

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_trgm is a PostgreSQL extension"),
]


def plan(queryset):
    with connection.cursor() as cursor:
        # A test table is small: ask whether the trigram index CAN serve (a GIN index is read by bitmap scans only;
        # with plain index scans allowed, a walk of another index is as cheap when the statistics say "tiny").
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        sql, params = queryset.query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_a_company_name_search_can_use_the_trigram_index(make_company):
    make_company("示例科技", code="600001")
    assert "companyname_bare_name_trgm" in plan(Company.objects.search("示例科技"))
    assert Company.objects.search("例科").count() == 1


def test_a_person_search_can_use_the_trigram_index():
    Person.objects.create(name="欧阳示例")
    assert "person_name_trgm" in plan(ActionTarget.objects.filter(person__name__icontains="欧阳示"))
