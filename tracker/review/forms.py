"""Forms of the review screens: an article to ingest, a proposal's editable payload, a rejection reason."""
from datetime import date
from decimal import Decimal

from django import forms

from companies.choices import RiskStatus
from companies.models import Company

from ..choices import Measure, SourceKind
from ..models import ProposalKind
from .ingest import MAX_ARTICLE_BYTES, IngestError, check_size

STATUS_CHOICES = [("", "（未知）"), *RiskStatus.choices]
CONSEQUENCE_HELP = "填 *ST、ST、delisted 或文字说明。"


class ArticleForm(forms.Form):
    """Paste the text or upload a file (UTF-8 or GBK; .txt or .html)."""

    title = forms.CharField(label="标题", max_length=300, required=False, help_text="留空则取正文第一行。")
    publication = forms.CharField(label="媒体/发布方", max_length=100, required=False)
    published_on = forms.DateField(label="发布日期", required=False,
                                   help_text="不带年份的日期按此推算；留空则这类日期无法确定。",
                                   widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    kind = forms.ChoiceField(label="类型", choices=SourceKind.choices, initial=SourceKind.NEWS)
    url = forms.URLField(label="链接", max_length=500, required=False, assume_scheme="https")
    text = forms.CharField(label="正文", required=False, widget=forms.Textarea(attrs={"rows": 16, "cols": 100}))
    file = forms.FileField(label="或上传文件", required=False,
                           help_text=f"纯文本或网页文件，不超过 {MAX_ARTICLE_BYTES // 1024} KB。",
                           error_messages={"empty": "文章为空：上传的文件没有内容。"})

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text", "").strip(), cleaned.get("file")
        if text and upload:
            raise forms.ValidationError("请粘贴正文或上传文件，二者选一。")
        if not text and not upload:
            raise forms.ValidationError("请粘贴正文或上传文件。")
        if upload is not None:
            try:
                check_size(upload.size)
            except IngestError as error:
                raise forms.ValidationError(str(error)) from None
        return cleaned


class RejectForm(forms.Form):
    reason = forms.CharField(label="拒绝理由", max_length=300, widget=forms.TextInput(attrs={"size": 60}))


class MergeForm(forms.Form):
    keep = forms.ModelChoiceField(label="保留的公司", queryset=Company.objects.all(), widget=forms.RadioSelect,
                                  empty_label=None)

    def __init__(self, *args, companies, **kwargs):
        super().__init__(*args, **kwargs)
        self.companies = companies
        self.fields["keep"].queryset = Company.objects.filter(pk__in=[c.pk for c in companies])
        with_code = [c for c in companies if c.code]
        if len(with_code) == 1:
            self.fields["keep"].initial = with_code[0].pk

    def other(self):
        keep = self.cleaned_data["keep"]
        return next(c for c in self.companies if c.pk != keep.pk)


def _date(label):
    return forms.DateField(label=label, required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))


def _amount(label):
    return forms.DecimalField(label=label, required=False, min_value=0, max_digits=18, decimal_places=2)


def _text(label, help_text=""):
    return forms.CharField(label=label, required=False, max_length=300, help_text=help_text,
                           widget=forms.TextInput(attrs={"size": 60}))


# The editable part of each kind's payload: payload key -> form field factory.
PAYLOAD_FIELDS = {
    ProposalKind.COMPANY: {
        "full_name": lambda: _text("全称"),
        "short_names": lambda: _text("证券简称", "多个以逗号分隔。"),
        "code": lambda: forms.CharField(label="股票代码", required=False, max_length=9),
    },
    ProposalKind.STATUS_CHANGE: {
        "from": lambda: forms.ChoiceField(label="变更前", choices=STATUS_CHOICES, required=False),
        "to": lambda: forms.ChoiceField(label="变更后", choices=STATUS_CHOICES, required=False),
        "effective_date": lambda: _date("生效日期"),
    },
    ProposalKind.ENFORCEMENT_ACTION: {
        "regulator": lambda: _text("监管机构"),
        "measure": lambda: forms.ChoiceField(label="措施", choices=[("", "（未知）"), *Measure.choices], required=False),
        "date": lambda: _date("日期"),
        "amount_yuan": lambda: _amount("金额(元)"),
        "persons": lambda: _text("涉及人员", "多个以逗号分隔。"),
        "proposed": lambda: forms.BooleanField(label="拟处罚（事先告知）", required=False),
    },
    ProposalKind.DEADLINE: {
        "due_date": lambda: _date("截止日期"),
        "obligation": lambda: _text("义务"),
        "amount_yuan": lambda: _amount("金额(元)"),
        "consequence": lambda: _text("未完成后果", CONSEQUENCE_HELP),
    },
    ProposalKind.OCCUPATION: {
        "occupier": lambda: _text("占用方"),
        "amount_yuan": lambda: _amount("占用金额(元)"),
        "as_of": lambda: _date("截至日期"),
    },
}
LIST_KEYS = {"short_names", "persons"}
PREFIX = "payload_"


def payload_form_fields(kind):
    return {PREFIX + key: factory() for key, factory in PAYLOAD_FIELDS.get(kind, {}).items()}


def payload_initial(kind, payload):
    initial = {}
    for key in PAYLOAD_FIELDS.get(kind, {}):
        value = payload.get(key)
        if key in LIST_KEYS:
            value = "，".join(v if isinstance(v, str) else str(v.get("name", "")) for v in value or [])
        initial[PREFIX + key] = value
    return initial


def _json_value(value):
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    if value == "":
        return None
    return value


def payload_from_form(kind, payload, cleaned_data):
    """The payload with the form's values; list fields keep the extractor's details for names still listed."""
    updated = dict(payload)
    for key in PAYLOAD_FIELDS.get(kind, {}):
        value = cleaned_data.get(PREFIX + key)
        if key in LIST_KEYS:
            names = [n.strip() for n in (value or "").replace("，", ",").replace("、", ",").split(",") if n.strip()]
            previous = {(v if isinstance(v, str) else str(v.get("name", ""))): v for v in payload.get(key) or []}
            value = [previous.get(name, name) for name in names]
        else:
            value = _json_value(value)
        if key in payload or value not in (None, [], False):
            updated[key] = value
    return updated
