"""Regulatory-event extraction from Chinese financial news and announcements (pure Python)."""

# Bump when the rules change, so stored extractions say which rules produced them.
__version__ = "2.0"

from .extractor import extract  # noqa: E402
from .text import UnreadableInput, clean_text, decode_bytes

__all__ = ["extract", "clean_text", "decode_bytes", "UnreadableInput"]
