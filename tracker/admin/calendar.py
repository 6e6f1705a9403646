"""The exchanges' announced closures, entered by curators for years the packaged calendar does not reach."""
from django.contrib import admin

from ..models import MarketClosure


@admin.register(MarketClosure)
class MarketClosureAdmin(admin.ModelAdmin):
    list_display = ["day", "reason", "source_url"]
    date_hierarchy = "day"
    search_fields = ["reason"]
