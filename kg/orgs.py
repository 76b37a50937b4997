"""Chinese government organization names: parse, expand abbreviations, build the PART_OF chain.

Officials write 区法院, 区委组织部, 大渡口区委, 区人大常委会花溪街道工作委员会; the graph needs one
canonical full name per body (重庆市巴南区人民法院 …), a type, and a parent chain up to the
jurisdiction. A name is read as ``[prefix] place institution [sub-unit]`` where the place is
written in full (重庆市巴南区), partly (巴南区) or as a level marker (区 / 市 / 镇) that the
document's jurisdiction resolves. All knowledge lives in two data files:

- ``kg/data/places.yaml``: the places (重庆市, its districts, their towns and streets);
- ``kg/data/org_abbreviations.yaml``: institutions, departments, sub-units and their
  abbreviations.

Never guess: a level marker that the jurisdiction cannot resolve (区发展改革委 in a document
whose district is unknown) gives an :class:`OrgInfo` whose name is the text as written, with
its type but ``jurisdiction`` and ``parent`` None. See docs/organizations.md.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from kg.places import (
    PLACES_TSV,
    PLACES_YAML,
    TIER_COUNTY,
    TIER_PREFECTURE,
    TIER_PROVINCE,
    TIER_TOWN,
    Place,
    gazetteer,
    pick,
)

DATA_DIR = Path(__file__).parent / "data"
PLACES_FILE = PLACES_YAML  # the hand overlay; the generated table is kg.places.PLACES_TSV
ABBREVIATIONS_FILE = DATA_DIR / "org_abbreviations.yaml"

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in: 10x faster
ORG_TYPES = (
    "party_committee", "government", "congress_standing_committee", "congress", "cppcc",
    "court", "procuratorate", "supervision", "discipline", "department", "township",
    "subdistrict", "enterprise", "mass_organization", "sub_unit", "jurisdiction", "other",
    "democratic_party", "public_institution",
)

# How an organization's place is known, strongest first (OrgInfo.placed_by):
PLACED_BY_NAME = "name"  # its name says it (重庆市巴南区人民法院, 巴南不动产登记中心, 九三学社中央)
PLACED_BY_DOCUMENT = "document"  # written without a place by a document of that place
PLACED_BY_COUNTRY = "country"  # nothing says where in China: the country only
PLACED_BY_STRENGTH = (PLACED_BY_NAME, PLACED_BY_DOCUMENT, PLACED_BY_COUNTRY)

# level markers written instead of a place (区政府, 省委, 州长 …), longest first, and the place
# level each one names in the document's jurisdiction (自治州 → the 州 of the chain)
MARKERS = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "街道", "省", "市", "州", "盟", "区",
           "县", "旗", "镇", "乡")
MARKER_LEVELS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
_TOWN_LEVELS = ("镇", "街道", "乡")
# the levels with a people's government and its departments (省 … 县 / 旗)
_BODY_LEVELS = ["省", "自治区", "市", "州", "盟", "区", "县", "旗"]
_TOWN_RE = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)")
_NUM = "〇零一二三四五六七八九十百"
_PARENS = re.compile(r"\(([^()]*)\)")
_ENTERPRISE_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|集团|公司|银行)$")


@dataclass(frozen=True)
class OrgInfo:
    """One organization (or jurisdiction) with its canonical name, type and parent."""

    name: str  # canonical full name, e.g. 重庆市巴南区人民法院民事审判一庭
    type: str  # one of ORG_TYPES
    jurisdiction: str | None  # canonical place, e.g. 重庆市巴南区 (None if unknown)
    parent: str | None  # canonical name of the parent org or place; None at the top
    short_names: tuple[str, ...] = ()  # abbreviations / aliases / the text as written
    placed_by: str = "name"  # what places it: PLACED_BY_NAME / _DOCUMENT / _COUNTRY


@dataclass(frozen=True)
class _Form:
    """One way of writing an institution: literal prefix, {P}, suffix regex. A form written
    {C}<mid>{L} (重庆市公安局巴南区分局) names a place ({C}), ``mid``, then its child ({L})."""

    prefix: str
    suffix: re.Pattern[str]
    inst: dict[str, Any] = field(hash=False, compare=False)
    mid: str = ""
    order: int = 0  # position in the table: the earlier form wins a tie
    lead: str = ""  # the suffix's first literal character ("" when it starts with {N})


# ---------------------------------------------------------------- data loading


def _level_of(short: str) -> str:
    for m in MARKERS:
        if short.endswith(m):
            return MARKER_LEVELS.get(m, m)
    return "其他"


def nation() -> str | None:
    """The country places.yaml puts above every top-level place (中华人民共和国)."""
    return gazetteer().nation


def _template_regex(text: str) -> str:
    return re.escape(text).replace(re.escape("{N}"), f"(?P<N>[{_NUM}]+)")


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    """The abbreviation table, with every written form compiled."""
    raw = yaml.load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"), Loader=_LOADER) or {}
    insts: list[dict[str, Any]] = [dict(i) for i in raw.get("institutions") or []]
    for section, typ, parent, levels in (
            ("departments", "department", "{P}人民政府", _BODY_LEVELS),
            ("provincial_departments", "department", "{P}人民政府", ["省", "自治区"]),
            ("mass_organizations", "mass_organization", "{P}", _BODY_LEVELS),
            ("others", "other", "{P}", _BODY_LEVELS),
            ("public_institutions", "public_institution", "{P}", _BODY_LEVELS)):
        for canon, abbrevs in (raw.get(section) or {}).items():
            insts.append({"type": typ, "name": "{P}" + canon, "parent": parent,
                          "forms": ["{P}" + a for a in abbrevs or []],
                          "levels": levels})
    for inst in insts:  # a sub-unit's canonical name is also a way of writing it
        subs = dict(inst.get("subunits") or {})
        for spec in list(subs.values()):
            canon = spec["name"] if isinstance(spec, dict) else spec
            subs.setdefault(canon, spec)
        inst["subunits"] = subs
    named = raw.get("named_bodies") or {}
    for spec in named.values():  # a named body's sub-unit canonical names are forms too
        subs = dict((spec or {}).get("subunits") or {})
        for sub in list(subs.values()):
            canon = sub["name"] if isinstance(sub, dict) else sub
            subs.setdefault(canon, sub)
        if spec:
            spec["subunits"] = subs
    forms: list[_Form] = []
    for inst in insts:
        for form in [inst["name"], *(inst.get("forms") or [])]:
            if "{C}" in form and "{L}" in form:
                pre, rest = form.split("{C}", 1)
                mid, post = rest.split("{L}", 1)
                forms.append(_Form(pre, re.compile(_template_regex(post)), inst, mid,
                                   len(forms)))
            if "{P}" not in form:
                continue
            pre, post = form.split("{P}", 1)
            lead = "" if post.startswith("{") else post[:1]
            forms.append(_Form(pre, re.compile(_template_regex(post)), inst, "", len(forms),
                               lead))
    by_prefix: dict[str, dict[str, list[_Form]]] = {}
    for form in forms:  # forms by prefix, then by the character after the place
        if not form.mid:
            by_prefix.setdefault(form.prefix, {}).setdefault(form.lead, []).append(form)
    return {"forms": forms, "insts": insts, "by_prefix": by_prefix,
            "mid_forms": [f for f in forms if f.mid],
            "compounds": raw.get("compounds") or {},
            "endings": tuple(sorted(raw.get("subunit_endings") or [], key=len, reverse=True)),
            "expansions": raw.get("subunit_suffix_expansions") or {},
            "public_endings": tuple(raw.get("public_institution_endings") or []),
            "other_endings": tuple(raw.get("other_endings") or []),
            "marker_words": tuple(raw.get("marker_words") or []),
            "named": named,
            "national_endings": tuple(raw.get("national_subunit_endings") or []),
            "party_endings": dict(raw.get("party_unit_endings") or {}),
            "bad": set(raw.get("not_in_names") or ""),
            "sentence_char_words": tuple(raw.get("names_with_sentence_chars") or []),
            "place_named_endings": tuple(raw.get("place_named_endings") or []),
            "company_subunits": set(raw.get("company_subunits") or [])}


# ---------------------------------------------------------------- places


def _adhoc_chain(text: str) -> list[Place]:
    """A jurisdiction not in the place data: split it at level suffixes."""
    parts = re.findall(r".+?(?:省|自治区|市|区|县|旗|镇|乡|街道)", text)
    if "".join(parts) != text:
        return []
    chain: list[Place] = []
    for part in parts:
        parent = chain[-1] if chain else None
        name = (parent.name if parent else "") + part
        chain.append(Place(name, part, _level_of(part), parent.name if parent else None,
                           True, chain[0].name if chain else name, len(chain) + 1))
    return chain


@lru_cache(maxsize=256)
def _jur_chain(jurisdiction: str | None) -> tuple[Place, ...]:
    """The places from the top down to the document's jurisdiction."""
    if not jurisdiction:
        return ()
    idx = gazetteer().full
    place = idx.get(jurisdiction)
    if place is None:
        whole = [p for n, p in _place_prefixes(jurisdiction, None) if n == len(jurisdiction)]
        place = next((p for p in whole if p.resolved), None)
        place = idx.get(place.name) if place is not None else None
    if place is None:
        return tuple(_adhoc_chain(jurisdiction))
    chain = [place]
    while chain[-1].parent and chain[-1].parent in idx:
        chain.append(idx[chain[-1].parent])
    return tuple(reversed(chain))


