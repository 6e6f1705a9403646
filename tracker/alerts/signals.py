"""Keep reminders and statutory chains in step with the records curators save.

Connected with lazy senders ("tracker.Deadline") because this module is imported while tracker.models loads.
"""
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver


@receiver(pre_save, sender="tracker.Deadline", dispatch_uid="alerts_deadline_curator_edit")
def curator_takes_over_proposed_date(sender, instance, raw=False, **kwargs):
    """A curator who changes a proposed step's date owns it: the tracker stops recomputing it."""
    if raw or not instance.pk or not instance.proposed or getattr(instance, "_chain_update", False):
        return
    stored = sender.objects.filter(pk=instance.pk).values_list("due_date", flat=True).first()
    if stored is not None and stored != instance.due_date:
        instance.proposed = False
        instance.due_date_provisional = False  # the curator's date is their own, not a count of weekdays


@receiver(post_save, sender="tracker.Deadline", dispatch_uid="alerts_deadline_saved")
def deadline_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    from .scan import cancel_stale_reminders
    from .statutory import propose_statutory_chain

    if not created:
        cancel_stale_reminders([instance.pk])
    instance._chain_update = False
    propose_statutory_chain(instance)


@receiver(post_save, sender="tracker.FundOccupationCase", dispatch_uid="alerts_case_saved")
def case_saved(sender, instance, raw=False, **kwargs):
    if raw or instance.rectified_on is None:
        return
    from .statutory import cancel_case_chain

    cancel_case_chain(instance)


@receiver(post_save, sender="tracker.Repayment", dispatch_uid="alerts_repayment_saved")
def repayment_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from ..models import FundOccupationCase
    from .statutory import cancel_case_chain

    case = FundOccupationCase.objects.with_balance().get(pk=instance.case_id)
    if case.balance <= 0:
        cancel_case_chain(case)


@receiver(post_save, sender="tracker.Subscription", dispatch_uid="alerts_subscription_saved")
@receiver(post_delete, sender="tracker.Subscription", dispatch_uid="alerts_subscription_deleted")
def subscription_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from . import subscriptions_changed

    subscriptions_changed([instance.user_id])


@receiver(post_save, sender="tracker.MarketClosure", dispatch_uid="alerts_closure_saved")
@receiver(post_delete, sender="tracker.MarketClosure", dispatch_uid="alerts_closure_deleted")
def market_closure_changed(sender, instance, raw=False, **kwargs):
    """Steps counted in trading days of that year are recomputed (and stop being provisional)."""
    if raw:
        return
    from .statutory import recompute_provisional_steps

    recompute_provisional_steps(instance.day.year)
