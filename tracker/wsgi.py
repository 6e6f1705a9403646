import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
application = get_wsgi_application()
# What loading the project created lives as long as the process: frozen, it is left out of the garbage
# collector's full passes, which otherwise scan it all and hold up a request for 80-150 ms now and then
# (seen in the tail of `manage.py bench_case_list`).
gc.freeze()
