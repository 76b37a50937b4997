"""Leadership pages (领导信息 / 领导分工 / 现任领导) and rosters of other places: holds written
as rows of a page rather than in running text.

Layouts read (each a general shape; the knowledge is kg/data/leadership.yaml):

- **posts after a name at the start of a line**: "X：区委副书记、区长，主持区政府全面工作；…",
  "X  区委副书记、区长", "- X:市委副书记,市政府市长、党组书记。", a birth between them
  ("X，1962年12月生，江苏沭阳县委书记；"). The clauses after the name are read while every
  phrase of a clause is a post whose organization kg can name (all or nothing per clause); the
  first clause that is not posts (a duty: 主持…, 负责…) ends the row.
- **a name line followed by a posts line**: "X" on a line of its own, then "区委副书记、区长".
- **rows under a heading that names a body**: "中国共产党杭州市委员会" then "书记 | 刘捷 |",
  "副书记 2 | 姚高员(市长) 马小秋(政法委书记、组织部部长) |", "常务委员：…"; a bare title belongs
  to the heading's body when it is one of that body's own titles (``body_titles``); the posts in a
  name's brackets are read against the same body (组织部部长 → the committee's 组织部).
  A heading followed by an act (选举 / 任命 / 决定 / 名单 …) is left to the act readers.
- **tables of office-holders**: a header row with a title column and place columns
  (所属省份 | 城市 | 市长 | 上任日期), then one row per holder; a row with fewer cells leaves out its
  leading cells (a merged cell: the province of the row before).

Precision first: a row gives facts only when its name is a person name and its posts resolve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache


from kg import titles as T
from kg.datafiles import load_yaml
from kg.dates import find_dates, iso
from kg.extract import posts as P
from kg.extract.holds import Post, canonical, make_fact, parse_post
from kg.extract.lines import Line, lines
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.names import HAN_RUN, clean_name, is_person_name

HAN = "\u4e00-\u9fff"
NAME = rf"[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}"
SEX = r"(?:[（(][男女][)）])?"
# (an encyclopedia page's "[编辑]" edit link may stand before a row's bullet: "[编辑]- 省长:郭影秋…"; round 31)
# (an encyclopedia page's "[编辑]" edit link may stand before a row's bullet: "[编辑]- 省长:郭影秋…"; round 31)
BULLET = r"(?:\[编辑\]\s*)?(?:[-•·*▪●]\s*|\d{1,2}[.、．]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?"
BIRTH = r"(?:[，,]\s*(?:\d{4}年?\d{1,2}月|\d{6})(?:出)?生)?"
# a posts phrase written right after a name, with no separator, starts with its level or place
LEVEL = r"(?:省|市|县|区|州|盟|旗|镇|乡|自治区|中共)"
CONCURRENT_LEAD = ("兼任", "兼")
# "X：posts…", "X  posts…", "X，1962年12月生，posts…" at the start of a line
NAME_POSTS_RE = re.compile(
    rf"^[ \t\u3000]*{BULLET}(?P<name>{NAME}|[{HAN}]{{1,10}}·[{HAN}]{{1,12}}){SEX}{BIRTH}"  # 阿不都热西提·买买提
    rf"\s*(?:[：:]|[，,]|[ \t\u3000]+|(?={LEVEL}))\s*(?P<rest>[{HAN}（(].*)$")
# a verb of a sentence inside what would be a row's organization: running text, no row (session 19)
_RUN_ON_ORG = re.compile(r"(?:升|调|出|接|转|担|改|获|继)任|当选|[在于][^，,]{0,12}?后")
NAME_LINE_RE = re.compile(rf"^[ \t\u3000]*(?P<name>{NAME}){SEX}[ \t\u3000]*$")
# a division-of-work row written title first: "常务副县长 李强：负责县政府常务工作，分管财政"
TITLE_NAME_DUTY_RE = re.compile(
    rf"^[ \t\u3000]*{BULLET}(?P<posts>[{HAN}、]{{2,40}}?)[ \t\u3000]+(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})"
    rf"{SEX}[ \t\u3000]*[：:][ \t\u3000]*(?P<duty>[{HAN}].*)$")
PIPE_ROW_RE = re.compile(rf"^\s*(?P<label>[{HAN}][{HAN} ]{{0,9}}?)\s*\d*\s*\|\s*(?P<cell>[^|]*?)\s*\|")
# (the order the names are written in may stand before the colon: "委员（以姓氏笔画为序）：…")
COLON_ROW_RE = re.compile(rf"^\s*{BULLET}(?P<label>[{HAN}]{{1,8}})\s*(?:[（(][^（）()]{{0,4}}(?:笔画|笔划|筆畫|为序|排序|排列)[^（）()]{{0,4}}[)）])?"
                          rf"\s*[：:]\s*(?P<cell>[^：:]+?)\s*[；;。]?\s*$")
# a roster row written with gaps (a table flattened to text): "副书记\t李二华\t王三峰"
TAB_ROW_RE = re.compile(rf"^\s*(?P<label>[{HAN}]{{1,8}})\t(?P<cell>[{HAN}·（）()\t]+?)\s*$")
ITEM_RE = re.compile(rf"(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}|[{HAN}]{{2,4}}){SEX}(?:[（(](?P<posts>[^（）()]{{2,60}})[)）])?")
# the sex and the ethnicity a bracket writes before a name's posts: (女,…), (藏族,…), (女,回族,…)
NOTE_MARKS_RE = re.compile(rf"^(?:(?:[男女]|[{HAN}]{{1,5}}族)[，,、]\s*)+")
CLAUSE_SPLIT_RE = re.compile(r"[，,；;。]")
ACT_WORDS_RE = re.compile(r"选举|补选|当选|任命|任免|决定|名单|公告|成立|调整|组成人员")
# a section's label alone on its line between a body's heading and its rows (an encyclopedia page's
# "组成人员" / "[编辑]组成人员"; round 31)
SECTION_LABEL_RE = re.compile(r"^\s*(?:\[编辑\])?\s*(?:组成人员|领导成员|历任领导|现任领导)\s*$")
# a history's line that founds or reorganises a body, its officers listed under it (县志:
# "1968年3月18日,第二次成立平度县革命委员会。" / "主任：贾福善"; "1969年2月6日,县革命委员会进行了调整。")
FOUNDED_RE = re.compile(rf"^(?:(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年[^，,。；;]{{0,10}}?[，,]\s*)?"
                        rf"(?:(?:第[一二三四五六七八九十]+次|重新|正式)?(?:成立|组建|改组|重建)了?(?P<body>[{HAN}]{{2,24}}?)"
                        rf"|(?P<body2>[{HAN}]{{2,24}}?)(?:进行了|进行)?(?:调整|改组))。?$")
FOUNDED_DAY_RE = re.compile(r"^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")
HEADING_CLEAN_RE = re.compile(r"^[一二三四五六七八九十\d]+[、.．]\s*|[（(][^（）()]*[)）]\s*$"
                              r"|(?<=[局厅])(?:现任)?(?:领导班子成员|领导班子|领导信息|领导之窗|领导简介|领导)\s*$")  # (嘉兴市教育局领导: its body)
# a post phrase an organization is written relative to the heading's body
PARTY_DEPTS = ("组织部", "宣传部", "统战部", "政法委", "统一战线工作部", "秘书长", "副秘书长")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("leadership.yaml") or {}


@lru_cache(maxsize=1)
def _not_posts_re() -> re.Pattern:
    """Words a phrase of posts never holds (a headline: 市领导看望出席…会议政协委员)."""
    return re.compile("|".join(_data().get("not_in_posts") or ["(?!)"]))


def _lines(text: str) -> tuple[Line, ...]:
    return lines(text)


def _overlaps(span: tuple[int, int], skip) -> bool:
    if isinstance(skip, SpanIndex):
        return skip.overlaps(span)
    return any(s < span[1] and span[0] < e for s, e in skip)


def _title(label: str) -> str | None:
    """The title a row label writes ("常 务 委 员" → 常委), or None when it is no title."""
    label = re.sub(r"\s+", "", label)
    label = _data().get("title_aliases", {}).get(label, label)
    info = T.title_info(label)
    return label if info is not None and not info.rank and not info.acting else None


def body_titles(org: str) -> tuple[str, ...]:
    """The titles a bare row label may hold in ``org`` (a canonical name): kg/data/leadership.yaml."""
    for row in _data().get("body_titles") or []:
        if row.get("ending") and not org.endswith(row["ending"]):
            continue
        if row.get("start") and not org.startswith(row["start"]):
            continue
        return tuple(row.get("titles") or ())
    return ()


@lru_cache(maxsize=1)
def _heading_words_re() -> re.Pattern[str]:
    """kg/data/leadership.yaml heading_words as one search (a line holds one of them or not)."""
    words = _data().get("heading_words") or ()
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)")


TERM_PREFIX_RE = re.compile(r"^第[一二三四五六七八九十]+届")


def heading_body(line: str, jur: str | None) -> tuple[str, str] | None:
    """(body as written, canonical org) when a short line names a body with its own titles."""
    if _heading_words_re().search(line) is None:
        return None  # no body word in the line, so none in its text: most lines, at once
    return _heading_body(line, jur)


@lru_cache(maxsize=8192)
def _heading_body(line: str, jur: str | None) -> tuple[str, str] | None:
    """:func:`heading_body` of a line holding a body word (pure: two readers ask it of every line)."""
    words = _data().get("heading_words") or ()
    text = HEADING_CLEAN_RE.sub("", line.strip()).strip()
    if founded := FOUNDED_RE.match(text):
        text = founded.group("body") or founded.group("body2")  # "1968年3月18日,第二次成立平度县革命委员会。"
    if not text or len(text) > 30 or not HAN_RUN.fullmatch(text):
        return None
    if not any(w in text for w in words):
        return None  # no body word: no need to read it as an organization (most short lines)
    org = P.canonical(text, jur)  # (kg.extract.holds.canonical of a document of that jurisdiction)
    if org and org.endswith(("人民委员会", "人民政府委员会")):
        org = TERM_PREFIX_RE.sub("", org)  # 第一届云南省人民委员会: the council, not its term (round 31)
    if org and org.endswith("人民代表大会") and "届" not in org:
        org += "常务委员会"  # a roster's "县人大" lists its standing committee's 主任 and 副主任 (session 34)
    if org and body_titles(org):
        return text, org
    return None


def _resolve(phrase: str, doc: Document, body: tuple[str, str] | None) -> list[tuple[Post, str]] | None:
    """The posts of one 、-separated phrase list with their canonical orgs, all or nothing."""
    from kg.extract.mentions import _all_posts

    phrase = phrase.strip()
    if not phrase or _not_posts_re().search(phrase) or any(len(p) > 30 for p in phrase.split("、")):
        return None
    if re.search(r"[\t\u3000]|  ", phrase):
        return None  # a table's gap inside: cells of other rows ("县委书记　　李明华　县委副书记"), no post (session 19)
    found = _all_posts(phrase, 0, doc)
    if found:
        return found
    if body is None:
        return None
    out: list[tuple[Post, str]] = []
    for part in phrase.split("、"):
        part = part.strip()
        post = parse_post(part)
        if post is None or post.kind != "hold":
            return None
        org = None
        if not post.org_text and post.title in body_titles(body[1]):
            org = body[1]  # 秘书长 of the heading's committee
        elif post.org_text and post.org_text.startswith(PARTY_DEPTS) and body[1].startswith("中共"):
            org = canonical(body[0] + post.org_text, doc)  # 组织部部长 → the committee's 组织部
        else:
            single = _all_posts(part, 0, doc)
            org = single[0][1] if single else None
        if org is None:
            return None
        out.append((post, org))
    return out


def _posts_clauses(rest: str, doc: Document, body) -> tuple[list[tuple[Post, str]], int]:
    """Posts of the leading clauses of ``rest`` and the length of text they cover."""
    posts: list[tuple[Post, str]] = []
    at = 0
    duty = tuple(_data().get("duty_words") or ())
    for m in re.finditer(r"[^，,；;。]+", rest):
        clause = m.group(0).strip()
        if not clause or clause.startswith(duty):
            break
        concurrent = clause.startswith(CONCURRENT_LEAD)
        if concurrent:  # "…党组副书记，兼任省公安厅厅长"
            clause = clause[2:] if clause.startswith("兼任") else clause[1:]
        found = _resolve(clause, doc, body)
        if not found:
            break
        if concurrent:
            found = [(replace(p, marks=replace(p.marks, concurrent=True)), o) for p, o in found]
        posts.extend(found)
        at = m.end()
    return posts, at


def _post_line(line: str) -> bool:
    """A line written as posts only (each 、/，-separated phrase ends with a title)."""
    parts = [p for p in re.split(r"[、，,；;]", line.strip().rstrip("。")) if p.strip()]
    return bool(parts) and all(parse_post(p) is not None for p in parts)


def _default_date(doc: Document) -> str | None:
    from kg.extract.mentions import _default_date as default

    return default(doc)


# a table's row of two cells, the name and its posts, the rest empty: "杨晓渡 | 中共中央政治局委员、… | |"
TWO_CELL_ROW_RE = re.compile(rf"^[ \t\u3000]*[|｜]?[ \t\u3000]*[{HAN}·]{{2,12}}[ \t\u3000]*[|｜][^|｜]*[{HAN}][^|｜]*(?:[|｜][ \t\u3000]*)*$")


def _two_cell_row(line: str) -> str:
    """A two-cell row with its bars made spaces (the same length: offsets hold), so that it reads as
    "NAME  posts" (session 33: a State Council page's table of a lecture group's members); any
    other line as it is."""
    if ("|" in line or "｜" in line) and TWO_CELL_ROW_RE.match(line):
        return line.replace("|", " ").replace("｜", " ")
    return line


def _name_posts(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    lines = list(_lines(doc.text))
    from kg.extract.people_lists import run_starts

    starts = run_starts(doc)
    body = None
    for i, (pos, line) in enumerate(lines):
        if heading := heading_body(line, doc.jurisdiction):
            body = heading
            continue
        m = NAME_POSTS_RE.match(_two_cell_row(line))
        name_span = None
        if m and is_person_name(clean_name(m.group("name")), delimited=True):
            if _overlaps((pos + m.start("name"), pos + m.start("rest")), skip):
                continue  # the row's span holds this at least: another reader's already (most such lines)
            posts, used = _posts_clauses(m.group("rest"), doc, body)
            if m.end("name") == m.start("rest") and (  # no separator: "梁伟发省政府党组副书记"
                    len(m.group("name")) != 3 or m.group("name")[-1] in "副代正总常" or not (first := parse_post(re.split(r"[、，,；;。]", m.group("rest"))[0]))
                    or not first.org_text or m.group("rest")[used:used + 1] not in ("，", ",", "；", ";", "。")
                    or _RUN_ON_ORG.search(first.org_text)):
                continue  # "刘昆副省长", "朱小丹省长": a title after a name is mentions' to read
                # ("原福建省委书记尹力在…后升任政治局委员": a sentence, no 原福建 + posts)
            name = clean_name(m.group("name"))
            name_span = (pos + m.start("name"), pos + m.start("rest") + used)
        elif (n := NAME_LINE_RE.match(line)) and is_person_name(clean_name(n.group("name")), delimited=True):
            nxt = next(((p, l) for p, l in lines[i + 1: i + 3] if l.strip()), None)
            if nxt is None or (NAME_LINE_RE.match(nxt[1]) and not (
                    starts.get(nxt[0] + nxt[1].index(nxt[1].strip())) == "name" and _post_line(nxt[1]))):
                continue  # (县委书记 has the shape of a name line: a posts line of a name-first run)
            before = next((l.strip() for _p, l in reversed(lines[max(0, i - 2): i]) if l.strip()), "")
            after = next((l for _p, l in lines[lines.index(nxt) + 1: lines.index(nxt) + 3] if l.strip()), "")
            if (_post_line(before) or NAME_LINE_RE.match(after)) and starts.get(pos + line.index(line.strip())) != "name":
                continue  # "光明区委书记、区长\n蔡 颖\n光明区人大常委会主任\n周荣生": posts, then their name
                # (a run of lines opened by a name, "张建国\n县委书记\n李明华\n县长", pairs name → posts)
            lead = len(nxt[1]) - len(nxt[1].lstrip())
            if _overlaps((pos + n.start("name"), nxt[0] + lead), skip):
                continue  # (as above: the row's span holds this at least)
            posts, used = _posts_clauses(nxt[1].strip(), doc, body)
            if used and nxt[1].strip()[used:].strip("，,；;。 "):
                if not nxt[1].strip()[used:].lstrip("，,；;。 ").startswith(tuple(_data().get("duty_words") or ())):
                    continue  # the posts line goes on with something else: not a row
            name = clean_name(n.group("name"))
            name_span = (pos + n.start("name"), nxt[0] + lead + used)
        else:
            continue
        if not posts or _overlaps(name_span, skip):
            continue
        for post, org in posts:
            facts.append(make_fact(doc, name, post, name_span, org=org, date=date, notes={"leadership": True}))
        spans.append(name_span)
    return facts, spans


def _title_name_duties(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"县长 张明：主持县政府全面工作" — a division-of-work row written title first: the posts,
    the name, a colon and the duties (which open with a duty word: 主持, 负责, 分管 …)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    duty = tuple(_data().get("duty_words") or ())
    if not duty or not any(w in doc.text for w in duty):
        return facts, spans
    for pos, line in _lines(doc.text):
        m = TITLE_NAME_DUTY_RE.match(line)
        if m is None or not m.group("duty").startswith(duty):
            continue
        name = clean_name(m.group("name"))
        if not is_person_name(name, delimited=True):
            continue
        found = _resolve(m.group("posts"), doc, None)
        span = (pos + m.start("posts"), pos + m.end("name"))
        if not found or skip.overlaps(span):
            continue
        for post, org in found:
            facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"leadership": True}))
        spans.append(span)
    return facts, spans


def _labelled_rows(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"书记 | 刘捷 |" / "常务委员：A、B" rows under a heading that names a body."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    body = None
    since = ""  # the text between the heading and the row
    founded: str | None = None  # the day a founding line gives: the date and start of its officers
    last: str | None = None  # the title of the row just read: a name alone on the next line holds it too
    all_lines = _lines(doc.text)
    for n, (pos, line) in enumerate(all_lines):
        if last and body and (named := _continued(line, all_lines[n + 1][1] if n + 1 < len(all_lines) else "")):
            span = (pos + named.start("name"), pos + named.end("name"))
            if not _overlaps(span, skip):
                facts.append(make_fact(doc, clean_name(named.group("name")), Post(title=last, org_text=body[0]), span,
                                       org=body[1], date=founded or date, start=founded, notes={"leadership": True}))
                spans.append((pos + named.start(), pos + named.end()))
            since += line
            continue
        if last and body and (run := _names_line(line, all_lines[n + 1][1] if n + 1 < len(all_lines) else "")):
            for name, a, b in run:  # "曹振远 范玉仁 赵宗乙 赵殿举" under "副主席：李秉德 王世翠(女) 李 森"
                if not _overlaps((pos + a, pos + b), skip):
                    facts.append(make_fact(doc, name, Post(title=last, org_text=body[0]), (pos + a, pos + b),
                                           org=body[1], date=founded or date, start=founded, notes={"leadership": True}))
            spans.append((pos + run[0][1], pos + run[-1][2]))
            since += line
            continue
        last = None
        if heading := heading_body(line, doc.jurisdiction):
            body, since = heading, ""
            day = FOUNDED_DAY_RE.match(line.strip()) if FOUNDED_RE.match(line.strip()) else None
            founded = iso(day.group(1), day.group(2), day.group(3)) if day else None
            continue
        m = PIPE_ROW_RE.match(line) or COLON_ROW_RE.match(line) or TAB_ROW_RE.match(line) \
            or (_gap_row(line, body[1]) if body else None) or SPACED_LABEL_ROW_RE.match(line)
        title = _title(m.group("label")) if m else None
        own = None
        if m and not (body and title and title in body_titles(body[1])) and (own := _own_post(m.group("label"), doc)):
            # "市委书记：于晓东 …" ⏎ "副书记：徐福和 赵学礼 韩 伟": a row whose label names its body heads the
            # bare rows after it (a yearbook's roster of a place; session 41)
            body, title, since, founded = own[0], own[1], "", None
        if body is None:
            continue
        if not m or not title or title not in body_titles(body[1]) or ACT_WORDS_RE.search(since):
            # (a page's section label, "组成人员", opens the rows under it: no act's list, and the prose
            # before it, which may tell the election, is another section's)
            since = "" if SECTION_LABEL_RE.match(line) else since + line
            continue
        cell, cell_at = m.group("cell"), pos + m.start("cell")
        cell, started = _bio_cut(cell)
        cell, merged = _unpad(cell)
        items = list(ITEM_RE.finditer(cell))
        rest = ITEM_RE.sub("", cell)
        if not items or re.search(f"[{HAN}]", rest):
            since += line
            continue  # something else than names in the cell: not a row of holders
        names = [clean_name(it.group("name")) for it in items]
        if own and not all(is_person_name(n, delimited=True) for n in names):
            since += line
            continue  # a row that heads itself is read whole or left to the other readers (泮世恒: a surname kg lacks)
        if 2 * sum(not is_person_name(n, delimited=True) for n in names) > len(names):
            since += line
            continue  # mostly no names: not a row of holders
        last = title  # (a row another reader took still heads the names under it)
        row: list[Fact] = []
        for it, name in zip(items, names):
            if not is_person_name(name, delimited=True):
                continue  # a surname kg does not know (胥伟华): left out, the row stays
            if "·" in (cell[it.start() - 1:it.start()] + cell[it.end():it.end() + 1]):
                continue  # a piece of transliterated names run together (帕巴拉·格列朗杰阿沛·阿旺晋美): no name
            span = (cell_at + it.start(), cell_at + it.end() + (it.start() in merged))
            if _overlaps(span, skip):
                continue
            row.append(make_fact(doc, name, Post(title=title, org_text=body[0]), span, org=body[1],
                                 date=founded or date, start=founded or (started if len(items) == 1 else None),
                                 notes={"leadership": True}))
            if it.group("posts"):  # "郭宁宁(女,中共福建省委常委)": the sex mark is no post, nor an
                # ethnicity ("严金海(藏族,区人大常委会党组书记)"; session 28)
                for post, org in _resolve(NOTE_MARKS_RE.sub("", it.group("posts")), doc, body) or []:
                    row.append(make_fact(doc, name, post, span, org=org, date=date, notes={"leadership": True}))
        if row:
            facts.extend(row)
            spans.append((pos + m.start(), pos + m.end()))
        since += line
    return facts, spans


# a row label written with spaces: "市 长:徐福和 1946年9月生,…" (the colon row's cell as COLON_ROW_RE reads it)
SPACED_LABEL_ROW_RE = re.compile(rf"^\s*(?P<label>[{HAN}](?:[ \u3000]?[{HAN}]){{1,7}})\s*[：:]\s*(?P<cell>[^：:]+?)\s*[；;。]?\s*$")
# a single character, a space, a single character, between spaces: a name of two padded ("韩 伟")
PADDED_PAIR_RE = re.compile(rf"(?:(?<=\s)|^)([{HAN}])[ \u3000]([{HAN}])(?=\s|$)")
def _unpad(text: str) -> tuple[str, set[int]]:
    """``text`` with each name of two padded to the width of three ("韩 伟") written whole ("韩伟 ": the
    same length, offsets kept), and where each such name starts."""
    merged = {p.start(1) for p in PADDED_PAIR_RE.finditer(text)}
    return (PADDED_PAIR_RE.sub(lambda p: p.group(1) + p.group(2) + " ", text) if merged else text), merged


# the biography after a row's one name: "于晓东 1953年4月生,大学学历,…1997年11 月任现职。"
BIO_TAIL_RE = re.compile(r"\s*(?=(?:19|20)\d{2}\s*年[^，,。]{0,8}生)")
IN_POST_SINCE_RE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*任现职")


def _bio_cut(cell: str) -> tuple[str, str | None]:
    """The names of a row's cell without the biography after them, and the month the biography
    says the post was taken (任现职), if it does."""
    m = BIO_TAIL_RE.search(cell)
    if m is None:
        return cell, None
    since = IN_POST_SINCE_RE.search(cell, m.end())
    return cell[: m.start()], (iso(since.group(1), since.group(2), None) if since else None)


def _own_post(label: str, doc: Document) -> tuple[tuple[str, str], str] | None:
    """((body as written, canonical org), title) when a row's label is one post of a body kg names
    whose title is one of that body's own ("市委书记", "市人大主任", "市 长"), else None."""
    label = re.sub(r"\s+", "", label)
    if not label or "、" in label:
        return None
    found = _resolve(label, doc, None)
    if not found or len(found) != 1:
        return None
    post, org = found[0]
    if org.endswith("人民代表大会") and post.title in body_titles(org + "常务委员会"):
        org += "常务委员会"  # 市人大主任: the standing committee's (a congress has no 主任 of its own)
    if post.title not in body_titles(org):
        return None
    return (post.org_text or label[: -len(post.title)] or label, org), post.title


