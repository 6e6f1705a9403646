"""Generate a large, realistic-looking synthetic data set for demos and benchmarks.

    python manage.py generate_demo_data --actions 200000

Everything is written with bulk_create in batches (no per-row save, no history rows), so 200,000 actions take
a minute or two. Demo companies are marked in `notes`; `--clear` removes them and everything hanging off them
before generating again, so re-running never duplicates.
"""
import random
import time
from datetime import date, timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from companies.choices import NameKind, RiskStatus, TriggerFamily
from companies.models import Company, CompanyName, Person, StatusChange, status_from_name, strip_risk_prefix
from companies.stock_codes import classify
from tracker.choices import DeadlineKind, DeadlineStatus, IssuerKind, Measure, TargetRole
from tracker.models import (
    ActionTarget,
    Citation,
    Deadline,
    EnforcementAction,
    FundOccupationCase,
    Issuer,
    Source,
    ViolationType,
)

DEMO_MARK = "演示数据（generate_demo_data）"
BATCH = 5000
PROVINCES = ["北京", "上海", "天津", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "深圳", "大连", "宁波", "厦门", "青岛", "广西", "内蒙古", "新疆", "宁夏", "西藏"]
WORDS_A = ["华", "中", "天", "金", "新", "东", "海", "恒", "宏", "瑞", "鑫", "盛", "国", "长", "博", "信", "德", "泰",
           "丰", "安", "明", "兴", "远", "通", "达", "汇", "隆", "科", "荣", "创"]
