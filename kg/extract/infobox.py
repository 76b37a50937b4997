"""Rosters of the shapes place pages and other places' lists write (issue 9, roster genre):

- **infobox rows of a place page**: "政府" then " • 州委書記虞平", " • 州長阿石拉比(彝族)",
  "• 州委書記 | 楊秀理 |", " • 縣長字文源[2]" — a bullet, a title with its body written short
  (州委书记, 人大常委会主任, 政协主席, 州长), maybe a separator, then a name filling the rest of the
  row (a reference mark, an ethnicity in brackets or glued to it: 達久木甲彝族). The bodies are
  the page's own place (the document's jurisdiction): 政协主席 → the place's CPPCC. A name of a
  minority without a Han surname (阿石拉比) is read only here, where it fills its cell.
- **a list of a committee's members**: "上海市委常委班子成员包括A、B、C…12位同志", "县委建立常委会,
  常委为A、B(副书记)、C(县长)" → 常委 of that committee, and the posts in a name's brackets (read
  against the committee: 副书记 is its own, 县长 the place's government). A sentence that reports an
  election or a decision (选举产生…) is left to the act readers.
- **"post 现任是 name"**: "上海市市长现任是龚正" → 市长 of 上海市人民政府.
- **a list of current holders**: a header "… 現任書記 … 上任日期" then rows "河北省委員會 倪岳峰
  2022年4月22日" → 书记 of 中共河北省委员会, start 2022-04-22 (lines between rows — an age, a
  reference — are passed over; a prose line ends the list).

The knowledge (bare bodies, act words, member verbs, the header's title column, examples) is
kg/data/infobox.yaml. Holds are dated by the document (never by an infobox's founding date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg import fast_re
from kg import titles as T
from kg.datafiles import load_yaml
from kg.extract.holds import Post, canonical, make_fact, parse_post
from kg.extract.lines import Line, lines
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.names import HAN_RUN, clean_name, is_list_name, is_person_name

HAN = "\u4e00-\u9fff"
BULLET_RE = re.compile(r"^[ \t\u3000]*[•·▪●][ \t\u3000]*")
REF_RE = re.compile(r"(?:\[\d{1,3}\])+")
# a cell after the label: "虞平", "| 楊秀理 |", ":張克喜", "阿石拉比(彝族)", "達久木甲彝族"
NAME_CELL_RE = re.compile(
    rf"^[ \t\u3000]*[|:：]?[ \t\u3000]*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,10}}·[{HAN}]{{1,12}})"
    rf"(?:[（(](?P<eth>[{HAN}]{{1,6}}族)[)）]|(?P<glued>[{HAN}]{{1,5}}族))?[ \t\u3000]*\|?[ \t\u3000]*$")
NAME = rf"[{HAN}]{{2,4}}|[{HAN}]{{1,10}}·[{HAN}]{{1,12}}"
ITEM_RE = re.compile(rf"(?P<name>{NAME})(?:[（(](?P<posts>[^（）()]{{2,40}})[)）])?")
# a colon (a heading before its items) and a markdown table's rule line: tried on every line of a page
COLON_RE = re.compile(r"[：:]")
RULE_LINE_RE = re.compile(r"[|｜\-:： ]+")
COUNT_TAIL_RE = re.compile(r"(?:等)?(?:\d+|[一二三四五六七八九十]+)(?:位|名|人)(?:同志)?$|等$")
POSTS_NOW_RE = re.compile(rf"(?P<post>[{HAN}]{{2,24}}?)现任(?:是|为)(?P<name>[{HAN}]{{2,4}})(?=[，,。；;、\s]|$)")
# "现任市长为龚正[1]。", "现任中国共产党河北省委员会书记（中共河北省委书记）为倪岳峰，": the post between
# 现任 and 为 / 是 (a bracketed alias of it passed over); a wiki page's note mark [1] may close the name
# (session 20, roster breadth: 3 of 30 pages)
NOW_POST_RE = re.compile(rf"现任(?:的)?(?P<post>[{HAN}、]{{2,30}}?)(?:[（(][^（）()\n]{{1,30}}[)）])?(?:为|是)"
                         rf"(?P<name>[{HAN}]{{2,4}})(?=[，,。；;、\s\[［]|$)")
TABLE_ROW_RE = re.compile(
    rf"^[ \t\u3000]*(?P<body>[{HAN}]{{2,14}}?(?:委员会|人民政府|政府|人大常委会|政协))[ \t\u3000]+"
    rf"(?P<name>{NAME})[ \t\u3000]*(?P<y>\d{{4}})年(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("infobox.yaml") or {}


@lru_cache(maxsize=1)
def _act_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _data().get("act_words") or ["(?!)"])))


@lru_cache(maxsize=1)
def _members_re() -> re.Pattern:
    verbs = "|".join(sorted(map(re.escape, _data().get("member_verbs") or ["为"]), key=len, reverse=True))
    # "上海市委常委班子成员包括", "县委建立常委会,常委为": the committee, then its 常委 and a verb
    return re.compile(
        rf"(?P<body>(?:中共)?[{HAN}]{{0,12}}?(?:省|市|县|区|州|旗|盟|地|自治区)?(?:党)?委)(?![员会])"
        rf"(?P<gap>[^，,。；;\n]{{0,10}}[，,])?[^，,。；;\n]{{0,6}}?常委(?:会)?(?:班子)?(?:成员|委员)?"
        rf"(?:共有?[\d一二三四五六七八九十]+(?:人|名)[，,]?)?(?:{verbs})[:：]?")


# every match of _members_re holds 常委 at most this many characters after its start (body ≤ 19,
# gap ≤ 11, then ≤ 6)
_MEMBERS_REACH = 40


def _member_matches(text: str) -> Iterator[re.Match[str]]:
    """``_members_re().finditer(text)``, the same matches, tried only at the starts from which a
    常委 of the text followed by a member verb is in reach: the pattern opens with a lazy run of
    Han characters, so a plain search tries it at every offset of the text (a sixth of the whole
    extraction)."""
    suffix = _members_suffix_re()
    starts: set[int] = set()
    q = text.find("常委")
    while q >= 0:
        if suffix.match(text, q):  # (the 常委 of a match is followed by what the pattern reads after it)
            starts.update(range(max(0, q - _MEMBERS_REACH), q + 1))
        q = text.find("常委", q + 1)
    return fast_re.finditer_starts(_members_re(), text, sorted(starts))


@lru_cache(maxsize=1)
def _members_suffix_re() -> re.Pattern:
    """What _members_re reads from its 常委 on: the 常委 of the text that can be a match's."""
    verbs = "|".join(sorted(map(re.escape, _data().get("member_verbs") or ["为"]), key=len, reverse=True))
    return re.compile(rf"常委(?:会)?(?:班子)?(?:成员|委员)?(?:共有?[\d一二三四五六七八九十]+(?:人|名)[，,]?)?(?:{verbs})")


def _lines(text: str) -> tuple[Line, ...]:
    return lines(text)


def _overlaps(span: tuple[int, int], skip) -> bool:
    if isinstance(skip, SpanIndex):
        return skip.overlaps(span)
    return any(s < span[1] and span[0] < e for s, e in skip)


def _level(jur: str | None) -> str | None:
    """The level word of the document's place (州 of 四川省凉山彝族自治州), None if unknown."""
    if not jur:
        return None
    from kg.places import gazetteer

    place = gazetteer().full.get(jur)
    return place.level if place is not None else None


def _is_name(name: str, delimited_cell: bool) -> bool:
    if name in (_data().get("not_names") or ()):
        return False
    if is_person_name(name, delimited=True):
        return True
    # a minority name with no Han surname (阿石拉比, 尼玛次仁) fills a cell of its own
    return delimited_cell and is_list_name(name) and parse_post(name) is None


def _simplified(name: str) -> str:
    """A name written with a traditional character a mainland page kept (陳小江 → 陈小江)."""
    from kg.simplify import _char, is_traditional_char

    return "".join(_char(c) if is_traditional_char(c) else c for c in name)


def _label_post(label: str, doc: Document) -> tuple[Post, str] | None:
    """The post an infobox label writes and its organization in the page's place."""
    post = parse_post(label)
    if post is None or post.kind != "hold":
        return None
    jur = doc.jurisdiction
    level = _level(jur)
    if post.org_text is None:
        org = T.implied_org(post.title, jur)  # 州长 → the place's people's government
        return (post, org) if org else None
    body = post.org_text
    if level and body == level:  # 自治区主席 / 自治区党委书记: the level word alone is the place's
        if post.title.startswith("党委") and post.title[2:] in ("书记", "副书记"):
            post, body = Post(title=post.title[2:], org_text=body + "党委"), body + "党委"
        else:
            org = T.implied_org(post.title, jur) or canonical(body + "政府", doc) \
                if post.title in ("主席", "副主席") else T.implied_org(post.title, jur)
            return (post, org) if org else None
    if body in (_data().get("bare_bodies") or ()) and level:
        body = level + body  # 政协主席 of a 州 page: the 州政协
    if not body.startswith(("中共", "中国共产党")) and level and not body.startswith(level) \
            and not re.match(rf"[{HAN}]{{2,}}(?:省|市|县|区|州|旗|盟|自治区)", body):
        return None
    org = canonical(body, doc)
    if not org or (jur and not _within(org, jur)):
        return None
    return post, org


