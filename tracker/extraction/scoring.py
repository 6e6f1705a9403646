"""Scoring the extractor against gold annotations (the shape of EXTRACTION.md), per kind of record.

The matching rules are those the team scores with everywhere (the dev set, the second set of real
pages, the hidden pages): one to one, greedy, in gold order.

- companies: any name of the predicted company equals a name of the gold one;
- status_changes: same company, same ``to`` status, same effective date (a gold date of null matches any);
- enforcement_actions: same company, same measure, same date (a gold null matches any);
- deadlines: same company, same due date.

Names are compared without ST/*ST prefixes, quotes and blanks; a name of four or more characters
also matches a gold full name that contains it.
"""

from dataclasses import dataclass, field

KINDS = ("companies", "status_changes", "enforcement_actions", "deadlines")
_PREFIXES = ("S*ST", "*ST", "SST", "ST")


def _norm(name):
    name = str(name or "").strip().replace("＊", "*").replace(" ", "").replace("\u3000", "").strip("\"'“”‘’「」《》")
    for prefix in _PREFIXES:
        if name.upper().startswith(prefix):
            return name[len(prefix) :]
    return name


def _status(value):
    value = (value or "").strip().replace("＊", "*").upper()
    return "normal" if value in ("", "NONE", "NORMAL", "正常") else value


class _GoldCompanies:
    def __init__(self, companies):
        self.entries = []
        for index, company in enumerate(companies):
            names = {_norm(company.get("full_name"))} | {_norm(n) for n in company.get("short_names") or []}
            names.discard("")
            self.entries.append((index, names, _norm(company.get("full_name"))))

    def resolve(self, name):
        name = _norm(name)
        if not name:
            return None
        for index, names, _ in self.entries:
            if name in names:
                return index
        if len(name) >= 4:
            for index, _, full in self.entries:
                if full and name in full:
                    return index
        return ("unknown", name)


@dataclass
class KindScore:
    hits: int = 0
    gold: int = 0
    predicted: int = 0
    missed: list = field(default_factory=list)
    false: list = field(default_factory=list)

    @property
    def precision(self):
        return self.hits / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self):
        return self.hits / self.gold if self.gold else (1.0 if not self.predicted else 0.0)

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def compare(gold, predicted):
    """``{kind: KindScore}`` for one page."""
    companies = _GoldCompanies(gold.get("companies") or [])

    def same_company(g, p):
        return companies.resolve(g.get("company")) == companies.resolve(p.get("company"))

    rules = {
        "companies": lambda g, p: any(
            companies.resolve(n) == companies.resolve(g.get("full_name") or (g.get("short_names") or [""])[0])
            for n in [p.get("full_name"), *(p.get("short_names") or [])]
            if n
        ),
        "status_changes": lambda g, p: same_company(g, p)
        and _status(g.get("to")) == _status(p.get("to"))
        and (g.get("effective_date") is None or g.get("effective_date") == p.get("effective_date")),
        "enforcement_actions": lambda g, p: same_company(g, p)
        and (g.get("measure") or "") == (p.get("measure") or "")
        and (g.get("date") is None or g.get("date") == p.get("date")),
        "deadlines": lambda g, p: same_company(g, p) and g.get("due_date") == p.get("due_date"),
    }
    scores = {}
    for kind in KINDS:
        gold_items = list(gold.get(kind) or [])
        left = [p for p in predicted.get(kind) or [] if isinstance(p, dict)]
        score = KindScore(gold=len(gold_items), predicted=len(left))
        for g in gold_items:
            for j, p in enumerate(left):
                if rules[kind](g, p):
                    score.hits += 1
                    del left[j]
                    break
            else:
                score.missed.append(g)
        score.false = left
        scores[kind] = score
    return scores


def add(total, page):
    for kind, score in page.items():
        into = total.setdefault(kind, KindScore())
        into.hits += score.hits
        into.gold += score.gold
        into.predicted += score.predicted
    return total
