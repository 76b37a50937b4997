"""Incremental builds: re-resolve and rewrite only what new (or removed) documents touch.

A build on an existing database, or ``kg remove``, knows which stored facts go and which facts
come. Resolution is local but for a few global pieces, and each is kept exact here, so that the
database ends up identical -- same node ids, properties and relationships -- to a build from
scratch over the same documents (tests/test_incremental.py checks it):

- **Persons** are resolved per (jurisdiction, name) *bucket* (kg.resolve.persons): nothing of one
  bucket depends on another (a person id, an Event id, a tenure: all are made from the bucket's
  own facts). The buckets of the facts that come or go -- and of every fact of a document whose
  path, date, year or jurisdiction changed -- are re-resolved from ALL their facts (the stored
  raw facts of the documents their persons are mentioned in, plus the new ones); their Person
  and Event nodes and everything hanging from them (HELD, MEMBER_OF, HAS_RANK, MENTIONED_IN,
  CONCERNS, TO, DECIDED_BY, SOURCE) are deleted and written again.
- **Organizations** are a function of the *set* of organization mentions (OrgRegistry.preload
  registers them in sorted order, so a full build's rows do not depend on the order resolution
  asks for them in). When documents only come, the organizations on the chains of the new
  mentions are re-made from their stored rows plus what the new mentions add (short names,
  placements as written; kg.orgs says the rest, the same for every reading of a name) -- no other
  mention is read. When facts go, the mentions of every fact left are read from the Fact rows (a
  light pass, no resolution): if none is lost the same quick path holds, else every mention is
  replayed and the Organization and PART_OF tables diffed against the stored ones.
- **Posts** exist while some fact names them: a post of the facts that went goes when no fact
  left names it (the org strings that named it are its organization's name and short names);
  **ranks** go when no HAS_RANK points to them; **spans** (evidence text) when no fact names them.
- **current** on tenures is measured against the newest document: when the change moves that
  date, the persons whose tenures flip are re-resolved too.

Everything is written in one transaction of the store (:meth:`LadybugStore.apply_delta`). When
the touched buckets hold more than :data:`FULL_SHARE` of the facts, or the store cannot apply a
delta, :func:`update` returns the reason and the caller rebuilds everything.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Iterable

from kg.errors import QueryError
from kg.model import DocumentInfo, Fact, Graph, fact_id, memoized_fact_ids
from kg.resolve import _unique
from kg.resolve.graph import Assembler, post_id
from kg.orgs import PLACED_BY_NAME, PLACED_BY_STRENGTH, OrgInfo, org_chain
from kg.resolve.organizations import OrgNode, OrgRegistry, _strongest, org_id, org_mentions, split_alias
from kg.resolve.persons import resolve_persons
from kg.resolve import tenures as T
from kg.schema import load_schema
from kg.store import graph_reads as reads
from kg.store.spans import span_id  # evidence text stored once (Span rows)

log = logging.getLogger(__name__)

FULL_SHARE = 0.30  # touched facts above this share of all facts: a full rebuild is as cheap

RESOLUTION_KEYS = ("path", "date", "year", "jurisdiction")  # what resolution reads of a document


@dataclass
class Delta:
    """What one incremental update changed (counts of the rows written), for the report."""

    buckets: int = 0
    documents: int = 0
    facts_touched: int = 0
    facts_total: int = 0
    nodes: int = 0
    relationships: int = 0
    written: dict[str, int] = field(default_factory=dict)
    orgs: str = ""  # "chains": only the organizations on the new mentions' chains; "all": every mention replayed


def reference_date(docs: Iterable[DocumentInfo]) -> str | None:
    """The newest document date (or year): what a tenure's ``current`` is measured against
    (Assembler.reference_date itself, so that the two never differ)."""
    return Assembler(list(docs), OrgRegistry()).reference_date()


def _bucket(f: Fact, juris: dict[str, str | None]) -> tuple[str, str]:
    return (juris.get(f.source.doc) or "", f.person)


def _facts_by_id(facts: Iterable[Fact]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for f in facts:
        out.setdefault(fact_id(f), f)
    return out


def _flipping_persons(store, old_ref: str | None, new_ref: str | None) -> set[tuple[str, str]]:
    """Buckets of persons a tenure of whom changes ``current`` when the reference date moves."""
    if old_ref == new_ref:
        return set()
    out: set[tuple[str, str]] = set()
    for rel in ("HELD", "MEMBER_OF"):
        if old_ref is not None and (new_ref is None or new_ref > old_ref):
            rows = reads.current_tenures(store, rel)
            hit = [r for r in rows if new_ref is None or T._days(r["seen"], new_ref) > T.RECENT_DAYS]
        else:
            rows = reads.lapsed_open_tenures(store, rel)
            hit = [r for r in rows if new_ref is not None and T._days(r["seen"], new_ref) <= T.RECENT_DAYS]
        out |= {(r["j"] or "", r["name"]) for r in hit}
    return out


def _scan_mentions(store, removed: set[str], added: list[Fact], old_docs: dict[str, dict],
                   new_juris: dict[str, str | None]) -> tuple[set[tuple], set[tuple[str, str]], set[str]]:
    """The organization mentions, the (org, title) pairs and the evidence span ids of every fact
    of the new state: the stored facts (less the ``removed`` ids) read lightly from the Fact rows
    (no Fact objects, no resolution), plus ``added``."""
    path_of = {d["id"]: d["path"] for d in old_docs.values()}
    mentions: set[tuple] = set()
    posts: set[tuple[str, str]] = set()
    spans: set[str] = set()
    for fid, doc, text in reads.fact_rows(store):
        if fid in removed:
            continue
        data = json.loads(text)
        source = data.get("source")
        path = path_of.get(doc) or (source.get("doc") if isinstance(source, dict) else None)
        light = _Light(data)
        mentions.update(org_mentions(light, new_juris.get(path) if path else None))
        if light.org and light.title and light.kind != "rank":
            posts.add((light.org, light.title))
        for ev in (source, *(data.get("evidence") or ())):
            spans.update(_stored_span(ev))
    for f in added:
        mentions.update(org_mentions(f, new_juris.get(f.source.doc)))
        if f.org and f.title and f.kind != "rank":
            posts.add((f.org, f.title))
        spans.update(fact_spans(f))
    return mentions, posts, spans


def _stored_span(ev) -> tuple[str, ...]:
    """The Span id of one evidence of a stored fact: an id, {span, page}, or (written before
    spans) the evidence itself."""
    if isinstance(ev, str):
        return (ev,)
    if isinstance(ev, dict):
        if ev.get("span"):
            return (ev["span"],)
        if "text" in ev:
            key: tuple[Any, Any, Any, Any] = (ev.get("doc"), ev.get("start"), ev.get("end"), ev.get("text"))
            return (span_id(*key),)
    return ()


def fact_spans(f: Fact) -> set[str]:
    """The ids of the Span rows a fact's evidence is stored as (kg.store.spans)."""
    return {span_id(e.doc, e.start, e.end, e.text) for e in (f.source, *f.evidence)}