def _within(org: str, jur: str) -> bool:
    """Whether ``org`` is a body of the place ``jur`` or of a place above it."""
    core = org.removeprefix("中共").removeprefix("中国人民政治协商会议")
    return jur.startswith(core[:2]) and (core.startswith(jur) or jur.startswith(_place_head(core)))


def _place_head(core: str) -> str:
    m = re.match(rf"^[{HAN}]+?(?:省|自治区|市|州|县|区|旗|盟)", core)
    return m.group(0) if m else core


def _page_place(doc: Document) -> str | None:
    """The place a place page is about: its first line names it alone (巍山彝族回族自治縣,
    涼山彝族自治州) — taken when it lies in the document's place (or no place is known)."""
    from kg.metadata import _place_names

    first = next((ln.strip() for ln in doc.text.split("\n") if ln.strip()), "")
    first = re.sub(r"[（(][^（）()]*[)）]$", "", first).strip()
    words, _ = _place_names()
    found = [p.name for p in words.get(first, [])]
    jur = doc.jurisdiction
    inside = [n for n in found if not jur or n.startswith(jur) or jur.startswith(n)]
    if not found and jur and TOWN_LINE_RE.match(first) and _level(jur) in COUNTY_LEVELS:
        return jur + first  # 新乐乡 (石柱县) on a page of 石柱土家族自治县: the township (its bodies: kg.orgs)
    return inside[0] if len(inside) == 1 else jur


# a township page's first line (gazetteers stop at counties): 新乐乡, 郑楼镇, 南京东路街道
TOWN_LINE_RE = re.compile(rf"^[{HAN}]{{1,8}}(?:乡|镇|街道|苏木)$")
COUNTY_LEVELS = ("县", "区", "市", "旗", "自治县", "自治旗", "县级市", "特区", "林区")


PIPE_CELL_RE = re.compile(rf"^[ \t\u3000]*[{HAN}]{{3,14}}[ \t\u3000]*\|[ \t\u3000]*[{HAN}·]{{2,20}}[ \t\u3000]*\|[ \t\u3000]*$")


def _infobox_rows(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    place = _page_place(doc)
    if not place:
        return facts, spans
    town = bool(doc.jurisdiction and place.startswith(doc.jurisdiction) and TOWN_LINE_RE.match(place[len(doc.jurisdiction):])) \
        or bool(re.search(r"[{0}](?:乡|镇|街道|苏木)$".format(HAN), place) and TOWN_LINE_RE.match(
            re.sub(r"[（(][^（）()]*[)）]$", "", next((ln.strip() for ln in doc.text.split("\n") if ln.strip()), ""))))
    if place != doc.jurisdiction:  # the page's own place reads its rows (a county's page in a 州)
        from dataclasses import replace as _replace

        doc = _replace(doc, jurisdiction=place)
    for pos, line in _lines(doc.text):
        # split at bullets, never at a name's middle dot (庫爾瑪什·斯爾江)
        parts = re.split(r"[•▪●]", line) if BULLET_RE.match(line) or line.count("•") >= 2 \
            else [line] if PIPE_CELL_RE.match(line) else []  # "县委书记 | 张建国 |": an infobox table row
        offset = 0
        for part in parts:
            at = pos + offset
            offset += len(part) + 1
            cell = REF_RE.sub("", part).rstrip()
            if not cell.strip():
                continue
            found = _row(cell, doc, town)
            if found is None:
                continue
            posts, name, (a, b) = found
            span = (at + a, at + b)
            if _overlaps(span, skip):
                continue
            for post, org in posts:
                facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"infobox": True}))
            spans.append(span)
    return facts, spans


def _row(cell: str, doc: Document, town: bool = False):
    """([(post, org)…], name, (start, end) in the cell) of one infobox row, or None. On a township's
    page a label may chain posts of its bodies (乡党委副书记、乡长)."""
    lead = len(cell) - len(cell.lstrip(" \t\u3000"))
    text = cell.strip()
    for cut in range(min(len(text) - 2, 14), 1, -1):  # the longest label first
        label = text[:cut].strip()
        m = NAME_CELL_RE.match(text[cut:])
        chained = town and "、" in label  # 乡党委副书记、乡长 (a township page)
        if not m or not HAN_RUN.fullmatch(label.replace("、", "") if chained else label):
            continue
        name = _simplified(clean_name(m.group("name")))
        if not _is_name(name, True):
            continue
        found = None if chained else _label_post(label, doc)
        posts = [found] if found is not None else (_label_posts(label, 0, doc) or []) if town else []
        if not posts and town and not chained and label.startswith(("党委", "人大", "纪委")):
            # a township's 党委书记 / 人大主席 written without its level word: the township's (session 19)
            word = next((w for w in ("街道", "苏木", "镇", "乡") if (doc.jurisdiction or "").endswith(w)), None)
            posts = (_label_posts(word + label, 0, doc) or []) if word else []
        if not posts:
            continue
        return posts, name, (lead, lead + cut + m.end("name"))
    return None


def _sentence_date(doc: Document, pos: int, sent_start: int, cache: dict) -> str | None:
    """The date of the event told in the sentence before ``pos`` ("1954年8月县委建立常委会，常委
    为…"), None when the sentence writes none (a date of sentences before is another event's)."""
    if "dating" not in cache:
        from kg.extract.dating import shared_dating

        cache["dating"] = shared_dating(doc)
    dated = cache["dating"].date_at(pos)
    if dated.value and dated.how == "event" and dated.span and dated.span[0] >= sent_start:
        return dated.value
    return None


def _member_lists(doc: Document, skip, default) -> tuple[list[Fact], list[tuple[int, int]]]:
    from kg.extract.leadership import _resolve

    cache: dict = {}
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    text = doc.text
    for m in _member_matches(text):
        # the clause of the list: "1953年9月，上级任命X为县委书记，1954年8月县委建立常委会，常委为…"
        sent_start = max(text.rfind(c, 0, m.start()) for c in "。！？\n，,；;") + 1
        end = min((i for c in "。；;\n" if (i := text.find(c, m.end())) >= 0), default=len(text))
        if _act_re().search(text, sent_start, end):
            continue  # 选举产生…常委，…: an election's report is the act readers'
        # the longest ending of the words before 常委 that names a party committee (月县委 → 县委)
        body_text, org = "", None
        for k in range(len(m.group("body")) - 1):
            org = canonical(m.group("body")[k:], doc)
            if org and org.startswith("中共"):
                body_text = m.group("body")[k:]
                break
        if not body_text or not org:
            continue
        items = _items(text, m.end(), end)
        if len(items) < 2:
            continue
        title = Post(title="常委", org_text=body_text)
        date = _sentence_date(doc, m.start(), max(text.rfind(c, 0, m.start()) for c in "。！？\n") + 1, cache) or default
        for name, posts, (a, b) in items:
            span = (a, b)
            if _overlaps(span, skip):
                continue
            facts.append(make_fact(doc, name, title, span, org=org, date=date, notes={"members": True}))
            if posts:
                for post, porg in _resolve(posts, doc, (body_text, org)) or []:
                    facts.append(make_fact(doc, name, post, span, org=porg, date=date, notes={"members": True}))
            spans.append(span)
    return facts, spans


def _items(text: str, start: int, end: int) -> list[tuple[str, str | None, tuple[int, int]]]:
    """The names (with bracketed posts) of a 、-separated list from ``start`` to ``end``; all or
    nothing: every item a name, the list maybe closed by a count (12位同志, 等7人)."""
    body = text[start:end].rstrip()
    tail = COUNT_TAIL_RE.search(body)
    if tail:
        body = body[:tail.start()]
    out: list[tuple[str, str | None, tuple[int, int]]] = []
    at = start
    for piece in body.split("、"):
        m = ITEM_RE.fullmatch(piece.strip())
        if not m:
            return []
        name = clean_name(m.group("name"))
        if not (is_person_name(name, delimited=True) or (out and is_list_name(name))) or name in (_data().get("not_names") or ()):
            return []
        lead = piece.index(piece.strip()[:1]) if piece.strip() else 0
        out.append((name, m.group("posts"), (at + lead, at + lead + len(piece.strip()))))
        at += len(piece) + 1
    return out


