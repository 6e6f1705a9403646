import pytest


@pytest.mark.django_db
def test_occupied_company_story_has_derived_balance(occupied_company):
    case = occupied_company["case"]
    assert case.balance == case.amount_occupied
    assert occupied_company["company"].current_short_name == "ST示例"