def _resolve_marker(marker: str, jur: tuple[Place, ...]) -> Place:
    """The place of the jurisdiction a level marker names. In an autonomous region's own
    document 区 is the region (区党委, 区政府 = 自治区党委, 自治区政府), the way its officials write."""
    level = MARKER_LEVELS.get(marker, marker)
    for place in reversed(jur):
        if place.level == level and place.until is None:
            return place
    if level == "区" and jur and jur[-1].level == "自治区":
        return jur[-1]
    return Place(marker, marker, level, None, False)


def _words_at(text: str, pos: int, node: Place | None,
              jur: tuple[Place, ...]) -> list[tuple[int, Place, str]]:
    """The places written at ``pos`` after ``node`` (None: at the start of a name), as
    (end, place, how). At the start: any province-, prefecture- or county-level unit (a word
    naming several is resolved by the jurisdiction, else an unresolved Place as written), and
    the towns of the document's own county (a bare town name is never looked up elsewhere)."""
    g = gazetteer()
    table = g.words if node is None else g.child_words.get(node.name, {})
    towns: dict[str, list[tuple[Place, str]]] = {}
    if node is None:
        for place in jur:
            if place.tier == TIER_COUNTY:
                towns = g.child_words.get(place.name, {})
    out = []
    for n in range(2, min(g.maxlen, len(text) - pos) + 1):
        word = text[pos:pos + n]
        found = table.get(word, []) + towns.get(word, [])
        if not found:
            continue
        for how in ("name", "stem"):
            group = [p for p, h in found if (h == "stem") == (how == "stem")]
            if not group:
                continue
            place = pick(group, jur) if node is None else (group[0] if len(group) == 1 else None)
            if place is not None:
                aliased = how == "stem" or any(p.name == place.name and h == "alias"
                                               for p, h in found)
                out.append((pos + n, replace(place, alias=True) if aliased else place, how))
            elif how == "name":
                level = group[0].level
                out.append((pos + n, Place(word, word, level, None, False), how))
    return out