def _posts_now(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    from kg.extract.mentions import _all_posts

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for m in fast_re.finditer_near(POSTS_NOW_RE, doc.text, "现任", 24):  # (the post is ≤ 24 characters)
        name = clean_name(m.group("name"))
        if not is_person_name(name, delimited=True):
            continue
        post_text = m.group("post")
        # the longest tail of the text before 现任 that is all posts with known bodies
        found = None
        for cut in range(len(post_text) - 1):
            got = _all_posts(post_text[cut:], m.start("post") + cut, doc)
            if got:
                found = (got, m.start("post") + cut)
                break
        if not found:
            continue
        span = (found[1], m.end("name"))
        if _overlaps(span, skip):
            continue
        for post, org in found[0]:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"now": True}))
        spans.append(span)
    for m in fast_re.finditer_near(NOW_POST_RE, doc.text, "现任", 0):
        name = clean_name(m.group("name"))
        if not is_person_name(name, delimited=True):
            continue
        got = _all_posts(m.group("post"), m.start("post"), doc)  # every phrase a post with a known body
        span = (m.start(), m.end("name"))
        if not got or _overlaps(span, skip):
            continue
        for post, org in got:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"now": True}))
        spans.append(span)
    return facts, spans


def _current_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    header = re.compile(_data().get("current_header") or "(?!)")
    title: str | None = None
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        h = header.search(s)
        if h and len(s) <= 40 and re.search(r"上任|任职|就任", s):
            title = h.group("title")
            continue
        if title is None:
            continue
        if s.endswith("。") or len(s) > 60:
            title = None  # prose: the list is over
            continue
        m = TABLE_ROW_RE.match(line)
        if not m:
            continue
        name = clean_name(m.group("name"))
        if not is_person_name(name, delimited=True):
            continue
        body = m.group("body")
        if title in ("书记", "副书记"):
            body = re.sub("委员会$", "委", body)  # 河北省委員會 + 书记 → 河北省委
        org = canonical(body, doc)
        post = parse_post(body + title)
        if not org or post is None or post.kind != "hold":
            continue
        post = Post(title=title, org_text=m.group("body"))
        span = (pos + m.start("body"), pos + m.end("d") + 1)
        if _overlaps(span, skip):
            continue
        from kg.dates import iso

        start = iso(m.group("y"), m.group("m"), m.group("d"))
        facts.append(make_fact(doc, name, post, span, org=org, date=date, start=start, notes={"current_list": True}))
        spans.append(span)
    return facts, spans


PAREN_RE = re.compile(r"[（(][^（）()]{1,8}[)）]")
# a table's cells parted by | (a web page's table copied as text: "黄浦区 | 陈某宁 | 2022-11 |")
PIPE_RE = re.compile(r"[ \t\u3000]*[|｜][ \t\u3000]*")
# a cell's date: 2022-11, 2022.11, 2022年11月(1日)
CELL_DATE_RE = re.compile(r"^(?P<y>(?:19|20)\d{2})(?:[-.．/年](?P<m>\d{1,2})(?:[-.．/月](?P<d>\d{1,2})日?)?月?)?$")


