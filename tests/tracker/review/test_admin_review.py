"""The review queue end to end in admin, as a logged-in curator: paste, review, accept, reject, re-link, merge."""
from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from companies.models import Company, StatusChange
from tracker.models import (
    Citation,
    Deadline,
    EnforcementAction,
    ExtractionStatus,
    Proposal,
    ProposalKind,
    ProposalStatus,
    Source,
)
from tracker.review import jobs

from .conftest import ACTION_EVIDENCE, ARTICLE, DEADLINE_EVIDENCE

pytestmark = pytest.mark.django_db

INGEST_URL = "admin:tracker_source_ingest"


@pytest.fixture
def curator_client(client, curator, celery_eager):
    client.force_login(curator)
    return client


@pytest.fixture
def paste(curator_client, django_capture_on_commit_callbacks):
    """Paste an article in the admin form (extraction runs in-process when the request commits)."""

    def paste(text=ARTICLE, **fields):
        data = {"title": "", "publication": "示例财经报", "published_on": "2025-03-14", "kind": "news", "url": "",
                "text": text, **fields}
        with django_capture_on_commit_callbacks(execute=True):
            return curator_client.post(reverse(INGEST_URL), data)

    return paste


def change_url(proposal):
    return reverse("admin:tracker_proposal_change", args=[proposal.pk])


def form_data(response):
    """The POST data of the change form as rendered (what a curator submits without touching anything)."""
    form = response.context["adminform"].form
    data = {}
    for bound in form:
        value = bound.value()
        if value in (None, False):
            continue
        data[bound.html_name] = "on" if value is True else (value.isoformat() if isinstance(value, date) else value)
    return data


def submit(client, proposal, button="_accept", **changes):
    url = change_url(proposal)
    data = {**form_data(client.get(url)), **changes, button: "1"}
    return client.post(url, {key: value for key, value in data.items() if value is not None}, follow=True)


def test_paste_review_accept_end_to_end(curator_client, paste):
    response = paste()
    source = Source.objects.get()
    assert response.status_code == 302 and response.url == reverse("admin:tracker_source_change", args=[source.pk])
    page = curator_client.get(response.url)
    assert "待审核建议" in page.content.decode() and "监管措施" in page.content.decode()

    queue = curator_client.get(reverse("admin:tracker_proposal_changelist"))
    assert {p.kind for p in queue.context["cl"].result_list} == {
        "company", "status_change", "enforcement_action", "deadline"}

    action_proposal = Proposal.objects.get(kind=ProposalKind.ENFORCEMENT_ACTION)
    page = curator_client.get(change_url(action_proposal)).content.decode()
    assert '<mark class="evidence">' in page
    marked = page.split('<mark class="evidence">', 1)[1].split("</mark>", 1)[0]
    assert ACTION_EVIDENCE in marked and "清收" not in marked  # exactly the evidence sentence is highlighted
    assert "将新建公司：青禾环境科技股份有限公司" in page
    assert "责令改正" in page

    response = submit(curator_client, action_proposal)
    assert "已接受建议" in response.content.decode()
    action = EnforcementAction.objects.get()
    assert action.company.names.filter(name="青禾环境").exists()
    assert Citation.for_record(action).get().source == source

    # Accepting again (a second click, a stale tab) duplicates nothing.
    submit(curator_client, action_proposal)
    assert EnforcementAction.objects.count() == 1 and Company.objects.count() == 1
    assert Citation.for_record(action).count() == 1


def test_edit_then_accept_uses_the_curators_values(curator_client, paste):
    paste()
    deadline_proposal = Proposal.objects.get(kind=ProposalKind.DEADLINE)
    page = curator_client.get(change_url(deadline_proposal))
    assert page.context["adminform"].form["payload_due_date"].value() == "2025-09-12"

    submit(curator_client, deadline_proposal, payload_due_date="2025-10-31", payload_amount_yuan="200000000")

    deadline = Deadline.objects.get(obligation="清收被占用资金")
    assert (deadline.due_date, deadline.amount_yuan) == (date(2025, 10, 31), 200000000)
    assert DEADLINE_EVIDENCE in Citation.for_record(deadline).get().passage


def test_invalid_edits_are_shown_and_nothing_is_created(curator_client, paste):
    paste()
    deadline_proposal = Proposal.objects.get(kind=ProposalKind.DEADLINE)
    response = submit(curator_client, deadline_proposal, payload_due_date="2025-02-30")
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["payload_due_date"]
    assert not Deadline.objects.exists()
    deadline_proposal.refresh_from_db()
    assert deadline_proposal.status == ProposalStatus.PENDING


def test_relink_to_another_company(curator_client, paste, make_company):
    paste()
    existing = make_company("青禾环保", code="600321", full_name="青禾环保集团股份有限公司")
    action_proposal = Proposal.objects.get(kind=ProposalKind.ENFORCEMENT_ACTION)
    assert action_proposal.company is None

    submit(curator_client, action_proposal, company=str(existing.pk))

    assert EnforcementAction.objects.get().company == existing
    assert Company.objects.count() == 1  # no company created from the article's names