@lru_cache(maxsize=8192)
def _place_prefixes(text: str, jurisdiction: str | None) -> tuple[tuple[int, Place], ...]:
    """Every way a prefix of ``text`` reads as a place: (length, Place). A stem (杭州 of
    杭州市) counts only in front of another place (杭州西湖区 → 浙江省杭州市西湖区)."""
    jur = _jur_chain(jurisdiction) if jurisdiction else ()
    out: list[tuple[int, Place]] = []
    not_marker = text.startswith(_table()["marker_words"])
    for marker in MARKERS:
        if text.startswith(marker) and not not_marker:
            out.append((len(marker), _resolve_marker(marker, jur)))
            break
    frontier: list[tuple[int, Place | None]] = [(0, None)]
    while frontier:
        pos, node = frontier.pop()
        for end, cand, how in _words_at(text, pos, node, jur):
            if how != "stem":
                out.append((end, cand))
            elif cand.tier not in (TIER_PROVINCE, TIER_PREFECTURE):
                continue  # only a province's or prefecture's stem heads a chain
            if cand.resolved and end < len(text):
                frontier.append((end, cand))
        if node is not None and node.tier == TIER_COUNTY and node.resolved:
            out.extend(_unlisted_towns(text, pos, node))
    if not any(p.resolved for _, p in out):
        out.extend(_unlisted_towns(text, 0, None))
    return tuple(out)


def _unlisted_towns(text: str, pos: int, district: Place | None) -> list[tuple[int, Place]]:
    """A town or street not in the place data. Under an explicit county it is placed there;
    written bare it stays unresolved (as written, no jurisdiction)."""
    bad = _table()["bad"]
    out = []
    for n in range(2, 5):
        for suffix in ("街道", "镇", "乡"):
            short = text[pos:pos + n] + suffix
            if text.startswith(short, pos) and not (set(short) & bad):
                if district is not None:
                    out.append((pos + len(short), Place(district.name + short, short,
                                                        suffix, district.name, True,
                                                        district.top, TIER_TOWN)))
                else:
                    out.append((len(short), Place(short, short, suffix, None, False)))
    return out


def expand_jurisdiction(text: str, jurisdiction: str | None) -> str | None:
    """The canonical place ``text`` names: 巴南区 → 重庆市巴南区; 安澜镇 with jurisdiction
    重庆市巴南区 → 重庆市巴南区安澜镇; None when it is not a place or cannot be resolved."""
    text = _normalize(text)
    whole = [p for n, p in _place_prefixes(text, jurisdiction) if n == len(text) and p.resolved]
    if not whole:
        return None
    return max(whole, key=lambda p: len(p.name)).name