def _pipe_cells(line: str) -> list[tuple[str, int]]:
    """The cells of a |-parted table row with their offsets in ``line`` (the empty cells of its
    borders dropped)."""
    out, at = [], 0
    for m in [*PIPE_RE.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        cell = line[at:end]
        if cell.strip():
            out.append((cell.strip(), at + cell.index(cell.strip())))
        if m is None:
            break
        at = m.end()
    return out


def _place_title_header(cells: list[str]) -> tuple[int, Post, int | None] | None:
    """(the title column, its post, the start column) of a header "行政区 | 区委书记 | 任职时间": the
    first column names the places of the rows (no post), one column a post whose body is written
    by its level only (区委书记, 市长: the row's place's), maybe a column of starts."""
    if len(cells) < 2 or parse_post(cells[0]) is not None:
        return None
    title_at = [i for i, c in enumerate(cells[1:], 1) if (p := parse_post(c)) is not None and p.kind == "hold"]
    if len(title_at) != 1:
        return None
    post = parse_post(cells[title_at[0]])
    assert post is not None
    if post.org_text and not re.fullmatch(r"(?:中共)?(?:省|市|县|区|州|旗|盟|自治区|自治州|自治县)(?:委|党委|政府|人民政府|人大常委会|政协)", post.org_text):
        return None
    if not post.org_text and not ((info := T.title_info(post.title)) is not None and info.level and info.body):
        return None  # (a bare title must name its place's head: 区长, 市长)
    starts = [i for i, c in enumerate(cells) if c in START_HEADERS + TIME_HEADERS]
    return title_at[0], post, (starts[0] if starts else None)


def _place_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Rows of a table whose first column is a place and one column a post of it ("行政区 | 区委书记 |
    任职时间" / "黄浦区 | 陈某宁 | 2022-11 |"): the name holds the post in its row's place, from the
    start its row gives (session 37, roster pages)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "|" not in doc.text and "｜" not in doc.text:
        return facts, spans
    head: tuple[int, Post, int | None] | None = None
    width = 0
    for pos, line in _lines(doc.text):
        cells = _pipe_cells(line) if ("|" in line or "｜" in line) else []
        if len(cells) < 2:
            head = None
            continue
        words = [c for c, _ in cells]
        if (h := _place_title_header(words)) is not None and _row_place(words[0]) != words[0]:
            head, width = h, len(words)
            continue
        if head is None:
            continue
        if len(words) != width:
            head = None  # (a row of another width: the table is over)
            continue
        col, post, start_col = head
        place = words[0] if _row_place(words[0]) == words[0] else None
        name = clean_name(words[col])
        if place is None or not is_person_name(name, delimited=True):
            continue
        head_info = T.title_info(post.title)
        title_org = post.org_text or (head_info.body if head_info is not None and head_info.body else "")  # 区长 → 区政府
        org_text = ("中共" if title_org.startswith("中共") else "") + place + re.sub(
            r"^(?:中共)?(?:自治区|自治州|自治县|省|市|县|区|州|旗|盟)", "", title_org)
        org = canonical(org_text, doc)
        if not org or org == org_text:
            continue  # (a place kg cannot name: no row)
        start = None
        if start_col is not None and (d := CELL_DATE_RE.match(words[start_col])) is not None:
            from kg.dates import iso

            start = iso(d.group("y"), d.group("m"), d.group("d"))
        span = (pos + cells[0][1], pos + cells[col][1] + len(words[col]))
        if _overlaps(span, skip):
            continue
        facts.append(make_fact(doc, name, Post(title=post.title, org_text=org_text), span, org=org, date=date,
                               start=start, notes={"place_table": True}))
        spans.append(span)
    return facts, spans


def _column_posts(line: str) -> list[Post] | None:
    """The title columns of a header "直辖市 中共市委书记 人大常委会主任 人民政府市长 市政协主席"
    (the place column's label maybe left out): every token a post whose body is written by its
    level (中共市委, 省政协)."""
    tokens = line.split()
    if len(tokens) < 3 or len(line) > 80:
        return None
    if parse_post(tokens[0]) is None:
        tokens = tokens[1:]  # the place column's label
    out = []
    for tok in tokens:
        post = parse_post(tok)
        if post is None or post.kind != "hold" or not post.org_text:
            return None
        if post.title.startswith("党委") and post.title[2:] in ("书记", "副书记"):
            post = Post(title=post.title[2:], org_text=post.org_text + "党委")  # 自治区党委书记
        out.append(post)
    return out


def _row_org(place: str, org_text: str) -> str | None:
    """The body of a column in the row's place: 中共市委 → 中共北京市委, 省政协 → 河北省政协."""
    party = org_text.startswith("中共")
    rest = org_text.removeprefix("中共")
    rest = re.sub(r"^(?:自治区|省|市|州|县|区|盟|旗)", "", rest)
    if party and rest in ("委", "党委"):
        rest = "委"
    from kg.extract.posts import canonical as canonical_org

    return canonical_org(("中共" if party else "") + place + rest, None)


def _row_place(row: str) -> str | None:
    """The place name a row of a table starts with (北京市, 内蒙古自治区), the longest one."""
    from kg.metadata import _place_names

    words, maxlen = _place_names()
    for n in range(min(maxlen, len(row)), 1, -1):
        if row[:n] in words:
            return row[:n]
    return None


def _padded_names(cells: str, n: int) -> list[tuple[str, int]] | None:
    """n names written in a row with no separator, each 3 characters wide (a two-character name
    padded with a space: "蔡 奇李 伟陈吉宁吉 林"); (name, offset) or None unless all are names."""
    out = []
    i = 0
    while i < len(cells):
        chunk = cells[i:i + 3]
        if len(chunk) < 3:
            return None
        if chunk[1] in " \u3000" and chunk[0] != " " and chunk[2] != " ":
            name = chunk[0] + chunk[2]
        elif re.fullmatch(f"[{HAN}]{{3}}", chunk):
            name = chunk
        else:
            return None
        if not (is_person_name(name, delimited=True) or is_list_name(name)) or name in (_data().get("not_names") or ()):
            return None
        out.append((name, i))
        i += 3
    return out if len(out) == n else None


def _padded_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    columns: list[Post] | None = None
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        head = _column_posts(s)
        if head:
            columns = head
            continue
        if columns is None:
            continue
        place = _row_place(s)
        kept = PAREN_RE.sub("", s[len(place):]) if place else ""
        names = _padded_names(kept, len(columns)) if place else None
        if not names or not place:
            columns = None  # the table is over
            continue
        orgs = [_row_org(place, c.org_text or "") for c in columns]
        if not all(orgs):
            continue
        span = (pos + line.index(s), pos + len(line))
        if _overlaps(span, skip):
            continue
        for (name, _), post, org in zip(names, columns, orgs):
            facts.append(make_fact(doc, name, Post(title=post.title, org_text=place + (post.org_text or "")),
                                   span, org=org, date=date, notes={"padded_table": True}))
        spans.append(span)
    return facts, spans


# ---------------------------------------------------------------- rows, tables and past holders

NAME_TOKEN = rf"(?:[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}|[{HAN}]{{1,10}}·[{HAN}]{{1,12}})"
# "副县长：赵一鸣 钱多多 孙立平" / "常委：A、B、C": a post, a colon, then two names or more
LABEL_ROW_RE = re.compile(
    rf"^[ \t\u3000]*(?:[-•·*▪●][ \t\u3000]*)?(?P<label>[{HAN}、]{{2,24}})(?:[ \t\u3000]*[：:][ \t\u3000]*|\t+)"
    rf"(?P<names>{NAME_TOKEN}(?:(?:[ \t\u3000]+|[ \t\u3000]*[、，,][ \t\u3000]*){NAME_TOKEN})+)[ \t\u3000]*[。；;]?$")
YM = r"(?P<{0}y>\d{{4}})(?:[ \t]*(?:年|[.．/-])[ \t]*(?P<{0}m>\d{{1,2}})(?:[ \t]*月)?(?:[ \t]*(?P<{0}d>\d{{1,2}})[ \t]*日)?)?"
RANGE_RE = re.compile(rf"^[ \t]*{YM.format('a')}年?[ \t]*(?:[—–~～至到-]+|－)[ \t]*(?:{YM.format('b')}年?|(?P<now>至今|今|现在)?)[ \t]*$")
# "历任县委书记", "县长历任名单", "历届县长": the post whose holders a list names
# ("政和县历任县委书记": a place before 历任 is the post's, read as 政和县县委书记)
HISTORY_HEAD_RE = re.compile(rf"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|\d{{1,2}}[.、．])?[ \t\u3000]*(?:\[编辑\])?(?:(?P<place>[{HAN}]{{2,10}}?)(?=历任|历届|歷任|歷屆))?"
                             rf"(?:历任|历届|歷任|歷屆)?(?P<post>[{HAN}]{{2,16}}?)"
                             rf"(?:历任名单|历任名录|名录|名单|名?一览表?|更迭表?|列表)?(?:如下)?[ \t\u3000]*[：:]?[ \t\u3000]*$")  # (…名单如下：, session 23)
# a cell of a year and month (and day) written in words: 2012年11月, 2015年5月8日
YM_CELL = r"\d{4}年\d{1,2}月(?:\d{1,2}日)?"
# the column heads of a flattened table under a list's heading ("姓名 就任日期 卸任日期 备注")
HISTORY_HEADER_RE = re.compile(r"^[|｜]?[ \t\u3000]*(?:(?:序号|编号)[ \t\u3000|｜]+)?(?:姓名|名字)(?:[ \t\u3000|｜]+(?:就任|上任|到任|任职|卸任|离任|任期|起止|起始|终止)?(?:日期|时间|年月)?(?:备注)?)+$")
# (items the normalizer joined on one line follow each other: "张建国（1983.05—1987.03）李明华（…）")
HISTORY_ITEM_RE = re.compile(rf"(?:^|(?<=[、，,；;）)]))[ \t\u3000]*(?:[-•·*▪●][ \t\u3000]*)?(?P<name>{NAME_TOKEN})"
                             rf"[ \t\u3000]*(?:[（(](?P<dates>[^（）()]{{4,40}})[)）]"
                             rf"|[：:][ \t\u3000]*(?P<dates2>\d{{4}}[^（）()，,；;。\n]{{2,36}}?)(?=[（(]|[ \t\u3000]*$)"  # - 陈毅:1949年5月28日-1955年2月
                             # 王丰 2021年7月—至今 / 廖俊波 2011年6月—2016年3月(后任南平市副市长): a gap, the range, a note
                             rf"|[ \t\u3000]+(?P<dates3>\d{{4}}[^（）() \t\u3000，,；;。\n]{{2,36}}?)"
                             rf"(?:[ \t\u3000]*[（(](?P<note>[^（）()]{{1,24}})[)）])?(?=[ \t\u3000]*$)"
                             # a wiki table flattened: "廖建华 2012年11月 2015年5月 [1]" (the start, a gap, the end, a
                             # reference mark; session 23)
                             rf"|[ \t\u3000]+(?P<dates4>{YM_CELL}(?:[ \t\u3000]*{YM_CELL})?)(?:[ \t\u3000]*\[\d{{1,2}}\])*(?=[ \t\u3000]*$))")
NAME_HEADERS = ("姓名",)
UNIT_HEADERS = ("单位", "单位名称", "部门", "机构", "机构名称", "工作单位", "校名", "院名", "学校")
NOTE_HEADERS = ("备注", "附注", "说明")
FOOTNOTE_RE = re.compile(r"\[(?:\d{1,3}|注 ?\d{1,2}|[a-z])\]")  # a wiki table cell's reference marks: 1925年11月30日[1][3]
GLUED_DATE_RE = re.compile(r"(?<=[^\d\s])(?=\d{4}(?:年|[.．]\d))")
UNIT_CELL_RE = re.compile(rf"^[{HAN}]{{2,20}}(?:大学|学院|学校|中学|委员会|政府|公署|局|厅|部|院|所|署|会|社|公司)$")
POST_HEADERS = ("职务", "职位", "现任职务", "担任职务", "职务名称")
TIME_HEADERS = ("任职时间", "起止时间", "任职起止时间", "任期", "在任时间", "任职年月", "任职期间")
START_HEADERS = ("就任日期", "就任时间", "上任日期", "上任时间", "任职日期", "到任时间", "到任日期", "任职开始")
END_HEADERS = ("卸任日期", "卸任时间", "离任日期", "离任时间", "免职时间", "任职结束")


def _range(text: str) -> tuple[str | None, str | None] | None:
    """"2015.03-2018.06" → (2015-03, 2018-06); "2016年5月—至今" → (2016-05, None); None when
    the cell is no range of years and months."""
    from kg.dates import iso

    m = RANGE_RE.match(text.replace("（", "(").replace("）", ")"))
    if not m:
        return None
    start = iso(m.group("ay"), m.group("am"), m.group("ad"))
    end = iso(m.group("by"), m.group("bm"), m.group("bd")) if m.group("by") else None
    if not start or (m.group("by") and not end) or (end and end < start):
        return None
    return start, end


def _label_posts(label: str, at: int, doc: Document) -> list[tuple[Post, str]] | None:
    from kg.extract.mentions import _all_posts

    return _all_posts(label, at, doc)


def _label_rows(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for pos, line in _lines(doc.text):
        m = LABEL_ROW_RE.match(line)
        if not m or _act_re().search(m.group("label")):
            continue
        tokens = [t for t in re.split(r"[ \t\u3000]*[、，,][ \t\u3000]*|(?<=[{0}])[ \t\u3000]+(?=[{0}]{{2}})".format(HAN),
                                      m.group("names")) if t.strip()]
        # a two-character name padded with a space ("王  俊") is one name: split on gaps only
        # when every piece is a name of two characters or more
        names = [clean_name(t) for t in tokens]
        if len(names) < 2 or not all(len(n) >= 2 and _is_name(n, False) for n in names):
            continue
        found = _label_posts(m.group("label"), pos + m.start("label"), doc)
        if not found:
            continue
        span = (pos + m.start("label"), pos + m.end("names"))
        if _overlaps(span, skip):
            continue
        for name in names:
            for post, org in found:
                facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"label_row": True}))
        spans.append(span)
    return facts, spans


def _bullet_pieces(text: str) -> list[tuple[int, str]]:
    """Lines, a line the normalizer joined from bullet items cut at each later bullet
    ("• 张劲夫（…）：…第一副院长• 宋乃德（…）：…" is two items)."""
    out: list[tuple[int, str]] = []
    for pos, line in _lines(text):
        if line.count("•") < 2:
            out.append((pos, line))
            continue
        cuts = [0] + [m.start() for m in re.finditer(r"(?<=\S)•", line)] + [len(line)]
        out += [(pos + a, line[a:b]) for a, b in zip(cuts, cuts[1:]) if a < b]
    return out


def _history_post(text: str, doc: Document) -> tuple[Post, str] | None:
    found = _label_posts(text, 0, doc)
    if found:
        return found[0] if len(found) == 1 else None
    info = T.title_info(text)  # "部长" on the page of a ministry: the page's own body
    org = _page_org(doc) if info is not None and info.endings else None
    if org and org.endswith(info.endings):  # type: ignore[union-attr]
        return Post(title=text, org_text=org), org
    return None


