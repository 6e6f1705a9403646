"""What the benchmark commands share: the database they measure and the analyst they measure as."""
import gc

from django.contrib.auth import get_user_model
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client

from tracker.models import EnforcementAction

BENCH_USER = "bench-analyst"


def analyst_client(lower_bound):
    """(a test client logged in as the benchmark's analyst, the number of enforcement actions).

    Refuses anything but PostgreSQL (`lower_bound` says which of its statements the command times beside the
    product) and an empty database.
    """
    if connection.vendor != "postgresql":
        raise CommandError(f"This benchmark measures PostgreSQL (its lower bound is {lower_bound}); "
                           "set DATABASE_URL to a PostgreSQL database.")
    total = EnforcementAction.objects.count()
    if not total:
        raise CommandError("No enforcement actions: run `manage.py generate_demo_data --actions 200000` first.")
    # As tracker/wsgi.py does once the project is loaded (a server process is measured, not a cold import).
    gc.freeze()
    user, _ = get_user_model().objects.get_or_create(username=BENCH_USER)
    client = Client()
    client.force_login(user)
    return client, total
