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
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from kg import titles as T
from kg.dates import iso
from kg.extract.holds import Post, make_fact, parse_post
from kg.extract.posts import PostMarks, org_for
from kg.extract.lines import lines
from kg.extract.mentions import _merged, _overlaps
from kg.model import Document, Fact
from kg.names import clean_name, is_list_name, is_person_name

HAN = "\u4e00-\u9fff"
TABLE_ROW_RE = re.compile(rf"^\s*(?P<title>[{HAN} ]{{2,12}}?)\s*\d*\s*[|｜]\s*(?P<names>[^|｜]+?)\s*[|｜]\s*$")
# a list's heading: a bare title ("省长", "[编辑]常务副省长"), or a post with its body and the years of
# the list ("[编辑] 廣東省長(1916-1928)", "上海特别市政府市长": an encyclopedia's list of a place's heads;
# session 32)
HEADING_RE = re.compile(rf"^\s*(?:\[编辑\])?\s*(?P<title>[{HAN}]{{2,16}}?)\s*"
                        r"(?:[（(]\d{4}\s*[-–—~～至]\s*(?:\d{4})?\s*[)）])?\s*(?:\[编辑\]|编辑)?\s*$")
# what the body of a heading's post ends with (上海特别市政府, 武昌市, 军政府); a province's name alone
# (广东省长) is one too (_names_body)
BODY_END_RE = re.compile(r"(?:政府|委员会|大学|学院|学校|局|厅|部|院|会|办|处|署|所|中心|公司|集团|省|市|县|区|州|镇|乡|旗|盟)$")
# a heading the normalizer joined to its first holder's line
HEAD_ITEMS_RE = re.compile(rf"^\s*(?:\[编辑\])?\s*(?P<title>[{HAN}]{{2,16}}?)\s*"
                           r"(?:[（(]\d{4}\s*[-–—~～至]\s*(?:\d{4})?\s*[)）])?(?=\s*[-–—•*]\s*[\u4e00-\u9fff]{2,4}\s*[,，:：])")
HOLDER_RE = re.compile(rf"\s*[-–—•*]\s*(?P<name>[{HAN}][{HAN}· ]{{0,20}}?)\s*[（(](?P<dates>[^()（）]*)[)）]\s*")
# a holder's line written "- 胡汉民, 1911年11月17日 - 1911年12月12日", "- 黄郛:1927年7月7日-1927年8月14日",
# "- 张锦芳,代省長 1919年6月22日 - …", "- 胡汉民(第二次),…", a note in brackets after the tenure (session 32)
HOLDER_DATED_RE = re.compile(
    rf"\s*[-–—•*]\s*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})\s*(?:[（(]第?[二三四五六七八九十]次[)）])?\s*[,，:：]?\s*"
    rf"(?P<acting>代理?[{HAN}]{{0,6}}?\s*[,，]?\s*)?"
    r"(?P<dates>\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*[-–—~～至]\s*"
    r"(?:\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|至今|今)?)"
    r"\s*(?:[（(][^()（）]{0,30}[)）])?\s*")
DATE_RE = re.compile(r"(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?")
# a holder's line of a list of past heads written tenure first ("1994年3月至1999年7月：孙文盛（省长）",
# "2012年12月至今：李小鹏（省长）"): the tenure, a colon, the name, its title in brackets (session 25)
DATED_ROW_RE = re.compile(rf"^\s*(?P<dates>\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?\s*(?:至|[-–—~～])\s*(?:\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?|今))"
                          rf"\s*[：:]\s*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})\s*[（(](?P<title>代(?:理)?)?(?P<bare>[{HAN}]{{2,8}})[)）]\s*$")