# the page of a body (a wiki article): its name alone on one of the first lines, written again below
PAGE_ORG_RE = re.compile(rf"^[{HAN}]{{3,24}}(?:部|局|总局|厅|署|委员会|办公室|办公厅)$")
# "• 部长 沙千里(…)": a title, a gap, its holder with the range
INLINE_HEAD_RE = re.compile(rf"^(?:[-•·*▪●][ \t\u3000]*)?(?P<post>[{HAN}]{{2,8}})[ \t\u3000]+(?=[{HAN}]{{2,4}}[（(]\d{{4}})")


def _page_org(doc: Document) -> str | None:
    """The body a page is about: a line of its head that is a body's name alone (中华人民共和国地方工业部,
    after the wiki's 跳转到内容) and that the text writes again; None for any other page."""
    cached = _PAGE_ORGS.get(id(doc))
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    found = None
    for line in [ln.strip() for ln in doc.text.split("\n", 12)[:12] if ln.strip()][:4]:
        if PAGE_ORG_RE.match(line) and doc.text.count(line) >= 2:
            found = canonical(line, doc) or line
            break
    _PAGE_ORGS.clear()  # one document at a time
    _PAGE_ORGS[id(doc)] = (doc.text, found)
    return found


_PAGE_ORGS: dict[int, tuple[str, str | None]] = {}


def _cells_range(cells: str) -> str:
    """"2012年11月 2015年5月" (or run together: the normalizer drops the gap) → "2012年11月—2015年5月";
    one date alone → "2021年10月—" (the holder's start, no end)."""
    joined = re.sub(r"(?<=[月日])[ \t\u3000]*(?=\d{4}年)", "—", cells.strip())
    return joined if "—" in joined else joined + "—"


