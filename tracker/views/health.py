"""/healthz for the reverse proxy and the orchestrator: 200 when the database and the broker answer, else 503."""
import logging

from django.conf import settings
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from ..celery import app as celery_app

logger = logging.getLogger(__name__)


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _broker():
    # A fresh connection to the configured broker each time: a pooled one could hide that it went away.
    with celery_app.connection_for_write(url=settings.CELERY_BROKER_URL) as broker:
        broker.ensure_connection(max_retries=1, timeout=2)


@never_cache
def healthz(request):
    checks = {}
    for name, probe in (("database", _database), ("broker", _broker)):
        try:
            probe()
            checks[name] = "ok"
        except Exception as error:  # any failure is "unhealthy"; the reason goes to the log, not to the caller
            logger.warning("healthz: %s unavailable: %s", name, error)
            checks[name] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)