class _Light:
    """The fields of a stored fact that organization mentions read (no Fact object built)."""

    __slots__ = ("org", "org_text", "decided_by", "kind", "title")

    def __init__(self, data: dict):
        self.org = data.get("org")
        self.org_text = data.get("org_text")
        self.decided_by = data.get("decided_by")
        self.kind = data.get("kind")
        self.title = data.get("title")


def update(store, old_docs: list[DocumentInfo], new_docs: list[DocumentInfo], old_part: list[Fact], new_part: list[Fact],
           part_docs: set[str], progress=None) -> Delta | str:
    """Bring the store from ``old_docs`` to ``new_docs``: ``old_part`` are the stored facts of the
    documents ``part_docs`` (ids) the change concerns, ``new_part`` their facts afterwards (with
    those of new documents); every other stored document and its facts stay as they are.

    Returns what was written, or the reason to rebuild everything instead (nothing written)."""
    with memoized_fact_ids():
        return _update(store, old_docs, new_docs, old_part, new_part, part_docs, progress)


def _update(store, old_docs, new_docs, old_part, new_part, part_docs, progress) -> Delta | str:
    try:
        reads.graph_counts(store)  # every table of kg/schema.yaml is there (a database of an older kg is rewritten whole)
    except QueryError as exc:
        return f"the database lacks a table of the current schema ({exc})"
    old_by_id = {d["id"]: d for d in old_docs}
    new_by_id = {d["id"]: d for d in new_docs}
    old_juris = {d["path"]: d.get("jurisdiction") for d in old_docs}
    new_juris = {d["path"]: d.get("jurisdiction") for d in new_docs}
    old_facts = _facts_by_id(old_part)
    new_facts = _facts_by_id(new_part)
    removed = {k: f for k, f in old_facts.items() if k not in new_facts}
    added = {k: f for k, f in new_facts.items() if k not in old_facts}

    # -- the touched buckets ------------------------------------------------------------------
    buckets = {_bucket(f, old_juris) for f in removed.values()} | {_bucket(f, new_juris) for f in added.values()}
    moved_paths_old, moved_paths_new = set(), set()
    for i in set(old_by_id) | set(new_by_id):
        a, b = old_by_id.get(i), new_by_id.get(i)
        if a and b and any(a.get(k) != b.get(k) for k in RESOLUTION_KEYS):
            moved_paths_old.add(a["path"])
            moved_paths_new.add(b["path"])
    buckets |= {_bucket(f, old_juris) for f in old_facts.values() if f.source.doc in moved_paths_old}
    buckets |= {_bucket(f, new_juris) for f in new_facts.values() if f.source.doc in moved_paths_new}
    old_ref, new_ref = reference_date(old_docs), reference_date(new_docs)
    buckets |= _flipping_persons(store, old_ref, new_ref)

    total = reads.fact_count(store) - len(removed) + len(added)
    if not buckets and not _docs_differ(old_by_id, new_by_id):
        nodes, relationships = reads.graph_counts(store)
        return Delta(documents=len(new_docs), facts_total=total, nodes=nodes, relationships=relationships)

    # -- every fact of those buckets, before and after ------------------------------------------
    names = sorted({n for _, n in buckets})
    persons = reads.persons_named(store, names)  # rows: id, name, jurisdiction, docs
    old_persons = [p for p in persons if (p["jurisdiction"] or "", p["name"]) in buckets]
    docs_needed = {d for p in old_persons for d in p["docs"]} - set(part_docs)
    if len(docs_needed) > FULL_SHARE * max(len(old_docs), 1):
        return f"the change touches persons mentioned in {len(docs_needed)} of {len(old_docs)} documents"
    pool = _facts_by_id(store.load_facts_of(sorted(docs_needed)))
    old_touched = {k: f for k, f in {**pool, **old_facts}.items() if _bucket(f, old_juris) in buckets}
    new_pool = {**{k: f for k, f in pool.items() if k not in removed}, **new_facts}
    new_touched = [f for f in new_pool.values() if _bucket(f, new_juris) in buckets]
    before = total + len(removed) - len(added)
    if len(new_touched) > FULL_SHARE * max(total, 1) or len(old_touched) > FULL_SHARE * max(before, 1):
        return (f"the change touches {len(new_touched)} of {total} facts ({len(old_touched)} of {before} before; "
                f"over {FULL_SHARE:.0%})")

    # -- organizations and posts: quickly when documents only come, else from every mention ------------
    added_list = list(added.values())
    scope = {d["path"]: d.get("jurisdiction") for d in new_docs}
    added_mentions = {m for f in added_list for m in org_mentions(f, new_juris.get(f.source.doc))}
    live_spans: set[str] = set()
    post_pairs: set[tuple[str, str]] = set()
    if not removed:
        org_delta = _orgs_after_adding(store, added_mentions)
    else:  # facts go: which posts, spans and organization mentions are left (a light pass over the Fact rows)
        mentions, post_pairs, live_spans = _scan_mentions(store, set(removed), added_list, old_by_id, new_juris)
        lost = {m for f in removed.values() for m in org_mentions(f, old_juris.get(f.source.doc))} - mentions
        org_delta = (_orgs_after_losing(store, lost, mentions, added_mentions) if lost
                     else _orgs_after_adding(store, added_mentions))
    if org_delta is None:  # mentions go (or the quick path cannot be sure): every mention replayed
        if not removed:
            mentions, post_pairs, live_spans = _scan_mentions(store, set(removed), added_list, old_by_id, new_juris)
        registry = OrgRegistry()
        registry.preload(mentions)
        org_rows, part_of = registry.rows()
        org_delta = ({r["id"]: r for r in org_rows}, {(r["from"], r["to"]) for r in part_of}, True, set())

    # -- resolve the touched part -----------------------------------------------------------------
    canon = OrgRegistry()  # canonical names (a function of the name alone): persons, posts
    canon.preload(m for f in new_touched for m in org_mentions(f, scope.get(f.source.doc)))
    persons_new, _ = resolve_persons(_unique(new_touched), lambda f: scope.get(f.source.doc) or "", canon.canonical)
    asm = Assembler(new_docs, canon)
    asm.fact_rows(_unique(added_list))
    for p in persons_new:
        asm.person(p)
    part = asm.graph()

    # -- what to delete, update and create ----------------------------------------------------------
    delete: dict[str, set[str]] = {
        "Person": {p["id"] for p in old_persons},
        "Event": reads.events_of(store, [p["id"] for p in old_persons]),
        "Fact": set(removed),
        "Document": set(old_by_id) - set(new_by_id),
    }
    if "Span" in load_schema().nodes:  # evidence text stored once: spans no fact names go
        delete["Span"] = {s for f in removed.values() for s in fact_spans(f)} - live_spans
    create: dict[str, list[dict]] = {label: rows for label, rows in part.nodes.items()
                                     if label in ("Person", "Event", "Fact")}
    update_rows: dict[str, list[dict]] = {}

    part_posts = {r["id"] for r in part.nodes["Post"]}
    stored_posts = reads.existing(store, "Post", part_posts)
    create["Post"] = [r for r in part.nodes["Post"] if r["id"] not in stored_posts]
    if removed:  # a post of the facts that went goes when no fact left names it
        gone = {}
        for f in removed.values():
            if f.org and f.title and f.kind != "rank":
                org = canon.canonical(f.org) or f.org  # (None only for an empty name)
                gone[post_id(org, f.title)] = (org, f.title)
        gone = {k: v for k, v in gone.items() if k not in part_posts}
        delete["Post"] = reads.existing(store, "Post", set(gone)) - _posts_named(store, gone, post_pairs, canon)

    stored_ranks = reads.existing(store, "Rank", {r["id"] for r in part.nodes["Rank"]})
    create["Rank"] = [r for r in part.nodes["Rank"] if r["id"] not in stored_ranks]

    new_orgs, new_part_of, everything, orgs_gone = org_delta
    stored_orgs = reads.node_rows(store, "Organization", None if everything else set(new_orgs))
    if everything:
        delete["Organization"] = set(stored_orgs) - set(new_orgs)
    elif orgs_gone:
        delete["Organization"] = reads.existing(store, "Organization", orgs_gone)
    create["Organization"] = [r for i, r in new_orgs.items() if i not in stored_orgs]
    update_rows["Organization"] = [r for i, r in new_orgs.items() if i in stored_orgs and not _same_row(r, stored_orgs[i])]

    create["Document"] = [d for i, d in new_by_id.items() if i not in old_by_id]
    update_rows["Document"] = [d for i, d in new_by_id.items() if i in old_by_id and d != old_by_id[i]]

    new_post_ids = {r["id"] for r in create["Post"]}
    rels: dict[str, list[dict]] = {t: rows for t, rows in part.rels.items() if t not in ("IN", "PART_OF")}
    rels["IN"] = [r for r in part.rels["IN"] if r["from"] in new_post_ids]
    stored_part_of = reads.rel_pairs(store, "PART_OF", None if everything else set(new_orgs))
    rels["PART_OF"] = [{"from": a, "to": b} for a, b in sorted(new_part_of - stored_part_of)]
    gone_orgs = delete.get("Organization", set())
    delete_rels = {"PART_OF": sorted(p for p in stored_part_of - new_part_of if p[0] not in gone_orgs and p[1] not in gone_orgs)}

    if progress is not None:
        progress.advance(len(new_touched))
        progress.stage("write", unit="rows")
    written = store.apply_delta(delete=delete, create=create, update=update_rows, rels=rels, delete_rels=delete_rels)
    if progress is not None:
        progress.advance(sum(written.values()))
    nodes, relationships = reads.graph_counts(store)
    log.debug("incremental: %d buckets, %d of %d facts re-resolved, organizations: %s; rows written %s",
              len(buckets), len(new_touched), total, "all" if everything else "chains", written)
    return Delta(buckets=len(buckets), documents=len(new_docs), facts_touched=len(new_touched), facts_total=total,
                 nodes=nodes, relationships=relationships, written=written, orgs="all" if everything else "chains")


