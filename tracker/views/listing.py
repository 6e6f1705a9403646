"""What every filtered list page shares: binding the FilterSet to the URL, facets with counts, sorting, paging.

The whole state is in the query string, so any view can be bookmarked, shared, saved or exported.
Malformed parameters never raise: they become form errors shown above the (then empty) list.
"""
import hashlib

from django import forms
from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from tracker.filters import FACET_CACHE_SECONDS, FacetedFilterSet, NegationFilter

PAGE_SIZES = (10, 25, 50, 100, 200)
DEFAULT_PAGE_SIZE = 50
MAX_PAGE = 1_000_000


class CountedPaginator(Paginator):
    """A Paginator given the number of rows when the facet scan has already counted them: no extra COUNT(*).

    With `prepare`, a page is read in one query whose inner part takes the offset over the filtered, ordered
    primary keys alone; only the page's rows are then joined (and `prepare` adds the joins and prefetches),
    so page 2,000 costs what page 1 costs instead of joining every skipped row.
    """

    def __init__(self, object_list, per_page, count=None, prepare=None):
        super().__init__(object_list, per_page)
        if count is not None:
            self.count = count  # replaces the cached_property that would run the COUNT(*)
        self.prepare = prepare

    def _check_object_list_is_ordered(self):
        """Checked when a page is read: until then the list may be a lazy queryset (a cached table needs none)."""

    def page(self, number):
        super()._check_object_list_is_ordered()
        qs = self.object_list
        # Orderings on annotations would need the annotations outside too, and a DISTINCT key list would need
        # its ordering columns: those lists page the plain way.
        if self.prepare is None or qs.query.annotations or qs.query.distinct:
            page = super().page(number)
            if self.prepare is not None:
                page.object_list = self.prepare(page.object_list)
            return page
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        keys = qs.values("pk")[bottom:bottom + self.per_page]
        rows = qs.model._default_manager.filter(pk__in=keys)
        if qs.query.order_by:
            rows = rows.order_by(*qs.query.order_by)
        return self._get_page(self.prepare(rows), number, self)


class PageForm(forms.Form):
    page = forms.IntegerField(label=gettext_lazy("页码"), min_value=1, max_value=MAX_PAGE, required=False)
    per_page = forms.TypedChoiceField(label=gettext_lazy("每页"), choices=[(n, n) for n in PAGE_SIZES], coerce=int,
                                      required=False, empty_value=DEFAULT_PAGE_SIZE)


def facet_groups(filterset, counts):
    """The facets as the template draws them: each choice with its label, count and checked state."""
    data = filterset.form.data
    groups = []
    for name in filterset.facets:
        field = filterset.form.fields[name]
        selected = set(data.getlist(name)) if hasattr(data, "getlist") else set()
        facet_counts = counts.get(name, {})
        options = []
        for value, label in filterset.facet_choices(name):
            if value == "":
                continue
            options.append({"value": value, "label": label, "count": facet_counts.get(value, 0),
                            "checked": value in selected})
        groups.append({
            "name": name, "label": field.label, "options": options, "errors": filterset.form.errors.get(name, []),
            "negate_name": f"{name}_not", "negated": bool(filterset.form.cleaned_data.get(f"{name}_not"))
            if hasattr(filterset.form, "cleaned_data") else False,
        })
    return groups


def other_fields(filterset):
    """Bound fields of the filter form that are neither facets nor negations nor the sort."""
    skip = set(filterset.facets)
    return [
        filterset.form[name] for name, filter_ in filterset.filters.items()
        if name not in skip and not isinstance(filter_, NegationFilter) and name != "sort"
    ]


def sort_columns(request, columns, current):
    """Header links: a click sorts by the column, a second click reverses it."""
    result = []
    for key, label in columns:
        if key is None:
            result.append({"label": label})
            continue
        descending = current == f"-{key}"
        ascending = current == key
        params = request.GET.copy()
        params.pop("page", None)
        params["sort"] = f"-{key}" if ascending else key
        result.append({"label": label, "url": f"?{params.urlencode()}", "active": ascending or descending,
                       "descending": descending})
    return result


