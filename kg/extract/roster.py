"""Yearbook rosters (名录): "name  post、post、post（note）" rows under organization headings.

A roster is entered at a heading such as "大渡口区市管领导干部" / "…名录" or a sub-heading
"（一）在任", and left at the first line that is neither a row, a continuation, nor a short
heading (a prose paragraph, a table of awards). Inside it:

- a short line that is not a row is a section heading (the organization the rows belong to);
- "（一）在任" / "（二）调离" switch between current and departed holders;
- a row is a name (2–4 Han characters, maybe padded: "王    涛") + a gap + posts separated by
  、，; indented lines continue the row (the PDF broke it, often inside a word);
- bracketed notes give months of the yearbook's year: "（8 月开始担任）", "（11 月调离）",
  "（1 月至 11 月担任区委常委、组织部部长…）", "（11 月晋升一级巡视员）"; ranks in brackets
  ("副局长（正处级）") become `rank` facts.

Every post of a row carries its ``section`` and ``row`` (Fact fields) so the resolver knows they are one person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from kg.dates import iso
from kg.extract.holds import Post, canonical, make_fact, parse_post, year_of
from kg.extract.lines import Line, lines
from kg.model import Document, Fact
from kg.titles import is_rank, title_info

HAN = "\u4e00-\u9fff"
ROW_RE = re.compile(
    rf"^[ \t\u3000]*(?P<name>[{HAN}](?:[ \u3000]*[{HAN}]){{1,3}}?)(?:\t+|[ \u3000]{{2,}})(?P<posts>\S.*?)\s*$"
)
SUBHEAD_RE = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]\s*(在任|调离|离任|免职|退休)\s*$")
START_RE = re.compile(r"(领导干部|名录|领导名单|领导成员)\s*$")
STOP_RE = re.compile(r"获奖|表彰|统计资料|统计公报")
NOTE_RE = re.compile(r"[（(]([^（）()]*)[)）]")
MONTH = r"(\d{1,2})\s*月"
SEP_RE = re.compile(r"[、，,；;]")
PLACE_RE = re.compile(rf"^(?P<place>[{HAN}]{{2,5}}?(?:街道|镇|乡))")
# Org fragments written after a first post of the same row: "区委常委、纪委书记" means 区纪委.
PARTY_DEPTS = ("宣传部", "组织部", "统战部", "政法委", "网信办", "编办")
TOWN_TITLES = ("镇长", "副镇长", "乡长", "副乡长")
PARTIES = ("九三学社", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟")
PARTY_SUFFIX_RE = re.compile(r"(?<=.{2})(党委|党组|党工委)$")
LOCAL_BODIES = ("纪委", "监委", "人武部", "办事处", "人大工委", "纪工委", "人大", "政府", "党委", "党工委")


@dataclass
class Row:
    name: str
    start: int  # in doc.text
    end: int
    posts: str  # joined posts text (continuation lines appended without spaces)
    section: str | None
    departed: bool
    number: int
    facts: list[Fact] = field(default_factory=list)


def _lines(text: str) -> tuple[Line, ...]:
    return lines(text)


def _is_row(line: str) -> re.Match | None:
    m = ROW_RE.match(line)
    if not m:
        return None
    posts = m.group("posts")
    first = SEP_RE.split(NOTE_RE.sub("", posts))[0]
    if parse_post(first) is None and not re.search(r"[、，]$", posts) and len(first) < 6:
        return None
    if not any(parse_post(p) for p in SEP_RE.split(NOTE_RE.sub("", posts)) if p) and not re.search(
        r"[、，]\s*$|[（(][^)）]*$", posts
    ):
        # no complete post yet: accept only when the line plainly continues ("区委常")
        if len(posts) < 8:
            return None
    if parse_post(re.sub(r"\s+", "", m.group("name"))) is not None:
        return None  # a header of titles ("书记    副书记" over the names): no name opens it (issue 9, moved19;
        # asked last: most lines are refused by the cheaper tests above)
    return m


def _incomplete(posts: str) -> bool:
    """True when a row's text plainly continues on the next line."""
    if posts.count("（") + posts.count("(") > posts.count("）") + posts.count(")"):
        return True
    if re.search(r"[、，,]$", posts):
        return True
    last = SEP_RE.split(NOTE_RE.sub("", posts))[-1]
    return bool(last) and parse_post(last) is None


def _continues(posts: str, line: str) -> bool:
    """A line at the margin continues the row only when the row is plainly cut ("、" or an
    open bracket at its end) or when the cut word joins into a post ("…中小企业发" + "展事务中心主任")."""
    if not _incomplete(posts):
        return False
    if re.search(r"[、，,]$", posts) or posts.count("（") > posts.count("）"):
        return True
    last = SEP_RE.split(NOTE_RE.sub("", posts))[-1]
    first = SEP_RE.split(NOTE_RE.sub("", line))[0]
    return parse_post(last + first) is not None


