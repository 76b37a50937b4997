"""Lists of people with their posts outside rosters: attendee lists (列席 / 出席 名单), lists of
group conveners, two-column tables flattened with tabs, and editorial boards.

- A list row is a name (2–4 Han characters, known surname, maybe "（女）") followed by a tab or
  a space and a post list: "卢黎明 区委办公室主任", "杨亚平\t区政府副区长",
  "第一团：唐家伟\t龙洲湾街道党工委书记\t第六团：徐光泽\t南泉街道党工委书记" (two columns).
- Past posts of retired cadres are holds with ``former: true``: "姚代云 区委办退休干部，巴南区委原
  书记" → 书记 of 中共重庆市巴南区委员会, former; "退休干部" itself is no post.
- An editorial board ("编辑委员会" heading, then "主任：刘永全", "副主任：封洪华 余炳友 周正", names
  continuing on the next lines) gives holds of the board: org is None unless the board's
  journal is named (the text of 000 does not name it), org_text "编辑委员会".
- Honour lists (光荣榜, 先进个人 …) are skipped: an award is not a post.
"""

from __future__ import annotations

import re

from kg import titles as T
from kg.extract.holds import Post, make_fact, year_of
from kg.extract.lines import Line, lines
from kg.extract.posts import canonical as canonical_org
from kg.extract.roster import _parse_posts, _split_notes
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.names import clean_name, is_person_name

HAN = "\u4e00-\u9fff"
NAME = rf"[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}"
SEX = r"(?:[（(][男女][)）])?"
CELL_NAME_RE = re.compile(rf"^(?:[^：:]{{1,6}}[：:])?\s*(?P<name>{NAME}){SEX}(?:（[^）]{{1,6}}）)?$")
SPACE_ROW_RE = re.compile(rf"^(?P<name>{NAME}){SEX}[ \u3000]+(?P<posts>[{HAN}（(].*)$")
# the role a member of a leading group / committee has in it, before the name
ROLE_RE = re.compile(r"^(?:常\s*务\s*)?(?:副\s*)?(?:组\s*长|主\s*任|总\s*指\s*挥|指\s*挥\s*长|召\s*集\s*人|"
                     r"成\s*员|委\s*员|秘\s*书\s*长)\s*[：:]\s*")
# "孙会方（县委常委、县政府常务副县长）": a name with its posts in brackets
PAREN_ROW_RE = re.compile(rf"^(?P<name>{NAME}){SEX}[（(](?P<posts>[{HAN}、，,]+)[)）]\s*[；;。，,]?$")
# "- 吴贤德：福州市委副书记，市政府市长、党组书记。": a list item, a name, a colon, its posts
COLON_ROW_RE = re.compile(rf"^[-•·*＊]?\s*(?P<name>{NAME}){SEX}\s*[：:]\s*(?P<posts>[{HAN}（）()、，,]{{3,120}}?)\s*[。；;]?$")
HONOURS_RE = re.compile(r"光荣榜|先进个人|先进集体|获奖|表彰|荣誉")
LIST_HEAD_RE = re.compile(r"名单|名录|列席|出席|人员|召集人|领导")
BOARD_HEAD_RE = re.compile(r"编辑委员会|编委会")
BOARD_ROW_RE = re.compile(rf"^(?P<title>[{HAN}]{{2,5}})[：:](?P<names>.*)$")
BOARD_TITLES = ("主任", "副主任", "委员", "主编", "副主编", "执行主编", "责任编辑", "编辑")
TOC_RE = re.compile(r"(\.{3,}|…{2,})\s*\d*$|意见\d+$|\t\d+$")
FORMER_RE = re.compile(r"原(?=[^原]*$)")
RETIRED = "退休"


def _lines(text: str) -> tuple[Line, ...]:
    return lines(text, keep_cr=True)


def _squeeze(posts: str) -> str:
    """"区公安分局党 委书记" → "区公安分局党委书记": spaces the PDF left inside a word."""
    return re.sub(rf"(?<=[{HAN}（）])\s+(?=[{HAN}（）])", "", posts).strip()


