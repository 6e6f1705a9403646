from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from companies.choices import Board, Exchange, NameKind, RiskStatus
from companies.models import Company, CompanyName, RegistryObservation, StatusChange

pytestmark = pytest.mark.django_db


def test_a_company_can_be_recorded_by_name_alone_and_given_its_code_later(make_company):
    company = make_company("示例科技", full_name="示例科技股份有限公司")
    assert company.code == "" and company.exchange == ""
    company.code = "300123"
    company.full_clean()
    company.save()
    company.refresh_from_db()
    assert (company.exchange, company.board) == (Exchange.SZSE, Board.CHINEXT)


def test_invalid_stock_code_is_refused_by_validation_and_by_the_database(make_company):
    company = make_company("示例科技")
    company.code = "12345"
    with pytest.raises(ValidationError) as error:
        company.full_clean()
    assert "code" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        Company.objects.filter(pk=company.pk).update(code="12345")
    company.refresh_from_db()
    assert company.code == ""


def test_duplicate_company_is_refused_by_code_and_by_full_name(make_company):
    make_company("示例科技", code="600111", full_name="示例科技股份有限公司")
    duplicate = Company(code="600111")
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "已有公司使用此股票代码" in str(error.value)

    other = Company.objects.create()
    name = CompanyName(company=other, name="示例科技股份有限公司", kind=NameKind.FULL)
    with pytest.raises(ValidationError) as error:
        name.full_clean()
    assert "全称" in str(error.value)
    with pytest.raises(IntegrityError), transaction.atomic():
        name.save()
    assert CompanyName.objects.filter(name="示例科技股份有限公司").count() == 1


def test_short_name_is_history_and_the_current_one_is_derived(make_company):
    company = make_company("*ST示例", since=date(2023, 5, 1))
    CompanyName.objects.filter(company=company).update(valid_to=date(2025, 5, 19))
    CompanyName.objects.create(company=company, name="示例生物", kind=NameKind.SHORT, valid_from=date(2025, 5, 20))
    company = Company.objects.prefetch_related("names").get(pk=company.pk)
    assert company.name_on(date(2024, 1, 1)) == "*ST示例"
    assert company.name_on(date(2025, 6, 1)) == "示例生物"
    assert company.current_short_name == "示例生物"


def test_search_finds_a_company_with_or_without_its_st_prefix_and_by_code(make_company):
    company = make_company("*ST示例", code="600222", full_name="示例能源股份有限公司")
    make_company("另一家", code="000333")
    for term in ["*ST示例", "ST示例", "示例", "＊ST示例", "600222", "示例能源"]:
        assert list(Company.objects.search(term)) == [company], term


class TestStatusHistory:
    @pytest.fixture
    def company(self, make_company):
        company = make_company("示例股份", code="600333")
        StatusChange.objects.create(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.STAR_ST,
                                    effective_date=date(2024, 5, 6), trigger="financial")
        StatusChange.objects.create(company=company, from_status=RiskStatus.STAR_ST, to_status=RiskStatus.NORMAL,
                                    effective_date=date(2025, 5, 20))
        return company

    @pytest.mark.parametrize(
        ("on", "expected"),
        [(date(2024, 1, 1), RiskStatus.NORMAL), (date(2024, 5, 6), RiskStatus.STAR_ST),
         (date(2025, 5, 19), RiskStatus.STAR_ST), (date(2025, 5, 20), RiskStatus.NORMAL)],
    )
    def test_status_on_any_date_is_derived_from_the_changes(self, company, on, expected):
        assert company.status_on(on) == expected
        assert Company.objects.with_current_status(on).get(pk=company.pk).annotated_status == expected

    def test_a_change_that_contradicts_the_status_on_that_date_is_refused(self, company):
        contradicting = StatusChange(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.ST,
                                     effective_date=date(2024, 9, 1))
        with pytest.raises(ValidationError) as error:
            contradicting.full_clean()
        assert "from_status" in error.value.message_dict
        assert "*ST" in error.value.message_dict["from_status"][0]
        assert company.status_changes.count() == 2

    def test_a_change_inserted_before_a_later_one_must_lead_into_it(self, company):
        # *ST -> ST in 2024-09 would leave the 2025 removal starting from the wrong status.
        wrong = StatusChange(company=company, from_status=RiskStatus.STAR_ST, to_status=RiskStatus.ST,
                             effective_date=date(2024, 9, 1))
        with pytest.raises(ValidationError) as error:
            wrong.full_clean()
        assert "to_status" in error.value.message_dict

    def test_two_changes_on_one_day_are_refused_by_the_database(self, company):
        with pytest.raises(IntegrityError), transaction.atomic():
            StatusChange.objects.create(company=company, from_status=RiskStatus.STAR_ST, to_status=RiskStatus.ST,
                                        effective_date=date(2025, 5, 20))

    def test_a_change_that_changes_nothing_is_refused_unless_stacked(self, company):
        same = StatusChange(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.NORMAL,
                            effective_date=date(2026, 1, 5))
        with pytest.raises(ValidationError):
            same.full_clean()
        stacked = StatusChange(company=company, from_status=RiskStatus.NORMAL, to_status=RiskStatus.NORMAL,
                               stacked=True, effective_date=date(2026, 1, 5))
        stacked.full_clean()


def test_a_names_prefix_is_never_a_status(make_company):
    # A curator (or an accepted proposal) writing "*ST样本" records a name, not a status change.
    for name in ("ST示例", "*ST样本", "示例正常"):
        company = make_company(name)
        assert company.current_status == RiskStatus.NORMAL
        assert Company.objects.with_current_status().get(pk=company.pk).annotated_status == RiskStatus.NORMAL


def test_a_registry_observation_gives_the_label_from_its_day_on_until_a_later_change(make_company):
    company = make_company("ST示例")
    RegistryObservation.objects.create(company=company, observed_on=date(2025, 8, 8), source="名单", short_name="*ST示例")
    assert company.status_on(date(2025, 8, 7)) == RiskStatus.NORMAL  # nothing says what it was before
    assert company.status_on(date(2025, 8, 8)) == RiskStatus.STAR_ST
    StatusChange.objects.create(company=company, from_status=RiskStatus.STAR_ST, to_status=RiskStatus.ST,
                                effective_date=date(2025, 9, 1))
    assert company.status_on(date(2025, 8, 20)) == RiskStatus.STAR_ST
    assert company.status_on(date(2025, 9, 2)) == RiskStatus.ST
    annotated = Company.objects.with_current_status(on=date(2025, 8, 20)).get(pk=company.pk)
    assert annotated.annotated_status == RiskStatus.STAR_ST
    assert Company.objects.with_current_status(on=date(2025, 9, 2)).get(pk=company.pk).annotated_status == RiskStatus.ST


def test_invisible_and_bidirectional_characters_never_reach_a_name(make_company):
    company = make_company("ST\u200b示\u202e例")
    assert company.names.get().name == "ST示例"
    assert Company.objects.search("示例").get() == company
