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
from dataclasses import replace
from typing import Any

from kg import titles as T
from kg.extract import posts
from kg.extract.posts import Post, parse_post
from kg.model import Document, Evidence, Fact, PersonAttrs

__all__ = ["Post", "parse_post", "canonical", "evidence", "make_fact", "extract_holds", "year_of"]

ACTING_RE = re.compile(r"^代理")
# an organization as written never ends with the head of a title ("副", "副总", "常务")
CUT_TITLE_ENDS = ("副", "副总", "常务", "常务副")


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
    """Full canonical organization name of ``org_text`` in ``doc`` (kg.extract.posts), or None."""
    return posts.canonical(org_text, doc.jurisdiction)


def evidence(doc: Document, start: int, end: int) -> Evidence:
    """Evidence for text[start:end], mapped to the original file, text collapsed to one line."""
    o_start, o_end = doc.to_original(start, end)
    snippet = re.sub(r"\s+", " ", doc.text[start:end]).strip()
    return Evidence(doc=doc.path, start=o_start, end=o_end, text=snippet)


# titles of a congress's standing committee, never of the congress (县人大主任 = 县人大常委会主任);
# a congress of a county or above written without its term (a town's has no standing committee)
STANDING_HEADS = ("主任", "副主任", "常务副主任")
CONGRESS_ONLY_RE = re.compile(r"(?<![镇乡届])(?<!街道)人民代表大会$")
TERM_CONGRESS_RE = re.compile(r"(?<=[省市区县旗州盟])第[一二三四五六七八九十\d]+届人民代表大会$")


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
    person_attrs: PersonAttrs | None = None,
    section: str | None = None,
    row: str | None = None,
    list_row: bool | None = None,
    bio: bool | None = None,
    notes: dict[str, Any] | None = None,
    resolve_org: bool = True,
) -> Fact:
    """One hold / rank fact. ``org`` overrides the canonicalisation of ``post.org_text``; the
    post's marks become the fact's (kg.extract.posts.PostMarks), ``notes`` join its notes."""
    ev = evidence(doc, *span)
    if (title := T.full_title(post.title)) != post.title:
        post = replace(post, title=title)  # 特首 → 行政长官 (session 36)
    marks = post.marks
    if org is None and post.kind == "hold" and resolve_org:
        org = canonical(post.org_text, doc)
    org = posts.secretariat_body(org, post.title)
    if post.kind == "hold" and org and org.endswith("常务委员会"):
        standing_title, org = posts.party_standing(post.title, org)
        if standing_title != post.title:
            post = replace(post, title=standing_title)
    if org and post.title in STANDING_HEADS and CONGRESS_ONLY_RE.search(org):
        org += "常务委员会"  # 县人大主任: a congress has no 主任, its standing committee has
    elif org and (post.title in STANDING_HEADS or post.title.startswith("党组")) and TERM_CONGRESS_RE.search(org):
        org = TERM_CONGRESS_RE.sub("人民代表大会常务委员会", org)  # 河北省第七届人大主任、党组书记: nor a term's (session 19)
    return Fact(
        kind=post.kind,
        status="decided",
        person=person,
        # a party committee's own secretary (那金公社党委副书记、书记 → the 书记 of 中共…那金公社委员会) (session 19)
        title=post.title[2:] if org and org.startswith("中共") and org.endswith("委员会") and post.title in (
            "党委书记", "党委副书记", "党委委员", "党委常委") else post.title,
        org=org if post.kind == "hold" else None,
        org_text=post.org_text,
        date=date,
        source=ev,
        evidence=[ev],
        start=start,
        end=end,
        former=former,
        acting=marks.acting or None,
        concurrent=marks.concurrent or None,
        secondment=marks.secondment or None,
        rank=marks.rank,
        section=section,
        row=row,
        list_row=list_row,
        bio=bio,
        person_attrs=person_attrs,
        notes=marks.notes(notes),
    )


def extract_holds(doc: Document) -> list[Fact]:
    """Every hold and rank fact of one document, from all the hold readers, in text order."""
    from kg.extract import (bio, career_tables, careers, counted_lists, group_rosters, infobox, leadership, mentions, pair_rows,
                            people_lists, predecessors, roster, standing_lists, succession)

    from kg.extract.acts import act_list_spans

    facts: list[Fact] = []
    taken: list[tuple[int, int]] = act_list_spans(doc.text)  # a decision's list rows are acts; then roster / list rows
    from kg.extract.result_lists import result_rows

    # an election's results rows (选举结果…：, a term's body over 主席：… after 选出…) are elect acts
    taken += [(a, b) for a, b, _, _ in result_rows(doc.text, doc.jurisdiction)]
    for reader in (group_rosters, standing_lists, roster, career_tables, infobox.tables, pair_rows, people_lists, succession, bio, careers,
                   leadership, infobox, counted_lists, predecessors):
        # (every reader but the roster and biography ones leaves alone the spans the readers before it took)
        found, spans = reader.extract(doc) if reader in (roster, bio) else reader.extract(doc, skip=taken)
        facts.extend(found)
        taken.extend(spans)
    facts.extend(mentions.extract(doc, skip=taken))
    # "交警总队副总队长" read as 队长 of "…副总": a title the lexicon lacks was cut in two
    facts = [f for f in facts if not (f.org_text and f.org_text.endswith(CUT_TITLE_ENDS))]
    facts.sort(key=lambda f: (f.source.start, f.source.end))
    return facts