NAME_TOKEN_RE = re.compile(rf"[{HAN}]{{2,4}}{SEX}")


def _names_line(line: str, following: str) -> list[tuple[str, int, int]] | None:
    """A line of two or more names parted by spaces under a roster row ("曹振远 范玉仁 赵宗乙 赵殿举"),
    each a person's name, the next line no posts: [(name, start, end)], else None."""
    if " " not in line.strip() and "\u3000" not in line.strip():
        return None
    text, merged = _unpad(line)
    tokens = list(GAP_TOKEN_RE.finditer(text))
    if len(tokens) < 2 or not all(NAME_TOKEN_RE.fullmatch(t.group()) for t in tokens):
        return None
    names = [(clean_name(t.group()), t.start(), t.end() + (t.start() in merged)) for t in tokens]
    if not all(is_person_name(name, delimited=True) for name, _, _ in names):
        return None
    if following.strip() and _post_line(following):
        return None
    return names


# a name alone on its line under a roster row, maybe padded and marked: "张胜明", "李 丽（女）",
# "孙爱民（挂职）" (a yearbook's roster writes a title once over all its holders; session 34)
CONTINUED_RE = re.compile(rf"^[ \t\u3000]*(?P<name>[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}){SEX}"
                          rf"(?:[（(](?:挂职|兼|兼职|正[县处局厅]级|副[县处局厅]级)[)）])?[ \t\u3000]*$")


