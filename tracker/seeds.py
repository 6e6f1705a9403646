"""Load curated seed facts (YAML files in seeds/) into the database.

Contract: every file is validated record by record with the models' own rules, the whole
run is one transaction (a bad record stores nothing and names the file and record), and a
seed fact is applied once: a record is created when missing the first time, and from then on
it belongs to the curators — a later run (``python3 dev.py run`` runs one on every start)
neither resets what they edited nor re-creates what they deleted (``SeedLedger``).
"""
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import transaction

from companies.history import SEED_LOADER, changes_made_by
from companies.models import Company, CompanyName, Person, StatusChange

from .models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    SeedLedger,
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
        self.path = ""
        self.created = set()  # ids of the records this run created (their many-to-many and status are seeded)

    # --- apply once ------------------------------------------------------
    def key(self, model, lookup):
        natural = ",".join(f"{name}={getattr(value, 'pk', value)}" for name, value in sorted(lookup.items()))
        return f"{Path(self.path).name}:{model._meta.label_lower}:{natural}"[:400]

    def upsert(self, model, lookup, values=None):
        """The record for `lookup`, created with `values` the first time this seed is applied.

        Once applied (its ledger key exists) a seed never changes its record again and never
        re-creates it: returns None when a curator deleted it or changed what identifies it.
        """
        values = values or {}
        key = self.key(model, lookup)
        instance = model.objects.filter(**lookup).first()
        applied = SeedLedger.objects.filter(key=key).exists()
        if instance is None and not applied:
            instance = model(**lookup, **values)
            instance.full_clean()
            instance.save()
            self.created.add((model, instance.pk))
            self.report.count(model, "created")
        else:
            self.report.count(model, "unchanged")
        if not applied:
            SeedLedger.objects.create(key=key)
        return instance

    def is_new(self, record):
        return record is not None and (type(record), record.pk) in self.created

    def cite(self, record, item):
        key = item.get("source")
        if not key or record is None or self.sources.get(key) is None:
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
        ledger_key = f"{Path(self.path).name}:company:{item['key']}"
        applied = SeedLedger.objects.filter(key=ledger_key).exists()
        if company is None and applied:
            self.companies[item["key"]] = None  # a curator deleted (or merged away) the seeded company
            self.report.count(Company, "unchanged")
            return
        if company is None:
            company = Company(code=code, notes=item.get("notes", ""))
            company.full_clean()
            company.save()
            self.report.count(Company, "created")
        else:
            self.report.count(Company, "unchanged")
        if not applied:
            SeedLedger.objects.create(key=ledger_key)
        for name in item.get("names", []):
            self.upsert(
                CompanyName,
                {"company": company, "name": name["name"], "kind": name.get("kind", "short"),
                 "valid_from": _date(name, "valid_from")},
                {"valid_to": _date(name, "valid_to")},
            )
        self.companies[item["key"]] = company

    def load_person(self, item):
        company = self.companies[item["company"]] if item.get("company") else None
        if item.get("company") and company is None:
            self.persons[item["key"]] = None
            return
        self.persons[item["key"]] = self.upsert(
            Person, {"name": item["name"], "company": company}, {"notes": item.get("notes", "")}
        )

    def load_status_change(self, item):
        if self.companies[item["company"]] is None:
            return
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
        codes = item.get("violation_types", [])
        known = set(ViolationType.objects.filter(code__in=codes).values_list("code", flat=True))
        if set(codes) - known:
            raise ValidationError(f"未知的违规类型代码：{sorted(set(codes) - known)}")
        company = self.companies[item["company"]]
        action = None if company is None else self.upsert(
            EnforcementAction,
            {"company": company, "issuer": issuer, "measure": item["measure"],
             "decision_date": _date(item, "decision_date"), "document_number": item.get("document_number", "")},
            {"announcement_date": _date(item, "announcement_date"), "summary": item.get("summary", ""),
             "proposed": item.get("proposed", False)},
        )
        if item.get("key"):
            self.actions[item["key"]] = action
        if action is None:
            return  # a curator deleted it, or changed its date or number: theirs, not the seed's
        if self.is_new(action):
            action.violation_types.set(codes)
        for target in item.get("targets", []):
            person = self.persons[target["person"]] if target.get("person") else None
            if target.get("person") and person is None:
                continue
            self.upsert(ActionTarget, {"action": action, "person": person},
                        {"role": target.get("role", "company"), "amount_yuan": _money(target.get("amount_yuan")),
                         "note": target.get("note", "")})
        self.cite(action, item)

    def load_case(self, item):
        company = self.companies[item["company"]]
        case = None if company is None else self.upsert(
            FundOccupationCase,
            {"company": company, "occupier": item["occupier"],
             "amount_occupied": _money(item["amount_occupied"]), "occupied_as_of": _date(item, "occupied_as_of")},
            {"occupier_role": item.get("occupier_role", "controlling_shareholder"),
             "description": item.get("description", ""), "rectified_on": _date(item, "rectified_on")},
        )
        if self.is_new(case):
            case.actions.set([self.actions[key].pk for key in item.get("actions", []) if self.actions.get(key)])
        self.cases[item["key"]] = case
        self.cite(case, item)

    def load_deadline(self, item):
        if self.companies[item["company"]] is None:
            return
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
        if self.is_new(deadline) and item.get("status", "open") != "open" and not deadline.resolved_on:
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
        self.path = str(path)
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
    # Every history row of the load names the seed loader (an inactive account), not nobody.
    with transaction.atomic(), changes_made_by(SEED_LOADER):
        for path in paths:
            loader.load_file(path)
    return loader.report
