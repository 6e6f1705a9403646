"""Limits on guessing, API tokens, the login-only API schema, /healthz and request ids."""
import logging
import os
import socket
import subprocess
import sys
from datetime import timedelta

import pytest
import time_machine
from django.test import override_settings
from django.utils import timezone
from rest_framework.test import APIClient

from tracker.middleware import RequestIdLogFilter
from tracker.models import ApiToken
from tracker.models.tokens import digest_of

pytestmark = pytest.mark.django_db

RIGHT = "analyst-pass-123"


def form_login(client, path, username, password):
    return client.post(path, {"username": username, "password": password})


def token_login(client, path, username, password):
    return APIClient().post(path, {"username": username, "password": password}, format="json")


ENDPOINTS = [
    pytest.param("/accounts/login/", form_login, id="analysts-login"),
    pytest.param("/admin/login/", form_login, id="admin-login"),
    pytest.param("/api/token/", token_login, id="api-token"),
]


def logged_in(path, response):
    if path == "/api/token/":
        return response.status_code == 200 and bool(response.json()["token"])
    return response.status_code == 302 and "/login/" not in response["Location"]


@pytest.mark.parametrize(("path", "attempt"), ENDPOINTS)
def test_the_eleventh_attempt_is_refused_even_with_the_right_password_until_the_lock_out_ends(
        client, django_user_model, path, attempt):
    django_user_model.objects.create_user("analyst", "a@example.com", RIGHT, is_staff=True)
    with time_machine.travel(timezone.now(), tick=False) as clock:
        for _ in range(9):
            response = attempt(client, path, "analyst", "wrong-password")
            assert response.status_code in (200, 400)  # the form again, or the API's "wrong password"
        assert attempt(client, path, "analyst", "wrong-password").status_code == 429  # the tenth locks
        refused = attempt(client, path, "analyst", RIGHT)
        assert refused.status_code == 429
        assert "锁定" in refused.content.decode()

        clock.shift(timedelta(minutes=16))  # AXES_COOLOFF_MINUTES is 15
        assert logged_in(path, attempt(client, path, "analyst", RIGHT))


def test_a_right_password_resets_the_count(client, django_user_model):
    django_user_model.objects.create_user("analyst", "a@example.com", RIGHT)
    for _ in range(9):
        form_login(client, "/accounts/login/", "analyst", "wrong-password")
    assert logged_in("/accounts/login/", form_login(client, "/accounts/login/", "analyst", RIGHT))
    client.logout()
    for _ in range(9):
        form_login(client, "/accounts/login/", "analyst", "wrong-password")
    assert logged_in("/accounts/login/", form_login(client, "/accounts/login/", "analyst", RIGHT))


