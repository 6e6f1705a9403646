"""Deadlines: a date by which a company must do something, and what happens if it does not."""
from datetime import timedelta

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from companies.choices import RiskStatus
from companies.models import Company, TimeStampedModel

from ..choices import DeadlineKind, DeadlineState, DeadlineStatus

ACTIVE_STATUSES = (DeadlineStatus.OPEN, DeadlineStatus.EXTENDED)


def state_condition(state, today=None):
    """The Q selecting deadlines in `state` on `today`: the definition every page, export, API, email and feed
    uses (DeadlineState; Deadline.state is the same rule for one loaded deadline).

    - met / missed / cancelled: resolved so by a curator;
    - waiting: still open, but a statutory step whose step before is open too (it falls due only once that one
      is missed), whatever its date;
    - otherwise an open or extended deadline is overdue past its date, due on it, open before it.
    """
    today = today or timezone.localdate()
    if state in (DeadlineState.MET, DeadlineState.MISSED, DeadlineState.CANCELLED):
        return Q(status=state)
    waiting = Q(status__in=ACTIVE_STATUSES, follows__status__in=ACTIVE_STATUSES)
    if state == DeadlineState.WAITING:
        return waiting
    live = Q(status__in=ACTIVE_STATUSES) & ~Q(follows__status__in=ACTIVE_STATUSES)
    dates = {DeadlineState.OVERDUE: Q(due_date__lt=today), DeadlineState.DUE: Q(due_date=today),
             DeadlineState.OPEN: Q(due_date__gt=today)}
    return live & dates[state]


class DeadlineQuerySet(models.QuerySet):
    def open(self):
        """Unresolved deadlines that can fall due (open, due or overdue; not waiting on the step before)."""
        return self.filter(status__in=ACTIVE_STATUSES).exclude(follows__status__in=ACTIVE_STATUSES)

    def in_state(self, *states, today=None):
        condition = Q(pk__in=[])
        for state in states:
            condition |= state_condition(state, today)
        return self.filter(condition)

    def overdue(self, today=None):
        return self.in_state(DeadlineState.OVERDUE, today=today)

    def with_state(self, today=None):
        """Annotate `state` (a DeadlineState value) per row, for exports and the API."""
        return self.annotate(state=models.Case(
            *(models.When(state_condition(state, today), then=models.Value(state)) for state in DeadlineState.values),
            default=models.Value(""), output_field=models.CharField()))

    def state_counts(self, today=None):
        """{state: count} in one query."""
        return self.aggregate(**{state: models.Count("pk", filter=state_condition(state, today))
                                 for state in DeadlineState.values})

    def due_within(self, days, today=None):
        today = today or timezone.localdate()
        return self.open().filter(due_date__gte=today, due_date__lte=today + timedelta(days=days))


