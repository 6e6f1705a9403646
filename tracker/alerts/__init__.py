"""Deadline alerts: the reminder scan, the ledger's delivery, the statutory chain of 资金占用.

Entry points for other code:
- deadline_changed(ids): call after changing deadlines with queryset.update() (admin bulk actions).
- subscriptions_changed(user_ids): call after changing subscriptions without saving them one by one.
- propose_statutory_chain(deadline): create/update a rectification deadline's follow-on deadlines.
"""
from django.utils import timezone


def deadline_changed(deadline_ids):
    """Bring alerts in step with deadlines changed in bulk (save() does this by itself through signals).

    Cancels unsent reminders of deadlines now met, missed, cancelled or moved; marks the deadlines changed
    so the next scan plans reminders for their new date; keeps their statutory chains in step.
    """
    from ..models import Deadline
    from .scan import cancel_stale_reminders
    from .statutory import propose_statutory_chain

    ids = list(deadline_ids)
    if not ids:
        return
    cancel_stale_reminders(ids)
    Deadline.objects.filter(pk__in=ids).update(updated_at=timezone.now())
    for deadline in Deadline.objects.filter(pk__in=ids).select_related("case", "action"):
        propose_statutory_chain(deadline)


def subscriptions_changed(user_ids):
    """Re-plan the reminders of these users at the next scan.

    Unsent reminders are dropped (nothing was sent, nothing is lost) and the users' subscriptions marked
    changed, so the next scan recreates exactly what the current subscriptions ask for.
    """
    from ..models import DeliveryStatus, ReminderDelivery, Subscription

    ids = list(user_ids)
    ReminderDelivery.objects.filter(user__in=ids, status=DeliveryStatus.PENDING).exclude(
        digest__status__in=[DeliveryStatus.SENDING, DeliveryStatus.SENT]).delete()
    Subscription.objects.filter(user__in=ids).update(updated_at=timezone.now())


def propose_statutory_chain(deadline):
    from .statutory import propose_statutory_chain as propose

    return propose(deadline)
