"""gunicorn settings for the web processes: `gunicorn -c deploy/gunicorn.conf.py tracker.wsgi`.

Everything can be overridden from the environment (GUNICORN_BIND, WEB_CONCURRENCY, GUNICORN_TIMEOUT).
"""
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the pages are database-bound and short; exports stream. 2 x cores + 1 is gunicorn's advice.
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "120"))  # large XLSX exports
graceful_timeout = 30
max_requests = 2000  # recycle workers now and then: a slow leak never takes a process down
max_requests_jitter = 200
# Only the local reverse proxy may say the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-"
errorlog = "-"
# The request id the app returns (X-Request-ID) ends each access line, matching the app's own log lines.
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s" rid=%({x-request-id}o)s'