def _docs_differ(old: dict[str, dict], new: dict[str, dict]) -> bool:
    return old.keys() != new.keys() or any(old[i] != new[i] for i in old)


def _same_row(a: dict, b: dict) -> bool:
    """Two rows of one label, lists compared as lists (the store gives [] for an empty list)."""
    for k in set(a) | set(b):
        x, y = a.get(k), b.get(k)
        if isinstance(x, (list, tuple)) or isinstance(y, (list, tuple)):
            if list(x or []) != list(y or []):
                return False
        elif x != y:
            return False
    return True


# -- organizations when documents only come -------------------------------------------------------
def _orgs_after_adding(store, mentions: set[tuple]) -> tuple[dict[str, dict], set[tuple[str, str]], bool, set[str]] | None:
    """The Organization rows and PART_OF pairs that new organization ``mentions`` change, from the
    stored rows of the organizations on their chains (no other mention read): (rows by id, PART_OF
    pairs from those organizations, False). None when that cannot be exact -- kg.orgs reads one
    organization two ways, or a placement the stored row cannot tell apart -- and every mention
    is to be replayed instead.

    A registry row is a join of what its mentions add (short names, placements as written) over
    what kg.orgs says of the name (type, jurisdiction, parent, the placement its name gives);
    seeded with the stored rows, the new mentions add what a full replay would."""
    if not mentions:
        return {}, set(), False, set()
    bases = sorted({split_alias(m[0].strip())[0] for m in mentions})
    infos: dict[str, OrgInfo] = {}
    names: set[str] = set()
    for base in bases:
        chain = org_chain(base)
        if not chain:
            names.add(base)
        for info in chain:
            if not info.name:
                continue
            names.add(info.name)
            seen = infos.setdefault(info.name, info)
            if _info_key(seen) != _info_key(info):
                return None
    by_name = {r["name"]: r for r in reads.node_rows(store, "Organization", {org_id(n) for n in names}).values()}
    parents = {}
    if by_name:
        parents = reads.org_parents(store, sorted(org_id(n) for n in by_name))
    registry = OrgRegistry()
    ambiguous: dict[str, str] = {}
    for name, row in by_name.items():
        known = infos.get(name)
        default = (known.placed_by if known is not None else None) or PLACED_BY_NAME
        if known is not None and ((known.type or "other", known.jurisdiction) != (row.get("type"), row.get("jurisdiction"))
                                  or (name in parents and parents[name] != known.parent)):
            return None
        node = OrgNode(name=name, type=row.get("type") or "other", jurisdiction=row.get("jurisdiction"),
                       parent=parents.get(name) or (known.parent if known is not None else None),
                       short_names=set(row.get("short_names") or ()), placed_by=default)
        if row.get("placed_by") and row["placed_by"] != default:
            node.placed_by_mentions = {row["placed_by"]}
        else:
            ambiguous[name] = default
        registry.nodes[name] = node
    registry.preload(mentions)
    for name, default in ambiguous.items():
        added = registry.nodes[name].placed_by_mentions
        if added and _strength(_strongest(added)) > _strength(default):
            return None  # weaker placements than the name's own: was it placed by a mention before?
    if _parent_of_a_stored_org(store, [n for n in registry.nodes if n not in by_name], infos):
        return None
    rows, _ = registry.rows()
    outside = reads.existing(store, "Organization", {org_id(n.parent) for n in registry.nodes.values()
                                               if n.parent and n.parent not in registry.nodes})
    pairs = {(n.id, org_id(n.parent)) for n in registry.nodes.values()
             if n.parent and (n.parent in registry.nodes or org_id(n.parent) in outside)}
    return {r["id"]: r for r in rows}, pairs, False, set()


