from django.apps import AppConfig


class TrackerConfig(AppConfig):
    name = "tracker"
    verbose_name = "监管追踪"
    default_auto_field = "django.db.models.BigAutoField"
