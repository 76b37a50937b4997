"""Acts of a leading group formed in running text, its members named in sentences (session 40).

kg.extract.colon_lists reads a group's composition written as ``组长：…`` lines. News and notices
as often write it in prose, in the paragraph that forms the group::

    国务院办公厅宣布成立国家制造强国建设领导小组，国务院副总理马凯任组长。副组长分别是工信部部长
    苗圩、国务院副秘书长肖亚庆和财政部副部长刘昆。
    正式成立市委统一战线工作领导小组。领导小组组长由市委副书记张国清担任，副组长2人，分别是：
    市委常委、统战部部长宋爱荣，市政府副市长谭家玲。
    决定成立以国务院总理温家宝为组长的国家应对气候变化及节能减排工作领导小组。

Every member named so is *appointed* to the group by the decision that forms it. Only the
paragraph that forms the group is read, only after the formation, and a member is taken only
where a name ends the item (``组长由县委书记担任`` names a post, no one: nothing). The posts
written before a member's name are holdings, left to the holds readers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.posts import PostReading, canonical, parse_posts
from kg.model import Evidence
from kg.names import is_person_name

if TYPE_CHECKING:
    from kg.extract.acts import ActReader

GROUP_NOUNS = r"(?:领导小组|工作小组|协调小组|指挥部|工作专班|督导组|协调组)"
ROLE = r"(?:常务副组长|副组长|组长|成员)"
# the formation, with the leaders it may name inside it ("成立以刘恭为组长，李洪印为副组长的7人“…领导小组”")
FORMED_RE = re.compile(
    r"(?:成立|组建)(?:了)?(?:以(?P<lead>[^，,。；;“”「」]{2,40}?)为组长(?:[，,、](?P<deputy>[^，,。；;“”「」]{2,40}?)为副组长)?的"
    r"(?:[0-9一二三四五六七八九十]+人)?)?[“\"「]?(?P<body>[^，,。；;：:“”「」\"]{2,40}?" + GROUP_NOUNS + ")")
# a member named after the formation: "组长由X担任", "X任组长", "副组长分别是：A，B"
MEMBER_RES = (
    re.compile(r"(?:^|[，,。；;])(?:领导小组|小组|该小组)?(?P<role>" + ROLE + r")由(?P<who>[^，,。；;：:]{2,80}?)(?:同志)?(?:担任|兼任)"),
    re.compile(r"(?:^|[，,。；;])(?P<who>[^，,。；;：:]{2,40}?)(?:同志)?(?:任|担任|兼任)(?:领导小组|小组)?(?P<role>" + ROLE + r")(?=[，,。；;]|$)"),
    re.compile(r"(?:^|[，,。；;])(?:领导小组|小组)?(?P<role>" + ROLE + r")(?:[0-9一二三四五六七八九十]+[人名])?[，,]?(?:分别)?(?:是|为)[：:]?"
               r"(?P<who>[^。；;]{2,200}?)(?=[。；;]|$)"),
)
# the paragraph after the formation, read when it opens with a member's role
FOLLOW_RE = re.compile(r"^\s*(?:领导小组|小组|该小组)?" + ROLE)
ITEM_SPLIT_RE = re.compile(r"[、，,]")


def _lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the offset each starts at."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return lines, starts


def read_group_sentences(reader: "ActReader") -> None:
    """Emit the appointments of the members named in every paragraph that forms a group, and in
    the paragraph right after it when that one opens with a member's role (领导小组组长由…)."""
    doc = reader.ctx.doc
    text = doc.text
    if "组" not in text and "指挥部" not in text and "专班" not in text:
        return
    lines, starts = _lines(text)
    for i, line in enumerate(lines):
        if "成立" not in line and "组建" not in line:
            continue
        formations = list(FORMED_RE.finditer(line))
        for k, formed in enumerate(formations):
            end = formations[k + 1].start() if k + 1 < len(formations) else len(line)
            body = _read_members(reader, line, starts[i], formed, formed.end(), end)
            nxt = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].strip()), None)
            if body and k == len(formations) - 1 and nxt is not None and FOLLOW_RE.match(lines[nxt]):
                _read_members(reader, lines[nxt], starts[nxt], None, 0, len(lines[nxt]), body)


# a board's members appointed in a government's release (the press releases of Hong Kong: "政府今日宣布委任四名
# 基本法推廣督導委員會(基廣會)新成員及再度委任九名現任成員。" ⏎ "四名新成員為A、B、C及D。"; session 41)
BOARD_RE = re.compile(r"委任(?:[0-9一二三四五六七八九十]+[名位])?(?P<body>[^，,。；;()（）、]{4,30}?(?:委员会|理事会|咨询会|审裁处))"
                      r"(?:[（(][^（）()]{1,8}[)）])?的?(?:新|现任)?成员")
