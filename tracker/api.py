"""Read-only REST API over the same lists as the web pages, filtered by the same FilterSets.

Authentication: a token (`Authorization: Token <key>`, obtained at /api/token/) or the browser session.
Malformed filter parameters give a 400 with the form errors.
"""
from django.contrib.auth import authenticate
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, status, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import APIView

from companies.models import Company, StatusChange
from tracker.choices import DeadlineState
from tracker.filters import (
    CompanyFilterSet,
    DeadlineFilterSet,
    EnforcementActionFilterSet,
    FundOccupationCaseFilterSet,
    StatusChangeFilterSet,
)
from tracker.models import ActionTarget, ApiToken, Deadline, EnforcementAction, FundOccupationCase


class CompanyBriefSerializer(serializers.ModelSerializer):
    short_name = serializers.CharField(source="current_short_name", read_only=True)
    status = serializers.CharField(source="current_status", read_only=True)

    class Meta:
        model = Company
        fields = ["id", "code", "short_name", "exchange", "board", "status"]


class CompanySerializer(CompanyBriefSerializer):
    full_name = serializers.CharField(read_only=True)
    names = serializers.SerializerMethodField()

    class Meta(CompanyBriefSerializer.Meta):
        fields = [*CompanyBriefSerializer.Meta.fields, "full_name", "names"]

    @extend_schema_field(serializers.ListField(child=serializers.DictField()))
    def get_names(self, company):
        return [{"name": n.name, "kind": n.kind, "valid_from": n.valid_from, "valid_to": n.valid_to}
                for n in company.names.all()]


class ActionTargetSerializer(serializers.ModelSerializer):
    person = serializers.CharField(source="person.name", default=None, read_only=True)

    class Meta:
        model = ActionTarget
        fields = ["person", "role", "amount_yuan"]


class EnforcementActionSerializer(serializers.ModelSerializer):
    company = CompanyBriefSerializer(read_only=True)
    issuer = serializers.CharField(source="issuer.name", read_only=True)
    violation_types = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    targets = ActionTargetSerializer(many=True, read_only=True)
    total_amount = serializers.DecimalField(source="total_amount_yuan", max_digits=20, decimal_places=2, read_only=True,
                                            allow_null=True)

    class Meta:
        model = EnforcementAction
        fields = ["id", "company", "issuer", "measure", "violation_types", "decision_date", "announcement_date",
                  "document_number", "proposed", "summary", "targets", "total_amount"]


class DeadlineSerializer(serializers.ModelSerializer):
    company = CompanyBriefSerializer(read_only=True)
    days_left = serializers.SerializerMethodField()
    # Where it stands today (waiting/open/due/overdue/met/missed/cancelled): the web's and the exports' meaning.
    state = serializers.ChoiceField(choices=DeadlineState.choices, read_only=True)
    due_date_provisional = serializers.BooleanField(read_only=True, help_text=(
        "True when the date was counted in weekdays: the exchanges have not announced that year's closures yet."))

    class Meta:
        model = Deadline
        fields = ["id", "company", "case", "action", "kind", "due_date", "due_date_provisional", "days_left",
                  "obligation", "amount_yuan", "consequence", "consequence_status", "status", "state", "resolved_on"]

    def get_days_left(self, deadline) -> int:
        return deadline.days_left()


class StatusChangeSerializer(serializers.ModelSerializer):
    class Meta:
        model = StatusChange
        fields = ["id", "company", "from_status", "to_status", "stacked", "effective_date", "announcement_date",
                  "trigger", "reason", "suspension_date", "price_limit_pct"]


class FundOccupationCaseSerializer(serializers.ModelSerializer):
    company = CompanyBriefSerializer(read_only=True)
    repaid = serializers.DecimalField(max_digits=20, decimal_places=2, read_only=True)
    balance = serializers.DecimalField(max_digits=20, decimal_places=2, read_only=True)

    class Meta:
        model = FundOccupationCase
        fields = ["id", "company", "occupier", "occupier_role", "amount_occupied", "occupied_as_of", "repaid",
                  "balance", "rectified_on", "actions"]


COMPANY_PREFETCH = ("company__names", "company__status_changes")


class EnforcementActionViewSet(viewsets.ReadOnlyModelViewSet):
    """Enforcement actions; the filters are those of the web case list."""

    serializer_class = EnforcementActionSerializer
    filterset_class = EnforcementActionFilterSet
    queryset = (
        EnforcementAction.objects.select_related("company", "issuer")
        .prefetch_related(*COMPANY_PREFETCH, "violation_types",
                          Prefetch("targets", queryset=ActionTarget.objects.select_related("person")))
    )


class DeadlineViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DeadlineSerializer
    filterset_class = DeadlineFilterSet
    queryset = Deadline.objects.select_related("company").prefetch_related(*COMPANY_PREFETCH)

    def get_queryset(self):
        return super().get_queryset().with_state()  # today's states: computed per request, not at import


class CompanyViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = CompanySerializer
    filterset_class = CompanyFilterSet
    queryset = Company.objects.prefetch_related("names", "status_changes", "observations")


class StatusChangeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = StatusChangeSerializer
    filterset_class = StatusChangeFilterSet
    queryset = StatusChange.objects.order_by("company", "effective_date")


class FundOccupationCaseViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = FundOccupationCaseSerializer
    filterset_class = FundOccupationCaseFilterSet
    queryset = FundOccupationCase.objects.with_balance().select_related("company").prefetch_related(
        *COMPANY_PREFETCH, "actions"
    )


router = DefaultRouter()
router.register("actions", EnforcementActionViewSet, basename="api-action")
router.register("deadlines", DeadlineViewSet, basename="api-deadline")
router.register("companies", CompanyViewSet, basename="api-company")
router.register("status-changes", StatusChangeViewSet, basename="api-statuschange")
router.register("occupation-cases", FundOccupationCaseViewSet, basename="api-occupationcase")


# --- tokens ---------------------------------------------------------------------------
class TokenRequestSerializer(serializers.Serializer):
    username = serializers.CharField()
    password = serializers.CharField(trim_whitespace=False, style={"input_type": "password"})
    name = serializers.CharField(required=False, allow_blank=True, max_length=100)


class TokenResponseSerializer(serializers.Serializer):
    token = serializers.CharField()
    expires_at = serializers.DateTimeField(allow_null=True)


class ObtainApiToken(APIView):
    """POST username + password → a new token (shown once) and when it expires.

    Failed attempts count towards the same lock-out as the login pages (django-axes); a locked-out
    username/address gets 429 even with the right password until the lock-out ends.
    """

    permission_classes = [AllowAny]
    authentication_classes = []
    serializer_class = TokenRequestSerializer

    def post(self, request):
        serializer = TokenRequestSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        user = authenticate(request, username=serializer.validated_data["username"],
                            password=serializer.validated_data["password"])
        if getattr(request, "axes_locked_out", False):
            return Response({"detail": _("登录失败次数过多，账户已暂时锁定，请稍后再试。")},
                            status=status.HTTP_429_TOO_MANY_REQUESTS)
        if user is None or not user.is_active:
            return Response({"detail": _("用户名或密码不正确。")}, status=status.HTTP_400_BAD_REQUEST)
        token, key = ApiToken.issue(user, name=serializer.validated_data.get("name") or "API")
        return Response(TokenResponseSerializer({"token": key, "expires_at": token.expires_at}).data)


obtain_api_token = ObtainApiToken.as_view()
