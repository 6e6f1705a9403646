from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from tracker.models import Subscription


class Command(BaseCommand):
    help = (
        "Create or update a superuser with the given password (for the development run command); "
        "with --watch-all, also subscribe them to every deadline so reminders show in the dev mail output."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", required=True)
        parser.add_argument("--email", default="admin@tracker.localhost")
        parser.add_argument("--watch-all", action="store_true", help="give the user an all-deadlines subscription")

    def handle(self, *args, username, password, email, watch_all, **options):
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
        user.is_staff = user.is_superuser = True
        if not user.email:
            user.email = email
        if created or not user.check_password(password):
            user.set_password(password)
        user.save()
        self.stdout.write(f"{'created' if created else 'updated'} superuser {username}")
        if watch_all and not user.alert_subscriptions.exists():
            Subscription.objects.create(user=user, name="全部截止日期", watch_all=True)
            self.stdout.write(f"subscribed {username} to every deadline")
