"""Choice sets for companies: English values stored, Chinese labels shown."""
from django.db import models
from django.utils.translation import gettext_lazy as _


class Exchange(models.TextChoices):
    SSE = "SSE", _("上海证券交易所")
    SZSE = "SZSE", _("深圳证券交易所")
    BSE = "BSE", _("北京证券交易所")


class Board(models.TextChoices):
    MAIN = "main", _("主板")
    STAR = "star", _("科创板")
    CHINEXT = "chinext", _("创业板")
    BSE = "bse", _("北交所")
    B_SHARE = "b_share", _("B股")


class RiskStatus(models.TextChoices):
    NORMAL = "normal", _("正常")
    ST = "ST", "ST"
    STAR_ST = "*ST", "*ST"
    DELISTED = "delisted", _("已退市")


class TriggerFamily(models.TextChoices):
    FINANCIAL = "financial", _("财务类")
    REGULATORY = "regulatory", _("规范类")
    MAJOR_VIOLATION = "major_violation", _("重大违法类")
    TRADING = "trading", _("交易类")
    RESTRUCTURING = "restructuring", _("破产重整")
    OTHER = "other", _("其他")


class NameKind(models.TextChoices):
    FULL = "full", _("全称")
    SHORT = "short", _("证券简称")
    ALIAS = "alias", _("别称")