def _former_posts(posts_text: str) -> list[tuple[Post, bool]]:
    """Posts of a list cell; "…原书记" / "原巴县人大常委会副主任" are former posts."""
    out: list[tuple[Post, bool]] = []
    text, _notes = _split_notes(posts_text)
    for seg in re.split(r"[，,；;]", text):
        # (原 opening the phrase or before its title; never a place's 原: 太原市委常委, 固原市长; session 40)
        marks = [i for i, ch in enumerate(seg) if ch == "原" and (i == 0 or seg[i + 1:].startswith(T.titles()))] \
            if "原" in seg else []
        former = bool(marks)
        seg = "".join(ch for i, ch in enumerate(seg) if i not in marks) if former else seg
        for post in _parse_posts(seg, None):
            out.append((post, former))
    return out


# zones whose 党工委 is a body of its own (中共…新区工作委员会)
ZONES = ("新区", "开发区", "合作区", "园区", "试验区", "高新区")
NAME_LINE_RE = re.compile(rf"^(?P<name>{NAME}){SEX}$")
POSTS_LINE_RE = re.compile(rf"^[{HAN}、，,（）()]{{3,60}}$")
# a line that may be posts alone (a bare title too): tried on every line of a page, compiled once
POSTS_RUN_LINE_RE = re.compile(rf"[{HAN}、，,（）()]{{2,60}}")


_RUNS: list = [None, None]  # (the text, its run starts) of the last document asked: three readers ask


def run_starts(doc: Document) -> dict[int, str]:
    """For each line of a run of name lines and posts lines one after the other (one cell per
    line: "张建国" / "县委书记" / "李明华" / "县委副书记、县长"), the kind of the run's first line,
    "name" or "posts", by the line's position. The first line tells how the page pairs them: a
    run opened by a name pairs each name with the posts after it, one opened by posts each posts
    line with the name after it (光明区委书记、区长 / 蔡 颖). Other lines break a run. (Read
    only: the same dict is given to every reader of the document.)"""
    if _RUNS[0] is doc.text:
        return _RUNS[1]
    out = _run_starts(doc.text)
    _RUNS[0], _RUNS[1] = doc.text, out
    return out


def _run_starts(text: str) -> dict[int, str]:
    out: dict[int, str] = {}
    first: str | None = None
    for pos, line in _lines(text):
        s = line.strip()
        if not s:
            continue
        m = NAME_LINE_RE.match(s)
        if m and is_person_name(clean_name(m.group("name")), delimited=True):
            kind = "name"
        elif POSTS_RUN_LINE_RE.fullmatch(s) and _all_posts_text(s):
            kind = "posts"  # a bare title (县长) too: "县长\n李明华\n副县长\n…" names under posts
        else:
            first = None
            continue
        first = first or kind
        out[pos + line.index(s)] = first
    return out


def _posts_then_name(doc: Document, section: str | None) -> list[list]:
    """A leadership page written a line of posts, then a line with the name:
    "光明区委书记、区长" / "蔡 颖" → rows [name, posts, start, end, section]. Both lines must be
    whole: every phrase of the first a post, the second a name alone; and their run of lines must
    open with posts (a run opened by a name pairs the other way: :func:`run_starts`)."""
    out: list[list] = []
    prev: tuple[str, int] | None = None  # the last non-empty line: (text, position)
    starts = run_starts(doc)
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        m = NAME_LINE_RE.match(s)
        if m and prev and POSTS_LINE_RE.match(prev[0]) and _all_posts_text(prev[0]) \
                and _has_body(prev[0], doc) and starts.get(prev[1]) != "name":
            name = clean_name(m.group("name"))
            if is_person_name(name, delimited=True):
                out.append([name, prev[0], prev[1], pos + len(line), section])
        prev = (s, pos + line.index(s))
    return out


# a list in running text, each item a name, a comma and its posts, the items parted by ；:
# "…拟推荐对象分别是王建江，天镇县委书记、二级巡视员；刘伟，晋中市太谷区委书记；高奇英，女，岚县县委书记"
INLINE_INTRO_RE = re.compile(r"(?:分别是|分别为|名单如下|名单为|依次是|依次为)[：:]?")
INLINE_ITEM_RE = re.compile(rf"^\s*(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})[，,]\s*(?:[男女][，,]\s*)?"
                            rf"(?:[{HAN}]{{1,4}}族[，,]\s*)?(?P<posts>[^，,；;]{{2,60}}(?:[，,][^，,；;]{{2,60}})?)\s*$")


