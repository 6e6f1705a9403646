"""Accepting and rejecting proposals: the only path from the extractor's findings to records.

`accept_proposal` creates the records a proposal describes, each `full_clean()`ed and cited to the
proposal's source. It is idempotent: an equivalent record that already exists is cited, not copied,
and accepting an accepted proposal changes nothing. A refusal (a contradiction with the records, a
missing date...) raises `ProposalError` and leaves the proposal pending with the message in `error`.
"""
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from companies.choices import NameKind, RiskStatus, TriggerFamily
from companies.models import Company, CompanyName, Person, StatusChange
from companies.stock_codes import CODE_RE, normalize_code

from ..choices import DeadlineKind, IssuerKind, Measure, TargetRole
from ..models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Repayment,
    ViolationType,
)
from .proposals import entry_names, match_company
from .summary import same_fact_actions


class ProposalError(Exception):
    """A proposal cannot be accepted or rejected as it stands; str(error) tells the curator why."""


@dataclass
class Outcome:
    record: object
    created: bool


# --- reading payload values ------------------------------------------------------
def parse_date(value, label, required=False):
    if value in (None, ""):
        if required:
            raise ProposalError(f"{label}未知：请编辑填写后再接受。")
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ProposalError(f"{label}“{value}”不是有效日期（应为 YYYY-MM-DD）。") from None


def parse_amount(value, label):
    if value in (None, ""):
        return None
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ProposalError(f"{label}“{value}”不是有效金额。") from None
    if not amount.is_finite() or amount < 0:
        raise ProposalError(f"{label}“{value}”不是有效金额。")
    return amount.quantize(Decimal("0.01"))


def validation_message(error):
    if hasattr(error, "message_dict"):
        return "；".join(message for messages in error.message_dict.values() for message in messages)
    return "；".join(error.messages)


def save_clean(record):
    record.full_clean()
    record.save()
    return record


# --- issuers -------------------------------------------------------------------------
def guess_issuer_kind(name):
    if "证监局" in name or "监管局" in name:
        return IssuerKind.CSRC_BUREAU
    if "证监会" in name or "证券监督管理委员会" in name:
        return IssuerKind.CSRC
    if any(word in name for word in ("交易所", "上交所", "深交所", "北交所")):
        return IssuerKind.EXCHANGE
    if "法院" in name:
        return IssuerKind.COURT
    if "投服中心" in name or "投资者服务中心" in name:
        return IssuerKind.INVESTOR_SERVICE
    return IssuerKind.OTHER


def issuer_for(name):
    name = (name or "").strip()
    if not name:
        raise ProposalError("监管机构未知：请编辑填写（例如 某某证监局、上交所）后再接受。")
    issuer = Issuer.objects.filter(name=name).first()
    if issuer:
        return issuer
    for candidate in Issuer.objects.filter(aliases__contains=name):
        if name in {alias.strip() for alias in candidate.aliases.replace("，", ",").split(",")}:
            return candidate
    return save_clean(Issuer(name=name, kind=guess_issuer_kind(name)))


# --- companies -----------------------------------------------------------------------
def add_names(company, entry, outcomes):
    """Give `company` the entry's names it lacks; refuse a full name or code another company holds."""
    known = set(company.names.values_list("name", flat=True))
    full_name = (entry.get("full_name") or "").strip()
    names = [(full_name, NameKind.FULL)] if full_name else []
    names += [(name, NameKind.SHORT) for name in entry_names({"short_names": entry.get("short_names")})]
    for name, kind in names:
        if name in known:
            continue
        if kind == NameKind.SHORT and name.endswith("有限公司"):
            kind = NameKind.FULL
        if kind == NameKind.FULL:
            holder = CompanyName.objects.filter(name=name, kind=NameKind.FULL).exclude(company=company).first()
            if holder:
                raise ProposalError(f"全称“{name}”已属于另一家公司 {holder.company}：若是同一家公司，请先合并两家公司。")
        outcomes.append(Outcome(save_clean(CompanyName(company=company, name=name, kind=kind)), True))
        known.add(name)


def set_code(company, raw_code):
    code = normalize_code(raw_code)
    if not code or not CODE_RE.match(code) or company.code == code:
        return
    if company.code:
        raise ProposalError(f"股票代码不一致：该公司代码为 {company.code}，建议中为 {code}。")
    holder = Company.objects.filter(code=code).first()
    if holder:
        raise ProposalError(f"股票代码 {code} 已属于 {holder}：若是同一家公司，请先合并两家公司。")
    company.code = code
    try:
        save_clean(company)
    except ValidationError as error:
        raise ProposalError(f"股票代码 {code} 无效：{validation_message(error)}") from None


