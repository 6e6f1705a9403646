from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "监管追踪"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The alert signal handlers, connected once the models exist (models never import alerts).
        from .alerts import signals  # noqa: F401
