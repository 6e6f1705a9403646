"""`manage.py ingest`: good files land in the review queue; bad ones get a clear message and store nothing."""
import os
from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tracker.models import Extraction, Proposal, ProposalKind, Source
from tracker.review.accept import ProposalError, accept_proposal

from .conftest import ARTICLE

pytestmark = pytest.mark.django_db


def run(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *[str(a) for a in args], stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), str(error)
    return out.getvalue(), err.getvalue(), None


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def assert_nothing_stored():
    assert not Source.objects.exists()
    assert not Extraction.objects.exists()
    assert not Proposal.objects.exists()


def test_a_utf8_file_is_stored_and_extracted_with_sync(tmp_path):
    path = write(tmp_path, "page.txt", ARTICLE.encode("utf-8"))
    out, err, failure = run(path, "--published", "2025-03-14", "--publication", "示例财经报", "--sync")
    assert failure is None
    source = Source.objects.get()
    assert f"来源 #{source.pk}" in out and "5 条待审核建议" in out
    assert (source.publication, source.published_on) == ("示例财经报", date(2025, 3, 14))

    out, err, failure = run(path, "--published", "2025-03-14", "--sync")
    assert failure is None and "未重复存储" in out
    assert Source.objects.count() == 1 and Proposal.objects.count() == 5


def test_without_sync_the_extraction_goes_through_celery(tmp_path, celery_eager, django_capture_on_commit_callbacks):
    path = write(tmp_path, "page.txt", ARTICLE.encode("utf-8"))
    with django_capture_on_commit_callbacks(execute=True):
        out, err, failure = run(path, "--published", "2025-03-14")
    assert failure is None and "正在抽取" in out
    assert Proposal.objects.count() == 5


def test_an_empty_file_is_refused(tmp_path):
    out, err, failure = run(write(tmp_path, "empty.txt", b""), "--sync")
    assert "文章为空" in err and failure
    assert_nothing_stored()


def test_a_binary_file_is_refused(tmp_path):
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048)
    out, err, failure = run(write(tmp_path, "scan.png", data), "--sync")
    assert "不是文本文件" in err and failure
    assert_nothing_stored()


def test_a_gbk_file_is_decoded_and_extracted(tmp_path):
    out, err, failure = run(write(tmp_path, "gbk.txt", ARTICLE.encode("gbk")), "--published", "2025-03-14", "--sync")
    assert failure is None
    assert "GBK" in err
    source = Source.objects.get()
    assert "青禾环境科技股份有限公司" in source.text
    assert Proposal.objects.filter(source=source, kind=ProposalKind.DEADLINE).exists()


def test_a_five_megabyte_file_is_refused_before_it_is_read(tmp_path):
    path = write(tmp_path, "huge.txt", ("监管" * 1024).encode("utf-8") * 854)  # ~5 MB of text
    assert os.path.getsize(path) >= 5 * 1000 * 1000
    out, err, failure = run(path, "--sync")
    assert "文章过大" in err and "MB" in err and failure
    assert_nothing_stored()


def test_html_tags_are_stripped_and_evidence_still_points_into_the_text(tmp_path):
    page = (
        "<html><head><title>监管动态</title><style>p {color: red}</style></head><body>"
        + "".join(f"<p>{line}</p>" for line in ARTICLE.splitlines())
        + "<script>var tracker = 1;</script></body></html>"
    )
    out, err, failure = run(write(tmp_path, "page.html", page.encode("utf-8")), "--published", "2025-03-14", "--sync")
    assert failure is None
    source = Source.objects.get()
    assert "<" not in source.text and "color" not in source.text and "tracker" not in source.text
    deadline = Proposal.objects.get(kind=ProposalKind.DEADLINE)
    assert source.text[deadline.evidence_start:deadline.evidence_end] == deadline.evidence
    assert "2025年9月12日" in deadline.evidence


def test_a_page_without_a_date_is_stored_with_a_warning_and_yearless_dates_stay_unknown(tmp_path, curator):
    text = "本报记者 张三\n另据公告，ST云岭自3月20日起撤销其他风险警示，股票简称由“ST云岭”变更为“云岭股份”。\n"
    out, err, failure = run(write(tmp_path, "nodate.txt", text.encode("utf-8")), "--sync")
    assert failure is None
    assert "未提供发布日期" in err
    source = Source.objects.get()
    assert source.published_on is None
    change = Proposal.objects.get(kind=ProposalKind.STATUS_CHANGE)
    assert change.payload["effective_date"] is None
    with pytest.raises(ProposalError, match="生效日期未知"):
        accept_proposal(change, curator)


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    good = write(tmp_path, "good.txt", ARTICLE.encode("utf-8"))
    bad = write(tmp_path, "bad.bin", b"\x00\x01\x02" * 100)
    out, err, failure = run(bad, tmp_path / "missing.txt", good, "--published", "2025-03-14", "--sync")
    assert failure == "2 个文件未能导入。"
    assert "bad.bin" in err and "missing.txt" in err
    assert Source.objects.count() == 1


def test_a_malformed_date_option_is_reported():
    out, err, failure = run("whatever.txt", "--published", "2025/03/14")
    assert "YYYY-MM-DD" in failure
    assert_nothing_stored()
