"""End to end: a real Celery worker (Redis in CI, the filesystem broker elsewhere) and a real SMTP server.

The worker runs in its own process on the test database (a file on SQLite, the test database on PostgreSQL),
sends through aiosmtpd listening in this process, and we read what that server received.
"""
import email
import os
import socket
import subprocess
import sys
import time
import uuid
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.db import connection
from django.utils import timezone

from tracker.models import Deadline, DeliveryStatus, ReminderDelivery, ReminderScan, Subscription

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parents[3]
WAIT_SECONDS = 60


class Inbox:
    """aiosmtpd handler keeping every message it accepts."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        assert db["NAME"] and "memory" not in str(db["NAME"]), "the worker needs a file database"
        return f"sqlite:///{db['NAME']}"
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def wait_for(condition, what):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out after {WAIT_SECONDS}s waiting for {what}")


class Worker:
    def __init__(self, smtp_port, tmp_path):
        self.queue = f"alerts-e2e-{uuid.uuid4().hex[:8]}"
        broker = os.environ.get("CELERY_BROKER_URL", "")
        self.env = {
            **{k: v for k, v in os.environ.items() if k != "CELERY_TASK_ALWAYS_EAGER"},
            "DATABASE_URL": database_url(),
            # Redis when CI provides it; otherwise the filesystem broker in a private folder.
            "CELERY_BROKER_URL": broker if broker.startswith("redis") else "filesystem://",
            "TRACKER_VAR_DIR": str(tmp_path),
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,  # never share messages with another worker on the same Redis
            "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}",
            "SITE_URL": "https://tracker.example.cn",
            "ALERTS_RETRY_BASE_SECONDS": "1",
            "PYTHONUNBUFFERED": "1",
        }
        self.log = tmp_path / "worker.log"
        self.process = None

    def start(self):
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "tracker", "worker", "--pool", "solo", "--loglevel", "INFO",
                 "-Q", self.queue, "-n", f"{self.queue}@%h", "--without-mingle", "--without-gossip",
                 "--without-heartbeat"],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )
        return self

    def call(self, task, *args):
        """Publish a task the way another process would (`celery call`)."""
        command = [sys.executable, "-m", "celery", "-A", "tracker", "call", task, "--queue", self.queue]
        if args:
            command += ["--args", str(list(args))]
        subprocess.run(command, cwd=ROOT, env=self.env, check=True, capture_output=True, timeout=WAIT_SECONDS)

    def output(self):
        return self.log.read_text(errors="replace")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def worker_factory(transactional_db, tmp_path):
    workers = []

    def start(smtp_port):
        worker = Worker(smtp_port, tmp_path).start()
        workers.append(worker)
        return worker

    yield start
    for worker in workers:  # before the test database is flushed or dropped
        worker.stop()


@pytest.fixture
def smtp_server():
    servers = []

    def start(port):
        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        servers.append(controller)
        return inbox

    yield start
    for controller in servers:
        controller.stop()


@pytest.fixture
def due_in_two_days(django_user_model, make_company):
    user = django_user_model.objects.create_user("e2e", "e2e@example.com")
    Subscription.objects.create(user=user, watch_all=True)
    company = make_company("ST远航", code="600777")
    return Deadline.objects.create(company=company, due_date=timezone.localdate() + timedelta(days=2),
                                   obligation="清偿关联方占用资金", amount_yuan=125_000_000,
                                   consequence="股票停牌")


def test_a_real_worker_sends_the_reminder_once_through_smtp(due_in_two_days, worker_factory, smtp_server):
    assert settings.DATABASES["default"]["NAME"] == connection.settings_dict["NAME"]
    port = free_port()
    inbox = smtp_server(port)
    worker = worker_factory(port)

    worker.call("tracker.scan_reminders")  # besides the scan the worker runs when it starts: two scans, one email
    message = wait_for(lambda: inbox.messages and inbox.messages[0], f"the email (worker log: {worker.log})")
    wait_for(lambda: ReminderScan.objects.filter(finished_at__isnull=False).count() >= 2, "both scans")
    row = ReminderDelivery.objects.get()
    worker.call("tracker.send_reminder", row.pk)  # a duplicate task for the same row
    wait_for(lambda: "'skipped'" in worker.output(), "the duplicate task to be refused")

    assert len(inbox.messages) == 1
    due = due_in_two_days.due_date.isoformat()
    assert message["Subject"].strip() == f"【截止提醒】ST远航 {due}到期，还剩2天"  # folded header: leading blank
    assert message["To"] == "e2e@example.com"
    assert message["List-Unsubscribe"].strip().startswith("<https://tracker.example.cn/unsubscribe/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "清偿关联方占用资金" in text and "1.25亿元" in text and "股票停牌" in text
    assert "清偿关联方占用资金" in html
    row.refresh_from_db()
    assert row.status == DeliveryStatus.SENT and row.message_id == message["Message-ID"]


def test_smtp_down_then_up_the_worker_retries_and_sends_once(due_in_two_days, worker_factory, smtp_server):
    port = free_port()  # nothing listens here yet
    worker = worker_factory(port)
    failed = wait_for(lambda: ReminderDelivery.objects.filter(attempts__gte=1, status=DeliveryStatus.PENDING)
                      .exclude(last_error="").first(), f"a failed attempt (worker log: {worker.log})")
    assert "Connection refused" in failed.last_error or "Errno" in failed.last_error

    inbox = smtp_server(port)
    wait_for(lambda: inbox.messages, f"the retried email (worker log: {worker.log})")
    row = wait_for(lambda: ReminderDelivery.objects.filter(status=DeliveryStatus.SENT).first(), "the sent row")

    assert len(inbox.messages) == 1
    assert row.attempts >= 2
    assert "还剩2天" in inbox.messages[0]["Subject"]
