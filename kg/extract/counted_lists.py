"""Names, then their count, then the post they share: "樊金龙、缪瑞林、郭元强6名新任副省长履新",
"马秋林、王江两位副省长的工作分工", "张三、李四等3名副市长" (session 23, the new rosters of 江苏).

Each name holds the post. The count must equal the number of names read — the check that the run of
characters before it is the list and nothing else (its first item may be run on to the word before
it: "随着樊金龙" gives 樊金龙). The post is a title of kg/data/titles.yaml written bare; its body is
the one the title implies in the document's own place (副省长 in a 江苏 page: 江苏省人民政府), else
none (never guessed).
"""

from __future__ import annotations

import re
from typing import Iterator

from kg.extract.holds import make_fact, parse_post
from kg.extract.mentions import _org_for
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.names import clean_name, is_list_name, is_person_name

HAN = "\u4e00-\u9fff"
COUNTED_RE = re.compile(rf"(?P<names>[{HAN}]{{2,6}}(?:、[{HAN}]{{2,4}})+)(?:等)?"
                        rf"(?P<count>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}})(?:名|位)(?:新任|新|现任)?"
                        rf"(?P<title>[{HAN}]{{2,8}}?)(?=[^{HAN}]|的|履新|出席|分别|均|都|也|工作|在|已|将|是|为|和|及)")
# what every match holds: its last name after a 、, then the count and 名 / 位 (a literal first: the engine
# skips to each 、 instead of trying COUNTED_RE, which opens with Han characters, at every one of them)
COUNT_HINT_RE = re.compile(rf"、[{HAN}]{{2,4}}(?:等)?(?:[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}})(?:名|位)")
RUN_CHARS = re.compile(rf"[{HAN}、0-9]")  # every character a match consumes is one of these
CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a count of people that is no post: 两位同志, 6名代表候选人 (a title's words inside a longer noun)
NOT_A_POST_AFTER = re.compile(r"^(?:候选人|人选|同志|干部|领导)")


def _count(text: str) -> int:
    if text.isdigit():
        return int(text)
    if len(text) == 1:
        return CN[text]
    tens, _, ones = text.partition("十")
    return (CN[tens] if tens else 1) * 10 + (CN[ones] if ones else 0)


def _first_name(run: str) -> str | None:
    """The name that ends ``run`` (the first item, run on to the word before it: 随着樊金龙)."""
    for k in (3, 2, 4):
        if len(run) >= k and is_person_name(clean_name(run[-k:])):
            return run[-k:]
    return None


def _matches(text: str) -> Iterator[re.Match[str]]:
    """``COUNTED_RE.finditer(text)``, read only in the runs of RUN_CHARS that hold a COUNT_HINT_RE
    match: a match consumes only such characters, so it lies inside one run (no match runs over a
    run's end, so each run is read as the whole text's scan reads it), and it holds such a hint
    (its last 、, name, count and 名 / 位). The run is read up to the character after it, which
    COUNTED_RE's lookahead may look at."""
    done = -1  # the end of the last run read
    for hint in COUNT_HINT_RE.finditer(text):
        if hint.start() < done:
            continue
        a = hint.start()
        while a > 0 and RUN_CHARS.match(text, a - 1):
            a -= 1
        b = hint.end()
        while b < len(text) and RUN_CHARS.match(text, b):
            b += 1
        yield from COUNTED_RE.finditer(text, a, min(b + 1, len(text)))
        done = b


# "3任副市长兼公安局长（王立军、何挺、邓恢林）": a count of successive holders, their post, their names in
# brackets — each held each post of the phrase, before (session 25, round 7 trad)
TENURES_RE = re.compile(rf"(?P<count>[0-9]{{1,2}}|[一二两三四五六七八九十]{{1,2}})任(?P<title>[{HAN}]{{2,12}}?)"
                        rf"[（(](?P<names>[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})+)[)）]")


def _tenures(doc: Document, taken: SpanIndex) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Former holds of every "N任TITLE（A、B、C）" of ``doc`` whose names are as many as its count
    and whose title phrase reads as posts only (副市长兼公安局长: 兼 joins two)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for m in TENURES_RE.finditer(doc.text):
        names = [clean_name(x) for x in m.group("names").split("、")]
        posts = [parse_post(part) for part in re.split("兼|、", m.group("title"))]
        if len(names) != _count(m.group("count")) or not all(is_list_name(n) for n in names) \
                or not all(p is not None and p.kind == "hold" for p in posts) or not is_person_name(names[0]):
            continue
        span = (m.start(), m.end())
        if taken.overlaps(span):
            continue
        for post in posts:
            assert post is not None
            org = _org_for(post, doc)
            facts += [make_fact(doc, name, post, span, org=org, former=True, notes={"counted_list": True})
                      for name in names]
        spans.append(span)
    return facts, spans


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of every counted list of ``doc`` and the spans they cover."""
    text = doc.text
    taken = SpanIndex(skip)
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "任" in text and ("（" in text or "(" in text):
        facts, spans = _tenures(doc, taken)
    if "名" not in text and "位" not in text:
        return facts, spans
    for m in _matches(text):
        items = m.group("names").split("、")
        first = _first_name(items[0])
        if first is None or not all(is_list_name(clean_name(x)) for x in items[1:]):
            continue
        names = [first, *items[1:]]
        title = m.group("title")
        post = parse_post(title)
        if len(names) != _count(m.group("count")) or post is None or post.kind != "hold" or post.org_text \
                or NOT_A_POST_AFTER.match(text, m.end("title")):
            continue
        span = (m.start("names") + len(items[0]) - len(first), m.end("title"))
        if taken.overlaps(span):
            continue
        org = _org_for(post, doc)
        facts += [make_fact(doc, clean_name(name), post, span, org=org, notes={"counted_list": True})
                  for name in names]
        spans.append(span)
    return facts, spans
