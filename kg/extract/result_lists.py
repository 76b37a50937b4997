"""Election results written as lines of "post: names" under the sentence that announces them.

News of a congress's election often ends with the results laid out one post a line::

    今天的选举结果还包括：
    山东省第十届人民代表大会常务委员会副主任：张宗亮 邵桂芳 王道玉 时立军（女） 曹学成
    山东省人民政府 副省长： 林廷生 陈延明 谢玉堂
    山东省高级人民法院院长： 尹忠显

Each line's label is a post with its body (read by the one post parser, kg.extract.posts); the
names after the colon are separated by spaces or 、 (two names a page ran together, 墨文川黄可华,
are two when only one split makes two names). Every person is *elected* to the post, decided by
the body the report's meeting names (kg.extract.dating, as for the sentence above). Only lines
right under an announcement are read ("选举结果还包括：", "当选名单如下：", "选举结果如下："); a
line that is no such row ends the list (precision first). The document is searched once for the
announcement (a compiled regex); documents without one cost nothing more.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dataclasses import replace

from kg.extract.posts import PostReading, parse_posts, siblings
from kg.model import Evidence
from kg.names import clean_name, is_person_name

if TYPE_CHECKING:
    from kg.extract.acts import ActReader

# the sentence that announces the lines below it
# (or a heading line that is only the results' title: "红安县第十八届人民代表大会第一次会议选举结果")
ANNOUNCE_RE = re.compile(r"(?:选举结果|当选(?:人员)?名单|选举产生的[^，。\n：:]{0,20}名单)(?:还)?(?:包括|如下|是|为)?[：:]?[ \t]*$"
                         # (a sentence closing its line: "…会议选举产生了新一届县人大常委会和县人民政府领导班子。"
                         # over the rows of the bodies' posts and the people elected; session 20)
                         r"|选举产生了?(?:新一届)?[^，,。\n：:]{2,40}?(?:领导班子|领导人员|组成人员|领导成员)[。：:]?[ \t]*$",
                         re.M)
# one result line: a post with its body, a colon, names
ROW_RE = re.compile(r"(?P<label>[^：:。，,；;\n]{2,40}?)[ \t]*[：:][ \t]*(?P<names>[^：:。\n]+?)[ \t。；;]*$")
MARK_RE = re.compile(r"[（(](?:[女男兼]|[\u4e00-\u9fff]{1,5}族)[)）]")
# a body of a numbered term alone on its line (政协十三届全国委员会, 第十四届全国人民代表大会常务委员会)
# over rows of its bare titles (主席：汪洋 / 副主席：A B C), in a report of an election before it
# (or its place first: 政协嘉峪关市第一届委员会, right after "…列表如下：" the normalizer joins it to; session 25)
TERM_BODY_RE = re.compile(r"(?:^|(?<=如下[：:]))[ \t\u3000]*(?P<body>(?:中国人民政治协商会议|政协)?(?:[\u4e00-\u9fff]{2,10}?[省市县区州旗盟])?第?[一二三四五六七八九十]+届"
                          r"[\u4e00-\u9fff]{0,12}?(?:委员会|人民代表大会常务委员会|人大常委会))[ \t\u3000]*$", re.M)
# what may stand between a term's body and its rows: blank lines, the term's years in brackets
# ("（1983年12月—1987年2月）")
TERM_GAP_RE = re.compile(r"(?:[ \t\u3000]*\n|[ \t\u3000]*[（(]\d{4}[^）)\n]{0,20}[)）][ \t\u3000]*\n)*")
ELECTED_BEFORE_RE = re.compile(r"选出|选举|当选|补选")
ELECTION_REACH = 600
MAX_ROWS = 20


def _names(text: str) -> list[str]:
    """"张宗亮 邵桂芳 墨文川黄可华 时立军（女）" → the names; [] unless every item is one."""
    from kg.extract.acts import plausible_name  # (names written whole between separators: 墨文川, 国家森)

    out: list[str] = []
    for item in re.split(r"[ \t\u3000、，,]+", MARK_RE.sub(" ", text).strip()):
        if not item:
            continue
        name = clean_name(item)
        if "·" in name and plausible_name(name):  # 帕巴拉·格列朗杰: a dotted name is whole
            out.append(name)
            continue
        if len(name) <= 4 and (is_person_name(name, delimited=True) or plausible_name(name)):
            out.append(name)
            continue
        splits = [(name[:k], name[k:]) for k in range(2, len(name) - 1)
                  if plausible_name(name[:k]) and plausible_name(name[k:])]
        strong = [sp for sp in splits if is_person_name(sp[0]) and is_person_name(sp[1])]
        weak = [sp for sp in splits if is_person_name(sp[0]) or is_person_name(sp[1])]
        if len(name) <= 8 and (len(strong) == 1 or (not strong and len(weak) == 1)):
            out.extend(strong[0] if strong else weak[0])  # 墨文川黄可华: two names run together, one way only
            continue
        return []
    return out


def _has_body(label: str) -> bool:
    """Does a row's label name its own body (政协副主席), or is it a bare title (副主席)?"""
    from kg.extract.posts import parse_post

    post = parse_post(label)
    return post is None or bool(post.org_text)


