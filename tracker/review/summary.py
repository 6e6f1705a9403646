"""Readable descriptions of what accepting a proposal would create or change, for the review screens."""
import datetime

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from companies.choices import RiskStatus
from companies.models import StatusChange

from ..choices import Measure
from ..models import Deadline, EnforcementAction, ProposalKind
from .proposals import entry_names

# Around the evidence, this much of a long article is shown on the review page.
CONTEXT_CHARS = 1500


def _status(value):
    if not value:
        return "（未知）"
    try:
        return RiskStatus(value).label
    except ValueError:
        return str(value)


def _amount(value):
    if value in (None, ""):
        return ""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number / 1e8:,.4g} 亿元" if number >= 1e8 else f"{number:,.2f} 元"


def company_line(proposal):
    if proposal.company_id:
        return f"关联公司：{proposal.company}"
    names = entry_names(proposal.company_hint or {}) or [proposal.company_name]
    code = (proposal.company_hint or {}).get("code")
    return "将新建公司：" + "、".join(n for n in names if n) + (f"（{code}）" if code else "")


def describe(proposal):
    """One sentence saying what the proposal would record."""
    p = proposal.payload or {}
    name = proposal.company_name or (str(proposal.company) if proposal.company_id else "")
    if proposal.kind == ProposalKind.COMPANY:
        names = "、".join(entry_names(p))
        return f"公司：{names}" + (f"，代码 {p['code']}" if p.get("code") else "")
    if proposal.kind == ProposalKind.STATUS_CHANGE:
        return f"风险警示变更：{name} {_status(p.get('from'))} → {_status(p.get('to'))}，生效日期 {p.get('effective_date') or '未知'}"
    if proposal.kind == ProposalKind.ENFORCEMENT_ACTION:
        try:
            measure = Measure(p.get("measure")).label
        except ValueError:
            measure = p.get("measure") or "（未知措施）"
        persons = "、".join(x if isinstance(x, str) else str(x.get("name", "")) for x in p.get("persons") or [])
        parts = [f"监管措施：{p.get('regulator') or '（未知机构）'} 对 {name} {measure}",
                 f"日期 {p.get('date') or '未知'}"]
        if persons:
            parts.append(f"对象 {persons}")
        if p.get("amount_yuan") not in (None, ""):
            parts.append(f"金额 {_amount(p.get('amount_yuan'))}")
        if p.get("proposed"):
            parts.append("拟处罚（事先告知）")
        if p.get("document_number"):
            parts.append(f"文号 {p['document_number']}")
        if p.get("violation_types"):
            parts.append("违规类型 " + "、".join(str(code) for code in p["violation_types"]))
        return "，".join(parts)
    if proposal.kind == ProposalKind.DEADLINE:
        text = f"截止日期：{name} 须于 {p.get('due_date') or '（日期未知）'} 前{p.get('obligation') or '（义务未知）'}"
        if p.get("amount_yuan") not in (None, ""):
            text += f"（{_amount(p.get('amount_yuan'))}）"
        if p.get("consequence"):
            text += f"，否则 {p.get('consequence')}"
        return text
    if proposal.kind == ProposalKind.OCCUPATION:
        amount = p.get("amount_yuan", p.get("amount_occupied"))
        text = f"资金占用：{p.get('occupier') or '（占用方未知）'} 占用 {name} {_amount(amount)}，截至 {p.get('as_of') or '未知'}"
        if p.get("repaid_yuan") not in (None, ""):
            text += f"；已归还 {_amount(p.get('repaid_yuan'))}"
        return text
    return str(p)


def same_fact_actions(same, decided):
    """Of `same` (one company's actions of one measure by one issuer), those a report dated `decided` is about.

    The same day; or, when the report or the record has no date, the record(s) that could be it: an undated
    report of a 责令改正 is the dated order on file, not a second order. More than one means the curator picks.
    """
    if decided:
        exact = list(same.filter(decision_date=decided)[:1])
        return exact or list(same.filter(decision_date__isnull=True)[:2])
    return list(same[:2])


def existing_equivalent(proposal):
    """An existing record accepting would only cite (for pending record proposals with a linked company)."""
    try:
        return _existing_equivalent(proposal)
    except (ValidationError, ValueError, TypeError):  # an edited payload with a malformed date
        return None


def _existing_equivalent(proposal):
    p, company = proposal.payload or {}, proposal.company
    if company is None:
        return None
    if proposal.kind == ProposalKind.STATUS_CHANGE and p.get("effective_date"):
        return StatusChange.objects.filter(company=company, effective_date=p["effective_date"]).first()
    if proposal.kind == ProposalKind.ENFORCEMENT_ACTION:
        same = EnforcementAction.objects.filter(company=company, measure=p.get("measure"),
                                                issuer__name=p.get("regulator") or "")
        found = same_fact_actions(same, p.get("date") or None)
        return found[0] if len(found) == 1 else None
    if proposal.kind == ProposalKind.DEADLINE and p.get("due_date"):
        return Deadline.objects.filter(company=company, due_date=p["due_date"],
                                       obligation=p.get("obligation") or "").first()
    return None


# Two records of one measure by one regulator against one company this close together are
# probably one fact reported twice (a receipt date and an announcement date, say).
SIMILAR_WITHIN_DAYS = 31


def similar_records(proposal, limit=5):
    """Existing enforcement actions that may be the fact this pending proposal reports.

    Same company, measure and regulator, with a date within a month of the proposal's, or
    either date missing. The exact twin (:func:`existing_equivalent`) is among them.
    """
    p, company = proposal.payload or {}, proposal.company
    if company is None or proposal.kind != ProposalKind.ENFORCEMENT_ACTION or not p.get("measure"):
        return []
    found = EnforcementAction.objects.filter(company=company, measure=p["measure"])
    if p.get("regulator"):
        found = found.filter(Q(issuer__name=p["regulator"]) | Q(issuer__aliases__contains=p["regulator"]))
    try:
        day = datetime.date.fromisoformat(p.get("date") or "")
    except (TypeError, ValueError):
        day = None
    if day is not None:
        window = datetime.timedelta(days=SIMILAR_WITHIN_DAYS)
        found = found.filter(
            Q(decision_date__isnull=True) | Q(decision_date__range=(day - window, day + window))
        )
    return list(found.select_related("issuer").order_by("-decision_date", "-id")[:limit])


def highlighted_article(proposal):
    """The article as safe HTML with the evidence in <mark>; a long article is cut to the evidence's surroundings."""
    text = proposal.source.text or ""
    start, end = proposal.evidence_start, proposal.evidence_end
    if start is None or end is None or end > len(text):
        head = text[: CONTEXT_CHARS * 2]
        more = "…" if len(text) > len(head) else ""
        note = format_html('<p class="help">{}</p>', "未能在原文中定位依据句子。") if proposal.evidence else ""
        return format_html("{}<div class=\"review-article\">{}{}</div>", note, head, more)
    lo, hi = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    return mark_safe(
        '<div class="review-article">'
        + ("…" if lo > 0 else "")
        + escape(text[lo:start])
        + '<mark class="evidence">' + escape(text[start:end]) + "</mark>"
        + escape(text[end:hi])
        + ("…" if hi < len(text) else "")
        + "</div>"
    )
