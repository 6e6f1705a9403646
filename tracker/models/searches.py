"""Saved searches: a named filter state (the query string of a list page) that a user can reopen or subscribe to."""
from urllib.parse import urlencode

from django.conf import settings
from django.db import models
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from companies.models import TimeStampedModel

# Parameters that describe the page, not the search: never stored.
VIEW_ONLY_PARAMETERS = ("page", "per_page")


class SearchList(models.TextChoices):
    ACTIONS = "actions", _("监管措施")
    DEADLINES = "deadlines", _("截止日期")
    COMPANIES = "companies", _("公司")


LIST_URL_NAMES = {
    SearchList.ACTIONS: "tracker:action-list",
    SearchList.DEADLINES: "tracker:deadline-list",
    SearchList.COMPANIES: "tracker:company-list",
}


class SavedSearch(TimeStampedModel):
    """The filter state of one list page. `filterset()` / `queryset()` replay it through that list's FilterSet."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches",
                             verbose_name=_("用户"))
    name = models.CharField(_("名称"), max_length=100)
    list = models.CharField(_("列表"), max_length=16, choices=SearchList.choices, default=SearchList.ACTIONS)
    query_string = models.CharField(_("查询参数"), max_length=2000, blank=True,
                                    help_text=_("列表页网址中 ? 之后的部分，例如 measure=fine&decision_date_after=2025-01-01。"))

    class Meta:
        verbose_name = _("保存的搜索")
        verbose_name_plural = _("保存的搜索")
        ordering = ["user", "list", "name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "list", "name"], name="savedsearch_unique_name_per_user_list",
                                    violation_error_message="您已有同名的保存搜索。"),
        ]

    def __str__(self):
        return f"{self.name}（{self.get_list_display()}）"

    @staticmethod
    def clean_query_string(query_string):
        """The query string without page/per_page, in a stable order."""
        data = QueryDict(query_string or "", mutable=True)
        for name in VIEW_ONLY_PARAMETERS:
            data.pop(name, None)
        return urlencode(sorted((key, value) for key in data for value in data.getlist(key) if value != ""))

    def save(self, *args, **kwargs):
        self.query_string = self.clean_query_string(self.query_string)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        path = reverse(LIST_URL_NAMES[self.list])
        return f"{path}?{self.query_string}" if self.query_string else path