def create_company(entry, outcomes):
    if not entry_names(entry):
        raise ProposalError("没有公司名称：请关联一家已有公司。")
    company = save_clean(Company())
    outcomes.append(Outcome(company, True))
    add_names(company, entry, outcomes)
    set_code(company, entry.get("code"))
    return company


def resolve_company(proposal, outcomes):
    """The proposal's linked company; else the one its names match now; else a new company from its names."""
    if proposal.company_id:
        return proposal.company
    hint = proposal.company_hint or {}
    names = entry_names(hint) or [proposal.company_name]
    company = match_company(names, hint.get("code")) or create_company(
        hint if entry_names(hint) else {"short_names": [proposal.company_name]}, outcomes
    )
    proposal.company = company
    # The other findings about this company on the same page now point at it too.
    Proposal.objects.filter(
        source_id=proposal.source_id, status=ProposalStatus.PENDING, company__isnull=True,
        company_name__in=[*names, proposal.company_name],
    ).exclude(pk=proposal.pk).update(company=company)
    return company


def accept_company(proposal, outcomes):
    entry = proposal.payload
    company = proposal.company or match_company(entry_names(entry), entry.get("code"))
    if company is None:
        company = create_company(entry, outcomes)
    else:
        add_names(company, entry, outcomes)
        set_code(company, entry.get("code"))
        outcomes.append(Outcome(company, False))
    proposal.company = company


# --- records ---------------------------------------------------------------------------
STATUS_VALUES = set(RiskStatus.values)


def parse_status(value, label, required=True):
    value = (value or "").strip() if isinstance(value, str) else value
    if value in (None, ""):
        if required:
            raise ProposalError(f"{label}未知：请编辑填写。")
        return None
    value = value.replace("＊", "*")
    if value not in STATUS_VALUES:
        raise ProposalError(f"{label}“{value}”无效，应为 normal、ST、*ST 或 delisted。")
    return value


def accept_status_change(proposal, outcomes):
    payload = proposal.payload
    company = resolve_company(proposal, outcomes)
    effective = parse_date(payload.get("effective_date"), "生效日期", required=True)
    to_status = parse_status(payload.get("to"), "变更后状态")
    from_status = parse_status(payload.get("from"), "变更前状态", required=False)
    existing = StatusChange.objects.filter(company=company, effective_date=effective).first()
    if existing:
        if existing.to_status != to_status:
            raise ProposalError(f"与记录矛盾：该公司 {effective} 已有变更“{existing}”，本建议为变更为 {to_status}。")
        outcomes.append(Outcome(existing, False))
        return
    if from_status is None:
        from_status = company.status_on(effective - timedelta(days=1))
        if from_status == to_status == RiskStatus.NORMAL:
            raise ProposalError("变更前状态未知：请编辑填写“变更前”后再接受。")
    trigger = payload.get("trigger") if payload.get("trigger") in TriggerFamily.values else TriggerFamily.OTHER
    change = StatusChange(
        company=company, from_status=from_status, to_status=to_status, effective_date=effective,
        stacked=bool(payload.get("stacked")) or from_status == to_status, trigger=trigger,
        announcement_date=parse_date(payload.get("announcement_date"), "公告日期"),
        reason=str(payload.get("reason") or ""),
    )
    outcomes.append(Outcome(save_clean(change), True))


ROLE_WORDS = [
    ("实际控制人", TargetRole.ACTUAL_CONTROLLER), ("控股股东", TargetRole.CONTROLLING_SHAREHOLDER),
    ("董事长", TargetRole.CHAIRMAN), ("总经理", TargetRole.GENERAL_MANAGER), ("总裁", TargetRole.GENERAL_MANAGER),
    ("财务总监", TargetRole.CFO), ("财务负责人", TargetRole.CFO), ("董事会秘书", TargetRole.BOARD_SECRETARY),
    ("董秘", TargetRole.BOARD_SECRETARY), ("监事", TargetRole.SUPERVISOR), ("董事", TargetRole.DIRECTOR),
    ("高管", TargetRole.OFFICER), ("董监高", TargetRole.OFFICER),
]


def person_role(value):
    value = (value or "").strip()
    if value in TargetRole.values and value != TargetRole.COMPANY:
        return value
    for word, role in ROLE_WORDS:
        if word in value:
            return role
    return TargetRole.OTHER


