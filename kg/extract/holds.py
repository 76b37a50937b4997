"""`hold` (and `rank`) facts: who holds which post, read from rosters, biographies, lists of
people with posts and title+name mentions in running text.

Entry point: :func:`extract_holds`. The four readers live in their own modules
(:mod:`kg.extract.roster`, :mod:`kg.extract.bio`, :mod:`kg.extract.people_lists`,
:mod:`kg.extract.mentions`); this module holds what they share: turning a post phrase into
title + organization, and building a :class:`~kg.model.Fact` with its evidence mapped to the
original file. Every fact is ``status: decided`` (a hold states a fact, it decides nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kg import titles as T
from kg.model import Document, Evidence, Fact

ACTING_RE = re.compile(r"^代理")
PART_TIME = "兼职"
# A bracketed note after a post that is an alias of the organization, not a note: kept in
# org_text, removed before canonicalisation ("教科文卫工委（信访办公室）").
ALIAS_RE = re.compile(r"[（(][^（）()]{1,12}[)）]")


@dataclass
class Post:
    """One post parsed from a post phrase: title plus the organization as written."""

    title: str
    org_text: str | None
    kind: str = "hold"  # or "rank"
    extra: dict[str, Any] = field(default_factory=dict)
    span: tuple[int, int] | None = None  # in Document.text


def year_of(doc: Document) -> str | None:
    """The year the document speaks about (a yearbook's year), or the year of its date."""
    if doc.year:
        return str(doc.year)
    if doc.date:
        return doc.date[:4]
    return None


def jurisdiction(doc: Document) -> str | None:
    return doc.jurisdiction


def canonical(org_text: str | None, doc: Document) -> str | None:
    """Full canonical organization name, from kg.orgs; None when it cannot be determined."""
    if not org_text:
        return None
    text = ALIAS_RE.sub("", org_text).strip()
    try:
        from kg.orgs import canonical_org
    except ImportError:  # kg.orgs not there yet: keep the org unknown rather than guess
        return None
    if doc.jurisdiction and text in ("区", "县", "市"):
        return _place(text, doc.jurisdiction)  # 区总河长: the district itself
    try:
        found = canonical_org(text, doc.jurisdiction)
        if found:
            return found
        return _expand_prefix(text, doc.jurisdiction, canonical_org) or _full_name(text)
    except Exception:  # a parser bug there must not lose the hold; the org stays unknown
        return None


FULL_ENDINGS = ("网", "会", "部", "局", "公司", "集团", "大学", "学院", "学校", "中心", "银行", "支行",
                "分行", "队", "院", "所", "馆", "站", "社", "室", "办", "医院", "中央")


def _full_name(text: str) -> str | None:
    """A name written in full needs no expansion ("钓鱼嘴音乐半岛建设指挥部", "重庆理工大学"):
    kept as written when it starts with no level marker and ends like an organization."""
    if len(text) >= 5 and text[0] not in "区市县镇乡" and text.endswith(FULL_ENDINGS):
        return text
    return None


def _place(head: str, jur: str) -> str | None:
    """A level marker (区 / 县 / 市) or a place name written as the head of an org name."""
    if head in ("区", "县") and jur.endswith(head):
        return jur
    if head == "市" and "市" in jur:
        return jur[: jur.index("市") + 1]
    try:
        from kg.orgs import expand_jurisdiction
    except ImportError:
        return None
    return expand_jurisdiction(head, jur) if len(head) >= 2 else None


def _expand_prefix(text: str, jur: str | None, canonical_org) -> str | None:
    """"区人大常委会机关" → canonical("区人大常委会") + "机关": only the known head is expanded,
    the rest is kept as written. None unless the head resolves inside the document's
    jurisdiction (a level marker 区 / 市 / a town, or one of their institutions)."""
    if not jur:
        return None
    for cut in range(len(text) - 2, 0, -1):
        head, rest = text[:cut], text[cut:]
        if len(rest) < 2 or rest[0] in "委会":  # never split inside an institution's name
            continue
        try:
            found = canonical_org(head, jur) or _place(head, jur)
        except Exception:  # a head kg.orgs chokes on is simply not a known head
            continue
        if found:
            if rest.endswith("委") and len(rest) <= 3 and rest not in ("纪委", "党委", "团委"):
                return None  # 城环委, 财经委: a short committee abbreviation is no name to keep
            return found + rest
    return None


def parse_post(phrase: str) -> Post | None:
    """"区委常委" → Post("常委", "区委"); "一级巡视员" → a rank; None when no known title ends it.

    "代理主任" is title 主任 with extra acting; "…兼职副主任" is title 副主任 with extra part_time;
    "(兼)" becomes extra concurrent; "(挂职)" extra secondment.
    """
    phrase = phrase.strip().strip("，,、；;。")
    extra: dict[str, Any] = {}
    if re.search(r"[（(]挂职?[)）]", phrase):
        extra["secondment"] = True
        phrase = re.sub(r"[（(]挂职?[)）]", "", phrase)
    if phrase.startswith("挂职"):
        extra["secondment"] = True
        phrase = phrase[2:]
    for rank in T.ranks():
        if phrase.endswith(rank):
            org = phrase[: -len(rank)]
            return Post(title=rank, org_text=org or None, kind="rank", extra=extra)
    split = T.split_post(phrase)
    if split is None:
        return None
    org_text, title = split.org_text, split.title
    if split.concurrent:
        extra["concurrent"] = True
    if org_text.endswith("代理"):
        org_text = org_text[:-2]
        extra["acting"] = True
    if org_text.endswith(PART_TIME):
        org_text = org_text[: -len(PART_TIME)]
        extra["part_time"] = True
    if title == "部长" and org_text.endswith(("统战", "宣传", "组织", "武装")):
        org_text += "部"  # "统战部长" = 统战部 + 部长; "武装部长" = 武装部 + 部长
    return Post(title=title, org_text=org_text or None, extra=extra)


def evidence(doc: Document, start: int, end: int) -> Evidence:
    """Evidence for text[start:end], mapped to the original file, text collapsed to one line."""
    o_start, o_end = doc.to_original(start, end)
    snippet = re.sub(r"\s+", " ", doc.text[start:end]).strip()
    return Evidence(doc=doc.path, start=o_start, end=o_end, text=snippet)


def make_fact(
    doc: Document,
    person: str,
    post: Post,
    span: tuple[int, int],
    *,
    org: str | None = None,
    date: str | None = None,
    start: str | None = None,
    end: str | None = None,
    former: bool | None = None,
    person_attrs: dict[str, Any] | None = None,
    extra: dict[str, Any] | None = None,
    resolve_org: bool = True,
) -> Fact:
    """One hold / rank fact. ``org`` overrides the canonicalisation of ``post.org_text``."""
    ev = evidence(doc, *span)
    merged = dict(post.extra)
    merged.update(extra or {})
    if org is None and post.kind == "hold" and resolve_org:
        org = canonical(post.org_text, doc)
    return Fact(
        kind=post.kind,
        status="decided",
        person=person,
        title=post.title,
        org=org if post.kind == "hold" else None,
        org_text=post.org_text,
        date=date,
        source=ev,
        evidence=[ev],
        start=start,
        end=end,
        former=former,
        person_attrs=person_attrs,
        extra=merged or None,
    )


def extract_holds(doc: Document) -> list[Fact]:
    """Every hold and rank fact of one document, from all four readers, in text order."""
    from kg.extract import bio, mentions, people_lists, roster

    facts: list[Fact] = []
    taken: list[tuple[int, int]] = []  # text spans already read as roster / list rows
    for reader in (roster, people_lists, bio):
        found, spans = reader.extract(doc, skip=taken) if reader is people_lists else reader.extract(doc)
        facts.extend(found)
        taken.extend(spans)
    facts.extend(mentions.extract(doc, skip=taken))
    facts.sort(key=lambda f: (f.source.start, f.source.end))
    return facts
