"""``manage.py extract FILE [--published YYYY-MM-DD] --json``: print the events found in a page."""

import json
import sys

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract
from tracker.extraction.dates import parse_published

MAX_BYTES = 20 * 1024 * 1024


def load_known_names():
    """Company names the database and the registry seed know, as name -> company key.

    The database may be unmigrated: the extractor must still work, only with less linking.
    """
    try:
        from tracker.review.jobs import known_company_names

        return known_company_names()
    except Exception:  # noqa: BLE001 - any failure here just means "no known names"
        return {}


def listed_names_only():
    """The registry seed's names alone (``--no-db``): every listed company, no database."""
    from tracker.review.jobs import seed_company_names

    return seed_company_names()


class Command(BaseCommand):
    help = "Extract status changes, enforcement actions and deadlines from a page of text (- for stdin)."
    # The command reads no models of its own; system checks would only make it depend on
    # unrelated parts of the project (URLs, admin) being importable.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="text/HTML file to read, or - for standard input")
        parser.add_argument("--published", help="publication date of the page, YYYY-MM-DD")
        parser.add_argument("--json", action="store_true", help="print one JSON object (the default output)")
        parser.add_argument(
            "--no-db",
            action="store_true",
            help="do not read company names from the database (the listed-company seed is still read)",
        )

    def handle(self, *args, **options):
        path = options["file"]
        try:
            if path == "-":
                data = sys.stdin.buffer.read(MAX_BYTES + 1)
            else:
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror or error}") from error
        truncated = len(data) > MAX_BYTES
        data = data[:MAX_BYTES]

        published = options["published"]
        if published and parse_published(published) is None:
            raise CommandError(f"--published {published!r} is not a date (expected YYYY-MM-DD)")

        known = listed_names_only() if options["no_db"] else load_known_names()
        result = extract(data, published=published, known_names=known)
        if truncated:
            result["warnings"].append(f"input longer than {MAX_BYTES} bytes; only the start was read")
        for warning in result["warnings"]:
            self.stderr.write(f"extract: {warning}")
        self.stdout.write(json.dumps(result, ensure_ascii=False, indent=None if options["json"] else 2))
