"""Organizations of the graph: canonical names, short names, types and the PART_OF chain.

The knowledge of names lives in :mod:`kg.orgs` (``parse_org``, ``canonical_org``,
``org_chain``). This module only collects what the facts say (the full name, the variants as
written) and turns it into Organization rows. A name kg.orgs does not read as an organization
is kept as written, type ``other``: PART_OF the place its name starts with (重庆市綦江区篆塘镇武装部
→ 重庆市綦江区篆塘镇; 中国共产党重庆市大渡口区…委员会 → 重庆市大渡口区), else alone in the fact's
jurisdiction, no PART_OF guessed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from kg.model import ACT_KINDS
from kg.orgs import PLACED_BY_NAME, PLACED_BY_STRENGTH, OrgInfo, expand_jurisdiction, org_chain, parse_org

ALIAS_RE = re.compile(r"[（(]([^（）()]+)[)）]$")
PARTY_HEADS = ("中国共产党", "中国人民政治协商会议", "中共")  # written before the place: 中共重庆市…


def node_id(*parts: str | None) -> str:
    """A stable node id: sha1 of the '|'-joined canonical key, 16 hex digits."""
    key = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def org_id(name: str) -> str:
    return node_id("org", name)


@dataclass
class OrgNode:
    name: str
    type: str = "other"
    jurisdiction: str | None = None
    parent: str | None = None
    short_names: set[str] = field(default_factory=set)
    # how its place is known (kg.orgs.PLACED_BY_*): "name", "document" or "country"; a
    # mention that says more (the place written in full) wins over one that says less
    placed_by: str = PLACED_BY_NAME
    placed_by_mentions: set[str] = field(default_factory=set)

    @property
    def id(self) -> str:
        return org_id(self.name)

    def row(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "short_names": sorted(s for s in self.short_names if s and s != self.name),
            "type": self.type,
            "jurisdiction": self.jurisdiction,
            "placed_by": _strongest(self.placed_by_mentions) or self.placed_by,
        }


def split_alias(name: str) -> tuple[str, str | None]:
    """'…行政审判庭(综合审判庭)' → ('…行政审判庭', '综合审判庭'): a trailing parenthesis is an alias."""
    m = ALIAS_RE.search(name)
    if not m or m.start() == 0:
        return name, None
    return name[: m.start()], m.group(1)


class OrgRegistry:
    """Collects organizations by canonical name; deterministic whatever the insertion order."""

    def __init__(self) -> None:
        self.nodes: dict[str, OrgNode] = {}
        self.alias_of: dict[str, str] = {}  # org string as given → canonical name
        self._parsed: dict[tuple[str, str | None], OrgInfo | None] = {}

    def canonical(self, name: str | None, jurisdiction: str | None = None) -> str | None:
        """The canonical name of an org string (kg.orgs may rename 纪委监委 → 纪律检查委员会 …)."""
        if not name:
            return None
        return self._ensure_chain(split_alias(name.strip())[0], jurisdiction).name

    def add(self, name: str | None, text: str | None = None, jurisdiction: str | None = None) -> str | None:
        """Register an organization (and its chain); return its canonical name."""
        if not name:
            return None
        base, alias = split_alias(name.strip())
        node = self._ensure_chain(base, jurisdiction)
        for variant in (text and split_alias(text.strip())[0], alias, base):
            if variant and variant != node.name:
                node.short_names.add(variant)
        if text:
            key = (text, jurisdiction)  # parse_org is pure: one call per distinct mention
            if key not in self._parsed:
                self._parsed[key] = parse_org(text, jurisdiction)
            written = self._parsed[key]  # what this mention says of its place
            if written is not None and written.name == node.name:
                node.placed_by_mentions.add(written.placed_by)
        return node.name

    def _ensure_chain(self, name: str, jurisdiction: str | None) -> OrgNode:
        if name in self.alias_of:
            return self.nodes[self.alias_of[name]]
        chain = self._chain(name, jurisdiction)
        child: OrgNode | None = None
        for info in chain:  # from the organization itself up to the top
            node = self.nodes.get(info.name)
            if node is None:
                node = self.nodes[info.name] = info
            else:
                node.short_names |= info.short_names
            if child is not None and child.parent is None and child.name != node.name:
                child.parent = node.name
            child = node
        self.alias_of[name] = chain[0].name
        return self.nodes[chain[0].name]

    def _chain(self, name: str, jurisdiction: str | None) -> list[OrgNode]:
        """The organization, then its parents up to the top (kg.orgs.org_chain); a name kg.orgs
        does not read as an organization is part of the place it starts with, if any."""
        nodes = [_from_info(i) for i in org_chain(name) if i.name]
        if not nodes:
            place = _written_place(name, jurisdiction)
            if not place:
                return [OrgNode(name, "other", jurisdiction)]
            return [OrgNode(name, "other", place[0].name, place[0].name), *place]
        if nodes[0].name != name:
            nodes[0].short_names.add(name)
        return nodes

    def preload(self, mentions) -> None:
        """Register every organization mention first, in sorted order (see :func:`org_mentions`):
        the registry then holds the same nodes whatever order resolution asks for them in, so
        its rows are a function of the SET of mentions (an incremental build replays only the
        mentions, never the whole resolution)."""
        for name, text, jurisdiction in sorted(set(mentions), key=lambda m: tuple("" if v is None else v for v in m)):
            self.add(name, text, jurisdiction)

    def rows(self) -> tuple[list[dict], list[dict]]:
        """Organization rows and PART_OF rows, sorted by id."""
        orgs = sorted((n.row() for n in self.nodes.values()), key=lambda r: r["id"])
        part_of = sorted(
            ({"from": n.id, "to": org_id(n.parent)} for n in self.nodes.values() if n.parent and n.parent in self.nodes),
            key=lambda r: (r["from"], r["to"]),
        )
        return orgs, part_of


def org_mentions(fact, jurisdiction: str | None):
    """The organization mentions one fact makes when it is resolved, as (name, text as written,
    jurisdiction of its document): its org (Assembler.post) and, for an act, its deciding body
    (Assembler.event)."""
    if fact.org:
        yield (fact.org, fact.org_text, jurisdiction)
    if fact.decided_by and fact.kind in ACT_KINDS:
        yield (fact.decided_by, None, jurisdiction)


def _from_info(info: OrgInfo) -> OrgNode:
    return OrgNode(
        name=info.name,
        type=info.type or "other",
        jurisdiction=info.jurisdiction,
        parent=info.parent,
        short_names=set(info.short_names or ()),
        placed_by=info.placed_by or PLACED_BY_NAME,
    )


def _written_place(name: str, jurisdiction: str | None) -> list[OrgNode]:
    """The chain of the longest place ``name`` starts with (after 中共 / 中国共产党 / 中国人民政治
    协商会议), as kg.orgs resolves it in ``jurisdiction``; empty when the name names no place."""
    body = next((name[len(h):] for h in PARTY_HEADS if name.startswith(h)), name)
    for end in range(len(body) - 1, 1, -1):
        place = expand_jurisdiction(body[:end], jurisdiction)
        if place and place.endswith(body[:end]):
            chain = [_from_info(i) for i in org_chain(place) if i.name]
            if chain:
                return chain
    return []


def _strongest(values: set[str]) -> str | None:
    """The strongest placement among the mentions' (name > document > country)."""
    known = [v for v in PLACED_BY_STRENGTH if v in values]
    return known[0] if known else None
