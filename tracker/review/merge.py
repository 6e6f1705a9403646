"""Merging two records of one company, e.g. one recorded by name alone with the one that has its stock code.

`merge_companies(keep, other)` moves every record of `other` to `keep` in one transaction and deletes
`other`. Where both hold the same fact (a name, a status change on the same day, the same action...)
the kept company's row stays and the other's row is folded into it: its citations, targets,
repayments and links move over, so no record and no source is lost. Each moved row is saved
(not bulk-updated), so its history shows the move.
"""
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q

from companies.models import Company, CompanyName, MergedCompany, Person, StatusChange

from ..models import ActionTarget, Citation, Deadline, EnforcementAction, FundOccupationCase, Proposal


def move_citations(old, new):
    """Re-point the citations of `old` to `new` (same model); a source both cite stays cited once."""
    content_type = ContentType.objects.get_for_model(old)
    for citation in Citation.objects.filter(content_type=content_type, object_id=old.pk):
        if Citation.objects.filter(content_type=content_type, object_id=new.pk, source_id=citation.source_id).exists():
            citation.delete()
        else:
            citation.object_id = new.pk
            citation.save(update_fields=["object_id", "updated_at"])


def move(record, **changes):
    for field, value in changes.items():
        setattr(record, field, value)
    record.save()


def fold_action(duplicate, kept):
    """Fold an action of `other` into the equal action of `keep`: targets, violation types, links, citations."""
    for target in duplicate.targets.all():
        clash = kept.targets.filter(person_id=target.person_id).first()
        if clash is None:
            move(target, action=kept)
        elif clash.amount_yuan is None and target.amount_yuan is not None:
            move(clash, amount_yuan=target.amount_yuan)
    kept.violation_types.add(*duplicate.violation_types.all())
    for case in duplicate.occupation_cases.all():
        case.actions.add(kept)
    for deadline in duplicate.deadlines.all():
        move(deadline, action=kept)
    move_citations(duplicate, kept)
    ActionTarget.objects.filter(action=duplicate).delete()
    duplicate.delete()


def fold_case(duplicate, kept):
    for repayment in duplicate.repayments.all():
        repayment.case = kept
        # The kept case's balance check runs in Repayment.save; equal cases have equal amounts.
        repayment.save()
    kept.actions.add(*duplicate.actions.all())
    for deadline in duplicate.deadlines.all():
        move(deadline, case=kept)
    if kept.rectified_on is None and duplicate.rectified_on:
        move(kept, rectified_on=duplicate.rectified_on)
    move_citations(duplicate, kept)
    duplicate.delete()


def merge_persons(keep, other):
    for person in Person.objects.filter(company=other):
        twin = Person.objects.filter(company=keep, name=person.name).first()
        if twin is None:
            move(person, company=keep)
            continue
        for target in ActionTarget.objects.filter(person=person):
            if ActionTarget.objects.filter(action_id=target.action_id, person=twin).exists():
                target.delete()
            else:
                move(target, person=twin)
        move_citations(person, twin)
        person.delete()


def check_mergeable(keep, other):
    if keep.pk == other.pk:
        raise ValidationError("请选择两家不同的公司。")
    if keep.code and other.code and keep.code != other.code:
        raise ValidationError(f"两家公司的股票代码不同（{keep.code} 与 {other.code}），不能合并。")
    conflicts = []
    for change in other.status_changes.all():
        twin = keep.status_changes.filter(effective_date=change.effective_date).first()
        if twin and (twin.from_status, twin.to_status) != (change.from_status, change.to_status):
            conflicts.append(f"{change.effective_date}：{twin} 与 {change}")
    if conflicts:
        raise ValidationError("两家公司在同一生效日有不同的风险警示变更，请先修正：" + "；".join(conflicts))