# ---------------------------------------------------------------- organizations


def _normalize(text: str) -> str:
    """Drop spaces (PDF padding) and unify full-width parentheses."""
    text = re.sub(r"\s+", "", text or "")
    return text.replace("（", "(").replace("）", ")")


def _subunit(rest: str, inst: dict[str, Any]) -> list[tuple[str, str]] | None:
    """The sub-units written after an institution, outermost first, as (canonical, type);
    None when ``rest`` is not a sub-unit name (a title, a sentence)."""
    subs = inst.get("subunits") or {}
    if rest in subs:
        return [_one_subunit(rest, subs)]  # type: ignore[list-item]
    for key in sorted(subs, key=len, reverse=True):  # 财经委 + 办公室
        if rest.startswith(key) and len(rest) > len(key):
            inner = _one_subunit(rest[len(key):], {})
            if inner is not None:
                return [_one_subunit(key, subs), inner]  # type: ignore[list-item]
    one = _one_subunit(rest, subs)
    return [one] if one is not None else None


def _one_subunit(rest: str, subs: dict[str, Any]) -> tuple[str, str] | None:
    table = _table()
    if rest in subs:
        spec = subs[rest]
        if isinstance(spec, dict):
            return spec["name"], spec.get("type", "sub_unit")
        return spec, "sub_unit"
    if len(rest) < 2 or len(rest) > 16 or set(rest) & table["bad"]:
        return None
    if not rest.endswith(table["endings"]):
        return None
    for short, full in table["expansions"].items():
        if rest.endswith(short):
            rest = rest[: -len(short)] + full
            break
    return rest, "sub_unit"


def _fill(template: str, place: Place, number: str | None, inst: dict[str, Any],
          local: bool = False) -> str:
    """Fill a name template: {P} the place's canonical name, {C} the place above it and
    {L} the place's own name (重庆市公安局巴南区分局 = {C}公安局{L}分局), {N} the term."""
    p = place.name
    if local and inst.get("local") and p.startswith(place.top) and p != place.top:
        p = p[len(place.top):]
    return (template.replace("{P}", p).replace("{C}", place.parent or "")
            .replace("{L}", place.short).replace("{N}", number or ""))


def _match(text: str, jurisdiction: str | None) -> tuple | None:
    """The best reading of ``text`` as place + institution + optional sub-unit. Forms are
    tried by their prefix and by the character right after each place reading (an index of
    the table), and ranked as if tried one by one in table order."""
    best = None
    table = _table()
    for prefix, by_lead in table["by_prefix"].items():
        if not text.startswith(prefix):
            continue
        body = text[len(prefix):]
        for n, place in _place_prefixes(body, jurisdiction):
            for form in by_lead.get(body[n:n + 1], []) + by_lead.get("", []):
                best = _try(form, body, n, place, best)
    for form in table["mid_forms"]:
        if text.startswith(form.prefix):
            body = text[len(form.prefix):]
            readings, body = _parent_mid_child(body, form.mid,
                                               _place_prefixes(body, jurisdiction))
            for n, place in readings:
                best = _try(form, body, n, place, best)
    return best


def _try(form: _Form, body: str, n: int, place: Place, best: tuple | None) -> tuple | None:
    """``best`` or the reading of ``form`` with ``place`` ending at ``n``, if better."""
    levels = form.inst.get("levels")
    if levels and place.level not in levels:
        return best
    tiers = form.inst.get("tiers")
    if tiers and place.resolved and place.tier not in tiers:
        return best
    m = form.suffix.match(body, n)
    if not m:
        return best
    rest = body[m.end():]
    sub = _subunit(rest, form.inst) if rest else None
    if rest and sub is None:
        return best
    score = (-len(rest), place.resolved, len(form.prefix) + m.end(), -form.order)
    if best is None or score > best[0]:
        return (score, form.inst, place, m.groupdict().get("N"), sub)
    return best


def _parent_mid_child(body: str, mid: str, readings: tuple[tuple[int, Place], ...]
                      ) -> tuple[tuple[tuple[int, Place], ...], str]:
    """Readings of ``body`` as <place><mid><child place> (杭州市公安局西湖区分局), rewritten as
    readings of <place><child> so that the child is the {P} of the form."""
    for n, place in sorted(readings, key=lambda r: -r[0]):
        if place.resolved and place.tier in (TIER_PROVINCE, TIER_PREFECTURE) \
                and body.startswith(mid, n):
            joined = place.name + body[n + len(mid):]
            kids = tuple((m, p) for m, p in _place_prefixes(joined, None)
                         if p.parent == place.name and p.resolved)
            if kids:
                return kids, joined
    return (), body


