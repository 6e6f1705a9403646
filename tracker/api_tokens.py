"""API authentication and limits: expiring, revocable tokens and per-user throttling.

Loaded by DRF's settings while rest_framework.views initialises: must not import views (the token endpoint is in
tracker.api).
"""
from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.authentication import TokenAuthentication
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from tracker.models import ApiToken


class ApiTokenAuthentication(TokenAuthentication):
    """`Authorization: Token <key>` against ApiToken digests; revoked or expired tokens are refused."""

    def authenticate_credentials(self, key):
        token = ApiToken.authenticate(key)
        if token is None:
            raise exceptions.AuthenticationFailed(_("令牌无效、已过期或已吊销。"))
        return token.user, token


class _RatesFromSettings:
    """DRF reads the rates once at import; these read them per request, so settings overrides apply."""

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class UserThrottle(_RatesFromSettings, UserRateThrottle):
    pass


class AnonymousThrottle(_RatesFromSettings, AnonRateThrottle):
    pass
