"""``manage.py build_news_names_seed GOLD_DIR… [--exclude rA-rB]``: regenerate seeds/companies/news_names.csv, the
short names real news gave listed companies' codes that neither registry list knows.

A company's name on the day of a story may be one no list the project ships still gives: "斯太尔" for today's
"斯太退", "深大通" for "大通退", "金洲慈航" for "*ST金洲". The annotated real pages (gold files in the
extraction contract's shape, ``companies[].short_names`` with ``code``) record the names the stories used beside
the code they gave; each such name, for a code ``listed.csv`` has, becomes a row here, dated by the first story's
publication day. The extractor knows these names (the lists' names win where both could be meant).

Left out: a name another code bears in either list, or one whose core (the name without its ST prefix) a list
already gives any company (the registry's ST reading finds it); a name (or core) the gold gives two codes; a name of
fewer than three characters without an ST prefix ("中润" is a word before it is a company); a B share's name; anything
but Chinese characters with an optional ST prefix and an A share's suffix.
"""

import csv
import json
import re
from functools import lru_cache
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from companies.management.commands.build_registry_seed import write_rows
from companies.models import strip_risk_prefix
from companies.registry import EARLIER_SEED, NEWS_NAMES_SEED, SEED
from companies.stock_codes import CODE_RE

# (Not a B share's name: its shares have a code of their own, 900… or 200…, which the stories seldom give.)
_NAME_RE = re.compile(r"(?:S\*ST|\*ST|SST|ST)?[\u4e00-\u9fff]{2,8}A?")
_PREFIXED_RE = re.compile(r"(?:S\*ST|\*ST|SST|ST)")
_EXCLUDED_RANGE_RE = re.compile(r"r(\d+)-r(\d+)")
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


@lru_cache(maxsize=1)
def _converter():
    import opencc  # OpenCC's own dictionaries, shipped in the wheel: no download

    return opencc.OpenCC("t2s")


def _simplified(name):
    return _converter().convert(name)


def read_list(path):
    try:
        with Path(path).open(encoding="utf-8", newline="") as handle:
            return [row for row in csv.DictReader(handle) if CODE_RE.match((row.get("code") or "").strip())]
    except OSError as error:
        raise CommandError(f"cannot read {path}: {error.strerror or error}") from error


def _page_number(path):
    match = re.fullmatch(r"r(\d+)", path.stem)
    return int(match.group(1)) if match else None


def news_names(gold_dirs, listed_rows, earlier_rows, excluded=()):
    """The rows of news_names.csv, sorted by code and name. ``excluded``: (first, last) page numbers to skip."""
    current = {row["code"]: row for row in listed_rows}
    taken = {row["short_name"].replace(" ", "") for row in [*listed_rows, *earlier_rows]}
    taken_cores = {strip_risk_prefix(name) for name in taken}
    seen = {}  # name -> {code: [(published, page id)]}
    for gold_dir in map(Path, gold_dirs):
        if not gold_dir.is_dir():
            raise CommandError(f"no such folder: {gold_dir}")
        for path in sorted(gold_dir.glob("*.json")):
            number = _page_number(path)
            if number is not None and any(first <= number <= last for first, last in excluded):
                continue
            try:
                gold = json.loads(path.read_text(encoding="utf-8"))
                companies = gold.get("companies") or []
                published = gold.get("published") or ""
            except (OSError, ValueError, AttributeError) as error:
                raise CommandError(f"{path}: not a gold file ({error})") from error
            for company in companies:
                code = str(company.get("code") or "").strip()
                if code not in current:
                    continue
                for written in company.get("short_names") or []:
                    name = _simplified(str(written).replace(" ", "").replace("＊", "*"))
                    if not _NAME_RE.fullmatch(name):
                        continue
                    core = strip_risk_prefix(name)
                    if name in taken or core in taken_cores or (len(core) < 3 and not _PREFIXED_RE.match(name)):
                        continue
                    day = published if _DAY_RE.fullmatch(str(published)) else ""
                    seen.setdefault(name, {}).setdefault(code, []).append((day, path.stem))
    codes_of_core = {}
    for name, codes in seen.items():
        codes_of_core.setdefault(strip_risk_prefix(name), set()).update(codes)
    rows = []
    for name, codes in seen.items():
        if len(codes_of_core[strip_risk_prefix(name)]) != 1:
            continue  # two companies by one name (or by one name's core) in the stories: neither is sure
        (code, pages), = codes.items()
        dated = sorted(page for page in pages if page[0])
        first_day = dated[0][0] if dated else ""
        ids = sorted({page_id for _, page_id in pages}, key=lambda page_id: (len(page_id), page_id))
        source = "real pages " + " ".join(ids[:3]) + (f" and {len(ids) - 3} more" if len(ids) > 3 else "")
        row = current[code]
        rows.append([code, name, row.get("exchange", ""), row.get("list_date", ""), first_day, source])
    return sorted(rows)


class Command(BaseCommand):
    help = "Regenerate seeds/companies/news_names.csv from annotated real pages (gold files)."

    def add_arguments(self, parser):
        parser.add_argument("gold_dirs", nargs="+", help="folders of gold files (tests/tracker/extraction/real/gold)")
        parser.add_argument("--exclude", action="append", default=[],
                            help="pages to leave out, as rFIRST-rLAST (held-out sets); repeatable")
        parser.add_argument("--out", default=str(NEWS_NAMES_SEED))
        parser.add_argument("--listed", default=str(SEED), help="today's list (default: the shipped listed.csv)")
        parser.add_argument("--earlier", default=str(EARLIER_SEED), help="the older list (default: earlier_names.csv)")

    def handle(self, *args, gold_dirs, exclude, out, listed, earlier, **options):
        excluded = []
        for text in exclude:
            match = _EXCLUDED_RANGE_RE.fullmatch(text.strip())
            if match is None:
                raise CommandError(f"--exclude {text!r}: expected rFIRST-rLAST, e.g. r6131-r6205")
            excluded.append((int(match.group(1)), int(match.group(2))))
        rows = news_names(gold_dirs, read_list(listed), read_list(earlier), excluded)
        write_rows(out, rows)
        self.stdout.write(f"wrote {len(rows)} names to {out}")