def _parent_of_a_stored_org(store, new: list[str], infos: dict) -> bool:
    """Whether a new organization may be the parent a stored one names without a PART_OF yet
    (kg.orgs did not read that parent's name back to itself, so no chain made it): then a full
    replay decides. A name kg.orgs reads back to itself would have been on the stored one's chain."""
    for name in new:
        info = infos.get(name)
        if info is not None:
            chain = org_chain(name)
            if chain and chain[0].name == name:
                continue
        if any((chain := org_chain(other)) and chain[0].parent == name
               for other in reads.unplaced_orgs_containing(store, name) if other != name):
            return True
    return False


def _chain_infos(bases: Iterable[str]) -> tuple[dict[str, OrgInfo], dict[str, list[str]]] | None:
    """kg.orgs' reading of every organization on the chains of ``bases``: (info by name, the
    chain of each base as names); None when kg.orgs reads one organization two ways."""
    infos: dict[str, OrgInfo] = {}
    chains: dict[str, list[str]] = {}
    for base in bases:
        chain = [i for i in org_chain(base) if i.name]
        chains[base] = [i.name for i in chain] or [base]
        for info in chain:
            seen = infos.setdefault(info.name, info)
            if _info_key(seen) != _info_key(info):
                return None
    return infos, chains


def _base(mention: tuple) -> str:
    return split_alias(mention[0].strip())[0]


