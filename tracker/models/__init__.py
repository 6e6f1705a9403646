"""What happens to companies: sources, enforcement actions, fund-occupation cases, deadlines.

One module per concern; everything is re-exported here so `from tracker.models import X` works.
"""
from .deadlines import Deadline, DeadlineQuerySet
from .enforcement import ActionTarget, EnforcementAction, Issuer, ViolationType
from .occupation import FundOccupationCase, Repayment
from .sources import Citation, Source

__all__ = [
    "ActionTarget",
    "Citation",
    "Deadline",
    "DeadlineQuerySet",
    "EnforcementAction",
    "FundOccupationCase",
    "Issuer",
    "Repayment",
    "Source",
    "ViolationType",
]