class Deadline(TimeStampedModel):
    """A due date tied to a fund-occupation case and/or an enforcement action of the same company."""

    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="deadlines", verbose_name=_("公司"),
                                blank=True)
    case = models.ForeignKey("tracker.FundOccupationCase", on_delete=models.CASCADE, null=True, blank=True,
                             related_name="deadlines", verbose_name=_("资金占用案件"))
    action = models.ForeignKey("tracker.EnforcementAction", on_delete=models.CASCADE, null=True, blank=True,
                               related_name="deadlines", verbose_name=_("监管措施"))
    kind = models.CharField(_("类型"), max_length=20, choices=DeadlineKind.choices, default=DeadlineKind.RECTIFICATION)
    due_date = models.DateField(_("截止日期"))
    obligation = models.CharField(_("义务"), max_length=300, help_text=_("例如 清收被占用资金。"))
    amount_yuan = models.DecimalField(_("金额(元)"), max_digits=18, decimal_places=2, null=True, blank=True)
    consequence = models.CharField(_("未完成后果"), max_length=300, blank=True, help_text=_("例如 实施退市风险警示。"))
    consequence_status = models.CharField(_("后果状态"), max_length=10, choices=RiskStatus.choices, blank=True,
                                          help_text=_("未完成时股票将变为的状态（如 *ST）。"))
    status = models.CharField(_("状态"), max_length=12, choices=DeadlineStatus.choices, default=DeadlineStatus.OPEN)
    resolved_on = models.DateField(_("处理日期"), null=True, blank=True)
    notes = models.TextField(_("备注"), blank=True)
    # The statutory chain of 资金占用 (tracker.alerts.statutory): suspension follows the rectification deadline,
    # *ST follows the suspension, termination follows the *ST. `proposed` = computed by the tracker, not yet
    # edited by a curator (a curator's change to the date clears it, and the tracker stops recomputing it).
    follows = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="followed_by",
                                verbose_name=_("前序截止日期"), help_text=_("前一截止日期未完成时，本截止日期才生效。"))
    due_date_provisional = models.BooleanField(
        "日期暂定", default=False,
        help_text=_("按工作日推算：交易所尚未公布该年的休市安排。录入休市安排后自动重算。"))
    proposed = models.BooleanField(_("系统推算"), default=False, help_text=_("由系统按法定流程推算，尚未经人工修改。"))
    citations = GenericRelation("tracker.Citation")
    history = HistoricalRecords()

    objects = DeadlineQuerySet.as_manager()

    class Meta:
        verbose_name = _("截止日期")
        verbose_name_plural = _("截止日期")
        ordering = ["due_date", "id"]
        constraints = [
            models.CheckConstraint(condition=~Q(follows=F("pk")), name="deadline_not_following_itself",
                                   violation_error_message="截止日期不能跟在自己之后。"),
            models.CheckConstraint(condition=Q(amount_yuan__isnull=True) | Q(amount_yuan__gte=0),
                                   name="deadline_amount_not_negative", violation_error_message="金额不能为负数。"),
            models.UniqueConstraint(fields=["company", "due_date", "obligation"], name="deadline_unique_obligation",
                                    violation_error_message="该公司在同一截止日期已有相同义务。"),
        ]
        indexes = [
            models.Index(fields=["status", "due_date"], name="deadline_status_due_idx"),
            models.Index(fields=["company", "due_date"], name="deadline_company_due_idx"),
            # The reminder scan looks up what changed since its last run.
            models.Index(fields=["updated_at"], name="deadline_updated_idx"),
        ]

    def __str__(self):
        return f"{self.company.display_name} · {self.due_date} · {self.obligation}"

    def get_absolute_url(self):
        return reverse("tracker:deadline-detail", args=[self.pk])

    @property
    def is_open(self):
        return self.status in (DeadlineStatus.OPEN, DeadlineStatus.EXTENDED)

    def days_left(self, today=None):
        """Days until the due date (negative once past)."""
        return (self.due_date - (today or timezone.localdate())).days

    def state(self, today=None):
        """This deadline's DeadlineState on `today` (the rule of state_condition, for a loaded deadline)."""
        if not self.is_open:
            return DeadlineState(self.status)
        if self.follows_id is not None and self.follows.status in ACTIVE_STATUSES:
            return DeadlineState.WAITING
        days = self.days_left(today)
        return DeadlineState.OVERDUE if days < 0 else DeadlineState.DUE if days == 0 else DeadlineState.OPEN

    def get_state_display(self, today=None):
        return self.state(today).label

    def is_overdue(self, today=None):
        return self.state(today) == DeadlineState.OVERDUE

    def clean(self):
        errors = {}
        linked = [record for record in (self.case, self.action) if record is not None]
        if not self.company_id and linked:
            self.company = linked[0].company
        if not self.company_id:
            errors["company"] = "请选择公司，或关联一个资金占用案件/监管措施。"
        for record in linked:
            if self.company_id and record.company_id != self.company_id:
                errors.setdefault("company", f"关联的“{record._meta.verbose_name}”属于另一家公司。")
        if self.action is not None and self.due_date:
            start = self.action.decision_date or self.action.announcement_date
            if start and self.due_date < start:
                errors["due_date"] = f"截止日期 {self.due_date} 早于其监管措施的日期 {start}。"
        if self.follows_id is not None and self.pk is not None:
            # Not itself, and not a step of its own chain (A after B after A would never fall due).
            step, seen = self.follows, {self.pk}
            while step is not None:
                if step.pk in seen:
                    errors["follows"] = "截止日期不能跟在自己或自己的后续步骤之后。"
                    break
                seen.add(step.pk)
                step = step.follows
        if self.status in (DeadlineStatus.MET, DeadlineStatus.MISSED, DeadlineStatus.CANCELLED) and not self.resolved_on:
            self.resolved_on = timezone.localdate()
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if not self.company_id:
            linked = self.case or self.action
            if linked is not None:
                self.company = linked.company
        super().save(*args, **kwargs)
