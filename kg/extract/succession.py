"""Office-holder tables and succession lists of leadership pages (encyclopedia and government
sites): who holds a post now, who held it before, from when to when.

- a table row "副省长 8 | 董卫民、 普布顿珠、 胡 云 |": a bare title (a count may follow), then the
  names of its current holders → one hold each, dated by the document;
- a succession list: a line that is a bare title ("省长", "[编辑]常务副省长"), then one line per
  holder "- 肖秧(1993年2月-1996年2月)", "- 施小琳(女,2024年7月- )" → holds with start / end,
  ``former: true`` when an end is given.

The organization is the body the title implies in the document's own place (副省长 in a 四川省
page → 四川省人民政府, kg.titles.implied_org); a title that implies none is skipped (never
guessed).
"""

from __future__ import annotations

import re

from kg import titles as T
from kg.dates import iso
from kg.extract.holds import Post, make_fact
from kg.extract.posts import PostMarks
from kg.extract.lines import lines
from kg.extract.mentions import _merged, _overlaps
from kg.model import Document, Fact
from kg.names import clean_name, is_list_name, is_person_name

HAN = "\u4e00-\u9fff"
TABLE_ROW_RE = re.compile(rf"^\s*(?P<title>[{HAN} ]{{2,12}}?)\s*\d*\s*[|｜]\s*(?P<names>[^|｜]+?)\s*[|｜]\s*$")
HEADING_RE = re.compile(rf"^\s*(?:\[编辑\])?\s*(?P<title>[{HAN}]{{2,8}})\s*$")
HOLDER_RE = re.compile(rf"\s*[-–—•*]\s*(?P<name>[{HAN}][{HAN}· ]{{0,20}}?)\s*[（(](?P<dates>[^()（）]*)[)）]\s*")
DATE_RE = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月)?")
# a holder's line of a list of past heads written tenure first ("1994年3月至1999年7月：孙文盛（省长）",
# "2012年12月至今：李小鹏（省长）"): the tenure, a colon, the name, its title in brackets (session 25)
DATED_ROW_RE = re.compile(rf"^\s*(?P<dates>\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?\s*(?:至|[-–—~～])\s*(?:\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?|今))"
                          rf"\s*[：:]\s*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})\s*[（(](?P<title>代(?:理)?)?(?P<bare>[{HAN}]{{2,8}})[)）]\s*$")


def _title(text: str, jur: str | None) -> tuple[str, str] | None:
    title = re.sub(r"\s+", "", text)
    if title not in T.titles():
        return None
    org = T.implied_org(title, jur)
    return (title, org) if org else None


def _holders(line: str) -> tuple[list[re.Match], str]:
    """The "- NAME(dates)" items of a line and what follows them: nothing, the next list's
    title (the normalizer joined "…- 施小琳（女，2024年7月- ）常务副省长"), or an item the
    page cut short. ([], line) when the line is something else."""
    items, at = [], 0
    while at < len(line) and (m := HOLDER_RE.match(line, at)):
        items.append(m)
        at = m.end()
    rest = line[at:].strip()
    if items and (not rest or re.fullmatch(rf"[{HAN}]{{2,8}}", rest)
                  or re.fullmatch(rf"[-–—]\s*[{HAN}]{{1,4}}\s*[（(][^()（）]*", rest)):
        return items, rest
    return [], line


def _dates(text: str) -> tuple[str | None, str | None]:
    """"1993年2月-1996年2月" → (1993-02, 1996-02); "女,2024年7月- " → (2024-07, None)."""
    found = [(m.start(), iso(m.group(1), m.group(2)))
             for m in DATE_RE.finditer(text)]
    if not found:
        return None, None
    dash = re.search(r"[-–—至]", text[found[0][0]:])
    start = found[0][1]
    end = found[1][1] if len(found) > 1 and dash else None
    return start, end


def _dated_rows(doc: Document, taken) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Lines "1994年3月至1999年7月：孙文盛（省长）", two in a row at least, each a known title: a hold of
    that title with the tenure (acting when 代 leads it; former unless 至今), its body the one the
    title implies in the document's place (none when the page names no place: the title alone)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    run: list[tuple[tuple[int, int], re.Match[str]]] = []

    def flush() -> None:
        if len(run) >= 2:
            for span, m in run:
                title = m.group("bare")
                start, end = _dates(m.group("dates"))
                name = clean_name(m.group("name"))
                if not is_person_name(name, delimited=True) or not start:
                    continue
                org = T.implied_org(title, doc.jurisdiction)
                facts.append(make_fact(doc, name, Post(title, None, marks=PostMarks(acting=bool(m.group("title")))),
                                       span, org=org, date=doc.date, start=start, end=end,
                                       former=end is not None, notes={"succession": "dated"}))
                spans.append(span)
        run.clear()

    for pos, s in lines(doc.text, keep_cr=True):
        m = DATED_ROW_RE.match(s) if "：" in s or ":" in s else None
        if m is None or m.group("bare") not in T.titles() or _overlaps((pos, pos + len(s)), taken):
            flush()
            continue
        run.append(((pos, pos + len(s)), m))
    flush()
    return facts, spans


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading: tuple[str, str] | None = None
    taken = _merged(skip)  # binary search per line: a scan of every span made the reader quadratic
    if "年" in doc.text:
        facts, spans = _dated_rows(doc, taken)
    for pos, s in lines(doc.text, keep_cr=True):
        span = (pos, pos + len(s))
        if _overlaps(span, taken):
            continue
        if m := TABLE_ROW_RE.match(s):
            found = _title(m.group("title"), doc.jurisdiction)
            names = [clean_name(n) for n in re.split(r"[、，,]", m.group("names")) if n.strip()]
            if found and names and is_person_name(names[0]) and all(is_list_name(n) for n in names):
                title, org = found
                for name in names:
                    facts.append(make_fact(doc, name, Post(title, None), span, org=org, date=doc.date,
                                           notes={"succession": "table"}))
                spans.append(span)
            heading = None
            continue
        if m := HEADING_RE.match(s):
            heading = _title(m.group("title"), doc.jurisdiction)
            continue
        items, rest = _holders(s) if heading else ([], s)
        if items and heading:  # one holder a line, or several on a line the normalizer joined
            title, org = heading
            for m in items:
                name = clean_name(m.group("name"))
                start, end = _dates(m.group("dates"))
                if is_person_name(name) and start:
                    where = (span[0] + m.start("name"), span[0] + m.end())
                    facts.append(make_fact(doc, name, Post(title, None), where, org=org,
                                           date=doc.date, start=start, end=end,
                                           former=True if end else False,
                                           notes={"succession": "list"}))
                    spans.append(where)
            if rest:
                heading = _title(rest, doc.jurisdiction)
            continue
        if s.strip() and not s.strip().strip("…[]编辑"):
            continue  # "[编辑]……": a placeholder line inside the list
        if s.strip():
            heading = None
    return facts, spans