def _title(text: str, jur: str | None) -> tuple[Post, str | None] | None:
    """The post a heading names and its org: a bare title's body is the one it implies in the
    document's place (none: no heading); a post written with its body ("上海特别市政府市长") keeps
    that body, canonicalised as make_fact does (kg never adds a place the text does not write)."""
    title = re.sub(r"\s+", "", text)
    title = re.sub(r"历任|历届|歷任|歷屆", "", title)  # 金寨县历任县委书记: the county's 县委书记
    if title in T.titles():
        org = T.implied_org(title, jur)
        return (Post(title, None), org) if org else None
    post = parse_post(title)
    if post is None or post.kind != "hold" or not post.org_text or not title.endswith(post.title) \
            or T.title_info(post.title) is None or not _names_body(post.org_text):
        return None  # (国立广东大学 筹备主任: 筹备 is no body)
    org, _ = org_for(post.org_text, post.title, None, jur)  # 玉环市市长: the city's government, not the city
    return Post(post.title, post.org_text), org if org and org != post.org_text else None


def _names_body(text: str) -> bool:
    """Whether the text before a heading's title names a body or a place (筹备 of 筹备主任 does not)."""
    return BODY_END_RE.search(text) is not None or text in _province_words() or text + "省" in _province_words()


@lru_cache(maxsize=1)
def _province_words() -> frozenset[str]:
    """The names of the province-level units as kg's gazetteer writes them (广东, 广东省, 内蒙古 …)."""
    from kg.places import gazetteer

    return frozenset(w for w, entries in gazetteer().words.items() if any(p.tier == 1 for p, _ in entries))


