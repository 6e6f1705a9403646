"""Enforcement actions: who issued which measure against whom, for which violations."""
from datetime import date

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery, Sum, Value, signals
from django.db.models.functions import Coalesce
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from companies.models import Company, Person, TimeStampedModel

from ..choices import IssuerKind, Measure, TargetRole, choice_label


class Issuer(TimeStampedModel):
    """A regulator: the CSRC, a local bureau, an exchange (or just 交易所 when the text says no more), a court."""

    name = models.CharField(_("名称"), max_length=100, unique=True)
    kind = models.CharField(_("机构类型"), max_length=20, choices=IssuerKind.choices)
    aliases = models.CharField(_("别称"), max_length=300, blank=True, help_text=_("以逗号分隔，例如 上交所,上海证券交易所。"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("监管机构")
        verbose_name_plural = _("监管机构")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name


class ViolationType(models.Model):
    """CSMAR 违规类型 (P2501…P2599), loaded by a data migration."""

    code = models.CharField(_("代码"), max_length=8, primary_key=True)
    name = models.CharField(_("名称"), max_length=100)

    class Meta:
        verbose_name = _("违规类型")
        verbose_name_plural = _("违规类型")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.name}"


class EnforcementActionQuerySet(models.QuerySet):
    def with_total_amount(self):
        """Annotate `annotated_total_amount`, the sum of the targets' amounts (read via `total_amount`)."""
        return self.annotate(annotated_total_amount=F("total_amount_yuan"))

    def refresh_total_amounts(self):
        """Recompute the stored `total_amount_yuan` of these actions from their targets (after bulk writes)."""
        totals = (
            ActionTarget.objects.filter(action=OuterRef("pk")).order_by().values("action")
            .annotate(total=Sum("amount_yuan")).values("total")
        )
        return self.update(total_amount_yuan=Subquery(totals))


class EnforcementAction(TimeStampedModel):
    """One measure by one issuer, about one company; its targets are the company and/or persons."""

    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="enforcement_actions",
                                verbose_name=_("公司"))
    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="actions", verbose_name=_("监管机构"))
    measure = models.CharField(_("措施"), max_length=24, choices=Measure.choices)
    violation_types = models.ManyToManyField(ViolationType, blank=True, related_name="actions",
                                             verbose_name=_("违规类型"))
    decision_date = models.DateField(_("决定日期"), null=True, blank=True)
    announcement_date = models.DateField(_("公告日期"), null=True, blank=True)
    document_number = models.CharField(_("文号"), max_length=100, blank=True)
    proposed = models.BooleanField(_("拟处罚（事先告知）"), default=False,
                                   help_text=_("行政处罚事先告知书中拟作出的处罚。"))
    summary = models.TextField(_("摘要"), blank=True)
    # The sum of the targets' amounts (NULL when none has one), kept up to date by the ActionTarget signals below,
    # so that lists filter and sort by amount on an indexed column instead of a SUM per row.
    total_amount_yuan = models.DecimalField(_("总金额(元)"), max_digits=20, decimal_places=2, null=True, blank=True,
                                            editable=False)
    citations = GenericRelation("tracker.Citation")
    history = HistoricalRecords(m2m_fields=[violation_types])

    objects = EnforcementActionQuerySet.as_manager()

    class Meta:
        verbose_name = _("监管措施")
        verbose_name_plural = _("监管措施")
        ordering = ["-decision_date", "-id"]
        constraints = [
            models.UniqueConstraint(
                F("company"), F("issuer"), F("measure"), Coalesce(F("decision_date"), Value(date(1900, 1, 1))),
                F("document_number"), name="action_unique_measure_per_day",
                violation_error_message="该公司已有同一机构同日同文号的同类措施。",
            ),
            models.CheckConstraint(
                condition=Q(announcement_date__isnull=True) | Q(decision_date__isnull=True)
                | Q(announcement_date__gte=F("decision_date")),
                name="action_announced_after_decision", violation_error_message="公告日期不能早于决定日期。",
            ),
        ]
        indexes = [
            models.Index(fields=["measure", "-decision_date"], name="action_measure_date_idx"),
            models.Index(fields=["company", "-decision_date"], name="action_company_date_idx"),
            models.Index(fields=["-decision_date", "-id"], name="action_date_idx"),
            models.Index(fields=["announcement_date"], name="action_announced_idx"),
            models.Index(fields=["total_amount_yuan"], name="action_total_amount_idx"),
            # Covers the case list's facet scan (tracker.filters), which then reads the index instead of the table.
            models.Index(fields=["company", "issuer", "measure"], name="action_facet_scan_idx"),
        ]

    def __str__(self):
        when = self.decision_date or self.announcement_date or "日期未知"
        return f"{self.issuer} · {self.get_measure_display()} · {self.company.display_name}（{when}）"

    def get_measure_display(self):
        return choice_label(Measure, self.measure)

    @property
    def date(self):
        """The day the measure was taken, or announced when that is all we know."""
        return self.decision_date or self.announcement_date

    @property
    def total_amount(self):
        if "annotated_total_amount" in self.__dict__:
            return self.annotated_total_amount
        return self.targets.aggregate(total=Sum("amount_yuan"))["total"]