def _continued(line: str, following: str) -> re.Match | None:
    """A name line that continues the row above it: a person's name alone, and the next line no
    posts (in a page of name lines each followed by its posts, the name opens a row of its own)."""
    m = CONTINUED_RE.match(line)
    if m is None or not is_person_name(clean_name(m.group("name")), delimited=True):
        return None
    if following.strip() and _post_line(following):
        return None
    return m


GAP_TOKEN_RE = re.compile(r"[^ \t\u3000]+")
GAP_NAME_RE = re.compile(rf"^[{HAN}]{{2,4}}{SEX}$")


class _GapRow:
    """A match-like row "副县长　李四　王五" / "县　长　张三": label, gap, names (groups label, cell)."""

    def __init__(self, line: str, label: str, cell_at: int) -> None:
        self._groups = {"label": label, "cell": line[cell_at:].rstrip()}
        self._starts = {"cell": cell_at}
        self._end = len(line.rstrip())

    def group(self, name: str) -> str:
        return self._groups[name]

    def start(self, name: str | None = None) -> int:
        return self._starts.get(name or "", 0)

    def end(self) -> int:
        return self._end


def _gap_row(line: str, org: str) -> _GapRow | None:
    """A roster row written with spaces under a heading naming a body (a table flattened to text):
    "副书记　李四　王五", a padded label "县　长　张三" — the label one of the body's titles, every
    other cell a name."""
    if " " not in line and "\t" not in line and "\u3000" not in line:
        return None  # one cell at most: no label and names (most lines)
    tokens = list(GAP_TOKEN_RE.finditer(line))
    for j in (1, 2, 3):
        if len(tokens) <= j:
            return None
        label = "".join(t.group() for t in tokens[:j])
        title = _title(label)
        if title and title in body_titles(org):
            names = [t.group() for t in tokens[j:]]
            if all(GAP_NAME_RE.match(n) and is_person_name(clean_name(n), delimited=True) for n in names):
                return _GapRow(line, label, tokens[j].start())
            return None
    return None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


