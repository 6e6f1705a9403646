"""The review queue: extraction runs over a source, and the proposals a curator accepts or rejects.

Nothing the extractor finds becomes a record by itself: each finding is a Proposal, and only
`tracker.review.accept.accept_proposal` turns one into records (citing the source).
"""
from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from companies.models import Company, TimeStampedModel


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("等待中")
    RUNNING = "running", _("进行中")
    DONE = "done", _("已完成")
    FAILED = "failed", _("失败")


class ProposalKind(models.TextChoices):
    COMPANY = "company", _("公司")
    STATUS_CHANGE = "status_change", _("风险警示变更")
    ENFORCEMENT_ACTION = "enforcement_action", _("监管措施")
    DEADLINE = "deadline", _("截止日期")
    OCCUPATION = "occupation", _("资金占用案件")


class ProposalStatus(models.TextChoices):
    PENDING = "pending", _("待审核")
    ACCEPTED = "accepted", _("已接受")
    REJECTED = "rejected", _("已拒绝")


class Extraction(TimeStampedModel):
    """One run of the extractor over a source; a failed run keeps its error for the curator."""

    source = models.ForeignKey("tracker.Source", on_delete=models.CASCADE, related_name="extractions",
                               verbose_name=_("来源"))
    status = models.CharField(_("状态"), max_length=10, choices=ExtractionStatus.choices, default=ExtractionStatus.PENDING)
    extractor_version = models.CharField(_("抽取器版本"), max_length=40, blank=True)
    error = models.TextField(_("错误"), blank=True)
    warnings = models.JSONField(_("提示"), default=list, blank=True)
    proposal_count = models.PositiveIntegerField(_("新建议数"), default=0)
    started_at = models.DateTimeField(_("开始时间"), null=True, blank=True)
    finished_at = models.DateTimeField(_("结束时间"), null=True, blank=True)

    class Meta:
        verbose_name = _("抽取任务")
        verbose_name_plural = _("抽取任务")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(condition=~Q(status=ExtractionStatus.FAILED) | ~Q(error=""),
                                   name="extraction_failure_has_error",
                                   violation_error_message="失败的抽取必须记录错误信息。"),
        ]

    def __str__(self):
        return f"{self.source} · {self.get_status_display()}"


class ProposalQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ProposalStatus.PENDING)


class Proposal(TimeStampedModel):
    """One finding of the extractor, waiting for a curator's decision.

    `payload` is the extractor's record (editable before acceptance); `payload_hash` fingerprints the
    record as first proposed, so re-running extraction over the same source finds it again instead of
    adding a duplicate, even after a curator edited it.
    """

    source = models.ForeignKey("tracker.Source", on_delete=models.CASCADE, related_name="proposals",
                               verbose_name=_("来源"))
    extraction = models.ForeignKey(Extraction, on_delete=models.SET_NULL, null=True, blank=True,
                                   related_name="proposals", verbose_name=_("抽取任务"))
    kind = models.CharField(_("类型"), max_length=20, choices=ProposalKind.choices)
    payload = models.JSONField(_("内容"), default=dict)
    payload_hash = models.CharField(_("内容指纹"), max_length=64, editable=False)
    evidence = models.TextField(_("依据句子"), blank=True)
    evidence_start = models.PositiveIntegerField(_("依据起点"), null=True, blank=True)
    evidence_end = models.PositiveIntegerField(_("依据终点"), null=True, blank=True)
    company_name = models.CharField(_("文中公司名"), max_length=200, blank=True)
    # The company entry of the extractor (full name, short names, code), used to create the company if needed.
    company_hint = models.JSONField(_("公司信息"), default=dict, blank=True)
    company = models.ForeignKey(Company, on_delete=models.SET_NULL, null=True, blank=True, related_name="proposals",
                                verbose_name=_("关联公司"), help_text=_("留空则接受时按文中名称新建公司。"))
    status = models.CharField(_("状态"), max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING)
    error = models.TextField(_("接受失败原因"), blank=True)
    reject_reason = models.CharField(_("拒绝理由"), max_length=300, blank=True)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                    related_name="reviewed_proposals", verbose_name=_("审核人"))
    reviewed_at = models.DateTimeField(_("审核时间"), null=True, blank=True)
    # [{"model": "tracker.enforcementaction", "id": 12, "created": true}, ...]
    records = models.JSONField(_("生成的记录"), default=list, blank=True)
    # What a curator decides: the content, the company, the decision. The extractor's bookkeeping is left out.
    history = HistoricalRecords(excluded_fields=[
        "extraction", "payload_hash", "evidence", "evidence_start", "evidence_end", "company_hint", "records",
        "error", "created_at", "updated_at"])

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("待审核建议")
        verbose_name_plural = _("待审核建议")
        ordering = ["source", "id"]
        constraints = [
            models.UniqueConstraint(fields=["source", "kind", "payload_hash"], name="proposal_unique_per_source",
                                    violation_error_message="该来源已有相同内容的建议。"),
            models.CheckConstraint(condition=~Q(status=ProposalStatus.REJECTED) | ~Q(reject_reason=""),
                                   name="proposal_rejection_has_reason",
                                   violation_error_message="拒绝时请填写理由。"),
            models.CheckConstraint(
                condition=Q(evidence_start__isnull=True) | Q(evidence_end__isnull=True)
                | Q(evidence_end__gte=F("evidence_start")),
                name="proposal_evidence_range", violation_error_message="依据终点不能早于起点。",
            ),
        ]
        indexes = [models.Index(fields=["status", "kind"], name="proposal_status_kind_idx")]

    def __str__(self):
        who = self.company_name or (self.company.display_name if self.company_id else "")
        return f"#{self.pk} {self.get_kind_display()} · {who}"

    @property
    def is_pending(self):
        return self.status == ProposalStatus.PENDING
