"""From the events found sentence by sentence to the records of a page.

The last stage of the extractor: labels of stacked warnings settled against the page, undated
changes given the day the page fixes, one record per fact (a fact reported twice is merged, an
undated mention folds into the dated one), a confidence for the curator, and the names and quotes
given back in the page's own characters.
"""

import datetime
import re

from . import patterns as P
from .dates import find_dates
from .details import number_core
from .names import GENERIC_NAMES, find_all, st_label, without_site_remark

# "实施起始日为2025年4月30日", "起始日:2025年5月6日": the day a change starts, on a page of its own.
_START_DAY_RE = re.compile(
    r"(?P<verb>实施|撤销)?(?:退市风险警示|其他风险警示|风险警示)?的?起始日(?:期)?(?:为|是|:)\s*"
    r"(?P<date>(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
)
_FINANCIAL_STAR_RE = re.compile(
    r"(?P<year>(?:19|20)\d\d)年度(?:的)?(?:财务会计报告|财务报告|审计报告|经审计)[^。;]{0,40}?(?:而)?被实施(?:的)?退市风险警示"
)
_DAY = r"(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日"
_START_TRADING_RE = re.compile(
    # (The characters a match can start with, looked ahead for: the optional year would be tried at every position of
    # the page. Keep it in step with the alternatives.)
    r"(?=[\d恢复])"
    rf"(?:(?P<date>{_DAY})(?:\([^()]{{1,6}}\))?(?:开市)?起?(?:恢复上市|复牌|撤销|摘帽|恢复交易)"
    # "公司股票恢复上市的首个交易日为8月10日"
    rf"|(?:恢复上市|复牌)(?:后)?的?首个交易日为(?P<first>{_DAY}))"
)
# Every match holds one of these words (恢复 for 恢复上市 and 恢复交易), at most 22 characters after its start, and
# ends at most 23 characters after the word's start. Keep them in step with the pattern.
_START_TRADING_WORDS = ("恢复", "复牌", "撤销", "摘帽")


def _start_trading_matches(text):
    """``_START_TRADING_RE.finditer(text)``, tried only near the words each match holds: the pattern opens with no
    character the regex engine can skip to, and was tried at every position of the page (0.3 ms a page)."""
    places = sorted({at for word in _START_TRADING_WORDS for at in find_all(text, word)})
    end = 0
    for at in places:
        start = max(end, at - 26)
        if start > at:
            continue  # within the match before
        # (A match starting by the word ends within 50 characters of it: the text beyond cannot change it.)
        match = _START_TRADING_RE.search(text, start, at + 50)
        if match and match.start() <= at:
            yield match
            end = match.end()


