"""Keeping the registry of listed companies current: apply a list, and queue what needs a curator.

`companies.registry` applies a list (companies, codes, dated names, observations). What a list cannot
date — a label that differs from the one seen before — becomes a status-change proposal in the review
queue, with the window in which the change happened, for a curator to date from an article.
"""

import hashlib
from datetime import date

from django.db import transaction
from django.utils import timezone

from companies.history import changes_made_by
from companies.models import Company
from companies.registry import RegistryError, apply_rows, read_file, read_rows

from .choices import SourceKind
from .models import Proposal, ProposalKind, Source
from .review.proposals import payload_fingerprint

AKSHARE_LISTS = (
    # (AkShare function, its arguments, code column, short-name column, listing-date column)
    ("stock_info_sh_name_code", {"symbol": "主板A股"}, "证券代码", "证券简称", "上市日期"),
    ("stock_info_sh_name_code", {"symbol": "科创板"}, "证券代码", "证券简称", "上市日期"),
    ("stock_info_sz_name_code", {"symbol": "A股列表"}, "A股代码", "A股简称", "A股上市日期"),
    ("stock_info_bj_name_code", {}, "证券代码", "证券简称", "上市日期"),
)


def sync_file(path, observed_on=None, source=None):
    """Apply a downloaded list (CSV/XLSX in the exchanges' layouts); returns (report, proposals created)."""
    rows = read_file(path)
    return sync_rows(rows, observed_on or timezone.localdate(), source or f"名单文件 {path.name}")


def sync_akshare(observed_on=None):
    """Fetch the exchanges' official lists through AkShare (the optional extra ``requirements-registry.txt``)."""
    try:
        import akshare
    except ImportError as error:
        raise RegistryError("AkShare is not installed: pip install -r requirements-registry.txt, or use --file") from error
    records = []
    for function, kwargs, code_col, name_col, listed_col in AKSHARE_LISTS:
        try:
            frame = getattr(akshare, function)(**kwargs)
        except Exception as error:  # noqa: BLE001 - no network, a changed site: one clear error, nothing applied
            raise RegistryError(f"AkShare {function}({kwargs}) failed: {error}") from error
        missing = {code_col, name_col} - set(frame.columns)
        if missing:
            raise RegistryError(f"AkShare {function} changed its layout: no column {sorted(missing)}")
        for record in frame.to_dict("records"):
            records.append({"code": record[code_col], "short_name": record[name_col],
                            "list_date": str(record.get(listed_col) or "")})
    return sync_rows(read_rows(records, "AkShare"), observed_on or timezone.localdate(), "交易所名单（AkShare）")


REGISTRY_SYNC = "sync_companies"


def sync_rows(rows, observed_on, source):
    # Names, codes and listing dates changed by the sync say so in their history.
    with transaction.atomic(), changes_made_by(REGISTRY_SYNC):
        report = apply_rows(rows, observed_on, source)
        created = propose_label_changes(report, observed_on, source)
    return report, created


def propose_label_changes(report, observed_on, source_name):
    """One status-change proposal per label the list saw change, dated only by its window."""
    if not report.label_changed:
        return 0
    lines = [f"{code}：{old or '正常'} → {new}（{seen} 至 {now} 之间）" for code, old, new, seen, now in report.label_changed]
    text = f"{source_name}（{observed_on}）所见风险警示标签变化：\n" + "\n".join(lines)
    source, _ = Source.objects.get_or_create(
        text_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        defaults={"kind": SourceKind.OTHER, "publication": source_name[:100], "published_on": observed_on,
                  "title": f"上市公司名录变化 {observed_on}"[:300], "text": text},
    )
    companies = {c.code: c for c in Company.objects.filter(code__in=[c[0] for c in report.label_changed])}
    created = 0
    for (code, old, new, seen, now), line in zip(report.label_changed, lines, strict=True):
        company = companies[code]
        payload = {"company": company.display_name, "company_code": code, "from": old or "normal", "to": new,
                   "effective_date": None, "changed_between": [seen.isoformat(), now.isoformat()],
                   "evidence": line}
        start = text.find(line)
        _, was_created = Proposal.objects.get_or_create(
            source=source, kind=ProposalKind.STATUS_CHANGE, payload_hash=payload_fingerprint(payload),
            defaults={"payload": payload, "evidence": line, "evidence_start": start, "evidence_end": start + len(line),
                      "company_name": company.display_name[:200], "company": company,
                      "company_hint": {"full_name": None, "short_names": [company.display_name], "code": code}},
        )
        created += was_created
    return created


def describe(report, proposals):
    """The lines the command prints."""
    if report.nothing_to_do:
        return ["名录无变化：nothing to do."]
    lines = [f"新增公司 {len(report.added)}：{', '.join(report.added[:20])}{' …' if len(report.added) > 20 else ''}"]
    lines += [f"补上代码 {code}" for code in report.coded]
    lines += [f"更名 {code}：{old} → {new}" for code, old, new in report.renamed]
    lines += [f"退市 {code}" for code in report.delisted]
    lines += [f"标签变化 {code}：{old} → {new}（{seen} 至 {now}）" for code, old, new, seen, now in report.label_changed]
    lines.append(f"观察记录 {report.observed} 条；待审核的风险警示变更建议 {proposals} 条。")
    return lines


def parse_day(value):
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        raise RegistryError(f"“{value}” is not a date (expected YYYY-MM-DD)") from None