def read_rows(doc: Document) -> list[Row]:
    """The roster rows of a document, with their section and 在任/调离 status."""
    rows: list[Row] = []
    inside = False
    section: str | None = None
    departed = False
    current: Row | None = None
    for pos, line in _lines(doc.text):
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip(" \t\u3000"))
        if not inside:
            if len(stripped) <= 20 and (START_RE.search(stripped) or SUBHEAD_RE.match(line)):
                inside = True
                section, departed, current = None, False, None
                if SUBHEAD_RE.match(line):
                    departed = "调离" in line or "离任" in line
            continue
        m = _is_row(line)
        if current is not None and not m and (indent >= 4 or _continues(current.posts, stripped)):
            current.posts += stripped
            current.end = pos + len(line.rstrip())
            continue
        if SUBHEAD_RE.match(line):
            departed = not ("在任" in line)
            current = None
            continue
        if m:
            current = Row(
                name=re.sub(r"\s+", "", m.group("name")),
                start=pos + m.start("name"),
                end=pos + len(line.rstrip()),
                posts=m.group("posts").strip(),
                section=section,
                departed=departed,
                number=len(rows) + 1,
            )
            rows.append(current)
            continue
        if len(stripped) > 24 or STOP_RE.search(stripped):
            inside = False
            current = None
            continue
        if START_RE.search(stripped):
            continue  # "大渡口区管领导干部": a part title, not an organization
        section, departed, current = stripped, False, None
    return rows


# a place's party committee written whole: 嘉兴市委, 重庆市巴南区委, 新疆维吾尔自治区党委
COMMITTEE_RE = re.compile(rf"^(?P<place>[{HAN}]{{1,12}}?(?:省|市|区|县|州|盟|旗))(?:党)?委$")


def _place(org_text: str) -> tuple[str, str]:
    """(place prefix, party committee) of an org as written: 区委 → (区, 区委); 嘉兴市委 → (嘉兴市,
    嘉兴市委)."""
    m = PLACE_RE.match(org_text)
    if m:
        return m.group("place"), m.group("place") + "党委"
    if org_text.startswith(("区", "县", "市")) and len(org_text) <= 3:
        return org_text[0], org_text[0] + "委"
    if m := COMMITTEE_RE.match(org_text):
        # "嘉兴市委常委、组织部部长", "…市委常委、纪委书记": that committee's department, that place's
        # commission (session 29: a biography's 现任 chain)
        return m.group("place"), org_text
    return "", ""


def _resolve_fragment(org_text: str | None, prev: str | None, section: str | None) -> str | None:
    """Complete an org written relative to the row's previous post (or the section)."""
    base = PARTY_SUFFIX_RE.sub("", prev) if prev else section
    if not org_text:
        return base
    if base and (org_text in LOCAL_BODIES or org_text.startswith(LOCAL_BODIES)):
        place, _ = _place(base)
        return place + org_text if place and not org_text.startswith(place) else org_text
    if prev and prev.startswith(PARTIES) and len(org_text) <= 4 and org_text.endswith(("市委", "区委", "县委")):
        return next(p for p in PARTIES if prev.startswith(p)) + org_text  # 农工党中央常委、市委主委
    if base and org_text.startswith(PARTY_DEPTS):
        place, party = _place(base)
        if place in ("区", "县", "市") or (party and party == base and COMMITTEE_RE.match(base)):
            return party + org_text
        return place + org_text if place else org_text
    return org_text


def _month(year: str | None, month: str) -> str | None:
    m = int(month)
    if not year or not 1 <= m <= 12:
        return None
    return iso(year, m)


@dataclass
class Timing:
    start: str | None = None
    end: str | None = None


def _parse_posts(text: str, section: str | None) -> list[Post]:
    """Split a post list into posts, completing bare titles and fragments from their neighbours."""
    posts: list[Post] = []
    prev: str | None = None
    for seg in SEP_RE.split(text):
        seg = seg.strip()
        if not seg:
            continue
        rank_note = None
        m = re.search(r"[（(]([^（）()]+)[)）]\s*$", seg)
        if m and is_rank(m.group(1)):
            rank_note = m.group(1)
            seg = seg[: m.start()]
        post = parse_post(seg)
        if post is None:
            continue
        if post.kind == "hold":
            info = title_info(post.title)
            if not post.org_text and post.title in TOWN_TITLES and (prev or section):
                place = PLACE_RE.match(prev or section or "")  # 篆塘镇武装部长、副镇长: the town
                post.org_text = place.group("place") if place else None
            elif not post.org_text and prev and info and info.body and not info.only_after_place \
                    and post.title not in TOWN_TITLES:
                from kg.extract.mentions import _own_government

                post.org_text = _own_government(info, prev)  # 区委副书记、区长: 区政府, not 区委
            post.org_text = _resolve_fragment(post.org_text, prev, section)
            prev = post.org_text
        elif post.org_text:  # "…人民法院审判管理办公室一级法官、副主任": the org carries on
            post.org_text = _resolve_fragment(post.org_text, prev, section)
            prev = post.org_text
        if rank_note:
            post.marks = replace(post.marks, rank=rank_note)
            posts.append(post)
            posts.append(Post(title=rank_note, org_text=None, kind="rank"))
            continue
        posts.append(post)
    for i, post in enumerate(posts):  # "某局党组成员、副局长（挂职）": both are the secondment
        if post.marks.secondment:
            j = i - 1
            while j >= 0 and posts[j].org_text == post.org_text:
                posts[j].marks = replace(posts[j].marks, secondment=True)
                j -= 1
    return posts