@dataclass(frozen=True)
class _Header:
    """The header row of a table of office-holders: which columns hold what."""

    title: int  # the column of the title (its holders' names)
    places: list[int]  # the place columns, joined into the place
    n: int  # how many cells a full row has
    start: int | None  # the column of the start date, if any
    word: str  # the title the column header names


def _tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Tables of office-holders: header "所属省份 | 城市 | 市长 | 上任日期", one row per holder."""
    data = _data()
    place_heads = set(data.get("table_place_headers") or ())
    start_heads = set(data.get("table_start_headers") or ())
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    header: _Header | None = None
    prev_cells: list[str] = []
    for pos, line in _lines(doc.text):
        if line.count("|") < 2:
            continue
        cells = [re.sub(r"^\[[^\]]*\]|\s*[（(][^）)]*[)）]\s*$", "", c).strip() for c in _cells(line)]
        titles = [i for i, c in enumerate(cells) if _title(c) and (info := T.title_info(c)) is not None and info.body]
        places = [i for i, c in enumerate(cells) if c in place_heads]
        if titles and places:
            word = _title(cells[titles[0]])  # (never None: titles[0] is a title column)
            header = None if word is None else _Header(
                title=titles[0], places=places, n=len(cells),
                start=next((i for i, c in enumerate(cells) if c in start_heads), None), word=word)
            prev_cells = []
            continue
        if header is None or len(cells) < 2:
            continue
        n = header.n
        raw = _cells(line)
        if len(raw) > n:
            raw = raw[:n]
        if len(raw) < n:  # merged leading cells: taken from the row before
            if len(prev_cells) != n:
                continue
            raw = prev_cells[: n - len(raw)] + raw
        name = clean_name(raw[header.title])
        if not is_person_name(name, delimited=True):
            continue
        place = "".join(raw[i] for i in header.places)
        org = T.implied_org(header.word, place)
        if org is None:
            continue
        start = None
        if header.start is not None:
            found = find_dates(raw[header.start])
            start = found[0][2] if found else None
        span = (pos + len(line) - len(line.lstrip()), pos + len(line.rstrip()))
        prev_cells = raw
        if _overlaps(span, skip):
            continue
        post = Post(title=header.word, org_text=place)
        facts.append(make_fact(doc, name, post, span, org=org, date=date, start=start, notes={"leadership": True}))
        spans.append(span)
    return facts, spans


# a cell of a table of posts by place: the holder, a mark, then birth and start as some pages
# write them ("尹力(兼任)1962年8月生,2022年11月上任", "李秀领1962年12月生,2023年1月上任")
_HOLDER_CELL_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff·]{2,12}?)\s*(?:[（(][^（）()]{1,6}[)）])?\s*"
                             r"(?:(?:\d{4})年\d{1,2}月生)?[，,]?\s*"
                             r"(?:(?P<y>\d{4})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?(?:上任|就任|任职)?)?$")
_LEVEL_RE = re.compile(r"^(?:省|市|自治区|州|县|区|盟|旗)")


def _post_tables(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Tables of posts by place: a header "直辖市 | 中共市委书记 | 市人大常委会主任 | 市人民政府市长 |
    市政协主席 |" (a place column, then post columns written for any place of its level), one row
    per place ("北京市 | 尹力(兼任)… | 李秀领… |"). Each holder holds the column's post in the row's
    place (the level word of the header is the place: 中共市委书记 + 北京市 → 中共北京市委书记); a
    place of another level than the header's (自治区 under 省…) is left unread."""
    from kg.orgs import parse_org

    data = _data()
    place_heads = set(data.get("table_place_headers") or ())
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    header: tuple[int, dict[int, str]] | None = None
    for pos, line in _lines(doc.text):
        if line.count("|") < 2:
            continue
        cells = [re.sub(r"^\[[^\]]*\]", "", c).strip() for c in _cells(line)]  # "[编辑]直辖市"
        place_cols = [i for i, c in enumerate(cells) if c in place_heads]
        posts = {i: c for i, c in enumerate(cells)
                 if i not in place_cols and c and (p := parse_post(c)) is not None and p.kind == "hold" and p.org_text}
        if len(place_cols) == 1 and len(posts) >= 2:
            header = (place_cols[0], posts)
            continue
        if header is None or len(cells) <= header[0]:
            continue
        place = cells[header[0]]
        info = parse_org(place, doc.jurisdiction)
        if info is None or info.type != "jurisdiction":
            continue
        span = (pos + len(line) - len(line.lstrip()), pos + len(line.rstrip()))
        if _overlaps(span, skip):
            continue
        for i, head in header[1].items():
            m = _HOLDER_CELL_RE.match(cells[i]) if i < len(cells) else None  # a row the page cut short
            name = clean_name(m.group("name")) if m else ""
            if not m or not is_person_name(name, delimited=True):
                continue
            level = _LEVEL_RE.match(head[2:] if head.startswith("中共") else head)
            if level and not place.endswith(level.group(0)):
                continue
            rest = head[2:] if head.startswith("中共") else head
            rest = rest[level.end():] if level else rest
            phrase = ("中共" if head.startswith("中共") else "") + place + rest
            read = P.parse_posts(phrase, doc.jurisdiction)
            if len(read) != 1 or read[0].org is None:
                continue
            start = iso(m.group("y"), m.group("m"), m.group("d")) if m.group("y") else None
            post = Post(title=read[0].title, org_text=place)
            facts.append(make_fact(doc, name, post, span, org=read[0].org, date=date, start=start,
                                   notes={"leadership": True}))
        spans.append(span)
    return facts, spans