WORDS_B = ["科技", "股份", "实业", "控股", "电子", "医药", "能源", "材料", "环境", "智能", "传媒", "建设", "食品", "化工",
           "机械", "生物", "物流", "新材", "光电", "集团"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌宇浩凯"
CODE_PREFIXES = ["600", "601", "603", "605", "688", "000", "001", "002", "003", "300", "301"]
# Which kind of regulator takes which measure (weights roughly follow what is announced).
EXCHANGE_MEASURES = [Measure.WORK_LETTER, Measure.INQUIRY_LETTER, Measure.CONCERN_LETTER, Measure.REGULATORY_LETTER,
                     Measure.CIRCULATED_CRITICISM, Measure.PUBLIC_CENSURE, Measure.UNFIT_DECLARATION]
BUREAU_MEASURES = [Measure.WARNING_LETTER, Measure.RECTIFICATION_ORDER, Measure.REGULATORY_TALK,
                   Measure.PUBLIC_EXPLANATION]
CSRC_MEASURES = [Measure.INVESTIGATION, Measure.WARNING, Measure.FINE, Measure.CONFISCATION, Measure.MARKET_BAN]
PERSON_ROLES = [TargetRole.CHAIRMAN, TargetRole.ACTUAL_CONTROLLER, TargetRole.DIRECTOR, TargetRole.GENERAL_MANAGER,
                TargetRole.CFO, TargetRole.BOARD_SECRETARY, TargetRole.SUPERVISOR]


def batched(items, size=BATCH):
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Command(BaseCommand):
    help = "Generate synthetic companies, enforcement actions, cases and deadlines (for demos and benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument("--actions", type=int, default=20000)
        parser.add_argument("--companies", type=int, default=0, help="default: actions / 40, at most 5000")
        parser.add_argument("--seed", type=int, default=20250601)
        parser.add_argument("--clear", action="store_true", help="remove earlier demo data first")

    def handle(self, *args, actions, companies, seed, clear, **options):
        if actions < 1:
            raise CommandError("--actions must be at least 1")
        if Company.objects.filter(notes=DEMO_MARK).exists():
            if not clear:
                raise CommandError("Demo data is already there; pass --clear to replace it.")
            self.clear()
        self.random = random.Random(seed)
        self.today = date.today()
        company_count = companies or max(min(actions // 40, 5000), 20)
        started = time.monotonic()
        with transaction.atomic():
            company_ids = self.make_companies(company_count)
            issuers = self.make_issuers()
            action_count = self.make_actions(company_ids, issuers, actions)
            self.make_cases_and_deadlines(company_ids, issuers)
        self.stdout.write(self.style.SUCCESS(
            f"Generated {company_count} companies and {action_count} enforcement actions "
            f"in {time.monotonic() - started:.1f}s."
        ))

    def clear(self):
        demo = Company.objects.filter(notes=DEMO_MARK)
        with transaction.atomic():
            Deadline.objects.filter(company__in=demo).delete()
            FundOccupationCase.objects.filter(company__in=demo).delete()
            action_ids = EnforcementAction.objects.filter(company__in=demo).values("pk")
            Citation.objects.filter(content_type=ContentType.objects.get_for_model(EnforcementAction),
                                    object_id__in=action_ids).delete()
            ActionTarget.objects.filter(action__company__in=demo).delete()
            EnforcementAction.objects.filter(company__in=demo).delete()
            Person.objects.filter(company__in=demo).delete()
            Source.objects.filter(publication="演示日报").delete()
            demo.delete()
        self.stdout.write("Removed earlier demo data.")

    # --- companies ---------------------------------------------------------
    def make_companies(self, count):
        rnd = self.random
        taken = set(Company.objects.exclude(code="").values_list("code", flat=True))
        companies = []
        while len(companies) < count:
            code = rnd.choice(CODE_PREFIXES) + f"{rnd.randrange(1000):03d}"
            if code in taken:
                continue
            taken.add(code)
            exchange, board = classify(code)
            companies.append(Company(code=code, exchange=exchange, board=board, notes=DEMO_MARK))
        created = Company.objects.bulk_create(companies, batch_size=BATCH)
        ids = [c.pk for c in created] if created and created[0].pk else list(
            Company.objects.filter(notes=DEMO_MARK).values_list("pk", flat=True))

        names, changes, persons = [], [], []
        used_full = set(CompanyName.objects.filter(kind=NameKind.FULL).values_list("name", flat=True))
        for index, company_id in enumerate(ids):
            base = rnd.choice(WORDS_A) + rnd.choice(WORDS_A) + rnd.choice(WORDS_B)[:2]
            full = f"{rnd.choice(PROVINCES)}{base}{rnd.choice(WORDS_B)}股份有限公司"
            while full in used_full:
                full = f"{rnd.choice(PROVINCES)}{base}{rnd.choice(WORDS_B)}{index}股份有限公司"
            used_full.add(full)
            names.append(self._name(company_id, full, NameKind.FULL, None, None))
            history = self._status_history(company_id) if rnd.random() < 0.18 else []
            changes += history
            self._short_names(names, company_id, base, history)
            for _ in range(rnd.choice([0, 1, 2, 3])):
                persons.append(Person(name=rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN),
                                      company_id=company_id))
        CompanyName.objects.bulk_create(names, batch_size=BATCH)
        StatusChange.objects.bulk_create(changes, batch_size=BATCH)
        Person.objects.bulk_create(persons, batch_size=BATCH, ignore_conflicts=True)
        self.persons = {}
        for pk, company_id in Person.objects.filter(company_id__in=ids).values_list("pk", "company_id"):
            self.persons.setdefault(company_id, []).append(pk)
        self.stdout.write(f"  {len(ids)} companies, {len(names)} names, {len(changes)} status changes")
        return ids

    @staticmethod
    def _name(company_id, name, kind, valid_from, valid_to):
        return CompanyName(company_id=company_id, name=name, kind=kind, bare_name=strip_risk_prefix(name),
                           name_status=status_from_name(name) if kind == NameKind.SHORT else "",
                           valid_from=valid_from, valid_to=valid_to)

    def _status_history(self, company_id):
        """A plausible sequence: normal -> ST or *ST, sometimes a star added or removed, sometimes back to normal."""
        rnd = self.random
        day = date(2016, 1, 1) + timedelta(days=rnd.randrange(3000))
        status = RiskStatus.NORMAL
        history = []
        for _ in range(rnd.choice([1, 1, 2, 3, 4])):
            options = {RiskStatus.NORMAL: [RiskStatus.ST, RiskStatus.STAR_ST],
                       RiskStatus.ST: [RiskStatus.NORMAL, RiskStatus.STAR_ST],
                       RiskStatus.STAR_ST: [RiskStatus.ST, RiskStatus.NORMAL]}[status]
            target = rnd.choice(options)
            if day >= self.today:
                break
            history.append(StatusChange(
                company_id=company_id, from_status=status, to_status=target, effective_date=day,
                announcement_date=day - timedelta(days=2),
                trigger=rnd.choice([TriggerFamily.FINANCIAL, TriggerFamily.REGULATORY, TriggerFamily.TRADING]),
                reason="演示：年度报告触及风险警示情形" if target != RiskStatus.NORMAL else "演示：风险情形消除",
            ))
            status = target
            day += timedelta(days=rnd.randrange(200, 900))
        return history

    def _short_names(self, names, company_id, base, history):
        prefix = {RiskStatus.NORMAL: "", RiskStatus.ST: "ST", RiskStatus.STAR_ST: "*ST"}
        start = None
        for change in history:
            names.append(self._name(company_id, prefix[change.from_status] + base, NameKind.SHORT, start,
                                    change.effective_date - timedelta(days=1)))
            start = change.effective_date
        status = history[-1].to_status if history else RiskStatus.NORMAL
        names.append(self._name(company_id, prefix[status] + base, NameKind.SHORT, start, None))

    # --- regulators and actions -------------------------------------------
    def make_issuers(self):
        for province in PROVINCES:
            Issuer.objects.get_or_create(name=f"{province}证监局", defaults={"kind": IssuerKind.CSRC_BUREAU})
        by_kind = {}
        for issuer in Issuer.objects.all():
            by_kind.setdefault(issuer.kind, []).append(issuer.pk)
        if not by_kind.get(IssuerKind.CSRC):
            by_kind[IssuerKind.CSRC] = [Issuer.objects.create(name="中国证监会", kind=IssuerKind.CSRC).pk]
        if not by_kind.get(IssuerKind.EXCHANGE):
            by_kind[IssuerKind.EXCHANGE] = [Issuer.objects.create(name="上交所", kind=IssuerKind.EXCHANGE).pk]
        return by_kind

    def make_actions(self, company_ids, issuers, count):
        rnd = self.random
        violation_codes = list(ViolationType.objects.values_list("code", flat=True))
        # A few companies collect most of the actions, as in real life.
        weights = [1 / (rank + 1) ** 0.6 for rank in range(len(company_ids))]
        companies = rnd.choices(company_ids, weights=weights, k=count)
        span = (self.today - date(2014, 1, 1)).days
        actions = []
        for index, company_id in enumerate(companies):
            family = rnd.choices(["exchange", "bureau", "csrc"], weights=[55, 35, 10])[0]
            if family == "exchange":
                measure, issuer = rnd.choice(EXCHANGE_MEASURES), rnd.choice(issuers[IssuerKind.EXCHANGE])
            elif family == "bureau":
                measure, issuer = rnd.choice(BUREAU_MEASURES), rnd.choice(issuers[IssuerKind.CSRC_BUREAU])
            else:
                measure, issuer = rnd.choice(CSRC_MEASURES), rnd.choice(issuers[IssuerKind.CSRC])
            # More actions in recent years.
            decided = date(2014, 1, 1) + timedelta(days=int(span * rnd.random() ** 0.7))
            announced = decided + timedelta(days=rnd.choice([0, 0, 1, 2, 3, 7]))
            actions.append(EnforcementAction(
                company_id=company_id, issuer_id=issuer, measure=measure, decision_date=decided,
                announcement_date=announced, document_number=f"演示〔{decided.year}〕{index + 1}号",
                proposed=measure == Measure.FINE and rnd.random() < 0.2,
                summary="演示记录：公司存在信息披露或规范运作方面的问题。",
            ))
        created = []
        for chunk in batched(actions):
            created += EnforcementAction.objects.bulk_create(chunk)
        if not created or created[0].pk is None:  # backends that do not return primary keys
            created = list(EnforcementAction.objects.filter(document_number__startswith="演示〔").order_by("pk"))

        targets, links = [], []
        through = EnforcementAction.violation_types.through
        for action in created:
            first_target = len(targets)
            targets.append(ActionTarget(
                action_id=action.pk, role=TargetRole.COMPANY,
                amount_yuan=Decimal(rnd.randrange(20, 2000) * 10000) if action.measure == Measure.FINE else None,
            ))
            people = self.persons.get(action.company_id, [])
            if people and rnd.random() < 0.35:
                for person in rnd.sample(people, k=min(len(people), rnd.choice([1, 1, 2]))):
                    targets.append(ActionTarget(
                        action_id=action.pk, person_id=person, role=rnd.choice(PERSON_ROLES),
                        amount_yuan=Decimal(rnd.randrange(5, 300) * 10000) if action.measure == Measure.FINE else None,
                    ))
            amounts = [target.amount_yuan for target in targets[first_target:] if target.amount_yuan is not None]
            # bulk_create sends no signals: store the total the ActionTarget signals would have stored.
            action.total_amount_yuan = sum(amounts) if amounts else None
            if rnd.random() < 0.6:
                for code in rnd.sample(violation_codes, k=rnd.choice([1, 1, 2, 3])):
                    links.append(through(enforcementaction_id=action.pk, violationtype_id=code))
        for chunk in batched(targets):
            ActionTarget.objects.bulk_create(chunk)
        for chunk in batched(links):
            through.objects.bulk_create(chunk)
        EnforcementAction.objects.bulk_update([action for action in created if action.total_amount_yuan is not None],
                                              ["total_amount_yuan"], batch_size=BATCH)
        self._cite(created[: max(len(created) // 50, 1)])
        self.stdout.write(f"  {len(created)} actions, {len(targets)} targets, {len(links)} violation links")
        self.actions_by_company = {}
        for action in created:
            self.actions_by_company.setdefault(action.company_id, []).append(action)
        return len(created)

    def _cite(self, actions):
        content_type = ContentType.objects.get_for_model(EnforcementAction)
        sources = Source.objects.bulk_create([
            Source(publication="演示日报", title=f"演示报道：{action.get_measure_display()}（{action.document_number}）",
                   published_on=action.announcement_date, url=f"https://example.com/demo/{action.pk}")
            for action in actions
        ], batch_size=BATCH)
        if sources and sources[0].pk is None:
            sources = list(Source.objects.filter(publication="演示日报").order_by("pk"))
        Citation.objects.bulk_create([
            Citation(source_id=source.pk, content_type=content_type, object_id=action.pk,
                     passage="演示段落：监管机构对公司采取了上述措施。")
            for source, action in zip(sources, actions, strict=False)
        ], batch_size=BATCH)

    # --- fund occupation and deadlines --------------------------------------
    def make_cases_and_deadlines(self, company_ids, issuers):
        rnd = self.random
        chosen = rnd.sample(company_ids, k=max(len(company_ids) // 12, 1))
        cases = []
        for company_id in chosen:
            as_of = self.today - timedelta(days=rnd.randrange(30, 900))
            cases.append(FundOccupationCase(
                company_id=company_id, occupier="控股股东 演示集团有限公司", amount_occupied=Decimal(rnd.randrange(1, 500) * 1000000),
                occupied_as_of=as_of, description="演示：控股股东非经营性占用上市公司资金。",
            ))
        cases = FundOccupationCase.objects.bulk_create(cases, batch_size=BATCH)
        if cases and cases[0].pk is None:
            cases = list(FundOccupationCase.objects.filter(company_id__in=chosen))
        deadlines = []
        for case in cases:
            action = rnd.choice(self.actions_by_company.get(case.company_id, [None]))
            start = max(case.occupied_as_of, action.decision_date) if action else case.occupied_as_of
            due = start + timedelta(days=rnd.choice([30, 60, 90, 180]))
            # About half the deadlines are still ahead: spread them over the next months.
            if rnd.random() < 0.5:
                due = self.today + timedelta(days=rnd.randrange(-20, 200))
                due = max(due, start)
            status = DeadlineStatus.OPEN if due >= self.today or rnd.random() < 0.4 else rnd.choice(
                [DeadlineStatus.MET, DeadlineStatus.MISSED])
            deadlines.append(Deadline(
                company_id=case.company_id, case_id=case.pk, action_id=action.pk if action else None,
                kind=DeadlineKind.RECTIFICATION, due_date=due, obligation="清收被占用资金",
                amount_yuan=case.amount_occupied, consequence="股票停牌，其后可能被实施退市风险警示",
                consequence_status=RiskStatus.STAR_ST, status=status,
                resolved_on=due if status != DeadlineStatus.OPEN else None,
            ))
            if status == DeadlineStatus.OPEN and rnd.random() < 0.5:
                deadlines.append(Deadline(
                    company_id=case.company_id, case_id=case.pk, kind=DeadlineKind.DISCLOSURE,
                    due_date=due + timedelta(days=rnd.choice([10, 14, 20])), obligation="披露整改进展公告",
                    status=DeadlineStatus.OPEN,
                ))
        Deadline.objects.bulk_create(deadlines, batch_size=BATCH, ignore_conflicts=True)
        self.stdout.write(f"  {len(cases)} fund-occupation cases, {len(deadlines)} deadlines")
