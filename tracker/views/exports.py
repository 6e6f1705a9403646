"""Streaming CSV and XLSX exports: memory stays flat however many rows the filtered view holds.

Rows are read with `.iterator()` in chunks; the related values a row needs (violation types, targets) are
fetched once per chunk, never per row. CSV and XLSX (tracker.xlsx) both stream as they are produced: the first
bytes leave at once, however large the export.
"""
import csv
import io
from collections import defaultdict
from datetime import date
from decimal import Decimal
from itertools import islice

from django.contrib import messages
from django.db.models import F, OuterRef, Subquery
from django.http import StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from companies.choices import Board, Exchange, NameKind, RiskStatus
from companies.models import CompanyName, Person, current_short_names
from tracker.choices import DeadlineKind, DeadlineState, Measure, TargetRole, choice_labels
from tracker.filters import keys_in
from tracker.models import ActionTarget, EnforcementAction
from tracker.xlsx import stream_xlsx

CHUNK_SIZE = 2000
CENTS = Decimal("0.01")
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# A cell that starts with one of these is a formula to Excel and LibreOffice ("=HYPERLINK(…)" in a
# company name would run when the analyst opens the export): such text is written as text.
FORMULA_STARTS = frozenset("=+-@\t\r")


def row_as_text(row):
    """The cells of ``row`` safe to put in a spreadsheet: text that would start a formula gets a leading '.

    One call per row, not per cell: an export writes millions of cells.
    """
    return ["'" + value if isinstance(value, str) and value[:1] in FORMULA_STARTS else value for value in row]


CSV_BATCH_ROWS = 500


