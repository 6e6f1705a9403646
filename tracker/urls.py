"""URLs: the project's (admin, auth, i18n, API) and the analysts' web app under the `tracker` namespace."""
from django.contrib import admin
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from . import api
from .views import cases, companies, deadlines, feeds, health, home, searches, subscriptions, tokens

tracker_patterns = [
    path("", home.home, name="home"),
    path("actions/", cases.action_list, name="action-list"),
    re_path(r"^actions/export\.(?P<export_format>csv|xlsx)$", cases.action_export, name="action-export"),
    path("companies/", companies.company_list, name="company-list"),
    re_path(r"^companies/export\.(?P<export_format>csv|xlsx)$", companies.company_export, name="company-export"),
    path("companies/<int:pk>/", companies.company_detail, name="company-detail"),
    path("deadlines/", deadlines.deadline_list, name="deadline-list"),
    path("deadlines/calendar/", deadlines.deadline_calendar, name="deadline-calendar"),
    path("deadlines/<int:pk>/", deadlines.deadline_detail, name="deadline-detail"),
    re_path(r"^deadlines/export\.(?P<export_format>csv|xlsx)$", deadlines.deadline_export, name="deadline-export"),
    path("searches/", searches.saved_search_list, name="saved-search-list"),
    path("searches/new/", searches.saved_search_create, name="saved-search-create"),
    path("searches/<int:pk>/delete/", searches.saved_search_delete, name="saved-search-delete"),
    path("subscriptions/", subscriptions.subscription_list, name="subscription-list"),
    path("subscriptions/new/", subscriptions.subscription_edit, name="subscription-create"),
    path("subscriptions/<int:pk>/", subscriptions.subscription_edit, name="subscription-edit"),
    path("subscriptions/<int:pk>/delete/", subscriptions.subscription_delete, name="subscription-delete"),
    path("subscriptions/calendar/regenerate/", subscriptions.calendar_regenerate, name="calendar-regenerate"),
    path("account/tokens/", tokens.token_list, name="token-list"),
    path("account/tokens/new/", tokens.token_create, name="token-create"),
    path("account/tokens/<int:pk>/revoke/", tokens.token_revoke, name="token-revoke"),
    path("unsubscribe/<str:token>/", subscriptions.unsubscribe, name="unsubscribe"),
    path("calendar/<str:token>.ics", feeds.calendar_feed, name="calendar-feed"),
]

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    # Browsers ask for /favicon.ico on every page without a <link rel="icon"> (the admin, the API docs).
    # (Resolved per request: the hashed name exists only once collectstatic has run.)
    path("favicon.ico", lambda request: redirect(static("tracker/favicon.svg"), permanent=True)),
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/token/", api.obtain_api_token, name="api-token"),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves Swagger UI's start-up script as a file: no inline script for the CSP to refuse.
    path("api/docs/", login_required(SpectacularSwaggerSplitView.as_view(url_name="api-schema")), name="api-docs"),
    path("api/", include(api.router.urls)),
    path("", include((tracker_patterns, "tracker"))),
]

handler400 = "tracker.views.errors.bad_request"