def _history_lists(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"历任县委书记" then "张建国（1983.05—1987.03）" lines (bullets or none), or "历任县长：A（…）、
    B（…）" on one line → holds with start / end, former when an end is given."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    post: tuple[Post, str] | None = None
    h_place = ""  # the place written before 历任 in the heading
    read, noted = 0, False  # holders read under the heading; a sentence passed over
    pending: str | None = None  # a heading over lines whose post is not read yet
    for pos, line in _bullet_pieces(doc.text):
        s = line.strip()
        if not s:
            continue
        if (o := ORDINAL_ROW_RE.match(s)) is not None:
            # "第一任市委书记：彭真", "第二任县长：李四光（1952年3月—1956年5月）": one holder of a succession a
            # line, the post in the place of the list's heading or of the document (session 24)
            facts += _ordinal_row(doc, o, pos + line.index(s), h_place, skip, date, spans)
            continue
        head_text, items_at = s, None
        if cut := COLON_RE.search(s):
            head_text, items_at = s[:cut.start()], cut.end()
            if not s[cut.end():].strip():
                items_at = None  # "…名单如下：" closing its line: the holders are on the lines below
        if inline := INLINE_HEAD_RE.match(s):  # "• 部长 沙千里(1954年9月28日-1956年5月12日)"
            head_text, items_at = inline.group("post"), inline.end()
        head_text = BULLET_RE.sub("", head_text)  # "• 副部长" over its holders
        h = HISTORY_HEAD_RE.match(head_text) if len(head_text) <= 24 else None
        if h is None:
            items_at = None  # "- 陈毅:1949年5月28日-…": the colon of an item, no inline list
        if h and (head_text.startswith(("历任", "历届", "歷任", "歷屆")) or h.group("place") or inline
                  or items_at is None):
            if items_at is None:
                # a heading over lines: its post is read when a line under it is read (most headings
                # have none); read, noted and h_place matter only once it is a post
                post, read, noted = None, 0, False
                pending, h_place = (h.group("place") or "") + h.group("post"), h.group("place") or ""
                continue
            found = _history_post((h.group("place") or "") + h.group("post"), doc)
            if found is not None:
                post, read, noted = found, 0, False
                h_place = h.group("place") or ""
                pending = None
        if pending is not None:
            post, pending = _history_post(pending, doc), None
        if post is None:
            continue
        if not read and items_at is None and HISTORY_HEADER_RE.match(s):
            continue  # the column heads of the table under the heading (姓名 就任日期 卸任日期 备注)
        if items_at is None and ("|" in s or "｜" in s) and (row := _history_cells(s)) is not None:
            # "1 | 张振川 | 1949年-1950年 | 大同解放后首任市长 |": a table row under the heading (session 24)
            name, name_at, years = row
            span = (pos + line.index(s) + name_at, pos + line.index(s) + name_at + len(name))
            if not skip.overlaps(span):
                read += 1
                facts.append(make_fact(doc, name, post[0], span, org=post[1], date=date, start=years[0], end=years[1],
                                       former=bool(years[1]), notes={"history_list": True}))
                spans.append(span)
            continue
        body = s[items_at:] if items_at is not None else s
        offset = pos + line.index(s) + (items_at or 0)
        items = list(HISTORY_ITEM_RE.finditer(body))
        rest = HISTORY_ITEM_RE.sub("", body).strip(" 、，,；;。")
        if len(items) == 1 and rest[:1] in ("：", ":"):
            rest = ""  # "张劲夫(1954年11月1日-1956年5月12日):…调任…": a note on the holder after the range
        if not items or rest:
            if not read and not noted and items_at is None and s.endswith("。") and len(s) <= 80:
                noted = True  # one sentence between the heading and its holders ("1949年5月28日,…成立。")
                continue
            post = None  # something else than holders: the list is over
            continue
        read += len(items)
        for it in items:
            name = clean_name(it.group("name"))
            dates = re.sub(r"^(?:[男女]|[{0}]{{1,5}}族)[，,、]".format(HAN), "",
                           (it.group("dates") or it.group("dates2") or it.group("dates3")
                            or _cells_range(it.group("dates4"))).strip())
            got = _range(dates)
            if got is None and re.fullmatch(rf"{YM_CELL}(?:[ \t\u3000]*{YM_CELL})?", dates):
                got = _range(_cells_range(dates))  # "刘拥兵 2016年7月2019年12月": two cells run together
            if got is None or not _is_name(name, False):
                continue
            span = (offset + it.start("name"), offset + it.end())
            if _overlaps(span, skip):
                continue
            start, end = got
            facts.append(make_fact(doc, name, post[0], span, org=post[1], date=date, start=start, end=end,
                                   former=bool(end), notes={"history_list": True}))
            spans.append(span)
            if it.group("note"):
                facts += _note_posts(doc, name, it.group("note"), h_place, span, date, (start, end))
        if items_at is not None:
            post = None  # an inline list ends with its line
    return facts, spans


# a list headed by its place and post with its items run together on the heading's line or on lines
# of their own, in the forms a site's template writes: "灵寿县历任县委书记(倒序) 彭勇民(2021年5月—至今)
# 王建海(2008年12月—2021年5月)", "兴山县历任县长: 吴浩:2021年11月—至今(…)", "历任区委书记: - 杨大勇:2021年5月
# -2022年7月", "蒋蔚炜 2021年10月—至今(…)" (session 24; what _history_lists leaves: it reads a line whole)
_RUN_YEAR = r"\d{4}\s*(?:年\s*(?:\d{1,2}\s*月)?|[.．]\d{1,2})?"
_RUN_RANGE = rf"约?(?P<since>{_RUN_YEAR})\s*(?:[—–\-~～至到]+\s*(?:约?(?P<until>{_RUN_YEAR})|(?P<now>至今|今|现在))?)"
_RUN_NAME = rf"[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}}"
_RUN_MARKS = r"(?:[（(][^()（）\n]{1,8}[)）])?"  # (壮族), (女,瑶族)
_RUN_BULLET = r"[-–—•*·]"
RUN_HEAD_RE = re.compile(
    rf"(?:^|(?<=[\s。；;]))(?P<place>[{HAN}]{{2,12}}?(?:[（(][^（）()\n]{{0,12}}[)）])?)?(?:历任|歷任)(?P<title>[{HAN}]{{2,10}})"
    rf"(?:[（(][^（）()\n]{{0,24}}[)）])?\s*[:：]?"
    rf"(?=\s*(?:{_RUN_BULLET}\s*(?:{_RUN_NAME}){_RUN_MARKS}\s*[:：]"
    rf"|(?:{_RUN_NAME}){_RUN_MARKS}\s*(?:[:：]\s*|[（(]|\s*)约?\d{{4}}))")
RUN_ITEM_RE = re.compile(
    rf"\s*(?:{_RUN_BULLET}\s*)?(?P<name>{_RUN_NAME}){_RUN_MARKS}\s*"
    rf"(?:(?:[:：]\s*)?{_RUN_RANGE}(?:\s*[（(](?P<note>[^()（）\n]*)[)）])?"
    rf"|[（(]{_RUN_RANGE.replace('since', 'since2').replace('until', 'until2').replace('now', 'now2')}"
    rf"(?:[，,；;](?P<note2>[^()（）\n]*))?[)）])")
# a bulleted item with no years to read ("- 汪冬:之前-2024年9月", "- 乔大鸿:暂未明确…"): passed over
RUN_SKIPPED_RE = re.compile(
    rf"\s*{_RUN_BULLET}\s*(?:{_RUN_NAME}){_RUN_MARKS}\s*[:：][^\n]*?"
    rf"(?=\s+{_RUN_BULLET}\s*(?:{_RUN_NAME}){_RUN_MARKS}\s*[:：]|\n|$)")
RUN_YM_RE = re.compile(r"(\d{4})\s*(?:年\s*(?:(\d{1,2})\s*月)?|[.．](\d{1,2}))?")


def _run_year_month(text: str | None) -> str | None:
    from kg.dates import iso

    m = RUN_YM_RE.match(text or "")
    return iso(m.group(1), m.group(2) or m.group(3)) if m else None


def _history_runs(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holds of the lists :data:`RUN_HEAD_RE` opens: each item a name and its years (start, end;
    current when they run 至今), a note after them read as :func:`_note_posts` reads one."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    text = doc.text
    if "历任" not in text and "歷任" not in text:
        return facts, spans
    for head in RUN_HEAD_RE.finditer(text):
        place = re.sub(r"[（(][^（）()]*[)）]", "", head.group("place") or "")
        post = _history_post(place + head.group("title"), doc)
        if post is None:
            continue
        at = head.end()
        while True:
            m = RUN_ITEM_RE.match(text, at)
            if m is None:
                skipped = RUN_SKIPPED_RE.match(text, at)
                if skipped is None or skipped.end() == at:
                    break
                at = skipped.end()
                continue
            at = m.end()
            name = clean_name(m.group("name"))
            start = _run_year_month(m.group("since") or m.group("since2"))
            end = _run_year_month(m.group("until") or m.group("until2"))
            # the evidence is the name and its years; a note after them is read on its own
            note = "note" if m.group("note") is not None else "note2" if m.group("note2") is not None else None
            span = (m.start("name"), m.start(note) - 1 if note else m.end())
            if start is None or not _is_name(name, False) or skip.overlaps(span):
                continue
            facts.append(make_fact(doc, name, post[0], span, org=post[1], date=date, start=start, end=end,
                                   former=bool(end), notes={"history_list": True}))
            spans.append(span)
            if note:  # each part of the note on its own, its evidence the part
                at_part = m.start(note)
                for part in re.split(r"[，,；;]", m.group(note)):
                    if part.strip():
                        facts += _note_posts(doc, name, part, place, (at_part, at_part + len(part)), date, (start, end))
                    at_part += len(part) + 1
    return facts, spans


# a holder of a succession written with the rank of their term: "第一任市委书记：彭真", "首任县长：张三（1949年10月—）"
ORDINAL_ROW_RE = re.compile(rf"^(?:\d{{1,2}}(?:[.．]\d{{1,2}})*[.、．]?[ \t\u3000]*)?(?:第[一二三四五六七八九十\d]{{1,3}}任|首任)"
                            rf"(?P<title>[{HAN}]{{2,10}}?)[ \t\u3000]*[：:][ \t\u3000]*"
                            rf"(?P<name>{NAME_TOKEN})[ \t\u3000]*(?:[（(](?P<dates>[^（）()]{{4,40}})[)）])?[ \t\u3000]*(?:[。；;]|[ \t\u3000].*)?$")
# (a section number may lead the line, 2.2 第二任市委书记:张云逸; text after a gap is the entry's own: 陈旭东 陈旭东,曾任…)


def _ordinal_row(doc: Document, m: re.Match[str], at: int, place: str, skip, date,
                 spans: list[tuple[int, int]]) -> list[Fact]:
    """The holding of one :data:`ORDINAL_ROW_RE` line (a former one: a term counted in a succession
    is told as past, unless its range runs 至今)."""
    post = _history_post(place + m.group("title"), doc) if place else None
    post = post or _history_post(m.group("title"), doc)
    name = clean_name(re.sub(r"[ \u3000]", "", m.group("name")))
    span = (at + m.start("name"), at + m.end("name"))
    if post is None or not _is_name(name, True) or skip.overlaps(span):
        return []
    years = _range(m.group("dates")) if m.group("dates") else None
    start, end = years if years else (None, None)
    current = bool(m.group("dates")) and re.search(r"至今|今$|现在", m.group("dates")) is not None
    spans.append(span)
    return [make_fact(doc, name, post[0], span, org=post[1], date=date, start=start, end=end,
                      former=None if current else True, notes={"history_list": True})]


def _history_cells(row: str) -> tuple[str, int, tuple[str | None, str | None]] | None:
    """A table row of a history list: an optional number, the holder's name, the range of years,
    maybe a note ("1 | 张振川 | 1949年-1950年 | 大同解放后首任市长 |") → (name, its offset, (start,
    end)); None for any other row."""
    cells = [(m.group(), m.start()) for m in re.finditer(r"[^|｜]+", row) if m.group().strip()]
    if cells and re.fullmatch(r"\s*\d{1,3}\s*", cells[0][0]):
        cells = cells[1:]
    if len(cells) < 2:
        return None
    name = cells[0][0].strip()
    got = _range(cells[1][0].strip())
    if got is None or not _is_name(name, True):
        return None
    return name, cells[0][1] + cells[0][0].index(name), got


# a holder's note after the range: "(后任南平市副市长)" → a former post; "(兼任县委书记)" → a post held
# with this one (the row's start / end); other notes (南下干部, 后调任西藏) name no post
# (a part of a longer note, session 24: "2021年10月由青羊区委副书记调任" names none; "升任驻马店副市长",
# "转任市人大常委会副主任", "2022年7月调任省监委委员" a later post, from the month written; "现任…" a
# post held now, "曾任…" one held before)
NOTE_POSTS_RE = re.compile(r"^(?:(?P<y>\d{4})年(?:(?P<m>\d{1,2})月)?)?"
                           r"(?P<verb>后任|后调任|后升任|后兼任|后转任|升任|转任|调任|现任|曾任|兼任|兼)(?P<posts>[^，,；;。]{2,20})$")


def _note_posts(doc: Document, name: str, note: str, place: str, span: tuple[int, int], date: str | None,
                row: tuple[str | None, str | None]) -> list[Fact]:
    m = NOTE_POSTS_RE.match(note.strip())
    if m is None:
        return []
    text = m.group("posts")
    found = _label_posts(text, 0, doc) or (_label_posts(place + text, 0, doc) if place else None)
    if not found:
        return []
    verb = m.group("verb")
    later = verb.startswith("后") or verb in ("升任", "转任", "调任", "曾任")
    start, end = (None, None) if later or verb == "现任" else row
    if m.group("y") and later:
        from kg.dates import iso

        start = iso(m.group("y"), m.group("m"))
    former = True if later else False if verb == "现任" else bool(end)
    return [make_fact(doc, name, post, span, org=org, date=date, start=start, end=end,
                      former=former, notes={"history_list": True, "history_note": True})
            for post, org in found]


def _names_under_posts(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"副县长" then "赵一鸣" / "钱多多" lines: every name under a posts line holds its posts, in a
    run of lines opened by posts (kg.extract.people_lists.run_starts; a run opened by a name pairs
    each name with the posts after it and is read by kg.extract.leadership)."""
    from kg.extract.people_lists import NAME_LINE_RE as NAME_ALONE
    from kg.extract.people_lists import run_starts

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    starts = run_starts(doc)
    current: list[tuple[Post, str]] | None = None
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        at = pos + line.index(s)
        kind = starts.get(at)
        if kind != "posts":
            current = None
            continue
        m = NAME_ALONE.match(s)
        name = clean_name(m.group("name")) if m else ""
        if not (m and is_person_name(name, delimited=True)):
            current = _label_posts(s, at, doc)  # a posts line of the run (all posts with their bodies)
            continue
        if current is None:
            continue
        span = (at, at + len(s))
        if _overlaps(span, skip):
            continue
        for post, org in current:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"under_posts": True}))
        spans.append(span)
    return facts, spans


PERSON_LABEL_RE = re.compile(rf"(?:^|[ \t\u3000]|(?<=[；;]))姓[ \t\u3000]*名[ \t\u3000]*[：:][ \t\u3000]*(?P<name>{NAME_TOKEN})(?=[ \t\u3000；;，,]|$)")
POST_LABEL_RE = re.compile(rf"(?:^|[ \t\u3000]|(?<=[；;]))(?:现任)?(?:职[ \t\u3000]*务|职[ \t\u3000]*位)[ \t\u3000]*[：:][ \t\u3000]*(?P<posts>[^ \t\u3000\n]+)")


def _label_value_people(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A leadership page's person cards: "姓名：张建国" then "职务：县委副书记、县长" (on the same
    line or one of the next two) → the posts while they resolve (a duty clause 主持… ends them)."""
    from kg.extract.leadership import _posts_clauses

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    lines = list(_lines(doc.text))
    for i, (pos, line) in enumerate(lines):
        m = PERSON_LABEL_RE.search(line) if "姓" in line else None  # (every match holds 姓: no search without)
        if not m:
            continue
        name = clean_name(m.group("name"))
        if not _is_name(name, True):
            continue
        found = None
        for j in range(i, min(i + 3, len(lines))):
            p2, l2 = lines[j]
            if j > i and "姓" in l2 and PERSON_LABEL_RE.search(l2):
                break  # the next card
            after = m.end() if j == i else 0
            if pm := POST_LABEL_RE.search(l2, after):
                found = (p2, pm)
                break
        if found is None:
            continue
        p2, pm = found
        posts, used = _posts_clauses(pm.group("posts"), doc, None)
        if not posts:
            continue
        span = (pos + m.start("name"), p2 + pm.start("posts") + used)
        if _overlaps(span, skip):
            continue
        start: str | None = None
        end: str | None = None  # "任职时间：2016年5月" / "2016.05—2020.01" on a line of the card
        for _p3, l3 in lines[i:i + 4]:
            if (tm := TIME_LABEL_RE.search(l3)) and (got := _range(tm.group("time")) or _month(tm.group("time"))):
                start, end = got
                break
        for post, org in posts:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, start=start, end=end,
                                   former=True if end else None, notes={"person_card": True}))
        spans.append(span)
    return facts, spans


TIME_LABEL_RE = re.compile(r"(?:任职时间|任职日期|上任时间|就任时间)[ \t\u3000]*[：:][ \t\u3000]*(?P<time>[^ \t\u3000\n；;，,]+)")


def _month(text: str) -> tuple[str | None, str | None] | None:
    """"2016年5月" / "2016.05" alone: a start, no end."""
    from kg.dates import iso

    m = re.fullmatch(r"[ \t]*(\d{4})[ \t]*(?:年|[.．/-])[ \t]*(\d{1,2})[ \t]*月?(?:起|至今)?[ \t]*", text)
    return (iso(m.group(1), m.group(2)), None) if m and iso(m.group(1), m.group(2)) else None


UNIT_ROW_RE = re.compile(rf"^[ \t\u3000]*(?P<title>[{HAN}](?:[ \u3000]{{0,3}}[{HAN}]){{1,7}}?)(?:\t+|[ \u3000]{{2,}})(?P<names>[{HAN}（）()· \t\u3000]+?)[ \t\u3000]*$")


def _names_of(cell: str) -> list[str] | None:
    """The names of a roster cell "钱多多（女）  孙立平", "王  俊  李四" (a two-character name
    padded to three): all of them, or None."""
    tokens = [t for t in re.split(r"[ \t\u3000]+", re.sub(r"[（(][男女][)）]", " ", cell)) if t]
    names: list[str] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if len(tok) == 1 and i + 1 < len(tokens) and len(tokens[i + 1]) == 1:
            tok, i = tok + tokens[i + 1], i + 1  # "王  俊"
        names.append(clean_name(tok))
        i += 1
    if not names or not all(len(n) >= 2 and _is_name(n, False) for n in names):
        return None  # (a known surname each: a cell of words, 中心组, is no name)
    return names


def _unit_rosters(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A yearbook's roster of units: a unit alone on its line (县委办公室, 县财政局) then rows
    written title first ("主  任  张建国", "副局长  钱多多（女）  孙立平") → the unit's posts. The
    unit must be a body kg places in the document's place and the title one that unit can have."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if not doc.jurisdiction:
        return facts, spans
    unit: tuple[str, str] | None = None
    pending: str | None = None  # a unit line whose body is read only if a row follows it (most have none)
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 20 and HAN_RUN.fullmatch(s) and parse_post(s) is None:
            unit, pending = None, s
            continue
        if unit is None and pending is None:
            continue
        m = UNIT_ROW_RE.match(line)
        if not m:
            unit = pending = None
            continue
        if pending is not None:
            org = canonical(pending, doc)
            unit = (pending, org) if org and _within(org, doc.jurisdiction) and not _act_re().search(pending) else None
            pending = None
            if unit is None:
                continue
        assert unit is not None
        title = re.sub(r"[ \t\u3000]+", "", m.group("title"))
        names = _names_of(m.group("names"))
        post = parse_post(unit[0] + title)
        if not names or post is None or post.kind != "hold" or post.title != title:
            continue
        if title in ("书记", "副书记", "常委", "委员") and not unit[1].startswith("中共"):
            continue  # a bare party title under a bureau: its 党组 / 党委 is not written
        org = canonical(post.org_text, doc) if post.org_text else None
        if org != unit[1]:
            continue  # the title is no post of that unit (a bare 书记 under a bureau)
        span = (pos + m.start("title"), pos + m.end("names"))
        if _overlaps(span, skip):
            continue
        for name in names:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"unit_roster": True}))
        spans.append(span)
    return facts, spans