class RecordsMixin:
    """The page-level steps of :class:`.extractor._PageExtractor` that turn its findings into records."""

    def _financial_star_after(self, root, day):
        """Whether the page dates the company's *ST after ``day``.

        A financial *ST rests on a year's audited report ("因公司2024年度的财务会计报告被出具无法
        表示意见的审计报告而被实施的退市风险警示"), so it cannot start before that report is out,
        in the spring of the next year (DOMAIN.md): on an earlier day the stock was not yet *ST.
        """
        years = [int(m.group("year")) for m in _FINANCIAL_STAR_RE.finditer(self.text)]
        return bool(years) and day < f"{min(years) + 1}-03-01"

    def _stacked_labels(self):
        """A warning stacked on another keeps the label the stock had on that day.

        Not today's label: a stock shown as *ST on the page was ST when a warning was stacked
        before the page's own *ST imposition. Otherwise the label the page's names show.
        """
        find = self.registry.find
        for record in self.status_changes:
            if not record.get("_stacked") or record["from"] != record["to"]:
                continue
            root, day = find(record["_root"]), record["effective_date"]
            later_star = day is not None and any(
                find(other["_root"]) == root
                and other["to"] == "*ST"
                and other.get("from") != "*ST"
                and other["effective_date"]
                and other["effective_date"] > day
                for other in self.status_changes
            )
            labels = {st_label(n) for n in self.registry.names_of(root, self.order)} - {"normal"}
            if later_star or (day is not None and self._financial_star_after(root, day)):
                label = "ST"
            elif st_label(record["company"]) != "normal":
                label = st_label(record["company"])
            elif len(labels) == 1:
                label = labels.pop()
            else:
                # No label in the names: the one the page's last earlier change gave ("自2021年5月6日起被实施其他
                # 风险警示…已于2021年6月2日起被叠加实施其他风险警示" stacks on ST), else the pattern's.
                earlier = sorted(
                    (other["effective_date"], other["to"])
                    for other in self.status_changes
                    if find(other["_root"]) == root and not other.get("_stacked") and day is not None
                    and other["effective_date"] and other["effective_date"] < day and other["to"] in ("ST", "*ST")
                )
                label = earlier[-1][1] if earlier else record["to"]
            record["from"] = record["to"] = label

    def _near_publication(self, day):
        """Whether a page's names (labels of its day) tell the label on ``day``: undated, or within a month."""
        if day is None:
            return True
        return self.published is not None and abs((day - self.published).days) <= 31

    def _day(self, expression):
        found = find_dates(expression, self.published)
        return found[0].value if found else None

    def _start_day(self):
        """The one day the page says the stock starts trading under new terms, if only one.

        "公司股票将于2021年8月10日起恢复上市" / "自6月12日开市起复牌": an undated removal in the
        headline takes effect then.
        """
        days = set()
        for match in _start_trading_matches(self.text):
            found = find_dates(match.group("date") or match.group("first"), self.published)
            if found and found[0].value:
                days.add(found[0].value)
        return days.pop() if len(days) == 1 else None

    def _confidence(self, record):
        """How sure the record is, 0-1, from what its sentence states (for the curator's eye, not a probability).

        A record whose sentence names the company, fixes the day and names who acted (or the
        label before, or the amount) stands on its own; one that leans on 公司 or on a date or
        regulator from elsewhere in the article needs a closer look.
        """
        score = 0.5
        score += 0.2 if record.get("_named") else 0.0
        day = record.get("date", record.get("effective_date", record.get("due_date", record.get("as_of"))))
        score += 0.15 if day else 0.0
        detail = record.get("regulator") or record.get("from") or record.get("amount_yuan") or record.get("occupier")
        score += 0.1 if detail else 0.0
        if record.get("company_code") or self.registry.is_known(record["_root"]):
            score += 0.05
        return round(min(score, 0.99), 2)

    def _result(self):
        find = self.registry.find
        self._stacked_labels()
        if any(r["effective_date"] is None and r["to"] == "normal" for r in self.status_changes):
            start = self._start_day()
            for r in self.status_changes:
                if start and r["effective_date"] is None and r["to"] == "normal":
                    r["effective_date"] = start.isoformat()
        if any(r["effective_date"] is None for r in self.status_changes):
            # "实施起始日为2025年4月30日" in a notice of its own: the day of its undated change.
            # (Every match holds 起始日: a page without one is not scanned, a scan that tries each of its positions.)
            starts = {(m.group("verb") == "撤销", self._day(m.group("date")))
                      for m in (_START_DAY_RE.finditer(self.text) if "起始日" in self.text else ())}
            starts = {(lifting, day) for lifting, day in starts if day}
            if len(starts) == 1:
                lifting, day = starts.pop()
                for r in self.status_changes:
                    lifts = r["to"] == "normal" or (r["from"] == "*ST" and r["to"] == "ST")
                    # (Not a delisting: "退市整理期的交易起始日" is when its last trading starts, not the day it leaves.)
                    if r["effective_date"] is None and not r.get("_stacked") and lifts == lifting and r["to"] != "delisted":
                        r["effective_date"] = day.isoformat()
        # A change dated by the regulator's consent is the change the page dates elsewhere by its effective day.
        # ("撤销退市风险警示 *ST示例7月5日起停牌一天 2024-07-04 19:57" over "上交所于2024年7月4日同意撤销…自2024年7月8日
        # 起…撤销": a headline dated by the page's stamp on the day of consent is that change too.)
        consent = {(find(root), to, day.isoformat()) for root, to, day in self.approval_days}
        for r in self.status_changes:
            if (find(r["_root"]), r["to"], r["effective_date"]) in consent:
                r["_approval"] = True
        effective = {(find(r["_root"]), r["to"], r["effective_date"]) for r in self.status_changes
                     if r["effective_date"] and not r.get("_approval")}
        for r in self.status_changes:
            if r.pop("_approval", False) and any(
                root == find(r["_root"]) and to == r["to"] and day != r["effective_date"] for root, to, day in effective
            ):
                r["effective_date"] = None
        # A warning stacked on a label (from == to) is a change of its own beside the label itself.
        status = _dedupe(
            self.status_changes, lambda r: (find(r["_root"]), r["to"], bool(r.get("_stacked"))), "effective_date"
        )
        # "将被实施退市风险警示…同时将被叠加实施其他风险警示": the stacked warning is a change of its own, added on the
        # day of the *ST it comes with (when it has no day of its own), under the *ST label. Only where the text says
        # 叠加: "被实施退市风险警示及其他风险警示" is the one change the *ST label shows.
        imposed = {}
        for r in status:
            if r["to"] == "*ST" and not r.get("_stacked"):
                imposed.setdefault(find(r["_root"]), set()).add(r["effective_date"])
        for r in status:
            days = imposed.get(find(r["_root"]))
            if not (r.get("_stacked") and r["to"] in ("*ST", "ST") and days):
                continue
            if r.get("_worded_stack") and r["from"] == "ST" and r["to"] == "*ST" and len(days) == 1 and (
                    r["effective_date"] in (None, *days)):
                # "ST张家界:…叠加实施退市风险警示" beside "自11月5日起被实施退市风险警示": the delisting warning put on
                # an ST stock is the one change its label shows, ST to *ST.
                for other in status:
                    if (other is not r and find(other["_root"]) == find(r["_root"]) and other["to"] == "*ST"
                            and not other.get("_stacked") and other["effective_date"] in days):
                        other["from"] = other["from"] or "ST"
                r["_drop"] = True
            elif r.get("_worded_stack"):
                if len(days) == 1 and r["effective_date"] in (None, *days):
                    r["effective_date"], r["from"], r["to"] = next(iter(days)), "*ST", "*ST"
            elif any(r["effective_date"] is None and day or r["effective_date"] == day for day in days):
                r["_drop"] = True  # an inferred stacking beside the imposition it comes with is that change
        status = _dedupe([r for r in status if not r.pop("_drop", False)],
                         lambda r: (find(r["_root"]), r["to"], bool(r.get("_stacked"))), "effective_date")
        # "将被叠加实施其他风险警示" of a stock the page renames from its plain name to ST ("由“中示建设”变为“ST中示”"):
        # nothing was there to stack on; the imposition is the change.
        plain_to_st = {(find(r["_root"]), r["effective_date"]) for r in status if r["from"] == "normal" and r["to"] == "ST"}
        status = [
            r
            for r in status
            if not (
                r.get("_stacked")
                and r["to"] == "ST"
                and any(root == find(r["_root"]) and r["effective_date"] in (None, day) for root, day in plain_to_st)
            )
        ]
        # ST imposed together with *ST shows as *ST: an undated or same-day "to ST" beside a "to *ST" is that one change.
        starred = {(find(r["_root"]), r["effective_date"]) for r in status if r["to"] == "*ST"}
        status = [
            r
            for r in status
            if not (
                r["to"] == "ST"
                and r["from"] in (None, "normal")
                and any(root == find(r["_root"]) and r["effective_date"] in (None, day) for root, day in starred)
            )
        ]
        # "撤销退市风险警示…继续实施其他风险警示": a bare "撤销退市风险警示" elsewhere in the
        # same announcement is that *ST -> ST change, not a return to normal.
        starred_off = {}
        for r in status:
            if r["from"] == "*ST" and r["to"] == "ST":
                starred_off.setdefault(find(r["_root"]), r)
        kept_status = []
        for r in status:
            partner = starred_off.get(find(r["_root"]))
            if partner is not None and r["from"] == "*ST" and r["to"] == "normal":
                if partner["effective_date"] is None and r["effective_date"] is not None:
                    partner["effective_date"] = r["effective_date"]
                if r["effective_date"] in (None, partner["effective_date"]):
                    continue
            kept_status.append(r)
        status = kept_status
        # A company leaves the market once: the decision to delist it and the day its shares leave ("将在6月27日
        # 被摘牌"), weeks apart (months, when a review and the 30-day 退市整理期 come between), are one delisting,
        # dated by the later day.
        last_delisting = {}
        for r in status:
            if r["to"] == "delisted" and r["effective_date"]:
                root = find(r["_root"])
                if root not in last_delisting or r["effective_date"] > last_delisting[root]["effective_date"]:
                    last_delisting[root] = r
        kept_status = []
        for r in status:
            last = last_delisting.get(find(r["_root"])) if r["to"] == "delisted" and r["effective_date"] else None
            if last is not None and last is not r and _days_apart(r["effective_date"], last["effective_date"]) <= 120:
                _merge(last, r)
                continue
            kept_status.append(r)
        status = kept_status
        # "陕西证监局和上交所先后…进行了监管警示": one measure from each of two issuers stays two records; another
        # mention of either issuer's measure is that issuer's.
        joint = {(find(r["_root"]), r["measure"], r["regulator"]) for r in self.actions if r.get("_joint")}
        for r in self.actions:
            if (find(r["_root"]), r["measure"], r["regulator"]) in joint:
                r["_joint"] = r["regulator"]
        actions = _dedupe(
            self.actions,
            lambda r: (find(r["_root"]), r["measure"], bool(r.get("proposed")), r["_nth"], r.get("_joint")),
            "date",
        )
        # "时任董事长遭10年市场禁入" in a headline over "拟…采取10年市场禁入措施" in the story: the proposal the
        # headline tells as done, not a second measure.
        proposals = {(find(r["_root"]), r["measure"]): r for r in actions if r.get("proposed") and r["measure"] in P.PENALTIES}
        decided = {(find(r["_root"]), r["measure"]) for r in actions if not r.get("proposed") and r["date"]}
        kept_actions = []
        for r in actions:
            key = (find(r["_root"]), r["measure"])
            if r["date"] is None and not r.get("proposed") and key in proposals and key not in decided:
                _merge(proposals[key], r)
            else:
                kept_actions.append(r)
        actions = kept_actions
        # "收到上交所监管函" in a headline over "收到…《…监管工作函》" in the story: the short name of that letter.
        # (Undated, or the same day: a lead glued to its headline dates both.)
        # ("帕瓦示例再收监管函" over "收到浙江证监局警示函": a bureau's warning letter, as the press calls it loosely; a
        # bureau sends no 监管函.)
        work_letters = [r for r in actions if r["measure"] == "work_letter"]
        bureau_letters = [r for r in actions if r["measure"] == "warning_letter" and r["regulator"]
                          and r["regulator"].endswith(("证监局", "监管局"))]
        kept_actions = []
        for r in actions:
            same = None
            if r["measure"] == "regulatory_letter":
                # ("…下发监管工作函。当晚,X收到了监管函": the letter's day told under its short name.)
                same = next((w for w in work_letters if find(w["_root"]) == find(r["_root"])
                             and r["regulator"] in (None, w["regulator"])
                             and (r["date"] is None or w["date"] in (None, r["date"]))), None)
                if same is None:
                    # ("汉仪示例收到北京证监局监管函" over that bureau's 警示函: the same, the bureau named; but not a
                    # letter of its own number, nor an item of a tally beside it, "监管函2次、警示函1次".)
                    same = next((w for w in bureau_letters if find(w["_root"]) == find(r["_root"])
                                 and r["date"] in (None, w["date"]) and (r["regulator"] is None or (
                                     r["regulator"] == w["regulator"] and not r["document_number"]
                                     and r["evidence_start"] != w["evidence_start"]))), None)
            if same:
                _merge(same, r)
                same["date"] = same["date"] or r["date"]
            else:
                kept_actions.append(r)
        actions = kept_actions
        # "中青宝再吃罚单" over a story of a 责令改正 alone: the press's ticket is that measure, no fine of its own.
        supervised = {find(r["_root"]) for r in actions if r["measure"] not in P.PENALTIES}
        penalised = {find(r["_root"]) for r in actions if r["measure"] in P.PENALTIES and "罚单" not in r["evidence"]}
        actions = [r for r in actions if not (
            r["measure"] == "fine" and r["amount_yuan"] is None and "罚单" in r["evidence"] and "罚款" not in r["evidence"]
            and find(r["_root"]) in supervised and find(r["_root"]) not in penalised)]
        # A 纪律处分 whose kind another sentence names (公开谴责…) is that measure, not "other".
        disciplined = {find(r["_root"]) for r in actions if r["measure"] in P.DISCIPLINE}
        for generic in [r for r in actions if r.get("_generic") is True and find(r["_root"]) in disciplined]:
            # "前董事长被谴责" in a headline, "昨日,上交所公布的纪律处分决定书" below it: one decision; the
            # undated named measure takes the decision's day and issuer.
            named = [r for r in actions if r["measure"] in P.DISCIPLINE and find(r["_root"]) == find(generic["_root"])]
            if len(named) == 1 and named[0]["date"] is None and generic["date"] is not None:
                named[0]["date"] = generic["date"]
                named[0]["regulator"] = named[0]["regulator"] or generic["regulator"]
        actions = [r for r in actions if not (r.get("_generic") is True and find(r["_root"]) in disciplined)]
        for r in actions:
            if r["measure"] not in P.PENALTIES:
                continue
            # The days the page says the penalty's decision (a proposal: its notice) came, from a compatible issuer.
            came = [(regulator, day) for root, regulator, day, notice in self.penalty_days
                    if find(root) == find(r["_root"]) and notice == bool(r.get("proposed"))
                    and (r["regulator"] is None or regulator in (None, r["regulator"])
                         # ("公告收到厦门证监局《行政处罚决定书》…中国证监会已对其给予警告": a bureau decides in the
                         # CSRC's name, and the press names either.)
                         or (r["regulator"] == "中国证监会" and regulator and regulator.endswith("证监局")))]
            told = r["date"]
            if told is not None and r["regulator"] is None:
                # "公司于6月24日收到河北证监局下发的《行政处罚决定书》。…决定对公司给予警告": a penalty of the day its
                # decision came, told without its issuer, is that issuer's.
                issuers = {regulator for regulator, day in came if regulator and day.isoformat() == told}
                if len(issuers) == 1:
                    r["regulator"] = issuers.pop()
            if told is not None:
                # "中新经纬1月21日电 …拟决定对X责令改正,给予警告,并处罚150万元。…2024年1月18日,公司收到…《行政处罚事先告知书》":
                # the penalty a story reports days after the notice came is that notice's, dated by its receipt.
                came = [(regulator, day) for regulator, day in came
                        if 0 < (datetime.date.fromisoformat(told) - day).days <= 10]
            # "*ST文投收《行政处罚决定书》 被处350万元罚款" over "公司于10月18日收到辽宁证监局下发的《行政处罚决定书》":
            # the penalty takes the day its decision came, when the page gives one.
            days = {day for _, day in came}
            if len(days) == 1:
                r["date"] = days.pop().isoformat()
                issuers = {regulator for regulator, _ in came if regulator}
                if told is None and r["regulator"] is None and len(issuers) == 1:
                    r["regulator"] = issuers.pop()
                _date_its_order(actions, r, told, find)
        # A 行政监管措施决定书 whose kind another sentence names (警示函, 责令改正…) is that measure.
        named = {find(r["_root"]) for r in actions if not r.get("_generic") and r["measure"] in _SUPERVISORY}
        for generic in [r for r in actions if r.get("_generic") == "measure" and find(r["_root"]) in named]:
            # "公司于2026年1月20日收到大连证监局《行政监管措施决定书》" below "…收到大连证监局出具的警示函" on a
            # year-less day: one decision; the undated measure it names takes the decision's day.
            kinds = [r for r in actions if not r.get("_generic") and r["measure"] in _SUPERVISORY
                     and find(r["_root"]) == find(generic["_root"])]
            # ("《关于…对公司采取责令公开说明及责令改正措施的决定》…于2019年8月13日收到…《行政监管措施决定书》": the
            # measures one title names are one decision's, and take its day together.)
            if (kinds and len({r["evidence_start"] for r in kinds}) == 1 and generic["date"] is not None
                    and all(r["date"] is None and r["regulator"] in (None, generic["regulator"]) for r in kinds)):
                for kind in kinds:
                    kind["date"] = generic["date"]
        actions = [r for r in actions if not (r.get("_generic") == "measure" and find(r["_root"]) in named)]
        deadlines = _dedupe(self.deadlines, lambda r: (find(r["_root"]),), "due_date")
        occupations = _dedupe(self.occupations, lambda r: (find(r["_root"]), r["amount_yuan"]), "as_of")
        # `companies` holds the subjects of the contract's records; a company only a balance of occupied funds
        # is about goes to `occupation_companies`, so the review queue can still propose it.
        companies, occupation_companies = [], []
        used = {}
        for root, position in self.used_companies.items():
            used.setdefault(find(root), position)
        recorded = {find(r["_root"]) for r in status + actions + deadlines}
        occupied = {find(r["_root"]) for r in occupations}
        for root in sorted(used, key=used.get):
            if root not in recorded and root not in occupied:
                continue
            names = list(dict.fromkeys(without_site_remark(n) for n in self.registry.names_of(root, self.order)
                                       if n not in GENERIC_NAMES))
            # (Not "中金公司", "九号公司": listed short names that end so, as the registry knows them.)
            full = next((n for n in names if n.endswith(("有限公司", "有限责任公司"))
                         or (n.endswith("公司") and n not in self.registry.known)), None)
            short = [n for n in names if n != full and not n.endswith("有限公司")]  # (nor a former full name)
            (companies if root in recorded else occupation_companies).append(
                {"full_name": full, "short_names": short, "code": self.registry.code(root)}
            )
        for record in actions:
            parties = record.pop("_parties", None)
            if parties and not record["persons"]:
                record["persons"] = parties
                record["targets"] = [{"name": name, "title": ""} for name in parties]
        for record in status + actions + deadlines + occupations:
            record["confidence"] = self._confidence(record)
            record.pop("_root", None)
            record.pop("_stacked", None)
            record.pop("_worded_stack", None)
            record.pop("_named", None)
            record.pop("_nth", None)
            record.pop("_again", None)
            record.pop("_joint", None)
            record.pop("_month", None)
            record.pop("_month_day", None)
            record.pop("_generic", None)
        return {
            "companies": companies,
            "status_changes": status,
            "enforcement_actions": actions,
            "deadlines": deadlines,
            "occupations": occupations,
            "occupation_companies": occupation_companies,
        }