def _tenure_fact(doc: Document, name: str, heading: tuple[Post, str | None], span: tuple[int, int],
                 start: str | None, end: str | None, acting: bool, how: str) -> Fact:
    """A holding of a succession list or table: the post with its tenure, former when it ended."""
    post, org = heading
    if acting:
        post = replace(post, marks=replace(post.marks, acting=True))
    return make_fact(doc, name, post, span, org=org, date=doc.date, start=start, end=end,
                     former=True if end else False, notes={"succession": how})


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
    found = [(m.start(), iso(m.group(1), m.group(2), m.group(3)))
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


def _dated_items(line: str) -> tuple[list[re.Match[str]], str]:
    """The "- NAME, start - end" items that fill ``line`` and what follows them: nothing or the
    next list's heading, which the normalizer joined (([], line) when anything else is in it)."""
    items: list[re.Match[str]] = []
    at = 0
    while at < len(line) and (m := HOLDER_DATED_RE.match(line, at)):
        items.append(m)
        at = m.end()
    rest = line[at:].strip()
    if items and (not rest or HEADING_RE.fullmatch(rest)):
        return items, rest
    return [], line


def _dated_holder(doc: Document, m: re.Match[str], heading: tuple[Post, str | None], at: int,
                  facts: list[Fact], spans: list[tuple[int, int]]) -> None:
    """One "- NAME, start - end" line under a heading: a hold of the heading's post with the
    tenure (former when it ended; acting when 代 / 代理 stands before the dates)."""
    name = clean_name(m.group("name"))
    start, end = _dates(m.group("dates"))
    if not start or not is_person_name(name, delimited=True):
        return
    where = (at + m.start("name"), at + m.end())
    facts.append(_tenure_fact(doc, name, heading, where, start, end, bool(m.group("acting")), "list"))
    spans.append(where)


# ---------------------------------------------------------------- tables read by their column heads

# the heads of a table of office holders (an encyclopedia's list flattened to text: "任次 | 姓名 | 籍贯 |
# 上任日期 | 卸任日期 |", "职位 姓名 上任时间 备注"), by what each column gives (session 32)
COLUMN_HEADS = {
    "name": ("姓名",),
    "post": ("职位", "职务", "职衔"),
    "start": ("上任时间", "上任日期", "就任时间", "就任日期", "到任时间", "到任日期", "任职时间", "任职日期", "起任时间"),
    "end": ("卸任时间", "卸任日期", "离任时间", "离任日期", "去职时间", "去职日期"),
    "term": ("任期", "在任时期", "在任时间", "任职期间"),
}
TABLE_SEP_RE = re.compile(r"^[\s|｜:：-]+$")  # "---|---|---|": a Markdown table's rule
CELL_NOTE_RE = re.compile(r"[（(][^（）()]*[)）]")
ISO_CELL_RE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")
TABLE_GAP = 3  # lines of something else that end a table


def _cells(line: str) -> list[str]:
    """The cells of a table line: parted by | when it has one, else by runs of spaces."""
    line = re.sub(r"^\s*\[编辑\]", "", line)
    if "|" in line or "｜" in line:
        cells = [c.strip() for c in re.split(r"[|｜]", line)]
        while cells and not cells[-1]:
            cells.pop()
        return cells
    # (the normalizer drops a single space between a name and a date, or between two dates: 黄昌谷1926年12月)
    return [c for c in re.split(r"[ \t\u3000]+|(?<=[\u4e00-\u9fff])(?<![年月日])(?=\d{4}年)|(?<=[月日])(?=\d{4}年)",
                                line.strip()) if c]


def _columns(cells: list[str]) -> dict[str, int] | None:
    """Which column gives what, when ``cells`` are a holders' table's heads: a 姓名 column and one of
    post, start, end or term; None for any other line."""
    cols: dict[str, int] = {}
    for i, cell in enumerate(cells):
        head = CELL_NOTE_RE.sub("", cell).strip()
        for what, names in COLUMN_HEADS.items():
            if head in names and what not in cols:
                cols[what] = i
    return cols if "name" in cols and len(cols) >= 2 else None


def _cell_dates(cell: str) -> tuple[str | None, str | None]:
    if (m := ISO_CELL_RE.match(cell.strip())) is not None:
        return iso(m.group(1), m.group(2), m.group(3)), None
    return _dates(cell)


def _table_post(doc: Document, rows: Sequence[tuple[int, str]], at: int) -> tuple[Post, str | None] | None:
    """The post of a table with no post column: the nearest heading above it that names one (历任县长,
    上海特别市政府市长), else the page's title line (玉环市市长列表, 彰化县县长)."""
    for _pos, line in reversed(rows[max(0, at - 12):at]):
        if (m := HEADING_RE.match(line)) is not None and (found := _title(m.group("title"), doc.jurisdiction)):
            return found
    first = next((line.strip() for _pos, line in rows[:3] if line.strip()), "")
    title = re.sub(r"(?:列表|名单|一览表?)$", "", first)
    return _title(title, doc.jurisdiction) if title and len(title) <= 16 and HEADING_RE.match(title) else None


def _column_tables(doc: Document, taken) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Rows of a holders' table under its column heads: the name from the 姓名 column, the post from
    its column or the heading over the table, the tenure from the start / end / term columns; a row
    with more cells than the heads, or too few for the columns read (a cell the page merged), is left
    alone (empty cells at a row's end are dropped by the page)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    rows = lines(doc.text, keep_cr=True)
    cols: dict[str, int] | None = None
    width, gap, post = 0, 0, None
    for k, (pos, line) in enumerate(rows):
        if not line.strip() or TABLE_SEP_RE.match(line) or (cols is None and "姓名" not in line):
            continue
        cells = _cells(line)
        if "姓名" in line and (found := _columns(cells)) is not None:
            cols, width, gap = found, len(cells), 0
            post = None if "post" in cols else _table_post(doc, rows, k)
            continue
        if cols is None:
            continue
        if not max(cols.values()) < len(cells) <= width or not _table_row(doc, cells, cols, post, (pos, pos + len(line)), taken, facts, spans):
            gap += 1
            if gap >= TABLE_GAP:
                cols = None
            continue
        gap = 0
    return facts, spans


def _table_row(doc: Document, cells: list[str], cols: dict[str, int], post: tuple[Post, str | None] | None,
               span: tuple[int, int], taken, facts: list[Fact], spans: list[tuple[int, int]]) -> bool:
    """One row of a holders' table (True when it is one, read or left to another reader)."""
    name = clean_name(re.sub(r"\s+", "", CELL_NOTE_RE.sub("", cells[cols["name"]])))
    if not is_person_name(name, delimited=True) and not is_list_name(name):
        return False
    found = _title(cells[cols["post"]], doc.jurisdiction) if "post" in cols else post
    if found is None:
        return True  # a holder of a post kg does not read: the table goes on
    start, end = _cell_dates(cells[cols["start"]]) if "start" in cols else (None, None)
    if "end" in cols:
        end = _cell_dates(cells[cols["end"]])[0]
    if "term" in cols and not start:
        start, end = _dates(cells[cols["term"]])
    if _overlaps(span, taken) or not start:
        return True
    acting = cells[0].startswith("代") or cells[cols.get("post", cols["name"])].startswith("代")
    facts.append(_tenure_fact(doc, name, found, span, start, end, acting, "table"))
    spans.append(span)
    return True


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading: tuple[Post, str | None] | None = None
    taken = _merged(skip)  # binary search per line: a scan of every span made the reader quadratic
    if "年" in doc.text:
        facts, spans = _dated_rows(doc, taken)
    if "姓名" in doc.text:
        got, table_spans = _column_tables(doc, taken)
        facts += got
        spans += table_spans
        taken = _merged([*skip, *table_spans])
    for pos, s in lines(doc.text, keep_cr=True):
        span = (pos, pos + len(s))
        if _overlaps(span, taken):
            continue
        if m := TABLE_ROW_RE.match(s):
            found = _title(m.group("title"), doc.jurisdiction)
            names = [clean_name(n) for n in re.split(r"[、，,]", m.group("names")) if n.strip()]
            if found and found[0].org_text is None and names and is_person_name(names[0]) \
                    and all(is_list_name(n) for n in names):
                post, org = found
                for name in names:
                    facts.append(make_fact(doc, name, post, span, org=org, date=doc.date,
                                           notes={"succession": "table"}))
                spans.append(span)
            heading = None
            continue
        if m := HEADING_RE.match(s):
            heading = _title(m.group("title"), doc.jurisdiction)
            continue
        if joined := HEAD_ITEMS_RE.match(s):  # "[编辑] 廣東省長(1916-1928)- 朱庆澜，…": joined
            heading, s = _title(joined.group("title"), doc.jurisdiction), " " * joined.end() + s[joined.end():]
        dated, rest = _dated_items(s) if heading or joined else ([], s)
        if dated:  # (under a heading kg does not read, only the next heading is taken)
            for d in dated:  # one holder a line, or several the normalizer joined
                if heading is not None:
                    _dated_holder(doc, d, heading, span[0], facts, spans)
            if rest:
                heading = _title(HEADING_RE.fullmatch(rest).group("title"), doc.jurisdiction)  # type: ignore[union-attr]
            continue
        items, rest = _holders(s) if heading else ([], s)
        if items and heading:  # one holder a line, or several on a line the normalizer joined
            for m in items:
                name = clean_name(m.group("name"))
                start, end = _dates(m.group("dates"))
                if is_person_name(name) and start:
                    where = (span[0] + m.start("name"), span[0] + m.end())
                    facts.append(_tenure_fact(doc, name, heading, where, start, end, False, "list"))
                    spans.append(where)
            if rest:
                heading = _title(rest, doc.jurisdiction)
            continue
        if s.strip() and not s.strip().strip("…[]编辑"):
            continue  # "[编辑]……": a placeholder line inside the list
        if s.strip() and not (heading and heading[0].org_text and heading[0].org_text in s and s.rstrip().endswith("。")):
            heading = None  # (a sentence on the heading's body keeps it: "上海特别市政府于1927年7月7日成立。")
    return facts, spans