def test_create_a_new_company_instead_of_the_suggested_link(curator_client, paste, make_company):
    lookalike = make_company("ST云岭", code="600777")
    paste()
    change = Proposal.objects.get(kind=ProposalKind.STATUS_CHANGE)
    assert change.company == lookalike

    response = submit(curator_client, change, button="_continue", company="", create_company="on",
                      new_company_name="云岭新材")
    assert "已新建公司" in response.content.decode()
    change.refresh_from_db()
    assert change.company != lookalike and change.company.names.get().name == "云岭新材"
    assert change.status == ProposalStatus.PENDING  # saved, not accepted


def test_a_contradiction_is_shown_and_the_proposal_stays_pending(curator_client, paste, make_company):
    company = make_company("ST云岭", code="600777")
    StatusChange.objects.create(company=company, from_status="normal", to_status="*ST", effective_date=date(2024, 5, 6))
    paste()
    change = Proposal.objects.get(kind=ProposalKind.STATUS_CHANGE)

    response = submit(curator_client, change)

    assert "未能接受" in response.content.decode() and "矛盾" in response.content.decode()
    change.refresh_from_db()
    assert change.status == ProposalStatus.PENDING and "矛盾" in change.error
    assert StatusChange.objects.count() == 1


def test_bulk_reject_asks_for_a_reason(curator_client, paste):
    paste()
    chosen = list(Proposal.objects.filter(kind__in=["status_change", "deadline"]).values_list("pk", flat=True))
    url = reverse("admin:tracker_proposal_changelist")
    data = {"action": "reject_selected", ACTION_CHECKBOX_NAME: chosen}

    page = curator_client.post(url, data)
    assert page.status_code == 200 and "拒绝理由" in page.content.decode()
    assert not Proposal.objects.filter(status=ProposalStatus.REJECTED).exists()

    page = curator_client.post(url, {**data, "apply": "1", "reason": ""})
    assert page.status_code == 200 and page.context["form"].errors
    assert not Proposal.objects.filter(status=ProposalStatus.REJECTED).exists()

    curator_client.post(url, {**data, "apply": "1", "reason": "旧闻，已录入"})
    rejected = Proposal.objects.filter(status=ProposalStatus.REJECTED)
    assert sorted(rejected.values_list("pk", flat=True)) == sorted(chosen)
    assert set(rejected.values_list("reject_reason", flat=True)) == {"旧闻，已录入"}
    assert Proposal.objects.filter(status=ProposalStatus.PENDING).count() == 3


def test_bulk_accept_creates_every_record_once(curator_client, paste):
    paste()
    url = reverse("admin:tracker_proposal_changelist")
    everything = list(Proposal.objects.values_list("pk", flat=True))
    response = curator_client.post(url, {"action": "accept_selected", ACTION_CHECKBOX_NAME: everything}, follow=True)
    assert "已接受 5 条建议" in response.content.decode()
    curator_client.post(url + "?status=all", {"action": "accept_selected", ACTION_CHECKBOX_NAME: everything})
    assert (Company.objects.count(), EnforcementAction.objects.count(), StatusChange.objects.count()) == (2, 1, 1)
    assert Deadline.objects.filter(obligation="清收被占用资金").count() == 1


def test_single_reject_from_the_proposal_page(curator_client, paste):
    paste()
    change = Proposal.objects.get(kind=ProposalKind.STATUS_CHANGE)
    response = submit(curator_client, change, button="_reject", reject_reason="")
    assert "拒绝时请填写理由" in response.content.decode()
    submit(curator_client, change, button="_reject", reject_reason="文中为他人观点")
    change.refresh_from_db()
    assert (change.status, change.reject_reason) == (ProposalStatus.REJECTED, "文中为他人观点")


def test_the_same_article_pasted_again_is_recognised(curator_client, paste):
    paste()
    response = paste(text=ARTICLE.replace("\n", "\n\n"))
    source = Source.objects.get()
    assert response.url == reverse("admin:tracker_source_change", args=[source.pk])
    assert "未重复存储" in curator_client.get(response.url).content.decode()
    assert Proposal.objects.count() == 5


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("scan.pdf", b"%PDF-1.4\x00\x00\x01binary"), "不是文本文件"),
        (SimpleUploadedFile("empty.txt", b""), "文章为空"),
        (SimpleUploadedFile("huge.txt", b"a" * (5 * 1024 * 1024)), "文章过大"),
    ],
)
def test_bad_uploads_get_a_message_and_store_nothing(curator_client, upload, message):
    response = curator_client.post(reverse(INGEST_URL), {"kind": "news", "file": upload})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Source.objects.exists()


def test_a_gbk_html_upload_is_stored_as_clean_text(curator_client, django_capture_on_commit_callbacks):
    page = "<html><body>" + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines()) + "</body></html>"
    upload = SimpleUploadedFile("page.html", page.encode("gbk"))
    with django_capture_on_commit_callbacks(execute=True):
        response = curator_client.post(reverse(INGEST_URL), {"kind": "news", "published_on": "2025-03-14",
                                                             "file": upload}, follow=True)
    assert "GBK" in response.content.decode()
    source = Source.objects.get()
    assert "<p>" not in source.text and "青禾环境" in source.text
    assert Proposal.objects.filter(source=source).count() == 5


