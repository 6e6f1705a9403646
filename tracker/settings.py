"""Settings for the A-share enforcement tracker.

Everything that differs between machines comes from the environment (12-factor);
the defaults give a safe development setup: SQLite, no broker to install, mail
written to files under var/mail.
"""
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from celery.schedules import crontab

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("TRACKER_VAR_DIR", BASE_DIR / "var"))


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "dev-only-insecure-key-change-me")
if not DEBUG and SECRET_KEY.startswith("dev-only"):
    raise RuntimeError("Set DJANGO_SECRET_KEY when DJANGO_DEBUG is off.")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# Absolute base for links in emails and calendar feeds (no request there).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_celery_beat",
    "simple_history",
    "axes",
    "companies",
    "tracker",
]

MIDDLEWARE = [
    "tracker.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "tracker.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a locked-out login into the lock-out page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A worker and the web process share the file: wait for locks instead of failing.
    # IMMEDIATE: a transaction takes the write lock when it begins and waits for it, instead of failing with
    # "database is locked" when two processes (web, worker, beat) upgrade read locks at the same moment.
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    # Tests use a file, not memory, so the Celery worker of the end-to-end alert test sees the same database.
    DATABASES["default"]["TEST"] = {
        "NAME": str(Path(os.environ.get("TMPDIR", "/tmp")) / f"tracker-test-{os.getpid()}.sqlite3"),
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes first: it refuses a locked-out username/address before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "staticfiles"
# Production (DJANGO_DEBUG=0) serves collectstatic's output through WhiteNoise: hashed names, compressed, cached
# for a year. Development and the tests serve the source files as they are (no collectstatic needed).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage" if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# --- HTTPS, cookies, headers ---------------------------------------------------
# Behind a reverse proxy that terminates TLS, set DJANGO_SECURE_PROXY_SSL_HEADER=1 (the proxy must set
# X-Forwarded-Proto). The defaults follow DJANGO_DEBUG: strict in production, plain HTTP in development.
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the proxy and the orchestrator probe it over plain HTTP
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("DJANGO_SECURE_HSTS_PRELOAD", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("DJANGO_SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("DJANGO_CSRF_COOKIE_SECURE", not DEBUG)
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

# Content-Security-Policy (django-csp): scripts and styles only from this site, no inline script anywhere.
# Inline style attributes are allowed: the Django admin and Swagger UI set a few; they cannot run code.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# --- Limits on password guessing (django-axes) -----------------------------------
# Ten wrong passwords in a row for one username from one address lock that pair out for AXES_COOLOFF_MINUTES,
# on /accounts/login/, /admin/login/ and /api/token/ alike; a correct password resets the count.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "10"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "tracker.middleware.client_ip"
AXES_VERBOSE = False
# How many reverse proxies append to X-Forwarded-For in front of the app (0: use the socket's address).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# --- API tokens ---------------------------------------------------------------------
# A token from /api/token/ or the account page lives this many days unless revoked or expired sooner.
API_TOKEN_TTL_DAYS = int(os.environ.get("API_TOKEN_TTL_DAYS", "90"))


# --- Email -------------------------------------------------------------------
def parse_email_url(url):
    """smtp://user:pass@host:port?tls=1, console://, file:///path, locmem://."""
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    scheme = parsed.scheme.lower()
    if scheme in ("smtp", "smtps", "submission"):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parsed.hostname or "localhost",
            "EMAIL_PORT": parsed.port or (465 if scheme == "smtps" else 587 if scheme == "submission" else 25),
            "EMAIL_HOST_USER": unquote(parsed.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parsed.password or ""),
            "EMAIL_USE_SSL": scheme == "smtps",
            "EMAIL_USE_TLS": scheme == "submission" or query.get("tls", ["0"])[0] in ("1", "true"),
        }
    if scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if scheme == "file":
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parsed.path) or str(VAR_DIR / "mail"),
        }
    raise ValueError(f"Unsupported EMAIL_URL scheme: {scheme!r}")


globals().update(parse_email_url(os.environ.get("EMAIL_URL", f"file://{VAR_DIR / 'mail'}")))
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "监管追踪 <alerts@tracker.localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Celery ------------------------------------------------------------------
# Production: a Redis broker. Development default: kombu's filesystem transport,
# so a real worker and beat run with nothing to install.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _queue_dir = VAR_DIR / "celery" / "queue"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_queue_dir),
        "data_folder_out": str(_queue_dir),
        "control_folder": str(VAR_DIR / "celery" / "control"),
    }