def persons_of(payload):
    """[(name, role, amount)] from "targets" (the extractor's names with their titles) or "persons"
    (names, or dicts with name/role/amount_yuan). A role without a name ("[实际控制人]") is no person."""
    persons = []
    targets = [t for t in payload.get("targets") or [] if isinstance(t, dict) and not t.get("role_only")]
    named = {p for p in payload.get("persons") or [] if isinstance(p, str) and not p.startswith("[")}
    # The titles only while the persons are the extractor's: a curator's edit of the names wins.
    if targets and {t.get("name") for t in targets} == named:
        items = targets
    else:
        items = payload.get("persons") or []
    for item in items:
        if isinstance(item, str):
            item = {"name": item}
        if not isinstance(item, dict) or not str(item.get("name") or "").strip():
            continue
        persons.append((str(item["name"]).strip()[:100], person_role(item.get("role") or item.get("title")),
                        parse_amount(item.get("amount_yuan"), "罚款金额")))
    return persons


def accept_enforcement_action(proposal, outcomes):
    payload = proposal.payload
    company = resolve_company(proposal, outcomes)
    issuer = issuer_for(payload.get("regulator") or payload.get("issuer"))
    measure = payload.get("measure")
    if measure not in Measure.values:
        raise ProposalError(f"措施“{measure}”无效：请从措施列表中选择。")
    decided = parse_date(payload.get("date"), "决定日期")
    amount = parse_amount(payload.get("amount_yuan"), "金额")
    persons = persons_of(payload)
    found = same_fact_actions(EnforcementAction.objects.filter(company=company, issuer=issuer, measure=measure),
                              decided)
    if len(found) > 1:
        raise ProposalError("该公司已有多条同一监管机构的同类措施，无法判断是哪一条：请用“附加到已有记录”选择，"
                            "或补填决定日期。")
    if found:
        existing = found[0]
        # The new report may know what the record lacks; it never overwrites what the record has.
        gaps = {}
        if decided and existing.decision_date is None:
            gaps["decision_date"] = decided
        number = str(payload.get("document_number") or "")[:100]
        if number and not existing.document_number:
            gaps["document_number"] = number
        if gaps:
            for field, value in gaps.items():
                setattr(existing, field, value)
            save_clean(existing)
        outcomes.append(Outcome(existing, False))
        return
    action = save_clean(EnforcementAction(
        company=company, issuer=issuer, measure=measure, decision_date=decided, proposed=bool(payload.get("proposed")),
        summary=proposal.evidence[:1000], document_number=str(payload.get("document_number") or "")[:100],
    ))
    outcomes.append(Outcome(action, True))
    codes = [c for c in payload.get("violation_types") or [] if isinstance(c, str)]
    if codes:
        action.violation_types.add(*ViolationType.objects.filter(code__in=codes))
    if not persons:
        save_clean(ActionTarget(action=action, role=TargetRole.COMPANY, amount_yuan=amount))
        return
    # One person and one amount: the amount is that person's; otherwise each person carries their own.
    single = amount if len(persons) == 1 and persons[0][2] is None else None
    for name, role, own_amount in persons:
        person, _ = Person.objects.get_or_create(name=name, company=company)
        save_clean(ActionTarget(action=action, person=person, role=role, amount_yuan=own_amount or single))
    if amount is not None and single is None and not any(p[2] for p in persons):
        save_clean(ActionTarget(action=action, role=TargetRole.COMPANY, amount_yuan=amount))


CONSEQUENCE_TEXT = {
    RiskStatus.STAR_ST: "实施退市风险警示",
    RiskStatus.ST: "实施其他风险警示",
    RiskStatus.DELISTED: "终止上市",
}


def guess_deadline_kind(obligation):
    if any(word in obligation for word in ("清收", "归还", "偿还", "整改", "改正", "收回")):
        return DeadlineKind.RECTIFICATION
    if any(word in obligation for word in ("披露", "报告", "年报")):
        return DeadlineKind.DISCLOSURE
    return DeadlineKind.OTHER


def only(queryset):
    found = list(queryset[:2])
    return found[0] if len(found) == 1 else None


def linked_order(company, source, due):
    """The 责令改正 this rectification deadline comes from: the one order of the company the same source cites."""
    order = only(EnforcementAction.objects.filter(company=company, measure=Measure.RECTIFICATION_ORDER,
                                                  citations__source=source).distinct())
    if order is not None and order.date and order.date > due:
        return None
    return order