def _inline_items(doc: Document) -> list[list]:
    """Rows [name, posts, start, end, None] of every list written inline after 分别是 / 名单如下, its
    items "NAME，POSTS" parted by ；(session 40). The list is read whole or not at all: two items or
    more, every item a name (known surname), a comma and phrases that all read as posts."""
    out: list[list] = []
    text = doc.text
    for m in INLINE_INTRO_RE.finditer(text):
        end = len(text)
        for stop in ("。", "\n"):
            at = text.find(stop, m.end())
            if at >= 0:
                end = min(end, at)
        body = text[m.end():end]
        if "；" not in body and ";" not in body:
            continue
        rows: list[list] = []
        at = m.end()
        for item in re.split(r"[；;]", body):
            im = INLINE_ITEM_RE.match(item)
            name = clean_name(im.group("name")) if im else ""
            if im is None or not is_person_name(name) or not _all_posts_text(im.group("posts")):
                rows = []
                break
            rows.append([name, im.group("posts"), at + im.start("name"), at + len(item.rstrip()), None])
            at += len(item) + 1
        if len(rows) >= 2:
            out.extend(rows)
    return out


def _has_body(posts: str, doc: Document) -> bool:
    """Whether the first post of a line names its body ("光明区委书记", not a bare "书记")."""
    first = _parse_posts(re.split(r"[，,]", posts)[0], None)
    return bool(first) and bool(first[0].org_text) and bool(canonical_org(first[0].org_text, doc.jurisdiction))


def _all_posts_text(posts: str) -> bool:
    """Whether every phrase of "福州市委副书记，市政府市长、党组书记" is a post (a row of posts,
    not a sentence after a colon)."""
    text, _notes = _split_notes(posts)
    if MOVE_VERB_RE.search(text):
        return False  # "庄兆林：地市一把手跨省晋升省委常委": a news subheading about a move, no row of posts (session 20)
    parts = [p for p in re.split(r"[，,]", text) if p.strip()]
    return bool(parts) and all(_parse_posts(p, None) for p in parts)


# verbs of a move in a career: a phrase holding one tells a step, it is no post
MOVE_VERB_RE = re.compile(r"晋升|升任|调任|转任|出任|履新|跨省|到任|赴任|接任")


def _row_date(doc: Document, at: int, cache: dict) -> str | None:
    """A list row's date: the event the list is reported at (an attendee list under "5月27日，…举行
    第三十次会议。出席会议的有：…", as mentions are dated), else the document's date or year (a
    yearbook's year always wins)."""
    from kg.extract.mentions import _event_date, _yearbook

    return (None if _yearbook(doc) else _event_date(doc, at, cache)) or doc.date or year_of(doc)


def _prose_after_name(posts_text: str) -> bool:
    """A paragraph of prose after a name and a space ("王路 资料图 3月1日吉林省发生…。…"): a photo
    caption, no list row, when its first phrase is no post and sentences follow."""
    if len(posts_text) <= 60 and "。" not in posts_text.rstrip("。"):
        return False
    first = re.split(r"[，,；;。]", posts_text, maxsplit=1)[0]
    return not _parse_posts(first, None)


def _row_facts(doc: Document, name: str, posts_text: str, span: tuple[int, int],
               section: str | None, row_id: str, cache: dict | None = None) -> list[Fact]:
    date = _row_date(doc, span[0], {} if cache is None else cache)
    facts: list[Fact] = []
    for post, former in _former_posts(_squeeze(posts_text)):
        if RETIRED in (post.org_text or ""):
            continue
        head = "党工委" if post.title.startswith("党工委") else None  # a body's 党委书记 stays one
        if head and post.org_text and post.title[len(head):] in ("书记", "副书记", "委员") \
                and post.org_text.endswith(ZONES):  # a street's 党工委书记 stays one (the samples' rows)
            from kg.extract.posts import canonical

            if canonical(post.org_text + head, doc.jurisdiction):  # 福州新区党工委副书记: of its 党工委
                post.org_text, post.title = post.org_text + head, post.title[len(head):]
        org = None if post.org_text or post.kind != "hold" else T.implied_org(post.title, doc.jurisdiction)
        facts.append(make_fact(doc, name, post, span, org=org, date=date,
                               former=True if former else None, section=section, row=row_id, list_row=True))
    return facts


