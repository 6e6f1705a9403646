"""The home page is the overview dashboard; kept as a module because `tracker:home` points here."""
from .overview import overview as home  # noqa: F401
