"""Review-queue admin: add articles, watch their extraction, accept or reject proposals, merge companies."""
from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from companies.history import HistoryAdmin
from companies.models import Company

from ..models import Extraction, ExtractionStatus, Proposal, ProposalStatus, Source
from ..review import accept as review
from ..review.forms import (
    ArticleForm,
    MergeForm,
    RejectForm,
    payload_form_fields,
    payload_from_form,
    payload_initial,
)
from ..review.ingest import IngestError, ingest_bytes, ingest_text, rerun_extraction
from ..review.merge import merge_companies
from ..review.summary import company_line, describe, existing_equivalent, highlighted_article, similar_records
from .records import SourceAdmin


def admin_change_url(record):
    return reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk])


def report_refusals(modeladmin, request, refused):
    for proposal, message in refused[:20]:
        modeladmin.message_user(request, f"建议 #{proposal.pk}：{message}", messages.ERROR)
    if len(refused) > 20:
        modeladmin.message_user(request, f"另有 {len(refused) - 20} 条未能处理。", messages.ERROR)


# --- proposals -------------------------------------------------------------------------
class ProposalReviewForm(forms.ModelForm):
    create_company = forms.BooleanField(label="新建公司", required=False,
                                        help_text="不关联已有公司，而按下面的名称（留空则按文中名称）新建一家公司。")
    new_company_name = forms.CharField(label="新公司名称", required=False, max_length=200)

    class Meta:
        model = Proposal
        fields = ["company", "reject_reason"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("create_company") and cleaned.get("company"):
            raise forms.ValidationError("“关联公司”与“新建公司”只能选一个：新建时请清空关联公司。")
        return cleaned


class ProposalStatusFilter(admin.SimpleListFilter):
    """Pending by default: the queue is what a curator opens the list for."""

    title = "状态"
    parameter_name = "status"

    def lookups(self, request, model_admin):
        return [*ProposalStatus.choices, ("all", "全部")]

    def choices(self, changelist):
        value = self.value() or ProposalStatus.PENDING
        for lookup, title in self.lookup_choices:
            yield {"selected": value == lookup, "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                   "display": title}

    def queryset(self, request, queryset):
        value = self.value() or ProposalStatus.PENDING
        return queryset if value == "all" else queryset.filter(status=value)


@admin.register(Proposal)
class ProposalAdmin(HistoryAdmin):
    form = ProposalReviewForm
    change_form_template = "admin/tracker/proposal/change_form.html"
    list_display = ["id", "kind", "company_display", "summary", "confidence", "status", "source_link", "created_at"]
    list_display_links = ["id", "summary"]
    list_filter = [ProposalStatusFilter, "kind", ("source", admin.RelatedOnlyFieldListFilter)]
    search_fields = ["company_name", "evidence", "source__title", "company__names__name", "company__code"]
    list_select_related = ["source", "company"]
    autocomplete_fields = ["company"]
    actions = ["accept_selected", "reject_selected"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False  # proposals come from extraction only

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("company__names")

    # -- list columns
    @admin.display(description="公司")
    def company_display(self, obj):
        if obj.company_id:
            return str(obj.company)
        return format_html("<em>{}</em>", f"新建：{obj.company_name}" if obj.company_name else "—")

    @admin.display(description="内容")
    def summary(self, obj):
        return describe(obj)

    @admin.display(description="把握")
    def confidence(self, obj):
        value = (obj.payload or {}).get("confidence")
        if not isinstance(value, (int, float)):
            return "—"
        # Below 0.7 the record leans on 公司 or on a date or regulator from elsewhere in the article.
        return format_html('<span class="{}">{}</span>', "confidence-low" if value < 0.7 else "", f"{value:.0%}")

    @admin.display(description="来源", ordering="source")
    def source_link(self, obj):
        return format_html('<a href="{}">{}</a>', admin_change_url(obj.source), obj.source)

    # -- change view
    @admin.display(description="原文（依据已标出）")
    def article(self, obj):
        return highlighted_article(obj)

    @admin.display(description="接受后将记录")
    def preview(self, obj):
        lines = [describe(obj)]
        if obj.kind != "company":
            lines.append(company_line(obj))
        confidence = (obj.payload or {}).get("confidence")
        if isinstance(confidence, (int, float)):
            lines.append(f"抽取把握：{confidence:.0%}" + ("（依据较弱，请对照原文核实）" if confidence < 0.7 else ""))
        if obj.is_pending:
            twin = existing_equivalent(obj)
            if twin is not None:
                lines.append(f"已有相同记录“{twin}”：接受后只为它添加本来源的引用，不重复创建。")
            similar = [record for record in similar_records(obj) if record != twin]
            if similar:
                lines.append(
                    "已有相近记录（同一公司、措施与机构，日期相近或未知），可能是同一事实："
                    + "；".join(str(record) for record in similar)
                    + "。若是同一事实，请用下方“附加到已有记录”，只为它添加本来源的引用。"
                )
        return format_html_join("", "<p>{}</p>", ((line,) for line in lines))

    @admin.display(description="接受失败原因")
    def error_display(self, obj):
        return format_html('<strong class="errornote">{}</strong>', obj.error) if obj.error else "—"

    @admin.display(description="生成或引用的记录")
    def records_display(self, obj):
        if not obj.records:
            return "—"
        items = []
        for record in review.records_of(obj):
            items.append((admin_change_url(record), str(record)))
        return format_html_join("、", '<a href="{}">{}</a>', items) or "（记录已删除）"

    def get_fieldsets(self, request, obj=None):
        info = ["source_link", "kind", "status", "article", "preview", "error_display"]
        if obj is None or not obj.is_pending:
            review_fields = ["company", "reject_reason", "reviewed_by", "reviewed_at", "records_display"]
            return [(None, {"fields": info}), ("审核", {"fields": review_fields})]
        return [
            (None, {"fields": info}),
            ("关联公司", {"fields": ["company", "create_company", "new_company_name"]}),
            ("修改内容（保存或接受前可编辑）", {"fields": list(payload_form_fields(obj.kind))}),
            ("拒绝", {"fields": ["reject_reason"], "description": "点“拒绝”前填写理由。"}),
        ]

    def get_readonly_fields(self, request, obj=None):
        computed = ["source_link", "kind", "status", "article", "preview", "error_display", "records_display",
                    "reviewed_by", "reviewed_at"]
        if obj is None or not obj.is_pending:
            return [*computed, "company", "reject_reason"]
        return computed

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is not None and obj.is_pending:
            kwargs["form"] = type("ProposalEditForm", (ProposalReviewForm,), payload_form_fields(obj.kind))
        return super().get_form(request, obj, change, **kwargs)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        form = context.get("adminform").form if context.get("adminform") else None
        if obj is not None and obj.is_pending and form is not None and not form.is_bound:
            for name, value in payload_initial(obj.kind, obj.payload).items():
                form.initial.setdefault(name, value)
        context["proposal_pending"] = obj is not None and obj.is_pending
        context["similar_records"] = similar_records(obj) if obj is not None and obj.is_pending else []
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        if obj.is_pending:
            obj.payload = payload_from_form(obj.kind, obj.payload, form.cleaned_data)
        super().save_model(request, obj, form, change)
        if obj.is_pending and form.cleaned_data.get("create_company"):
            try:
                company = review.create_company_for(obj, form.cleaned_data.get("new_company_name") or "")
                self.message_user(request, f"已新建公司 {company} 并关联。", messages.SUCCESS)
            except review.ProposalError as error:
                self.message_user(request, f"未能新建公司：{error}", messages.ERROR)

    def response_change(self, request, obj):
        if "_accept" in request.POST:
            try:
                records = review.accept_proposal(obj, request.user)
            except review.ProposalError as error:
                self.message_user(request, f"未能接受：{error}", messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(request, f"已接受建议 #{obj.pk}：" + "、".join(str(r) for r in records), messages.SUCCESS)
            return self._next_in_queue(obj)
        if "_attach" in request.POST:
            record = next((r for r in similar_records(obj) if str(r.pk) == request.POST["_attach"]), None)
            if record is None:
                self.message_user(request, "所选的已有记录不再与此建议相近，请刷新后重试。", messages.ERROR)
                return HttpResponseRedirect(request.path)
            try:
                review.attach_to_existing(obj, record, request.user)
            except review.ProposalError as error:
                self.message_user(request, f"未能附加：{error}", messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(request, f"建议 #{obj.pk} 已作为“{record}”的又一来源记录，未新建记录。", messages.SUCCESS)
            return self._next_in_queue(obj)
        if "_reject" in request.POST:
            try:
                review.reject_proposal(obj, request.user, obj.reject_reason)
            except review.ProposalError as error:
                self.message_user(request, f"未能拒绝：{error}", messages.ERROR)
                return HttpResponseRedirect(request.path)
            self.message_user(request, f"已拒绝建议 #{obj.pk}。", messages.SUCCESS)
            return self._next_in_queue(obj)
        return super().response_change(request, obj)

    def _next_in_queue(self, obj):
        following = Proposal.objects.pending().filter(source=obj.source_id).exclude(pk=obj.pk).order_by("id").first()
        if following:
            return redirect(admin_change_url(following))
        return redirect(reverse("admin:tracker_proposal_changelist"))

    # -- bulk actions
    @admin.action(description="接受所选建议", permissions=["change"])
    def accept_selected(self, request, queryset):
        accepted, refused = review.accept_many(list(queryset.select_related("source", "company")), request.user)
        self.message_user(request, f"已接受 {accepted} 条建议。", messages.SUCCESS if accepted else messages.WARNING)
        report_refusals(self, request, refused)

    @admin.action(description="拒绝所选建议（需填写理由）", permissions=["change"])
    def reject_selected(self, request, queryset):
        form = RejectForm(request.POST if "apply" in request.POST else None)
        if form.is_valid():
            rejected, refused = review.reject_many(list(queryset), request.user, form.cleaned_data["reason"])
            self.message_user(request, f"已拒绝 {rejected} 条建议。", messages.SUCCESS if rejected else messages.WARNING)
            report_refusals(self, request, refused)
            return None
        context = {
            **self.admin_site.each_context(request), "title": "拒绝所选建议", "opts": self.model._meta,
            "form": form, "proposals": queryset, "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "action": "reject_selected",
        }
        return TemplateResponse(request, "admin/tracker/proposal/reject_selected.html", context)

    # -- company merge (reached from the company list's action)
    def get_urls(self):
        extra = [path("merge-companies/", self.admin_site.admin_view(self.merge_view), name="tracker_merge_companies")]
        return extra + super().get_urls()

    def merge_view(self, request):
        if not (request.user.has_perm("companies.change_company") and request.user.has_perm("companies.delete_company")):
            raise PermissionDenied
        ids = [int(i) for i in request.GET.get("ids", "").split(",") if i.strip().isdigit()]
        companies = list(Company.objects.filter(pk__in=ids).prefetch_related("names"))
        changelist = reverse("admin:companies_company_changelist")
        if len(companies) != 2:
            self.message_user(request, "请在公司列表中恰好选择两家公司再合并。", messages.ERROR)
            return redirect(changelist)
        form = MergeForm(request.POST or None, companies=companies)
        if request.method == "POST" and form.is_valid():
            keep, other = form.cleaned_data["keep"], form.other()
            label = str(other)
            try:
                merge_companies(keep, other)
            except ValidationError as error:
                self.message_user(request, "未能合并：" + "；".join(error.messages), messages.ERROR)
                return redirect(changelist)
            self.message_user(request, f"已将“{label}”合并到“{keep}”。", messages.SUCCESS)
            return redirect(admin_change_url(keep))
        rows = [
            (company, Company.objects.filter(pk=company.pk).aggregate(
                actions=Count("enforcement_actions", distinct=True), changes=Count("status_changes", distinct=True),
                deadlines=Count("deadlines", distinct=True), cases=Count("occupation_cases", distinct=True)))
            for company in companies
        ]
        context = {**self.admin_site.each_context(request), "title": "合并公司", "form": form, "rows": rows,
                   "opts": Company._meta}
        return TemplateResponse(request, "admin/tracker/review/merge_companies.html", context)


@admin.action(description="合并所选的两家公司", permissions=["change"])
def merge_selected_companies(modeladmin, request, queryset):
    ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
    return redirect(reverse("admin:tracker_merge_companies") + f"?ids={ids}")


# Companies must not import tracker; the merge action is added to their admin from here.
_company_admin = admin.site.get_model_admin(Company)
_company_admin.actions = [*(_company_admin.actions or []), merge_selected_companies]


# --- sources: add an article, see its extraction and proposals ---------------------------------
class ExtractionInline(admin.TabularInline):
    model = Extraction
    extra = 0
    fields = ["created_at", "status", "error", "warnings", "proposal_count", "extractor_version", "finished_at"]
    readonly_fields = fields
    can_delete = False
    verbose_name_plural = "抽取任务"

    def has_add_permission(self, request, obj=None):
        return False


class ProposalInline(admin.TabularInline):
    model = Proposal
    extra = 0
    fields = ["link", "kind", "summary", "status"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False
    verbose_name_plural = "待审核建议"

    def has_add_permission(self, request, obj=None):
        return False

    @admin.display(description="编号")
    def link(self, obj):
        return format_html('<a href="{}">#{}</a>', admin_change_url(obj), obj.pk)

    @admin.display(description="内容")
    def summary(self, obj):
        return describe(obj)


admin.site.unregister(Source)


@admin.register(Source)
class SourceReviewAdmin(SourceAdmin):
    """The core Source admin plus the ingestion flow: add an article, re-run extraction, see proposals."""

    inlines = [*SourceAdmin.inlines, ExtractionInline, ProposalInline]
    actions = [*(SourceAdmin.actions or []), "rerun_extraction"]

    def get_readonly_fields(self, request, obj=None):
        # Proposals point into the stored text by offsets: once there are any, the text must not change.
        readonly = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.proposals.exists():
            readonly.append("text")
        return readonly

    def get_list_display(self, request):
        return [*super().get_list_display(request), "review_state"]

    def get_queryset(self, request):
        pending = (Proposal.objects.filter(source=OuterRef("pk"), status=ProposalStatus.PENDING).order_by()
                   .values("source").annotate(n=Count("pk")).values("n"))
        last = Extraction.objects.filter(source=OuterRef("pk")).order_by("-created_at", "-id").values("status")[:1]
        return super().get_queryset(request).annotate(pending_proposals=Subquery(pending), last_extraction=Subquery(last))

    @admin.display(description="审核")
    def review_state(self, obj):
        status = getattr(obj, "last_extraction", None)
        if status == ExtractionStatus.FAILED:
            return format_html('<strong style="color:#b00">{}</strong>', "抽取失败")
        if status in (ExtractionStatus.PENDING, ExtractionStatus.RUNNING):
            return ExtractionStatus(status).label
        pending = getattr(obj, "pending_proposals", None) or 0
        if not pending:
            return "—"
        url = reverse("admin:tracker_proposal_changelist") + f"?source__id__exact={obj.pk}"
        return format_html('<a href="{}">{} 条待审核</a>', url, pending)

    @admin.action(description="重新抽取（已接受的不受影响）", permissions=["change"])
    def rerun_extraction(self, request, queryset):
        count = 0
        for source in queryset.filter(~Q(text="")):
            rerun_extraction(source)
            count += 1
        self.message_user(request, f"已为 {count} 个来源提交重新抽取。", messages.SUCCESS)

    def get_urls(self):
        extra = [path("add-article/", self.admin_site.admin_view(self.add_article_view), name="tracker_source_ingest")]
        return extra + super().get_urls()

    def add_article_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ArticleForm(request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            metadata = {"title": data["title"], "publication": data["publication"], "published_on": data["published_on"],
                        "url": data["url"], "kind": data["kind"]}
            try:
                if data.get("file") is not None:
                    result = ingest_bytes(data["file"].read(), **metadata)
                else:
                    result = ingest_text(data["text"], **metadata)
            except IngestError as error:
                form.add_error(None, str(error))
            else:
                for warning in result.warnings:
                    self.message_user(request, warning, messages.WARNING)
                self.message_user(request, result.message, messages.SUCCESS if result.created else messages.WARNING)
                return redirect(admin_change_url(result.source))
        context = {**self.admin_site.each_context(request), "title": "添加文章", "form": form, "opts": self.model._meta,
                   "media": self.media + form.media}
        return TemplateResponse(request, "admin/tracker/review/add_article.html", context)
