"""Small template helpers of the analysts' pages."""
from decimal import Decimal, InvalidOperation

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def yuan(value):
    """12345678 -> '1,234.57万'; 3.87e8 -> '3.87亿'; '' for no amount."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if abs(amount) >= Decimal("100000000"):
        return _("%(amount)s亿") % {"amount": f"{amount / Decimal('100000000'):,.2f}"}
    if abs(amount) >= Decimal("10000"):
        return _("%(amount)s万") % {"amount": f"{amount / Decimal('10000'):,.2f}"}
    return f"{amount:,.2f}"


@register.simple_tag(takes_context=True)
def admin_change_url(context, record):
    """The admin edit link of `record` for staff users; '' for analysts or a model the admin does not show."""
    user = context.get("user")
    if record is None or not getattr(user, "is_staff", False):
        return ""
    meta = record._meta
    try:
        return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])
    except NoReverseMatch:
        return ""


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def absolute(value):
    try:
        return abs(value)
    except TypeError:
        return value
