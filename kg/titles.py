"""Titles of posts and ranks: the lexicon (kg/data/titles.yaml), splitting a post phrase, and
the body a title belongs to.

Officials write a post as organization + title with nothing between them
("重庆市巴南区人民法院民事审判一庭副庭长", "区委书记"), so the title is recognised as the longest
known title at the end of the phrase and the rest is the organization as written.

Public functions (contracts in their docstrings; all pure, data loaded once on first use):

- :func:`titles`, :func:`ranks`, :func:`is_rank` — the lexicon;
- :func:`split_post` — phrase → (organization as written, title), unchanged since issue 4;
- :func:`implied_org` — the body a bare title names in a document of its own level;
- :func:`title_info` — what a title word says: its base title, acting / deputy / executive,
  rank, the government it heads (省长 → 省政府) and the body endings it fits (厅长 → …厅);
- :func:`post_body` — phrase + jurisdiction → the post's title and its body, canonical when
  kg.orgs resolves it (镇党委书记 → 书记 of 中共…镇委员会; 省长 → 省长 of 浙江省人民政府).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.datafiles import load_yaml

CONCURRENT_RE = re.compile(r"[（(]兼[)）]")


@dataclass(frozen=True)
class PostPhrase:
    """A post phrase split into its parts. ``org_text`` is "" when the phrase is a bare title."""

    org_text: str
    title: str
    concurrent: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return load_yaml("titles.yaml")


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Known titles, longest first (so 副庭长 wins over 庭长)."""
    return tuple(sorted(set(_lexicon()["titles"]), key=lambda t: (-len(t), t)))  # (ties in one order every run)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return dict(_lexicon().get("title_aliases") or {})


def full_title(title: str) -> str:
    """The title a short form stands for (特首 → 行政长官; titles.yaml title_aliases), else ``title``."""
    return _aliases().get(title, title)


@lru_cache(maxsize=1)
def _post_forms() -> dict[tuple[str, str], tuple[str, str]]:
    return {(a, b): (c, d) for a, b, c, d in _lexicon().get("post_forms") or ()}


def post_form(title: str | None, org: str | None) -> tuple[str | None, str | None]:
    """The (title, org) the conventions write a post as (中央书记处书记: 书记 of 中共中央书记处, not
    书记处书记 of 中共中央委员会; titles.yaml post_forms), else the pair as given."""
    return _post_forms().get((title or "", org or ""), (title, org))


@lru_cache(maxsize=1)
def state_council_heads() -> frozenset[str]:
    """Titles of a State Council department's head, whom the congress decides (titles.yaml
    state_council_heads): never an election, whatever the press writes (kg.extract.merge_facts)."""
    return frozenset(_lexicon().get("state_council_heads") or ())


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(titles())


def is_title(word: str) -> bool:
    """Whether ``word`` is a known title, whole (主任委员, 副县长)."""
    return word in _title_set()


@lru_cache(maxsize=1)
def _title_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(t) for t in titles()}, reverse=True))


def ends_with_title(text: str) -> bool:
    """Whether ``text`` ends with a known title: one set lookup per length of the titles that
    end with its last character (none for most characters)."""
    if not text:
        return False
    known = _title_set()
    for n in _title_lengths_by_last().get(text[-1], ()):
        if n <= len(text) and text[-n:] in known:
            return True
    return False


@lru_cache(maxsize=1)
def _title_lengths_by_last() -> dict[str, tuple[int, ...]]:
    lengths: dict[str, set[int]] = {}
    for t in titles():
        lengths.setdefault(t[-1], set()).add(len(t))
    return {ch: tuple(sorted(ns, reverse=True)) for ch, ns in lengths.items()}