def csv_response(headers, rows, filename):
    def lines():
        # Rows leave in batches: one piece per row cost more to hand through the response than to write.
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        buffer.write("\ufeff")  # BOM: Excel then reads the file as UTF-8 and shows the Chinese correctly.
        writer.writerow(headers)
        for count, row in enumerate(rows, 1):
            writer.writerow(row_as_text(row))  # None is written as an empty cell
            if count % CSV_BATCH_ROWS == 0:
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()
        yield buffer.getvalue()

    response = StreamingHttpResponse(lines(), content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(headers, rows, filename, sheet_title):
    # Formula-looking text keeps its leading ' as in the CSV, so both files read the same.
    cells = (row_as_text(row) for row in rows)
    response = StreamingHttpResponse(stream_xlsx(headers, cells, sheet_title), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response


def refuse_export(request, filterset, list_url_name):
    """A bad filter: back to the list with the same parameters (it marks the fields) and a message saying why."""
    errors = [str(error) for error in filterset.form.non_field_errors()]
    errors += [f"{field.label}：{error}" for field in filterset.form for error in field.errors]
    messages.error(request, _("无法导出：%(errors)s") % {"errors": "；".join(errors) or _("筛选条件有误")})
    query = request.GET.urlencode()
    return redirect(reverse(list_url_name) + (f"?{query}" if query else ""))


def export_response(export_format, headers, rows, filename, sheet_title):
    if export_format == "xlsx":
        return xlsx_response(headers, rows, filename, sheet_title)
    return csv_response(headers, rows, filename)


def _chunks(iterable, size=None):
    size = size or CHUNK_SIZE
    iterator = iter(iterable)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _money(amount):
    """Two decimals whatever the backend returns (SQLite sums lose the scale)."""
    return None if amount is None else Decimal(amount).quantize(CENTS)


# Up to this many actions, their targets' persons are looked up one by one (see action_details).
PERSON_LOOKUP_MAX = 1000


def action_details(ids):
    """({action pk: [(violation code, name)]}, {action pk: [(person's name or None for the company, role label)]})
    for the actions `ids`, in two queries: what a row of the case list or of its export shows beyond its columns.
    """
    violations, targets = defaultdict(list), defaultdict(list)
    roles = choice_labels(TargetRole)
    for action_id, code, name in (EnforcementAction.violation_types.through.objects
                                  .filter(keys_in("enforcementaction_id", ids)).order_by("violationtype_id")
                                  .values_list("enforcementaction_id", "violationtype_id", "violationtype__name")):
        violations[action_id].append((code, name))
    targets_of = ActionTarget.objects.filter(keys_in("action_id", ids)).order_by("id")
    if len(ids) <= PERSON_LOOKUP_MAX:
        # A page's few targets look their persons up one by one: a join hashes the whole person table first
        # (PostgreSQL's choice), 2.2 ms against 1.2 ms for a page of 50; an export's chunk is better off joined.
        targets_of = targets_of.annotate(person_name=Subquery(Person.objects.filter(pk=OuterRef("person_id"))
                                                              .values("name")[:1]))
        rows = targets_of.values_list("action_id", "person_name", "role")
    else:
        rows = targets_of.values_list("action_id", "person__name", "role")
    for action_id, person, role in rows:
        targets[action_id].append((person, roles.get(role, role)))
    return violations, targets


ACTION_HEADERS = ["ID", "决定日期", "公告日期", "股票代码", "证券简称", "交易所", "板块", "监管机构", "措施",
                  "违规类型", "文号", "拟处罚", "金额(元)", "涉及人员", "摘要"]


def action_rows(queryset):
    """Rows of the action export, in the queryset's order (the sorted, filtered view)."""
    measures, exchanges, boards = choice_labels(Measure), choice_labels(Exchange), choice_labels(Board)
    short_names = current_short_names()
    values = queryset.values_list(
        "pk", "decision_date", "announcement_date", "company__code", "company_id", "company__exchange",
        "company__board", "issuer__name", "measure", "document_number", "proposed", "total_amount_yuan", "summary",
    )
    for chunk in _chunks(values.iterator(chunk_size=CHUNK_SIZE)):
        violations, targets = action_details([row[0] for row in chunk])
        for (pk, decided, announced, code, company_id, exchange, board, issuer, measure, number, proposed, amount,
             summary) in chunk:
            yield [pk, decided, announced, code, short_names.get(company_id, ""), exchanges.get(exchange, exchange or ""),
                   boards.get(board, board or ""), issuer, measures.get(measure, measure),
                   "、".join(code for code, _name in violations[pk]), number, "是" if proposed else "否",
                   _money(amount), "、".join(f"{name}（{role}）" for name, role in targets[pk] if name), summary]


DEADLINE_HEADERS = ["ID", "截止日期", "剩余天数", "股票代码", "证券简称", "类型", "义务", "金额(元)", "未完成后果",
                    "状态", "处理日期"]


def deadline_rows(queryset, today=None):
    today = today or timezone.localdate()
    kinds, states = choice_labels(DeadlineKind), choice_labels(DeadlineState)
    short_names = current_short_names()
    values = queryset.with_state(today).values_list(
        "pk", "due_date", "company__code", "company_id", "kind", "obligation", "amount_yuan", "consequence", "state",
        "resolved_on",
    )
    counting = (DeadlineState.OPEN, DeadlineState.DUE, DeadlineState.OVERDUE)
    for pk, due, code, company_id, kind, obligation, amount, consequence, status, resolved in values.iterator(
        chunk_size=CHUNK_SIZE
    ):
        name = short_names.get(company_id)
        # Days left only where the clock runs (not for resolved deadlines or steps waiting for the one before).
        days_left = (due - today).days if isinstance(due, date) and status in counting else None
        yield [pk, due, days_left, code, name or "", kinds.get(kind, kind), obligation, _money(amount), consequence,
               states.get(status, status), resolved]


COMPANY_HEADERS = ["ID", "股票代码", "证券简称", "公司全称", "交易所", "板块", "当前状态", "上市日期", "退市日期"]


def company_rows(queryset, statuses):
    """Rows of the companies export; `statuses` is {company pk: risk status today} for those not normal."""
    exchanges, boards, risk = choice_labels(Exchange), choice_labels(Board), choice_labels(RiskStatus)
    full_names = CompanyName.objects.filter(company=OuterRef("pk"), kind=NameKind.FULL).order_by(
        F("valid_from").desc(nulls_last=True), "-pk")
    short_names = current_short_names()
    values = queryset.annotate(full_name_now=Subquery(full_names.values("name")[:1])).values_list(
        "pk", "code", "full_name_now", "exchange", "board", "listed_on", "delisted_on")
    for pk, code, full_name, exchange, board, listed_on, delisted_on in values.iterator(chunk_size=CHUNK_SIZE):
        short_name = short_names.get(pk)
        status = statuses.get(pk, RiskStatus.NORMAL)
        yield [pk, code, short_name or "", full_name or "", exchanges.get(exchange, exchange or ""),
               boards.get(board, board or ""), risk.get(status, status), listed_on, delisted_on]
