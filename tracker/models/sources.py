"""Where facts come from: articles and announcements, and the passages that support each record."""
import hashlib
import re

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from companies.models import TimeStampedModel, visible

from ..choices import SourceKind
from ..extraction.text import clean_text

_BLANKS_RE = re.compile(r"\s+")


def text_fingerprint(text):
    """SHA-256 of the text as the extractor reads it, blanks removed: a copy of one article re-wrapped, in
    full-width digits or traditional characters, or as HTML, has the same fingerprint as the original."""
    return hashlib.sha256(_BLANKS_RE.sub("", clean_text(text or "")).encode("utf-8")).hexdigest()


class Source(TimeStampedModel):
    """An article or announcement. Stored once: the same text again is recognised by its fingerprint."""

    kind = models.CharField(_("类型"), max_length=24, choices=SourceKind.choices, default=SourceKind.NEWS)
    publication = models.CharField(_("媒体/发布方"), max_length=100, blank=True, help_text=_("例如 证券日报、上交所。"))
    title = models.CharField(_("标题"), max_length=300)
    published_on = models.DateField(_("发布日期"), null=True, blank=True)
    url = models.URLField(_("链接"), max_length=500, blank=True)
    # The page as published (readable_text: HTML removed, nothing normalised); proposals' evidence offsets point here.
    text = models.TextField(_("正文"), blank=True)
    # Derived from `text`; empty when only the citation (publication, date, title) is kept.
    text_hash = models.CharField(_("正文指纹"), max_length=64, blank=True, editable=False)
    history = HistoricalRecords(excluded_fields=["text"])

    class Meta:
        verbose_name = _("来源")
        verbose_name_plural = _("来源")
        ordering = ["-published_on", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["text_hash"], condition=~Q(text_hash=""), name="source_text_unique",
                                    violation_error_message="相同正文的来源已存在。"),
            models.UniqueConstraint(fields=["publication", "published_on", "title"], name="source_citation_unique",
                                    violation_error_message="同一媒体同一日期已有同标题的来源。"),
        ]

    def __str__(self):
        parts = [self.publication, self.published_on.isoformat() if self.published_on else "", self.title]
        return " · ".join(p for p in parts if p)

    def save(self, *args, **kwargs):
        self.title = visible(self.title).strip()
        self._set_fingerprint()
        super().save(*args, **kwargs)

    def clean(self):
        # A title that shows reversed (U+202E) or split by zero-width spaces is cleaned before it is shown.
        self.title = visible(self.title).strip()
        # Before constraint validation, so a duplicate text is reported, not left to the database.
        self._set_fingerprint()

    def _set_fingerprint(self):
        self.text_hash = text_fingerprint(self.text) if self.text.strip() else ""


class Citation(TimeStampedModel):
    """Ties any record (a status change, an action, a case, a deadline...) to the source that supports it."""

    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="citations", verbose_name=_("来源"))
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, verbose_name=_("记录类型"))
    object_id = models.PositiveBigIntegerField(_("记录ID"))
    record = GenericForeignKey("content_type", "object_id")
    passage = models.TextField(_("依据段落"), blank=True, help_text=_("支持该记录的原文段落或摘要。"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("引用")
        verbose_name_plural = _("引用")
        ordering = ["id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "content_type", "object_id"], name="citation_once_per_record",
                                    violation_error_message="该记录已引用此来源。"),
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="citation_record_idx")]

    def __str__(self):
        return f"{self.source} → {self.content_type.model}#{self.object_id}"

    @classmethod
    def cite(cls, record, source, passage=""):
        """Attach `source` to `record` once; a repeated call changes nothing."""
        citation, _created = cls.objects.get_or_create(
            source=source,
            content_type=ContentType.objects.get_for_model(record),
            object_id=record.pk,
            defaults={"passage": passage},
        )
        return citation

    @classmethod
    def for_record(cls, record):
        return cls.objects.filter(
            content_type=ContentType.objects.get_for_model(record), object_id=record.pk
        ).select_related("source")
