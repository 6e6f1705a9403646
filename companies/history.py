"""Change history in admin that a reader can follow: labels not codes, "—" not "None", who made each change.

Used by both apps' admins (tracker imports it; it imports nothing of tracker).
"""
from contextlib import contextmanager
from types import SimpleNamespace

from django.contrib.auth import get_user_model
from django.db import models
from simple_history.admin import SimpleHistoryAdmin
from simple_history.models import DeletedObject, HistoricalRecords
from simple_history.template_utils import HistoricalRecordContextHelper

EMPTY = "—"


def display_value(field, value):
    """One side of a change as a curator reads it."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, DeletedObject):
        return f"（已删除的{value.model._meta.verbose_name} #{value.pk}）"
    if isinstance(value, bool):
        return "是" if value else "否"
    if getattr(field, "choices", None):
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, models.Model):
        return str(value)
    return value


class ReadableHistoryHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if isinstance(field, models.ManyToManyField):
            values = super().prepare_delta_change_value(change, value)
            return "、".join(str(display_value(field, v)) for v in values) or EMPTY
        return display_value(field, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """SimpleHistoryAdmin with readable changes, Chinese headers and room for related records' changes."""

    object_history_list_template = "admin/history/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableHistoryHelper(self.model, historical_record)

    def related_history(self, request, obj):
        """[(title, records)] of other models' changes to show on this record's history page."""
        return []

    def history_view(self, request, object_id, extra_context=None):
        obj = self.get_object(request, object_id)
        related = []
        if obj is not None:
            for title, records in self.related_history(request, obj):
                records = list(records)
                self.set_history_delta_changes_for(request, records)
                related.append({"title": title, "records": records})
        return super().history_view(request, object_id, extra_context={**(extra_context or {}),
                                                                      "related_history": related})

    def set_history_delta_changes_for(self, request, records):
        """Deltas for records of another model (newest first), each against the previous one of the same row."""
        previous_of = {}
        for record in reversed(records):
            key = record.instance_type, getattr(record, "id", None)
            before = previous_of.get(key)
            if before is not None:
                delta = record.diff_against(before, foreign_keys_are_objs=True)
                record.history_delta_changes = ReadableHistoryHelper(
                    record.instance_type, record).context_for_delta_changes(delta)
            previous_of[key] = record


SEED_LOADER = "load_seeds"


@contextmanager
def changes_made_by(username):
    """Record every change inside the block as made by the (inactive, password-less) account `username`.

    For changes no person makes through a page, so the history still says who: the seed loader, a sync.
    """
    user, created = get_user_model().objects.get_or_create(username=username, defaults={"is_active": False})
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    previous = getattr(HistoricalRecords.context, "request", None)
    # The history middleware's channel: a "request" whose user made the change.
    HistoricalRecords.context.request = SimpleNamespace(user=user)
    try:
        yield user
    finally:
        if previous is None:
            del HistoricalRecords.context.request
        else:
            HistoricalRecords.context.request = previous
