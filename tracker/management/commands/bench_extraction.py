"""``manage.py bench_extraction``: pages per second of the extractor on one core."""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tracker.extraction import extract
from tracker.extraction.sentences import segment
from tracker.extraction.text import clean_text, to_simplified
from tracker.review.jobs import known_company_names

# A made-up page (~3,000 characters): several articles, most of them not about enforcement.
_ARTICLES = (
    "储能产业迎来新一轮扩张\n本报记者 示例\n"
    "今年以来，多地出台支持新型储能发展的政策，产业链上下游企业加快布局。据行业协会统计，一季度国内新增装机规模同比增长超过六成，"
    "锂电池储能仍占主导地位。业内人士认为，随着电力市场改革推进，储能项目的收益模式将更加多元，独立储能电站有望获得更多调度机会。"
    "与此同时，部分企业面临产能过剩与价格下行的双重压力，行业整合或将加速。\n",
    "多家公司摘帽复牌\n本报记者 示例\n"
    "6月3日，青禾农业股份有限公司(以下简称“青禾农业”)股票停牌一天。青禾农业表示，公司股票将于6月4日复牌并撤销退市风险警示及"
    "其他风险警示，股票简称由“*ST青禾”变更为“青禾农业”。另一家公司远山药业股份有限公司(即“ST远山”)称，自6月5日起撤销其他风险警示。\n",
    "资金占用整改进入倒计时\n本报记者 示例\n"
    "5月30日，云南证监局发布公告，对北岸物流股份有限公司(以下简称“北岸物流”)采取责令改正措施，并对董事长周明辉、财务总监"
    "李晓峰采取出具警示函措施。北岸物流公告称，公司须在2025年8月30日前归还2.35亿元被占用资金，逾期未归还的，股票将被实施退市风险警示。"
    "截至5月31日，控股股东对公司非经营性资金占用余额为1.86亿元。同日，北岸物流还收到交易所下发的监管工作函。\n",
    "消费电子回暖带动供应链修复\n本报记者 示例\n"
    "随着新品发布周期到来，消费电子产业链订单逐步回暖。多家上市公司在投资者关系活动中表示，二季度产能利用率明显提升，"
    "部分企业已恢复满产。分析人士指出，人工智能终端的普及有望带来换机需求，但全球需求复苏节奏仍存在不确定性，企业需要加强成本控制。"
    "与此同时，上游原材料价格波动较大，对企业的库存管理提出更高要求，龙头企业凭借规模优势有望进一步提升市场份额。\n",
)


def sample_page(target_chars=3000):
    page = ""
    while len(page) < target_chars:
        page += "".join(_ARTICLES)
    return page[:target_chars]


class Command(BaseCommand):
    help = "Measure extraction speed (pages per second, one core) on a ~3,000-character page."
    requires_system_checks = []

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group()
        source.add_argument("--file", help="benchmark this page instead of the built-in one")
        source.add_argument("--dir", help="benchmark every *.txt page in this folder, each in turn (real pages: "
                                          "the built-in page repeats its stories, which a page's caches may serve)")
        parser.add_argument("--seconds", type=float, default=3.0, help="how long to run (default 3)")
        parser.add_argument("--published", default="2025-06-06")

    def handle(self, *args, **options):
        if options["file"]:
            corpus = [self.read(Path(options["file"]))]
            described = f"page: {self.characters(corpus[0])} characters"
        elif options["dir"]:
            files = sorted(Path(options["dir"]).glob("*.txt"))
            if not files:
                raise CommandError(f"no *.txt page in {options['dir']}")
            corpus = [self.read(path) for path in files]
            sizes = [self.characters(page) for page in corpus]
            described = f"pages: {len(corpus)} files of {sum(sizes) // len(sizes)} characters on average"
        else:
            corpus = [sample_page()]
            described = f"page: {len(corpus[0])} characters"
        # As the review queue runs it: with every name of the listed-company registry.
        known = known_company_names()
        extract(corpus[0], options["published"], known_names=known)  # warm-up: compiled regexes, imports
        pages = 0
        started = time.perf_counter()
        deadline = started + options["seconds"]
        while time.perf_counter() < deadline:
            extract(corpus[pages % len(corpus)], options["published"], known_names=known)
            pages += 1
        elapsed = time.perf_counter() - started
        rate = pages / elapsed
        bound = self.lower_bound(corpus, options["seconds"])
        self.stdout.write(f"{described}; {pages} pages in {elapsed:.2f} s")
        self.stdout.write(f"known company names: {len(known)}")
        self.stdout.write(f"extraction speed: {rate:.1f} pages/s ({1000 / rate:.2f} ms per page)")
        # What every extraction must do at least, measured in the same run: decode, clean, split sentences.
        self.stdout.write(f"lower bound (cleaning + sentences): {bound:.1f} pages/s; extraction takes "
                          f"{bound / rate:.1f}x its time")
        self.stdout.write(f"pages_per_second={rate:.0f}")

    @staticmethod
    def read(path):
        try:
            return path.read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror or error}") from error

    @staticmethod
    def characters(page):
        return len(page.decode("utf-8", errors="replace"))

    @staticmethod
    def lower_bound(corpus, seconds):
        texts = [page.decode("utf-8", errors="replace") if isinstance(page, bytes) else page for page in corpus]
        pages, started = 0, time.perf_counter()
        while time.perf_counter() < started + seconds:
            segment(to_simplified(clean_text(texts[pages % len(texts)], simplified=False)))
            pages += 1
        return pages / (time.perf_counter() - started)
