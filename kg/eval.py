"""Score extracted personnel acts against hand-checked gold files.

Gold files (``tests/gold/*.jsonl``) hold one fact per line in the facts contract shape
(:meth:`kg.model.Fact.to_json`), plus optional header lines ``{"_scope": {"doc": …,
"start": …, "end": …}}``. A fact matches when its key — (document, kind, status, person,
title, org) — is equal in gold and prediction; the document is compared by file name
without directory or extension, so ``samples/000_x.txt`` and ``/tmp/000_x.txt`` are one
document. Only documents that a gold file covers are scored, and where a scope gives a
character range, only predictions with an evidence span starting inside it count: a gold
file for two months of a chronicle must not turn the rest of the yearbook into false
positives.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from kg.errors import GoldError
from kg.model import ACT_KINDS, FACT_KINDS, STATUSES, Fact
from kg.titles import full_title

DEFAULT_KINDS: tuple[str, ...] = ACT_KINDS
KNOWN_KINDS: tuple[str, ...] = FACT_KINDS  # acts, hold and rank
SCOPE_KEY = "_scope"

Key = tuple[str, str, str, str, str, str]


# ---------------------------------------------------------------- keys and spans


def doc_id(path: str) -> str:
    """The document part of a key: file name without directory and extension."""
    name = Path(str(path).replace("\\", "/")).name
    return name.rsplit(".", 1)[0] if "." in name else name


def _norm(value: Any) -> str:
    """Compare names whitespace-free: PDF text pads names (王    俊)."""
    return "".join(str(value).split()) if value is not None else ""


_NAME_DOTS = re.compile(r"(?<=[\u4e00-\u9fff])[·•‧・∙⋅．.](?=[\u4e00-\u9fff])")


def _norm_person(value: Any) -> str:
    """A name as compared: whitespace-free, and the middle dot of a minority name one character
    whichever of its forms the page or the annotator wrote (努尔‧白克力, 司马义.艾买提 → ·)."""
    return _NAME_DOTS.sub("·", _norm(value))


# titles that name one post, compared as one: a standing committee's member is its 常委 or, written in
# full, its 常务委员 (the development gold writes a CPPCC's both ways, 133 to 29, as its text does;
# session 42). kg writes the title as the text does; only the comparison joins them.
# A secretariat's secretary is 书记 of the secretariat or, as the text runs (团中央书记处第一书记), 书记处第一书记
# of its committee: the development gold writes the league's and the unions' both ways (19 to 12; session 43).
SAME_POST_TITLES = {"常务委员": "常委", "书记处书记": "书记", "书记处第一书记": "第一书记", "书记处常务书记": "常务书记"}


def fact_key(fact: dict[str, Any]) -> Key:
    """(document, kind, status, person, title, org) of a fact dict; a title the press writes short
    is compared as its full one (主委 = 主任委员, 特首 = 行政长官: kg.titles.full_title), so the gold
    may write either; so are the two names of one post (SAME_POST_TITLES)."""
    title = fact.get("title")
    if title is not None:
        title = full_title(_norm(title))
        title = SAME_POST_TITLES.get(title, title)
    return (
        doc_id(fact["source"]["doc"]),
        fact["kind"],
        fact["status"],
        _norm_person(fact.get("person")),
        _norm(title),
        _norm(fact.get("org")),
    )


def _spans(fact: dict[str, Any]) -> list[tuple[str, int, int]]:
    """Every evidence span of a fact (source first), as (doc id, start, end)."""
    evs = [fact["source"], *fact.get("evidence", [])]
    return [(doc_id(e["doc"]), int(e["start"]), int(e["end"])) for e in evs]


def spans_overlap(a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]) -> bool:
    """True when some span of ``a`` shares at least one character with some span of ``b``."""
    return any(d1 == d2 and s1 < e2 and s2 < e1 for d1, s1, e1 in a for d2, s2, e2 in b)


# ---------------------------------------------------------------- scopes


@dataclass
class Scope:
    """The part of one document a gold file covers; no range means the whole document."""

    doc: str  # document path as written in the gold file
    start: int | None = None
    end: int | None = None

    @property
    def doc_id(self) -> str:
        return doc_id(self.doc)

    def covers(self, fact: dict[str, Any]) -> bool:
        """Whether a fact of this document falls in the scope (any evidence start inside)."""
        if self.start is None or self.end is None:
            return True
        return any(self.start <= s < self.end for d, s, _ in _spans(fact) if d == self.doc_id)


def scopes_of(gold: list[dict[str, Any]]) -> dict[str, list[Scope]]:
    """Scopes per document id: the explicit ``_scope`` lines, else the whole document for
    every document a gold fact names."""
    scopes: dict[str, list[Scope]] = {}
    for row in gold:
        if SCOPE_KEY in row:
            s = row[SCOPE_KEY]
            scope = Scope(s["doc"], s.get("start"), s.get("end"))
            scopes.setdefault(scope.doc_id, []).append(scope)
    for row in gold:
        if SCOPE_KEY not in row:
            d = row["source"]["doc"]
            scopes.setdefault(doc_id(d), [Scope(d)])
    return scopes


def _in_scope(fact: dict[str, Any], scopes: dict[str, list[Scope]]) -> bool:
    doc_scopes = scopes.get(doc_id(fact["source"]["doc"]))
    return any(s.covers(fact) for s in doc_scopes or ())


# ---------------------------------------------------------------- report


@dataclass
class Score:
    """Counts and metrics for one kind (or all kinds together)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """1.0 when nothing was predicted: no claim, no false claim."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """1.0 when the gold is empty: nothing to find, nothing missed."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


