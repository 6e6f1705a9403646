"""URLs: the project's (admin, auth, i18n, API) and the analysts' web app under the `tracker` namespace."""
from django.contrib import admin
from django.urls import include, path

from .views import home

tracker_patterns = [
    path("", home.home, name="home"),
    path("companies/<int:pk>/", home.company_detail, name="company-detail"),
]

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include((tracker_patterns, "tracker"))),
]
