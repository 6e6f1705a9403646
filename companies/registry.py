"""The registry of listed companies: read a list (the seed, or an exchange's downloaded file) and apply it.

A list says, on the day it was observed, which codes are listed under which short names (with the ST
prefix of that day), since when, and which are delisted. Applying it:

- creates the companies it has never seen (code, exchange and board derived from the code);
- gives a company recorded by name alone (no code yet) its code when exactly one such company has
  the list's short name, with or without ST prefix;
- records a short name it has not seen before as a dated name (valid from the observation day, the
  previous short name valid until the day before) — never a status change; a list older than what the
  registry saw since gives a former name, known to hold on the older list's day (valid until then);
- records what it observed (short name, label, listing and delisting dates) as a `RegistryObservation`;
- fills a listing or delisting date the company does not have yet; it never overwrites one a curator set.

One transaction: a malformed row, an unknown layout or a code that cannot be classified raises
`RegistryError` with the file and line, and nothing changes. Applying the same list twice changes nothing.
"""

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from simple_history.utils import bulk_create_with_history

from .choices import NameKind, RiskStatus
from .models import Company, CompanyName, RegistryObservation, status_from_name, strip_risk_prefix
from .stock_codes import CODE_RE, classify, normalize_code

# Column names of the lists we read: the seed's, and the exchanges' own files (as AkShare's
# stock_info_sh/sz/bj_name_code and the delisting lists return them).
CODE_COLUMNS = ("code", "stock_code", "证券代码", "A股代码", "公司代码", "代码")
NAME_COLUMNS = ("short_name", "证券简称", "A股简称", "公司简称", "简称", "名称")
FULL_NAME_COLUMNS = ("full_name", "公司全称", "公司名称", "全称")
LISTED_COLUMNS = ("list_date", "listed_on", "上市日期", "A股上市日期")
DELISTED_COLUMNS = ("delisted_on", "终止上市日期", "退市日期", "暂停上市日期")
MAX_ROWS = 20000


class RegistryError(Exception):
    """The list cannot be read or applied; nothing was changed."""


@dataclass(frozen=True)
class ListedRow:
    code: str
    short_name: str
    full_name: str = ""
    listed_on: date | None = None
    delisted_on: date | None = None


@dataclass
class RegistryReport:
    added: list = field(default_factory=list)  # codes of companies created
    coded: list = field(default_factory=list)  # companies recorded by name that got their code
    renamed: list = field(default_factory=list)  # (code, old short name, new short name)
    label_changed: list = field(default_factory=list)  # (code, old status, new status, last seen, now)
    delisted: list = field(default_factory=list)  # codes newly seen as delisted
    observed: int = 0

    @property
    def nothing_to_do(self):
        return not (self.added or self.coded or self.renamed or self.label_changed or self.delisted or self.observed)


def _pick(header, candidates):
    return next((name for name in candidates if name in header), None)


def _date(value, where):
    value = (value or "").strip()
    if not value or value in ("-", "--", "nan", "NaT"):
        return None
    value = value.replace("/", "-").replace(".", "-")[:10]
    if len(value) == 8 and value.isdigit():
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RegistryError(f"{where}: “{value}” is not a date (expected YYYY-MM-DD)") from None


def read_rows(records, where):
    """ListedRows from dict-like records (CSV rows or spreadsheet rows); raises RegistryError."""
    records = iter(records)
    rows, codes = [], set()
    first = next(records, None)
    if first is None:
        raise RegistryError(f"{where}: the list is empty")
    header = set(first)
    code_col, name_col = _pick(header, CODE_COLUMNS), _pick(header, NAME_COLUMNS)
    if not code_col or not name_col:
        raise RegistryError(
            f"{where}: unknown layout {sorted(header)}; expected a code column ({'/'.join(CODE_COLUMNS)}) "
            f"and a short-name column ({'/'.join(NAME_COLUMNS)})"
        )
    full_col, listed_col = _pick(header, FULL_NAME_COLUMNS), _pick(header, LISTED_COLUMNS)
    delisted_col = _pick(header, DELISTED_COLUMNS)
    for number, record in enumerate([first, *records], start=2):
        line = f"{where}, line {number}"
        if number > MAX_ROWS:
            raise RegistryError(f"{where}: more than {MAX_ROWS} rows; not a list of listed companies")
        code = normalize_code(str(record.get(code_col) or "").strip())
        if code.isdigit() and len(code) < 6:
            code = code.zfill(6)  # spreadsheets drop the leading zeros of 000001
        name = str(record.get(name_col) or "").replace("＊", "*").replace(" ", "").replace("\u3000", "").strip()
        if not CODE_RE.match(code):
            raise RegistryError(f"{line}: “{record.get(code_col)}” is not a six-digit stock code")
        try:
            classify(code)
        except ValidationError as error:
            raise RegistryError(f"{line}: {' '.join(error.messages)}") from None
        if not name:
            raise RegistryError(f"{line}: no short name for {code}")
        if code in codes:
            raise RegistryError(f"{line}: {code} appears twice")
        codes.add(code)
        rows.append(ListedRow(
            code=code, short_name=name, full_name=str(record.get(full_col) or "").strip() if full_col else "",
            listed_on=_date(str(record.get(listed_col) or ""), line) if listed_col else None,
            delisted_on=_date(str(record.get(delisted_col) or ""), line) if delisted_col else None,
        ))
    return rows