def _header_cells(line: str) -> list[str]:
    line = line.replace("[编辑]", "")  # a wiki section's edit link glued to the header
    if "|" in line or "｜" in line:
        return [c.strip() for c in re.split(r"[|｜]", line.strip().strip("|｜"))]
    return [c for c in re.split(r"\t+|[ \u3000]{1,}", line.strip()) if c]


def _when(text: str) -> str | None:
    """One date of a table cell: 2021年7月, 1949年11月22日, 2016.05, 2016-05-03."""
    from kg.dates import iso

    m = re.fullmatch(r"[ \t]*(\d{4})[ \t]*(?:年|[.．/-])[ \t]*(\d{1,2})[ \t]*(?:月|[.．/-])?[ \t]*(?:(\d{1,2})[ \t]*日?)?[ \t]*", text)
    return iso(m.group(1), m.group(2), m.group(3)) if m else None


def _typed_row(cells: list[str], cols: dict[str, int], last: tuple[str, str | None, str | None] | None,
               doc: Document) -> tuple[str, str, str, str, str | None] | None:
    """(unit, post, name, start, end) of a row of a wiki table whose merged cells the flattening left
    out ("校长 1924年6月9日 1925年11月30日 因…被免职。" under 校名 职务 姓名 就任日期 离任日期 备注): the
    cells are matched to the columns in order by what they hold; a unit, post or name left out is
    the row before's (a post and a name are never both left out); the start must be there; any cell
    left over goes to a note column or spoils the row."""
    order = sorted((i, k) for k, i in cols.items() if k in ("unit", "post", "name", "start", "end", "note"))
    unit, post, name = last if last else ("", None, None)
    fresh_post = fresh_name = False
    first = final = None
    j = 0
    for _i, kind in order:
        c = cells[j].strip() if j < len(cells) else ""
        if kind == "unit":
            if c and UNIT_CELL_RE.match(c) and parse_post(c) is None:
                unit, j = c, j + 1
        elif kind == "post":
            if c and not _is_name(clean_name(c), True) and (T.ends_with_title(c) or _label_posts(unit + c, 0, doc)):
                post, fresh_post, j = c, True, j + 1
        elif kind == "name":
            if c and _is_name(clean_name(c), True) and parse_post(c) is None:
                name, fresh_name, j = clean_name(c), True, j + 1
        elif kind == "start":
            if (first := _when(c)) is None:
                return None
            j += 1
        elif kind == "end":
            if c and (final := _when(c)) is not None:
                j += 1
            elif c and c not in ("至今", "现任", "在任", "今"):
                final = None  # no end cell: the note follows
            elif c:
                j += 1
        elif kind == "note":
            j = len(cells)
    if j < len(cells) or not (fresh_post or fresh_name) or post is None or name is None or first is None:
        return None
    if final is not None and final < first:
        return None
    return unit, post, name, first, final


TABLE_BODY_TAIL_RE = re.compile(r"(?:领导班子成员|领导班子|班子成员|领导成员|领导名单|领导信息|领导)$")


def _table_body(line: str, doc: Document) -> str:
    """The body a line alone above a table names ("淳安县民政局", "淳安县民政局领导班子"), when kg places
    it; else ""."""
    text = TABLE_BODY_TAIL_RE.sub("", line.strip())
    if not UNIT_CELL_RE.match(text) or parse_post(text) is not None:
        return ""
    org = canonical(text, doc)
    return text if org and org != text else ""


