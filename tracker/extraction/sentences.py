"""Splitting a cleaned page into articles, paragraphs and sentences, and sentences into clauses.

A byline (本报记者), an announcement header (证券代码:…), a document number (上证公函〔2025〕0912号)
or a round-up's item heading (【…】) starts a new article; the headline lines just above a byline
belong to the article it starts. Offsets are into the cleaned text.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from .names import HEADER_NAME_FIRST_RE, HEADER_RE
from .text import BYLINE_RE, CJK

# A summary site's footnote marks ("…立案调查 [1][3] - 根据…") close its sentences, which have no 。 of their own.
_SENTENCE_RE = re.compile(r"[^。!?\[]*(?:\[(?!\d{1,2}\])[^。!?\[]*)*(?:[。!?]+[\"”’」)]*|(?:\[\d{1,2}\])+|$)")
# The same for a line without ! ? or [: the regex engine steps over anything but 。 in a loop of its own, 3x faster
# than over a set of characters. (Nor does it match the empty string at each line's end.)
_PLAIN_SENTENCE_RE = re.compile(r"[^。]*。+[\"”’」)]*|[^。]+")
# , ; or :, but not the comma of a number ("1,000"). It starts with the marks, so the regex engine scans for them
# instead of trying three alternatives at each position (2x faster).
CLAUSE_BREAK_RE = re.compile(r"[,;:](?!(?<=\d,)\d)")
_HEADLINE_MAX = 40
# A listing's source stamp under each item's headline: "news flash· 2025-05-19 12:25", "新浪财经· 2026-01-26 15:42".
_SOURCE_STAMP_RE = re.compile(r"^[^。,;:]{2,30}·\s*(?:19|20)\d\d-\d\d-\d\d(?:\s*\d\d:\d\d)?$")
# "上证公函〔2025〕0912号" heads a new letter or decision on a page that prints several.
_DOCUMENT_NUMBER_RE = re.compile(rf"^[{CJK}]{{2,12}}[〔\[(]\d{{4}}[〕\])]\d{{1,5}}号$")
# A round-up's item heading ("【海岚股份收到问询函】", "■ 公司动态") starts a new item.
# (Not "【资料图】", "【图片】": where a portal's picture stood, inside the story.)
_ITEM_HEADING_RE = re.compile(r"^(?:【(?!(?:资料)?图片?】)[^】]{2,60}】|[■◆▲]\s*[^。!?]{2,40})$")
SIGNATURE_DATE_RE = re.compile(
    r"^(?:(?:19|20)\d\d|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日$"
)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    article: int


def segment(text):
    """Sentences of the cleaned text, each tagged with its paragraph and article number."""
    sentences = []
    lines = text.split("\n")
    article = 0
    starts = set()
    for i, line in enumerate(lines):
        # (The marks and words tested first are those the regexes after them need.)
        numbered = line.endswith("号") and _DOCUMENT_NUMBER_RE.match(line)
        if line.startswith(("【", "■", "◆", "▲")) and _ITEM_HEADING_RE.match(line):
            starts.add(i)
        elif (BYLINE_RE.match(line) or (line.startswith(("证券", "股票")) and (HEADER_RE.match(line) or HEADER_NAME_FIRST_RE.match(line))) or numbered
              or ("·" in line and _SOURCE_STAMP_RE.match(line))):
            # The headline lines just above a byline belong to the new article.
            j = i
            while j > 0 and len(lines[j - 1]) <= _HEADLINE_MAX and not lines[j - 1].endswith(("。", "!", "?")):
                if numbered and (i - j >= 1 or SIGNATURE_DATE_RE.match(lines[j - 1])):
                    break  # only the issuer's name sits above a document number
                j -= 1
                if i - j >= 3:
                    break
            starts.add(j)
    plain = not ("!" in text or "?" in text or "[" in text)
    offset = 0
    for number, line in enumerate(lines):
        if number in starts and number:
            article += 1
        # The sentences of a line follow one another (each match starts where the last ended): their offsets are
        # their lengths added up, without a match object for each.
        start = offset
        plain_line = plain or not ("!" in line or "?" in line or "[" in line)
        for sentence in (_PLAIN_SENTENCE_RE if plain_line else _SENTENCE_RE).findall(line):
            end = start + len(sentence)
            if sentence.strip():
                sentences.append(Sentence(start, end, sentence, number, article))
            start = end
        offset += len(line) + 1
    return sentences


@lru_cache(maxsize=1024)  # the extractor asks for a clause many times (48 calls, 8 clauses on the benchmark page)
def clause_start(text, pos):
    """Start of the clause (split at , ; :) that holds position ``pos``.

    A break inside brackets closed before ``pos`` splits nothing: "对示例(000687,股吧)股份有限公司的监管函"."""
    breaks = [match.end() for match in CLAUSE_BREAK_RE.finditer(text, 0, pos)]
    if "(" not in text:
        return breaks[-1] if breaks else 0
    for end in reversed(breaks):
        opened, closed = text.rfind("(", 0, end), text.find(")", end, pos)
        if opened < 0 or closed < 0 or text.rfind(")", 0, end) > opened or "(" in text[end:closed]:
            return end
    return 0


def clause_end(text, pos):
    match = CLAUSE_BREAK_RE.search(text, pos)
    return match.start() if match else len(text)
