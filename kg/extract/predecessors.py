"""The predecessor a move names: "A接替B出任X" says that B held X before A (issue 9, session 44).

News of a change writes the one who leaves the post only as the one the newcomer replaces
("厦门市常务副市长张昌平将接替朱亚衍出任厦门市长", "应勇接替蒋超勇担任湖北省委书记",
"接替已被处分降职的上官吉庆，…李明远正式成为西安市长" is not read: no post after the verb). The
development gold records B's holding of X; the act of A is the act readers' (kg.extract.acts).

Read: 接替, an optional description of B ending in 的 (到龄离任的, 赴湖南履新的), B's name, then a verb
of taking the post (出任 / 担任 / 兼任 / 就任 / 任) and the posts, cut before what ends them (的 /
职务 / 之后 …). Each post must be placed (kg.extract.posts.parse_posts with the page's
jurisdiction); an unplaced one is left out, never guessed. ``former`` is true unless the move is
still to come (将 / 拟 / 有望 before 接替: B holds the post now). A list of posts taken keeps its
head's (委员 / 常委 beside 书记 go with the newcomer's seat, not B's), an acting post gives nothing, and a
holding the page reports an act of (B's appointment to it, B's leaving it) is dropped
(kg.extract._drop_predecessors_with_acts).
"""

from __future__ import annotations

import re

from kg.extract.holds import make_fact
from kg.extract.mentions import _overlaps
from kg.extract.posts import Post, parse_posts
from kg.model import Document, Fact
from kg.names import is_person_name

HAN = "\u4e00-\u9fff"
SUCCEEDED_RE = re.compile(rf"接替(?:[^，,。；;、\n]{{0,16}}?的)?(?P<name>[{HAN}]{{2,4}}?)(?:同志)?[，,]?\s*"
                          rf"(?:出任|担任|兼任|就任|调任|转任|升任|改任|任)(?P<posts>[^，,。；;！？!?\n（(]{{2,40}})")
# what ends the posts taken (接替王某担任砀山县委书记的是…, …职务, 接替…担任云南省委书记之后)
POSTS_END_RE = re.compile(r"的|职务|一职|之后|以后|后$|期间|以来|一事")
# titles of a committee's membership, which a list of posts taken names beside the post that was A's
MEMBERSHIPS = frozenset({"委员", "常委", "候补委员", "党组成员"})
# a rumour or a guess before 接替 in its sentence (傳A將接替B…, 网传…, A有望接替B…): no reading (a move reported as
# planned — A将接替B出任X — still says B holds X, and is read)
RUMOUR_BEFORE_RE = re.compile(r"(?:^|[，,：:])\s*[传傳](?![达統统承播递染授输真说])|网传|網傳|据传|據傳|传闻|傳聞|传言|盛传|或将|或將|有望|可望|可能"
                              r"|料将|料將|预计|預計|是否|疑似|猜测|猜測")
# a move still to come: the predecessor holds the post now
TO_COME_RE = re.compile(r"(?:将|拟|有望|或将|即将)\s*$")


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of the predecessors named after 接替; no span is taken (the readers after may read
    the newcomer's titled name in the same sentence)."""
    text = doc.text
    if "接替" not in text:
        return [], []
    facts: list[Fact] = []
    for m in SUCCEEDED_RE.finditer(text):
        name = m.group("name")
        if RUMOUR_BEFORE_RE.search(text, max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1, m.start()):
            continue
        if not is_person_name(name) or _overlaps((m.start("name"), m.end("name")), list(skip)):
            continue
        posts_text = POSTS_END_RE.split(m.group("posts"), maxsplit=1)[0]
        readings = parse_posts(posts_text, doc.jurisdiction)
        if not readings or any(r.org is None for r in readings):
            continue  # (a post not placed: the whole list is left, never a part guessed)
        if any(r.marks.acting for r in readings):
            continue  # (接替A任代理省长: the newcomer acts in a post A held in full, or not yet; no reading)
        if len(readings) > 1:  # 接替A出任X省委委员、常委、书记: A's post is the head's, the memberships go with it
            readings = [r for r in readings if r.title not in MEMBERSHIPS] or readings
        former = not TO_COME_RE.search(text[max(0, m.start() - 4):m.start()])
        span = (m.start(), m.start("posts") + len(posts_text))
        for r in readings:
            post = Post(title=r.title, org_text=r.org_text, marks=r.marks)
            facts.append(make_fact(doc, name, post, span, org=r.org, former=former, notes={"predecessor": True}))
    return facts, []