def _date_its_order(actions, penalty, told, find):
    """The order to rectify that the penalty's decision gives, told in the same sentence on the same day (``told``),
    takes the day the penalty was just given ("拟决定对X责令改正,给予警告,并处罚150万元")."""
    for other in actions:
        if (other["measure"] == "rectification_order" and other["date"] == told
                and other["evidence_start"] == penalty["evidence_start"] and find(other["_root"]) == find(penalty["_root"])):
            other["date"] = penalty["date"]
            other["regulator"] = other["regulator"] or penalty["regulator"]  # (the issuer the penalty's notice names)


def _dedupe(records, key, date_field):
    """One record per key and date; an undated record folds into a dated one with the same key."""
    grouped = {}
    for record in records:
        grouped.setdefault(key(record), []).append(record)
    kept = []
    for group in grouped.values():
        by_date = {}
        others = {}  # (date, number) -> the record of another document that day
        for record in group:
            date = record[date_field]
            if date is None and date in by_date and None not in (record.get("_month"), by_date[None].get("_month")) and (
                    record["_month"] != by_date[None]["_month"]):
                # "同年6月,江苏证监局也对X出具警示函" and "同年8月,江苏证监局再次对X出具警示函" a year later: two.
                kept.append(record)
            elif date in by_date and (_other_documents(by_date[date], record) or _other_issuers(by_date[date], record)):
                # "《关于…关注函〔2024〕第30号的回复公告》以及《关于…关注函〔2024〕第34号的回复公告》": two letters
                # (each named once, however often the page names it). "4月25日收到江苏证监局下发的关注函,当日公司也
                # 收到了深交所发来的关注函": two letters, from a bureau and from the exchange.
                document = number_core(record["document_number"]) or _issuer_family(record)
                same = others.get((date, document))
                if same is not None:
                    _merge(same, record)
                else:
                    others[(date, document)] = record
                    kept.append(record)
            elif date in by_date:
                _merge(by_date[date], record)
            else:
                by_date[date] = record
        if date_field == "date" and len(by_date) > 1:
            # Received on the 20th, announced on the 21st: one measure reported with two days; keep the first.
            # ("11月9日,证监会决定对其立案调查" and "11月26日晚间,公司公告收到《立案告知书》": the notice of a decision
            # may take weeks to come; no company is investigated twice in a month.)
            days = sorted(d for d in by_date if d)
            span = 31 if group[0]["measure"] == "investigation" else 3
            for earlier, later in zip(days, days[1:], strict=False):
                if (earlier in by_date and _days_apart(earlier, later) <= span
                        and not _other_documents(by_date[earlier], by_date[later]) and not by_date[later].get("_again")):
                    _merge(by_date[earlier], by_date.pop(later))
            # "贵所于2017年4月28日出具的年报问询函【2017】第83号" in a reply dated 5月12日 that names the same letter in
            # its title: one number is one document, dated by the earlier day (the day it was issued).
            first_of_number = {}
            for day in sorted(d for d in by_date if d):
                number = number_core(by_date[day].get("document_number"))
                if number and number in first_of_number:
                    _merge(by_date[first_of_number[number]], by_date.pop(day))
                elif number:
                    first_of_number[number] = day
        if None in by_date and len(by_date) > 1:
            undated = by_date.pop(None)
            month = undated.get("_month")
            # ("证监会决定对X立案,并在2024年8月向X下发立案告知书": the month of the notice, in the sentence of the
            # decision, is the same investigation.)
            # ("1月18日晚间,…收到…警示函" with no year beside "2023年7月14日,公司收到…警示函": another day, another one.)
            # (Not when the days are as near as a receipt and its announcement: "12月22日晚,…公告…遭证监会立案调查".)
            month_day = undated.get("_month_day")
            span = 31 if undated.get("measure") == "investigation" else 3
            same_month = [r for day, r in by_date.items() if (not month or day.startswith(month)) and (
                not month_day or _near_month_day(day, month_day, span)) or r["evidence_start"] == undated["evidence_start"]]
            if date_field == "effective_date" and undated["from"] == "*ST" and undated["to"] == "ST":
                # "自2019年6月5日起被实施其他风险警示" and, later, "撤销退市风险警示…简称由“*ST天圣”变更为“ST天圣”": the
                # *ST lifted is not the ST imposed on a day before; only a dated lift of *ST takes the undated one.
                same_month = [r for r in same_month if r["from"] == "*ST"]
            if same_month:
                _merge(same_month[0], undated)
            else:
                by_date[None] = undated
        kept.extend(by_date.values())
    return sorted(kept, key=lambda r: r["evidence_start"])


