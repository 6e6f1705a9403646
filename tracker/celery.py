"""The Celery app, configured from Django settings (CELERY_* names)."""
import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")

app = Celery("tracker")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def make_filesystem_broker_folders(sender, **kwargs):
    """The filesystem transport (the development default) needs its folders before the first message."""
    options = sender.conf.broker_transport_options or {}
    for option in ("data_folder_in", "data_folder_out", "control_folder"):
        if options.get(option):
            os.makedirs(options[option], exist_ok=True)
