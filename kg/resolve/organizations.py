"""Organizations of the graph: canonical names, short names, types and the PART_OF chain.

The knowledge of names lives in :mod:`kg.orgs` (``parse_org``, ``canonical_org``,
``org_chain``). This module only collects what the facts say (the full name, the variants as
written) and turns it into Organization rows. When :mod:`kg.orgs` is not importable, it falls
back to the fact's own org string with type ``other`` and a PART_OF link to the jurisdiction
whose name prefixes it, so that the graph is still well formed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from kg.orgs import PLACED_BY_NAME, PLACED_BY_STRENGTH

PARTY_UNIT_RE = re.compile(r"^中共(.+?)(?:机关)?(?:党组|党委|委员会)$")
ALIAS_RE = re.compile(r"[（(]([^（）()]+)[)）]$")


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


def _orgs_module():
    """kg.orgs when it is installed and complete enough, else None (fallback mode)."""
    try:
        from kg import orgs  # noqa: PLC0415 - optional collaborator module
    except ImportError:
        return None
    if not all(hasattr(orgs, n) for n in ("parse_org", "org_chain")):
        return None
    return orgs


def split_alias(name: str) -> tuple[str, str | None]:
    """'…行政审判庭(综合审判庭)' → ('…行政审判庭', '综合审判庭'): a trailing parenthesis is an alias."""
    m = ALIAS_RE.search(name)
    if not m or m.start() == 0:
        return name, None
    return name[: m.start()], m.group(1)


class OrgRegistry:
    """Collects organizations by canonical name; deterministic whatever the insertion order."""

    def __init__(self, jurisdictions: set[str] | None = None):
        self.nodes: dict[str, OrgNode] = {}
        self.alias_of: dict[str, str] = {}  # org string as given → canonical name
        self.orgs = _orgs_module()
        self.jurisdictions = set(jurisdictions or ())
        self._parsed: dict[tuple[str, str | None], Any] = {}

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
        if text and self.orgs is not None:
            key = (text, jurisdiction)  # parse_org is pure: one call per distinct mention
            if key not in self._parsed:
                self._parsed[key] = self.orgs.parse_org(text, jurisdiction)
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
        if self.orgs is not None:
            try:
                infos = self.orgs.org_chain(name)
            except Exception:  # a collaborator bug must not lose the organization
                infos = []
            nodes = [_from_info(i) for i in infos if getattr(i, "name", None)]
            if nodes:
                if nodes[0].name != name:
                    nodes[0].short_names.add(name)
                return nodes
        return self._fallback_chain(name, jurisdiction)

    def _fallback_chain(self, name: str, jurisdiction: str | None) -> list[OrgNode]:
        """Without kg.orgs: the org, then the jurisdictions whose names prefix it.

        A party group / committee of a known organization (中共<org>党组) is part of that org."""
        m = PARTY_UNIT_RE.match(name)
        if m and m.group(1) != name:
            host = self._ensure_chain(m.group(1), jurisdiction)
            if host.type != "other" or host.parent:
                return [OrgNode(name, "sub_unit", host.jurisdiction, host.name)]
        known: set[str] = set()
        for j in self.jurisdictions | {jurisdiction}:
            known |= _place_prefixes(j)
        places = sorted((j for j in known if name.startswith(j) or _contains_place(name, j)), key=len, reverse=True)
        nodes = [OrgNode(name, "other", places[0] if places else jurisdiction)]
        for place in places:
            if place == name:
                nodes[0].type = "jurisdiction"
                continue
            nodes.append(OrgNode(place, "jurisdiction", place))
        return nodes

    def rows(self) -> tuple[list[dict], list[dict]]:
        """Organization rows and PART_OF rows, sorted by id."""
        orgs = sorted((n.row() for n in self.nodes.values()), key=lambda r: r["id"])
        part_of = sorted(
            ({"from": n.id, "to": org_id(n.parent)} for n in self.nodes.values() if n.parent and n.parent in self.nodes),
            key=lambda r: (r["from"], r["to"]),
        )
        return orgs, part_of


def _from_info(info: Any) -> OrgNode:
    return OrgNode(
        name=info.name,
        type=getattr(info, "type", None) or "other",
        jurisdiction=getattr(info, "jurisdiction", None),
        parent=getattr(info, "parent", None),
        short_names=set(getattr(info, "short_names", None) or ()),
        placed_by=getattr(info, "placed_by", None) or PLACED_BY_NAME,
    )


def _strongest(values: set[str]) -> str | None:
    """The strongest placement among the mentions' (name > document > country)."""
    known = [v for v in PLACED_BY_STRENGTH if v in values]
    return known[0] if known else None


def _place_prefixes(jurisdiction: str | None) -> set[str]:
    """重庆市巴南区 → {重庆市巴南区, 重庆市}: the jurisdiction and the places above it."""
    if not jurisdiction:
        return set()
    out = {jurisdiction}
    m = re.match(r"^(.+?[省市])(.+)$", jurisdiction)
    if m and m.group(2):
        out.add(m.group(1))
    return out


def _contains_place(name: str, place: str) -> bool:
    """中共重庆市巴南区委员会 and 中国人民政治协商会议重庆市巴南区委员会 belong to 重庆市巴南区."""
    return name.startswith(("中共" + place, "中国共产党" + place, "中国人民政治协商会议" + place))