def linked_case(company, obligation):
    """The company's one unrectified fund-occupation case, for a deadline about occupied funds."""
    if "占用" not in obligation:
        return None
    return only(FundOccupationCase.objects.filter(company=company, rectified_on__isnull=True))


def accept_deadline(proposal, outcomes):
    payload = proposal.payload
    company = resolve_company(proposal, outcomes)
    due = parse_date(payload.get("due_date"), "截止日期", required=True)
    obligation = str(payload.get("obligation") or "").strip()[:300]
    if not obligation:
        raise ProposalError("义务为空：请编辑填写（例如 清收被占用资金）。")
    existing = Deadline.objects.filter(company=company, due_date=due, obligation=obligation).first()
    if existing:
        outcomes.append(Outcome(existing, False))
        return
    consequence = str(payload.get("consequence") or "").strip().replace("＊", "*")
    status = consequence if consequence in CONSEQUENCE_TEXT else ""
    kind = guess_deadline_kind(obligation)
    action, case = (linked_order(company, proposal.source, due), linked_case(company, obligation)) \
        if kind == DeadlineKind.RECTIFICATION else (None, None)
    deadline = Deadline(
        company=company, due_date=due, obligation=obligation, kind=kind, action=action, case=case,
        amount_yuan=parse_amount(payload.get("amount_yuan"), "金额"),
        consequence=CONSEQUENCE_TEXT.get(status, consequence)[:300], consequence_status=status,
    )
    outcomes.append(Outcome(save_clean(deadline), True))


def accept_occupation(proposal, outcomes):
    payload = proposal.payload
    company = resolve_company(proposal, outcomes)
    occupier = str(payload.get("occupier") or "").strip()[:200]
    if not occupier:
        raise ProposalError("占用方未知：请编辑填写。")
    amount = parse_amount(payload.get("amount_yuan", payload.get("amount_occupied")), "占用金额")
    if not amount:
        raise ProposalError("占用金额未知：请编辑填写。")
    as_of = parse_date(payload.get("as_of", payload.get("occupied_as_of")), "占用金额截至日期")
    existing = FundOccupationCase.objects.filter(company=company, occupier=occupier, amount_occupied=amount,
                                                 occupied_as_of=as_of).first()
    if existing:
        outcomes.append(Outcome(existing, False))
        return
    repaid = parse_amount(payload.get("repaid_yuan"), "已归还金额")
    paid_on = as_of or proposal.source.published_on
    # "累计已归还3.1亿元,余额6067.49万元": the page gives the balance; what was occupied is both together.
    occupied = amount + repaid if repaid and paid_on else amount
    case = FundOccupationCase(company=company, occupier=occupier, amount_occupied=occupied, occupied_as_of=as_of,
                              description=proposal.evidence)
    outcomes.append(Outcome(save_clean(case), True))
    if repaid and paid_on:
        save_clean(Repayment(case=case, paid_on=paid_on, amount_yuan=repaid, note="据来源所述截至该日已归还的累计金额"))


ACCEPTORS = {
    ProposalKind.COMPANY: accept_company,
    ProposalKind.STATUS_CHANGE: accept_status_change,
    ProposalKind.ENFORCEMENT_ACTION: accept_enforcement_action,
    ProposalKind.DEADLINE: accept_deadline,
    ProposalKind.OCCUPATION: accept_occupation,
}
# Companies first, so the records of a page find the company its company proposal creates.
KIND_ORDER = [ProposalKind.COMPANY, ProposalKind.OCCUPATION, ProposalKind.ENFORCEMENT_ACTION,
              ProposalKind.STATUS_CHANGE, ProposalKind.DEADLINE]


def record_ref(outcome):
    record = outcome.record
    return {"model": record._meta.label_lower, "id": record.pk, "created": outcome.created, "label": str(record)[:200]}


