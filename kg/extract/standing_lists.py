"""A party committee's standing members counted, then listed one by one with their posts:
"新疆党委常委达到16人，比换届之初多一人。分别是党委书记陈全国，党委副书记、自治区政府主席雪克来提·扎克尔，…，
秘书长彭家瑞。" (session 27, round 13 biographies).

Each person listed is a standing member (常委) of the committee, and holds the posts written before
the name. A post written bare is the committee's (党委副书记, 组织部长, 秘书长: 新疆党委's; 纪委书记:
its discipline commission's), a post naming its body is that body's in the committee's place
(自治区政府主席: 新疆维吾尔自治区人民政府), a title alone after a post shares that post's body
(新疆生产建设兵团党委书记、政委). The list is read only when the names read are exactly as many as the
count the text gives (precision: a list cut short or run on is no list of the committee's members).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.counted_lists import _count
from kg.extract.holds import make_fact, parse_post
from kg.extract.mentions import _org_for
from kg.extract.spans import SpanIndex
from kg.extract.posts import Post
from kg.model import Document, Fact
from kg.names import HAN, clean_name, is_person_name
from kg.orgs import parse_org

# the count after 常委 (常委达到16人, 常委班子成员共13名): what every INTRO_RE match ends with; a search for it
# starts at its literal 常委 (the engine skips to it: only the few places a count follows 常委 are tried)
COUNT = (r"常委(?:班子)?(?:成员)?(?:人数)?(?:已经|已)?(?:达到|增至|增加到|共有|共计|共|为|有)"
         r"(?P<count>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})(?:名|位|人)")
COUNT_AT_RE = re.compile(COUNT)
INTRO_RE = re.compile(rf"(?P<body>[{HAN}]{{2,10}}?(?:省委|市委|县委|区委|州委|党委)){COUNT}")
# the list opens within the sentence or the next one ("…16人，比换届之初多一人。分别是…")
LIST_AT_RE = re.compile(r"[^。\n]{0,40}?(?:[。，,]\s*)?(?:其中)?(?:分别是|分别为|依次为|依次是|包括)[：:]?\s*")
DOT_NAME_RE = re.compile(rf"[{HAN}]{{1,8}}·[{HAN}]{{1,10}}$")
# departments written bare in the list: the committee's (纪委 is the place's discipline commission)
COMMITTEE_WORDS = ("党委", "组织部", "宣传部", "统战部", "政法委", "秘书长", "副秘书长")


def _split_name(token: str) -> tuple[str, str] | None:
    """(posts, name) of a token that ends with a person's name (the posts may be empty)."""
    if (dot := DOT_NAME_RE.search(token)) is not None:
        at = token.index("·", dot.start())
        for k in range(1, at - dot.start() + 1):  # the shortest first part after which posts end
            if k == at - dot.start() or parse_post(token[: at - k]) is not None:
                return token[: at - k], token[at - k:]
        return None
    if is_person_name(clean_name(token)) and len(token) <= 4:
        return "", clean_name(token)
    for k in (3, 2, 4):
        if len(token) > k and is_person_name(token[-k:]) and parse_post(token[:-k]) is not None:
            return token[:-k], token[-k:]
    return None


def _post(piece: str, body: str, stem: str, last: Post | None) -> Post | None:
    """The post a piece of the list names, read in the committee's place."""
    if piece.startswith("纪委"):
        piece = stem + piece
    elif piece.startswith(COMMITTEE_WORDS):
        piece = body + piece.removeprefix("党委")
    post = parse_post(piece)
    if post is not None and post.kind == "hold" and not post.org_text and last is not None and last.org_text:
        post = replace(post, org_text=last.org_text)  # 新疆生产建设兵团党委书记、政委: the 兵团's 政委
    return post if post is not None and post.kind == "hold" else None


def _members(items: list[str], body: str, stem: str) -> list[tuple[str, list[Post]]] | None:
    """Each listed person with the posts written before the name; None when an item reads as
    neither posts nor a name."""
    out: list[tuple[str, list[Post]]] = []
    for item in items:
        pending: list[Post] = []
        shared: list[Post] | None = None
        for token in (t.strip() for t in item.split("、")):
            split = _split_name(token)
            if split is None:
                for piece in (p for p in token.split("兼") if p):
                    post = _post(piece, body, stem, pending[-1] if pending else None)
                    if post is None:
                        return None
                    pending.append(post)
                continue
            written, name = split
            posts = list(pending)
            for piece in (p for p in re.split("兼", written) if p):
                post = _post(piece, body, stem, posts[-1] if posts else None)
                if post is None:
                    return None
                posts.append(post)
            if not written and not pending and shared is not None:
                posts = list(shared)  # 党委副书记朱海仑、李鹏新: the posts go on to the next name
            out.append((name, posts))
            shared, pending = posts, []
        if pending:
            return None
    return out


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of every counted list of a committee's standing members in ``doc``."""
    text = doc.text
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "常委" not in text:
        return facts, spans
    taken = SpanIndex(skip)
    when: str | None = None
    for hint in COUNT_AT_RE.finditer(text):
        m = INTRO_RE.search(text, max(0, hint.start() - 12), hint.end())
        if m is None or m.end() != hint.end():
            continue
        at = LIST_AT_RE.match(text, m.end())
        if at is None:
            continue
        end = min((i for i in (text.find("。", at.end()), text.find("\n", at.end())) if i >= 0), default=len(text))
        span = (at.end(), end)
        committee = parse_org(m.group("body"), doc.jurisdiction)
        if taken.overlaps(span) or committee is None or not committee.jurisdiction:
            continue
        body = m.group("body")
        stem = body.removesuffix("党委").removesuffix("委") if body.endswith("党委") else body[:-1]
        members = _members(re.split(r"[，,；;]", text[span[0]:span[1]]), body, stem)
        if not members or len(members) != _count(m.group("count")):
            continue
        placed = replace(doc, jurisdiction=committee.jurisdiction)
        if when is None:
            from kg.extract.dating import reference_date

            when = reference_date(doc) or ""  # the page's own date or stamp, refined by a dateline
        standing = parse_post(body + "常委")
        for name, posts in members:
            for post in ([standing] if standing is not None else []) + posts:
                facts.append(make_fact(doc, name, post, span, org=_org_for(post, placed), date=when or None,
                                       notes={"standing_list": True}))
        spans.append(span)
    return facts, spans