def _alias_names(aliases: list[str], info: OrgInfo, jurisdiction: str | None) -> list[str]:
    """A parenthesised alternative names the same body: 区工商联(区总商会) → the alias parsed
    on its own; 行政审判庭(综合审判庭) → a sibling name under the same parent."""
    out = []
    for alias in aliases:
        if not alias:
            continue
        parsed = _parse_one(alias, jurisdiction)
        if parsed is not None and parsed.type != "jurisdiction":
            out.append(parsed.name)
        elif info.type == "sub_unit" and info.parent:
            out.append(info.parent + alias)
        else:
            out.append(alias)
    return out


def _place_info(place: Place) -> OrgInfo:
    return OrgInfo(place.name, "jurisdiction", place.name if place.resolved else None,
                   place.parent or _above_top(place))


_TOP_LEVELS = ("省", "市", "自治区", "特别行政区")


def _above_top(place: Place) -> str | None:
    """The country above a top-level province or municipality (重庆市, 湖南省, 北京市)."""
    country = nation()
    if not place.resolved or place.name == country or place.parent:
        return None
    return country if place.name.endswith(_TOP_LEVELS) else None


@lru_cache(maxsize=16384)
def _parse_one(text: str, jurisdiction: str | None) -> OrgInfo | None:
    """The OrgInfo of a normalized name without parentheses (cached: pure and hot)."""
    found = _match(text, jurisdiction)
    if found is not None:
        return _build(text, *found[1:])
    whole = [p for n, p in _place_prefixes(text, jurisdiction) if n == len(text)]
    if whole:
        if text in MARKERS:
            return None  # a bare 区 / 市 is not an organization
        place = max(whole, key=lambda p: (p.resolved, len(p.name)))
        return _place_info(place)
    return (_named(text) or _party_unit(text, jurisdiction) or _by_ending(text, jurisdiction)
            or _enterprise(text, jurisdiction))


@lru_cache(maxsize=1)
def _named_forms() -> tuple[tuple[str, str], ...]:
    """(written form, canonical name) of every named body, longest form first."""
    forms = []
    for name, spec in _table()["named"].items():
        forms.append((name, name))
        forms.extend((short, name) for short in (spec or {}).get("short") or [])
    return tuple(sorted(forms, key=lambda f: len(f[0]), reverse=True))


def _named(text: str) -> OrgInfo | None:
    """A body of named_bodies, by its name or a short name, possibly followed by a
    sub-unit (…检察院检察委员会, 致公党中央联络部)."""
    named = _table()["named"]
    for form, name in _named_forms() + _named_patterns(text):
        if not text.startswith(form):
            continue
        spec = named[name] or {}
        parent = spec.get("parent")
        jur = parent if parent == nation() else _jurisdiction_of(parent)
        if text == form:
            return OrgInfo(name, spec.get("type", "other"), jur, parent)
        rest = text[len(form):]
        if "驻" in rest:
            continue  # 中央人民政府驻澳门…联络办公室: an office stationed elsewhere, not a unit
        subs = _subunit(rest, spec) or _national_subunit(rest, jur == nation())
        if subs:
            return OrgInfo(spec.get("unit_prefix", name) + subs[0][0], subs[0][1], jur, name)
    return None


@lru_cache(maxsize=1)
def _named_regexes() -> tuple[tuple[re.Pattern[str], str], ...]:
    """`patterns` of named bodies (a term written in: 政协第十二届全国委员会), compiled."""
    out = []
    for name, spec in _table()["named"].items():
        for pattern in (spec or {}).get("patterns") or []:
            out.append((re.compile(_template_regex(pattern)), name))
    return tuple(out)


def _named_patterns(text: str) -> tuple[tuple[str, str], ...]:
    """(the written form a pattern matches at the start of ``text``, canonical name)."""
    return tuple((m.group(0), name) for rx, name in _named_regexes() for m in [rx.match(text)]
                 if m)


def _national_subunit(rest: str, national: bool) -> list[tuple[str, str]] | None:
    """A unit of a national body by the endings only national bodies use (教育部人事司)."""
    table = _table()
    if (national and 2 <= len(rest) <= 12 and rest.endswith(table["national_endings"])
            and not set(rest) & table["bad"] and "驻" not in rest):  # 驻澳门…: stationed
        return [(rest, "sub_unit")]
    return None


def _jurisdiction_of(name: str | None) -> str | None:
    info = _parse_one(name, None) if name else None
    return info.jurisdiction if info else None