def read_file(path):
    """ListedRows of a CSV (UTF-8 or GB18030, as the exchanges serve them) or XLSX file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RegistryError(f"cannot read {path}: {error.strerror or error}") from error
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return read_rows(_xlsx_records(data, path), str(path))
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise RegistryError(f"{path}: neither UTF-8 nor GB18030 text")
    if "\x00" in text:
        raise RegistryError(f"{path}: binary data, not a CSV list")
    dialect = csv.excel_tab if text.split("\n", 1)[0].count("\t") > text.split("\n", 1)[0].count(",") else csv.excel
    return read_rows(csv.DictReader(io.StringIO(text), dialect=dialect), str(path))


def _xlsx_records(data, path):
    from openpyxl import load_workbook

    try:
        sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).active
    except Exception as error:  # noqa: BLE001 - any unreadable workbook is the same error to the user
        raise RegistryError(f"{path}: not a readable XLSX workbook ({error})") from error
    rows = sheet.iter_rows(values_only=True)
    header = [str(cell or "").strip() for cell in next(rows, ())]
    for values in rows:
        if any(v not in (None, "") for v in values):
            yield {key: ("" if v is None else (v.isoformat() if hasattr(v, "isoformat") else str(v)))
                   for key, v in zip(header, values, strict=False)}


def apply_rows(rows, observed_on, source):
    """Apply a list observed on `observed_on` from `source`; returns a RegistryReport. One transaction."""
    report = RegistryReport()
    with transaction.atomic():
        by_code = {c.code: c for c in Company.objects.exclude(code="")}
        uncoded = _uncoded_by_bare_name()
        seen = set(RegistryObservation.objects.filter(source=source, observed_on=observed_on)
                   .values_list("company__code", flat=True))
        last_seen = _last_observations(before=observed_on)
        next_seen = _next_observations(after=observed_on)
        names = {}
        for company_id, name in CompanyName.objects.filter(kind=NameKind.SHORT).values_list("company_id", "name"):
            names.setdefault(company_id, set()).add(name)

        new_companies = []
        for row in rows:
            if row.code in by_code:
                continue
            candidates = uncoded.get(_bare(row.short_name), [])
            if len(candidates) == 1 and not candidates[0].code:
                company = candidates[0]
                company.code = row.code
                company.full_clean()
                company.save()
                by_code[row.code] = company
                report.coded.append(row.code)
                continue
            exchange, board = classify(row.code)
            new_companies.append(Company(code=row.code, exchange=exchange, board=board, listed_on=row.listed_on,
                                         delisted_on=row.delisted_on))
        if new_companies:
            bulk_create_with_history(new_companies, Company, batch_size=1000)
            for company in Company.objects.filter(code__in=[c.code for c in new_companies]):
                by_code[company.code] = company
            report.added = [c.code for c in new_companies]
        added = set(report.added)

        full_names = set(CompanyName.objects.filter(kind=NameKind.FULL).values_list("name", flat=True))
        new_names, closed, observations = [], [], []
        for row in rows:
            company = by_code[row.code]
            known = names.get(company.pk, set())
            if row.short_name not in known:
                previous, later = last_seen.get(company.pk), next_seen.get(company.pk)
                dated = previous is not None and previous.short_name != row.short_name
                if dated:
                    report.renamed.append((row.code, previous.short_name, row.short_name))
                    closed.append((company.pk, previous.short_name, observed_on - timedelta(days=1)))
                # A list older than one applied before: its name is a former one, known to hold on its day (when
                # the later name took over, the lists do not tell).
                former = later is not None and later.short_name != row.short_name
                if former:
                    report.renamed.append((row.code, row.short_name, later.short_name))
                # A company known by other short names: the list's name is the one of its day (from then on).
                new_names.append(CompanyName(
                    company=company, name=row.short_name, kind=NameKind.SHORT,
                    bare_name=strip_risk_prefix(row.short_name), name_status=status_from_name(row.short_name),
                    valid_from=observed_on if dated or (known and not former) else None,
                    valid_to=observed_on if former else None,
                ))
                known.add(row.short_name)
                names[company.pk] = known
            if row.full_name and row.full_name not in full_names:
                new_names.append(CompanyName(company=company, name=row.full_name, kind=NameKind.FULL,
                                             bare_name=row.full_name))
                full_names.add(row.full_name)
            status = status_from_name(row.short_name)
            if row.short_name.startswith("退市") or (row.delisted_on and row.delisted_on <= observed_on):
                # "退市龙宇": the delisting period's name; the stock is on its way out.
                status = RiskStatus.DELISTED
            previous = last_seen.get(company.pk)
            if row.code not in seen:
                if previous is not None and previous.status != status:
                    report.label_changed.append((row.code, previous.status, status, previous.observed_on, observed_on))
                if row.delisted_on and company.delisted_on is None and row.code not in added:
                    report.delisted.append(row.code)
                observations.append(RegistryObservation(
                    company=company, observed_on=observed_on, source=source, short_name=row.short_name,
                    status=status, listed_on=row.listed_on, delisted_on=row.delisted_on,
                ))
            updates = {}
            if row.listed_on and company.listed_on is None:
                updates["listed_on"] = row.listed_on
            if row.delisted_on and company.delisted_on is None:
                updates["delisted_on"] = row.delisted_on
            if updates and row.code not in added:
                Company.objects.filter(pk=company.pk).update(**updates)
        for company_id, name, until in closed:
            CompanyName.objects.filter(company_id=company_id, name=name, kind=NameKind.SHORT,
                                       valid_to__isnull=True).update(valid_to=until)
        CompanyName.objects.bulk_create(new_names, batch_size=1000)
        RegistryObservation.objects.bulk_create(observations, batch_size=1000)
        report.observed = len(observations)
    return report


def _bare(name):
    """A short name without its ST prefix or the 退市 prefix of the delisting period (退市龙宇 -> 龙宇)."""
    bare = strip_risk_prefix(name)
    return bare[2:] if bare.startswith("退市") and len(bare) > 3 else bare


def _uncoded_by_bare_name():
    index = {}
    for name in CompanyName.objects.filter(company__code="").exclude(kind=NameKind.FULL).select_related("company"):
        entries = index.setdefault(_bare(name.name), [])
        if name.company not in entries:
            entries.append(name.company)
    return index


def _last_observations(before):
    latest = {}
    for observation in RegistryObservation.objects.filter(observed_on__lt=before).order_by("observed_on"):
        latest[observation.company_id] = observation
    return latest


def _next_observations(after):
    earliest = {}
    for observation in RegistryObservation.objects.filter(observed_on__gt=after).order_by("-observed_on"):
        earliest[observation.company_id] = observation
    return earliest


SEED_DIR = Path(__file__).resolve().parent.parent / "seeds" / "companies"
SEED = SEED_DIR / "listed.csv"
# The names an older list gave companies the newer one names otherwise (seeds/companies/README.md).
EARLIER_SEED = SEED_DIR / "earlier_names.csv"
# The names real news gave listed codes that neither list knows (seeds/companies/README.md): the extractor's only, not
# loaded into the registry (a story's wording is no list's observation of a name or a label).
NEWS_NAMES_SEED = SEED_DIR / "news_names.csv"
# The names codes bore up to 2017, delisted companies' among them (seeds/companies/README.md): the extractor's only,
# like the news names.
PAST_NAMES_SEED = SEED_DIR / "past_names.csv"


def load_seed(paths=(EARLIER_SEED, SEED)):
    """Apply the shipped registry seeds (their rows carry their own observation day and source), newest day first:
    the newest list creates the companies and gives the ones the seed facts name their codes; an older list then
    adds their former names."""
    groups = {}
    for path in map(Path, paths):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise RegistryError(f"cannot read {path}: {error.strerror or error}") from error
        for record in csv.DictReader(io.StringIO(text)):
            key = (record.get("observed_on") or "", record.get("source") or path.name, str(path))
            groups.setdefault(key, []).append(record)
    # Every list read and checked before any is applied, and all applied in one transaction: a malformed row in one
    # file leaves the registry as it was.
    lists = []
    for (observed, source, path), group in groups.items():
        day = _date(observed, f"{path}: observed_on")
        if day is None:
            raise RegistryError(f"{path}: rows without an observed_on day")
        lists.append((day, source, read_rows(group, path)))
    report = RegistryReport()
    with transaction.atomic():
        for day, source, rows in sorted(lists, key=lambda item: item[0], reverse=True):
            part = apply_rows(rows, day, source)
            for name in ("added", "coded", "renamed", "label_changed", "delisted"):
                getattr(report, name).extend(getattr(part, name))
            report.observed += part.observed
    return report
