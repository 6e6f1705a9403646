"""Choice sets for the tracker: English values stored, Chinese labels shown."""
import functools

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _


@functools.cache
def _labels(choices, language):
    with translation.override(language):
        return {value: str(label) for value, label in choices.choices}


def choice_labels(choices):
    """{value: label} of `choices` in the active language, labels as plain strings (built once per language)."""
    return _labels(choices, translation.get_language())


def choice_label(choices, value):
    """The label of `value` in the active language, or the value itself when it is not a choice.

    Model.get_FOO_display() translates every label of the field on every call (it hashes the lazy labels);
    list pages call it once per row, so the tables here are built once per language instead. A loop over
    many rows takes `choice_labels` once instead.
    """
    return choice_labels(choices).get(value, value)


class IssuerKind(models.TextChoices):
    CSRC = "csrc", _("中国证监会")
    CSRC_BUREAU = "csrc_bureau", _("证监局")
    EXCHANGE = "exchange", _("证券交易所")
    COURT = "court", _("法院")
    INVESTOR_SERVICE = "investor_service", _("中证投服中心")
    OTHER = "other", _("其他")


class Measure(models.TextChoices):
    """Measure codes of DOMAIN.md; the extractor emits the same values."""

    WARNING_LETTER = "warning_letter", _("警示函")
    RECTIFICATION_ORDER = "rectification_order", _("责令改正")
    REGULATORY_TALK = "regulatory_talk", _("监管谈话")
    PUBLIC_EXPLANATION = "public_explanation", _("责令公开说明")
    WORK_LETTER = "work_letter", _("监管工作函")
    INQUIRY_LETTER = "inquiry_letter", _("问询函")
    CONCERN_LETTER = "concern_letter", _("关注函")
    REGULATORY_LETTER = "regulatory_letter", _("监管函")
    CIRCULATED_CRITICISM = "circulated_criticism", _("通报批评")
    PUBLIC_CENSURE = "public_censure", _("公开谴责")
    UNFIT_DECLARATION = "unfit_declaration", _("公开认定不适合担任")
    INVESTIGATION = "investigation", _("立案调查")
    WARNING = "warning", _("警告")
    FINE = "fine", _("罚款")
    CONFISCATION = "confiscation", _("没收违法所得")
    MARKET_BAN = "market_ban", _("市场禁入")
    OTHER = "other", _("其他")


class TargetRole(models.TextChoices):
    COMPANY = "company", _("公司")
    CHAIRMAN = "chairman", _("董事长")
    ACTUAL_CONTROLLER = "actual_controller", _("实际控制人")
    CONTROLLING_SHAREHOLDER = "controlling_shareholder", _("控股股东")
    DIRECTOR = "director", _("董事")
    SUPERVISOR = "supervisor", _("监事")
    GENERAL_MANAGER = "general_manager", _("总经理")
    CFO = "cfo", _("财务总监")
    BOARD_SECRETARY = "board_secretary", _("董事会秘书")
    OFFICER = "officer", _("董监高")
    RELATED_PARTY = "related_party", _("关联方")
    OTHER = "other", _("其他")


class RepaymentMethod(models.TextChoices):
    CASH = "cash", _("现金归还")
    COLLECTION = "collection", _("清收")
    ASSET_OFFSET = "asset_offset", _("以资抵债")
    THIRD_PARTY = "third_party", _("代偿")
    DIVIDEND_OFFSET = "dividend_offset", _("以股抵债/红利抵偿")
    OTHER = "other", _("其他")


class DeadlineStatus(models.TextChoices):
    OPEN = "open", _("未到期")
    MET = "met", _("已完成")
    MISSED = "missed", _("已逾期未完成")
    EXTENDED = "extended", _("已延期")
    CANCELLED = "cancelled", _("已取消")


class DeadlineState(models.TextChoices):
    """Where a deadline stands on a given day: the one meaning of "overdue" (see tracker.models.deadlines)."""

    WAITING = "waiting", _("待触发")  # a statutory step whose step before is still open: it cannot fall due yet
    OPEN = "open", _("未到期")
    DUE = "due", _("今日到期")
    OVERDUE = "overdue", _("已逾期")
    MET = "met", _("已完成")
    MISSED = "missed", _("已逾期未完成")
    CANCELLED = "cancelled", _("已取消")


class DeadlineKind(models.TextChoices):
    RECTIFICATION = "rectification", _("整改/清收")
    SUSPENSION = "suspension", _("停牌")
    DELISTING_WARNING = "delisting_warning", _("实施退市风险警示")
    TERMINATION = "termination", _("终止上市")
    DISCLOSURE = "disclosure", _("信息披露")
    OTHER = "other", _("其他")


class SourceKind(models.TextChoices):
    NEWS = "news", _("新闻报道")
    COMPANY_ANNOUNCEMENT = "company_announcement", _("公司公告")
    EXCHANGE_NOTICE = "exchange_notice", _("交易所公告")
    REGULATOR_NOTICE = "regulator_notice", _("监管机构公告")
    OTHER = "other", _("其他")
