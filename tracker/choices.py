"""Choice sets for the tracker: English values stored, Chinese labels shown."""
from django.db import models


class IssuerKind(models.TextChoices):
    CSRC = "csrc", "中国证监会"
    CSRC_BUREAU = "csrc_bureau", "证监局"
    EXCHANGE = "exchange", "证券交易所"
    COURT = "court", "法院"
    INVESTOR_SERVICE = "investor_service", "中证投服中心"
    OTHER = "other", "其他"


class Measure(models.TextChoices):
    """Measure codes of DOMAIN.md; the extractor emits the same values."""

    WARNING_LETTER = "warning_letter", "警示函"
    RECTIFICATION_ORDER = "rectification_order", "责令改正"
    REGULATORY_TALK = "regulatory_talk", "监管谈话"
    PUBLIC_EXPLANATION = "public_explanation", "责令公开说明"
    WORK_LETTER = "work_letter", "监管工作函"
    INQUIRY_LETTER = "inquiry_letter", "问询函"
    CONCERN_LETTER = "concern_letter", "关注函"
    REGULATORY_LETTER = "regulatory_letter", "监管函"
    CIRCULATED_CRITICISM = "circulated_criticism", "通报批评"
    PUBLIC_CENSURE = "public_censure", "公开谴责"
    UNFIT_DECLARATION = "unfit_declaration", "公开认定不适合担任"
    INVESTIGATION = "investigation", "立案调查"
    WARNING = "warning", "警告"
    FINE = "fine", "罚款"
    CONFISCATION = "confiscation", "没收违法所得"
    MARKET_BAN = "market_ban", "市场禁入"
    OTHER = "other", "其他"


class TargetRole(models.TextChoices):
    COMPANY = "company", "公司"
    CHAIRMAN = "chairman", "董事长"
    ACTUAL_CONTROLLER = "actual_controller", "实际控制人"
    CONTROLLING_SHAREHOLDER = "controlling_shareholder", "控股股东"
    DIRECTOR = "director", "董事"
    SUPERVISOR = "supervisor", "监事"
    GENERAL_MANAGER = "general_manager", "总经理"
    CFO = "cfo", "财务总监"
    BOARD_SECRETARY = "board_secretary", "董事会秘书"
    OFFICER = "officer", "董监高"
    RELATED_PARTY = "related_party", "关联方"
    OTHER = "other", "其他"


class RepaymentMethod(models.TextChoices):
    CASH = "cash", "现金归还"
    COLLECTION = "collection", "清收"
    ASSET_OFFSET = "asset_offset", "以资抵债"
    THIRD_PARTY = "third_party", "代偿"
    DIVIDEND_OFFSET = "dividend_offset", "以股抵债/红利抵偿"
    OTHER = "other", "其他"


class DeadlineStatus(models.TextChoices):
    OPEN = "open", "未到期"
    MET = "met", "已完成"
    MISSED = "missed", "已逾期未完成"
    EXTENDED = "extended", "已延期"
    CANCELLED = "cancelled", "已取消"


class DeadlineState(models.TextChoices):
    """Where a deadline stands on a given day: the one meaning of "overdue" (see tracker.models.deadlines)."""

    WAITING = "waiting", "待触发"  # a statutory step whose step before is still open: it cannot fall due yet
    OPEN = "open", "未到期"
    DUE = "due", "今日到期"
    OVERDUE = "overdue", "已逾期"
    MET = "met", "已完成"
    MISSED = "missed", "已逾期未完成"
    CANCELLED = "cancelled", "已取消"


class DeadlineKind(models.TextChoices):
    RECTIFICATION = "rectification", "整改/清收"
    SUSPENSION = "suspension", "停牌"
    DELISTING_WARNING = "delisting_warning", "实施退市风险警示"
    TERMINATION = "termination", "终止上市"
    DISCLOSURE = "disclosure", "信息披露"
    OTHER = "other", "其他"


class SourceKind(models.TextChoices):
    NEWS = "news", "新闻报道"
    COMPANY_ANNOUNCEMENT = "company_announcement", "公司公告"
    EXCHANGE_NOTICE = "exchange_notice", "交易所公告"
    REGULATOR_NOTICE = "regulator_notice", "监管机构公告"
    OTHER = "other", "其他"
