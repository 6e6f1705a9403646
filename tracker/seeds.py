"""Load curated seed facts (YAML files in seeds/) into the database.

Contract: every file is validated record by record with the models' own rules, the whole
run is one transaction (a bad record stores nothing and names the file and record), and a
second run over the same files changes nothing: records are matched by natural keys and
only saved when a value differs.
"""
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from companies.models import Company, CompanyName, Person, StatusChange

from .models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    Source,
    ViolationType,
)


class SeedError(Exception):
    """A seed record is invalid; the message names the file and the record."""


@dataclass
class SeedReport:
    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)

    def count(self, model, outcome):
        getattr(self, outcome)[model._meta.verbose_name] += 1

    @property
    def changed(self):
        return sum(self.created.values()) + sum(self.updated.values())


class _SeedYamlLoader(yaml.SafeLoader):
    """Safe YAML without implicit dates, so a bad date is reported with its field name, not as a YAML crash."""


_SeedYamlLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _money(value):
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except ArithmeticError:
        raise ValidationError(f"金额无效：{value!r}") from None


def _date(item, key):
    value = item.get(key)
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError({key: [f"日期无效：{value!r}（应为 YYYY-MM-DD）"]}) from None


class SeedLoader:
    def __init__(self):
        self.report = SeedReport()
        self.sources, self.companies, self.persons, self.actions, self.cases = {}, {}, {}, {}, {}

    # --- generic upsert ----------------------------------------------------
    def upsert(self, model, lookup, values=None):
        """Get by `lookup`, set `values`; save (validated) only when new or different."""
        values = values or {}
        instance = model.objects.filter(**lookup).first()
        outcome = "unchanged"
        if instance is None:
            instance = model(**lookup, **values)
            outcome = "created"
        else:
            for name, value in values.items():
                if getattr(instance, name) != value:
                    setattr(instance, name, value)
                    outcome = "updated"
        if outcome != "unchanged":
            instance.full_clean()
            instance.save()
        self.report.count(model, outcome)
        return instance

    def cite(self, record, item):
        key = item.get("source")
        if not key:
            return
        if key not in self.sources:
            raise ValidationError(f"未知的来源键 {key!r}")
        existing = Citation.objects.filter(source=self.sources[key], object_id=record.pk,
                                           content_type__model=record._meta.model_name).exists()
        Citation.cite(record, self.sources[key], passage=item.get("passage", ""))
        self.report.count(Citation, "unchanged" if existing else "created")

    # --- record kinds --------------------------------------------------------
    def load_source(self, key, item):
        self.sources[key] = self.upsert(
            Source,
            {"publication": item.get("publication", ""), "published_on": _date(item, "published_on"),
             "title": item["title"]},
            {"kind": item.get("kind", "news"), "url": item.get("url", "")},
        )

    def find_company(self, item):
        code = str(item.get("code") or "")
        if code:
            company = Company.objects.filter(code=code).first()
            if company:
                return company
        full_names = [n["name"] for n in item.get("names", []) if n.get("kind") == "full"]
        name = CompanyName.objects.filter(kind="full", name__in=full_names).select_related("company").first()
        return name.company if name else None

    def load_company(self, item):
        company = self.find_company(item)
        code = str(item.get("code") or "")
        if company is None:
            company = self.upsert(Company, {"code": code}, {"notes": item.get("notes", "")}) if code else None
            if company is None:
                company = Company(notes=item.get("notes", ""))
                company.full_clean()
                company.save()
                self.report.count(Company, "created")
        else:
            self.report.count(Company, "unchanged")
        for name in item.get("names", []):
            self.upsert(
                CompanyName,
                {"company": company, "name": name["name"], "kind": name.get("kind", "short"),
                 "valid_from": _date(name, "valid_from")},
                {"valid_to": _date(name, "valid_to")},
            )
        self.companies[item["key"]] = company

    def load_person(self, item):
        self.persons[item["key"]] = self.upsert(
            Person, {"name": item["name"], "company": self.companies[item["company"]] if item.get("company") else None},
            {"notes": item.get("notes", "")},
        )

    def load_status_change(self, item):
        change = self.upsert(
            StatusChange,
            {"company": self.companies[item["company"]], "effective_date": _date(item, "effective_date")},
            {
                "from_status": item["from"], "to_status": item["to"], "stacked": item.get("stacked", False),
                "announcement_date": _date(item, "announcement_date"), "trigger": item.get("trigger", "other"),
                "reason": item.get("reason", ""), "suspension_date": _date(item, "suspension_date"),
                "price_limit_pct": _money(item.get("price_limit_pct")),
            },
        )
        self.cite(change, item)

    def load_action(self, item):
        issuer_item = item["issuer"]
        issuer = Issuer.objects.filter(name=issuer_item["name"]).first() or self.upsert(
            Issuer, {"name": issuer_item["name"]},
            {"kind": issuer_item.get("kind", "other"), "aliases": issuer_item.get("aliases", "")},
        )
        action = self.upsert(
            EnforcementAction,
            {"company": self.companies[item["company"]], "issuer": issuer, "measure": item["measure"],
             "decision_date": _date(item, "decision_date"), "document_number": item.get("document_number", "")},
            {"announcement_date": _date(item, "announcement_date"), "summary": item.get("summary", ""),
             "proposed": item.get("proposed", False)},
        )
        codes = item.get("violation_types", [])
        known = set(ViolationType.objects.filter(code__in=codes).values_list("code", flat=True))
        if set(codes) - known:
            raise ValidationError(f"未知的违规类型代码：{sorted(set(codes) - known)}")
        if set(action.violation_types.values_list("code", flat=True)) != set(codes):
            action.violation_types.set(codes)
        for target in item.get("targets", []):
            person = self.persons[target["person"]] if target.get("person") else None
            self.upsert(ActionTarget, {"action": action, "person": person},
                        {"role": target.get("role", "company"), "amount_yuan": _money(target.get("amount_yuan")),
                         "note": target.get("note", "")})
        if item.get("key"):
            self.actions[item["key"]] = action
        self.cite(action, item)

    def load_case(self, item):
        case = self.upsert(
            FundOccupationCase,
            {"company": self.companies[item["company"]], "occupier": item["occupier"],
             "amount_occupied": _money(item["amount_occupied"]), "occupied_as_of": _date(item, "occupied_as_of")},
            {"occupier_role": item.get("occupier_role", "controlling_shareholder"),
             "description": item.get("description", ""), "rectified_on": _date(item, "rectified_on")},
        )
        wanted = {self.actions[key].pk for key in item.get("actions", [])}
        if set(case.actions.values_list("pk", flat=True)) != wanted:
            case.actions.set(wanted)
        self.cases[item["key"]] = case
        self.cite(case, item)

    def load_deadline(self, item):
        deadline = self.upsert(
            Deadline,
            {"company": self.companies[item["company"]], "due_date": _date(item, "due_date"), "obligation": item["obligation"]},
            {
                "case": self.cases.get(item.get("case")), "action": self.actions.get(item.get("action")),
                "kind": item.get("kind", "rectification"), "amount_yuan": _money(item.get("amount_yuan")),
                "consequence": item.get("consequence", ""), "consequence_status": item.get("consequence_status", ""),
                "notes": item.get("notes", ""),
            },
        )
        if deadline.status == "open" and item.get("status", "open") != "open" and not deadline.resolved_on:
            deadline.status = item["status"]
            deadline.save()
        self.cite(deadline, item)

    # --- files ---------------------------------------------------------------
    SECTIONS = [
        ("companies", "load_company"),
        ("persons", "load_person"),
        ("status_changes", "load_status_change"),
        ("enforcement_actions", "load_action"),
        ("fund_occupation_cases", "load_case"),
        ("deadlines", "load_deadline"),
    ]

    def load_file(self, path):
        try:
            data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_SeedYamlLoader) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
            raise SeedError(f"{path}: 无法读取种子文件：{error}") from error
        if not isinstance(data, dict):
            raise SeedError(f"{path}: 种子文件顶层必须是映射（sources、companies…）")
        for key, item in (data.get("sources") or {}).items():
            self._run(path, "sources", key, self.load_source, key, item)
        for section, method in self.SECTIONS:
            for index, item in enumerate(data.get(section) or [], start=1):
                self._run(path, section, index, getattr(self, method), item)

    def _run(self, path, section, index, method, *args):
        try:
            method(*args)
        except ValidationError as error:
            detail = "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items()) if hasattr(
                error, "error_dict") else " ".join(error.messages)
            raise SeedError(f"{path}: {section} 第 {index} 条无效：{detail}") from error
        except (KeyError, TypeError, ValueError) as error:
            raise SeedError(f"{path}: {section} 第 {index} 条格式错误：{error!r}") from error


def load_seeds(paths):
    """Load every file in `paths` in one transaction; return a SeedReport or raise SeedError."""
    loader = SeedLoader()
    with transaction.atomic():
        for path in paths:
            loader.load_file(path)
    return loader.report