def _cells(line: str) -> list[tuple[str, str, int]]:
    """(name, posts, offset of the name in the line) pairs of a tab-separated row."""
    out = []
    parts = [(m.group(0), m.start()) for m in re.finditer(r"[^\t]+", line)]
    i = 0
    while i + 1 < len(parts):
        cell, at = parts[i]
        m = CELL_NAME_RE.match(cell.strip())
        if m and not parts[i + 1][0].strip().startswith("-"):
            out.append((m.group("name"), parts[i + 1][0], at))
            i += 2
        else:
            i += 1
    return out


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of list rows and editorial boards outside ``skip`` (roster rows already read),
    and the text spans they cover."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    rows: list[list] = []  # [name, posts, start, end, section]
    section: str | None = None
    honours = board = False
    board_title: str | None = None
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s:
            continue
        if len(s) <= 16 and BOARD_HEAD_RE.search(s):  # (the cheap tests first: the same answer)
            board, board_title = True, None
            continue
        if board:
            if s.startswith("#") or TOC_RE.search(s):
                continue
            found = _board_line(doc, s, pos + len(line) - len(line.lstrip()), board_title)
            if found is not None:
                board_title, new = found
                facts.extend(new)
                continue
            board = False
        if len(s) <= 40 and "\t" not in s and HONOURS_RE.search(s):
            honours = True
            continue
        if len(s) <= 60 and "\t" not in s and LIST_HEAD_RE.search(s):
            honours, section = False, s
        if honours:
            continue
        pairs = _cells(line) if "\t" in line else []
        role = ROLE_RE.match(s)
        body = s[role.end():] if role else s  # "副组长：俞建宁 省政府副秘书长": the row after its role
        if not pairs and not role and (m := COLON_ROW_RE.match(s)) and _all_posts_text(m.group("posts")):
            pairs = [(m.group("name"), m.group("posts"), line.index(s) + m.start("name"))]
        if not pairs and (m := SPACE_ROW_RE.match(body) or PAREN_ROW_RE.match(body)) and not _prose_after_name(m.group("posts")):
            pairs = [(m.group("name"), m.group("posts"), line.index(s) + (role.end() if role else 0))]
        if not pairs and rows and rows[-1][3] == pos - 1 and _continues(rows[-1][1], s):
            rows[-1][1] += s.split("\t")[0]  # the PDF cut the row: "巴南区人大" + "常委会原主任"
            rows[-1][3] = pos + len(line)
            continue
        for raw_name, posts, at in pairs:
            name = clean_name(raw_name)
            if is_person_name(name, delimited=True):
                rows.append([name, posts, pos + at, pos + len(line), section])
    rows.extend(_posts_then_name(doc, section))
    rows.extend(_inline_items(doc))
    cache: dict = {}  # the document's dating, read once
    taken = SpanIndex(skip)
    for i, (name, posts, start, end, sect) in enumerate(rows, 1):
        if taken.overlaps((start, end)):
            continue
        found = _row_facts(doc, name, posts, (start, end), sect, f"list-{i}", cache)
        if found:
            facts.extend(found)
            spans.append((start, end))
    return facts, spans


def _continues(posts: str, line: str) -> bool:
    """True when ``line`` completes a row cut in the middle of a post."""
    last = re.split(r"[、，,；;]", _squeeze(posts))[-1].replace("原", "")
    if not last or re.search(r"[）)]$", last) or len(line) > 30:
        return False
    first = re.split(r"[、，,；;\t]", line)[0].replace("原", "")
    from kg.extract.holds import parse_post
    return parse_post(last) is None and parse_post(last + first) is not None


def _board_line(doc: Document, s: str, pos: int, title: str | None):
    """One line of an editorial board: "副主任：封洪华 余炳友 周正" or a continuation of names."""
    m = BOARD_ROW_RE.match(s)
    if m and m.group("title").replace(" ", "") in BOARD_TITLES:
        title = m.group("title").replace(" ", "")
        names_text, offset = m.group("names"), m.start("names")
    elif title and all(is_person_name(clean_name(p)) for p in s.split() if p):
        names_text, offset = s, 0
    else:
        return None
    facts = []
    for n in re.finditer(r"\S+", names_text):
        name = clean_name(n.group(0))
        if not is_person_name(name):
            continue
        span = (pos + offset + n.start(), pos + offset + n.end())
        post = Post(title=title, org_text="编辑委员会")
        facts.append(make_fact(doc, name, post, (pos, span[1]), org=None, resolve_org=False,
                               date=doc.date or year_of(doc), notes={"board": True}))
    return title, facts
