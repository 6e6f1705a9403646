from django.apps import AppConfig


class CompaniesConfig(AppConfig):
    name = "companies"
    verbose_name = "公司"
    default_auto_field = "django.db.models.BigAutoField"