SUBJECT_RE = re.compile(rf"^\s*(?P<place>[{HAN}]{{2,14}}?(?:镇|乡|街道))(?:概况|简介|基本情况简介|基本情况|领导班子|领导信息|"
                        rf"领导分工|班子成员|现任领导)?\s*$")
LIST_INTRO_RE = re.compile(r"(?:分别是|分别为|依次是|依次为|成员[有为是]|班子成员[有为是])[：:]")


def _subject_place(doc: Document) -> str | None:
    """The town a page is about, from a heading of its own ("五寨县砚城镇基本情况简介", "砚城镇概况"):
    the longest such heading that kg.orgs places in the document's jurisdiction."""
    best = None
    for n, (_pos, line) in enumerate(_lines(doc.text)):
        if n > 30:
            break
        m = SUBJECT_RE.match(line)
        if not m:
            continue
        place = m.group("place")
        org = canonical(place + "人民政府", doc)
        if org and org != place + "人民政府" and (best is None or len(place) > len(best)):
            best = place
    return best


def _town_post(place: str, title: str, doc: Document) -> tuple[Post, str] | None:
    title = (_data().get("town_title_rewrites") or {}).get(title, title)
    body = T.post_body(place + title, doc.jurisdiction)
    if body is None or body.org is None or body.rank:
        return None
    return Post(title=body.title, org_text=body.body_text), body.org