CELERY_RESULT_BACKEND = os.environ.get("CELERY_RESULT_BACKEND") or None
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
# Tests and parallel deployments sharing one Redis keep their messages apart by queue name.
CELERY_TASK_DEFAULT_QUEUE = os.environ.get("CELERY_TASK_DEFAULT_QUEUE", "celery")
# Beat entries, installed into django_celery_beat's tables by the DatabaseScheduler on start (idempotent, by name).
CELERY_BEAT_SCHEDULE = {
    "alerts-reminder-scan": {
        "task": "tracker.scan_reminders",
        "schedule": float(os.environ.get("ALERTS_SCAN_INTERVAL_SECONDS", "300")),
    },
    "alerts-daily-digest": {
        "task": "tracker.send_daily_digests",
        "schedule": crontab(hour=8, minute=0),
    },
}
# The registry of listed companies, refreshed daily from the exchanges when AkShare is installed and this is on.
if os.environ.get("REGISTRY_SYNC_AKSHARE", "").lower() in ("1", "true", "yes"):
    CELERY_BEAT_SCHEDULE["registry-sync"] = {"task": "tracker.sync_companies", "schedule": crontab(hour=18, minute=30)}

# --- Deadline alerts (tracker.alerts) ------------------------------------------
ALERTS_DIGEST_TIME = (8, 0)  # Asia/Shanghai, as the beat entry above
ALERTS_MAX_ATTEMPTS = int(os.environ.get("ALERTS_MAX_ATTEMPTS", "5"))
ALERTS_RETRY_BASE_SECONDS = int(os.environ.get("ALERTS_RETRY_BASE_SECONDS", "60"))
# A claim older than this, never handed to SMTP, is a dead worker's: the row goes back to pending.
ALERTS_STALE_CLAIM_SECONDS = int(os.environ.get("ALERTS_STALE_CLAIM_SECONDS", "600"))
# A pending row queued this long ago without being sent is queued again (the message was lost).
ALERTS_REQUEUE_SECONDS = int(os.environ.get("ALERTS_REQUEUE_SECONDS", "900"))

# --- REST API ----------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "tracker.api_tokens.ApiTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # Per user (or per address when anonymous); the counts live in CACHE_URL's cache, shared by every process.
    "DEFAULT_THROTTLE_CLASSES": ["tracker.api_tokens.UserThrottle", "tracker.api_tokens.AnonymousThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "user": os.environ.get("API_THROTTLE_USER", "3000/hour"),
        "anon": os.environ.get("API_THROTTLE_ANON", "100/hour"),
    },
}
SPECTACULAR_SETTINGS = {
    "TITLE": "A股监管追踪 API",
    "DESCRIPTION": "Read-only access to enforcement actions, status changes, fund-occupation cases and deadlines.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI assets served by the app itself (closed networks: no CDN).
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # One name per choice set used by several fields (from/to status, target/occupier role).
    "ENUM_NAME_OVERRIDES": {
        "RiskStatusEnum": "companies.choices.RiskStatus",
        "TargetRoleEnum": "tracker.choices.TargetRole",
    },
    # The schema and its docs describe the data: same login as the data.
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
}

# Every line carries the request id (X-Request-ID from the proxy, or one made here; "-" outside requests),
# so one request's lines can be found across gunicorn workers.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "tracker.middleware.RequestIdLogFilter"}},
    "formatters": {
        "default": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "default"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Facet counts of the list pages are cached per filter state. The default cache lives in each process; with
# several web processes set CACHE_URL=redis://… so a save refreshes the counts everywhere.
CACHE_URL = os.environ.get("CACHE_URL", "")
SHARED_CACHE = CACHE_URL.startswith(("redis://", "rediss://"))  # one cache for every web process
if SHARED_CACHE:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": CACHE_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Sessions are read from the cache and kept in the database too (a restart or a cache flush logs no one out):
# one query less on every page. Only with a cache every web process shares, or in development's single
# process: with a cache per process, a logout in one would leave the session alive in the others' caches.
SESSION_ENGINE = ("django.contrib.sessions.backends.cached_db" if SHARED_CACHE or DEBUG
                  else "django.contrib.sessions.backends.db")

# Pasted articles can be whole newspaper pages: let the ingest code give its own size message
# (tracker.review.ingest) instead of Django's bare 400 for large form posts.
DATA_UPLOAD_MAX_MEMORY_SIZE = 8 * 1024 * 1024
