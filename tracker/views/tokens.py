"""A user's own API tokens: issue one (the key is shown once), see when each was used, revoke any."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..models import ApiToken


@login_required
def token_list(request):
    return render(request, "tracker/tokens/list.html", {
        "tokens": request.user.api_tokens.all(),
        "new_key": request.session.pop("new_api_token", None),
    })


@login_required
@require_POST
def token_create(request):
    _token, key = ApiToken.issue(request.user, name=request.POST.get("name", "").strip() or _("网页生成"))
    # Through the session, not the URL: the key must not land in browser history or proxy logs.
    request.session["new_api_token"] = key
    return redirect("tracker:token-list")


@login_required
@require_POST
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token.revoke()
    messages.success(request, _("令牌 %(prefix)s… 已吊销，使用它的程序将无法再访问 API。") % {"prefix": token.prefix})
    return redirect("tracker:token-list")
