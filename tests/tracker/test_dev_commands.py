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
