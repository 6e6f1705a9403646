"""Choice sets for companies: English values stored, Chinese labels shown."""
from django.db import models


class Exchange(models.TextChoices):
    SSE = "SSE", "上海证券交易所"
    SZSE = "SZSE", "深圳证券交易所"
    BSE = "BSE", "北京证券交易所"


class Board(models.TextChoices):
    MAIN = "main", "主板"
    STAR = "star", "科创板"
    CHINEXT = "chinext", "创业板"
    BSE = "bse", "北交所"
    B_SHARE = "b_share", "B股"


class RiskStatus(models.TextChoices):
    NORMAL = "normal", "正常"
    ST = "ST", "ST"
    STAR_ST = "*ST", "*ST"
    DELISTED = "delisted", "已退市"


class TriggerFamily(models.TextChoices):
    FINANCIAL = "financial", "财务类"
    REGULATORY = "regulatory", "规范类"
    MAJOR_VIOLATION = "major_violation", "重大违法类"
    TRADING = "trading", "交易类"
    RESTRUCTURING = "restructuring", "破产重整"
    OTHER = "other", "其他"


class NameKind(models.TextChoices):
    FULL = "full", "全称"
    SHORT = "short", "证券简称"
    ALIAS = "alias", "别称"
