from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or update a superuser with the given password (for the development run command)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--password", required=True)
        parser.add_argument("--email", default="admin@tracker.localhost")

    def handle(self, *args, username, password, email, **options):
        user, created = get_user_model().objects.get_or_create(username=username, defaults={"email": email})
        user.is_staff = user.is_superuser = True
        if created or not user.check_password(password):
            user.set_password(password)
        user.save()
        self.stdout.write(f"{'created' if created else 'updated'} superuser {username}")
