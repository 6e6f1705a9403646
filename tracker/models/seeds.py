"""Which seed facts were ever loaded, so starting the product never undoes a curator's work."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SeedLedger(models.Model):
    """One seed record that `load_seeds` created or found once (file, section and natural key).

    A seed is applied once: afterwards the record belongs to the curators. A record they edited or
    deleted is neither reset nor re-created by the next `load_seeds` (which `python3 dev.py run` runs
    on every start).
    """

    key = models.CharField(_("种子键"), max_length=400, unique=True)
    loaded_at = models.DateTimeField(_("首次载入"), auto_now_add=True)

    class Meta:
        verbose_name = _("种子载入记录")
        verbose_name_plural = _("种子载入记录")

    def __str__(self):
        return self.key
