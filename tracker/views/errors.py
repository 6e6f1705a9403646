"""Error pages that say what went wrong in the user's terms."""
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render
from django.views import defaults

from ..review.ingest import too_large_message


def bad_request(request, exception=None):
    """400, except a form post beyond DATA_UPLOAD_MAX_MEMORY_SIZE (a huge pasted article): 413 with the same
    "文章过大" message the article form gives for anything over the article limit."""
    if isinstance(exception, RequestDataTooBig):
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        return render(request, "tracker/errors/too_large.html", {
            "message": too_large_message(size), "back": request.path}, status=413)
    return defaults.bad_request(request, exception)
