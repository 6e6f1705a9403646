"""Small template helpers of the analysts' pages."""
from decimal import Decimal, InvalidOperation
from html import escape as esc

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tracker.choices import DeadlineState

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
    if get_language().startswith("en"):
        if abs(amount) >= Decimal("1000000"):
            return f"{amount / Decimal('1000000'):,.2f}M"
        return f"{amount:,.2f}"
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


STATUS_BADGES = {"*ST": ("starst", "*ST"), "ST": ("st", "ST")}


@register.simple_tag
def status_badge(company):
    """The company's current risk status as a coloured badge (a tag, not an include: it is drawn once per row)."""
    status = company.current_status
    if status in STATUS_BADGES:
        css, label = STATUS_BADGES[status]
    elif status == "delisted":
        css, label = "delisted", _("已退市")
    else:
        css, label = "normal", _("正常")
    return format_html('<span class="badge status-{}">{}</span>', css, label)


@register.simple_tag
def days_left(deadline, today=None):
    """'剩 N 天' / '今天到期' / '逾期 N 天' for an open deadline, a dash once it is resolved; a statutory step
    still waiting for the step before says so (it cannot be late yet)."""
    state = deadline.state(today)
    if state == DeadlineState.WAITING:
        return format_html('<span class="muted">{}</span>', _("待前一步逾期后起算"))
    if not deadline.is_open:
        return format_html('<span class="muted">{}</span>', "—")
    days = deadline.days_left(today)
    if days < 0:
        return format_html('<span class="days overdue">{}</span>', _("逾期 %(n)s 天") % {"n": -days})
    if days == 0:
        return format_html('<span class="days today">{}</span>', _("今天到期"))
    css = "days soon" if days <= 7 else "days"
    return format_html('<span class="{}">{}</span>', css, _("剩 %(n)s 天") % {"n": days})


def _day(value):
    return value.isoformat() if value else "—"


@register.simple_tag(takes_context=True)
def action_rows(context, actions):
    """The case list's table rows (see tracker/actions/results.html for the columns).

    Drawn here rather than by a template loop: fifty rows of eleven cells cost the template engine about 10 ms,
    most of a new filter state's page after its queries. Every value is escaped (`esc`) as the template would.
    """
    staff = getattr(context.get("user"), "is_staff", False)
    proposed = f' <span class="badge">{esc(_("拟"))}</span>'
    company = esc(_("公司"))
    edit = esc(_("编辑"))
    company_urls = {}
    rows = []
    for action in actions:
        url = company_urls.get(action.company_id)
        if url is None:
            url = company_urls[action.company_id] = reverse("tracker:company-detail", args=[action.company_id])
        violations = "".join(f'<span class="tag" title="{esc(name)}">{esc(code)}</span> '
                             for code, name in action.violation_list)
        targets = "、".join(f'{esc(target["name"])}<small class="muted">（{esc(target["role"])}）</small>'
                           if target["name"] else company for target in action.target_list)
        row = (
            f'<tr><td class="nowrap">{_day(action.decision_date)}</td>'
            f'<td class="nowrap">{_day(action.announcement_date)}</td>'
            f'<td><a href="{esc(url)}" class="company">{esc(action.company.display_name)}</a> '
            f'<span class="code">{esc(action.company.code)}</span></td>'
            f"<td>{status_badge(action.company)}</td>"
            f"<td>{esc(action.issuer.name if action.issuer else '')}</td>"
            f'<td><span class="measure">{esc(action.get_measure_display())}</span>'
            f"{proposed if action.proposed else ''}</td>"
            f"<td>{violations}</td><td>{targets}</td>"
            f'<td class="num">{esc(yuan(action.total_amount_yuan))}</td><td>{esc(action.document_number)}</td>'
        )
        if staff:
            edit_url = admin_change_url(context, action)
            row += f'<td><a href="{esc(edit_url)}">{edit}</a></td>' if edit_url else "<td></td>"
        rows.append(row + "</tr>")
    return mark_safe("\n".join(rows))  # noqa: S308 — built from escaped values only


@register.simple_tag
def facet_options(facet):
    """A facet's checkboxes with their counts (see tracker/includes/filter_form_body.html).

    Drawn here for the reason of `action_rows`: a list's sidebar holds up to a few hundred of them.
    """
    name = esc(facet["name"])
    options = []
    for option in facet["options"]:
        empty = " empty" if not option["count"] and not option["checked"] else ""
        checked = " checked" if option["checked"] else ""
        options.append(
            f'<label class="check{empty}"><input type="checkbox" name="{name}" value="{esc(str(option["value"]))}"'
            f'{checked}> <span>{esc(str(option["label"]))}</span> <span class="count">{option["count"]}</span></label>'
        )
    return mark_safe("\n".join(options))  # noqa: S308 — built from escaped values only