def test_a_failed_extraction_is_visible_and_can_be_rerun(curator_client, paste, monkeypatch,
                                                          django_capture_on_commit_callbacks):
    with monkeypatch.context() as patch:
        patch.setattr(jobs, "run_extractor", lambda *a, **k: 1 / 0)
        paste()
    source = Source.objects.get()
    listing = curator_client.get(reverse("admin:tracker_source_changelist")).content.decode()
    assert "抽取失败" in listing
    assert "ZeroDivisionError" in curator_client.get(reverse("admin:tracker_source_change", args=[source.pk])).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        curator_client.post(reverse("admin:tracker_source_changelist"),
                            {"action": "rerun_extraction", ACTION_CHECKBOX_NAME: [source.pk]})
    assert source.extractions.first().status == ExtractionStatus.DONE
    assert "5 条待审核" in curator_client.get(reverse("admin:tracker_source_changelist")).content.decode()


def test_merge_companies_from_the_company_list(curator_client, make_company, bureau):
    coded = make_company("ST青禾", code="600321")
    named = make_company("青禾环境")
    action = EnforcementAction.objects.create(company=named, issuer=bureau, measure="warning_letter",
                                              decision_date=date(2025, 3, 12))
    response = curator_client.post(reverse("admin:companies_company_changelist"),
                                   {"action": "merge_selected_companies", ACTION_CHECKBOX_NAME: [coded.pk, named.pk]})
    assert response.status_code == 302
    page = curator_client.get(response.url)
    assert page.status_code == 200
    assert page.context["form"]["keep"].value() == coded.pk  # the record with the code is kept by default

    response = curator_client.post(response.url, {"keep": coded.pk})
    assert response.url == reverse("admin:companies_company_change", args=[coded.pk])
    assert not Company.objects.filter(pk=named.pk).exists()
    action.refresh_from_db()
    assert action.company == coded
    assert set(coded.names.values_list("name", flat=True)) == {"ST青禾", "青禾环境"}


def test_merge_refusal_is_shown(curator_client, make_company):
    first, second = make_company("甲公司", code="600001"), make_company("乙公司", code="000002")
    url = reverse("admin:tracker_merge_companies") + f"?ids={first.pk},{second.pk}"
    response = curator_client.post(url, {"keep": first.pk}, follow=True)
    assert "股票代码不同" in response.content.decode()
    assert Company.objects.count() == 2


def test_analysts_cannot_review(client, analyst, paste):
    paste()
    client.force_login(analyst)
    proposal = Proposal.objects.first()
    response = client.get(change_url(proposal))
    assert response.status_code == 302 and "login" in response.url


def test_a_similar_record_is_shown_with_confidence_and_the_source_can_be_attached_to_it(curator_client, paste):
    # The first page's order is accepted; a later page reports the same order with the announcement
    # day, not the receipt day: the review page offers to cite the new page on the existing record.
    paste()
    first = Proposal.objects.get(kind=ProposalKind.ENFORCEMENT_ACTION)
    submit(curator_client, first)
    action = EnforcementAction.objects.get()
    paste(
        "本报记者 李娜\n青禾环境科技股份有限公司（简称“青禾环境”）披露，2025年3月14日，江苏证监局对公司采取责令改正的监督管理措施。\n",
        published_on="2025-03-15",
    )
    second = Proposal.objects.pending().get(kind=ProposalKind.ENFORCEMENT_ACTION)
    assert second.payload["date"] == "2025-03-14" and second.company == action.company

    page = curator_client.get(change_url(second)).content.decode()
    assert "已有相近记录" in page and "附加到已有记录" in page
    assert "抽取把握" in page
    queue = curator_client.get(reverse("admin:tracker_proposal_changelist") + "?status=all").content.decode()
    assert "%" in queue  # the confidence column

    url = change_url(second)
    data = {**form_data(curator_client.get(url)), "_attach": str(action.pk)}
    response = curator_client.post(url, {k: v for k, v in data.items() if v is not None}, follow=True)
    assert "又一来源" in response.content.decode()
    second.refresh_from_db()
    assert second.status == ProposalStatus.ACCEPTED
    assert EnforcementAction.objects.count() == 1
    assert {c.source.title or c.source.pk for c in Citation.for_record(action)} and Citation.for_record(action).count() == 2


@pytest.mark.parametrize("megabytes", [2, 9, 20])
def test_a_pasted_article_over_the_limit_gets_the_same_message_at_every_size(curator_client, megabytes):
    """Over the article limit the form says so; past Django's form-size limit (8 MB) the error page says the same."""
    response = curator_client.post(reverse(INGEST_URL), {"kind": "news", "text": "公司" * (megabytes * 1024 * 1024 // 6)})
    assert response.status_code in (200, 413)
    page = response.content.decode()
    assert "文章过大" in page and "单篇文章上限为 1.0 MB" in page
    assert not Source.objects.exists()