@lru_cache(maxsize=1)
def ranks() -> tuple[str, ...]:
    """Known ranks (一级巡视员 …), longest first."""
    return tuple(sorted(set(_lexicon()["ranks"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def exclusive_titles() -> tuple[tuple[str, ...], ...]:
    """Rows of titles no one person holds together (院长 / 检察长; kg/data/titles.yaml)."""
    return tuple(tuple(row) for row in _lexicon().get("exclusive_titles") or [])


@lru_cache(maxsize=1)
def plural_titles() -> frozenset[str]:
    """Titles a body has several holders of besides its deputies (委员, 常委; kg/data/titles.yaml)."""
    return frozenset(_lexicon().get("plural_titles") or [])


def is_rank(text: str) -> bool:
    return text in ranks()


# a place's name or level marker ending what is written before 党委 (建胜镇, 区, 西藏自治区): the place's committee
PLACE_END_RE = re.compile(r"(?:镇|乡|街道|区|县|市|省|州|旗|盟|村|社区|苏木|嘎查)$")


def _place_like(org_text: str) -> bool:
    """Whether what is written before 纪委 names a place (or the party centre), whose discipline commission
    the 纪委 is: nothing, a place's name or level marker (宁夏, 省, 建胜镇), 中央 / 中 (中纪委), 省级."""
    if not org_text or PLACE_END_RE.search(org_text) or org_text.endswith(("中央", "中共", "中", "级")):
        return True
    from kg.orgs import parse_org  # lazy: kg.orgs loads the place table

    parsed = parse_org(org_text, None)
    return parsed is not None and parsed.type == "jurisdiction"


def split_post(phrase: str) -> PostPhrase | None:
    """Split "重庆市巴南区人民政府副区长" into ("重庆市巴南区人民政府", "副区长").

    Returns None when the phrase does not end in a known title. A "(兼)" mark anywhere in the
    phrase is removed and reported as ``concurrent``.
    """
    concurrent = bool(CONCURRENT_RE.search(phrase))
    phrase = CONCURRENT_RE.sub("", phrase).strip()
    known = _title_set()
    for n in _title_lengths():
        title = phrase[-n:] if len(phrase) >= n else ""
        if title in known:
            org_text = phrase[: -len(title)]
            if org_text.endswith("副") or org_text.endswith("常务"):
                continue  # "…常务副" + "主任": a longer title we do not know; do not half-split
            if title in ("党委委员", "党委常委") and PLACE_END_RE.search(org_text):
                continue  # "建胜镇党委委员", "自治区党委常委": 委员 / 常委 of the place's committee (中共…委员会); a body's
                # own 党委 only after a body that is no place (公安部党委委员: the ministry's 党委委员; round 36)
            if title == "纪委书记" and _place_like(org_text):
                continue  # "省纪委书记", "中央纪委书记": 书记 of the place's (the party's) discipline commission; a body's
                # own 纪委 after a body that is no place (国家海洋局纪委书记: the bureau's 纪委书记; round 36)
            return PostPhrase(org_text=org_text, title=title, concurrent=concurrent)
    return None


def implied_org(title: str, jurisdiction: str | None) -> str | None:
    """The organization a bare title names by itself in a document of its own level: 副区长 in
    a district's document → the district government; 副省长 in a province's → the province's;
    镇长 in a town's → the town's. None when the document's own place (the last of its
    jurisdiction) is not of the title's level (副市长 in a district's document: the city's
    post, but the text must say so) or kg.orgs cannot resolve the body.

    ``implied_orgs`` of titles.yaml ({jur} templates) is read first, as before issue 9."""
    if not jurisdiction:
        return None
    template = _lexicon().get("implied_orgs", {}).get(title)
    if template and jurisdiction.endswith(("区", "县")):
        return template.format(jur=jurisdiction)
    info = title_info(title)
    if info is not None and info.bare_in_level and info.level and jurisdiction.endswith(info.level):
        return jurisdiction  # 行政长官 on a page of 澳门特别行政区: the region itself (session 38)
    if info is None or info.level is None or info.rank or info.level == "国" \
            or info.only_after_place:
        return None
    from kg.orgs import expand_jurisdiction, parse_org  # lazy: kg.orgs loads the place table

    own = expand_jurisdiction(jurisdiction, None) or jurisdiction
    body = parse_org(info.body or "", jurisdiction)
    if body is None or body.jurisdiction != own:
        return None
    return body.name


@dataclass(frozen=True)
class TitleInfo:
    """What a title word says by itself (see :func:`title_info`)."""

    title: str  # the title as facts write it: 代理市长 → 市长; 常务副省长 stays
    base: str  # without 代 / 副 / 常务副: 省长
    acting: bool = False  # written with 代 / 代理
    deputy: bool = False  # 副 … (常务副, 专职副 included)
    executive: bool = False  # 常务副 …
    rank: bool = False  # a rank (一级巡视员), not a post
    level: str | None = None  # a government head's level word (省, 自治区, 市, 州, 盟, 区 …, 国)
    body: str | None = None  # the body it heads, with that level marker (省政府, 国务院)
    endings: tuple[str, ...] = ()  # endings of the bodies it belongs to (厅长 → 厅); () any
    only_after_place: bool = False  # heads ``body`` only written after its place (自治区主席)
    bare_in_level: bool = False  # written bare, heads a jurisdiction of its level (行政长官 in 澳门特别行政区)


@lru_cache(maxsize=8192)  # a pure function of the word (a frozen answer), asked again and again by the readers
def title_info(word: str) -> TitleInfo | None:
    """Read a title word (代理市长, 常务副省长, 厅长, 一级巡视员). None when the word, without
    an acting prefix, is neither a known title nor a rank.

    >>> title_info("代理区长").title, title_info("代理区长").acting
    ('区长', True)
    >>> title_info("常务副省长").body
    '省政府'
    """
    lex = _lexicon()
    word = CONCURRENT_RE.sub("", word or "").strip()
    acting = False
    for prefix in lex.get("acting_prefixes") or []:
        if word.startswith(prefix) and (word[len(prefix):] in titles()):
            word, acting = word[len(prefix):], True
            break
    if word in ranks():
        return TitleInfo(word, word, rank=True)
    if word not in titles():
        return None
    base, deputy, executive = word, False, False
    for prefix in lex.get("deputy_prefixes") or []:
        if word.startswith(prefix) and len(word) > len(prefix) + 1:
            base, deputy, executive = word[len(prefix):], True, prefix == "常务副"
            break
    heads = lex.get("government_heads") or {}
    head = heads.get(base) or heads.get((lex.get("head_assistants") or {}).get(base, "")) or {}  # 省长助理: 省长's
    endings = tuple((lex.get("body_endings") or {}).get(base) or
                    (lex.get("body_endings") or {}).get(word) or ())
    return TitleInfo(word, base, acting, deputy, executive, False, head.get("level"),
                     head.get("body"), endings, bool(head.get("only_after_place")),
                     bool(head.get("bare_in_level")))


@dataclass(frozen=True)
class PostBody:
    """A post phrase read for its body (see :func:`post_body`)."""

    title: str  # the title as facts write it (书记, 省长, 党委书记, 局长)
    body_text: str  # the body as written, rewritten to the body the title sits in (镇党委)
    org: str | None  # its canonical name when kg.orgs resolves it, else None
    acting: bool = False
    concurrent: bool = False
    rank: bool = False


def post_body(phrase: str, jurisdiction: str | None = None) -> PostBody | None:
    """The title of a post phrase and the body it belongs to. None when no title ends it.

    - a government head written bare or after its place (省长, 浙江省省长, 自治区主席, 代县长)
      belongs to that level's government: 省长 → 省政府 → 浙江省人民政府 with a 浙江 jurisdiction;
    - a party post after a place or level marker belongs to the place's committee
      (镇党委书记 → 书记 of 镇党委 = 中共…镇委员会; 区委副书记 → 副书记 of 区委);
    - any other title belongs to the body written before it (浙江省教育厅厅长 → 厅长 of
      浙江省教育厅), provided the body's ending fits the title (a 厅长 of a …局 is refused);
    - ``org`` is None when kg.orgs cannot resolve the body (no jurisdiction for 镇 / 区 …):
      never guessed. The acting prefix (代 / 代理) is reported, not kept in the title."""
    from kg.orgs import MARKERS, parse_org  # lazy: kg.orgs loads the place table

    lex = _lexicon()
    concurrent = bool(CONCURRENT_RE.search(phrase or ""))
    phrase = re.sub(r"\s+", "", CONCURRENT_RE.sub("", phrase or ""))
    acting = False
    split = split_post(phrase)
    if split is not None:
        for prefix in lex.get("acting_prefixes") or []:
            if split.org_text.endswith(prefix):  # 区代区长 is not written; 代区长 / 代理区长 are
                split = PostPhrase(split.org_text[: -len(prefix)], split.title)
                acting = True
                break
    if split is None:
        rank = next((r for r in ranks() if phrase.endswith(r)), None)
        if rank is None:
            return None
        split = PostPhrase(phrase[: -len(rank)], rank)
    info = title_info(split.title)
    org_text, title = split.org_text, split.title
    if info is not None and info.rank:
        return PostBody(title, org_text, _canonical(parse_org, org_text, jurisdiction),
                        acting, concurrent, True)

    def is_place(text: str) -> bool:
        if text in MARKERS:
            return True
        parsed = parse_org(text, jurisdiction) if text else None
        return parsed is not None and parsed.type == "jurisdiction"

    # party posts after a place: 镇党委书记 = 镇 + 党委书记 → 镇党委 + 书记
    for word in sorted(lex.get("party_committee_words") or [], key=len, reverse=True):
        full = org_text + title
        for post in sorted(lex.get("party_posts") or [], key=len, reverse=True):
            head = full[: -len(post)] if full.endswith(post) else ""
            place = head[: -len(word)]
            place = place[len("中共"):] if place.startswith("中共") else place  # 中共西藏自治区党委书记
            if place.startswith("中国") and len(place) > 3 and is_place(place[2:]):
                place = place[2:]  # 中国新疆自治区党委常委 (the foreign press; session 28)
            if head.endswith(word) and place and is_place(place):
                return PostBody(post, head, _canonical(parse_org, head, jurisdiction),
                                acting, concurrent)
    # a government head: bare, or after its place / level marker
    if info is not None and info.body and (org_text or not info.only_after_place) \
            and (not org_text or is_place(org_text)):
        level = info.level or ""
        if org_text and org_text not in MARKERS:
            parsed = parse_org(org_text, jurisdiction)
            body = org_text + info.body[len(level):] if parsed and parsed.jurisdiction else None
        elif org_text and org_text != level:
            body = None  # 区 + 省长: the marker is not the head's level
        else:
            body = info.body
        if body is None:
            return PostBody(title, org_text, None, acting, concurrent)
        return PostBody(title, body, _canonical(parse_org, body, jurisdiction), acting,
                        concurrent)
    if title in (lex.get("government_group_posts") or []) and org_text and org_text not in MARKERS \
            and is_place(org_text):
        # "广西党组书记", "太原市党组成员": the 党组 of the place's people's government (session 20)
        parsed = parse_org(org_text, jurisdiction)
        gov = _canonical(parse_org, parsed.name + "人民政府", jurisdiction) if parsed is not None else None
        if gov is not None:
            return PostBody(title, org_text, gov, acting, concurrent)
    if info is not None and info.endings and org_text:
        parsed = parse_org(org_text, jurisdiction)
        name = parsed.name if parsed else org_text
        if not (name.endswith(info.endings) or org_text.endswith(info.endings)):
            return None  # a 厅长 of no 厅: the split is wrong, not the data
    return PostBody(title, org_text, _canonical(parse_org, org_text, jurisdiction), acting,
                    concurrent)


def _canonical(parse_org, text: str, jurisdiction: str | None) -> str | None:
    if not text:
        return None
    info = parse_org(text, jurisdiction)
    return info.name if info is not None and info.jurisdiction else None
