"""English is complete: choice labels and admin names translate; translations live in the gettext catalogue."""
import gettext
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PO = ROOT / "locale" / "en" / "LC_MESSAGES" / "django.po"

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(client):
    client.cookies["django_language"] = "en"
    return client


def test_choice_labels_on_the_analysts_pages_are_english(english, analyst, cases):
    english.force_login(analyst)
    companies = english.get("/companies/").content.decode()
    assert "Shanghai Stock Exchange" in companies and "ChiNext" in companies
    actions = english.get("/actions/").content.decode()
    assert "Warning letter" in actions and "Rectification order" in actions
    assert "警示函" not in actions and "上海证券交易所" not in actions


def test_admin_model_names_are_english(english, curator):
    english.force_login(curator)
    index = english.get("/admin/").content.decode()
    for name in ("Enforcement actions", "Deadlines", "Market closures", "API tokens", "Enforcement tracker"):
        assert name in index
    assert "监管措施" not in index


def test_chinese_stays_chinese_and_the_switcher_says_english(client, analyst, cases):
    client.force_login(analyst)
    page = client.get("/actions/").content.decode()
    assert "警示函" in page and "Warning letter" not in page
    assert re.search(r'<option value="en"[^>]*>English</option>', page)


def po_entries():
    """{msgid: msgstr or (singular, plural)} of the .po, and the msgids marked fuzzy (a few lines of parsing:
    the suite must not need gettext's tools)."""
    entries, fuzzy = {}, []
    for block in PO.read_text().split("\n\n"):
        def field(name, text=block):
            match = re.search(rf"^{re.escape(name)} ((?:\".*\"\n?)+)", text, re.M)
            return None if match is None else "".join(re.findall(r'"(.*)"', match.group(1))).encode().decode(
                "unicode_escape").encode("latin-1").decode("utf-8")
        msgid = field("msgid")
        if not msgid:
            continue
        if field("msgid_plural") is not None:
            entries[msgid] = (field("msgstr[0]"), field("msgstr[1]"))
        else:
            entries[msgid] = field("msgstr")
        if re.search(r"^#,.*\bfuzzy\b", block, re.M):
            fuzzy.append(msgid)
    return entries, fuzzy


def test_the_catalogue_has_no_untranslated_or_fuzzy_entry():
    entries, fuzzy = po_entries()
    assert len(entries) > 400
    assert fuzzy == []
    assert [msgid for msgid, msgstr in entries.items() if not msgstr or (isinstance(msgstr, tuple) and not all(msgstr))] == []


def test_the_compiled_catalogue_matches_the_po():
    with open(PO.with_suffix(".mo"), "rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for msgid, msgstr in po_entries()[0].items():
        if isinstance(msgstr, tuple):
            continue
        assert compiled.gettext(msgid) == msgstr, msgid