def _split_notes(posts_text: str) -> tuple[str, list[str]]:
    """Remove timing notes and other remarks; keep (兼), (挂职), rank and alias brackets."""
    notes: list[str] = []

    def keep(m: re.Match) -> str:
        inner = m.group(1).strip()
        if inner in ("兼", "挂职", "挂") or is_rank(inner):
            return m.group(0)
        after = posts_text[m.end() : m.end() + 1]
        if after and not SEP_RE.match(after) and not after.isspace() and after not in "（(":
            return m.group(0)  # an alias inside an org name: 教科文卫工委（信访办公室）副主任
        notes.append(inner)
        return "、"

    return NOTE_RE.sub(keep, posts_text), notes


def _same(a: Post, b: Post) -> bool:
    return a.title == b.title and a.kind == b.kind


def _apply_notes(row: Row, posts: list[Post], notes: list[str], year: str | None) -> tuple[dict, list]:
    """Timing per post (index → Timing) and extra posts named only in the notes."""
    timing: dict[int, Timing] = {i: Timing() for i in range(len(posts))}
    extra_posts: list[tuple[Post, Timing]] = []
    hold_idx = [i for i, p in enumerate(posts) if p.kind == "hold"]
    for note in notes:
        for clause in re.split(r"[，,；;]", note):
            clause = clause.strip()
            m = re.match(rf"^{MONTH}\s*(?:至\s*{MONTH}\s*)?(开始担任|担任|任|调离|免|不再担任|晋升)(.*)$", clause)
            if not m:
                continue
            m1, m2, verb, rest = m.group(1), m.group(2), m.group(3), m.group(4).strip()
            if verb == "调离":
                for i in hold_idx:
                    timing[i].end = _month(year, m1)
                continue
            if verb == "开始担任" and not rest:
                for i in range(len(posts)):
                    timing[i].start = _month(year, m1)
                continue
            named = _parse_posts(rest, row.section) if rest else []
            if verb == "晋升":
                for p in named:
                    same = [i for i in range(len(posts)) if _same(posts[i], p)]
                    if same:
                        timing[same[0]].start = _month(year, m1)
                    elif p.kind == "rank":
                        extra_posts.append((Post(p.title, None, kind="rank"), Timing(start=_month(year, m1))))
                continue
            ending = verb in ("免", "不再担任")
            start = None if ending else (_month(year, m1) if int(m1) > 1 or not m2 else None)
            end = _month(year, m1) if ending else (_month(year, m2) if m2 and int(m2) < 12 else None)
            for p in named:
                match = [i for i in range(len(posts)) if _same(posts[i], p) and posts[i].org_text == p.org_text]
                match = match or [i for i in range(len(posts)) if _same(posts[i], p)]
                if len(match) >= 1:
                    t = timing[match[0]]
                    t.start = start if start else t.start
                    t.end = end if end else t.end
                    continue
                known = [t for q, t in extra_posts if _same(q, p) and q.org_text == p.org_text]
                if known:  # "1月至11月担任区委常委 … 11月至12月担任区委常委": one tenure
                    known[0].end = end
                    if start and known[0].start and start < known[0].start:
                        known[0].start = start
                    continue
                extra_posts.append((p, Timing(start=start, end=end)))
    return timing, extra_posts


def _row_facts(doc: Document, row: Row, year: str | None) -> list[Fact]:
    text, notes = _split_notes(row.posts)
    posts = _parse_posts(text, row.section)
    timing, extra_posts = _apply_notes(row, posts, notes, year)
    row_id = f"roster-{row.number}"
    departed = {"departed": True} if row.departed else {}
    facts: list[Fact] = []
    span = (row.start, row.end)
    for i, post in enumerate(posts):
        t = timing[i]
        end = t.end or (year if row.departed and post.kind == "hold" else None)
        former = True if post.kind == "hold" and (row.departed or t.end) else None
        org = None
        if post.kind == "hold" and post.org_text and row.section and row.section != post.org_text \
                and row.section.startswith(post.org_text) and canonical(post.org_text, doc) is None:
            org = canonical(row.section, doc)  # "春晖路党工委副书记" under the heading 春晖路街道
        facts.append(make_fact(doc, row.name, post, span, org=org, date=year, start=t.start,
                               end=end, former=former, section=row.section, row=row_id, notes=dict(departed) or None))
    for post, t in extra_posts:
        former = True if (t.end and post.kind == "hold") else None
        facts.append(make_fact(doc, row.name, post, span, date=year, start=t.start, end=t.end,
                               former=former, section=row.section, row=row_id, notes={**departed, "from_note": True}))
    return facts


def extract(doc: Document) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold and rank facts of every roster row, and the text spans the rows cover."""
    year = year_of(doc)
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for row in read_rows(doc):
        found = _row_facts(doc, row, year)
        if found:
            facts.extend(found)
            spans.append((row.start, row.end))
    return facts, spans
