"""Ingestion, extraction into proposals, acceptance and rejection, against the real extractor."""
from datetime import date

import pytest

from companies.choices import RiskStatus
from companies.models import Company, CompanyName, RegistryObservation, StatusChange
from tracker.choices import IssuerKind
from tracker.models import (
    Citation,
    Deadline,
    EnforcementAction,
    Extraction,
    ExtractionStatus,
    Issuer,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Source,
)
from tracker.review import jobs
from tracker.review.accept import ProposalError, accept_many, accept_proposal, guess_issuer_kind, reject_proposal
from tracker.review.ingest import IngestError, ingest_text, rerun_extraction
from tracker.review.summary import highlighted_article

from .conftest import ACTION_EVIDENCE, ARTICLE, SECOND_ARTICLE

pytestmark = pytest.mark.django_db


def proposal(source, kind):
    return Proposal.objects.get(source=source, kind=kind)


def test_ingest_stores_text_once_and_queues_one_extraction(ingested):
    source = ingested(published_on=date(2025, 3, 14), publication="示例财经报")
    kinds = sorted(Proposal.objects.filter(source=source).values_list("kind", flat=True))
    assert kinds == sorted(["company", "company", "enforcement_action", "deadline", "status_change"])
    assert source.extractions.get().status == ExtractionStatus.DONE

    rewrapped = ARTICLE.replace("，", "，\n  ", 2)  # the same article, wrapped differently
    again = ingest_text(rewrapped, published_on=date(2025, 3, 14))
    assert not again.created
    assert again.source == source
    assert f"#{source.pk}" in again.message
    assert Source.objects.count() == 1
    assert Proposal.objects.count() == 5


def test_nothing_becomes_a_record_before_acceptance(ingested):
    ingested(published_on=date(2025, 3, 14))
    assert not EnforcementAction.objects.exists()
    assert not Deadline.objects.exists()
    assert not StatusChange.objects.exists()
    assert not Company.objects.exists()


def test_accepting_creates_cited_records_once(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    action_proposal = proposal(source, ProposalKind.ENFORCEMENT_ACTION)
    assert ACTION_EVIDENCE in action_proposal.evidence

    records = accept_proposal(action_proposal, curator)

    action = EnforcementAction.objects.get()
    assert action in records
    assert action.issuer.name == "江苏证监局" and action.issuer.kind == IssuerKind.CSRC_BUREAU
    assert action.decision_date == date(2025, 3, 12)
    assert action.targets.get().role == "company"
    company = action.company
    assert set(company.names.values_list("name", flat=True)) == {"青禾环境科技股份有限公司", "青禾环境"}
    citation = Citation.for_record(action).get()
    assert citation.source == source and ACTION_EVIDENCE in citation.passage
    assert Citation.for_record(company).get().source == source
    action_proposal.refresh_from_db()
    assert action_proposal.status == ProposalStatus.ACCEPTED and action_proposal.reviewed_by == curator

    # Accepting again changes nothing; the deadline of the same company reuses the company it created.
    accept_proposal(action_proposal, curator)
    accept_proposal(proposal(source, ProposalKind.DEADLINE), curator)
    assert EnforcementAction.objects.count() == 1
    assert Company.objects.count() == 1
    deadline = Deadline.objects.get(obligation="清收被占用资金")
    assert (deadline.company, deadline.due_date, deadline.amount_yuan) == (company, date(2025, 9, 12), 215000000)
    assert deadline.consequence_status == RiskStatus.STAR_ST
    # The company, its two names, the action and the deadline all cite the article.
    assert Citation.objects.filter(source=source).count() == 5


def test_accepting_what_already_exists_only_cites_it(ingested, curator):
    first = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(first, ProposalKind.ENFORCEMENT_ACTION), curator)
    second = ingested(SECOND_ARTICLE, published_on=date(2025, 3, 15), title="第二篇报道")

    second_proposal = proposal(second, ProposalKind.ENFORCEMENT_ACTION)
    assert second_proposal.company == EnforcementAction.objects.get().company  # linked by name
    accept_proposal(second_proposal, curator)

    action = EnforcementAction.objects.get()
    assert {c.source for c in Citation.for_record(action)} == {first, second}


