"""Reference data every installation needs: CSMAR violation types and the standing regulators."""
from django.db import migrations

VIOLATION_TYPES = [
    ("P2501", "虚构利润"),
    ("P2502", "虚列资产"),
    ("P2503", "虚假记载(误导性陈述)"),
    ("P2504", "推迟披露"),
    ("P2505", "重大遗漏"),
    ("P2506", "披露不实(其它)"),
    ("P2507", "欺诈上市"),
    ("P2508", "出资违规"),
    ("P2509", "擅自改变资金用途"),
    ("P2510", "占用公司资产"),
    ("P2511", "内幕交易"),
    ("P2512", "违规买卖股票"),
    ("P2513", "操纵股价"),
    ("P2514", "违规担保"),
    ("P2515", "一般会计处理不当"),
    # CSMAR groups P2516-P2524 as tax offences; the individual labels are not in our sources.
    *[(f"P25{n}", f"涉税违规（{n - 15}）") for n in range(16, 25)],
    ("P2599", "其他"),
]

ISSUERS = [
    ("中国证监会", "csrc", "证监会,中国证券监督管理委员会"),
    ("上交所", "exchange", "上海证券交易所"),
    ("深交所", "exchange", "深圳证券交易所"),
    ("北交所", "exchange", "北京证券交易所"),
    ("交易所", "exchange", "证券交易所"),
    ("中证投服中心", "investor_service", "中证中小投资者服务中心"),
]


def load(apps, schema_editor):
    ViolationType = apps.get_model("tracker", "ViolationType")
    Issuer = apps.get_model("tracker", "Issuer")
    for code, name in VIOLATION_TYPES:
        ViolationType.objects.update_or_create(code=code, defaults={"name": name})
    for name, kind, aliases in ISSUERS:
        Issuer.objects.get_or_create(name=name, defaults={"kind": kind, "aliases": aliases})


class Migration(migrations.Migration):
    dependencies = [("tracker", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
