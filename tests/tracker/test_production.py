"""The production path end to end: DJANGO_DEBUG=0 with deploy/production.env.example, gunicorn (2 workers),
collectstatic + WhiteNoise, a Celery worker and beat on Redis, a real SMTP server (aiosmtpd).

The stack gets its own redis-server (so the test can stop it and see /healthz turn 503 without disturbing the rest
of the suite) and the suite's database (PostgreSQL in CI). Requests are sent as the reverse proxy would send them:
X-Forwarded-Proto: https, so secure cookies, HSTS and the HTTPS redirect are the production ones.
"""
import http.client
import os
import re
import shutil
import subprocess
import sys
import uuid
from datetime import timedelta
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from tests.tracker.alerts.test_e2e import database_url, free_port, smtp_server, wait_for  # noqa: F401
from tracker.models import Deadline, Subscription

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = ROOT / "deploy" / "production.env.example"


def read_env_file(path):
    """KEY=value lines as systemd's EnvironmentFile reads them (comments skipped, one pair of quotes removed)."""
    values = {}
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def test_check_deploy_with_the_production_example_prints_no_warning():
    env = {"PATH": os.environ["PATH"], **read_env_file(PRODUCTION_ENV)}
    result = subprocess.run([sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stderr.upper()


class Browser:
    """A cookie-keeping HTTP client that talks to gunicorn as nginx would after terminating TLS."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, body=None, headers=None, proxied=True):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = dict(headers or {})
        if proxied:
            headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        content = response.read()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            for name, morsel in cookie.items():
                assert "secure" in header.lower(), f"cookie {name} must be Secure in production"
                self.cookies[name] = morsel.value
        connection.close()
        return response, content.decode("utf-8", "replace")

    def get(self, path, **kwargs):
        return self.request("GET", path, **kwargs)

    def post_form(self, path, data):
        return self.request("POST", path, body=urlencode(data), headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": f"https://127.0.0.1:{self.port}",
        })


class Stack:
    def __init__(self, tmp_path):
        self.tmp = tmp_path
        self.processes = []
        self.web_port, self.smtp_port, self.redis_port = free_port(), free_port(), free_port()
        self.queue = f"production-{uuid.uuid4().hex[:8]}"  # never share messages with another worker

    def env(self):
        return {
            **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "CELERY_", "EMAIL_"))},
            **read_env_file(PRODUCTION_ENV),
            "DATABASE_URL": database_url(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            "DJANGO_CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{self.web_port}",
            "SITE_URL": f"https://127.0.0.1:{self.web_port}",
            "CELERY_BROKER_URL": f"redis://127.0.0.1:{self.redis_port}/0",
            "CACHE_URL": f"redis://127.0.0.1:{self.redis_port}/1",
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            "EMAIL_URL": f"smtp://127.0.0.1:{self.smtp_port}",
            "TRACKER_VAR_DIR": str(self.tmp / "var"),
            "TRUSTED_PROXY_COUNT": "0",  # the test talks to gunicorn directly
            "GUNICORN_BIND": f"127.0.0.1:{self.web_port}",
            "WEB_CONCURRENCY": "2",
            "ALERTS_SCAN_INTERVAL_SECONDS": "2",
            "PYTHONUNBUFFERED": "1",
        }

    def start(self, name, command, env=None):
        log = open(self.tmp / f"{name}.log", "wb")  # noqa: SIM115  (closed with the process)
        process = subprocess.Popen(command, cwd=ROOT, env=env or self.env(), stdout=log, stderr=subprocess.STDOUT)
        self.processes.append((name, process, log))
        return process

    def log(self, name):
        return (self.tmp / f"{name}.log").read_text(errors="replace")

    def stop(self, name=None):
        for entry in list(self.processes):
            label, process, log = entry
            if name not in (None, label):
                continue
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
            log.close()
            self.processes.remove(entry)


@pytest.fixture
def stack(transactional_db, tmp_path):
    if not shutil.which("redis-server"):
        pytest.skip("the production test runs its own redis-server (CI has one; `apt-get install redis-server`)")
    stack = Stack(tmp_path)
    yield stack
    stack.stop()  # before the test database is flushed or dropped


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_the_production_stack_serves_logs_in_and_mails_a_due_reminder(stack, smtp_server, django_user_model,  # noqa: F811
                                                                      make_company):
    inbox = smtp_server(stack.smtp_port)
    stack.start("redis", ["redis-server", "--port", str(stack.redis_port), "--bind", "127.0.0.1", "--save", "",
                          "--appendonly", "no"], env=dict(os.environ))
    subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"], cwd=ROOT,
                   env=stack.env(), check=True, timeout=300)

    user = django_user_model.objects.create_user("analyst", "analyst@example.com", "analyst-pass-123")
    Subscription.objects.create(user=user, watch_all=True)
    company = make_company("ST远航", code="600777")
    Deadline.objects.create(company=company, due_date=timezone.localdate() + timedelta(days=2),
                            obligation="清偿关联方占用资金", amount_yuan=125_000_000, consequence="股票停牌")

    stack.start("web", [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "tracker.wsgi"])
    stack.start("worker", [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool", "solo",
                           "--loglevel", "INFO", "-Q", stack.queue,
                           "--without-mingle", "--without-gossip"])
    stack.start("beat", [sys.executable, "-m", "celery", "-A", "tracker", "beat", "--loglevel", "INFO",
                         "-s", str(stack.tmp / "beat-schedule")])
    browser = Browser(stack.web_port)

    def healthz():
        try:
            return browser.get("/healthz", proxied=False)
        except OSError:
            return None

    response, body = wait_for(healthz, f"gunicorn (log: {stack.tmp / 'web.log'})")
    assert response.status == 200 and '"broker": "ok"' in body
    assert len(re.findall(r"Booting worker", stack.log("web"))) == 2

    # Plain HTTP is sent to HTTPS; behind the proxy, HSTS and the CSP come with every page.
    response, _body = browser.get("/accounts/login/", proxied=False)
    assert response.status == 301 and response.getheader("Location").startswith("https://")
    response, login_page = browser.get("/accounts/login/")
    assert response.status == 200
    assert "max-age=31536000" in response.getheader("Strict-Transport-Security")
    assert "script-src 'self'" in response.getheader("Content-Security-Policy")

    # Static files: collectstatic's hashed names, served by WhiteNoise with far-future caching.
    stylesheet = re.search(r'href="(/static/tracker/app\.[0-9a-f]{12}\.css)"', login_page).group(1)
    response, css = browser.get(stylesheet)
    assert response.status == 200 and ".topbar" in css
    assert "max-age=315360000" in response.getheader("Cache-Control")
    admin_css = browser.get("/static/admin/css/base.css")[0]
    assert admin_css.status == 200

    # Log in through the form (CSRF and secure cookies as a browser behind the proxy would have them).
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page).group(1)
    response, _body = browser.post_form("/accounts/login/", {
        "csrfmiddlewaretoken": token, "username": "analyst", "password": "analyst-pass-123", "next": "/deadlines/"})
    assert response.status == 302 and response.getheader("Location") == "/deadlines/"
    response, page = browser.get("/deadlines/")
    assert response.status == 200 and "ST远航" in page and "清偿关联方占用资金" in page
    response, page = browser.get("/actions/")
    assert response.status == 200

    # Beat schedules the scan every 2 s; the worker plans the reminder and mails it over SMTP.
    message = wait_for(lambda: inbox.messages and inbox.messages[0],
                       f"the reminder (logs: {stack.tmp}/worker.log, beat.log)")
    assert "ST远航" in message["Subject"] and message["To"] == "analyst@example.com"
    assert f"https://127.0.0.1:{stack.web_port}/" in message.get_body(("plain",)).get_content()
    assert re.search(r"reminder scan: \d+ planned", stack.log("worker"))
    assert "[production-" not in stack.log("web")  # no message stuck in the web log: the web never runs tasks

    # Without the broker the app says it is unhealthy, so the orchestrator stops sending it work.
    stack.stop("redis")
    response, body = wait_for(lambda: (lambda r: r if r[0].status == 503 else None)(browser.get("/healthz",
                                                                                                proxied=False)),
                              "/healthz to report the broker down")
    assert '"broker": "unavailable"' in body and '"database": "ok"' in body