def test_a_contradiction_leaves_the_proposal_pending_with_the_reason(ingested, curator, make_company):
    company = make_company("ST云岭", code="600123")
    # On record: the company got *ST (not ST) before the article's 撤销其他风险警示 (ST -> normal).
    StatusChange.objects.create(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.STAR_ST,
                                effective_date=date(2024, 5, 6))
    source = ingested(published_on=date(2025, 3, 14))
    change = proposal(source, ProposalKind.STATUS_CHANGE)
    assert change.company == company

    with pytest.raises(ProposalError, match="矛盾"):
        accept_proposal(change, curator)

    change.refresh_from_db()
    assert change.status == ProposalStatus.PENDING
    assert "矛盾" in change.error
    assert StatusChange.objects.count() == 1


def test_edits_are_applied_before_acceptance(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(source, ProposalKind.DEADLINE), curator, edits={"due_date": "2025-10-31"})
    assert Deadline.objects.get(obligation="清收被占用资金").due_date == date(2025, 10, 31)


def test_a_malformed_edit_is_refused_clearly(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    deadline = proposal(source, ProposalKind.DEADLINE)
    with pytest.raises(ProposalError, match="不是有效日期"):
        accept_proposal(deadline, curator, edits={"due_date": "2025-13-45"})
    assert not Deadline.objects.exists()
    assert not Company.objects.exists()  # the company it would have created was rolled back too


def test_reject_needs_a_reason_and_blocks_nothing_else(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    change = proposal(source, ProposalKind.STATUS_CHANGE)
    with pytest.raises(ProposalError):
        reject_proposal(change, curator, "  ")
    reject_proposal(change, curator, "不是本公司")
    change.refresh_from_db()
    assert (change.status, change.reject_reason, change.reviewed_by) == (ProposalStatus.REJECTED, "不是本公司", curator)
    assert not StatusChange.objects.exists()


def test_bulk_acceptance_creates_each_record_once_with_companies_first(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    accepted, refused = accept_many(list(Proposal.objects.filter(source=source)), curator)
    assert (accepted, refused) == (5, [])
    assert Company.objects.count() == 2
    yunling = Company.objects.get(names__name="ST云岭")
    assert set(yunling.names.values_list("name", flat=True)) == {"ST云岭", "云岭股份"}
    assert StatusChange.objects.get().company == yunling
    assert EnforcementAction.objects.count() == Deadline.objects.count() == 1

    accept_many(list(Proposal.objects.filter(source=source)), curator)
    assert (Company.objects.count(), CompanyName.objects.count(), StatusChange.objects.count()) == (2, 4, 1)


def test_rerunning_extraction_duplicates_nothing_and_keeps_decisions(ingested, curator, django_capture_on_commit_callbacks):
    source = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(source, ProposalKind.ENFORCEMENT_ACTION), curator)
    reject_proposal(proposal(source, ProposalKind.STATUS_CHANGE), curator, "重复")

    with django_capture_on_commit_callbacks(execute=True):
        rerun_extraction(source)

    assert source.extractions.count() == 2
    rerun = source.extractions.first()
    assert (rerun.status, rerun.proposal_count) == (ExtractionStatus.DONE, 0)
    # The company the acceptance created is known now: its pending company proposal, which would add
    # nothing, is dropped; every other finding is still there once.
    assert sorted(Proposal.objects.filter(source=source).values_list("kind", flat=True)) == sorted(
        ["company", "enforcement_action", "deadline", "status_change"]
    )
    assert proposal(source, ProposalKind.ENFORCEMENT_ACTION).status == ProposalStatus.ACCEPTED
    assert proposal(source, ProposalKind.STATUS_CHANGE).status == ProposalStatus.REJECTED
    assert EnforcementAction.objects.count() == 1


def test_a_failing_extractor_shows_its_error_and_a_rerun_recovers(ingested, monkeypatch, django_capture_on_commit_callbacks):
    def broken(*args, **kwargs):
        raise RuntimeError("规则表损坏")

    with monkeypatch.context() as patch:
        patch.setattr(jobs, "run_extractor", broken)
        source = ingested(published_on=date(2025, 3, 14))
    failed = source.extractions.get()
    assert failed.status == ExtractionStatus.FAILED and "规则表损坏" in failed.error
    assert not Proposal.objects.exists()
    assert Source.objects.filter(pk=source.pk).exists()  # the article is kept for a re-run

    with django_capture_on_commit_callbacks(execute=True):
        rerun_extraction(source)
    assert Extraction.objects.filter(source=source, status=ExtractionStatus.DONE).exists()
    assert Proposal.objects.filter(source=source).count() == 5


def test_an_unreachable_broker_marks_the_extraction_failed_not_the_ingest(db, monkeypatch,
                                                                           django_capture_on_commit_callbacks):
    from tracker import tasks

    def no_broker(*args, **kwargs):
        raise ConnectionRefusedError("broker down")

    monkeypatch.setattr(tasks.extract_source, "delay", no_broker)
    with django_capture_on_commit_callbacks(execute=True):
        result = ingest_text(ARTICLE, published_on=date(2025, 3, 14))
    extraction = result.source.extractions.get()
    assert extraction.status == ExtractionStatus.FAILED
    assert "重新抽取" in extraction.error


@pytest.mark.parametrize(
    "text, message",
    [("", "为空"), ("  \n\t ", "为空"), ("<html><body><p> </p></body></html>", "为空"), ("abc\x00def", "不是文本")],
)
def test_bad_text_is_refused_without_storing_anything(db, text, message):
    with pytest.raises(IngestError, match=message):
        ingest_text(text)
    assert not Source.objects.exists()
    assert not Extraction.objects.exists()


def test_a_title_clash_is_refused_with_a_message(ingested):
    ingested(published_on=date(2025, 3, 14), publication="示例财经报", title="监管动态")
    with pytest.raises(IngestError, match="同标题"):
        ingest_text(SECOND_ARTICLE, published_on=date(2025, 3, 14), publication="示例财经报", title="监管动态")
    assert Source.objects.count() == 1


@pytest.mark.parametrize(
    "name, kind",
    [("中国证监会", IssuerKind.CSRC), ("北京证监局", IssuerKind.CSRC_BUREAU), ("上交所", IssuerKind.EXCHANGE),
     ("深圳证券交易所", IssuerKind.EXCHANGE), ("交易所", IssuerKind.EXCHANGE), ("某某市中级人民法院", IssuerKind.COURT)],
)
def test_issuer_kind_is_guessed_from_its_name(name, kind):
    assert guess_issuer_kind(name) == kind


def test_an_issuer_alias_is_reused(ingested, curator):
    Issuer.objects.create(name="中国证券监督管理委员会江苏监管局", kind=IssuerKind.CSRC_BUREAU, aliases="江苏证监局,江苏局")
    issuers = Issuer.objects.count()
    source = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(source, ProposalKind.ENFORCEMENT_ACTION), curator)
    assert Issuer.objects.count() == issuers
    assert EnforcementAction.objects.get().issuer.name == "中国证券监督管理委员会江苏监管局"


def test_html_fragments_are_stripped_too(ingested):
    fragment = ARTICLE.replace("江苏证监局", '<a href="https://example.com/x"><b>江苏证监局</b></a>')
    source = ingested(fragment, published_on=date(2025, 3, 14))
    assert "<" not in source.text and "example.com" not in source.text
    assert proposal(source, ProposalKind.ENFORCEMENT_ACTION).payload["regulator"] == "江苏证监局"


def test_a_rectification_deadline_is_tied_to_the_order_the_same_article_reports(ingested, curator):
    source = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(source, ProposalKind.ENFORCEMENT_ACTION), curator)
    accept_proposal(proposal(source, ProposalKind.DEADLINE), curator)
    deadline = Deadline.objects.get(obligation="清收被占用资金")
    assert deadline.action == EnforcementAction.objects.get()