def _party_unit(text: str, jurisdiction: str | None) -> OrgInfo | None:
    """中共<organization>委员会 / 党组: the party committee or group inside an organization,
    named the way its members write it after the organization (<organization>党委 / 党组),
    so that 中共重庆市大渡口区人民武装部委员会 and 区人武部党委 are one node."""
    if not text.startswith("中共"):
        return None
    endings = _table()["party_endings"]
    for ending in sorted(endings, key=len, reverse=True):
        if not text.endswith(ending) or len(text) <= len("中共") + len(ending):
            continue
        host = _parse_one(text[len("中共"):-len(ending)], jurisdiction)
        if host is None or host.type == "jurisdiction" or host.jurisdiction is None:
            continue
        return OrgInfo(host.name + endings[ending], "sub_unit", host.jurisdiction, host.name)
    return None


def _build(text: str, inst: dict[str, Any], place: Place, number: str | None,
           subs: list[tuple[str, str]] | None) -> OrgInfo | None:
    """The OrgInfo of a matched place + institution + sub-units."""
    if "{N}" in inst["name"] and not number:
        return None
    if not place.resolved:
        return OrgInfo(text, subs[-1][1] if subs else inst["type"], None, None)
    name = _fill(inst["name"], place, number, inst, local=True)
    parent = _fill(inst.get("parent") or "{P}", place, number, inst)
    redirect = inst.get("redirect")
    if subs and redirect and subs[0][0].endswith(tuple(redirect.get("endings") or [])):
        name = _fill(redirect["to"], place, number, inst)
    for sub, _ in subs or []:
        parent, name = name, name + sub
    typ = subs[-1][1] if subs else inst["type"]
    return OrgInfo(name, typ, place.name, parent)


def _by_ending(text: str, jurisdiction: str | None) -> OrgInfo | None:
    """Bodies read from their ending: after a place (区融媒体中心 → 重庆市巴南区融媒体中心),
    after a short place name (巴南不动产登记中心, 建胜司法所), national (中国…), or written
    bare (高新区管委会): see :func:`_bare_body` for where a bare one is placed."""
    table = _table()
    if len(text) > 30 or set(_QUOTED_RE.sub("", text)) & table["bad"]:
        return None  # (a quoted word is part of a name: 村“两委”换届工作领导小组)
    kind = _kind_by_ending(text)
    if kind is None:
        return None
    kind, bare_ok = kind
    prefixes = [(n, p) for n, p in _place_prefixes(text, jurisdiction) if len(text) - n >= 2]
    for n, place in sorted(prefixes, key=lambda x: -x[0]):
        if kind == "public_institution" and text[n] in "委政":
            continue  # 区委… / 区政府… is an institution's unit, read elsewhere
        if not place.resolved:
            return OrgInfo(text, kind, None, None)
        if place.alias:  # a proper name after a short form stays as written (广西大学)
            return OrgInfo(text, kind, place.name, place.name)
        return OrgInfo(place.name + text[n:], kind, place.name, place.name)
    if any(p.resolved for _, p in prefixes):
        return None
    short = _short_place(text, jurisdiction)
    if short is not None:
        place, rest = short
        if place is None:  # a stem of several places the document cannot tell apart
            return OrgInfo(text, kind, None, None)
        # a proper name stays as written (重庆理工大学, 巴南不动产登记中心); a town's body takes
        # the town's full name, or the name would not say where it is without the document
        name = place.name + rest if place.level in ("镇", "街道", "乡") else text
        return OrgInfo(name, kind, place.name, place.name)
    if not bare_ok or text.startswith(MARKERS):
        return None  # 区域性中心: a level marker that is no place is not a bare name either
    return _bare_body(text, kind, jurisdiction)


_QUOTED_RE = re.compile(r"“[^“”]{1,8}”")


def _kind_by_ending(text: str) -> tuple[str, bool] | None:
    """(type, may be written bare) of a name by its ending; None when no ending says body.
    Endings of ``place_named_endings`` (司法所, 分局, 办) name a body only after a place."""
    table = _table()
    if text.endswith(table["public_endings"]):
        ending = next(e for e in table["public_endings"] if text.endswith(e))
        return "public_institution", len(text) - len(ending) >= 3
    for ending in table["other_endings"]:
        if text.endswith(ending):
            return "other", len(text) >= len(ending) + 2  # a bare 指挥部 names no body
    if text.endswith(table["place_named_endings"]):
        return "other", False
    return None


