"""Biographies of appointees: "刘松，男，汉族，1974年3月生，重庆璧山人，大学学历，1992年12月参加
工作，1994年8月加入中国共产党。现任重庆市巴南区退役军人事务局党组书记。"

A biography starts with a name followed by 男 / 女 and an ethnicity (…族); what follows is read
into ``person_attrs`` (gender, ethnicity, birth "1974-03", native_place, education, degree,
work_start, party_join or party) and every post after 现任 becomes a hold dated by the document
(ranks such as 一级法官 become `rank` facts). "副区长人选" is a candidacy, not a post, and is
skipped. Career lines "2015.06—2018.03 某某局局长" become holds with start and end.
"""

from __future__ import annotations

import re

from kg.extract.sections import Sections, sections_of

from kg.dates import iso
from kg.extract.holds import Post, make_fact, year_of
from kg.extract.lines import Line, lines
from kg.extract.roster import _parse_posts, _split_notes
from kg.model import Document, Fact, PersonAttrs
from kg.names import clean_name, is_person_name

HAN = "\u4e00-\u9fff"
SEP = r"\s*[，,、]\s*"
HEAD_RE = re.compile(
    rf"(?P<name>[{HAN}](?:\s?[{HAN}]){{1,3}}){SEP}(?P<gender>男|女){SEP}(?P<eth>[{HAN}]{{1,6}}族){SEP}"
)
BIRTH_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:出)?生")
NATIVE_RE = re.compile(rf"(?:生|出生){SEP}(?P<native>[{HAN}]{{2,8}}?)(?:{SEP})?人(?=[，,、])")
EDU_RE = re.compile(rf"(?P<edu>[{HAN}]{{2,6}}?)学历")
DEGREE_RE = re.compile(rf"(?P<deg>[{HAN}]{{1,4}}(?:硕士|博士|学士))")
WORK_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*参加工作")
PARTY_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*加入中国共产党")
OTHER_PARTY_RE = re.compile(rf"(中共党员|[{HAN}]{{2,6}}(?:社员|党员|盟员|会员))")
# (a 任前公示 entry goes on "现任A，拟任B": the proposed post after the comma is no current post)
CURRENT_RE = re.compile(r"现任(?P<posts>(?:(?![，,]\s*拟)[^。；\n])+)")
# a career line's post written after where the person worked or after its verb (session 20)
WORK_AT_RE = re.compile(r"^(?:在(?P<at>[^，,。；;在]{2,30}?)(?:工作|任职)[，,]?\s*)?(?:任|担任)(?![命免期务职])(?P<posts>\S.*)$")
CAREER_RE = re.compile(
    r"^\s*(?P<y1>\d{4})[.．](?P<m1>\d{1,2})\s*[—–-]+\s*(?:(?P<y2>\d{4})[.．](?P<m2>\d{1,2})|至今|现在)?\s*(?P<posts>\S.*)$"
    # (2003.01—至今 衡阳市委常委: an open range, the end word no part of the posts; session 20)
)


def _ym(y: str | None, m: str | None) -> str | None:
    return iso(y, m) if y and m else None


def person_attrs(text: str, head: re.Match[str]) -> PersonAttrs:
    """What a biography says of the person, from its head match to the end of ``text``."""
    rest = text[head.end():]
    attrs = PersonAttrs(gender=head.group("gender"), ethnicity=head.group("eth"))
    if m := BIRTH_RE.search(rest):
        attrs["birth"] = _ym(m.group(1), m.group(2))
    if m := NATIVE_RE.search(rest):
        attrs["native_place"] = m.group("native")
    if m := EDU_RE.search(rest):
        attrs["education"] = m.group("edu") + "学历"
    if m := DEGREE_RE.search(rest):
        attrs["degree"] = m.group("deg")
    if m := WORK_RE.search(rest):
        attrs["work_start"] = _ym(m.group(1), m.group(2))
    if m := PARTY_RE.search(rest):
        attrs["party_join"] = _ym(m.group(1), m.group(2))
    elif m := OTHER_PARTY_RE.search(rest):
        attrs["party"] = m.group(1)
    return attrs


def _paragraphs(text: str) -> tuple[Line, ...]:
    return lines(text, keep_cr=True)