def test_accepting_a_name_with_a_prefix_never_rewrites_status_history(make_company, curator):
    # Issue 11.1: "*ST东时 … ST东时(603377)" accepted as a company proposal adds a name, nothing else.
    company = make_company("ST东时", code="603377")
    RegistryObservation.objects.create(company=company, observed_on=date(2025, 5, 1), source="名单", short_name="ST东时")
    source = Source.objects.create(title="示例报道", publication="示例报", text="*ST东时(603377)公告称……")
    entry = {"full_name": None, "short_names": ["*ST东时"], "code": "603377"}
    proposal = Proposal.objects.create(source=source, kind=ProposalKind.COMPANY, payload=entry, payload_hash="h",
                                       company=company, company_hint=entry, company_name="*ST东时")
    accept_proposal(proposal, curator)
    assert company.names.filter(name="*ST东时").exists()
    assert not company.status_changes.exists()
    assert company.status_on(date(2025, 5, 23)) == RiskStatus.ST
    assert company.status_on(date(2026, 1, 1)) == RiskStatus.ST


def test_accepting_an_action_keeps_its_number_violations_and_the_persons_titles(make_company, curator):
    company = make_company("ST青岚", code="600901")
    source = Source.objects.create(title="示例公告", publication="示例报", text="……")
    payload = {"company": "ST青岚", "regulator": "湖南证监局", "measure": "warning_letter", "date": "2025-06-03",
               "persons": ["张三", "[实际控制人]"], "amount_yuan": None, "document_number": "〔2025〕58号",
               "violation_types": ["P2510", "P2514", "P9999"],
               "targets": [{"name": "张三", "title": "时任董事长"}, {"name": "实际控制人", "title": "实际控制人", "role_only": True}]}
    proposal = Proposal.objects.create(source=source, kind=ProposalKind.ENFORCEMENT_ACTION, payload=payload,
                                       payload_hash="a", company=company, company_name="ST青岚")
    action = accept_proposal(proposal, curator)[0]
    assert action.document_number == "〔2025〕58号"
    assert sorted(action.violation_types.values_list("code", flat=True)) == ["P2510", "P2514"]  # unknown codes dropped
    assert [(t.person.name, t.role) for t in action.targets.all()] == [("张三", "chairman")]


