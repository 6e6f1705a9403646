"""The names of listed companies, from a registry snapshot (CSV), for the extractor.

A name the registry knows is a listed company (with its stock code); an entity it does not
know may still be one, but a non-joint-stock 有限公司 or a controlling shareholder is not
(:meth:`.names.CompanyRegistry.is_listed`).
"""

import csv
import re
from functools import lru_cache
from pathlib import Path

from .text import _FULLWIDTH

# Media sites that are listed companies too: "据东方财富Choice数据" names a source, not a subject.
_SOURCE_SUFFIXES = ("网", "数据", "Choice", "财经", "APP", "客户端", "研究")  # and iFinD, in any case (below)
# "来源:新华网" in a page's byline: the name that follows is where the story comes from ("【作者】机器人": a portal's
# bot that wrote it, not the listed company of that name).
_SOURCE_BEFORE = ("来源:", "来源", "来源于", "源自", "稿源:", "出处:", "转自:", "转自", "作者】", "作者:", "编辑:")
# "专题:上市公司】 【同花顺】 【板块指数】": a page's topic tags, among them a listed company's name.
_TAG_LIST_BEFORE_RE = re.compile(r"(?:专题|标签|关键词|关键字)[:][^\n。]{0,60}$")
# "据同花顺(300033)iFind数据": the code between the name and the source's suffix.
_CODE_AFTER_RE = re.compile(r"\(\d{6}(?:\.[A-Z]{2})?\)")


def read_listed_names(path):
    """``{short name: "code:NNNNNN"}`` from a registry CSV with code and short-name columns.

    Accepts the registry seed's header (``code``/``stock_code`` and ``short_name``/``name``);
    returns an empty mapping for a missing or unreadable file, so extraction still works.
    """
    return dict(_read(str(path)))


@lru_cache(maxsize=4)
def _read(path):
    names = []
    try:
        with Path(path).open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                code = (row.get("code") or row.get("stock_code") or "").strip()
                name = (row.get("short_name") or row.get("name") or "").strip().translate(_FULLWIDTH)
                if len(code) == 6 and code.isdigit() and len(name.replace(" ", "")) >= 2:
                    names.append((name.replace(" ", ""), f"code:{code}"))
    except (OSError, UnicodeDecodeError, csv.Error):
        return ()
    return tuple(names)


def is_source_mention(text, start, end):
    """Whether the name at ``text[start:end]`` is a media source ("东方财富网", "同花顺(300033)iFind数据",
    "来源:新华网")."""
    code = _CODE_AFTER_RE.match(text, end)
    after = text[code.end() if code else end :]
    return (after.startswith(_SOURCE_SUFFIXES) or after[:5].lower() == "ifind"
            or text[max(0, start - 3) : start].endswith(_SOURCE_BEFORE)
            or (text.endswith("【", 0, start) and text.startswith("】", end)
                and bool(_TAG_LIST_BEFORE_RE.search(text, max(0, start - 61), start - 1))))
