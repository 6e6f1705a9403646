"""Regulatory-event extraction from Chinese financial news and announcements (pure Python)."""

from .extractor import extract
from .text import UnreadableInput, clean_text, decode_bytes

__all__ = ["extract", "clean_text", "decode_bytes", "UnreadableInput"]
