"""What happens to companies: sources, enforcement actions, fund-occupation cases, deadlines.

One module per concern; everything is re-exported here so `from tracker.models import X` works.
"""
from .alerts import CalendarFeed, DeliveryMode, DeliveryStatus, Digest, ReminderDelivery, ReminderScan, Subscription
from .calendar import MarketClosure
from .deadlines import Deadline, DeadlineQuerySet
from .enforcement import ActionTarget, EnforcementAction, Issuer, ViolationType
from .occupation import FundOccupationCase, Repayment
from .review import Extraction, ExtractionStatus, Proposal, ProposalKind, ProposalStatus
from .searches import SavedSearch, SearchList
from .seeds import SeedLedger
from .sources import Citation, Source
from .tokens import ApiToken

__all__ = [
    "ApiToken",
    "ActionTarget",
    "CalendarFeed",
    "Citation",
    "Deadline",
    "DeadlineQuerySet",
    "DeliveryMode",
    "DeliveryStatus",
    "Digest",
    "EnforcementAction",
    "Extraction",
    "ExtractionStatus",
    "FundOccupationCase",
    "Issuer",
    "MarketClosure",
    "Proposal",
    "ReminderDelivery",
    "ReminderScan",
    "ProposalKind",
    "ProposalStatus",
    "Repayment",
    "SavedSearch",
    "SearchList",
    "SeedLedger",
    "Source",
    "Subscription",
    "ViolationType",
]