def extract(doc: Document) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holds (current posts) with person_attrs from biographies, and career-line holds."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    date = doc.date or year_of(doc)
    sections = sections_of(doc)
    ref: dict = {}  # the page's reference date, read once (kg.extract.dating.reference_date)
    for pos, para in _paragraphs(doc.text):
        head = HEAD_RE.match(para.strip())
        if head:
            # "现任…" is true on the day of the paper that carries the biography (an
            # explanation delivered before the vote), not only somewhere in the journal's month
            section = sections.at(pos)
            when = section.date if section.heading and section.date else date
            found = _bio(doc, pos + para.index(para.strip()), para.strip(), head, when)
            if found:
                facts.extend(found)
                # the 现任 clause only: the career clauses around it (历任…；…；现任…) are kg.extract.careers'
                # to read (session 19)
                cur = CURRENT_RE.search(para)
                spans.append((pos + cur.start(), pos + cur.end()) if cur else (pos, pos + len(para)))
            continue
        m = CAREER_RE.match(para)
        if m and (found := _career(doc, pos, para, m, ref, sections)):
            facts.extend(found)
            spans.append((pos, pos + len(para)))
    return facts, spans


def _bio(doc: Document, base: int, para: str, head: re.Match, date: str | None) -> list[Fact]:
    name = clean_name(head.group("name"))
    if not is_person_name(name):
        return []
    attrs = person_attrs(para, head)
    cur = CURRENT_RE.search(para)
    if not cur:
        return []
    text, _notes = _split_notes(cur.group("posts"))
    facts = []
    for post in _parse_posts(text, None):
        span = (base, base + cur.end())
        org = _body_org(post, doc, keep_place=True)  # a title kg knows no body for keeps the place (session 21)
        facts.append(make_fact(doc, name, post, span, org=org, date=date, person_attrs=attrs.copy(),
                               bio=True, resolve_org=org is None and not post.org_text))
    return facts


def _career(doc: Document, pos: int, line: str, m: re.Match, ref: dict, sections: Sections) -> list[Fact]:
    """"2015.06—2018.03 某某局局长": a career line of a CV; the person is the biography above."""
    name = _last_bio_name(doc.text[max(0, pos - 2000):pos])  # (all it reads: no copy of the text before)
    if not name:
        return []
    from kg.extract.dating import reference_date

    start, end = _ym(m.group("y1"), m.group("m1")), _ym(m.group("y2"), m.group("m2"))
    text, _ = _split_notes(m.group("posts"))
    if (at := WORK_AT_RE.match(text)) is not None:
        # "1990.07—1993.05 在衡阳市财政局工作，任科员" / "… 任衡南县副县长": the body worked at, then
        # the post (session 20)
        text = (at.group("at") or "") + at.group("posts")
    if "when" not in ref:
        ref["when"] = reference_date(doc)
    facts = []
    for post in _parse_posts(text, None):
        org = _body_org(post, doc, keep_place=False)
        # dated like every career statement: by the page (its own date, stamp or dateline), not by the line's end
        facts.append(make_fact(doc, name, post, (pos, pos + len(line)), org=org, date=ref["when"],
                               start=start, end=end, former=True if end else None, notes={"career": True},
                               resolve_org=org is None and not post.org_text))
    return facts


def _body_org(post: Post, doc: Document, keep_place: bool) -> str | None:
    """The organization of a biography's post: "长沙市岳麓区副区长", "现任株洲市市长" are the place's
    government, never the place; when kg knows no body for the title, the place itself if
    ``keep_place`` (a head's current posts, as before session 21), else None (a career line)."""
    from kg.extract.holds import canonical
    from kg.extract.mentions import _is_place, _org_for

    org = canonical(post.org_text, doc) if post.kind == "hold" and post.org_text else None
    if org and _is_place(org):
        return _org_for(post, doc) or (org if keep_place else None)
    return org


def _last_bio_name(before: str) -> str | None:
    """The person of the nearest biography head within the preceding 2000 characters."""
    heads = list(HEAD_RE.finditer(before[-2000:]))
    if not heads:
        return None
    name = clean_name(heads[-1].group("name"))
    return name if is_person_name(name) else None