# --- the services --------------------------------------------------------------------
def accept_proposal(proposal, user, edits=None):
    """Accept `proposal` (after applying `edits` to its payload); return the records it created or cited.

    Raises ProposalError, leaving the proposal pending with the message in `error`.
    """
    payload = {**proposal.payload, **(edits or {})}
    try:
        with transaction.atomic():
            locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
            if locked.status == ProposalStatus.ACCEPTED:
                proposal.refresh_from_db()
                return records_of(proposal)
            locked.payload = payload
            outcomes = []
            ACCEPTORS[locked.kind](locked, outcomes)
            for outcome in outcomes:
                Citation.cite(outcome.record, locked.source, passage=locked.evidence)
            locked.status = ProposalStatus.ACCEPTED
            locked.reject_reason = ""
            locked.error = ""
            locked.reviewed_by = user
            locked.reviewed_at = timezone.now()
            locked.records = [record_ref(outcome) for outcome in outcomes]
            locked.save()
    except (ProposalError, ValidationError, IntegrityError) as error:
        if isinstance(error, ValidationError):
            message = f"与现有记录冲突或数据无效：{validation_message(error)}"
        elif isinstance(error, IntegrityError):
            message = "与现有记录冲突（可能有人同时接受了相同内容），请刷新后重试。"
        else:
            message = str(error)
        # Keep the curator's edits and the reason, so the next attempt starts from them.
        Proposal.objects.filter(pk=proposal.pk, status=ProposalStatus.PENDING).update(payload=payload, error=message)
        proposal.refresh_from_db()
        raise ProposalError(message) from error
    proposal.refresh_from_db()
    return [outcome.record for outcome in outcomes]


def attach_to_existing(proposal, record, user):
    """Accept `proposal` as a second report of `record`: cite the source on it, create nothing.

    For a proposal the review screen found similar to an existing record (same company, measure
    and regulator, a near date): one fact, one record.
    """
    with transaction.atomic():
        locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status != ProposalStatus.PENDING:
            raise ProposalError("该建议已审核，不能再附加到已有记录。")
        Citation.cite(record, locked.source, passage=locked.evidence)
        locked.status = ProposalStatus.ACCEPTED
        locked.reject_reason = ""
        locked.error = ""
        locked.reviewed_by = user
        locked.reviewed_at = timezone.now()
        locked.records = [record_ref(Outcome(record, False))]
        locked.save()
    proposal.refresh_from_db()
    return record


def records_of(proposal):
    """The records an accepted proposal created or cited (those that still exist)."""
    records = []
    for ref in proposal.records or []:
        try:
            model = ContentType.objects.get_by_natural_key(*ref["model"].split(".")).model_class()
        except ContentType.DoesNotExist:
            continue
        record = model._default_manager.filter(pk=ref["id"]).first() if model else None
        if record is not None:
            records.append(record)
    return records


def reject_proposal(proposal, user, reason):
    reason = (reason or "").strip()
    if not reason:
        raise ProposalError("拒绝时请填写理由。")
    with transaction.atomic():
        locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
        if locked.status == ProposalStatus.ACCEPTED:
            raise ProposalError("该建议已接受，不能再拒绝；如有错误请修改或删除生成的记录。")
        locked.status = ProposalStatus.REJECTED
        locked.reject_reason = reason[:300]
        locked.reviewed_by = user
        locked.reviewed_at = timezone.now()
        locked.save()
    proposal.refresh_from_db()


def ordered_for_acceptance(proposals):
    def key(proposal):
        payload = proposal.payload or {}
        when = payload.get("effective_date") or payload.get("date") or payload.get("due_date") or ""
        return KIND_ORDER.index(proposal.kind), str(when), proposal.pk

    return sorted(proposals, key=key)


def accept_many(proposals, user):
    """Accept each proposal on its own; return (accepted count, [(proposal, message)] refusals)."""
    accepted, refused = 0, []
    for proposal in ordered_for_acceptance(proposals):
        try:
            accept_proposal(proposal, user)
            accepted += 1
        except ProposalError as error:
            refused.append((proposal, str(error)))
    return accepted, refused


def reject_many(proposals, user, reason):
    rejected, refused = 0, []
    for proposal in proposals:
        try:
            reject_proposal(proposal, user, reason)
            rejected += 1
        except ProposalError as error:
            refused.append((proposal, str(error)))
    return rejected, refused


def create_company_for(proposal, name=""):
    """The curator's "create a new company" choice: a company from the proposal's names (or `name`), linked."""
    entry = {"short_names": [name]} if name.strip() else (proposal.company_hint or {"short_names": [proposal.company_name]})
    if not entry_names(entry):
        raise ProposalError("没有公司名称：请填写新公司的名称。")
    try:
        with transaction.atomic():
            company = create_company(entry, [])
            proposal.company = company
            proposal.save(update_fields=["company", "updated_at"])
    except ValidationError as error:
        raise ProposalError(validation_message(error)) from None
    return company
