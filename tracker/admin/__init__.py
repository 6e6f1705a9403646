"""Curation admin for the tracker, one module per concern."""
from . import records  # noqa: F401
from . import review  # noqa: F401,E402  (after records: it extends the Source admin registered there)
from . import alerts  # noqa: F401,E402