def _near_month_day(day, month_day, span):
    """Whether ``day`` (ISO) and the year-less ``month_day`` (MM-DD) of its year, or of the year around it, are at most
    ``span`` days apart."""
    dated = datetime.date.fromisoformat(day)
    month, dom = (int(part) for part in month_day.split("-"))
    for year in (dated.year - 1, dated.year, dated.year + 1):
        try:
            if abs((datetime.date(year, month, dom) - dated).days) <= span:
                return True
        except ValueError:
            continue  # (29 February of a year without it)
    return False


def _other_documents(first, second):
    """Whether two records name different documents by number (each names one)."""
    if not (first.get("document_number") and second.get("document_number")):
        return False  # (most records name none; asked of every pair merged, so read only when both do)
    if first.get("measure") in P.PENALTIES:
        return False  # "事先告知书处罚字[2017]16号、…17号、…18号": one case's notices to its parties, the one measure
    if first.get("_to_persons") or second.get("_to_persons"):
        # "公司及实控人罗静收到江苏证监局《关于对X公司采取出具警示函措施的决定》[2020]14号和《关于对罗静采取…的决定》
        # [2020]13号": a decision addressed to the company's people alone is the company's measure of that day. (Not
        # one on the company beside one on its controlling shareholder, a company: each its own.)
        return False
    numbers = number_core(first["document_number"]), number_core(second["document_number"])
    return all(numbers) and numbers[0] != numbers[1]