def _short_place(text: str, jurisdiction: str | None) -> tuple[Place | None, str] | None:
    """(place, rest) when ``text`` starts with the stem of a place: a province or prefecture
    anywhere (杭州 of 杭州师范大学, 重庆 of 重庆理工大学), a county of the document's own
    province (巴南 of 巴南不动产登记中心), or a town or street of the document's own county
    without 镇 / 街道 (建胜 of 建胜司法所). The place is None when the stem names several
    places the jurisdiction cannot tell apart. The full name (巴南区…) is read elsewhere;
    ``rest`` must not start with a level marker; a name of ``not_places`` has no place."""
    g = gazetteer()
    if text.startswith(g.not_places):
        return None
    jur = _jur_chain(jurisdiction)
    top = jur[0].name if jur else None
    towns: dict[str, Place] = {}
    for place in jur:
        if place.tier == TIER_COUNTY:
            for town in g.children.get(place.name, []):
                stem = town.short[: -len(town.level)] if town.short.endswith(town.level) else ""
                if len(stem) >= 2:
                    towns.setdefault(stem, town)
    for n in range(min(g.maxlen, len(text) - 2), 1, -1):
        word, rest = text[:n], text[n:]
        if rest.startswith(MARKERS):
            continue
        cands = [p for p, how in g.words.get(word, []) if how == "stem"
                 and (p.tier < TIER_COUNTY or p.top == (top or p.top in g.anywhere and p.top))]
        if word in towns:
            cands.append(towns[word])
        if cands:
            return pick(cands, jur), rest
    return None


_NATIONAL_RE = re.compile(r"^(?:中央|中国|全国|国家|国务院|中华)")


def _bare_body(text: str, kind: str, jurisdiction: str | None) -> OrgInfo:
    """A body written with no place at all. National by its name (中国…, 全国…) → the
    country; else, in a document of a known place, that place: officials write their own
    place's bodies without it (綦江区 documents write 工业园区管委会), the same convention as
    区… / 镇…, recorded as placed_by "document". Without either it stays unplaced."""
    country = nation()
    if _NATIONAL_RE.match(text) and country:
        return OrgInfo(text, kind, country, country)
    own = _own_place(jurisdiction)
    if own is not None:
        return OrgInfo(own.name + text, kind, own.name, own.name, placed_by=PLACED_BY_DOCUMENT)
    return OrgInfo(text, kind, None, None)


def _own_place(jurisdiction: str | None) -> Place | None:
    """The document's own place, when places.yaml (or its shape) resolves it."""
    chain = _jur_chain(jurisdiction)
    return chain[-1] if chain and chain[-1].resolved else None


_BRANCH_RE = re.compile(r"(支行|支公司|分公司|中心支公司|分行|调查队|营业部)$")
_LEGAL_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司)$")


@lru_cache(maxsize=1)
def _county_stems() -> tuple[tuple[str, Place], ...]:
    """(stem, county) of every current county-level unit whose stem names it (巴南)."""
    return tuple((word, p) for word, found in gazetteer().words.items() for p, how in found
                 if how == "stem" and p.tier == TIER_COUNTY and p.until is None)


def _branch_place(text: str, jurisdiction: str | None = None) -> Place | None:
    """The county a branch names by its stem: 中行巴南支行 → 重庆市巴南区 (the text says 巴南;
    only before a branch word; within the document's province when it is known; exactly one
    county must match)."""
    if not _BRANCH_RE.search(text):
        return None
    jur = _jur_chain(jurisdiction)
    top = jur[0].name if jur else None
    anywhere = gazetteer().anywhere
    found = {p.name: p for word, p in _county_stems()
             if word in text and p.top == (top or p.top in anywhere and p.top)}
    return next(iter(found.values())) if len(found) == 1 else None


def _sentence_chars(text: str) -> bool:
    """True when ``text`` holds a character of not_in_names outside the words of
    `names_with_sentence_chars` (成都银行 is a name; 都是 is a sentence)."""
    for word in _table()["sentence_char_words"]:
        text = text.replace(word, "")
    return bool(set(text) & _table()["bad"])