def _town_lists(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"党政班子成员共10人…分别是：党委书记李斌、党委副书记、镇长张伟、…" on a town's page: titles
    before each name, a title standing alone joins the next name's; all items or none."""
    place = _subject_place(doc)
    if place is None:
        return [], []
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for m in LIST_INTRO_RE.finditer(doc.text):
        end = re.compile(r"[。\n]").search(doc.text, m.end())
        stop = end.start() if end else len(doc.text)
        items, at = [], m.end()
        for piece in doc.text[m.end():stop].split("、"):
            items.append((piece.strip(), at + len(piece) - len(piece.lstrip())))
            at += len(piece) + 1
        pending: list[tuple[Post, str]] = []
        first = m.end()
        row: list[tuple[str, tuple[Post, str], tuple[int, int]]] = []
        ok = bool(items)
        for piece, start in items:
            name = None
            for k in (3, 2, 4):  # "党委书记李斌": a title, then a name
                if len(piece) > k + 1 and HAN_RUN.fullmatch(piece) \
                        and is_person_name(piece[-k:], delimited=True) \
                        and (post := _town_post(place, piece[:-k], doc)):
                    name, posts = piece[-k:], [*pending, post]
                    break
            if name is not None:
                pass
            elif post := _town_post(place, piece, doc):
                first = start if not pending else first
                pending.append(post)
                continue
            else:
                ok = False
                break
            span = (first if pending else start, start + len(piece))  # "党委副书记、镇长张伟"
            row.extend((name, p, span) for p in posts)
            pending = []
        if not ok or pending or not row or _overlaps((m.end(), stop), skip):
            continue
        for name, (held, org), span in row:
            facts.append(make_fact(doc, name, held, span, org=org, date=date, notes={"leadership": True}))
        spans.append((m.end(), stop))
    return facts, spans


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of leadership pages and rosters of other places, and the spans they cover."""
    date = _default_date(doc)
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = list(skip)
    mine: list[tuple[int, int]] = []
    for reader in (_tables, _post_tables, _labelled_rows, _name_posts, _title_name_duties, _town_lists, _listed_members):
        found, covered = reader(doc, SpanIndex(spans), date)
        facts.extend(found)
        spans.extend(covered)
        mine.extend(covered)
    return facts, mine


# "山西省委另外10位常委的排序分别是：宣传部长胡苏平、常务副省长高建民、…": a committee's members listed,
# each with a post of their own before the name — each holds the list's post too (round 36)
MEMBERS_INTRO_RE = re.compile(rf"(?P<body>[{HAN}]{{2,12}}?)(?:另外|其他|其余)?(?:[0-9一二三四五六七八九十两]+[位名])?"
                              r"(?P<title>常委|委员)(?:的(?:排序|排名|名单))?(?:分别|依次)(?:是|为)[：:]")
# the intro's fixed end, found first: the intro's lazy body, tried at every character of a long document, cost
# more than the rest of this reader (session 49)
_MEMBERS_ANCHOR_RE = re.compile(r"(?:常委|委员)(?:的(?:排序|排名|名单))?(?:分别|依次)(?:是|为)[：:]")
_LIST_END_RE = re.compile(r"[。；;\n]")


def _listed_members(doc: Document, skip, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The members of a committee listed after "…常委分别是：", each item written "posts + name": a
    holding of the list's post for each name (the posts before each name are the mention reader's,
    so no span is taken). All items or none; the list's body is the longest ending of the words
    before the title that kg places."""
    facts: list[Fact] = []
    for anchor in _MEMBERS_ANCHOR_RE.finditer(doc.text):
        m = MEMBERS_INTRO_RE.search(doc.text, max(0, anchor.start() - 40), anchor.end())
        if m is None or m.end() != anchor.end():
            continue
        body = m.group("body")
        post = next((b for k in range(len(body) - 1) if (b := T.post_body(body[k:] + m.group("title"), doc.jurisdiction))
                     and b.org and b.title == m.group("title")), None)
        if post is None:
            continue
        end = _LIST_END_RE.search(doc.text, m.end())
        stop = end.start() if end else len(doc.text)
        row: list[tuple[str, tuple[int, int]]] = []
        at = m.end()
        for piece in doc.text[m.end():stop].split("、"):
            item = piece.strip()
            start = at + len(piece) - len(piece.lstrip())
            at += len(piece) + 1
            name = next((item[-k:] for k in (3, 2, 4) if len(item) > k + 1 and HAN_RUN.fullmatch(item)
                         and is_person_name(item[-k:], delimited=True) and T.ends_with_title(item[:-k])), None)
            if name is None:
                row = []
                break
            row.append((name, (start, start + len(item))))
        if len(row) < 2 or _overlaps((m.start(), stop), skip):
            continue
        held = Post(title=post.title, org_text=post.body_text)
        facts.extend(make_fact(doc, name, held, span, org=post.org, date=date, notes={"leadership": True}) for name, span in row)
    return facts, []
