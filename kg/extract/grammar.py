"""The act grammar as data: kg/data/act_shapes.yaml, validated and compiled once.

A new way of writing an appointment is a data edit: add a shape (or an example to one) in the
YAML file; :func:`shapes` checks every field here and the tests run every example. The reader
that applies the shapes is :mod:`kg.extract.acts`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any, Literal, TypeVar, get_args

from kg.datafiles import load_yaml
from kg.errors import KgError
from kg.model import ACT_KINDS, LEGACY_KEYS, MARKS, ActKind
from kg.names import HAN, HONORIFIC, minority_name_parts, surname_word_tails

Scope = Literal["clause", "sentence"]
StatusRule = Literal["pre", "pre_mode", "mode_pre", "mode", "proposed", "decided", "request", "notice", "marked"]
PersonRule = Literal["names", "previous", "applicant", "self", "successor"]  # successor: 由B接任 takes the post just removed
Then = Literal["keep", "reset", "set", "keep_or_set"]
OnFail = Literal["continue", "stop", "stop_reset", "stop_clear"]

ACTIONS = ("fact", "mode_heading", "verb_mode", "person", "vacated")
SCOPES: tuple[Scope, ...] = get_args(Scope)
STATUS_RULES: tuple[StatusRule, ...] = get_args(StatusRule)
PERSON_RULES: tuple[PersonRule, ...] = get_args(PersonRule)
THENS: tuple[Then, ...] = get_args(Then)
ON_FAILS: tuple[OnFail, ...] = get_args(OnFail)
DateRule = Literal["auto", "none", "groups"]
NameRule = Literal["slot", "trailing", "titled", "list", "post_items"]
DATE_RULES: tuple[DateRule, ...] = get_args(DateRule)
NAME_RULES: tuple[NameRule, ...] = get_args(NameRule)
C = TypeVar("C", bound=str)
REQUIRES = ("org", "decision", "self", "post_before")  # post_before: posts, and only posts, before the names

# A person's name as officials write it: 2–4 Han characters (lazy, so that 同志 / 为 / 任 after
# it are not swallowed: "王强同志任…" reads 王强), or a minority name with a middle dot
# (帕巴拉·格列朗杰; never a verb before it nor 为 after its dot: 任命艾尔肯·吐尼亚孜为代理主席, session 30).
# kg.names validates each candidate.
_NOT_NAME = f"(?!任命|{HONORIFIC}|第[一二三四五六七八九十百0-9]|免去|辞去|辞任|当选|担任|决定|接受|申请|请求|正式|关于|提请|同意|批准|聘任|聘请|续聘|解聘|罢免|撤销|受命)"  # words a name never contains (为 may: 侯为东为…, the lazy slot stops at the first 为 it can)
# … or, where no 2–4 character reading fits, a Tibetan or Mongolian name of five or six characters
# written without a dot, made of known parts (乌云其木格 = 乌云 + 其木格; kg/data/minority_name_parts.txt;
# session 20): tried last, so it changes no reading the other two give
_MINORITY = "(?:" + "|".join(sorted(minority_name_parts(), key=lambda p: (-len(p), p))) + "){2,3}"
# a surname that ends a word after certain characters never opens a name there (kg/data/surname_word_tails.txt):
# 于 after 关 (关于张三同志任… is 张三; 由于 stays open: 遗缺由于伟国升任; session 29), 布 after 宣 (session 31)
_NOT_WORD_TAIL = "(?!" + "|".join(f"(?<=[{before}]){surname}" for surname, before in sorted(surname_word_tails().items())) + ")"
# (a Tibetan religious name has three parts: 嘉木样·洛桑久美·图丹却吉尼玛; round 36)
NAME = rf"(?:(?:{_NOT_NAME}[{HAN}]){{1,6}}·(?:(?!为)[{HAN}]){{1,10}}?(?:·(?:(?!为)[{HAN}]){{1,10}}?)?|{_NOT_WORD_TAIL}(?:{_NOT_NAME}[{HAN}]){{2,4}}?|{_MINORITY})"
# (女), (回族), (女、蒙古族): marks after a name (kg.names strips them)
MARK = (r"(?:[（(](?:[女男兼]|[\u4e00-\u9fff]{1,5}族)(?:[、，,](?:[女男兼]|[\u4e00-\u9fff]{1,5}族))?[)）]"
        # (a person's note after the name: （男，1970年生）, （女、汉族、1975年10月出生）; session 24)
        r"|[（(][女男](?:[、，,][^（）()\n]{1,24})[)）]"
        # (a birth note alone: "郭保平（1963年1月生）、李少杰（1963年3月生）不再担任"; session 41)
        r"|[（(](?:19|20)[0-9]{2}年[0-9]{1,2}月(?:[0-9]{1,2}日)?出?生[)）])")
# the order a list of names is written in: (以姓氏笔画为序), (按姓氏笔画排序), (排名不分先后)
ORDER = (r"(?:[（(](?:[0-9一二两三四五六七八九十百]+[名人位][，,、]\s?)?"
         r"(?:(?:以|按)?(?:姓氏笔画|姓氏笔划|姓名笔画|姓名笔划|笔画|笔划)(?:为序|排序|排列|顺序)?|排名不分先后)[)）])")  # (31名，按姓氏笔画为序)
# a person's current posts in brackets after the name ("选举王强（县委副书记）为县长"): kg.extract.acts
# drops them from the names (kg.extract.mentions reads them as holdings)
POST_NOTE = r"(?:[（(][\u4e00-\u9fff、]{2,40}[)）])"
# (…or after 同志: "王强同志（现任县委副书记）任县长", session 22)
# a list's name a character of which was lost in conversion (马？): kept in the slot so that the list reads on,
# dropped by kg.extract.acts.list_names (session 38)
LOST_NAME = rf"[{HAN}]{{1,3}}[?？]"
NAMES = (rf"(?P<names>(?:(?:{NAME}(?:{MARK}|{POST_NOTE})?(?:(?:{HONORIFIC}){POST_NOTE}?)?|{LOST_NAME})\s?(?:[、，,]|和|及)\s?)*{NAME}(?:{MARK}|{POST_NOTE})?(?:等)?"
         rf"(?:[0-9两二三四五六七八九十]+[位名人](?:代表|委员)?)?(?:(?:{HONORIFIC}){POST_NOTE}?)?{ORDER}?)")
# what the skip regexes of several shapes share, written once (skip_text's placeholders, act_shapes.yaml)
_MONTH = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
_YEAR = r"(?:\d{4}|[一二][〇○零一二三四五六七八九]{3})年"
_DAY = r"\d{1,2}月\d{1,2}日"
SKIP_SLOTS = {
    # two years in a sentence: a career line (holdings), no act — unless both are dated to their day (…将于2006年1
    # 月3日出任…，接替将于2005年11月28日开始休假的…: round 35), or the later is a day things take effect from
    # (…2007年1月1日起)
    "{TWO_YEARS}": rf"(?:{_YEAR}(?!{_DAY})[^。]*{_YEAR}(?!{_DAY}起)|{_YEAR}[^。]*{_YEAR}(?!{_DAY}))",
    # a move dated to its month alone, with no day and no decision in the sentence ("5月起，A任X", "1月A由X转任Y"):
    # a career step (docs/conventions.md: a holding, no act; round 35)
    "{MONTH_STEP}": rf"(?:(?:^|[，,：:])\s*(?:今年|去年)?{_MONTH}(?:份)?起[，,]\s*[\u4e00-\u9fff·]{{2,6}}?(?:同志)?(?:担任|任)(?![命免职务期])"
                    rf"|(?:^|[，,。；;])\s*(?:今年|去年)?{_MONTH}(?:份|初|中旬|上旬|下旬|底)?[，,]?\s*[\u4e00-\u9fff·]{{2,6}}?"
                    rf"(?:由|从)[^，,；;。]{{2,30}}?(?:转任|调任|升任|改任))(?![^。]*(?:决定|决议|任命|宣布))",
}


def _skip(regex: str) -> re.Pattern[str]:
    """A skip regex with its placeholders (SKIP_SLOTS) replaced."""
    for slot, expr in SKIP_SLOTS.items():
        regex = regex.replace(slot, expr)
    return re.compile(regex)


# how an election's vote is told before 当选 (以2144票 / 全票 / 超过半数), one expression for every elect shape
VOTES = r"以?(?:[0-9零一二三四五六七八九十百千]+票(?:的(?:高票|全票))?|全票|高票|最高票|满票|零反对票|(?:超过|过)半数(?:赞成票|选票|票)?)"
SLOTS = {"{PRE}": "(?P<pre>.*?)", "{VOTES}": VOTES, "{NAMES}": NAMES, "{NAME}": f"(?P<names>{NAME})", "{N}": NAME, "{MARK}": MARK,
         "{ORDER}": ORDER, "{POST_NOTE}": POST_NOTE, "{HON}": f"(?:{HONORIFIC})"}


@dataclass(frozen=True)
class Example:
    text: str
    jurisdiction: str | None
    facts: tuple[str, ...]


@dataclass(frozen=True)
class Shape:
    """One clause shape: where it applies, what it matches and what facts it makes."""

    id: str
    scope: Scope
    pattern: str  # expanded; compiled on first use (see regex)
    trigger: re.Pattern[str] | None = None  # a cheap test before the pattern: words it needs
    action: str = "fact"
    kind: ActKind | None = None  # required of a fact shape
    status: StatusRule = "pre"
    person: PersonRule = "names"
    mode: str | None = None  # only inside a list of this act
    then: Then = "reset"
    on_fail: OnFail = "continue"
    require: frozenset[str] = frozenset()
    skip_pre: re.Pattern[str] | None = None
    skip_text: re.Pattern[str] | None = None  # the sentence must not contain this
    skip_clause: re.Pattern[str] | None = None  # the clause must not contain this
    skip_context: re.Pattern[str] | None = None  # "the sentence before⏎this sentence" must not match this
    extra: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    extra_groups: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    date: DateRule = "auto"
    names: NameRule = "slot"  # trailing: the valid names that end the slot
    delimited: bool = False  # the slot sits between a verb and 为/辞去/同志: plausible names pass
    need_text: re.Pattern[str] | None = None  # the sentence must contain this (当选 …)
    aside: re.Pattern[str] | None = None  # a clause opening with this names its person aside (接替…的B): the clauses after keep theirs
    examples: tuple[Example, ...] = ()
    negatives: tuple[str, ...] = ()
    lead: bool = False  # the pattern opens with a lazy ".*?" ({PRE}): a match, if any, starts at 0
    trigger_words: tuple[str, ...] | None = None  # the trigger when it is plain words (a|b|c)

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern. Compiled on first use, not at load: a run reads with the shapes
        its clauses trigger (compiling all ~60 took ~0.06 s per process); :func:`_shape` checked
        the pattern at load when asked, and the tests compile every shape."""
        try:
            return re.compile(self.pattern)
        except re.error as exc:
            raise KgError(f"kg/data/act_shapes.yaml: shape {self.id}: bad pattern ({exc})") from exc

    def triggered(self, text: str) -> bool:
        """Whether ``text`` has the trigger (always, without one); plain words are looked up
        with ``in``, a few times cheaper than a search on a short clause."""
        if self.trigger_words is not None:
            for word in self.trigger_words:
                if word in text:
                    return True
            return False
        return self.trigger is None or self.trigger.search(text) is not None

    def search(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)``, in linear rather than quadratic time where the pattern opens
        with {PRE}: a match starting later would also match from 0 (the lazy ".*?" takes the
        characters before it), so the leftmost match is the one at 0 — unless a line break,
        which "." does not cross, stands before it."""
        if self.lead and "\n" not in text:
            return self.regex.match(text)
        return self.regex.search(text)


def expand(pattern: str) -> str:
    """The pattern with its slots ({PRE}, {NAMES}, {NAME}) replaced by their expressions."""
    for slot, expr in SLOTS.items():
        pattern = pattern.replace(slot, expr)
    return pattern


def _choice(spec: dict[str, Any], key: str, allowed: tuple[C, ...], default: C, where: str) -> C:
    value: C = spec.get(key, default)
    if value not in allowed:
        raise KgError(f"{where}: {key} must be one of {', '.join(allowed)}, got {value!r}")
    return value


def _shape(spec: dict[str, Any], n: int, *, lazy: bool = False) -> Shape:
    """One shape, checked; with ``lazy`` its pattern is compiled on first use (Shape.regex)."""
    where = f"kg/data/act_shapes.yaml: shape {n} ({spec.get('id', '?')})"
    known = {"id", "scope", "pattern", "action", "kind", "status", "person", "mode", "then", "on_fail", "require",
             "skip_pre", "skip_text", "extra", "extra_groups", "date", "examples", "negatives", "names",
             "need_text", "delimited", "skip_clause", "skip_context", "trigger", "aside"}
    unknown = set(spec) - known
    if unknown:
        raise KgError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    if not spec.get("id") or not spec.get("pattern"):
        raise KgError(f"{where}: id and pattern are required")
    action = _choice(spec, "action", ACTIONS, "fact", where)
    kind = spec.get("kind")
    if (action == "fact" or kind is not None) and kind not in ACT_KINDS:
        raise KgError(f"{where}: kind must be one of {', '.join(ACT_KINDS)}, got {kind!r}")
    marks = dict(spec.get("extra") or {})
    for key, value in marks.items():
        want = MARKS.get(LEGACY_KEYS.get(key) or key)
        if want is not None and not isinstance(value, want):
            raise KgError(f"{where}: extra {key} must be {want.__name__}, got {value!r}")
    groups = dict(spec.get("extra_groups") or {})
    for key in groups.values():
        want = MARKS.get(LEGACY_KEYS.get(key) or key)
        if want is not None and want is not str:
            raise KgError(f"{where}: extra_groups give text; {key} is {want.__name__}")
    pattern = expand(spec["pattern"])
    lead = pattern.startswith(("(?P<pre>.*?)", "(?P<pre>^|.*?"))
    regex = None
    if not lazy:
        try:
            regex = re.compile(pattern)
        except re.error as exc:
            raise KgError(f"{where}: bad pattern ({exc})") from exc
    own_posts = spec.get("names") == "post_items"  # each item of the names slot carries its post
    if action in ("fact", "person", "vacated") and not own_posts \
            and ("posts" not in regex.groupindex if regex else "(?P<posts>" not in pattern):
        raise KgError(f"{where}: the pattern needs a (?P<posts>…) group")
    require = frozenset(spec.get("require", []))
    if require - set(REQUIRES):
        raise KgError(f"{where}: require accepts {', '.join(REQUIRES)}")
    examples = tuple(
        Example(e["text"], e.get("jurisdiction"), tuple(e.get("facts", []))) for e in spec.get("examples", [])
    )
    shape = Shape(
        trigger=re.compile(spec["trigger"]) if spec.get("trigger") else None,
        id=spec["id"], scope=_choice(spec, "scope", SCOPES, "clause", where), pattern=pattern,
        action=action, kind=kind,
        status=_choice(spec, "status", STATUS_RULES, "pre", where),
        person=_choice(spec, "person", PERSON_RULES, "names", where),
        mode=spec.get("mode"), then=_choice(spec, "then", THENS, "reset", where),
        on_fail=_choice(spec, "on_fail", ON_FAILS, "continue", where),
        require=require,
        skip_pre=re.compile(spec["skip_pre"]) if spec.get("skip_pre") else None,
        skip_text=_skip(spec["skip_text"]) if spec.get("skip_text") else None,
        skip_clause=re.compile(spec["skip_clause"]) if spec.get("skip_clause") else None,
        skip_context=re.compile(spec["skip_context"]) if spec.get("skip_context") else None,
        extra=marks, extra_groups=groups,
        date=_choice(spec, "date", DATE_RULES, "auto", where),
        names=_choice(spec, "names", NAME_RULES, "slot", where),
        need_text=re.compile(spec["need_text"]) if spec.get("need_text") else None,
        aside=re.compile(spec["aside"]) if spec.get("aside") else None,
        delimited=bool(spec.get("delimited", False)),
        examples=examples, negatives=tuple(spec.get("negatives", [])), lead=lead,
        trigger_words=tuple(spec["trigger"].split("|")) if _PLAIN_WORDS.fullmatch(spec.get("trigger") or "") else None,
    )
    if regex is not None:
        shape.__dict__["regex"] = regex  # (Shape.regex caches there)
    return shape


_PLAIN_WORDS = re.compile(r"[^\\.^$*+?{}\[\]()|]+(?:\|[^\\.^$*+?{}\[\]()|]+)*")  # words and | only


@lru_cache(maxsize=1)
def shapes() -> tuple[Shape, ...]:
    """Every shape of kg/data/act_shapes.yaml, in order, checked and compiled."""
    data = load_yaml("act_shapes.yaml")  # (parsed once per content: kg.datafiles)
    found = tuple(_shape(spec, n, lazy=True) for n, spec in enumerate(data["shapes"], 1))
    ids = [s.id for s in found]
    if len(ids) != len(set(ids)):
        raise KgError("kg/data/act_shapes.yaml: shape ids must be unique")
    return found


@lru_cache(maxsize=None)
def shape(shape_id: str) -> Shape:
    """The shape of kg/data/act_shapes.yaml with this id (KeyError when there is none)."""
    return {s.id: s for s in shapes()}[shape_id]


@lru_cache(maxsize=1)
def clause_shapes() -> tuple[Shape, ...]:
    return tuple(s for s in shapes() if s.scope == "clause")


@lru_cache(maxsize=1)
def sentence_shapes() -> tuple[Shape, ...]:
    return tuple(s for s in shapes() if s.scope == "sentence")


@lru_cache(maxsize=1)
def sentence_trigger() -> re.Pattern[str] | None:
    """Words one of which every triggered sentence shape needs (None when one has no trigger):
    a sentence without any tries none of them (most sentences: one search, not ~13 tests)."""
    found = sentence_shapes()
    if any(s.trigger is None for s in found):
        return None
    words = {w for s in found for w in s.trigger_words or ()}
    minimal = sorted(w for w in words if not any(o != w and o in w for o in words))
    other = [f"(?:{s.trigger.pattern})" for s in found if s.trigger_words is None and s.trigger]
    return re.compile("|".join([*map(re.escape, minimal), *dict.fromkeys(other)]))


@dataclass(frozen=True)
class Trigger:
    """Whether a text holds a trigger: the plain words as one alternation (which the engine
    finds with its skip to their first characters) and each other trigger pattern on its own.
    Written as one alternation, a pattern opening with ^ among the words cost that skip: the
    search was tried at every character (~2.5x slower on sentences)."""

    words: re.Pattern[str] | None
    other: tuple[re.Pattern[str], ...]

    def found(self, text: str) -> bool:
        if self.words is not None and self.words.search(text) is not None:
            return True
        return any(rx.search(text) is not None for rx in self.other)


@lru_cache(maxsize=1)
def any_trigger() -> Trigger | None:
    """Words one of which every act clause contains (None when some shape has no trigger):
    a clause without any is skipped at once."""
    if any(s.trigger is None for s in shapes() if s.scope == "clause"):
        return None
    found = [s for s in shapes() if s.scope == "clause" and s.action != "person" and s.trigger]
    # the same test, written small: plain words once each, and none that holds another (任命
    # is found by 任); a search with ~60 overlapping alternatives was ~15x slower
    words = {w for s in found for w in s.trigger_words or ()}
    minimal = sorted(w for w in words if not any(o != w and o in w for o in words))
    other = dict.fromkeys(s.trigger.pattern for s in found if s.trigger_words is None and s.trigger)
    return Trigger(re.compile("|".join(map(re.escape, minimal))) if minimal else None,
                   tuple(re.compile(p) for p in other))


@lru_cache(maxsize=1)
def _clause_index() -> tuple[tuple[str, ...], dict[str, int], int]:
    """The clause shapes' trigger words that hold no other (任 for 任命, 任免 …), each with the
    bit mask of the shapes (by their index in :func:`clause_shapes`) one of whose trigger words
    holds it, and the mask of the shapes without plain trigger words (always tried)."""
    found = clause_shapes()
    words = {w for s in found for w in s.trigger_words or ()}
    minimal = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
    masks = dict.fromkeys(minimal, 0)
    always = 0
    for i, s in enumerate(found):
        if s.trigger_words is None:
            always |= 1 << i
            continue
        for w in s.trigger_words:
            for m in minimal:
                if m in w:
                    masks[m] |= 1 << i
    return minimal, masks, always


@lru_cache(maxsize=4096)
def _shapes_of(mask: int) -> tuple[Shape, ...]:
    return tuple(s for i, s in enumerate(clause_shapes()) if mask >> i & 1)


def clause_candidates(text: str) -> tuple[Shape, ...]:
    """The clause shapes, in order, that :meth:`Shape.triggered` may accept on ``text``: every
    shape but those whose trigger words are all absent (a word absent when a word it holds is:
    each trigger word holds one of :func:`_clause_index`'s words). The same loop as over
    :func:`clause_shapes`, without testing ~60 shapes on each clause."""
    minimal, masks, mask = _clause_index()
    for m in minimal:
        if m in text:
            mask |= masks[m]
    return _shapes_of(mask)