class ActionTarget(TimeStampedModel):
    """A party an action targets: the company itself (no person) or a person with a role; a fine per party."""

    action = models.ForeignKey(EnforcementAction, on_delete=models.CASCADE, related_name="targets",
                               verbose_name=_("监管措施"))
    person = models.ForeignKey(Person, on_delete=models.PROTECT, null=True, blank=True, related_name="targeted_by",
                               verbose_name=_("人员"), help_text=_("留空表示对象为公司本身。"))
    role = models.CharField(_("身份"), max_length=24, choices=TargetRole.choices, default=TargetRole.COMPANY)
    amount_yuan = models.DecimalField(_("金额(元)"), max_digits=18, decimal_places=2, null=True, blank=True,
                                      help_text=_("对该对象的罚没金额。"))
    note = models.CharField(_("说明"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("措施对象")
        verbose_name_plural = _("措施对象")
        ordering = ["action", "id"]
        constraints = [
            models.UniqueConstraint(F("action"), Coalesce(F("person"), Value(0)), name="target_once_per_action",
                                    violation_error_message="同一措施中该对象已存在。"),
            models.CheckConstraint(condition=Q(amount_yuan__isnull=True) | Q(amount_yuan__gte=0),
                                   name="target_amount_not_negative", violation_error_message="金额不能为负数。"),
            models.CheckConstraint(
                condition=(Q(person__isnull=True) & Q(role=TargetRole.COMPANY))
                | (Q(person__isnull=False) & ~Q(role=TargetRole.COMPANY)),
                name="target_role_matches_party",
                violation_error_message="对象为公司时身份须为“公司”；对象为人员时请选择其身份。",
            ),
        ]

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        # Remembered so that moving a target to another action refreshes the total of both.
        instance._loaded_action_id = instance.__dict__.get("action_id")
        return instance

    def __str__(self):
        if self.person_id is None:
            return "公司"
        return f"{self.person.name}（{self.get_role_display()}）"

    def get_role_display(self):
        return choice_label(TargetRole, self.role)

    def clean(self):
        if self.person_id is None and self.role != TargetRole.COMPANY:
            raise ValidationError({"person": "请选择人员，或将身份设为“公司”。"})
        if self.person_id is not None and self.role == TargetRole.COMPANY:
            raise ValidationError({"role": "人员对象请选择其身份（董事长、实际控制人等）。"})


@receiver(signals.post_save, sender=ActionTarget, dispatch_uid="action-total-on-target-save")
def _refresh_total_on_save(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata: the fixture carries the stored total
        return
    action_ids = {instance.action_id, getattr(instance, "_loaded_action_id", None)} - {None}
    EnforcementAction.objects.filter(pk__in=action_ids).refresh_total_amounts()
    instance._loaded_action_id = instance.action_id


@receiver(signals.post_delete, sender=ActionTarget, dispatch_uid="action-total-on-target-delete")
def _refresh_total_on_delete(sender, instance, **kwargs):
    EnforcementAction.objects.filter(pk=instance.action_id).refresh_total_amounts()
