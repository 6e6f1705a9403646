"""Saved searches: a user names the current filter state of a list and reopens it (or subscribes to it) later."""
from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tracker.filters import describe_filters, saved_search_filterset
from tracker.models import SavedSearch


class SavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name", "list", "query_string"]
        labels = {"name": gettext_lazy("名称")}
        widgets = {"list": forms.HiddenInput, "query_string": forms.HiddenInput}

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("list") and self.errors.get("query_string") is None:
            search = SavedSearch(list=cleaned["list"], query_string=cleaned.get("query_string", ""))
            if not saved_search_filterset(search).is_valid():
                raise forms.ValidationError(_("筛选条件有误，无法保存。"))
        return cleaned


def _subscriptions_url():
    # The alerts area owns the subscriptions page; link to it once it exists.
    try:
        return reverse("tracker:subscription-list")
    except NoReverseMatch:
        return ""


@login_required
def saved_search_list(request):
    searches = list(SavedSearch.objects.filter(user=request.user).order_by("list", "name"))
    for search in searches:
        search.summary = describe_filters(saved_search_filterset(search))
    return render(request, "tracker/searches/list.html", {
        "searches": searches, "subscriptions_url": _subscriptions_url(),
    })


@login_required
@require_POST
def saved_search_create(request):
    form = SavedSearchForm(request.POST)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}):
        back = ""
    if form.is_valid():
        search = form.save(commit=False)
        search.user = request.user
        try:
            with transaction.atomic():
                search.save()
        except IntegrityError:
            messages.error(request, _("您已有同名的保存搜索，请换一个名称。"))
        else:
            messages.success(request, _("已保存搜索“%(name)s”。") % {"name": search.name})
            return redirect(back or search.get_absolute_url())
    else:
        messages.error(request, _("未能保存搜索：%(errors)s") % {
            "errors": "；".join(str(m) for errors in form.errors.values() for m in errors)
        })
    return redirect(back or reverse("tracker:saved-search-list"))


@login_required
@require_POST
def saved_search_delete(request, pk):
    search = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    search.delete()
    messages.success(request, _("已删除搜索“%(name)s”。") % {"name": search.name})
    return redirect("tracker:saved-search-list")
