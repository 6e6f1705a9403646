"""``manage.py sync_companies --file LIST [--observed-on DAY]`` or ``--akshare``: refresh the listed-company registry.

Reports added, renamed, delisted and label-changed companies; a label change becomes a status-change
proposal in the review queue. A second run over the same list reports nothing to do. A broken file, a
changed layout or no network: a clear error, and nothing in the registry changes.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from companies.registry import RegistryError
from tracker.registry_sync import describe, parse_day, sync_akshare, sync_file


class Command(BaseCommand):
    help = "Refresh the registry of listed companies from an exchange list file (CSV/XLSX) or AkShare."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--file", help="a list downloaded from SSE/SZSE/BSE (CSV or XLSX)")
        group.add_argument("--akshare", action="store_true", help="fetch the exchanges' lists through AkShare")
        parser.add_argument("--observed-on", help="the day the list shows (default today), YYYY-MM-DD")
        parser.add_argument("--source", help="what to call the list in the records (default: the file name)")

    def handle(self, *args, **options):
        try:
            day = parse_day(options["observed_on"]) if options["observed_on"] else None
            if options["file"]:
                report, proposals = sync_file(Path(options["file"]), day, options["source"])
            else:
                report, proposals = sync_akshare(day)
        except RegistryError as error:
            raise CommandError(f"名录未更新（没有任何改动）：{error}") from error
        for line in describe(report, proposals):
            self.stdout.write(line)
