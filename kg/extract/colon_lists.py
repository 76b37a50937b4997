"""Acts written as a list of "title: names" lines under the sentence that makes them.

Two document kinds announce people this way:

- a leading group's composition (…决定成立甘肃省黄标车和老旧车淘汰工作领导小组。组成人员如下：),
  then ``组 长：郝 远 副省长`` / ``副组长：俞建宁 省政府副秘书长`` / ``成 员：陈 江 …`` with
  further members on lines of their own — every member is *appointed* to the group;
- an election announcement (…会议补选西藏自治区…常务委员会主任、副主任、委员。现将名单公告如下：),
  then ``主任：严金海；`` / ``委员：（按姓名笔画为序）`` + ``扎西措姆（女）、白玛罗布、吕涛`` —
  every person is *elected* to the body.

The list belongs to the body named in the opening sentence; a list with no such sentence in
the few lines before it is not read (precision first). A member's own post written after the
name (副省长) is a holding, left to the holds readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.posts import PostReading, canonical
from kg.model import ActKind, Evidence

if TYPE_CHECKING:
    from kg.extract.acts import ActReader

_TITLE = (r"(?:常\s*务\s*)?(?:副\s*)?(?:组\s*长|主\s*任(?:\s*委\s*员)?|主\s*席)|成\s*员|组\s*员|(?:常\s*务\s*)?委\s*员"
          r"|(?:副\s*)?秘\s*书\s*长")
# "常务委员（按姓氏笔画为序）：…": the order the names are written in may stand before the colon
HEAD_RE = re.compile(rf"^\s*(?:[-•·]\s*)?(?P<title>{_TITLE})\s*(?:[（(][^（）()]{{0,12}}[)）])?\s*[：:]\s*(?P<rest>.*?)\s*$")
# a line that names the body of the list below it: "二、綦江区未成年人保护工作领导小组", "一、区安委会"
GROUP_HEADING_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、)?(?P<body>[^，,。；;：:、\s][^，,。；;：:、]{1,40}?(?:领导小组|工作小组|指挥部|工作专班|委员会|安委会|减灾委))\s*$")
GROUP_RE = re.compile(r"(?:决定)?(?:成立|调整|组建|充实)(?:对)?(?P<body>[^，,。；;：:]{2,40}?(?:领导小组|工作小组|指挥部|工作专班|委员会))")
# the words every GROUP_RE match holds: a line without one is not searched (the optional 决定 that
# opens the pattern costs the engine its skip to a first character: a try at every offset)
GROUP_WORDS_RE = re.compile("成立|调整|组建|充实")
ELECTION_RE = re.compile(
    r"(?:补选|选举|选出|增选)(?:产生)?(?:了)?(?P<body>[^，,。；;：:]{2,60}?)(?=(?:常务)?(?:副)?(?:主任|主席|委员|秘书长)[、，,。；;]|(?:组成人员|领导人员|名单))"
)
# a standing committee passing a committee's list ("第七届全国人大常委会第三次会议通过了“…基本法起草委员会”
# 名单。成员如下："): a standing committee elects no one, its list appoints (session 19)
PASSED_LIST_RE = re.compile(r"(?:常委会|常务委员会)[^。；;]{0,30}?通过了?[“\"「]?(?P<body>[^，,。；;：:“”「」\"]{4,60}?"
                            r"(?:委员会|领导小组|工作小组))[”\"」]?(?:组成人员|成员)?名单")
# a numbered group heading inside a members' list ("一、中共中央和国务院的有关部门负责人"): the list goes on
SUBGROUP_RE = re.compile(r"^\s*[一二三四五六七八九十]+、[^，,。；;：:、]{2,30}[：:]?\s*$")
# a government organ founded or reorganised ("1968年3月18日,第二次成立平度县革命委员会。" / "主任：贾福善"):
# a history's list of its officers, not a group the document appoints people to
GOVERNMENT_ORGAN_RE = re.compile(r"(?:革命委员会|人民委员会|革委会|人民政府)$")
SESSION_RE = re.compile(r"主席团|^(?:本次|本届)?(?:大会|会议|预备会议)")  # a session's officers, no election act
MARK_RE = re.compile(r"[（(][^（）()]{0,12}[)）]")
NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,10}$")
LOOKAHEAD_LINES = 6
LIST_INTRO_RE = re.compile(r"组成人员|成员名单|名单如下|人员如下")
PIECE_RE = re.compile(r"(?:[^\n]*?如下[：:])|[^\n]+")  # the list starts within this many lines of its opening sentence
# a list written inline, its items parted by ；/ ，before each title and its colon ("决定成立…领导小组，组长：
# 张三（县长）；副组长：李四（副县长）、王五；成员：赵六"): each item a piece of its own (session 20)
INLINE_ITEM_RE = re.compile(rf"[；;，,]\s*(?=(?:{_TITLE})\s*(?:[（(][^（）()]{{0,12}}[)）])?\s*[：:])")


def _piece_lines(text: str) -> list[tuple[int, str]]:
    """(start, text) of the matches of ``PIECE_RE.finditer(text)``: a line without 如下 is one match,
    the pattern is searched only in the lines holding it (it tried its lazy first branch from every
    line start to the line's end)."""
    out: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        if "如下" in line:
            out += [(m.start(), m.group(0)) for m in PIECE_RE.finditer(text, at, at + len(line))]
        elif line:
            out.append((at, line))
        at += len(line) + 1
    return out


def _pieces(text: str) -> list[tuple[int, str]]:
    """(offset, piece) of the lines of ``text`` (PIECE_RE), a line holding an inline list cut
    before each of its items."""
    out: list[tuple[int, str]] = []
    for at, line in _piece_lines(text):
        cuts = [c.end() for c in INLINE_ITEM_RE.finditer(line)] if "：" in line or ":" in line else []
        if not cuts:
            out.append((at, line))
            continue
        bounds = [0, *cuts, len(line)]
        for a, b in zip(bounds, bounds[1:]):
            piece = line[a:b].rstrip("；;，, \t")
            out.append((at + a, piece))
    return out


def _name_and_post(rest: str) -> tuple[str | None, str]:
    """"郝 远 副省长" → (郝远, 副省长); "彭海峰(县政府办公室主任)" → (彭海峰, …);
    "俞建宁 省政府副秘书长" → (俞建宁, …)."""
    rest = rest.strip("；;。 ")
    m = re.match(r"^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?:\s+|$|[（(])", rest)  # a padded two-character name
    if m:
        return m.group(1) + m.group(2), rest[m.end():].strip()
    m = re.match(r"^([\u4e00-\u9fff·]{2,12}?)(?:[（(][^）)]*[)）])?(?:\s+|$|[（(])", rest + " ")
    return (m.group(1), rest[m.end():].strip()) if m else (None, rest)


def _names(rest: str) -> list[str]:
    """The names at the start of a list line: a padded two-character name (郝 远 副省长), the
    first whitespace-separated token (施崇刚 区委常委、区政府常务副区长), or — when nothing
    follows them — names separated by 、 (扎西措姆（女）、白玛罗布、吕涛（汉族）、宗嘎)."""
    from kg.extract.acts import plausible_name
    from kg.extract.posts import parse_post
    from kg.names import is_person_name

    if "、" in rest and (listed := _bracketed_names(rest)):
        return listed  # "李明（副县长）、王强（县公安局局长）": each a name with its posts in brackets (session 20)
    if (long := re.match(r"^\s*([\u4e00-\u9fff·]{2,12})\s*[（(]([^（）()、，,]{2,40})", rest)) and (
            plausible_name(long.group(1)) or (is_person_name(long.group(1), delimited=True)
                                              and parse_post(long.group(2).rstrip("）)")) is not None)):
        # "王叔文（中国社会科学院法学研究所所长）": the post is the member's holding; a name written whole
        # before a bracket of posts may hold 后 (李后（国务院港澳办公室副主任）)
        return [long.group(1)]
    text = re.sub(r"\s*([、，,])\s*", r"\1", MARK_RE.sub("", rest)).strip("；;。 \t")  # "白玛罗布、 吕涛"
    if not text:
        return []
    m = re.match(r"^([\u4e00-\u9fff])[ \u3000]([\u4e00-\u9fff])(?:\s|$)", text)  # 吴　仪 (full-width)
    if m:
        first = m.group(1) + m.group(2)
        more = _spaced_names(text[m.end():])
        return [first, *more] if plausible_name(first) else []
    if len(text.split()) > 1 and (spaced := _spaced_names(text)):
        return spaced  # "胡绳 王汉斌 马万祺": names separated by spaces, nothing else on the line
    first = text.split()[0] if text.split() else ""
    parts = [p.strip() for p in re.split(r"[、，,]", first) if p.strip()]
    ok = parts and all(NAME_RE.match(p) and plausible_name(p) for p in parts)
    return parts if ok else []


BRACKETED_ITEM_RE = re.compile(r"^([\u4e00-\u9fff·]{2,12})(?:[（(]([^（）()]{1,40})[)）])?$")


def _bracketed_names(rest: str) -> list[str]:
    """The names of a 、-list whose items are a name with (or without) its posts in brackets,
    two or more, every item so and every bracket posts (or a mark: 女, 兼); else none."""
    from kg.extract.acts import plausible_name
    from kg.extract.posts import parse_post

    items = re.split(r"、(?![^（(]*[)）])", rest.strip().rstrip("；;。，,").strip())
    if len(items) < 2:
        return []
    names = []
    for item in items:
        m = BRACKETED_ITEM_RE.match(item.strip())
        if m is None or not plausible_name(m.group(1)):
            return []
        note = m.group(2)
        if note and not MARK_RE.fullmatch(f"（{note}）") and parse_post(note) is None:
            return []
        names.append(m.group(1))
    return names if any("（" in i or "(" in i for i in items) else []


def _spaced_names(text: str) -> list[str]:
    """Names separated by spaces, when every token is a plausible name (else [])."""
    from kg.extract.acts import plausible_name

    from kg.extract.posts import parse_post

    tokens = text.split()
    ok = tokens and all(NAME_RE.match(t) and plausible_name(t) and parse_post(t) is None for t in tokens)
    return tokens if ok else []  # (郝 远 副省长: a name and the member's post, no second name)


def _closes_bracket(lines: list[str], i: int) -> bool:
    """The line ends a bracket the line before it opened (a member's post running on)."""
    before = lines[i - 1] if i else ""
    return (before.count("（") + before.count("(") > before.count("）") + before.count(")")
            and ("）" in lines[i] or ")" in lines[i]))


def _bare(title: str) -> str:
    return re.sub(r"\s+", "", title)


def read_colon_lists(reader: "ActReader") -> None:
    """Emit the acts of every title-colon list of the document (see the module docstring)."""
    doc = reader.ctx.doc
    text = doc.text
    lines: list[str] = []
    offsets: list[int] = []
    for at, piece in _pieces(text):  # lines, a list glued to its "…如下：" sentence, the items of an inline list
        lines.append(piece)
        offsets.append(at)
    context: tuple[ActKind, str | None, int] | None = None  # (kind, body, index of its last line)
    title: str | None = None
    for i, line in enumerate(lines):
        if GROUP_WORDS_RE.search(line) and (group := GROUP_RE.search(line)) is not None:
            if GOVERNMENT_ORGAN_RE.search(group.group("body")):
                context, title = None, None  # a government founded, its officers listed: holdings
                continue
            context, title = ("appoint", canonical(group.group("body"), reader.ctx.jur), i), None
            continue
        if context is not None and (h := GROUP_HEADING_RE.match(line)) and i - context[2] <= 60:
            body = canonical(re.sub(r"\s+", "", h.group("body")), reader.ctx.jur)
            context, title = (context[0], body or context[1], i), None
            continue
        if context is not None and LIST_INTRO_RE.search(line) and i - context[2] <= 40:
            context, title = (context[0], context[1], i), None  # "二、组成人员": the list follows
            continue
        if "通过" in line and (passed := PASSED_LIST_RE.search(line)) is not None and not SESSION_RE.search(passed.group("body")):
            context, title = ("appoint", canonical(passed.group("body"), reader.ctx.jur), i), None
            continue
        if (election := ELECTION_RE.search(line)) is not None:
            if SESSION_RE.search(election.group("body")):
                context, title = None, None  # a session's presidium and secretary-general: holdings
                continue
            context, title = ("elect", canonical(election.group("body"), reader.ctx.jur), i), None
            continue
        if context is None or not line.strip():
            continue
        if i - context[2] > LOOKAHEAD_LINES:
            context, title = None, None
            continue
        head = HEAD_RE.match(line)
        if not head and title is None:
            continue
        # names and posts are read from the original line, where a space still separates a
        # padded name from its post ("刘 刚 区发展改革委主任"); normalization joined them
        original = doc.original_as_read(offsets[i], offsets[i] + len(line))
        if "<" in original or "\n" in original.strip():
            original = line
        ohead = HEAD_RE.match(original)
        if head:
            title = _bare(head.group("title"))
            rest = ohead.group("rest") if ohead else head.group("rest")
        else:
            rest = original
        names = _names(rest)
        if not names or title is None:
            if head is None and title is not None and (SUBGROUP_RE.match(line) or _closes_bracket(lines, i)):
                context = (context[0], context[1], i)  # a group heading, a member's bracket going on
                continue
            if head is None:
                title = None  # a line that is not a member: the list has ended
            continue
        kind, body, _ = context
        start = offsets[i] + (len(line) - len(line.lstrip()))
        end = offsets[i] + len(line.rstrip())
        o_start, o_end = doc.to_original(start, end)
        ev = Evidence(doc=doc.path, start=o_start, end=o_end, text=line.strip())
        reader.emit(kind, "decided", names, [PostReading(title, body, body)], ev, start)
        context = (kind, body, i)  # the list goes on
