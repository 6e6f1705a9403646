"""Fixtures for the review queue: articles written for these tests, and Celery run in-process."""
import pytest

from tracker.tasks import extract_source

# Invented companies and events; the extractor must find one action, one deadline and one status change.
ARTICLE = (
    "本报记者 王小明\n"
    "青禾环境科技股份有限公司（以下简称“青禾环境”）晚间公告，公司于2025年3月12日收到江苏证监局出具的"
    "《关于对青禾环境科技股份有限公司采取责令改正措施的决定》。\n"
    "公司须在2025年9月12日前清收被占用资金2.15亿元，否则公司股票将被实施退市风险警示。\n"
    "另据公告，ST云岭自2025年3月20日起撤销其他风险警示，股票简称由“ST云岭”变更为“云岭股份”。\n"
)
ACTION_EVIDENCE = "公司于2025年3月12日收到江苏证监局出具的"
DEADLINE_EVIDENCE = "公司须在2025年9月12日前清收被占用资金2.15亿元"

# A second page reporting the same rectification order (another newspaper, other words).
SECOND_ARTICLE = (
    "本报记者 李娜\n"
    "青禾环境科技股份有限公司（简称“青禾环境”）披露，2025年3月12日，江苏证监局对公司采取责令改正的监督管理措施。\n"
)


@pytest.fixture
def celery_eager(monkeypatch):
    """Run extract_source.delay() in-process through Celery's own apply(), as a worker would.

    (Patched on the task rather than app.conf, which other test packages patch too.)
    """
    monkeypatch.setattr(extract_source, "delay", lambda *args, **kwargs: extract_source.apply(args, kwargs))


@pytest.fixture
def ingested(db, django_capture_on_commit_callbacks, celery_eager):
    """Ingest `text` the way the admin does (extraction queued after commit) and return the Source."""
    from tracker.review.ingest import ingest_text

    def ingest(text=ARTICLE, **metadata):
        metadata.setdefault("published_on", None)
        with django_capture_on_commit_callbacks(execute=True):
            result = ingest_text(text, **metadata)
        return result.source

    return ingest
