"""Storing an article once and queueing its extraction.

`ingest_bytes` (files, uploads) and `ingest_text` (pasted text) either store a new Source with a
pending Extraction, recognise the text as already stored, or raise `IngestError` with a message for
the curator; they never leave a half-stored article behind.

The stored text is the *cleaned* text (`tracker.extraction.text.clean_text`: no HTML, joined lines),
because the extractor's evidence offsets point into that string.
"""
import logging
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from tracker.extraction.text import UnreadableInput, clean_text, decode_bytes, readable_text

from ..choices import SourceKind
from ..models import Extraction, Source
from ..models.sources import text_fingerprint

logger = logging.getLogger(__name__)

# A newspaper page is tens of kilobytes; anything near this size is not an article.
MAX_ARTICLE_BYTES = getattr(settings, "TRACKER_MAX_ARTICLE_BYTES", 1024 * 1024)
TITLE_LENGTH = 80


class IngestError(Exception):
    """The input cannot be stored as an article; str(error) is the message for the curator."""


@dataclass
class IngestResult:
    source: Source
    created: bool
    extraction: Extraction | None = None
    warnings: list = field(default_factory=list)

    @property
    def message(self):
        if self.created:
            return _("已存储为来源 #%(id)s，正在抽取。") % {"id": self.source.pk}
        return _("相同正文已存储为来源 #%(id)s，未重复存储。") % {"id": self.source.pk}


def too_large_message(size):
    """The one message for an article over the limit, pasted or uploaded, whatever its size."""
    return _("文章过大（%(size).1f MB）：单篇文章上限为 %(limit).1f MB。") % {
        "size": size / 1024 / 1024, "limit": MAX_ARTICLE_BYTES / 1024 / 1024}


def check_size(size):
    if size > MAX_ARTICLE_BYTES:
        raise IngestError(too_large_message(size))


def decode(data):
    """bytes -> (text, warnings): UTF-8 (BOM allowed) or GB18030/GBK; binary is refused."""
    check_size(len(data))
    try:
        text, warnings = decode_bytes(data)
    except UnreadableInput:
        raise IngestError(_("这不是文本文件（看起来是二进制文件），请上传 .txt 或 .html 文章。")) from None
    messages = []
    for warning in warnings:
        if "GB18030" in warning and "neither" not in warning:
            messages.append(_("文件不是 UTF-8 编码，已按 GBK/GB18030 解码。"))
        else:
            messages.append(_("文件编码无法识别，部分字符已替换为 �，请核对原文。"))
    return text, messages


def ingest_bytes(data, **metadata):
    text, warnings = decode(data)
    result = ingest_text(text, **metadata)
    result.warnings[:0] = warnings
    return result


def ingest_text(text, *, title="", publication="", published_on=None, url="", kind=SourceKind.NEWS, enqueue=True):
    """Store `text` as a Source once; queue its extraction after commit when it is new.

    `enqueue=False` leaves the pending Extraction for the caller to run (the `ingest --sync` command).
    """
    text = text or ""
    check_size(len(text.encode("utf-8", errors="replace")))
    if "\x00" in text:
        raise IngestError(_("这不是文本文件（含有空字符），请粘贴或上传文章正文。"))
    # Stored as published; the extractor normalises its own copy (full-width forms, traditional characters, blanks).
    stored = readable_text(text).strip()
    if not clean_text(stored).strip():
        raise IngestError(_("文章为空：没有可抽取的正文。"))

    fingerprint = text_fingerprint(stored)
    existing = Source.objects.filter(text_hash=fingerprint).first()
    if existing:
        return IngestResult(source=existing, created=False)
    warnings = []
    if published_on is None:
        warnings.append(_("未提供发布日期：文中不带年份的日期将无法确定，请在来源中补填日期后重新抽取。"))

    title = (title or "").strip()
    if not title:
        title = default_title(stored)
        if Source.objects.filter(publication=publication or "", published_on=published_on, title=title).exists():
            title = f"{title[: TITLE_LENGTH - 10]} · {fingerprint[:8]}"  # another page with the same first line
    source = Source(kind=kind or SourceKind.NEWS, publication=publication or "", title=title,
                    published_on=published_on, url=url or "", text=stored)
    try:
        source.full_clean(exclude=["text_hash"])
    except ValidationError as error:
        raise IngestError(" ".join(error.messages)) from None
    try:
        with transaction.atomic():
            source.save()
            extraction = Extraction.objects.create(source=source)
            if enqueue:
                transaction.on_commit(lambda: enqueue_extraction(extraction))
    except IntegrityError:
        # The same text stored concurrently by someone else: theirs wins.
        existing = Source.objects.filter(text_hash=fingerprint).first()
        if existing is None:
            raise
        return IngestResult(source=existing, created=False)
    return IngestResult(source=source, created=True, extraction=extraction, warnings=warnings)


_BYLINE_RE = re.compile(r"^[\W_]{0,3}(?:本报记者|本报讯|新华社|记者|通讯员|见习记者|文/|作者|证券代码|股票代码)")



def default_title(text):
    """The first line that is not a byline or an announcement header, as printed."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    first_line = next((line for line in lines if not _BYLINE_RE.match(line)), lines[0])
    return first_line if len(first_line) <= TITLE_LENGTH else first_line[: TITLE_LENGTH - 1] + "…"


def enqueue_extraction(extraction):
    """Send the extraction to Celery; a broker failure is recorded on the extraction, not raised."""
    from tracker.tasks import extract_source

    try:
        extract_source.delay(extraction.source_id, extraction.pk)
    except Exception as error:  # kombu raises several types for an unreachable broker
        logger.exception("Could not queue extraction %s", extraction.pk)
        from .jobs import mark_failed

        mark_failed(extraction, _("无法提交抽取任务（%(error)s）。请检查任务队列后点击“重新抽取”。") % {"error": error})
        return False
    return True


def rerun_extraction(source, enqueue=True):
    """Queue a new extraction of `source`; accepted proposals stay and no proposal is duplicated."""
    extraction = Extraction.objects.create(source=source)
    if enqueue:
        transaction.on_commit(lambda: enqueue_extraction(extraction))
    return extraction
