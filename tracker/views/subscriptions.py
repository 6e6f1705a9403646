"""Alert subscriptions: users manage their own; the one-click unsubscribe link works without logging in."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from ..alerts import delivery
from ..alerts.forms import SubscriptionForm
from ..alerts.watch import live_deadlines, watch_filter
from ..models import CalendarFeed, Subscription


def watched_overdue(subscriptions, today):
    """Open deadlines past due that any of these subscriptions watches: flagged until someone resolves them."""
    active = [subscription for subscription in subscriptions if subscription.active]
    if not active:
        return []
    query = watch_filter(active[0])
    for subscription in active[1:]:
        query |= watch_filter(subscription)
    return list(live_deadlines().filter(query, due_date__lt=today).select_related("company")
                .prefetch_related("company__names").distinct().order_by("due_date", "id")[:50])


@login_required
def subscription_list(request):
    subscriptions = list(request.user.alert_subscriptions.prefetch_related("companies__names", "violation_types"))
    feed = CalendarFeed.for_user(request.user)
    today = timezone.localdate()
    return render(request, "tracker/subscriptions/list.html", {
        "subscriptions": subscriptions,
        "calendar_url": request.build_absolute_uri(reverse("tracker:calendar-feed", args=[feed.token])),
        "overdue": watched_overdue(subscriptions, today),
        "today": today,
    })


@login_required
@require_http_methods(["GET", "POST"])
def subscription_edit(request, pk=None):
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user) if pk else Subscription(user=request.user)
    initial = {}
    if not pk and request.GET.get("saved_search", "").isdigit():
        # "订阅提醒" on a saved search: start from that search.
        search = request.user.saved_searches.filter(pk=request.GET["saved_search"]).first()
        if search is not None:
            initial = {"saved_search": search.pk, "name": search.name}
    form = SubscriptionForm(request.POST or None, instance=subscription, initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("订阅已保存。"))
        return redirect("tracker:subscription-list")
    return render(request, "tracker/subscriptions/form.html", {"form": form, "subscription": subscription})


@login_required
@require_http_methods(["GET", "POST"])
def subscription_delete(request, pk):
    subscription = get_object_or_404(Subscription, pk=pk, user=request.user)
    if request.method == "POST":
        subscription.delete()
        messages.success(request, _("订阅已删除。"))
        return redirect("tracker:subscription-list")
    return render(request, "tracker/subscriptions/confirm_delete.html", {"subscription": subscription})


@login_required
@require_POST
def calendar_regenerate(request):
    CalendarFeed.for_user(request.user).regenerate()
    messages.success(request, _("日历订阅地址已更换，旧地址不再可用。"))
    return redirect("tracker:subscription-list")


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" with no session and no CSRF token.
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """GET shows a confirmation (link scanners must not unsubscribe anyone); POST unsubscribes."""
    subscription = Subscription.objects.filter(unsubscribe_token=token).select_related("user").first()
    if subscription is None:
        raise Http404(_("退订链接无效。"))
    if request.method == "POST":
        delivery.unsubscribe(token)
        return render(request, "tracker/subscriptions/unsubscribed.html", {"subscription": subscription})
    return render(request, "tracker/subscriptions/unsubscribe.html", {"subscription": subscription})
