"""Curation admin for the tracker, one module per concern."""
from . import records  # noqa: F401
