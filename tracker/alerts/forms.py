"""The subscription form users fill in on /subscriptions/."""
from django import forms
from django.utils.translation import gettext_lazy as _

from companies.models import Company

from ..choices import Measure
from ..models import Subscription, ViolationType
from ..models.alerts import DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS


class ReminderDaysField(forms.CharField):
    """'30, 7, 3, 1, 0' ↔ [30, 7, 3, 1, 0]; full-width commas and 、 accepted."""

    def prepare_value(self, value):
        if isinstance(value, list | tuple):
            return ", ".join(str(day) for day in value)
        return value

    def to_python(self, value):
        text = (value or "").replace("，", ",").replace("、", ",").replace(" ", ",")
        parts = [part for part in text.split(",") if part.strip()]
        days = []
        for part in parts:
            try:
                days.append(int(part))
            except ValueError:
                raise forms.ValidationError(_("“%(part)s”不是整数。"), params={"part": part.strip()}) from None
        if not days:
            raise forms.ValidationError(_("请至少填写一个提醒天数。"))
        if any(not 0 <= day <= MAX_REMINDER_DAYS for day in days):
            raise forms.ValidationError(_("提醒天数必须在 0 到 %(max)s 之间。"), params={"max": MAX_REMINDER_DAYS})
        return sorted(set(days), reverse=True)


class SubscriptionForm(forms.ModelForm):
    reminder_days = ReminderDaysField(
        label=_("提前提醒天数"), initial=DEFAULT_REMINDER_DAYS,
        help_text=_("以逗号分隔，0 表示到期当天。"),
    )
    measures = forms.MultipleChoiceField(label=_("监管措施"), choices=Measure.choices, required=False,
                                         widget=forms.CheckboxSelectMultiple)
    companies = forms.ModelMultipleChoiceField(
        label=_("公司"), required=False, queryset=Company.objects.prefetch_related("names"),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    violation_types = forms.ModelMultipleChoiceField(
        label=_("违规类型"), required=False, queryset=ViolationType.objects.all(),
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )

    class Meta:
        model = Subscription
        fields = ["name", "watch_all", "saved_search", "companies", "measures", "violation_types", "reminder_days",
                  "remind_overdue", "delivery", "active"]

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the user's own saved searches can be subscribed to.
        searches = self.fields["saved_search"].queryset
        self.fields["saved_search"].queryset = searches.filter(user=user) if user is not None else searches.none()

    def clean(self):
        data = super().clean()
        if not data.get("watch_all") and not (data.get("companies") or data.get("measures")
                                              or data.get("violation_types") or data.get("saved_search")):
            raise forms.ValidationError(
                _("请选择“关注全部截止日期”，或至少选择一个保存的搜索、一家公司、一种监管措施或违规类型。"))
        return data