def filtered_list(request, filterset_class, queryset=None, columns=(), prepare=None, decorate=None):
    """Context for a filtered, faceted, sorted and paginated list.

    `prepare(qs)` adds select_related/prefetch_related for the rows of one page; `decorate(rows)` gives the
    page's rows what they show beyond their columns, in a fixed number of queries. The number of queries does
    not depend on the page size. `rows` is read when first used: a page whose table is cached (the
    results_cache_key of the context) makes no query for it.
    """
    filterset = filterset_class(request.GET, queryset=queryset, request=request)
    page_form = PageForm(request.GET)
    errors = []
    filters_valid = filterset.is_valid()
    if not filters_valid:
        errors.append(_("筛选条件有误，请修正标出的字段。"))
    if not page_form.is_valid():
        errors.append(_("分页参数有误：%(errors)s") % {
            "errors": "；".join(str(message) for field_errors in page_form.errors.values() for message in field_errors)
        })
    page_number = page_form.cleaned_data.get("page") or 1
    per_page = page_form.cleaned_data.get("per_page") or DEFAULT_PAGE_SIZE

    # Built when a page is read: applying the filters is ORM work a cached table does not need.
    qs = SimpleLazyObject(lambda: filterset.qs if filters_valid else filterset.queryset.none())
    faceted = filters_valid and isinstance(filterset, FacetedFilterSet)
    counts = filterset.facet_counts() if faceted else {}
    # The facet scan may have counted the matched rows already (cached with the counts, so the two always agree).
    paginator = CountedPaginator(qs, per_page, count=filterset.matching_count() if faceted else None,
                                 prepare=prepare)
    if page_number > paginator.num_pages:
        if page_form.is_valid() and page_form.cleaned_data.get("page"):
            errors.append(_("页码 %(page)s 超出范围，共 %(pages)s 页。") % {"page": page_number,
                                                                        "pages": paginator.num_pages})
        page_number = paginator.num_pages
    # Built when the table is drawn: a cached table needs neither the page nor its rows.
    page = SimpleLazyObject(lambda: paginator.page(page_number))

    def read_rows():
        rows = list(page.object_list)
        if decorate is not None:
            decorate(rows)
        return rows

    rows = SimpleLazyObject(read_rows)
    params = request.GET.copy()
    params.pop("page", None)
    # The sidebar and the table are functions of the query string, the records (the facet key's version and
    # day: any save of a record they show moves it), the language and, for the table's edit links, whether the
    # user is staff. With errors both are drawn afresh.
    sidebar_cache_key = results_cache_key = ""
    if faceted and not errors:
        state = f"{filterset.facet_cache_key()}:{get_language()}"
        sidebar_cache_key = f"{state}:{request.GET.get('sort', '')}:{per_page}"
        query = hashlib.sha1(request.GET.urlencode().encode()).hexdigest()
        results_cache_key = f"{state}:{query}:{page_number}:{'staff' if request.user.is_staff else 'analyst'}"
    return {
        "sidebar_cache_key": sidebar_cache_key,
        "results_cache_key": results_cache_key,
        "sidebar_cache_seconds": FACET_CACHE_SECONDS,
        "filterset": filterset,
        "filter_errors": errors,
        "filters_valid": filters_valid,
        # Drawn only with the sidebar, which is usually cached.
        "facets": SimpleLazyObject(lambda: facet_groups(filterset, counts)),
        "fields": SimpleLazyObject(lambda: other_fields(filterset)),
        "page_obj": page,
        "paginator": paginator,
        "rows": rows,
        "per_page": per_page,
        "page_sizes": PAGE_SIZES,
        "columns": SimpleLazyObject(lambda: sort_columns(request, columns, request.GET.get("sort", ""))),
        "current_query": params.urlencode(),
        "sort": request.GET.get("sort", ""),
    }