def merge_companies(keep, other):
    """Move everything of `other` into `keep` and delete `other`; return `keep`. Raises ValidationError."""
    with transaction.atomic():
        keep, other = (Company.objects.select_for_update().get(pk=company.pk) for company in (keep, other))
        check_mergeable(keep, other)
        if other.code and not keep.code:
            code = other.code
            move(other, code="")  # free the unique code first
            move(keep, code=code)

        for name in CompanyName.objects.filter(company=other):
            clash = CompanyName.objects.filter(company=keep, kind=name.kind, name=name.name,
                                               valid_from=name.valid_from).first()
            if clash:
                move_citations(name, clash)
                name.delete()
            else:
                move(name, company=keep)

        for change in StatusChange.objects.filter(company=other):
            twin = StatusChange.objects.filter(company=keep, effective_date=change.effective_date).first()
            if twin:
                move_citations(change, twin)
                change.delete()
            else:
                move(change, company=keep)

        merge_persons(keep, other)

        for action in EnforcementAction.objects.filter(company=other):
            twin = EnforcementAction.objects.filter(
                company=keep, issuer_id=action.issuer_id, measure=action.measure, decision_date=action.decision_date,
                document_number=action.document_number,
            ).first()
            fold_action(action, twin) if twin else move(action, company=keep)

        for case in FundOccupationCase.objects.filter(company=other):
            twin = FundOccupationCase.objects.filter(
                company=keep, occupier=case.occupier, amount_occupied=case.amount_occupied,
                occupied_as_of=case.occupied_as_of,
            ).first()
            fold_case(case, twin) if twin else move(case, company=keep)

        for deadline in Deadline.objects.filter(company=other):
            twin = Deadline.objects.filter(company=keep, due_date=deadline.due_date,
                                           obligation=deadline.obligation).first()
            if twin:
                move_citations(deadline, twin)
                deadline.delete()
            else:
                move(deadline, company=keep)

        Proposal.objects.filter(company=other).update(company=keep)
        relabel_proposal_records(other, keep)
        move_citations(other, keep)
        move_other_relations(keep, other)
        if other.notes and other.notes not in keep.notes:
            move(keep, notes="\n".join(filter(None, [keep.notes, other.notes])))
        MergedCompany.record(other, keep)
        other.delete()
    return keep


def relabel_proposal_records(other, keep):
    for proposal in Proposal.objects.filter(records__icontains='"companies.company"'):
        refs = [
            {**ref, "id": keep.pk} if ref.get("model") == "companies.company" and ref.get("id") == other.pk else ref
            for ref in proposal.records
        ]
        if refs != proposal.records:
            Proposal.objects.filter(pk=proposal.pk).update(records=refs)


HANDLED = {"names", "status_changes", "persons", "enforcement_actions", "occupation_cases", "deadlines", "proposals"}


def move_other_relations(keep, other):
    """Relations other apps add to Company (watch lists, subscriptions...) follow the merge too."""
    for relation in Company._meta.related_objects:
        if relation.get_accessor_name() in HANDLED or relation.related_model._meta.label.startswith("companies.Historical"):
            continue
        model = relation.related_model
        field = relation.field
        try:
            with transaction.atomic():
                if relation.many_to_many:
                    through = field.remote_field.through
                    source_field = field.m2m_field_name()
                    target_field = field.m2m_reverse_field_name()
                    for row in through.objects.filter(**{target_field: other}):
                        holder = getattr(row, f"{source_field}_id")
                        if through.objects.filter(Q(**{source_field: holder}) & Q(**{target_field: keep})).exists():
                            row.delete()
                        else:
                            setattr(row, target_field, keep)
                            row.save()
                elif relation.one_to_many or relation.one_to_one:
                    for row in model._base_manager.filter(**{field.name: other}):
                        setattr(row, field.name, keep)
                        row.save()
        except IntegrityError:
            raise ValidationError(
                f"“{model._meta.verbose_name}”中两家公司有重复的条目，无法自动合并，请先手工处理。"
            ) from None
