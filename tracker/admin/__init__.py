"""Curation admin for the tracker, one module per concern."""
# `review` must load after `records`: it extends the Source admin registered there.
from . import alerts, calendar, records, review, tokens  # noqa: F401