def test_one_guesser_does_not_lock_out_the_same_user_elsewhere(client, django_user_model):
    django_user_model.objects.create_user("analyst", "a@example.com", RIGHT)
    for _ in range(10):
        client.post("/accounts/login/", {"username": "analyst", "password": "x"}, REMOTE_ADDR="203.0.113.9")
    assert client.post("/accounts/login/", {"username": "analyst", "password": RIGHT},
                       REMOTE_ADDR="203.0.113.9").status_code == 429
    assert logged_in("/accounts/login/", client.post("/accounts/login/", {"username": "analyst", "password": RIGHT},
                                                     REMOTE_ADDR="198.51.100.7"))


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_address_the_proxy_saw_counts_not_a_forged_one(client, django_user_model):
    django_user_model.objects.create_user("analyst", "a@example.com", RIGHT)
    for attempt in range(10):
        # The client forges a new left-most address every time; the proxy appends the real one.
        client.post("/accounts/login/", {"username": "analyst", "password": "x"}, REMOTE_ADDR="127.0.0.1",
                    HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}, 203.0.113.9")
    refused = client.post("/accounts/login/", {"username": "analyst", "password": RIGHT}, REMOTE_ADDR="127.0.0.1",
                          HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.9")
    assert refused.status_code == 429


# --- API tokens -----------------------------------------------------------------------
def api_with(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_a_token_from_the_api_works_and_is_stored_only_as_a_digest(analyst):
    response = APIClient().post("/api/token/", {"username": "analyst", "password": RIGHT}, format="json")
    key = response.json()["token"]
    token = ApiToken.objects.get()
    assert token.key_digest == digest_of(key) and key not in (token.key_digest, token.prefix)
    assert response.json()["expires_at"].startswith(str(timezone.localdate(timezone.now() + timedelta(days=90))))
    assert api_with(key).get("/api/actions/").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None


def test_a_user_revokes_a_token_on_the_account_page(client, analyst):
    client.force_login(analyst)
    client.post("/account/tokens/new/", {"name": "研究脚本"})
    page = client.get("/account/tokens/").content.decode()
    token = ApiToken.objects.get(user=analyst)
    key = page.split('readonly value="')[1].split('"')[0]
    assert digest_of(key) == token.key_digest and "研究脚本" in page
    assert key not in client.get("/account/tokens/").content.decode()  # shown once
    assert api_with(key).get("/api/actions/").status_code == 200

    client.post(f"/account/tokens/{token.pk}/revoke/")
    assert api_with(key).get("/api/actions/").status_code == 401
    assert "已吊销" in client.get("/account/tokens/").content.decode()


def test_nobody_revokes_another_users_token(client, analyst, curator):
    token, key = ApiToken.issue(curator)
    client.force_login(analyst)
    assert client.post(f"/account/tokens/{token.pk}/revoke/").status_code == 404
    assert api_with(key).get("/api/actions/").status_code == 200


def test_an_admin_expires_a_token_and_tokens_expire_by_themselves(client, analyst, curator):
    token, key = ApiToken.issue(analyst)
    client.force_login(curator)
    response = client.post("/admin/tracker/apitoken/", {"action": "expire_now", "_selected_action": [token.pk]})
    assert response.status_code == 302
    assert api_with(key).get("/api/actions/").status_code == 401

    _token, fresh = ApiToken.issue(analyst, ttl_days=30)
    assert api_with(fresh).get("/api/actions/").status_code == 200
    with time_machine.travel(timezone.now() + timedelta(days=31)):
        assert api_with(fresh).get("/api/actions/").status_code == 401


@pytest.mark.django_db(transaction=True)
def test_keys_from_before_api_tokens_keep_working_after_the_migration(analyst):
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor
    from rest_framework.authtoken.models import Token

    executor = MigrationExecutor(connection)
    executor.migrate([("tracker", "0010_seed_ledger")])
    old = Token.objects.create(user=analyst)
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())
    assert api_with(old.key).get("/api/actions/").status_code == 200


@override_settings(REST_FRAMEWORK={
    "DEFAULT_AUTHENTICATION_CLASSES": ["tracker.api_tokens.ApiTokenAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_THROTTLE_CLASSES": ["tracker.api_tokens.UserThrottle", "tracker.api_tokens.AnonymousThrottle"],
    "DEFAULT_THROTTLE_RATES": {"user": "3/minute", "anon": "2/minute"},
})
def test_the_api_throttles_a_user_who_asks_too_often(analyst):
    from django.core.cache import cache

    cache.clear()
    client = api_with(ApiToken.issue(analyst)[1])
    assert [client.get("/api/companies/").status_code for _ in range(4)] == [200, 200, 200, 429]
    assert "Retry-After" in client.get("/api/companies/")


def test_schema_and_docs_need_a_login():
    assert APIClient().get("/api/schema/").status_code == 401
    assert APIClient().get("/api/docs/").status_code == 302


# --- health and request ids -----------------------------------------------------------
def test_healthz_answers_200_when_database_and_broker_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "broker": "ok"}


def test_healthz_answers_503_when_the_broker_is_down(client, settings):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{port}/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["broker"] == "unavailable" and response.json()["database"] == "ok"


def test_every_response_and_log_line_carries_the_request_id(client, caplog, settings):
    caplog.handler.addFilter(RequestIdLogFilter())
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.CELERY_BROKER_URL = f"redis://127.0.0.1:{port}/0"
    with caplog.at_level(logging.WARNING, logger="tracker.views.health"):
        response = client.get("/healthz", HTTP_X_REQUEST_ID="proxy-abc-123")
    assert response["X-Request-ID"] == "proxy-abc-123"
    assert [record.request_id for record in caplog.records if record.name == "tracker.views.health"] == \
        ["proxy-abc-123"]
    # A header that is not an id (too long, odd characters) is replaced by a fresh one.
    fresh = client.get("/healthz", HTTP_X_REQUEST_ID="<script>" * 20)["X-Request-ID"]
    assert len(fresh) == 32 and "<" not in fresh


@pytest.mark.parametrize("environment, engine", [
    ({"DJANGO_DEBUG": "0", "CACHE_URL": ""}, "django.contrib.sessions.backends.db"),
    ({"DJANGO_DEBUG": "0", "CACHE_URL": "redis://127.0.0.1:6379/1"}, "django.contrib.sessions.backends.cached_db"),
    ({"DJANGO_DEBUG": "1", "CACHE_URL": ""}, "django.contrib.sessions.backends.cached_db"),
])
def test_sessions_are_cached_only_where_every_web_process_shares_the_cache(environment, engine):
    """With a cache per process, a logout in one process would leave the session alive in the others."""
    env = {**os.environ, "DJANGO_SECRET_KEY": "x" * 50, "DJANGO_ALLOWED_HOSTS": "tracker.example", **environment}
    printed = subprocess.run([sys.executable, "-c", "import tracker.settings as s; print(s.SESSION_ENGINE)"],
                             env=env, capture_output=True, text=True, check=True).stdout.strip()
    assert printed == engine