def test_accepting_a_case_with_a_repayment_records_both(make_company, curator):
    company = make_company("ST青岚", code="600901")
    source = Source.objects.create(title="示例公告", publication="示例报", text="……", published_on=date(2025, 6, 6))
    payload = {"company": "ST青岚", "occupier": "控股股东", "amount_yuan": 60_674_900, "as_of": "2025-06-05",
               "repaid_yuan": 310_000_000}
    proposal = Proposal.objects.create(source=source, kind=ProposalKind.OCCUPATION, payload=payload,
                                       payload_hash="o", company=company, company_name="ST青岚")
    case = accept_proposal(proposal, curator)[0]
    assert case.amount_occupied == 370_674_900
    assert [(r.paid_on, r.amount_yuan) for r in case.repayments.all()] == [(date(2025, 6, 5), 310_000_000)]


def test_an_undated_report_of_an_order_on_file_cites_it_instead_of_adding_a_second(ingested, curator):
    first = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(first, ProposalKind.ENFORCEMENT_ACTION), curator)
    dated = EnforcementAction.objects.get()
    assert dated.decision_date == date(2025, 3, 12)

    second = ingested(SECOND_ARTICLE, published_on=date(2025, 3, 15), title="第二篇报道")
    undated = proposal(second, ProposalKind.ENFORCEMENT_ACTION)
    undated.payload = {**undated.payload, "date": None}
    undated.save()
    accept_proposal(undated, curator)

    assert list(EnforcementAction.objects.all()) == [dated]
    assert {c.source for c in Citation.for_record(dated)} == {first, second}


def test_a_dated_report_fills_the_date_of_an_undated_order_on_file(ingested, curator):
    first = ingested(published_on=date(2025, 3, 14))
    action_proposal = proposal(first, ProposalKind.ENFORCEMENT_ACTION)
    action_proposal.payload = {**action_proposal.payload, "date": None}
    action_proposal.save()
    accept_proposal(action_proposal, curator)
    undated = EnforcementAction.objects.get()
    assert undated.decision_date is None

    second = ingested(SECOND_ARTICLE, published_on=date(2025, 3, 15), title="第二篇报道")
    accept_proposal(proposal(second, ProposalKind.ENFORCEMENT_ACTION), curator)

    undated.refresh_from_db()
    assert EnforcementAction.objects.count() == 1 and undated.decision_date == date(2025, 3, 12)


def test_an_undated_report_matching_two_orders_waits_for_the_curator(ingested, curator):
    first = ingested(published_on=date(2025, 3, 14))
    accept_proposal(proposal(first, ProposalKind.ENFORCEMENT_ACTION), curator)
    order = EnforcementAction.objects.get()
    EnforcementAction.objects.create(company=order.company, issuer=order.issuer, measure=order.measure,
                                     decision_date=date(2025, 9, 1))
    second = ingested(SECOND_ARTICLE, published_on=date(2025, 3, 15), title="第二篇报道")
    undated = proposal(second, ProposalKind.ENFORCEMENT_ACTION)
    undated.payload = {**undated.payload, "date": None}
    undated.save()

    with pytest.raises(ProposalError, match="附加到已有记录"):
        accept_proposal(undated, curator)
    assert EnforcementAction.objects.count() == 2


# The fixture article as a reader might paste it: full-width digits and punctuation, a spaced headline,
# a paragraph wrapped mid-sentence, and a zero-width space inside the company name.
PRINTED = (
    "青禾环境 收到 责令改正决定\n"
    "青禾环境科技股份有限公司（以下简称“青禾\u200b环境”）晚间公告，公司于２０２５年３月１２日收到江苏证监局出具的\n"
    "《关于对青禾环境科技股份有限公司采取责令改正措施的决定》。\n"
    "公司须在２０２５年９月１２日前清收被占用资金２．１５亿元，否则公司股票将被实施退市风险警示。\n"
)