FIELDS: tuple[str, ...] = ("org", "date", "decided_by")
"""Fields scored on matched facts (equal in gold and prediction; null = null counts as right)."""


@dataclass
class FieldScore:
    """How often a field of matched facts equals the gold's."""

    right: int = 0
    total: int = 0
    wrong: dict[str, int] = field(default_factory=dict)  # the misses by kind (field_miss)

    @property
    def accuracy(self) -> float | None:
        return self.right / self.total if self.total else None

    def to_json(self) -> dict[str, Any]:
        acc = self.accuracy
        return {"right": self.right, "total": self.total, "accuracy": round(acc, 4) if acc is not None else None,
                "wrong": dict(sorted(self.wrong.items()))}


FIELD_MISSES = (
    ("kg none", "the gold has a value, kg none"),
    ("gold none", "kg has a value, the gold none"),
    ("coarser", "kg's value is a prefix of the gold's: a date less precise (2021-08 for 2021-08-02), a body above"),
    ("finer", "the gold's value is a prefix of kg's: a date more precise than the gold's, a body below"),
    ("other year", "two dates of different years"),
    ("other place", "two bodies of the same kind (the same last four characters: 人民政府, 常务委员会) in other places"),
    ("differs", "two other values"),
)


def field_miss(name: str, gold: str, pred: str) -> str:
    """Which kind of miss a field of a matched fact is (FIELD_MISSES), from the two values
    alone: lets a held-out set show why its org or date accuracy is low without being read."""
    if not pred:
        return "kg none"
    if not gold:
        return "gold none"
    if gold.startswith(pred) or (name != "date" and gold.endswith(pred)):
        return "coarser"
    if pred.startswith(gold) or (name != "date" and pred.endswith(gold)):
        return "finer"
    if name == "date" and gold[:4] != pred[:4]:
        return "other year"
    if name != "date" and len(gold) > 4 and gold[-4:] == pred[-4:]:
        return "other place"
    return "differs"


@dataclass
class GroupScore:
    """Scores of one group of documents (a genre, or everything): per kind, overall, fields."""

    per_kind: dict[str, Score]
    overall: Score = field(default_factory=Score)
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    strict: Score = field(default_factory=Score)  # with org in the key, as before the field scores
    fp_causes: dict[str, int] = field(default_factory=dict)  # see _miss_causes
    fn_causes: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"per_kind": {k: s.to_json() for k, s in self.per_kind.items()},
                "overall": self.overall.to_json(), "strict": self.strict.to_json(),
                "fields": {k: f.to_json() for k, f in self.fields.items()},
                "fp_causes": self.fp_causes, "fn_causes": self.fn_causes}