def _header_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A table with a header naming its columns (姓名 | 职务 | 任职时间, with tabs, spaces or
    pipes) → the posts of each row's name, start / end from the time column."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    cols: dict[str, int] | None = None
    width = 0
    unit = ""
    prev_row: tuple[str, str | None, str | None] | None = None  # (unit, post, name) of the typed row before
    heading: tuple[Post, str] | None = None  # "历任县长": the post of a table with no post column
    last_s = above = ""
    table_body = ""  # "淳安县民政局" alone above the header: the body of the rows' bare posts
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s or RULE_LINE_RE.fullmatch(s):
            continue  # a markdown rule line
        above, last_s = last_s, s
        if cols is None and len(s) <= 24 and (h := HISTORY_HEAD_RE.match(s)) \
                and (s.lstrip("[编辑] ").startswith(("历任", "历届", "歷任", "歷屆")) or h.group("place")):
            heading = _history_post((h.group("place") or "") + h.group("post"), doc)  # 武义县历任县长
            continue
        if cols is None and not any(h in s.replace("[编辑]", "").replace(" ", "") for h in NAME_HEADERS):
            continue  # no header can be in the line (a name column is needed): not split (most lines)
        cells = _header_cells(s)
        if cols is not None and cols.get("time") == width - 1 and len(cells) == width - 1 \
                and (glued := re.match(rf"^(.*?[{HAN}）)])(\d{{4}}.*)$", cells[-1])):
            cells = cells[:-1] + [glued.group(1), glued.group(2)]  # "县委书记2015.03-2018.06" (the gap normalized away)
        found = {}
        for i, c in enumerate(cells):
            c = c.replace(" ", "")
            if c in NAME_HEADERS:
                found["name"] = i
            elif c in POST_HEADERS:
                found["post"] = i
            elif c in TIME_HEADERS:
                found["time"] = i
            elif c in START_HEADERS:
                found["start"] = i
            elif c in END_HEADERS:
                found["end"] = i
            elif c in UNIT_HEADERS:
                found["unit"] = i
            elif c in NOTE_HEADERS:
                found["note"] = i
        if "name" in found and ("post" in found or (heading and ("start" in found or "time" in found))) \
                and len(s) <= 60:  # (姓名 | 任职时间 under 历任县长: the heading's post)
            cols, width, unit, prev_row = found, len(cells), "", None
            table_body = _table_body(above, doc) if "unit" not in found else ""
            continue
        if cols is None:
            continue
        cells = [FOOTNOTE_RE.sub("", c) for c in cells]
        if len(cells) != width and "|" not in s and "｜" not in s and "start" in cols and "post" in cols:
            # a wiki table flattened to single-space cells, its merged cells left out: typed by content
            pieces = [x for c in cells for x in GLUED_DATE_RE.split(c) if x]  # 陈公博1925年11月30日: the gap normalized away
            got_row = _typed_row(pieces, cols, prev_row, doc)
            if got_row is None:
                if not any(_when(c) for c in cells):
                    cols = None  # no date in the line: prose after the table
                prev_row = (prev_row[0], None, None) if prev_row else None  # (职务空缺 …: the holder before is not carried)
                continue
            (unit, post_cell, name, t_first, t_final), prev_row = got_row, got_row[:3]
            found_posts = _label_posts(unit + post_cell, 0, doc)
            if not found_posts or any((p.org_text or "").endswith("筹备") for p, _o in found_posts):
                continue  # (筹备主任: a title kg would cut)
            span = (pos + line.index(s), pos + len(line))
            if not _overlaps(span, skip):
                facts.extend(_table_row_facts(doc, name, found_posts, span, date, t_first, t_final))
                spans.append(span)
            continue
        if len(cells) == width - 1 and cols.get("unit") == 0 and "post" in cols and not UNIT_CELL_RE.match(cells[0]) \
                and parse_post(cells[0]) is not None:
            cells = [""] + cells  # "\t副局长\t李明华" (its blank unit cell lost with the line's indent): the unit above's
        if len(cells) != width and not (len(cells) > width and "|" not in s and "｜" not in s):
            cols = None  # not a row of this table: the table is over
            continue
        if len(cells) > width:  # spaces inside the last cell (2016年5月 — 2020年1月)
            cells = cells[:width - 1] + ["".join(cells[width - 1:])]
        name = clean_name(cells[cols["name"]])
        if not _is_name(name, True):
            cols = None
            continue
        if "unit" in cols:  # 单位 | 职务 | 姓名: the unit's post; a blank unit cell is the row before's
            unit = cells[cols["unit"]].strip() or unit
        post_text = (unit if "unit" in cols else "") + cells[cols["post"]] if "post" in cols else ""
        if table_body and "post" in cols and (first_post := parse_post(re.split(r"[、，,]", cells[cols["post"]])[0])) \
                and first_post.org_text is None:
            post_text = table_body + cells[cols["post"]]  # a bare 党组书记、局长 under 淳安县民政局
        found_posts = _label_posts(post_text, 0, doc) if "post" in cols else ([heading] if heading else None)
        if not found_posts:
            continue
        start = end = None
        if "time" in cols:
            got = _range(cells[cols["time"]])
            if got is None:
                continue
            start, end = got
        elif "start" in cols and "end" not in cols and (both := _range(cells[cols["start"]])) is not None:
            start, end = both  # 任职日期 holding the range (张鼎丞 | 1949.08 - 1954.10; session 28)
        elif "start" in cols:  # 就任日期 | 卸任日期 columns: a date each, the end maybe blank
            first = _when(cells[cols["start"]])
            last = _when(cells[cols["end"]]) if "end" in cols and cells[cols["end"]].strip() else None
            if first is None or ("end" in cols and cells[cols["end"]].strip() and last is None):
                continue
            start, end = first, last
        span = (pos + line.index(s), pos + len(line))
        if not _overlaps(span, skip):
            facts.extend(_table_row_facts(doc, name, found_posts, span, date, start, end))
            spans.append(span)
    return facts, spans


def _table_row_facts(doc: Document, name: str, posts: list, span: tuple[int, int], date: str | None,
                     start: str | None, end: str | None) -> list[Fact]:
    """The holdings of one row of a table under a header line: one per post, former when the row
    gives its end."""
    return [make_fact(doc, name, post, span, org=org, date=date, start=start, end=end,
                      former=True if end else None, notes={"header_table": True}) for post, org in posts]


def extract(doc: Document, skip=()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holds of infobox rows, member lists, "post 现任是 name" and lists of current holders
    outside ``skip``, and the spans they cover."""
    from kg.extract.mentions import _default_date

    date = _default_date(doc)
    taken = list(skip)
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for reader in (_infobox_rows, _current_tables, _place_tables, _padded_tables, _history_lists, _history_runs,
                   _unit_rosters, _label_rows, _names_under_posts, _member_lists, _posts_now):
        found, got = reader(doc, SpanIndex(taken), date)  # (each row asks: a bisection, not a scan)
        facts.extend(found)
        spans.extend(got)
        taken.extend(got)
    return facts, spans


CELL_LINE_HEADERS = NAME_HEADERS + POST_HEADERS + TIME_HEADERS + START_HEADERS + END_HEADERS + NOTE_HEADERS + (
    "序号", "编号", "性别", "民族", "籍贯", "出生年月", "出生日期", "学历", "文化程度", "政治面貌", "分工", "分管工作", "工作分工")


def _cell_line_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A table flattened one cell a line: a run of header lines (序号 / 姓名 / 性别 / 职务 …, 姓名 and 职务
    among them, three at least), then its rows as runs of as many lines ("1" / "王强" / "男" / "县委书记"):
    the posts of each row's name, start / end from a time column; the table ends at the first run of
    lines that is no row."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if not any(f"\n{h}\n" in doc.text or doc.text.startswith(f"{h}\n") for h in NAME_HEADERS):
        return facts, spans  # (no 姓名 alone on a line: most documents)
    rows = [(p, l) for p, l in _lines(doc.text) if l.strip()]
    i = 0
    while i < len(rows):
        if rows[i][1].strip() not in CELL_LINE_HEADERS:
            i += 1
            continue
        j = i
        while j < len(rows) and rows[j][1].strip() in CELL_LINE_HEADERS:
            j += 1
        header = [r[1].strip() for r in rows[i:j]]
        width = len(header)
        names = [k for k, h in enumerate(header) if h in NAME_HEADERS]
        post_cols = [k for k, h in enumerate(header) if h in POST_HEADERS]
        if width < 3 or len(names) != 1 or len(post_cols) != 1 or len(set(header)) != width:
            i = j
            continue
        time_col = next((k for k, h in enumerate(header) if h in TIME_HEADERS), None)
        k = j
        while k + width <= len(rows):
            cells = [r[1].strip() for r in rows[k:k + width]]
            name = clean_name(cells[names[0]])
            posts = _label_posts(cells[post_cols[0]], 0, doc) if _is_name(name, True) else None
            if not posts or any(c in CELL_LINE_HEADERS for c in cells):
                break
            start = end = None
            if time_col is not None and cells[time_col]:
                got = _range(cells[time_col])
                start, end = got if got else (None, None)
            span = (rows[k][0], rows[k + width - 1][0] + len(rows[k + width - 1][1]))
            if not _overlaps(span, skip):
                for post, org in posts:
                    facts.append(make_fact(doc, name, post, span, org=org, date=date, start=start, end=end,
                                           former=True if end else None, notes={"header_table": True}))
                spans.append(span)
            k += width
        i = k
    return facts, spans


class _Tables:
    """Tables whose header names their columns (姓名 / 职务 / 任职时间) and person cards (姓名：/
    职务：/ 任职时间：), read before the list and career readers (which read a row's name and posts,
    not its time column)."""

    @staticmethod
    def extract(doc: Document, skip=()) -> tuple[list[Fact], list[tuple[int, int]]]:
        from kg.extract.mentions import _default_date

        date = _default_date(doc)
        facts, spans = _header_tables(doc, SpanIndex(skip), date)
        more_rows, got_rows = _cell_line_tables(doc, SpanIndex([*skip, *spans]), date)  # one cell a line
        facts, spans = facts + more_rows, spans + got_rows
        more, got = _label_value_people(doc, SpanIndex([*skip, *spans]), date)  # person cards with their 任职时间
        return facts + more, spans + got


tables = _Tables()
