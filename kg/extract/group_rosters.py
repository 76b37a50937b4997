"""Holdings of a group's roster: a heading that names a group, then its members' lines.

Yearbooks and leadership pages list a standing group's members under its name, with no sentence
that forms it (session 21)::

    宜春市扶贫开发领导小组
    组长：张建国（市委书记）
    副组长：李明华（市长）、王强（市委副书记）
    成  员  赵志刚  市委常委

Each member holds the role (组长, 副组长, 成员, 总指挥 …) in the group; the posts written after
the name are the mention readers' (in brackets) or read here (after spaces). When a sentence
forms the group or lists its composition (决定成立…领导小组, 组成人员如下) the list is an act of
that decision, read by kg.extract.colon_lists: this reader then leaves it alone.
"""

from __future__ import annotations

import re

from kg.extract.colon_lists import ELECTION_RE, GROUP_HEADING_RE, GROUP_RE, LIST_INTRO_RE, PASSED_LIST_RE
from kg.extract.holds import make_fact, parse_post
from kg.extract.posts import Post, PostReading, parse_posts
from kg.model import Document, Fact
from kg.names import clean_name, is_person_name

# a member's line: the role, a colon or spaces, then the names (with their posts in brackets or
# after spaces)
ROLE = (r"(?:常\s*务\s*)?(?:副\s*)?(?:组\s*长|总\s*指\s*挥|指\s*挥\s*长)|成\s*员|组\s*员")
MEMBER_RE = re.compile(rf"^[ \t　]*(?P<role>{ROLE})[ \t　]*(?:[：:][ \t　]*|[ \t　]+)(?P<rest>\S.*?)[ \t　]*$")
BRACKETED_RE = re.compile(r"(?P<name>[\u4e00-\u9fff·]{2,8}?)[ \t　]*[（(](?P<posts>[^（）()]{2,40})[)）]")
# what makes the list an act of a decision (kg.extract.colon_lists reads it)
DECIDED_BEFORE = 400


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of every group roster of ``doc`` and the text spans its lines cover."""
    text = doc.text
    if "组" not in text and "指挥" not in text:
        return [], []
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    group: str | None = None
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        stripped = line.strip()
        if not stripped:
            group = None
            continue
        if (head := GROUP_HEADING_RE.match(stripped)) is not None:
            before = text[max(0, start - DECIDED_BEFORE):start]
            decided = any(rx.search(before) for rx in (GROUP_RE, LIST_INTRO_RE, ELECTION_RE, PASSED_LIST_RE))
            group = None if decided else head.group("body")
            continue
        if group is None:
            continue
        if (m := MEMBER_RE.match(line)) is None or any(a < pos and start < b for a, b in skip):
            group = None if m is None else group
            continue
        found = _members(doc, group, re.sub(r"\s+", "", m.group("role")), m.group("rest"), (start, pos))
        if found:
            facts.extend(found)
            spans.append((start, pos))
    return facts, spans


def _members(doc: Document, group: str, role: str, rest: str, span: tuple[int, int]) -> list[Fact]:
    """The facts of one member line: each person holds ``role`` in ``group``, and the posts written
    with the name (in brackets, or after spaces) in their own bodies."""
    people = _people(rest, doc.jurisdiction)
    if not people:
        return []  # a line that is no list of names: nothing read from it
    post = parse_post(group + role)
    if post is None:
        post = Post(title=role, org_text=group)  # 成员: a group's member, no title of the lexicon
    if post.kind != "hold":
        return []
    facts = []
    for name, readings in people:
        facts.append(make_fact(doc, name, post, span, notes={"group_roster": True}))
        for reading in readings:  # the member's own post, in its own body (unknown when the text leaves it so)
            own = Post(title=reading.title, org_text=reading.org_text, marks=reading.marks)
            facts.append(make_fact(doc, name, own, span, org=reading.org, notes={"group_roster": True}))
    return facts


def _people(rest: str, jur: str | None) -> list[tuple[str, list[PostReading]]]:
    """The names of a member line with the posts written with each: "王强（市委书记）、李明（市长）",
    "赵一平、钱二宝", "赵一平　钱二宝" (names parted by spaces) or "王强　市委书记" (one name, then its
    posts); [] unless every name is a person's name and every post a post."""
    bracketed = list(BRACKETED_RE.finditer(rest))
    if bracketed:
        if re.sub(r"[、，,；;\s]", "", BRACKETED_RE.sub("", rest)):
            return []  # text outside the bracketed names: no plain list
        pairs = [(clean_name(b.group("name").strip("、，, ")), parse_posts(b.group("posts"), jur)) for b in bracketed]
        return pairs if all(is_person_name(n, delimited=True) and p for n, p in pairs) else []
    tokens = [t for t in re.split(r"[、，,；;]|[ \t　]+", rest) if t]
    names = [clean_name(t) for t in tokens]
    if names and all(is_person_name(n, delimited=True) for n in names):
        return [(n, []) for n in names]
    head = re.split(r"[ \t　]+", rest.strip(), maxsplit=1)
    if len(head) == 2 and is_person_name(clean_name(head[0]), delimited=True):
        readings = parse_posts(re.sub(r"[ \t　]+", "", head[1]), jur)
        if readings:
            return [(clean_name(head[0]), readings)]
    return []