@dataclass
class EvalReport:
    """Result of :func:`evaluate`: scores per kind, micro-averaged overall, field accuracy on
    matched facts (org, date, decided_by), the same per genre, span agreement and the facts
    behind every error."""

    kinds: tuple[str, ...]
    per_kind: dict[str, Score]
    overall: Score
    span_matched: int  # matched facts whose predicted evidence overlaps a gold span
    docs: list[str]  # document ids scored
    false_positives: list[dict[str, Any]] = field(default_factory=list)
    false_negatives: list[dict[str, Any]] = field(default_factory=list)
    span_misses: list[dict[str, Any]] = field(default_factory=list)  # matched, spans disjoint
    field_misses: list[dict[str, Any]] = field(default_factory=list)  # matched, a field differs
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    strict: Score = field(default_factory=Score)
    genres: dict[str, GroupScore] = field(default_factory=dict)
    fp_causes: dict[str, int] = field(default_factory=dict)  # see _miss_causes
    fn_causes: dict[str, int] = field(default_factory=dict)

    @property
    def span_agreement(self) -> float | None:
        """Fraction of matched facts whose evidence overlaps the gold's; None if none matched."""
        return self.span_matched / self.overall.tp if self.overall.tp else None

    def to_json(self) -> dict[str, Any]:
        agreement = self.span_agreement
        return {
            "kinds": list(self.kinds),
            "docs": self.docs,
            "per_kind": {k: s.to_json() for k, s in self.per_kind.items()},
            "overall": self.overall.to_json(),
            "strict": self.strict.to_json(),
            "fields": {k: f.to_json() for k, f in self.fields.items()},
            "genres": {g: s.to_json() for g, s in sorted(self.genres.items())},
            "span_agreement": round(agreement, 4) if agreement is not None else None,
            "span_matched": self.span_matched,
            "fp_causes": self.fp_causes,
            "fn_causes": self.fn_causes,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "span_misses": self.span_misses,
            "field_misses": self.field_misses,
        }


# ---------------------------------------------------------------- evaluation


def genre_of(doc: str) -> str:
    """The genre of a document id: corpus documents are named ``<genre>-<place>-<nn>``
    (corpus/README.md); anything else (the samples) is its own group, ``samples``."""
    d = doc_id(doc)
    return d.split("-", 1)[0] if "-" in d else "samples"


def _as_dict(fact: Fact | dict[str, Any]) -> dict[str, Any]:
    return fact.to_json() if isinstance(fact, Fact) else fact