def _announcements(text: str) -> list[re.Match[str]]:
    """ANNOUNCE_RE's matches, tried only where one of its words stands (found with str.find: no
    regex pass over a long text)."""
    found: list[re.Match[str]] = []
    for word in ("选举结果", "当选", "选举产生"):
        at = text.find(word)
        while at >= 0:
            if (m := ANNOUNCE_RE.match(text, at)) is not None:
                found.append(m)
            at = text.find(word, at + 1)
    return sorted(found, key=lambda m: m.start())


_ROWS: list = [None, None, ()]  # the last text and place asked, and their rows: three readers ask


def result_rows(text: str, jur: str | None) -> list[tuple[int, int, list[PostReading], list[str]]]:
    """(start, end, posts, names) of every row of a results list of ``text`` (the hold readers
    skip these rows: "山东省高级人民法院院长：尹忠显" under 选举结果 is an election, no signature).
    Read once per text and place; the rows are read only (each caller gets its own list of them)."""
    if _ROWS[0] is not text or _ROWS[1] != jur:
        _ROWS[0], _ROWS[1], _ROWS[2] = text, jur, tuple(_result_rows(text, jur))
    return list(_ROWS[2])


def _result_rows(text: str, jur: str | None) -> list[tuple[int, int, list[PostReading], list[str]]]:
    out: list[tuple[int, int, list[PostReading], list[str]]] = []
    if "：" not in text and ":" not in text:
        return out
    heads = [(h, "") for h in _announcements(text)]
    heads += [(h, h.group("body")) for h in TERM_BODY_RE.finditer(text)
              if ELECTED_BEFORE_RE.search(text, max(0, h.start() - ELECTION_REACH), h.start())]
    for head, body in heads:
        pos = head.end() + 1
        if body:
            gap = TERM_GAP_RE.match(text, pos)  # (always matches: it may be empty)
            pos = gap.end() if gap is not None else pos
        before: PostReading | None = None  # the post of the row above
        for _ in range(MAX_ROWS):
            if pos >= len(text):
                break
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = ROW_RE.match(text, pos, end)
            if row is None:
                break
            label = re.sub(r"\s+", "", row.group("label"))
            posts = parse_posts(body + label if body and not _has_body(label) else label, jur)
            names = _names(row.group("names"))
            if len(posts) == 1 and posts[0].org is None and not posts[0].org_text and before is not None \
                    and siblings(before.title, posts[0].title):
                # "县人大常委会主任：张一" / "副主任：李二、王三": a bare title of the body of the row above
                # (主任 / 副主任, 县长 / 副县长; session 20)
                posts = [replace(posts[0], org=before.org, org_text=before.org_text)]
            if len(posts) != 1 or posts[0].org is None or not names:
                break
            before = posts[0]
            out.append((pos, end, posts, names))
            pos = end + 1
    return out


def read_result_lists(reader: "ActReader") -> None:
    """Emit the elect acts of every results list of the document (see the module docstring)."""
    doc = reader.ctx.doc
    for start, end, posts, names in result_rows(doc.text, reader.ctx.jur):
        o_start, o_end = doc.to_original(start, end)
        ev = Evidence(doc=doc.path, start=o_start, end=o_end, text=doc.text[start:end])
        first = len(reader.facts)
        reader.emit("elect", "decided", names, posts, ev, start)
        for fact in reader.facts[first:]:
            if fact.decided_by is None and fact.org and fact.title and _own_officer(fact.org, fact.title):
                fact.decided_by = fact.org  # a CPPCC committee elects its own officers (its plenary)


def _own_officer(org: str, title: str) -> bool:
    """Is ``title`` an officer a CPPCC committee elects itself (主席, 副主席, 秘书长, 常务委员)?"""
    from kg.orgs import parse_org

    info = parse_org(org, None)
    return info is not None and info.type == "cppcc" and title in ("主席", "副主席", "秘书长", "常务委员", "常委")