def _enterprise(text: str, jurisdiction: str | None) -> OrgInfo | None:
    """A company, by its name as written. Its place, strongest evidence first: a place in its
    name (重庆市…, 巴南浦发村镇银行, 中行巴南支行, 重庆理工…), else — for a short name
    (城投公司, 大晟公司: no 有限公司, no group inside) in a document of a known place — that
    place (placed_by "document": officials write their own place's companies that way),
    else only the country (placed_by "country": 宗申产业集团有限公司, 长江环保集团上游公司)."""
    if not (_ENTERPRISE_RE.search(text) or _BRANCH_RE.search(text)) or len(text) > 40 or _sentence_chars(text):
        return _company_subunit(text, jurisdiction)
    if text.startswith(MARKERS):
        return None  # 区…公司 is how a sentence, not a company, is written
    kind = "other" if text.endswith("调查队") else "enterprise"  # 国家统计局…调查队 is an office
    places = [p for _, p in _place_prefixes(text, jurisdiction) if p.resolved]
    place = max(places, key=lambda p: len(p.name)) if places else _branch_place(text, jurisdiction)
    country, own = nation(), _own_place(jurisdiction)
    if place is None:
        short = _short_place(text, jurisdiction)
        if short and short[0] is None:  # a stem of several places: somewhere in the country
            return OrgInfo(text, kind, country, country, placed_by=PLACED_BY_COUNTRY)
        place = short[0] if short and short[0].level not in _TOWN_LEVELS else None
    if place is not None:
        return OrgInfo(text, kind, place.name, place.name)
    local = not (_LEGAL_RE.search(text) or "集团" in text[:-2] or _NATIONAL_RE.match(text))
    if local and own is not None:
        return OrgInfo(own.name + text, kind, own.name, own.name, placed_by=PLACED_BY_DOCUMENT)
    return OrgInfo(text, kind, country, country, placed_by=PLACED_BY_COUNTRY)


def _company_subunit(text: str, jurisdiction: str | None) -> OrgInfo | None:
    """A unit of a company written after its name (建桥公司纪委, 宗申产业集团有限公司董事局)."""
    for m in reversed(list(re.finditer(r"(?:有限责任公司|股份有限公司|有限公司|集团|公司)", text))):
        head, rest = text[: m.end()], text[m.end():]
        if rest not in _table()["company_subunits"]:
            continue
        host = _enterprise(head, jurisdiction)
        if host is not None and host.type == "enterprise":
            return OrgInfo(host.name + rest, "sub_unit", host.jurisdiction, host.name,
                           placed_by=host.placed_by)
    return None


def parse_orgs(text: str, jurisdiction: str | None = None) -> list[OrgInfo]:
    """Every organization a name names: 区纪委监委 is two bodies (the 纪委 and the 监委)."""
    norm = _normalize(text)
    for compound, parts in _table()["compounds"].items():
        if compound in norm:
            out = [parse_org(norm.replace(compound, part), jurisdiction) for part in parts]
            return [_with_written(o, norm.replace(compound, part), text)
                    for o, part in zip(out, parts) if o is not None]
    info = parse_org(text, jurisdiction)
    return [info] if info else []


def _with_written(info: OrgInfo, substituted: str, text: str) -> OrgInfo:
    """Short names of one part of a compound: the compound as written, not the
    substituted text (区纪委 was never written)."""
    written = _normalize(text)
    names = [n for n in info.short_names if n != substituted]
    if written != info.name:
        names.append(written)
    return OrgInfo(info.name, info.type, info.jurisdiction, info.parent,
                   tuple(dict.fromkeys(names)), info.placed_by)


_ENUMERATION_RE = re.compile(r"^[一二三四五六七八九十]+[、.]")


def parse_org(text: str, jurisdiction: str | None = None) -> OrgInfo | None:
    """Read one organization name as written; None when ``text`` is not one.

    ``jurisdiction`` is the document's canonical place (重庆市巴南区); it expands 区… / 镇…
    and 市… (the city above it). A compound such as 区纪委监委 returns its first body (the
    纪委); use :func:`parse_orgs` for all of them."""
    norm = _normalize(text)
    written = norm
    for compound, parts in _table()["compounds"].items():
        if compound in norm and parts:
            norm = norm.replace(compound, parts[0])
    if _ENUMERATION_RE.match(norm):
        return None  # "三、听取区政府…": an agenda item, not a name
    aliases = _PARENS.findall(norm)
    core = _PARENS.sub("", norm)
    if not core or len(core) > 60:
        return None
    info = _parse_one(core, jurisdiction)
    if info is None:
        return None
    extra = [a for a in _alias_names(aliases, info, jurisdiction) if a != info.name]
    names = [n for n in [written, *extra] if n != info.name]
    return OrgInfo(info.name, info.type, info.jurisdiction, info.parent,
                   tuple(dict.fromkeys(names)), info.placed_by)


def canonical_org(text: str, jurisdiction: str | None = None) -> str | None:
    """The canonical full name of ``text`` (see :func:`parse_org`), or None."""
    info = parse_org(text, jurisdiction)
    return info.name if info else None


def org_chain(name: str) -> list[OrgInfo]:
    """The organization, then each parent up to the top jurisdiction (PART_OF order).
    Empty when ``name`` is not an organization."""
    chain: list[OrgInfo] = []
    info = parse_org(name)
    seen: set[str] = set()
    while info is not None and info.name not in seen:
        chain.append(info)
        seen.add(info.name)
        info = parse_org(info.parent) if info.parent else None
    return chain
