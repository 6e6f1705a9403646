from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = _("监管追踪")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The alert signal handlers, connected once the models exist (models never import alerts).
        from .alerts import signals  # noqa: F401