def test_the_stored_article_is_the_original_and_evidence_points_into_it(ingested):
    source = ingested(PRINTED, published_on=date(2025, 3, 14))
    # Kept as printed (full-width forms, the spaced headline as title), but without the invisible character.
    assert source.text == PRINTED.replace("\u200b", "").strip()
    assert source.title == "青禾环境 收到 责令改正决定"

    action = proposal(source, ProposalKind.ENFORCEMENT_ACTION)
    assert action.payload["date"] == "2025-03-12"
    assert action.evidence == source.text[action.evidence_start:action.evidence_end]
    assert "２０２５年３月１２日" in action.evidence

    deadline = proposal(source, ProposalKind.DEADLINE)
    assert "２．１５亿元" in source.text[deadline.evidence_start:deadline.evidence_end]
    assert '<mark class="evidence">' + deadline.evidence in highlighted_article(deadline)


def test_the_printed_and_the_normalised_copy_of_one_article_are_one_source(ingested):
    first = ingested(PRINTED, published_on=date(2025, 3, 14))
    again = ingested(PRINTED.translate({c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)}).replace("\n", "\n\n"),
                     published_on=date(2025, 3, 14))
    assert again == first and Source.objects.count() == 1


def test_a_company_only_an_occupation_balance_is_about_is_still_proposed(ingested):
    source = ingested("海川示例医药股份有限公司(以下简称“海川医药”,600991)公告,截至2025年3月31日,控股股东对公司"
                      "非经营性资金占用余额为5,338.69万元。\n", published_on=date(2025, 4, 2))
    kinds = sorted(Proposal.objects.filter(source=source).values_list("kind", flat=True))
    assert kinds == ["company", "occupation"]
    company = proposal(source, ProposalKind.COMPANY)
    assert (company.payload["full_name"], company.payload["code"]) == ("海川示例医药股份有限公司", "600991")
    assert proposal(source, ProposalKind.OCCUPATION).company_hint["code"] == "600991"


def test_the_extractor_ties_a_page_s_code_to_the_names_the_database_knows_for_it(db):
    # The database knows the company by its new name only; the page names it by its ST name and code.
    company = Company.objects.create(code="300977")
    CompanyName.objects.create(company=company, name="北辰示例")
    text = ("3月9日晚间,*ST海示(300977)发布公告称,收到江苏证监局下发的警示函。\n"
            "依据相关规定,北辰示例被出具警示函并不影响其他事项。")
    output = jobs.run_extractor(text, published="2023-03-10", known_names=jobs.known_company_names())
    assert [(c["short_names"], c["code"]) for c in output["companies"]] == [(["*ST海示", "北辰示例"], "300977")]


def test_the_extractor_knows_a_company_by_the_name_an_earlier_list_gave_it(db):
    # Today's list calls 002308 "*ST威创"; the 2023 list "威创股份", the name a page of 2024 writes alone.
    text = "2024年5月6日晚间,威创股份公告称,公司收到中国证监会下发的《立案告知书》。"
    output = jobs.run_extractor(text, published="2024-05-07", known_names=jobs.known_company_names())
    assert [(c["short_names"], c["code"]) for c in output["companies"]] == [(["威创股份"], "002308")]
    assert [a["company_code"] for a in output["enforcement_actions"]] == ["002308"]


def test_the_extractor_knows_a_company_by_a_name_only_news_gave_it(db):
    # No list the project ships calls 000038 "深大通" (today "大通退"); stories of 2019 did, with its code.
    text = "2019年5月24日,深交所对深大通下发关注函,要求公司说明商誉减值的依据。"
    output = jobs.run_extractor(text, published="2019-05-26", known_names=jobs.known_company_names())
    assert [(c["short_names"], c["code"]) for c in output["companies"]] == [(["深大通"], "000038")]
    assert [(a["company_code"], a["measure"]) for a in output["enforcement_actions"]] == [("000038", "concern_letter")]


def test_the_extractor_knows_a_delisted_company_by_a_name_it_bore_in_2017(db):
    # 600771 went by "东盛科技" until it was renamed and later delisted: no list of today gives that name.
    text = "上证所昨日宣布,决定对东盛科技及其董事长等人予以公开谴责。"
    output = jobs.run_extractor(text, published="2006-11-20", known_names=jobs.known_company_names())
    assert [(c["short_names"], c["code"]) for c in output["companies"]] == [(["东盛科技"], "600771")]
    assert [(a["company_code"], a["measure"]) for a in output["enforcement_actions"]] == [("600771", "public_censure")]