BOARD_MEMBERS_RE = re.compile(r"(?:^|[，,。；;])[^，,。；;]{0,16}?成员(?:为|是)[：:]?(?P<who>[^。；;]{2,200}?)(?=[。；;]|$)")


def read_board_members(reader: "ActReader") -> None:
    """Emit the appointments of a board's members named "…成员为A、B及C" in the line that appoints them
    (委任…委员会…成员) and the three lines after it: title 成员 of the board as the text names it."""
    text = reader.ctx.doc.text
    if "委任" not in text or "成员" not in text:
        return
    lines, starts = _lines(text)
    for i, line in enumerate(lines):
        board = BOARD_RE.search(line) if "委任" in line else None
        if board is None:
            continue
        body = board.group("body")
        org = canonical(body, reader.ctx.jur) or (body if body.endswith("委员会") else None)
        following = [j for j in range(i, min(i + 4, len(lines))) if lines[j].strip()]
        for j in following:
            for m in BOARD_MEMBERS_RE.finditer(lines[j], board.end() if j == i else 0):
                names = _board_names(m.group("who"))
                if not names:
                    continue
                at = starts[j]
                s, e = reader.ctx.doc.to_original(at + m.start("who"), at + m.end("who"))
                ev = Evidence(doc=reader.ctx.doc.path, start=s, end=e, text=m.group("who"))
                reader.emit("appoint", "decided", names, [PostReading("成员", org, body)], ev, at + m.start("who"))


BOARD_ITEM_SPLIT_RE = re.compile(r"[、，,]|及|和|以及")
NAME_MARKS_RE = re.compile(r"(?:博士|教授|先生|女士|议员|法官|律师)$")


def _board_names(who: str) -> list[str]:
    """The names of "A、B、C及D" (honorifics after a name dropped: 何建宗博士): every item a person's name, else none."""
    items = [NAME_MARKS_RE.sub("", i.strip()) for i in BOARD_ITEM_SPLIT_RE.split(who)]
    return items if items and all(is_person_name(i, delimited=True) for i in items) else []


def _read_members(reader: "ActReader", line: str, at: int, formed: re.Match[str] | None, begin: int, end: int,
                  body: str | None = None) -> str | None:
    """Emit the members named in ``line[begin:end]`` (and inside the formation ``formed``), each
    appointed to the group; the group's canonical name, None when it has none."""
    if formed is not None:
        body = canonical(formed.group("body"), reader.ctx.jur)
    if body is None:
        return None
    found: list[tuple[str, str, int, int]] = []  # (role, who, start, end) in the line
    for role, group in (("组长", "lead"), ("副组长", "deputy")):
        if formed is not None and formed.group(group):
            found.append((role, formed.group(group), formed.start(group), formed.end(group)))
    for pattern in MEMBER_RES:
        for m in pattern.finditer(line, begin, end):
            found.append((m.group("role"), m.group("who"), m.start("who"), m.end("who")))
    for role, who, start, stop in found:
        names = _member_names(who, reader.ctx.jur)
        if not names:
            continue
        s, e = reader.ctx.doc.to_original(at + start, at + stop)
        ev = Evidence(doc=reader.ctx.doc.path, start=s, end=e, text=line[start:stop])
        reader.emit("appoint", "decided", names, [PostReading(role, body, body)], ev, at + start)
    return body


def _member_names(who: str, jur: str | None) -> list[str]:
    """The names of a member item ("工信部部长苗圩、国务院副秘书长肖亚庆和财政部副部长刘昆" → three
    names); every part must end with a name or read as a post of the name after it, else none."""
    from kg.extract.acts import trailing_names

    names: list[str] = []
    for part in (q for p in ITEM_SPLIT_RE.split(who) for q in _split_and(p.strip())):
        if not part:
            continue
        found = trailing_names(part)
        if found and len(found[0]) == 1 and (found[1] == 0 or parse_posts(part[: found[1]], jur)):
            names.append(found[0][0])
        elif not parse_posts(part, jur):
            return []  # a part that is neither a member nor a post: not a list of members
    return names


def _split_and(part: str) -> list[str]:
    """"科技部副部长曹健林和财政部副部长刘昆" → its two members, cut at the 和 / 及 a name ends
    before (the 和 of 工业和信息化部 ends none)."""
    from kg.extract.acts import trailing_names

    for i, ch in enumerate(part):
        if ch in "和及" and 0 < i < len(part) - 1:
            left = trailing_names(part[:i])
            if left and len(left[0]) == 1 and trailing_names(part[i + 1:]):
                return [part[:i], *_split_and(part[i + 1:])]
    return [part]
