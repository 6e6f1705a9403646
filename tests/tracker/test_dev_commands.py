"""The development run command's helpers: a login that works and reminders that reach the dev mail output."""
import pytest
from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory

from tracker.models import Subscription

pytestmark = pytest.mark.django_db


def test_ensure_admin_gives_a_working_login_and_one_all_deadlines_subscription():
    call_command("ensure_admin", "--password", "first-pass-123", "--watch-all", verbosity=0)
    call_command("ensure_admin", "--password", "second-pass-456", "--watch-all", verbosity=0)
    # As the login page does (the lock-out backend needs the request).
    user = authenticate(RequestFactory().post("/accounts/login/"), username="admin", password="second-pass-456")
    assert user is not None and user.is_superuser
    assert list(Subscription.objects.filter(user=user).values_list("watch_all", flat=True)) == [True]


def test_the_printed_login_works_when_the_kept_password_opens_with_a_dash(tmp_path, monkeypatch):
    import dev

    # token_urlsafe may start a password with "-": the run command must still create the login it prints.
    (tmp_path / "admin-password.txt").write_text("-xzPFdIj_Jvnwzzb")
    monkeypatch.setattr(dev, "VAR", tmp_path)
    monkeypatch.setattr(dev, "manage", lambda *args, **kwargs: call_command(*args, verbosity=0))
    username, password = dev.admin_login()
    user = authenticate(RequestFactory().post("/accounts/login/"), username=username, password=password)
    assert password == "-xzPFdIj_Jvnwzzb" and user is not None and user.is_superuser
