"""资金占用: money a controlling shareholder or related party took, and its recovery over time."""
from decimal import Decimal

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import DecimalField, F, OuterRef, Q, Subquery, Sum, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from companies.models import Company, TimeStampedModel

from ..choices import RepaymentMethod, TargetRole

ZERO = Decimal("0")
_MONEY = DecimalField(max_digits=18, decimal_places=2)


class FundOccupationCaseQuerySet(models.QuerySet):
    def with_balance(self):
        """Annotate `annotated_repaid` and `annotated_balance` in the same query (no per-row aggregate).

        The `repaid` and `balance` properties use these annotations when present.
        """
        repaid = (
            Repayment.objects.filter(case=OuterRef("pk")).order_by().values("case")
            .annotate(total=Sum("amount_yuan")).values("total")
        )
        return self.annotate(
            annotated_repaid=Coalesce(Subquery(repaid, output_field=_MONEY), Value(ZERO, output_field=_MONEY)),
        ).annotate(annotated_balance=F("amount_occupied") - F("annotated_repaid"))


class FundOccupationCase(TimeStampedModel):
    """One occupation of a company's funds. The balance is derived from the repayments."""

    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="occupation_cases",
                                verbose_name=_("公司"))
    occupier = models.CharField(_("占用方"), max_length=200, help_text=_("例如 控股股东 某某集团有限公司。"))
    occupier_role = models.CharField(_("占用方身份"), max_length=24, choices=TargetRole.choices,
                                     default=TargetRole.CONTROLLING_SHAREHOLDER)
    amount_occupied = models.DecimalField(_("占用金额(元)"), max_digits=18, decimal_places=2)
    occupied_as_of = models.DateField(_("占用金额截至"), null=True, blank=True)
    description = models.TextField(_("情况说明"), blank=True)
    actions = models.ManyToManyField("tracker.EnforcementAction", blank=True, related_name="occupation_cases",
                                     verbose_name=_("相关监管措施"))
    rectified_on = models.DateField(_("整改完成日期"), null=True, blank=True)
    citations = GenericRelation("tracker.Citation")
    history = HistoricalRecords(m2m_fields=[actions])

    objects = FundOccupationCaseQuerySet.as_manager()

    class Meta:
        verbose_name = _("资金占用案件")
        verbose_name_plural = _("资金占用案件")
        ordering = ["-occupied_as_of", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_occupied__gt=0), name="case_amount_positive",
                                   violation_error_message="占用金额必须大于0。"),
            models.UniqueConstraint(fields=["company", "occupier", "amount_occupied", "occupied_as_of"],
                                    name="case_unique_per_company_occupier",
                                    violation_error_message="该公司已有相同占用方、金额和日期的案件。"),
        ]

    def __str__(self):
        return f"{self.company.display_name} · {self.occupier} · {self.amount_occupied:,.2f}元"

    @property
    def repaid(self):
        if "annotated_repaid" in self.__dict__:
            return self.annotated_repaid
        return self.repayments.aggregate(total=Sum("amount_yuan"))["total"] or ZERO

    @property
    def balance(self):
        if "annotated_balance" in self.__dict__:
            return self.annotated_balance
        return (self.amount_occupied or ZERO) - self.repaid

    @property
    def is_rectified(self):
        return self.rectified_on is not None or (self.pk is not None and self.balance <= 0)


class Repayment(TimeStampedModel):
    """One installment of recovery (清收, 归还, 以资抵债, 代偿)."""

    case = models.ForeignKey(FundOccupationCase, on_delete=models.CASCADE, related_name="repayments",
                             verbose_name=_("资金占用案件"))
    paid_on = models.DateField(_("日期"))
    amount_yuan = models.DecimalField(_("金额(元)"), max_digits=18, decimal_places=2)
    method = models.CharField(_("方式"), max_length=20, choices=RepaymentMethod.choices, default=RepaymentMethod.CASH)
    note = models.CharField(_("说明"), max_length=300, blank=True)
    citations = GenericRelation("tracker.Citation")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("还款")
        verbose_name_plural = _("还款")
        ordering = ["case", "paid_on", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(amount_yuan__gt=0), name="repayment_amount_positive",
                                   violation_error_message="还款金额必须大于0。"),
        ]

    def __str__(self):
        return f"{self.paid_on} {self.get_method_display()} {self.amount_yuan:,.2f}元"

    def _check_within_balance(self, case):
        others = case.repayments.exclude(pk=self.pk).aggregate(total=Sum("amount_yuan"))["total"] or ZERO
        outstanding = case.amount_occupied - others
        if self.amount_yuan is not None and self.amount_yuan > outstanding:
            raise ValidationError(
                {"amount_yuan": f"还款 {self.amount_yuan:,.2f} 元超过未归还余额 {outstanding:,.2f} 元。"}
            )

    def clean(self):
        if self.case_id:
            self._check_within_balance(self.case)

    def save(self, *args, **kwargs):
        # Lock the case so two concurrent repayments cannot together exceed the balance.
        with transaction.atomic():
            case = FundOccupationCase.objects.select_for_update().get(pk=self.case_id)
            self._check_within_balance(case)
            super().save(*args, **kwargs)
