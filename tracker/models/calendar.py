"""The exchanges' announced closures for years the packaged trading calendar does not reach yet."""
from django.db import models
from django.utils.translation import gettext_lazy as _

from companies.models import TimeStampedModel


class MarketClosure(TimeStampedModel):
    """A weekday on which the mainland exchanges (SSE, SZSE, BSE) do not trade.

    exchange-calendars ships the holidays up to its last published year; for a later year a curator enters the
    closures the exchanges announce (usually in December, e.g. 春节 and 国庆). Until a year has at least one
    closure entered, dates counted in trading days in that year are provisional (weekdays only).
    """

    day = models.DateField(_("休市日"), unique=True)
    reason = models.CharField(_("原因"), max_length=100, blank=True, help_text=_("例如 春节、国庆节。"))
    source_url = models.URLField(_("公告链接"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("休市安排")
        verbose_name_plural = _("休市安排")
        ordering = ["day"]

    def __str__(self):
        return f"{self.day:%Y-%m-%d} {self.reason}".strip()
