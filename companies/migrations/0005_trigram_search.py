"""Trigram indexes for the free-text searches (company names, persons) on PostgreSQL.

`icontains` is `UPPER(column::text) LIKE UPPER('%…%')`, which no B-tree index serves; a GIN index of the same
expression with pg_trgm's operator class does, for terms of three characters or more. pg_trgm is a trusted
extension (PostgreSQL 13+): a database owner may create it. Where that is refused, the migration says so and
goes on without the indexes (searches still work, by scanning). Nothing happens on other databases.
"""
import logging

from django.db import DatabaseError, migrations, transaction

logger = logging.getLogger(__name__)

INDEXES = {
    "companyname_bare_name_trgm": ("companies_companyname", "bare_name"),
    "companyname_name_trgm": ("companies_companyname", "name"),
    "person_name_trgm": ("companies_person", "name"),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    try:
        with transaction.atomic(using=schema_editor.connection.alias):
            schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except DatabaseError as error:
        logger.warning("pg_trgm is not available (%s): company and person searches run without trigram indexes.",
                       error)
        return
    for name, (table, column) in INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                              f"USING gin (UPPER({column}::text) gin_trgm_ops)")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("companies", "0004_merged_company")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