# The two kinds of issuer whose documents are never one: an exchange's and the CSRC's (a bureau's) own.
_EXCHANGES = {"上交所", "深交所", "北交所", "交易所", "全国股转公司"}


def _issuer_family(record):
    regulator = record.get("regulator") or ""
    if regulator in _EXCHANGES:
        return "exchange"
    return "csrc" if "证监" in regulator or regulator.endswith("监管局") else None


def _other_issuers(first, second):
    """Whether two records of a measure name issuers that never send one document together (an exchange, a bureau)."""
    families = _issuer_family(first), _issuer_family(second)
    return all(families) and families[0] != families[1]


def _days_apart(first, second):
    return (datetime.date.fromisoformat(second) - datetime.date.fromisoformat(first)).days


# A bureau's 行政监管措施: what a 行政监管措施决定书 may be.
_SUPERVISORY = {"warning_letter", "rectification_order", "regulatory_talk", "public_explanation", "other"}


def _merge(target, other):
    for person in other.get("persons", ()):
        if person not in target["persons"]:
            target["persons"].append(person)
    known = {t["name"]: t for t in target.get("targets", ())}
    for person in other.get("targets", ()):
        if person["name"] not in known:
            target.setdefault("targets", []).append(person)
        elif not known[person["name"]].get("title") and person.get("title"):
            known[person["name"]]["title"] = person["title"]
    for code in other.get("violation_types", ()):
        if code not in target.setdefault("violation_types", []):
            target["violation_types"].append(code)
    if not target.get("document_number") and other.get("document_number"):
        target["document_number"] = other["document_number"]
    if target.get("_generic") != other.get("_generic"):
        # "收到陕西证监局监管措施决定书" and "陕西证监局…进行了监管警示": the named measure, not a generic one.
        target.pop("_generic", None)
    if target.get("repaid_yuan") is None and other.get("repaid_yuan") is not None:
        target["repaid_yuan"] = other["repaid_yuan"]
    for name in ("amount_yuan", "regulator", "from", "consequence", "company_code", "occupier"):
        if name in target and target[name] is None and other.get(name) is not None:
            target[name] = other[name]


# Fields that quote the page; they are given back in the page's own characters.
_QUOTED_FIELDS = ("company", "regulator", "obligation", "occupier", "consequence")


def in_page_characters(found, simplified, original):
    """The records with names and quotes as the page writes them (東旭藍天, not 东旭蓝天).

    The rules read the simplified text; ``original`` is the same text character for character
    in the page's own (traditional) characters, so a span of one is the span of the other.
    """

    def restore(value):
        if not isinstance(value, str) or not value:
            return value
        at = simplified.find(value)
        return original[at : at + len(value)] if at >= 0 else value

    for entry in found["companies"] + found["occupation_companies"]:
        entry["full_name"] = restore(entry["full_name"])
        entry["short_names"] = list(dict.fromkeys(restore(name) for name in entry["short_names"]))
    for kind in ("status_changes", "enforcement_actions", "deadlines", "occupations"):
        for record in found[kind]:
            for name in _QUOTED_FIELDS:
                if name in record:
                    record[name] = restore(record[name])
            if "persons" in record:
                record["persons"] = [restore(person) for person in record["persons"]]
            start, end = record.get("evidence_start"), record.get("evidence_end")
            if isinstance(start, int) and isinstance(end, int):
                record["evidence"] = original[start:end]
    return found