def _orgs_after_losing(store, lost: set[tuple], mentions: set[tuple], added: set[tuple]
                       ) -> tuple[dict[str, dict], set[tuple[str, str]], bool, set[str]] | None:
    """Organization rows when some mentions are ``lost`` (no fact left makes them), from the
    mentions left (``mentions``: the whole new set) that name the organizations on the chains of
    the lost and ``added`` ones: (rows by id, PART_OF pairs from them, False, ids of those that
    go). An organization stays while a mention names it or one of its parts stays; its row is
    re-made from its own mentions and kg.orgs' reading of its name. None when kg.orgs reads one
    organization two ways (every mention is replayed then)."""
    read = _chain_infos(sorted({_base(m) for m in lost | added}))
    if read is None:
        return None
    infos, chains = read
    affected = {n for chain in chains.values() for n in chain}
    stored = {r["name"]: r for r in reads.node_rows(store, "Organization", {org_id(n) for n in affected}).values()}
    known = set(affected) | {t for r in stored.values() for t in (r.get("short_names") or ())}
    by_base: dict[str, list[tuple]] = {}  # mentions left whose org string may name an affected organization
    for m in mentions:
        if _base(m) in known:
            by_base.setdefault(_base(m), []).append(m)
    more = _chain_infos(sorted(set(by_base) - set(chains)))
    if more is None:
        return None
    for name, info in more[0].items():
        if _info_key(infos.setdefault(name, info)) != _info_key(info):
            return None
    chains.update(more[1])
    direct: dict[str, list[tuple]] = {}
    for b, ms in by_base.items():
        if chains[b][0] in affected:
            direct.setdefault(chains[b][0], []).extend(ms)
    children: dict[str, set[str]] = {}  # stored parts of the affected organizations
    if stored:
        for parent, child in reads.org_children(store, sorted(org_id(n) for n in stored)):
            children.setdefault(parent, set()).add(child)
    for b in by_base:  # and the parts on the chains of the mentions left
        for child, parent in zip(chains[b], chains[b][1:]):
            children.setdefault(parent, set()).add(child)
    alive = set(direct)
    changed = True
    while changed:  # a part that stays keeps its parent
        changed = False
        for n in affected - alive:
            if any(c in alive or c not in affected for c in children.get(n, ())):
                alive.add(n)
                changed = True
    registry = OrgRegistry()
    registry.preload(m for n in sorted(alive) for m in direct.get(n, ()))
    for n in sorted(alive):
        if n in infos and any(c in alive or c not in affected for c in children.get(n, ())):
            registry._ensure_chain(n, None)  # the parent of a part: kg.orgs' reading of its own name
    rows = {r["id"]: r for r in registry.rows()[0] if r["name"] in alive}
    nodes = {n: node for n, node in registry.nodes.items() if n in alive}
    outside = reads.existing(store, "Organization", {org_id(node.parent) for node in nodes.values()
                                               if node.parent and node.parent not in affected})
    pairs = {(node.id, org_id(node.parent)) for node in nodes.values()
             if node.parent and (node.parent in alive or org_id(node.parent) in outside)}
    return rows, pairs, False, {org_id(n) for n in affected - alive}


def _posts_named(store, posts: dict[str, tuple[str, str]], pairs: set[tuple[str, str]], canon: OrgRegistry) -> set[str]:
    """Which of ``posts`` (post id -> (organization, title)) some (org as written, title) of
    ``pairs`` names. Only org strings the stored organization knows (its name, its short names:
    every string that resolved to it) are read again."""
    if not posts:
        return set()
    rows = reads.node_rows(store, "Organization", {org_id(o) for o, _ in posts.values()})
    known = {s for r in rows.values() for s in (r["name"], *(r.get("short_names") or ()))}
    known |= {o for o, _ in posts.values()}
    titles = {t for _, t in posts.values()}
    out = set()
    for o, t in pairs:
        if t in titles and split_alias(o.strip())[0] in known:
            pid = post_id(canon.canonical(o) or o, t)
            if pid in posts:
                out.add(pid)
    return out


def _info_key(info) -> tuple:
    return (info.type or "other", info.jurisdiction, info.parent, info.placed_by)


def _strength(placed_by: str | None) -> int:
    return PLACED_BY_STRENGTH.index(placed_by) if placed_by in PLACED_BY_STRENGTH else len(PLACED_BY_STRENGTH)