def _index(facts: Iterable[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """Facts by key; a repeated key keeps the first fact and pools the evidence of all."""
    index: dict[Key, dict[str, Any]] = {}
    for f in facts:
        key = fact_key(f)
        if key in index:
            first = index[key]
            first["evidence"] = [*first.get("evidence", []), f["source"], *f.get("evidence", [])]
        else:
            index[key] = dict(f)
    return index


def _pair(g: dict[Key, dict[str, Any]], p: dict[Key, dict[str, Any]]) -> tuple[list[tuple[Key, Key]], list[Key], list[Key]]:
    """Match gold and predicted facts on (document, kind, status, person, title): the same org
    first, then the rest in org order. Returns (pairs, unmatched gold, unmatched predictions)."""
    loose: dict[tuple, tuple[list[Key], list[Key]]] = {}
    for key in g:
        loose.setdefault(key[:5], ([], []))[0].append(key)
    for key in p:
        loose.setdefault(key[:5], ([], []))[1].append(key)
    pairs: list[tuple[Key, Key]] = []
    fn: list[Key] = []
    fp: list[Key] = []
    for _, (gs, ps) in sorted(loose.items()):
        same = sorted(set(gs) & set(ps))
        pairs.extend((k, k) for k in same)
        rest_g = sorted(k for k in gs if k not in same)
        rest_p = sorted(k for k in ps if k not in same)
        pairs.extend(zip(rest_g, rest_p))
        fn.extend(rest_g[len(rest_p):])
        fp.extend(rest_p[len(rest_g):])
    return pairs, fn, fp


def _field_value(fact: dict[str, Any], name: str) -> str:
    return _norm(fact.get(name))


def evaluate(
    gold: list[dict[str, Any]],
    pred: list[Fact] | list[dict[str, Any]],
    kinds: Iterable[str] = DEFAULT_KINDS,
) -> EvalReport:
    """Compare predicted facts with gold facts (dicts as in the gold files, ``_scope`` rows
    allowed). Only documents covered by the gold, and inside its scopes, are scored; only
    facts of ``kinds`` count.

    A prediction matches a gold fact with the same (document, kind, status, person, title);
    the organization, the date and the deciding body of matched facts are then scored as
    field accuracies (``fields``), so that a right act with a wrong org shows as exactly that.
    ``strict`` scores with the org in the key (a matched fact with another org is a miss)."""
    kinds = tuple(kinds)
    scopes = scopes_of(gold)
    wanted = lambda f: f["kind"] in kinds and _in_scope(f, scopes)  # noqa: E731
    g = _index(f for f in gold if SCOPE_KEY not in f and wanted(f))
    p = _index(f for f in map(_as_dict, pred) if wanted(f))
    per_kind = {k: Score() for k in kinds}
    report = EvalReport(kinds, per_kind, Score(), 0, sorted(scopes))
    for d in report.docs:
        report.genres.setdefault(genre_of(d), GroupScore({k: Score() for k in kinds}))
    pairs, fn, fp = _pair(g, p)
    for gk, pk in pairs:
        group = report.genres[genre_of(gk[0])]
        for score in (per_kind[gk[1]], group.per_kind[gk[1]]):
            score.tp += 1
        for strict in (report.strict, group.strict):
            if gk == pk:
                strict.tp += 1
            else:
                strict.fp += 1
                strict.fn += 1
        gf, pf = g[gk], p[pk]
        if spans_overlap(_spans(pf), _spans(gf)):
            report.span_matched += 1
        else:
            report.span_misses.append(pf)
        wrong = []
        for name in FIELDS:
            gv, pv = _field_value(gf, name), _field_value(pf, name)
            ok = gv == pv
            miss = None if ok else field_miss(name, gv, pv)
            for fs in (report.fields[name], group.fields[name]):
                fs.total += 1
                fs.right += ok
                if miss:
                    fs.wrong[miss] = fs.wrong.get(miss, 0) + 1
            if not ok:
                wrong.append(name)
        if wrong:
            report.field_misses.append({**pf, "_wrong": {n: {"gold": gf.get(n), "pred": pf.get(n)} for n in wrong}})
    pred_all = [_as_dict(f) for f in pred]
    report.fp_causes = _miss_causes(fp, gold)
    report.fn_causes = _miss_causes(fn, pred_all)
    for name, group in report.genres.items():  # the same counts per genre: where a held-out set fails
        group.fp_causes = _miss_causes([k for k in fp if genre_of(k[0]) == name], gold)
        group.fn_causes = _miss_causes([k for k in fn if genre_of(k[0]) == name], pred_all)
    for key in fp:
        group = report.genres[genre_of(key[0])]
        for score in (per_kind[key[1]], group.per_kind[key[1]], report.strict, group.strict):
            score.fp += 1
        report.false_positives.append(p[key])
    for key in fn:
        group = report.genres[genre_of(key[0])]
        for score in (per_kind[key[1]], group.per_kind[key[1]], report.strict, group.strict):
            score.fn += 1
        report.false_negatives.append(g[key])
    report.overall = _sum(per_kind.values())
    for group in report.genres.values():
        group.overall = _sum(group.per_kind.values())
    return report


def _sum(scores: Iterable[Score]) -> Score:
    scores = list(scores)
    return Score(*(sum(getattr(s, a) for s in scores) for a in ("tp", "fp", "fn")))


# ---------------------------------------------------------------- files


def _check_evidence(ev: Any, where: str) -> None:
    if not isinstance(ev, dict):
        raise GoldError(f"{where}: evidence must be an object, got {type(ev).__name__}")
    for name, typ in (("doc", str), ("start", int), ("end", int)):
        if not isinstance(ev.get(name), typ) or isinstance(ev.get(name), bool):
            raise GoldError(f"{where}: evidence field {name!r} must be {typ.__name__}, got {ev.get(name)!r}")
    if ev["end"] < ev["start"]:
        raise GoldError(f"{where}: evidence end {ev['end']} is before start {ev['start']}")


def check_fact(row: Any, where: str) -> dict[str, Any]:
    """Validate one fact dict; raise :class:`GoldError` naming ``where`` (file:line)."""
    if not isinstance(row, dict):
        raise GoldError(f"{where}: expected a JSON object, got {type(row).__name__}")
    if row.get("kind") not in KNOWN_KINDS:
        raise GoldError(f"{where}: unknown kind {row.get('kind')!r} (expected one of {', '.join(KNOWN_KINDS)})")
    if row.get("status") not in STATUSES:
        raise GoldError(f"{where}: unknown status {row.get('status')!r} (expected proposed or decided)")
    if not isinstance(row.get("person"), str) or not row["person"].strip():
        raise GoldError(f"{where}: missing person")
    for name in ("title", "org"):
        if row.get(name) is not None and not isinstance(row[name], str):
            raise GoldError(f"{where}: {name} must be a string or null, got {row[name]!r}")
    if "source" not in row:
        raise GoldError(f"{where}: missing source")
    _check_evidence(row["source"], where)
    evidence = row.get("evidence", [])
    if not isinstance(evidence, list):
        raise GoldError(f"{where}: evidence must be a list")
    for ev in evidence:
        _check_evidence(ev, where)
    return row


def _check_scope(row: dict[str, Any], where: str) -> dict[str, Any]:
    s = row[SCOPE_KEY]
    if not isinstance(s, dict) or not isinstance(s.get("doc"), str):
        raise GoldError(f"{where}: _scope needs a string 'doc'")
    start, end = s.get("start"), s.get("end")
    if (start is None) != (end is None):
        raise GoldError(f"{where}: _scope needs both start and end, or neither")
    if start is not None and not (isinstance(start, int) and isinstance(end, int) and start <= end):
        raise GoldError(f"{where}: _scope start/end must be integers with start <= end")
    return row


def _read_jsonl(path: Path) -> Iterable[tuple[str, Any]]:
    """(file:line, parsed object) for each non-blank line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read ({exc})") from exc
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield f"{path}:{n}", json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{n}: not valid JSON ({exc.msg})") from exc


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """The gold files named: files as given, directories expanded to their ``*.jsonl``."""
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():  # a corpus folder holds docs/ and gold/: search it all
            files.extend(sorted(p.rglob("*.jsonl")))
        elif p.is_file():
            files.append(p)
        else:
            raise GoldError(f"{p}: no such gold file or directory")
    return files


def load_gold_file(path: str | Path) -> list[dict[str, Any]]:
    """Gold rows of one file (facts and ``_scope`` rows), validated."""
    rows = []
    for where, row in _read_jsonl(Path(path)):
        if isinstance(row, dict) and SCOPE_KEY in row:
            rows.append(_check_scope(row, where))
        else:
            rows.append(check_fact(row, where))
    if not rows:
        raise GoldError(f"{path}: empty gold file; to say a document has no acts, write one line "
                        '{"_scope": {"doc": "<path of the document>"}}')
    return rows


def load_gold(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """Gold rows of every file (or directory of ``*.jsonl``) named."""
    rows: list[dict[str, Any]] = []
    for f in gold_files(paths):
        file_rows = load_gold_file(f)
        if not any(SCOPE_KEY in r for r in file_rows):
            # A file without _scope covers the whole of every document it names, even when
            # another file scopes a part of the same document.
            docs = dict.fromkeys(r["source"]["doc"] for r in file_rows)
            file_rows = [{SCOPE_KEY: {"doc": d}} for d in docs] + file_rows
        rows.extend(file_rows)
    return rows


def load_pred(path: str | Path) -> list[Fact]:
    """Predicted facts from a JSONL file written by ``kg extract``."""
    facts = []
    for where, row in _read_jsonl(Path(path)):
        if isinstance(row, dict) and SCOPE_KEY in row:
            continue
        try:
            facts.append(Fact.from_json(check_fact(row, where)))
        except TypeError as exc:
            raise GoldError(f"{where}: not a fact ({exc})") from exc
    return facts


def gold_documents(gold: list[dict[str, Any]]) -> list[str]:
    """Paths (as written in the gold) of the documents the gold covers, one per document."""
    return [scopes[0].doc for scopes in scopes_of(gold).values()]


def resolve_document(doc: str, search: Iterable[str | Path] = ()) -> Path:
    """Find a gold document: as written (relative to the working directory), else relative
    to each ``search`` directory and its parents (gold files name ``samples/…`` from the
    repository root)."""
    if Path(doc).exists():
        return Path(doc)
    for base in map(Path, search):
        for d in (base.resolve(), *base.resolve().parents):
            if (d / doc).exists():
                return d / doc
    raise GoldError(f"{doc}: document named in the gold not found (run from the repository root or pass --pred)")


def predict(gold: list[dict[str, Any]], search: Iterable[str | Path] = ()) -> list[Fact]:
    """Run the extractor on every document the gold covers."""
    from kg.extract import extract_document  # lazy: scoring a --pred file needs no extractor
    from kg.reading import read_document

    search = list(search)
    facts: list[Fact] = []
    for doc in gold_documents(gold):
        facts.extend(extract_document(read_document(str(resolve_document(doc, search)))))
    return facts


# ---------------------------------------------------------------- false positives by cause


MISS_CAUSES = (
    ("title nested", "the other side has this person with this kind and status under a title that holds this one or is held in it (副区长 / 区长, 常务副市长 / 副市长)"),
    ("other title", "the other side has this person with this kind and status, under another title"),
    ("other status", "the other side has this act (person, kind, title) as proposed where this side says decided, or the reverse"),
    ("other kind", "the other side has this person and title as another act (appoint / acting / elect …)"),
    ("hold vs act", "one side says the person holds this title, the other that an act was done on it"),
    ("name cut or joined", "a person of the other side differs only by a character or two (王晓 / 王晓一)"),
    ("person has other facts", "the person is on the other side, with other facts"),
    ("person not found", "nobody of this name is on the other side for the document"),
)


def _miss_causes(misses: list[Key], other: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Count unmatched facts (false positives against the gold, false negatives against the
    predictions) by their likely cause, from the keys alone (no text): a title written
    differently is a convention matter, a person nobody else names a real error. Lets a
    held-out set be diagnosed without reading it."""
    by_doc: dict[str, list[Key]] = {}
    for f in other:
        if SCOPE_KEY not in f:
            by_doc.setdefault(doc_id(f["source"]["doc"]), []).append(fact_key(f))
    counts = {name: 0 for name, _ in MISS_CAUSES}
    for doc, kind, status, person, title, _org in misses:
        keys = by_doc.get(doc, [])
        same = [k[4] or "" for k in keys if k[3] == person and k[1] == kind and k[2] == status]
        if title and any(t and t != title and (t in title or title in t) for t in same):
            counts["title nested"] += 1  # a title cut, or written with more or less of its rank
        elif same:
            counts["other title"] += 1
        elif any(k[3] == person and k[4] == title and k[1] == kind for k in keys):
            counts["other status"] += 1
        elif any(k[3] == person and k[4] == title and (k[1] == "hold") == (kind == "hold") for k in keys):
            counts["other kind"] += 1
        elif any(k[3] == person and k[4] == title for k in keys):
            counts["hold vs act"] += 1
        elif any(k[3] == person for k in keys):
            counts["person has other facts"] += 1
        elif any(k[3] != person and (k[3] in person or person in k[3]) for k in keys):
            counts["name cut or joined"] += 1
        else:
            counts["person not found"] += 1
    return {k: v for k, v in counts.items() if v}
