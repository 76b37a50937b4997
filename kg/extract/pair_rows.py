"""Roster lines that pair several titles with their holders (issue 9, roster genre, session 19).

Yearbooks, county histories and leadership pages write a roster densely, several posts a line:

- **title-first rows**: ``书记 张建国  副书记 李明华 王立新`` (under a heading naming the body),
  ``县委书记：张建国  县长：李明华``, ``县委组织部 部长 张建国 副部长 李明华`` (the line opens with
  the body its bare titles belong to), names maybe marked ``（女）``, ``（兼）``, ``（挂职）``,
  ``（正处级）`` or a range ``（2015.03—）``;
- **name-first rows**: ``张建国 县委书记 李明华 县长`` (every post written with its body);
- **runs of title+name clauses** in a sentence: ``县委书记张建国，组织部长李明华，…，县长赵一鸣，
  公安局长钱多多`` — a bare title takes the body of the post before it when that body has it
  (副主任 after 县政府办公室主任), a party department (组织部长) the party committee of the run, a
  bureau (公安局长) the government of the run's place; ``后换X`` names the next holder of the post
  before; a division of work may follow the name (``副主任李明华同志分管文秘科工作``);
- **a body's departments each with its head**: ``宣传部，部长张建国，下设编辑股。``

Every row is read whole or not at all: a token that is neither a name, a title nor a body, a
bracket that says something else than the marks of kg/data/pair_rows.yaml, or an act word in the
line (拟任, 选举, 任命 …) leaves the line to the other readers. Holds are dated by the document.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from kg import fast_re
from kg import titles as T
from kg.datafiles import load_yaml
from kg.extract.holds import Post, canonical, make_fact, parse_post
from kg.extract.lines import lines
from kg.extract.posts import PostMarks, parse_posts
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.names import clean_name, is_person_name

HAN = "\u4e00-\u9fff"
GAP = "[ \t\u3000]"
# a token of a roster line: a run without separators, a bracket kept with the word it follows
TOKEN_RE = re.compile(r"[^\s\u3000：:、，,；;。（()）|]+(?:[（(][^（）()\n]{0,30}[)）])*")
NUMBER_LEAD_RE = re.compile(r"^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）])")
GLUED_TENURE_RE = re.compile(rf"^(?P<word>[{HAN}]{{2,12}}?)(?P<range>\d{{4}}(?:[.．]\d{{1,2}})?[ \u3000]*[-—–~～至].*)$")
MARKS_RE = re.compile(r"^(?P<word>[^（()）]+?)(?P<marks>(?:[（(][^（）()]*[)）])*)$")
BRACKET_RE = re.compile(r"[（(]([^（）()]*)[)）]")
# an order note in a label (副县长（以姓氏笔画为序）)
# (or the count of its holders: 全国政协副主席(24) | 张庆黎 刘奇葆 …, session 25)
# a row's number before its label ("一、书记：张玺（1949.5-1952.11）", "（二）省长：…", "3. 县长："; session 31)
LABEL_NUM_RE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、．.])\s*")
# a list of a place's past holders of some posts: "河南省历任省委书记、省长大盘点", "历届县长名单"
HOLDERS_HEAD_RE = re.compile(rf"(?P<place>[{HAN}]{{2,12}}?)?(?:历任|历届|歷任|歷屆)(?P<posts>[{HAN}、]{{2,30}}?)"
                             r"(?:名单|名錄|名录|一览|一覽|大盘点|盘点|列表|简介|$|[(（，,。:：\s])")
ORDER_NOTE_RE = re.compile(r"[（(](?:[^（）()]{0,4}(?:笔画|笔划|筆畫|为序|排序|排列)[^（）()]{0,4}|\d{1,3}(?:人|名|位)?)[)）]")
# the ending of a body's name a line may open with (县委组织部, 县财政局, 宣传部)
BODY_END_RE = re.compile(r"(?:委员会|政府|党委|部|局|厅|办公室|办|委|院|所|科|室|处|中心|署|会)$")
YM = r"(\d{4})(?:\s*[.．/年-]\s*(\d{1,2})月?)?"
MONTH_MARK_RE = re.compile(r"^(?=[^年]*月)(?:至|自|[—–\-~～])?\d{1,2}(?:月(?:份)?)?(?:[—–\-~～至到]+(?:\d{1,2}月)?)?"
                           r"(?:任|任职|起|至今|调离|离任|免|免职|调入|到任|止|卸任)?$")  # 至3月, 3月任, 1—8月, 8月—, 5月免
SINCE_MARK_RE = re.compile(r"^(\d{4})[年.．](?:(\d{1,2})月?)?(?:任职|任|起|到任|至今|[～~\-—–])$")
UNTIL_MARK_RE = re.compile(r"^(?:[～~\-—–至]\s*(\d{4})[年.．]?(?:(\d{1,2})月?)?|(\d{4})[年.．](?:(\d{1,2})月?)?(?:免|免职|离任|调离|止|卸任))$")
RANGE_RE = re.compile(rf"^{YM}\s*(?:[—–~～至到-]+|－)\s*(?:{YM}|至今|今|现在)?$")
# clause shapes of a run: a title+name pair glued, "同志" and a division of work maybe after it
NAME_END = rf"[{HAN}]{{2,4}}"
# (one regex pass over the text finds the sentences worth reading: two pairs at least)
PAIR_HINT_RE = re.compile(rf"(?:长|书记|主任|主席|委员|常委|部长|局长|科长|专员|秘书)[{HAN}]{{2,4}}(?:同志)?(?=[，,；;。、\n]|$|(?:同志)?(?:主持|负责|分管|协管|协助|联系|主管))")
FORMER_LEADS = ("原", "前", "时任", "曾任", "现任", "历任", "后任", "新任", "拟任")
SENTENCE_END_RE = re.compile(r"[。\n]")
LEVEL_RE = re.compile(r"^(?:省|市|县|区|州|盟|旗|镇|乡|自治区|自治州|自治县|地)")


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("pair_rows.yaml") or {}


@lru_cache(maxsize=1)
def _act_re() -> re.Pattern:
    return re.compile("|".join(map(re.escape, _data().get("act_words") or ["(?!)"])))


@lru_cache(maxsize=1)
def _duty_words() -> tuple[str, ...]:
    from kg.extract.leadership import _data as leadership_data

    return tuple(leadership_data().get("duty_words") or ())


_STARTS: list[Any] = [None, None]


def _line_starts(text: str) -> list[int]:
    """The offsets of the lines of ``text`` (kept for the last text: the readers share them)."""
    if _STARTS[0] is not text:
        _STARTS[0], _STARTS[1] = text, [p for p, _ in lines(text)]
    starts: list[int] = _STARTS[1]
    return starts


def _windows(doc: Document, hint: re.Pattern, before: int, after: int = 0):
    """(pos, line, fresh) of the lines within ``before`` lines above or ``after`` below a line where
    ``hint`` matches (one compiled pass over the text: a reader looks at those lines only); ``fresh``
    when the line does not follow the one yielded before (a reader's heading state starts again)."""
    hits = _hint_starts(doc.text, hint)
    if not hits:
        return
    rows = lines(doc.text)
    starts = _line_starts(doc.text)
    wanted: list[tuple[int, int]] = []
    for h in hits:
        i = bisect.bisect_right(starts, h) - 1
        a, b = max(0, i - before), min(len(rows) - 1, i + after)
        if wanted and a <= wanted[-1][1] + 1:
            wanted[-1] = (wanted[-1][0], max(wanted[-1][1], b))
        else:
            wanted.append((a, b))
    for a, b in wanted:
        for i in range(a, b + 1):
            yield rows[i][0], rows[i][1], i == a


def _hit_lines(doc: Document, hint: re.Pattern) -> set[int]:
    """The offsets of the lines where ``hint`` matches (after a :func:`_windows` pass of the same hint)."""
    starts = _line_starts(doc.text)
    return {starts[bisect.bisect_right(starts, at) - 1] for at in _hint_starts(doc.text, hint)}


_HINTS: list[Any] = [None, {}]  # the last text searched, and where each hint matches in it


def _hint_starts(text: str, hint: re.Pattern) -> list[int]:
    """Where ``hint`` matches in ``text``, found once per text (_hit_lines and _windows of a reader
    ask for the same hint)."""
    if _HINTS[0] is not text:
        _HINTS[0], _HINTS[1] = text, {}
    found = _HINTS[1].get(hint)
    if found is None:
        found = _HINTS[1][hint] = _line_hint_starts(text) if hint is LINE_HINT_RE \
            else [m.start() for m in fast_re.finditer(hint, text)]
    return found


def _line_hint_starts(text: str) -> list[int]:
    """Where LINE_HINT_RE matches (``finditer``): its first branch searched on its own, its whole-line
    branches tried only at the starts of lines of at most 21 characters but spaces (what they hold),
    merged as the one search reads them — a line the whole-line branches take, when the first
    branch does not match at its start, is one match (the first branch's inside it are never tried);
    no match runs over a line break."""
    marks = [m.start() for m in _LINE_HINT_MARK.finditer(text)]
    rows = [(p, p + len(line)) for p, line in lines(text)
            if (len(line) <= _LINE_HINT_ROW_CHARS
                or len(line) - line.count(" ") - line.count("\t") - line.count("\u3000") <= _LINE_HINT_ROW_CHARS)
            and _LINE_HINT_ROW.match(text, p) is not None]
    if not rows:
        return marks
    at_marks = set(marks)
    taken = [(p, end) for p, end in rows if p not in at_marks]
    starts = [p for p, _ in taken]
    kept = [q for q in marks if not ((i := bisect.bisect_right(starts, q) - 1) >= 0 and q < taken[i][1])]
    return sorted(kept + starts)


# ---------------------------------------------------------------- tokens of a roster line

class _Name:
    def __init__(self, name: str, marks: PostMarks, start: str | None, end: str | None) -> None:
        self.name, self.marks, self.start, self.end = name, marks, start, end
        self.executive = False  # （常务） after a deputy's name: 副县长 → 常务副县长
        self.noted = False  # a bracket of posts after the name (_name_noted): the mention readers read it


def _start_end(m: re.Match[str] | None) -> tuple[str | None, str | None] | None:
    """(start, end) of a range matched as (year, month, end year, end month); None without a
    match, when a date does not read, or when the range runs backwards."""
    from kg.dates import iso

    if not m:
        return None
    start = iso(m.group(1), m.group(2))
    end = iso(m.group(3), m.group(4)) if m.group(3) else None
    if not start or (m.group(3) and not end) or (end and end < start):
        return None
    return start, end


def _range(text: str) -> tuple[str | None, str | None] | None:
    m = RANGE_RE.match(text.strip())
    return _start_end(m)


def _mark(text: str, marks: PostMarks) -> tuple[PostMarks, tuple[str | None, str | None] | None] | None:
    """What one bracket after a name says: a mark, a rank, a range — None for anything else."""
    words = _data().get("name_marks") or {}
    out = marks
    when = None
    for part in re.split(r"[，,、]", text):
        part = part.strip()
        if not part or part in (words.get("ignored") or ()) or (part.endswith("族") and len(part) <= 6):
            continue
        if part in (words.get("concurrent") or ()):
            out = replace(out, concurrent=True)
        elif part in (words.get("secondment") or ()):
            out = replace(out, secondment=True)
        elif part in (words.get("acting") or ()):
            out = replace(out, acting=True)
        elif T.is_rank(part):
            out = replace(out, rank=part)
        elif (r := _range(part)) is not None:
            when = r
        elif MONTH_MARK_RE.match(part):
            continue  # 至3月 / 3月任: a yearbook's months (its year is the book's): the holding stands
        elif (t := SINCE_MARK_RE.match(part)) is not None:
            from kg.dates import iso

            when = (iso(t.group(1), t.group(2)), None)  # 2019年5月任职, 2019.03～: the start
        elif (t := UNTIL_MARK_RE.match(part)) is not None:
            from kg.dates import iso

            when = (None, iso(t.group(1) or t.group(3), t.group(2) or t.group(4)))  # ～2019.03, 2019年3月免: the end
        else:
            return None
    return out, when


def split_run(text: str, count: int | None = None) -> list[str] | None:
    """Names a page wrote run together with no separator ("李立三马叙伦陈劭先", a list of members
    whose gaps a copy lost): the likeliest cut into names of two or three characters (four with a
    compound surname), each opening with a surname of kg/data/surnames.txt and a name by
    kg.names.is_person_name as a list row reads one. Each cut is scored by how common its names'
    surnames are (the file's order) and how few two-character names it has; the best is taken only
    when it is clearly better than the next (RUN_MARGIN): "董必武陈云郭沫若" cuts 董必武 + 陈云 rather
    than 董必 + 武陈云; a close second leaves the run unread (precision first). Three names at least
    (two names cut prose as often: 王永 + 康出席), or ``count`` of them (two at least) when the text
    gives their number (副省长(7) 程晓波张锦刚 赵金云 …); no character of a post, a body or prose
    (RUN_NOT_NAMES_RE), and 于 / 和 / 从 / 在 inside a name only at a cost (于立军, 蔡蹈和, 梁从学, 李在藻:
    毕业于 is prose). A run with a mark ("吴光（女）") is cut at the mark by the caller."""
    if not (5 if count is None else 4) <= len(text) <= 45 or not re.fullmatch(f"[{HAN}]+", text) or RUN_NOT_NAMES_RE.search(text) \
            or RUN_PROSE_RE.search(text):
        return None
    # best[i]: the cheapest cuts of text[i:] as (cost, names), at most RUN_KEEP of them
    best: dict[int, list[tuple[float, list[str]]]] = {len(text): [(0.0, [])]}
    for i in range(len(text) - 2, -1, -1):
        found: list[tuple[float, list[str]]] = []
        for k in (2, 3, 4):
            piece = text[i:i + k]
            cost = _run_piece_cost(piece) if len(piece) == k and i + k in best else None
            if cost is not None:
                found.extend((cost + c, [piece, *rest]) for c, rest in best[i + k])
        if found:
            best[i] = sorted(found, key=lambda x: x[0])[:RUN_KEEP]
    got = [c for c in best.get(0, []) if len(c[1]) >= (3 if count is None else 2) and (count is None or len(c[1]) == count)]
    if not got or (len(got) > 1 and got[1][0] - got[0][0] < RUN_MARGIN):
        return None
    return got[0][1]


def _expand_runs(toks: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The tokens of a row with each run of names a copy wrote together ("朱雨江余立奎余亚农吴光（女）")
    cut into its names (split_run), a mark after the run kept with its last name; other tokens as
    they are."""
    out: list[tuple[str, int, int, str]] = []
    wanted = _count_wanted(toks)
    for tok, a, b, sep in toks:
        m = MARKS_RE.match(tok)
        run = split_run(m.group("word"), wanted) if m is not None and len(m.group("word")) >= (4 if wanted else 5) \
            and _name(tok) is None else None
        if run is None or m is None:
            out.append((tok, a, b, sep))
            continue
        at = a
        for i, x in enumerate(run):
            last = i == len(run) - 1
            out.append((x + (m.group("marks") if last else ""), at, b if last else at + len(x), sep if i == 0 else ""))
            at += len(x)
    return out


LABEL_COUNT_RE = re.compile(r"[（(](\d{1,3})(?:人|名|位)?[)）]$")


def _count_wanted(toks: list[tuple[str, int, int, str]]) -> int | None:
    """How many names the one run of a row must cut into when its label gives the count of its
    holders ("副省长(7) 程晓波张锦刚 赵金云 …": 7 names, 5 written apart, so the run is 2), else None."""
    if len(toks) < 2 or (c := LABEL_COUNT_RE.search(toks[0][0])) is None:
        return None
    rest = [_name(t[0]) is not None for t in toks[1:]]
    if rest.count(False) != 1:
        return None
    wanted = int(c.group(1)) - rest.count(True)
    return wanted if wanted >= 2 else None


# words of a report a run of names never holds (张华王强李明参加: no 明参加)
RUN_PROSE_RE = re.compile("参加|出席|主持|讲话|会见|考察|调研|陪同|看望|慰问|召开|举行|表示|指出|强调|要求|介绍|汇报|听取|"
                          "视察|检查|带领|率领|率队|一行|同志|等人|毕业|出生|担任|当选|兼任|分管|负责|工作|参会|列席|发言")
RUN_MARGIN = 2.0  # how much likelier (log-rank points) the best cut must be than the next
RUN_KEEP = 4
SOFT_IN_NAME = frozenset("于和从在")  # prose characters that do stand in names, at RUN_SOFT_COST each
RUN_SOFT_COST = 2.5
RUN_TWO_COST = 1.0  # a two-character name (most names of a roster have three)


@lru_cache(maxsize=1)
def _surname_rank() -> dict[str, int]:
    from importlib import resources

    text = resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    rank: dict[str, int] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rank.setdefault(line.strip(), len(rank))
    return rank


@lru_cache(maxsize=8192)
def _run_piece_cost(piece: str) -> float | None:
    """The cost of reading ``piece`` as one name of a run (None: no name): the log of its
    surname's rank, more for a two-character name and for a prose character inside it."""
    import math

    from kg.names import not_names

    rank = _surname_rank()
    head = piece[:2] if len(piece) >= 3 and piece[:2] in rank else piece[0]
    if head not in rank or (len(piece) == 4 and len(head) != 2) or piece in not_names() \
            or (piece[0] in SOFT_IN_NAME and piece[0] != "于"):
        return None  # (和 / 从 / 在 open no name of a run: 李明和王强 is no 和王)
    soft = sum(ch in SOFT_IN_NAME for ch in piece[len(head):])
    plain = "".join(ch if ch not in SOFT_IN_NAME else "明" for ch in piece)  # (is_person_name refuses them anywhere)
    if not is_person_name(plain, delimited=True):
        return None
    return math.log(rank[head] + 2) + RUN_TWO_COST * (len(piece) == 2) + RUN_SOFT_COST * soft


# characters of posts, bodies and prose that a run of names never holds (云南省委原书记秦光荣, 圆满完成各项议程)
RUN_NOT_NAMES_RE = re.compile("[省市州县区镇乡村委党政府厅局署院办议职任记届法官网的了着过是与及对把被向到成完各项"
                              "縣區鎮鄉黨廳處辦議職記屆網為與對過項]")


def _name(token: str) -> _Name | None:
    if len(token) > 40 or not ("\u4e00" <= token[0] <= "\u9fff"):
        return None
    m = MARKS_RE.match(token)
    if not m:
        return None
    word = m.group("word")
    for honour in _data().get("honours") or ():
        if word.endswith(honour) and len(word) > len(honour) + 1:
            word = word[: -len(honour)]
            break
    name = clean_name(word)
    if not (2 <= len(name) <= 4 or "·" in name) or not is_person_name(name, delimited=True):
        return None
    if name.count("·") > 1:
        return None  # transliterated names run together (帕巴拉·格列朗杰阿沛·阿旺晋美): not one name
    if parse_post(name) is not None:
        return None
    marks, when, executive = PostMarks(), None, False
    for b in BRACKET_RE.finditer(m.group("marks")):
        inner = b.group(1)
        if re.fullmatch(r"常务(?:[，,、].*)?", inner):
            executive, inner = True, re.sub(r"^常务[，,、]?", "", inner)
        got = _mark(inner, marks)
        if got is None:
            return None
        marks, w = got
        when = w or when
    out = _Name(name, marks, *(when or (None, None)))
    out.executive = executive
    return out


def _tokens(line: str) -> list[tuple[str, int, int, str]]:
    """(token, start, end, separator before it) of a roster line; single characters a gap
    separates are joined (王  俊: a two-character name padded to three)."""
    out: list[tuple[str, int, int, str]] = []
    at = 0
    for m in TOKEN_RE.finditer(line):
        sep = line[at:m.start()]
        at = m.end()
        tok = m.group()
        if (num := NUMBER_LEAD_RE.match(tok)) is not None and len(tok) > num.end():
            tok = tok[num.end():]  # "1.张建国", "（2）李明华": an item's number
            m_start = m.start() + num.end()
        else:
            m_start = m.start()
        if (out and len(tok) == 1 and len(out[-1][0]) == 1 and not sep.strip()
                and re.fullmatch(f"[{HAN}]", tok) and re.fullmatch(f"[{HAN}]", out[-1][0])):
            prev = out.pop()
            out.append((prev[0] + tok, prev[1], m.end(), prev[3]))
            continue
        glued = GLUED_TENURE_RE.match(tok)
        if glued is not None:  # "张建国1949.10-1952.3", "县委书记1949.10—1952.3": the cell and its tenure
            cut = m_start + glued.end("word")
            out.append((glued.group("word"), m_start, cut, sep))
            out.append((tok[glued.end("word"):], cut, m.end(), ""))
            continue
        out.append((tok, m_start, m.end(), sep))
    tail = line[at:].strip()
    if tail and tail not in ("。", "；", ";", "|", "｜"):
        return []
    return out


# ---------------------------------------------------------------- posts of a label

def _fits(title: str, org: str) -> bool:
    """Whether a bare ``title`` can be a post of ``org`` (a canonical name)."""
    from kg.extract.leadership import body_titles

    if title in body_titles(org):
        return True
    if title in PARTY_OF_BODY and BODY_END_RE.search(org) and not org.startswith("中共"):
        return True  # 淳安县财政局领导班子 / 党组书记、局长：王强: the body's own 党组 (title 党组书记, org the body)
    info = T.title_info(title)
    if info is None or info.rank:
        return False
    if info.endings:
        return org.endswith(info.endings)
    bodies = (_data().get("bare_title_bodies") or {}).get(info.base) or ()
    return bool(bodies) and org.endswith(tuple(bodies))


def _copy_ctx(heading: "_Ctx | None") -> "_Ctx":
    """A fresh context for one row from the heading's (its body, township, place)."""
    if heading is None:
        return _Ctx()
    ctx = _Ctx(heading.prev, heading.town)
    ctx.place, ctx.held = heading.place, heading.held
    return ctx


def _level_body(org_text: str | None) -> str | None:
    m = LEVEL_RE.match(org_text or "")
    return m.group() if m else None


class _Ctx:
    """What a bare title or a department of a row is read against: the post before it (its body
    as written, canonical org or None, title), the row's party committee and the level of its place."""

    def __init__(self, prev: tuple[str, str | None, str | None] | None = None, town: str | None = None) -> None:
        self.prev = prev
        self.party: tuple[str, str | None] | None = None
        self.level: str | None = None
        self.town = town  # a township whose roster this is (千岛湖镇领导班子): its bare 党委书记, 镇长
        self.place: str | None = None  # a place heading the rows (杭州市 over 市委书记　A　市长　B)
        self.held: dict[str, tuple[str, str]] = {}  # title → (body as written, org) a list of past holders names
        if prev is not None:
            self.note(prev[0], prev[1], prev[2])

    def note(self, written: str | None, org: str | None, title: str | None) -> None:
        """The post just read: the body a later bare title may share, the committee, the level."""
        if not written:
            return
        self.prev = (written, org, title)
        if self.party is None and (written.endswith("委") or (org or "").startswith("中共")) \
                and not written.endswith(("部", "局")):
            self.party = (written, org)
        if self.level is None:
            self.level = _level_body(written)


def _resolve(label: str, doc: Document, ctx: _Ctx | None,
             allow_unknown: bool = False) -> list[tuple[Post, str | None]] | None:
    """The posts of a label (、-separated phrases), all or nothing. A bare title belongs to the
    body of the post before it when that body has it (or it is that post's deputy); a department
    (组织部长, 公安局长) to the row's party committee or its place's government. ``allow_unknown``:
    a post of a place kg cannot name (雙山縣, 1944) is kept with no org."""
    from kg.extract.leadership import PARTY_DEPTS
    from kg.extract.mentions import _all_posts

    label = ORDER_NOTE_RE.sub("", label).strip()
    if not label or len(label) > 40:
        return None
    if ctx is not None and ctx.place and ctx.place != doc.jurisdiction:
        doc = replace(doc, jurisdiction=ctx.place)  # the rows of a place's heading are that place's
    found = _all_posts(label, 0, doc)
    if found:
        return list(found)
    if ctx is not None and ctx.town and not label.startswith(ctx.town):
        word = next(w for w in ("街道", "苏木", "镇", "乡") if ctx.town.endswith(w))
        jur = doc.jurisdiction or ""
        # 党委书记 on 千岛湖镇's roster: 千岛湖镇党委书记; 镇党委书记 of the township (a county's township
        # kg's gazetteer does not list: the county's, as kg.extract.infobox reads a township's page)
        inside = replace(doc, jurisdiction=jur + ctx.town) if jur and not jur.endswith(ctx.town) \
            and re.search(r"(?:县|区|旗|市)$", jur) else doc
        for town, where in ((ctx.town, doc), (word, inside)):
            found = _all_posts("、".join(part if part.startswith(word) and town == word else town + part
                                        for part in label.split("、")), 0, where)
            if found:
                return list(found)
    out: list[tuple[Post, str | None]] = []
    for part in label.split("、"):
        if part.strip() in PARTY_OF_BODY and ctx is not None and ctx.prev is not None and ctx.prev[1] is not None \
                and _fits(part.strip(), ctx.prev[1]):
            out.append((Post(part.strip(), ctx.prev[0]), ctx.prev[1]))  # 党委委员 of the heading's 教育局
            continue
        post = parse_post(part.strip())
        if post is None or post.kind != "hold" or len(post.title) < 2:
            return None
        info = T.title_info(post.title)
        if post.org_text is None and ctx is not None and post.title in ctx.held:
            held_body, held_org = ctx.held[post.title]  # 书记 under "河南省历任省委书记、省长": the 省委书记
            out.append((Post(post.title, held_body, marks=post.marks), held_org))
            continue
        if post.org_text is None:
            if allow_unknown and info is not None and info.level and info.body and (ctx is None or ctx.prev is None):
                out.append((post, None))  # 县长 of a county kg cannot name: the title alone
                continue
            if ctx is None or ctx.prev is None or info is None:
                return None
            written, org, before = ctx.prev
            same = before is not None and info.base == (T.title_info(before) or info).base
            if org is not None and (_fits(post.title, org) or same):
                out.append((Post(post.title, written, marks=post.marks), org))
            elif org is None and allow_unknown and (same or (info.endings and written.endswith(info.endings))):
                out.append((Post(post.title, written, marks=post.marks), None))
            else:
                return None
            continue
        org = canonical(post.org_text, doc)
        if org is None and ctx is not None:
            if post.org_text.startswith(PARTY_DEPTS) or post.org_text.endswith("部"):
                if ctx.party is not None and ctx.party[1] is not None:
                    org = canonical(ctx.party[0] + post.org_text, doc)  # 组织部长 → the row's 县委's 组织部
            elif ctx.level and info is not None and info.endings:
                dept = post.org_text if post.org_text.endswith(info.endings) else post.org_text + info.endings[0]
                org = canonical(ctx.level + dept, doc)  # 公安局长 → the row's 县's 公安局
                if org is None and allow_unknown:
                    out.append((Post(post.title, dept, marks=post.marks), None))
                    continue
        if org is None:
            if allow_unknown and info is not None:
                out.append((post, None))  # a place kg cannot name (雙山縣, 1944): the title alone
                continue
            return None
        out.append((post, org))
    return out


def _place_of(org: str | None) -> str:
    """The place part of a canonical org (中共浙江省杭州市委员会 → 浙江省杭州市): a run whose
    placed posts are of two places reads no bare department against either."""
    if not org:
        return ""
    m = re.match(rf"^(?:中共|中国人民政治协商会议)?(?P<place>[{HAN}]*(?:省|自治区|市|州|县|区|盟|旗))", org)
    return m.group("place") if m else org


def _body(token: str, doc: Document) -> tuple[str, str] | None:
    """(as written, org) when a token names a body (县委组织部, 县财政局), not a post."""
    if not BODY_END_RE.search(token) or parse_post(token) is not None or not re.fullmatch(f"[{HAN}]{{2,20}}", token):
        return None
    org = canonical(token, doc)
    return (token, org) if org and (org != token or PLACED_RE.match(org)) else None  # (编辑委员会: no body kg places)


# ---------------------------------------------------------------- rows of a line

def _with_marks(post: Post, name: _Name) -> Post:
    m = post.marks
    marks = replace(m, concurrent=m.concurrent or name.marks.concurrent,
                    secondment=m.secondment or name.marks.secondment,
                    acting=m.acting or name.marks.acting, rank=m.rank or name.marks.rank)
    return replace(post, marks=marks)


def _emit(doc: Document, facts: list[Fact], name: _Name, posts, span, date) -> None:
    if name.executive:  # 副县长　钱七（常务）: the executive deputy
        posts = [(replace(p, title="常务" + p.title) if p.title.startswith("副") and T.title_info("常务" + p.title)
                  else p, o) for p, o in posts]
    for post, org in posts:
        facts.append(make_fact(doc, name.name, _with_marks(post, name), span, org=org, date=date,
                               start=name.start, end=name.end, former=True if name.end else None,
                               notes={"pair_row": True}, resolve_org=False))
    if name.marks.rank:
        facts.append(make_fact(doc, name.name, Post(name.marks.rank, None, kind="rank"), span, date=date,
                               notes={"pair_row": True}))


def _labels_next(toks, i: int) -> bool:
    """Whether token ``i`` is a label: a colon follows it ("县长：李明华")."""
    return i + 1 < len(toks) and any(c in toks[i + 1][3] for c in "：:")


def _looks_label(token: str) -> bool:
    """A cheap test before any lookup: a label ends with a title (县委副书记、县长, 副县长（以姓氏笔画为序）)."""
    return T.ends_with_title(ORDER_NOTE_RE.sub("", token).split("、")[-1])


def _title_first(toks, doc: Document, heading: _Ctx | None, line_at: int, date, line: str = "",
                 unplaced: bool = False, listed: bool = False) -> list[Fact] | None:
    from kg.extract.mentions import _all_posts

    if not _looks_label(toks[0][0]) and not (len(toks) > 2 and _looks_label(toks[1][0])):
        return None  # (most lines: no title where a row's label stands)

    ctx = _copy_ctx(heading)
    i, opened = 0, False
    if (b := _body(toks[0][0], doc)) is not None and len(toks) > 2:
        ctx, i, opened = _Ctx((b[0], b[1], None)), 1, True
    elif len(toks) > 2 and (place := _place_line(toks[0][0], doc.jurisdiction)) is not None:
        ctx, i = _Ctx(), 1  # "建德市　市委书记　王立新　市长　赵一鸣": the posts of the place opening the line
        ctx.place = place
    elif len(toks) > 2 and TOWN_HEAD_RE.match(toks[0][0]) and (town_ctx := _heading(toks[0][0], doc)) is not None \
            and town_ctx.town:
        ctx, i, opened = town_ctx, 1, True  # "千岛湖镇 党委书记 王强 镇长 李明华": the township opening the line
    rows: list[tuple[Any, list[tuple[Post, str | None]], list[tuple[_Name, Any]]]] = []
    contextual = False  # a label read against the heading or the line's body (no other reader's)
    while i < len(toks):
        label = toks[i]
        while i + 1 < len(toks) and "、" in toks[i + 1][3] and _name(toks[i + 1][0]) is None \
                and parse_post(toks[i + 1][0]) is not None:  # 县委副书记、县长: one label of two posts
            i += 1
            label = (label[0] + "、" + toks[i][0], label[1], toks[i][2], label[3])
        posts = _resolve(label[0], doc, ctx, allow_unknown=unplaced)
        if not posts:
            post = parse_post(ORDER_NOTE_RE.sub("", label[0]))
            if post is None or post.kind != "hold" or not rows:
                return None
            posts = []  # a post whose body kg cannot name (局 … 纪委书记): its names are passed over
        else:
            contextual = contextual or not _all_posts(ORDER_NOTE_RE.sub("", label[0]), 0, doc)
        i += 1
        names = []
        while i < len(toks) and not _labels_next(toks, i) and (n := _name(toks[i][0])) is not None:
            names.append((n, toks[i]))
            i += 1
            if i < len(toks) and n.start is None and (when := _tenure(toks[i][0])) is not None:
                n.start, n.end = when  # 张建国　1949.10-1952.3: the name's tenure in the next cell
                names[-1] = (n, (toks[i - 1][0], toks[i - 1][1], toks[i][2], toks[i - 1][3]))
                i += 1
        if not names:
            return None
        rows.append((label, posts, names))
        if not opened and posts:
            last, org = posts[-1]
            ctx.note(last.org_text, org, last.title)
    if len(rows) < 2 and not opened and not contextual and not listed:  # (listed: a row of a list of past holders)
        gap = line[rows[0][0][2]:rows[0][2][0][1][1]] if rows and line else ""
        label0 = rows[0][0]
        padded = label0[2] - label0[1] > len(label0[0]) and any(c in gap for c in "：:")  # 县　长：王　强: a roster's padded label
        if not padded and not WIDE_GAP_RE.search(gap) and not CELL_BORDER_RE.search(gap) and not (len(rows[0][2]) >= 2 and (
                heading is not None or any(c in gap for c in "：:") or all(n.start for n, _t in rows[0][2]))):
            return None  # one label and its name: the other readers' unless a table's wide gap parts them
    facts: list[Fact] = []
    for label, posts, names in rows:
        for n, tok in names:
            _emit(doc, facts, n, posts, (line_at + label[1], line_at + tok[2]), date)
    return facts


BRACKET_ITEM_RE = re.compile(rf"^(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})[（(](?P<posts>[^（）()]{{2,40}})[)）]$")


def _bracket_rows(toks, doc: Document, heading: _Ctx | None, line_at: int, date) -> list[Fact] | None:
    """"张建国（书记）　李明华（副书记）" under 中共淳安县委员会, "县委办公室：张建国（主任）、李明华（副主任）":
    names with their posts in brackets, read against the heading's body or the body opening the
    line; every item or none, two at least (or one after the line's body)."""
    ctx = _copy_ctx(heading)
    i, opened = 0, False
    first = HEADING_TAIL_RE.sub("", toks[0][0]) or toks[0][0]  # 县财政局领导班子成员：A（局长）、B（副局长）
    if (b := _body(first, doc)) is not None and len(toks) > 1:
        ctx, i, opened = _Ctx((b[0], b[1], None)), 1, True
    items: list[tuple[str, list[tuple[Post, str | None]], Any]] = []
    for tok in toks[i:]:
        if items and (b := _body(tok[0], doc)) is not None:
            ctx, opened = _Ctx((b[0], b[1], None)), True  # "…（副主任）县财政局：王立新（局长）": the next body
            continue
        m = BRACKET_ITEM_RE.match(tok[0])
        if m is None or not is_person_name(m.group("name"), delimited=True):
            return None
        posts = _resolve(m.group("posts"), doc, ctx)
        if not posts:
            return None
        items.append((m.group("name"), posts, tok))
    if len(items) < (1 if opened else 2):
        return None
    facts: list[Fact] = []
    for name, posts, tok in items:
        _emit(doc, facts, _Name(name, PostMarks(), None, None), posts, (line_at + tok[1], line_at + tok[2]), date)
    return facts


def _joined_labels(toks):
    """Tokens with posts joined by 、 made one label (张建国　县委副书记、县长 → 张建国 | 县委副书记、县长)."""
    out: list = []
    for tok in toks:
        if out and "、" in tok[3] and _looks_label(tok[0]) and _looks_label(out[-1][0]) and _name(tok[0]) is None:
            prev = out.pop()
            out.append((prev[0] + "、" + tok[0], prev[1], tok[2], prev[3]))
        else:
            out.append(tok)
    return out


def _name_first(toks, doc: Document, heading, line_at: int, date) -> list[Fact] | None:
    """"张建国 县委书记 李明华 县长", "张建国　县委书记　1949.10—1952.3　　李明华　县长　…": every post placed
    by itself (or against the heading), a tenure maybe after it; two holders at least."""
    toks = _joined_labels(toks)
    cells: list[tuple[_Name, Any, Any]] = []
    k = 0
    while k + 1 < len(toks):
        n = _name(toks[k][0])
        if n is None or n.start is not None or not _looks_label(toks[k + 1][0]) or toks[k + 1][3] == "、":
            return None
        end_tok = toks[k + 1]
        k += 2
        if k < len(toks) and (when := _tenure(toks[k][0])) is not None:
            n.start, n.end = when
            end_tok = toks[k]
            k += 1
        cells.append((n, toks[k - 1 - (1 if end_tok is toks[k - 1] and n.start else 0)], end_tok))
    if k != len(toks) or not cells:
        return None
    if len(cells) < 2:  # "王强 局长" under 县财政局: one holder, when only the heading places the post
        from kg.extract.mentions import _all_posts

        if heading is None or heading.prev is None or _all_posts(toks[1][0], 0, doc):
            return None
    facts: list[Fact] = []
    j = 0
    for n, _label_tok, end_tok in cells:
        while toks[j][0] != n.name and _name(toks[j][0]) is None:
            j += 1
        posts = _resolve(toks[j + 1][0], doc, heading)
        if not posts:
            return None
        _emit(doc, facts, n, posts, (line_at + toks[j][1], line_at + end_tok[2]), date)
        j += 3 if n.start is not None else 2
    return facts


ROSTER_HEAD_RE = re.compile(r"(?:领导名录|领导名单|领导班子|班子成员|领导成员|机构领导|领导干部名录|名录)(?:名单)?$")
# a government of a region or time no gazetteer holds, named in full (皖北人民行政公署, 西北行政委员会, 华东军政委员会):
# a heading's body as written (the gold writes it so); a name of four characters at least before its ending
UNPLACED_GOVERNMENT_RE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:(?:人民行政公署|行政公署)(?:委员会)?|行政委员会|军政委员会)")
HEADING_TAIL_RE = re.compile(r"(?:主要)?(?:领导班子成员|领导班子|班子成员|领导成员|领导名单|领导名录|领导信息|领导|组成人员)$")
HEADING_NUM_RE = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[)）])\s*")
# a title's last character, a separator, a name's first (县委书记：张, 书记 张, 县长；李): a row's hint
LINE_HINT_RE = re.compile(r"(?:长|记|任|席|员|委|理|官|监|师)(?:[)）][ \t\u3000、，,]*[\u4e00-\u9fff]|(?:（[^（）\n]{0,12}）)?[ \t\u3000：:；;|｜]+(?:\d{1,2}[.、．])?(?:[\u4e00-\u9fff]|\d{4}[.．]\d)|\d{4}[.．]\d)|(?m:^[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]+[\u4e00-\u9fff、]{0,16}(?:长|记|任|席|员|委|理)[ \t\u3000]*$)|(?m:^[ \t\u3000]*[\u4e00-\u9fff]{1,10}(?:长|记|任|席|员|委|理)[\u4e00-\u9fff]{2,4}[ \t\u3000]*$)")  # (…, or a name-first row: 王强 局长)
# its first branch, which opens with a title's last character (the engine skips to them), and its two
# whole-line branches (a name-first row), which a search of the one pattern tried at every offset;
# a line of those holds at most 21 characters but spaces (_line_hint_starts)
_LINE_HINT_SPLIT = LINE_HINT_RE.pattern.index("|(?m:^")
_LINE_HINT_MARK = re.compile(LINE_HINT_RE.pattern[:_LINE_HINT_SPLIT])
_LINE_HINT_ROW = re.compile(LINE_HINT_RE.pattern[_LINE_HINT_SPLIT + 1:])
_LINE_HINT_ROW_CHARS = 21
SEP_RE = re.compile(r"[ \t\u3000：:；;|｜]|[)）](?=[\u4e00-\u9fff])|[\u4e00-\u9fff]\d{4}[.．]")
PLACE_LINE_RE = re.compile(rf"^[{HAN}]{{2,12}}(?:省|市|州|县|区|盟|旗|自治区)$")
HEADING_END_RE = re.compile(r"(?:委员会|政府|党委|部|局|厅|办公室|办|委|院|所|科|室|处|中心|署|会|政协|人大|领导|班子|成员|名单|名录|信息|组成人员)$")
TOWN_HEAD_RE = re.compile(rf"^(?P<town>[{HAN}]{{1,10}}(?:镇|乡|街道|苏木))$")
WIDE_GAP_RE = re.compile(r"(?:\t|\u3000|  )")
CELL_BORDER_RE = re.compile(r"[|｜]")  # a table row's cell border parts a label from its names as a wide gap does


def _heading(s: str, doc: Document) -> _Ctx | None:
    """The context a heading line gives the rows below it: a body (中共淳安县委员会, 县财政局, 一、县委领导)
    or a township's roster (千岛湖镇领导班子)."""
    if s[:1] in "〔【[" and s[-1:] in "〕】]":
        s = s[1:-1].strip()  # 〔皖北人民行政公署委员会组成人员〕: a yearbook's bracketed heading
    if len(s) <= 14 and TOWN_HEAD_RE.match(s) and doc.jurisdiction \
            and re.search(r"(?:县|区|旗|市)$", doc.jurisdiction):
        s += "领导班子"  # "千岛湖镇" alone over its rows in a county's roster: that township's
    if len(s) > 30 or not (HEADING_END_RE.search(s) or PLACE_LINE_RE.match(s)):
        return None  # (a heading ends with a body's word, a roster's or a place's: most short lines do not)
    found = _heading_of(s, doc.jurisdiction)
    if found is None:
        place = _place_line(s, doc.jurisdiction)
        if place is None:
            return None
        ctx = _Ctx()
        ctx.place = place
        return ctx
    body, town = found
    return _Ctx(body, town=town)


@lru_cache(maxsize=4096)
def _place_line(s: str, jur: str | None) -> str | None:
    """The place a line names alone (杭州市, 宁波市), when kg's gazetteer knows one such place
    (within the document's place, when it has one)."""
    from kg.metadata import _place_names

    if not PLACE_LINE_RE.match(s):
        return None
    words, _ = _place_names()
    found = {p.name for p in words.get(s, []) if not jur or p.name.startswith(jur) or jur.startswith(p.name)}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4096)
def _heading_of(s: str, jur: str | None) -> tuple[tuple[str, str, None] | None, str | None] | None:
    from kg.extract import posts as P
    from kg.extract.leadership import heading_body

    def body_of(text: str) -> tuple[str, str] | None:
        if h := heading_body(text, jur):
            return h
        if not BODY_END_RE.search(text) or parse_post(text) is not None or not re.fullmatch(f"[{HAN}]{{2,20}}", text):
            return None
        org = P.canonical(text, jur)
        if org and (org != text or PLACED_RE.match(org)):
            return text, org
        if UNPLACED_GOVERNMENT_RE.fullmatch(text):
            return text, text  # 皖北人民行政公署, 西北行政委员会: a body of its time kg cannot place, as written (session 26)
        return None

    if h := body_of(s):
        return (h[0], h[1], None), None
    core = HEADING_TAIL_RE.sub("", HEADING_NUM_RE.sub("", s)).strip("：: ")
    if core == s or not core:
        return None
    if h := body_of(core):
        return (h[0], h[1], None), None
    if (t := TOWN_HEAD_RE.match(core)) is not None:
        return None, t.group("town")
    return None


def _lines_read(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading: _Ctx | None = None
    act = _act_re()
    before = ""
    hits = _hit_lines(doc, LINE_HINT_RE)
    cont: tuple[int, list[tuple[Post, str | None]]] | None = None  # (where the next line starts, the last label's posts)
    roster_head = False  # a roster's heading above (领导名录): rows of a place kg cannot name still give their titles
    page_heading: _Ctx | None = None  # the body the page's title names (page_read: asked already)
    page_read = False
    holders: _Ctx | None = None  # the posts a list of past holders names (holders_read: asked already)
    holders_read = False
    for pos, line, fresh in _windows(doc, LINE_HINT_RE, 12, 1):
        if fresh:
            heading, before, roster_head = None, "", False
        s = line.strip()
        if not s:
            cont = None
            continue
        at, last_posts = cont if cont is not None else (-1, [])
        cont = None
        if taken.overlaps((pos, pos + len(line))):
            before = s
            continue  # (a roster row the yearbook reader took: most rows of a yearbook)
        if (h := _heading(s, doc)) is not None:
            heading, before = h, s  # a body over its rows (县委, 县财政局, 千岛湖镇领导班子)
            continue
        if len(s) <= 24 and ROSTER_HEAD_RE.search(s):
            roster_head = True  # 领导名录 / 领导班子成员名单 over its rows
        if pos == at and not PLACE_LINE_RE.match(s) and _place_line(s, doc.jurisdiction) is None \
                and (got := _continued(doc, line, pos, last_posts, date)):
            facts.extend(got[0])
            spans.append(got[1])
            before = s
            continue
        if heading is None and (h := _row_body(s, doc)) is not None:
            heading = h  # "山东省人大常委会主任　王大明" over "副主任　李小红　张三丰": the row's body heads the bare labels below
        if pos not in hits:
            before = s
            continue  # (a line above the rows: only its heading counts)
        if heading is not None and heading.prev is not None and len(s) <= 14 and not SEP_RE.search(s) \
                and not act.search(s) and (got := _glued_row(s, doc, heading, pos + line.index(s), date)):
            facts.extend(got)  # "局长王强" (a padded "局　长　王　强" the normalizer closed up) under 县财政局
            spans.append((pos + line.index(s), pos + line.index(s) + len(s)))
            before = s
            continue
        if len(s) > 200 or not SEP_RE.search(s) or act.search(s) \
                or act.search(before[-40:]):
            before = s
            continue
        before = s
        numbered = LABEL_NUM_RE.match(line.lstrip())
        if numbered:  # "一、书记：张玺（…）": the row's number, blanked (offsets kept)
            cut = len(line) - len(line.lstrip()) + numbered.end()
            line = " " * cut + line[cut:]
        toks = _expand_runs(_tokens(line))  # (副主席 习仲勋张治中马明方…: the names a copy ran together)
        if len(toks) < 2:
            continue
        found = _title_first(toks, doc, heading, pos, date, line)
        if found is None and heading is None and not page_read:
            page_heading, page_read = _page_heading(doc), True  # (read once per document, at the first row that needs it)
        if found is None and heading is None and (page := page_heading) is not None:
            # "主 席 俞正声" / "副主席 杜青林 韩启德 …" far below the page's title "中国人民政治协商会议-wikipedia":
            # the body the page is about heads rows no heading of their own heads (session 26, round 11)
            found = _title_first(toks, doc, page, pos, date, line)
        if found is None and heading is None and not holders_read:
            holders, holders_read = _holders_heading(doc), True
        if found is None and heading is None and (held := holders) is not None:
            # "一、书记：张玺（1949.5-1952.11）" under "河南省历任省委书记、省长大盘点": the posts that heading names
            found = _title_first(toks, doc, held, pos, date, line, listed=True)
        if found is None and doc.jurisdiction is None and (heading is not None or roster_head):
            # a roster of a place kg cannot name (领导名录 / 县委书记 王强 / 县长 李明华): the titles, no org
            found = _title_first(toks, doc, heading, pos, date, line, unplaced=True)
        if found:  # "副局长 李明华（女）" / "张建国": a holder of the last label may wrap to the next line
            last = found[-1]
            cont = (pos + len(line) + 1, [(Post(f.title, f.org_text), f.org) for f in found
                                          if f.title and f.person == last.person and f.source.end == last.source.end])
        if found is None and _name(toks[0][0]) is not None:
            found = _name_first(toks, doc, heading, pos, date)
        if found is None and ("（" in line or "(" in line):
            found = _bracket_rows(toks, doc, heading, pos, date)
        if found:
            facts.extend(found)
            spans.append((pos + toks[0][1], pos + toks[-1][2]))
    return facts, spans


# what a copied encyclopedia page appends to its title (中国人民政治协商会议-wikipedia, 黑龙江省政协检视原始码讨论检视历史)
PAGE_TITLE_TAIL_RE = re.compile(r"\s*(?:[-_—–|｜]\s*)?(?:wikipedia|维基百科|百度百科|互动百科|检视原始码|查看源代码|编辑源代码)[^\n]*$", re.I)


def _page_heading(doc: Document) -> "_Ctx | None":
    """The body a page's title names (its first line, an encyclopedia's tail cut), as a heading of
    the rows no heading of their own heads; None when the title names no body."""
    lead = re.match(r"\s*", doc.text)
    start = lead.end() if lead else 0
    stop = doc.text.find("\n", start)
    first = doc.text[start: stop if stop >= 0 else len(doc.text)]
    title = PAGE_TITLE_TAIL_RE.sub("", first).strip()
    found = _heading(title, doc) if 2 <= len(title) <= 30 else None
    if found is not None and found.prev is None:
        found = None  # (a place or a township alone: the page's title names no body)
    if found is None and 2 <= len(title) <= 30 and re.fullmatch(f"[{HAN}]+", title) and parse_post(title) is None:
        from kg.orgs import parse_org

        info = parse_org(title, doc.jurisdiction)  # 黑龙江省政协 (a title kg's heading test leaves: no body's ending)
        if info is not None and info.jurisdiction is not None and info.type != "jurisdiction":
            found = _Ctx((title, info.name, None))
    return found


def _holders_heading(doc: Document) -> "_Ctx | None":
    """The posts a page's list of past holders names ("新中国成立后，河南省历任省委书记、省长大盘点"), each by
    its title, read against the place written before 历任 (else the document's): the rows under it give
    bare titles (书记：张玺（1949.5-1952.11）). None when no line of the page's first part names such
    a list, or its posts do not all read."""
    head = doc.text[:3000]
    for m in HOLDERS_HEAD_RE.finditer(head):
        place = m.group("place") or ""
        jur = doc.jurisdiction
        if place:
            from kg.orgs import parse_org

            info = parse_org(place[-6:], doc.jurisdiction)
            jur = info.jurisdiction if info is not None and info.type == "jurisdiction" else jur
        found = parse_posts(m.group("posts"), jur)
        if found and all(p.org for p in found) and len({p.title for p in found}) == len(found):
            ctx = _Ctx()
            ctx.held = {p.title: (p.org, p.org) for p in found if p.org}
            return ctx
    return None


def _row_body(s: str, doc: Document) -> _Ctx | None:
    """A line of one post written with its body and one name ("山东省人民代表大会常务委员会主任　王大明",
    the mention readers' fact): the body the bare labels of the next rows belong to (副主任　李小红　张三丰),
    as a heading line would give it (session 22)."""
    toks = _tokens(s) if len(s) <= 40 and not any(c in s for c in "：:") else []  # (a colon's row: a list's line, read apart)
    if len(toks) != 2 or _name(toks[1][0]) is None or (post := parse_post(toks[0][0])) is None or not post.org_text:
        return None
    body = _body(post.org_text, doc)
    return _Ctx((body[0], body[1], None)) if body is not None else None


def _glued_row(s: str, doc: Document, heading: _Ctx, at: int, date) -> list[Fact] | None:
    """A label and one name with nothing between them, alone on a line under a body heading ("局长王强":
    the normalizer closes up a padded "局　长　王　强"): the name holds the label read against the
    heading — one way to cut the line only, and only a post the heading places."""
    from kg.extract.mentions import _all_posts

    try:
        written = doc.original[doc.offsets[at]:doc.offsets[at + len(s) - 1] + 1]
    except (IndexError, AttributeError, TypeError):
        return None
    if not re.search(r"[ \t\u3000]", written):
        return None  # written glued ("局长王强讲"): running text, not a padded row
    cuts = []
    for k in range(len(s) - 4, len(s) - 1):
        if k < 2:
            continue
        label, rest = s[:k], s[k:]
        if not _looks_label(label) or _all_posts(label, 0, doc):
            continue
        n = _name(rest)
        posts = _resolve(label, doc, _copy_ctx(heading)) if n is not None else None
        if n is not None and posts:
            cuts.append((n, posts, k))
    if len(cuts) != 1:
        return None
    n, posts, k = cuts[0]
    facts: list[Fact] = []
    _emit(doc, facts, n, posts, (at, at + len(s)), date)
    return facts


TITLED_LIST_RE = re.compile(rf"(?m)^[ \t\u3000]*(?P<head>[{HAN}]{{2,30}}(?:、[{HAN}]{{1,8}})+)名单[ \t\u3000]*$")


def _titled_list(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A list headed by its body and titles ("政务院总理、副总理、政务委员、秘书长名单"), its lines a title
    of the heading and a name ("总理周恩来", "秘书长 李维汉"): that title of the heading's body (no org when
    kg cannot name it); lines of names run together under a title alone are left unread."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "名单" not in doc.text:
        return facts, spans
    act = _act_re()
    for m in TITLED_LIST_RE.finditer(doc.text):
        parts = m.group("head").split("、")
        if act.search(m.group("head")):
            continue
        first = next((parts[0][k:] for k in range(len(parts[0]) - 1) if T.title_info(parts[0][k:]) is not None
                      and k > 0), None)
        if first is None or any(T.title_info(p) is None and not T.ends_with_title(p) for p in parts[1:]):
            continue  # (政务委员: a title the lexicon lacks, written whole in the heading)
        body = parts[0][:-len(first)]
        titles = sorted([first] + parts[1:], key=len, reverse=True)
        org = _placed(body, doc)
        pos = m.end() + 1
        alone: str | None = None  # a title alone on its line, over lines of its holders' names run together
        for _ in range(40):  # the lines below the heading
            end = doc.text.find("\n", pos)
            end = len(doc.text) if end < 0 else end
            line = doc.text[pos:end]
            s = line.strip()
            if s.startswith(("（", "(")) or not s:
                pos = end + 1
                if pos >= len(doc.text):
                    break
                continue  # a bracketed note under an item ((…会议任命)), a blank line
            if (len(s) > 24 and (alone is None or not re.fullmatch(f"[{HAN}]{{25,45}}", s))) or (act.search(s) and len(s) > 6):
                break  # (a short sub-heading, 后任命, goes on with the list)
            title = next((t for t in titles if s.startswith(t)), None)
            rest = s[len(title):].strip(" \t\u3000：:") if title else ""
            n = _name(rest) if rest else None
            run = split_run(s) if alone is not None and title is None else None
            if title is not None and not rest:
                alone = title  # "副总理" / "董必武陈云郭沫若黄炎培": the names below hold it
            elif run is not None:
                title, n = alone, None  # names run together, the one way they cut (split_run)
            elif alone is None or title is not None or not re.fullmatch(f"[{HAN}]{{4,45}}", s) or parse_post(s) is not None:
                alone = None  # (a run that cuts no way or several ways is skipped; the title goes on below it)
            if title is not None and (n is not None or run is not None):
                post = parse_post(title) if T.title_info(title) is not None else Post(title, None)
                at = pos + line.index(s)
                span = (at, at + len(s))
                if post is not None and post.kind == "hold" and not taken.overlaps(span):
                    held = [(n, span)] if n is not None else []
                    off = at
                    for x in run or ():  # each name its own evidence
                        held.append((_Name(x, PostMarks(), None, None), (off, off + len(x))))
                        off += len(x)
                    for one, where in held:
                        _emit(doc, facts, one, [(Post(post.title, body, marks=post.marks), org)], where, date)
                    spans.append(span)
            pos = end + 1
            if pos >= len(doc.text):
                break
    return facts, spans


def _continued(doc: Document, line: str, pos: int, posts: list[tuple[Post, str | None]], date):
    """The names of a line right after a row read title first, nothing else on it ("副局长 李明华（女）" /
    "张建国"): holders of that row's last label — unless a lone label follows (then the name opens a
    name-first run: "张建国" / "县委书记"). (facts, span) or None."""
    toks = _tokens(line)
    names = [_name(t[0]) for t in toks]
    if not toks or not posts or any(n is None for n in names) or not all(NAMES_SEP_RE.match(t[3]) for t in toks[1:]):
        return None
    nxt_at = pos + len(line) + 1
    nxt = doc.text[nxt_at:doc.text.find("\n", nxt_at) if "\n" in doc.text[nxt_at:] else len(doc.text)]
    if nxt.strip() and (LABEL_LINE_RE.fullmatch(nxt) or _looks_label(nxt.strip())):
        return None
    facts: list[Fact] = []
    for n, t in zip(names, toks):
        assert n is not None
        _emit(doc, facts, n, posts, (pos + t[1], pos + t[2]), date)
    return facts, (pos + toks[0][1], pos + toks[-1][2])


# ---------------------------------------------------------------- a label line over a line of names

LABEL_LINE_RE = re.compile(rf"(?m)^[ \t\u3000]*(?:[-•·*▪●][ \t\u3000]*)?[{HAN}][{HAN}、 \u3000]{{0,20}}"
                           rf"(?:长|记|任|席|员|委|理|官|监|师)(?:名单)?[ \t\u3000]*(?:{ORDER_NOTE_RE.pattern})?"
                           rf"[ \t\u3000]*[：:]?[ \t\u3000]*$")  # (an order note: 委员（按姓氏笔画为序）, session 22)
NAMES_SEP_RE = re.compile(r"^[ \t\u3000、，,；;]*$")


def _names_under_labels(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A label alone on its line over lines of names ("副县长" / "李明华　张建国　赵一鸣", names parted by
    gaps or 、, or one a line: "书记" / "王强" under 中共淳安县委员会): each name holds the label's posts,
    read against the heading's body — two names at least, or a label only the heading places (one name
    under a label kg places alone is kg.extract.people_lists'); a line of labels over a line of as many
    names ("县委书记 县长 县人大常委会主任" / "王强 李明华 张建国"): column by column. Nothing after an act
    word, nothing in a run a name opens ("张建国" / "县委书记": people_lists)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading: _Ctx | None = None
    act = _act_re()
    label: tuple[int, list[list[tuple[Post, str | None]]], bool] | None = None  # (offset, posts per column, heading-only)
    names: list[tuple[_Name, int, int]] = []  # the names under a single label: (name, start, end)
    before = ""

    def flush() -> None:
        if label is None or not names or (len(names) < 2 and not label[2]):
            return
        span = (label[0], names[-1][2])
        if taken.overlaps(span):
            return
        for n, a, b in names:
            _emit(doc, facts, n, label[1][0], (a, b), date)
        if any(n.noted for n, _a, _b in names):  # (a name's bracket of posts: left to the mention readers)
            spans.append((label[0], label[0] + 1))
        else:
            spans.append(span)

    for pos, line, fresh in _windows(doc, LABEL_LINE_RE, 12, 6):
        if fresh:
            flush()
            heading, label, names, before = None, None, [], ""
        s = line.strip()
        if not s:
            flush()
            label, names = None, []
            continue
        if label is not None:
            if not names and COUNT_LINE_RE.fullmatch(s):
                continue  # "副书记" / "4" / "嘎玛泽登(藏族,区政府主席)": an infobox's count of the holders below
            toks = _tokens(line)
            # (a name alone on its line may carry a bracket of posts: 嘎玛泽登(藏族,区政府主席))
            got = [(_name(t[0]) or _name_noted(t[0])) if len(toks) == 1 else _name(t[0]) for t in toks]
            if any(n is None for n in got) and len(label[1]) == 1:
                # "副县长" / "李明华张建国赵一鸣": names a copy ran together, cut the likeliest way (split_run)
                toks = _expand_runs(toks)
                got = [_name(t[0]) for t in toks]
            if toks and all(n is not None for n in got) and all(NAMES_SEP_RE.match(t[3]) for t in toks[1:]):
                if len(label[1]) > 1:  # columns: as many names as labels
                    if len(got) == len(label[1]) and not taken.overlaps((label[0], pos + toks[-1][2])):
                        for n, t, posts in zip(got, toks, label[1]):
                            assert n is not None
                            _emit(doc, facts, n, posts, (pos + t[1], pos + t[2]), date)
                        spans.append((label[0], pos + toks[-1][2]))
                    label, names, before = None, [], s
                    continue
                names.extend((n, pos + t[1], pos + t[2]) for n, t in zip(got, toks) if n is not None)
                before = ""  # (a name under a label: the next label still opens a label-first run)
                continue
            flush()
            label, names = None, []
        if (h := _heading(s, doc)) is not None:
            heading, before = h, s
            continue
        if LABEL_LINE_RE.fullmatch(line) and not act.search(s) and not act.search(before[-40:]) \
                and (not before or _name(re.sub(r"[ \t\u3000]+", "", before)) is None):
            toks = _tokens(ORDER_NOTE_RE.sub("", BULLET_LEAD_RE.sub("", line)).replace("：", " ").replace(":", " "))
            columns: list[list[tuple[Post, str | None]]] = []
            for t in toks:
                lab = t[0][:-2] if len(toks) == 1 and t[0].endswith("名单") else t[0]  # "宜春市人民政府副市长名单" (session 21)
                posts = (_resolve(lab, doc, _copy_ctx(heading)) or []) if _looks_label(lab) else []
                if not posts:
                    columns = []
                    break
                columns.append(posts)
            if columns:
                only_heading = len(columns) == 1 and not _all_posts_of(toks[0][0], doc)
                label = (pos + line.index(s), columns, only_heading)
        before = s
    flush()
    return facts, spans


# a line that counts the holders listed under a label ("4", "14人", "（4人）")
COUNT_LINE_RE = re.compile(r"[（(]?\d{1,3}(?:人|名|位)?[)）]?")


def _name_noted(token: str) -> _Name | None:
    """A name alone on its line with a bracket of marks and posts ("嘎玛泽登(藏族,区政府主席)"): the
    name, for the label above it; the posts in the bracket are the mention readers'. None when a part
    of the bracket is neither a mark nor a post."""
    m = re.fullmatch(r"(?P<word>[^（()）]+)[（(](?P<note>[^（）()]{2,40})[)）]", token)
    if m is None or (n := _name(m.group("word"))) is None:
        return None
    for part in re.split(r"[，,、]", m.group("note")):
        if _mark(part, PostMarks()) is None and parse_post(part.strip()) is None:
            return None
    n.noted = True
    return n


def _all_posts_of(text: str, doc: Document):
    from kg.extract.mentions import _all_posts

    return _all_posts(text, 0, doc)


# ---------------------------------------------------------------- runs of title+name clauses

def _split_pair(clause: str) -> tuple[str, str, int] | None:
    """"组织部长刘德坤" → (label, name, where the name ends); a division of work or 同志 may follow."""
    head = clause
    cut = len(clause)
    for w in ("同志",) + _duty_words():
        k = clause.find(w)
        if 0 < k < cut:
            cut = k
    head = clause[:cut]
    tail = clause[cut:]
    if tail and not (tail.startswith("同志") or tail.startswith(_duty_words())):
        return None
    if tail.startswith("同志") and tail[2:] and not tail[2:].startswith(_duty_words()):
        return None
    more = head.split("、")
    head, more = more[0], more[1:]  # "副局长李明华、王立新": further holders of the same post
    if not all(is_person_name(n, delimited=True) for n in more):
        return None
    found = None
    for k in (2, 3, 4):
        if len(head) <= k + 1:
            break
        label, name = head[:-k], head[-k:]
        if not is_person_name(name, delimited=True):
            continue
        post = parse_post(label)
        if post is None or post.kind != "hold" or not label.endswith(post.title):
            continue
        if found is not None:
            return None  # two readings: leave it
        found = (label, "、".join([name] + more), len(head) + sum(len(n) + 1 for n in more))
    return found


def _runs(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    text = doc.text
    hits = [m.start() for m in fast_re.finditer(PAIR_HINT_RE, text)]
    if len(hits) < 2:
        return facts, spans
    cache: dict = {}
    act = _act_re()
    leads = tuple(_data().get("successor_leads") or ())
    done_until = -1
    rows = lines(text)
    starts = _line_starts(text)
    # a run has two pairs in one sentence at least: a hit with no other in its sentence is passed over
    paired = {h for h, nxt in zip(hits, hits[1:]) if not SENTENCE_END_RE.search(text, h, nxt)}
    paired |= {nxt for h, nxt in zip(hits, hits[1:]) if h in paired}
    for h in hits:
        if h < done_until or h not in paired:
            continue
        s_start = max(text.rfind("。", 0, h), text.rfind("\n", 0, h)) + 1
        ends = [e for e in (text.find("。", h), text.find("\n", h)) if e >= 0]
        s_end = min(ends) if ends else len(text)
        done_until = s_end
        sentence = text[s_start:s_end]
        if act.search(sentence):
            continue
        clauses = [(m.group(), s_start + m.start()) for m in re.finditer(r"[^，,；;：:]+", sentence)]
        run: list[tuple[str, str, int, int]] = []  # (label, name, start, end); label "" = successor
        runs: list[list[tuple[str, str, int, int]]] = []
        bodies: dict[int, _Ctx] = {}  # run index → the body opening it ("；县教育局：局长赵一鸣")
        for clause, at in clauses:
            lead = next((w for w in leads if clause.startswith(w)), None)
            if lead and run and is_person_name(clause[len(lead):], delimited=True):
                run.append(("", clause[len(lead):], at, at + len(clause)))
                continue
            pair = _split_pair(clause)
            if pair is None:
                runs.append(run)
                run = []
                if text[at + len(clause):at + len(clause) + 1] in ("：", ":") \
                        and (b := _body(clause.strip(), doc)) is not None:
                    bodies[len(runs)] = _Ctx((b[0], b[1], None))  # "县财政局：局长王强，…": the body's run
                continue
            run.append((pair[0], pair[1], at, at + pair[2]))
        runs.append(run)
        k = bisect.bisect_right(starts, s_start) - 1  # the line before the sentence's: a heading over it?
        above = next((l.strip() for _p, l in reversed(rows[max(0, k - 2):k]) if l.strip()), "") if k > 0 else ""
        heading = _heading(above, doc) if above and rows[k][0] <= s_start else None
        lead = re.match(r"[ \t\u3000]*([\u4e00-\u9fff]{2,12})[：:]", sentence)
        opener = None
        if lead and (place := _place_line(lead.group(1), doc.jurisdiction)) is not None:
            opener = _Ctx()  # "建德市：市委书记王立新，市长赵一鸣": the place opening the sentence
            opener.place = place
        for k_run, best in enumerate(runs):
            if k_run in bodies and best and all(r[0] for r in best):
                _read_run(doc, best, taken, date, cache, facts, spans, bodies[k_run])  # a body's run: one pair will do
                continue
            if len([r for r in best if r[0]]) >= 2:
                # (the place before the colon is the run's right after it only)
                first = opener if opener is not None and lead and best[0][2] == s_start + lead.end() else heading
                _read_run(doc, best, taken, date, cache, facts, spans, first)
    return facts, spans


def _read_run(doc: Document, run, taken: SpanIndex, date, cache: dict, facts: list[Fact],
              spans: list[tuple[int, int]], heading: _Ctx | None = None) -> None:
    """The posts of one run of title+name clauses (see :func:`_runs`): only those read against
    the run (a bare title, a department, a place kg cannot name) — a post kg places by itself is
    the other readers' (mentions date it by its event)."""
    from kg.extract.mentions import _all_posts, _event_date, _yearbook

    ctx = _copy_ctx(heading)
    run_place = heading.place if heading is not None else None
    at_place = run_place is not None and run_place != doc.jurisdiction
    if at_place:
        doc = replace(doc, jurisdiction=run_place)  # every post of the run is that place's (mentions' would not be)
    placed_all = [_all_posts(label, 0, doc) if label and "兼" not in label else None for label, *_ in run]
    # a run mixing places (省委… 长沙市委书记… 组织部长) reads no bare post against any, nor one
    # whose places are not the document's own (长沙市委书记… 组织部长 in a province's news: the
    # province's 组织部 as like as the city's)
    places = {_place_of(o) for found in placed_all for _p, o in found or ()}
    one_place = len(places) <= 1 and (not places or not doc.jurisdiction or places == {doc.jurisdiction})
    prev_posts = None
    unknown: bool | None = None
    out: list[tuple[str, list, tuple[int, int]]] = []
    for (label, name, a, b), placed in zip(run, placed_all):
        if not label:
            if prev_posts:
                out.append((name, prev_posts, (a, b)))  # 后换X: the next holder of the post before
            continue
        if "兼" in label or label.startswith(FORMER_LEADS):
            prev_posts = None
            continue  # 副主席兼秘书长, 原省委书记: mentions' to read
        alone = placed or _resolve(label, doc, None)
        if unknown is None:  # the run's first post: is its place one kg cannot name (雙山縣委, 1944)?
            first = parse_post(label)
            unknown = bool(first and first.org_text and _level_body(first.org_text)
                           and canonical(first.org_text, doc) is None)
        posts = list(alone) if alone else _resolve(label, doc, ctx if one_place else None,
                                                   allow_unknown=doc.jurisdiction is None or unknown)
        if posts and at_place and any(o is None or _place_of(o) != run_place for _p, o in posts):
            posts = None  # a post kg places above or beside the run's place (市委 in a county): none
        if posts:
            last, org = posts[-1]
            if not alone or at_place:
                out.append((name, posts, (a, b)))
            ctx.note(last.org_text, org, last.title)
        prev_posts = posts
    for names, posts, span in out:
        if taken.overlaps(span):
            continue
        when = (None if _yearbook(doc) else _event_date(doc, span[0], cache)) or date
        for name in names.split("、"):
            _emit(doc, facts, _Name(name, PostMarks(), None, None), posts, span, when)
        spans.append(span)


# ---------------------------------------------------------------- a body's departments, each with its head

DEPT_HEAD_RE = re.compile(rf"(?:^|(?<=[；;。]))[ \t\u3000]*(?P<body>[{HAN}]{{1,12}}(?:部|局|处|科|股|室|所|委员会|办公室))[，,]"
                          rf"(?P<title>[{HAN}]{{1,6}}?(?:长|主任|书记))(?P<name>[{HAN}]{{2,4}})(?=[，,；;。]|$)", re.M)


# "宣传部，部长X" (one pass: a department's last character, a comma, a head's title and name)
DEPT_HINT_RE = re.compile(rf"(?:部|局|处|科|股|室|所|会)[，,](?=[{HAN}]{{0,6}}?(?:长|主任|书记)[{HAN}]{{2,4}}(?:[，,；;。\n]|$))")


def _dept_heads(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"宣传部，部长詹秀德，下设编辑股" — a department opening its line or clause, then its head;
    a party department under a heading naming a party committee is that committee's."""
    from kg.extract.leadership import heading_body

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading = None
    for pos, line, fresh in _windows(doc, DEPT_HINT_RE, 12):
        if fresh:
            heading = None
        s = line.strip()
        if s and len(s) <= 30 and (h := heading_body(s, doc.jurisdiction)):
            heading = h
            continue
        if _act_re().search(line):
            continue
        for m in DEPT_HEAD_RE.finditer(line):
            name, title, body = m.group("name"), m.group("title"), m.group("body")
            info = T.title_info(title)
            if info is None or not info.endings or not body.endswith(info.endings) or not is_person_name(name, delimited=True):
                continue
            span = (pos + m.start("body"), pos + m.end())
            if taken.overlaps(span):
                continue
            org = canonical(body, doc) if LEVEL_RE.match(body) else None
            if org is None and heading is not None and heading[1].startswith("中共"):
                org = canonical(heading[0] + body, doc)  # 组织部 under 中共淳安县委员会
            _emit(doc, facts, _Name(name, PostMarks(), None, None), [(Post(title, body), org)], span, date)
            spans.append(span)
    return facts, spans


# ---------------------------------------------------------------- names with their tenure under a post

PLACED_RE = re.compile(rf"^(?:中共|中国|中华人民共和国|全国|最高|[{HAN}]{{2,8}}?(?:省|自治区)|(?:北京|天津|上海|重庆)市)")
TENURE = r"\d{4}(?:[.．]\d{1,2})?(?:[.．]\d{1,2})?"
# "王振海1949.8-1953.6", "李国庆1952.11---1953.6", "廖鼎琳1950.1—1951.3，（…）", "庞大川1952.7任，（…）",
# "王 诤(1963.5-1967.5)任部长", "贺光华(1967.5-1968.3)(军管会主任)": a name, its tenure, maybe its posts
TENURE_ITEM_RE = re.compile(
    rf"(?<![{HAN}])(?P<name>[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}})[ \u3000]*(?:[（(](?P<jian>兼(?:任)?)?(?P<r1>{TENURE}[ \u3000]*(?:[-—–~～至]+[ \u3000]*(?:{TENURE})?)?)[)）]"
    rf"|(?P<r2>{TENURE}[ \u3000]*(?:[-—–~～至]+[ \u3000]*(?:{TENURE})?|任)))"
    rf"(?:[，,]?[ \u3000]*[（(](?P<posts>[^（）()]{{2,40}})[)）])?(?:任(?P<title>[{HAN}]{{2,8}}?)(?=[ \t\u3000，,。；;]|$|\d{{4}}年))?")
BROKEN_TENURE_RE = re.compile(rf"^[ \u3000]*(?:{TENURE})?[ \u3000]*[)）]")  # the rest of an item broken inside its bracket
# (each branch opens with its own character, so that the engine skips to them: a class or a
# lookahead first made it try every offset)
TENURE_HINT_RE = re.compile(r"\.\d{1,2}[ \u3000]*(?:[-—–~～至]|任)|．\d{1,2}[ \u3000]*(?:[-—–~～至]|任)|（\d{4}|\(\d{4}"
                            r"|第[一二三四五六七八九十\d]{1,3}任")
ORDINAL_HEAD_RE = re.compile(rf"^第[一二三四五六七八九十\d]{{1,3}}任(?P<post>[{HAN}]{{2,12}})$")
BULLET_LEAD_RE = re.compile(r"^[ \t\u3000]*(?:[-•·*▪●][ \t\u3000]*)?")
POST_HEAD_RE = re.compile(rf"^[ \t\u3000]*(?:[-•·*▪●][ \t\u3000]*)?(?P<post>[{HAN}]{{2,12}})[ \t\u3000]*[：:]?[ \t\u3000]*$")
# a body's history heading over its holders: "中共宜都市第一中学总支委员会历任党支部(党总支、党委)书记:" — the
# title after 历任 (the forms the body had, in brackets, dropped) is the body's (session 27, round 12 rosters)
HISTORY_HEAD_RE = re.compile(rf"^[ \t\u3000]*(?P<body>[{HAN}]{{4,30}}?)(?:历任|历届|歷任|歷屆)(?P<post>[{HAN}（）()、]{{2,24}}?)"
                             rf"[ \t\u3000]*[：:][ \t\u3000]*$")


def _placed(org_text: str | None, doc: Document) -> str | None:
    """The canonical org of ``org_text`` when kg places it (never the text given back unplaced)."""
    if not org_text:
        return None
    org = canonical(org_text, doc)
    if org is None or (org == org_text and not PLACED_RE.match(org)):
        return None
    return org


def _tenure(text: str) -> tuple[str | None, str | None] | None:
    m = re.fullmatch(rf"[ \u3000]*(\d{{4}})(?:[.．](\d{{1,2}}))?(?:[.．]\d{{1,2}})?[ \u3000]*(?:(?:[-—–~～至]+)[ \u3000]*(?:(\d{{4}})(?:[.．](\d{{1,2}}))?(?:[.．]\d{{1,2}})?)?|任)?[ \u3000]*", text)
    return _start_end(m)


def _bracket_posts(text: str, doc: Document) -> list[tuple[Post, str | None]] | None:
    """"地委组织部部长,地委副书记兼纪检委书记" → each post with its org (None when kg cannot place
    its body); a bare title is the one its place implies (县长 → the government), else it takes the
    body of the post before it (定县军分区参谋长,副司令员)."""
    from kg.extract.mentions import _all_posts

    out: list[tuple[Post, str | None]] = []
    prev: str | None = None
    for part in re.split(r"[，,、；;]", text):
        for k, piece in enumerate(part.split("兼")):
            piece = piece.strip()
            post = parse_post(piece)
            if post is None or post.kind != "hold" or T.title_info(post.title) is None:
                return None
            org: str | None = None
            if post.org_text is None:
                implied = _all_posts(piece, 0, doc)
                if implied:
                    post, org = replace(implied[0][0], marks=post.marks), implied[0][1]
                elif prev:
                    post = Post(post.title, prev, marks=post.marks)
                    org = _placed(prev, doc)
            else:
                org = _placed(post.org_text, doc)
            if k:
                post = replace(post, marks=replace(post.marks, concurrent=True))
            out.append((post, org))
            prev = post.org_text or prev
    return out or None


def _history_head(m: re.Match[str], doc: Document) -> tuple[Post, str | None] | None:
    """The post a history heading names, held at its body (None when the words after 历任 are no title)."""
    post = parse_post(re.sub(r"[（(][^（）()]*[)）]", "", m.group("post")))
    if post is None or post.kind != "hold" or T.title_info(post.title) is None:
        return None
    title = post.title
    if m.group("body").startswith("中共"):
        title = re.sub(r"^党(?:总支|支部|委)(?=副?书记$)", "", title)  # the committee's own 书记 (holds.make_fact's reading)
    return Post(title, m.group("body"), marks=post.marks), _placed(m.group("body"), doc)


def _tenure_lists(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holders with their tenure, one a line under a post heading ("• 地委书记：" / "• 王振海1949.8-
    1953.6" / "• 副书记" / …) or several a line with their post ("王 诤(1963.5-1967.5)任部长 钱 敏
    (1978.8-1982.5)任部长", "贺光华(1967.5-1968.3)(军管会主任)") → holds with start / end, former
    when ended; posts in brackets after the tenure are the holder's too. A heading's bare title
    takes the body of the heading before it (副书记 after 地委书记); a body kg cannot place leaves
    the org empty (the title is still the holder's)."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    heading: tuple[Post, str | None] | None = None
    body: str | None = None  # the body of the last heading that wrote one
    ordinal: tuple[Post, str | None] | None = None  # "第一任所长": one holder, on the lines below
    pending: tuple[str, tuple[int, int]] | None = None  # that holder's name, waiting for a tenure line

    def held(name: str, span: tuple[int, int], when: tuple[str | None, str | None] | None) -> None:
        assert ordinal is not None
        if taken.overlaps(span):
            return
        start, end = when or (None, None)
        facts.append(make_fact(doc, name, ordinal[0], span, org=ordinal[1], date=date, start=start, end=end,
                               former=True if end else None, notes={"tenure_list": True}, resolve_org=False))
        spans.append(span)

    window = list(_windows(doc, TENURE_HINT_RE, 12, 3))
    joined_next = False
    for k, (pos, line, fresh) in enumerate(window):
        if joined_next:  # the end of the item the line before completed
            joined_next = False
            continue
        if k + 1 < len(window) and not window[k + 1][2] and window[k + 1][0] == pos + len(line) + 1 \
                and line.count("(") + line.count("（") > line.count(")") + line.count("）") \
                and BROKEN_TENURE_RE.match(window[k + 1][1]):
            line, joined_next = line + " " + window[k + 1][1], True  # "高明华(兼1997.8~" / "1998.12)": one item (offsets kept)
        if fresh:
            if pending is not None and ordinal is not None:
                held(pending[0], pending[1], None)
            heading, body, ordinal, pending = None, None, None, None
        s = line.strip()
        if not s:
            continue
        if pending is not None:
            tenure = re.fullmatch(r"[（(]([^（）()]+?)(?:任职|在任)?[)）]", s)
            when = _tenure(tenure.group(1)) if tenure else None
            held(pending[0], (pending[1][0], pos + len(line)) if when else pending[1], when)
            pending, ordinal = None, None
            if when:
                continue
        if (o := ORDINAL_HEAD_RE.match(s)) is not None:
            from kg.extract.mentions import _all_posts

            post = parse_post(o.group("post"))
            implied = _all_posts(o.group("post"), 0, doc)
            ordinal = implied[0] if implied else (post, _placed(post.org_text, doc)) \
                if post is not None and post.kind == "hold" and T.title_info(post.title) else None
            continue
        if ordinal is not None:
            holder = _name(re.sub(r"[ \t\u3000]+", "", s))
            if holder is not None and holder.marks == PostMarks():
                pending = (holder.name, (pos, pos + len(line)))
                continue
            ordinal = None
        if (hh := HISTORY_HEAD_RE.match(line)) is not None and (head := _history_head(hh, doc)) is not None:
            heading, body = head, hh.group("body")
            continue
        if (h := POST_HEAD_RE.match(line)) and not TENURE_ITEM_RE.search(line):
            if re.match(r"历任|历届|历代|歷任|歷屆", h.group("post")):
                heading = None
                continue  # 历任县委书记: kg.extract.infobox's history lists
            post = parse_post(h.group("post"))
            if post is not None and post.kind == "hold" and (info := T.title_info(post.title)) is not None \
                    and h.group("post").endswith(post.title):
                if post.org_text is None:
                    from kg.extract.mentions import _all_posts

                    implied = _all_posts(h.group("post"), 0, doc)  # 县长: the place's government
                    before = heading[0].title if heading else None
                    same = before is not None and info.base == (T.title_info(before) or info).base
                    if implied:
                        heading = implied[0]
                        continue
                    if body and (same or (info.endings and body.endswith(info.endings))):
                        post = Post(post.title, body, marks=post.marks)  # 副书记 after 地委书记
                heading = (post, _placed(post.org_text, doc))
                body = post.org_text or body
                continue
            heading = None
            if (unit := _body(s, doc)) is not None:
                body = unit[0]  # a body alone on its line (淳安县财政局): its holders follow
            continue
        lead = BULLET_LEAD_RE.match(line).end()  # type: ignore[union-attr]
        items = list(TENURE_ITEM_RE.finditer(line, lead))
        if not items:
            heading = None if not BULLET_LEAD_RE.match(line).group().strip() else heading  # type: ignore[union-attr]
            continue
        # the items fill the line: nothing but gaps between them (an event before the first: its body)
        gaps = [line[a.end():b.start()] for a, b in zip(items, items[1:])] + [line[items[-1].end():]]
        if any(g.strip(" \t\u3000。；;，,") for g in gaps[:-1]) or (
                gaps[-1].strip(" \t\u3000。；;，,") and not re.match(r"\d{4}年", gaps[-1])):
            continue  # (a next line the normalizer joined may follow: "…任部长1993年，…")
        prefix = line[lead:items[0].start()].strip()
        prefix_body = None
        if prefix:  # "1988年4月组建了新的机械电子工业部 邹家华(…)任部长": the body the event names
            if not re.search(r"(?:部|局|厅|委员会)$", prefix) or _act_re().search(prefix):
                continue
            tail = re.search(rf"[{HAN}]+$", prefix).group()  # type: ignore[union-attr]
            prefix_body = re.split(r"的|了|合成|组建|成立|改为|改称|更名为|设立|为", tail)[-1]  # the body after the verb
            body = prefix_body if len(prefix_body) >= 3 else body  # (the lines after it are that body's too)
        for m in items:
            name = clean_name(m.group("name"))
            when = _tenure(m.group("r1") or m.group("r2"))
            if when is None or not is_person_name(name, delimited=True):
                continue
            posts: list[tuple[Post, str | None]] = []
            if m.group("title"):
                post = parse_post(m.group("title"))
                if post is None or post.kind != "hold":
                    continue
                org_text = post.org_text or prefix_body or (heading[0].org_text if heading else None) or body
                info = T.title_info(post.title)
                if post.org_text is None and org_text and info and info.endings and not org_text.endswith(info.endings):
                    org_text = None
                posts.append((Post(post.title, org_text), _placed(org_text, doc)))
            elif heading is not None and not prefix:
                posts.append(heading)
            extra = _bracket_posts(m.group("posts"), doc) if m.group("posts") else []
            if extra is None:
                continue
            if extra and heading is not None and posts == [heading] and extra[0][0].org_text is None \
                    and (a := T.title_info(extra[0][0].title)) is not None \
                    and (b := T.title_info(heading[0].title)) is not None and a.base == b.base:
                # "彭义全(1977.7——1979.9)(副书记)" under 历任…书记: the rank he held at the heading's body, not the
                # heading's title (session 27)
                posts, extra = [(Post(extra[0][0].title, heading[0].org_text, marks=extra[0][0].marks), heading[1])], extra[1:]
            if m.group("jian"):  # 高明华(兼1997.8~1998.12): held concurrently
                posts = [(replace(p, marks=replace(p.marks, concurrent=True)), o) for p, o in posts]
            posts += [p for p in extra if (p[0].title, p[1]) not in {(q.title, o) for q, o in posts}]
            if not posts:
                continue
            span = (pos + m.start("name"), pos + m.end())
            if taken.overlaps(span):
                continue
            start, end = when
            tenure_posts = posts[:1] if (m.group("title") or heading is not None) and not prefix else posts[:1]
            for k, (post, org) in enumerate(posts):
                ranged = k < len(tenure_posts)  # bracket posts have no dates of their own
                facts.append(make_fact(doc, name, post, span, org=org, date=date,
                                       start=start if ranged else None, end=end if ranged else None,
                                       former=True if (end and ranged) else None,
                                       notes={"tenure_list": True}, resolve_org=False))
            spans.append(span)
    if pending is not None and ordinal is not None:
        held(pending[0], pending[1], None)
    return facts, spans


# ---------------------------------------------------------------- the page of a body: its officers' rows

PAGE_BODY_RE = re.compile(rf"^[{HAN}]{{3,24}}(?:委员会|政府|部|局|厅|署|院|所|办公室|办公厅|中心|学校|大学|学院|中学|小学)$")
# one cell a line on a body's page: "现任院长" / "李明华", "所长" / "王立新", "党委书记" / "赵一鸣"
CELL_LABEL_RE = re.compile(rf"^[ \t\u3000]*(?:现任)?(?P<label>[{HAN}]{{2,8}})[ \t\u3000]*[：:]?[ \t\u3000]*$")
PARTY_OF_BODY = ("党委书记", "党委副书记", "党组书记", "党组副书记", "党委委员", "党委常委", "党组成员", "纪委书记")
# "主席 | 毛泽东 |", "副主席 （1949年起） 5 | 朱德 刘少奇 … |", "副主席（6） 朱德 刘少奇 …", "秘书长 林伯渠"
OFFICER_ROW_RE = re.compile(
    rf"^[ \t\u3000]*(?P<label>[{HAN}]{{2,6}})[ \t\u3000]*(?:[（(](?P<note>[^（）()]{{1,12}})[)）])?[ \t\u3000]*\d{{0,3}}[ \t\u3000]*"
    rf"(?:\|[ \t\u3000]*(?P<cells>[^|]+?)[ \t\u3000]*\|?|[ \t\u3000]+(?P<names>[{HAN}·][{HAN}· \t\u3000、]*?))[ \t\u3000]*$")
# a committee's own officers, whatever the committee (a body of the Central People's Government, a
# region's administrative committee): the row labels a committee page writes
COMMITTEE_TITLES = ("主席", "副主席", "主任", "副主任", "秘书长", "副秘书长", "委员", "常委", "常务委员")
START_NOTE_RE = re.compile(r"^(\d{4})年(?:\d{1,2}月)?(?:起|增补|补选|增选|任)$")


def _page_body(doc: Document) -> tuple[str, str] | None:
    """(name, org) of the body a page is about: one of its first lines is the body's name alone
    and the text writes it again (a wiki article's head line, 中央人民政府委员会)."""
    for line in [ln.strip() for ln in doc.text.split("\n", 12)[:12] if ln.strip()][:4]:
        if PAGE_BODY_RE.match(line) and doc.text.count(line) >= 2 and parse_post(line) is None:
            org = canonical(line, doc)
            if org is not None and (org == line or PLACED_RE.match(org)):
                return line, org
    return None


def _cell_holder(rows, k: int, body: str, org: str) -> tuple[str, _Name, int] | None:
    """(title, name, end) when line ``k`` is a title of the page's body alone (现任 maybe before it)
    and the next line its holder's name alone: an infobox written one cell a line."""
    from kg.extract.leadership import _title as row_title

    line = rows[k][1]
    m = CELL_LABEL_RE.match(line)
    nxt = next(((p, l) for p, l in rows[k + 1:k + 3] if l.strip()), None)
    if m is None or nxt is None:
        return None
    label = m.group("label")
    title = label if label in PARTY_OF_BODY else row_title(label)
    if title is None or not (label in PARTY_OF_BODY or _fits(title, org)):
        return None
    name = _name(re.sub(r"[ \t\u3000]+", "", nxt[1].strip()))
    if name is None or name.marks != PostMarks():
        return None
    return title, name, nxt[0] + len(nxt[1])


def _body_page_rows(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The officers of the body a page is about, written as rows (an infobox, a table flattened to
    text): "主席 | 毛泽东 |", "副主席 （1949年起） 5 | 朱德 刘少奇 周恩来 |", "副主席（6） 朱德 刘少奇
    宋庆龄 张澜", "秘书长 林伯渠" → holds of the page's body; a row's note "（1951年增补）" is the start
    of its holders. The label must be one of the body's own titles; every cell a name."""
    from kg.extract.leadership import _title as row_title

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    page = _page_body(doc)
    if page is None:
        return facts, spans
    body, org = page
    rows = lines(doc.text)
    for k, (pos, line) in enumerate(rows):
        held = _cell_holder(rows, k, body, org)
        if held is not None:
            held_title, holder, end = held
            if not taken.overlaps((pos, end)):
                _emit(doc, facts, holder, [(Post(held_title, body), org)], (pos, end), date)  # (its range: start / end)
                spans.append((pos, end))
            continue
        m = OFFICER_ROW_RE.match(line)
        if not m:
            continue
        title = row_title(m.group("label"))
        if title is None or not (_fits(title, org) or (body.endswith("委员会") and title in COMMITTEE_TITLES)):
            continue
        cell = m.group("cells") if m.group("cells") is not None else m.group("names")
        cell_at = m.start("cells") if m.group("cells") is not None else m.start("names")
        names: list[tuple[str, int]] = []
        for t in re.finditer(r"[^ \t\u3000、，,]+", cell):
            if names and len(t.group()) == 1 and len(names[-1][0]) == 1:
                names[-1] = (names[-1][0] + t.group(), names[-1][1])  # 朱 德: a two-character name padded
            else:
                names.append((t.group(), t.start()))
        if not names or not all(is_person_name(clean_name(n), delimited=True) for n, _ in names):
            continue
        start = None
        if m.group("note"):
            note = START_NOTE_RE.match(m.group("note").strip())
            if note is None and not re.fullmatch(r"\d{1,3}", m.group("note").strip()):
                continue  # a note that says something else
            start = note.group(1) if note else None
        row_span = (pos + m.start(), pos + m.end())
        if taken.overlaps(row_span):
            continue
        for name, at in names:
            span = (pos + cell_at + at, pos + cell_at + at + len(name))
            _emit(doc, facts, _Name(clean_name(name), PostMarks(), start, None),
                  [(Post(title, body), org)], (pos + m.start(), span[1]), date)
        spans.append(row_span)
    return facts, spans


# ---------------------------------------------------------------- a body's chronicle: who headed it

SECTION_RE = re.compile(rf"^[ \t\u3000]*第[一二三四五六七八九十\d]+[节章][ \t\u3000]*(?P<body>[{HAN}][{HAN} ]{{2,30}})[ \t\u3000]*$")
# "1975年 张青任局长", "江大伦任副局长，主持全面工作", "相继有李仁任副 局长（主持工作），褚建民任局长",
# "先后有王地、褚建民任局长" (a hard-wrapped page may cut a name or a title with a space)
CHRONICLE_RE = re.compile(rf"(?:同志)?(?:担任|任|为)(?P<title>[{HAN}](?:[ ]?[{HAN}]){{1,11}}?)(?=[（(，,。；;、]|$)")
# "乡长由杨春山担任": the post first
CHRONICLE_BY_RE = re.compile(rf"(?:^|(?<=[，,。；;]))(?P<title>[{HAN}]{{2,12}}?)由(?P<names>[{HAN}]{{2,4}}(?:、[{HAN}]{{2,4}})*)(?:同志)?担任(?=[，,。；;]|$)")
CHRONICLE_NAMES_RE = re.compile(rf"(?:^|[，,。；;、]|\d{{4}}年(?:\d{{1,2}}月)?[，,]?|相继有|先后有)[ ]*(?P<names>[{HAN}](?:[ ]?[{HAN}]){{1,3}}(?:、[{HAN}](?:[ ]?[{HAN}]){{1,3}})*)$")
DECISION_RE = re.compile(r"决定|任命|任免|宣布|宣读|批准|提名|免去|通知|当选|选出|补选|选举[^，,。；;]{0,12}为")
YEAR_LEAD_RE = re.compile(r"(\d{4})年(?:(\d{1,2})月)?")


def _chronicle_posts(phrase: str, body: tuple[str, str | None] | None, doc: Document) -> list[tuple[Post, str | None]] | None:
    """The posts of a chronicle's "任社长兼乡长": each with the section's body when it has the title,
    the body written with it, or the one its place implies; else no org (a history's 乡长 of a
    township kg cannot place). None when a phrase is no post."""
    from kg.extract.mentions import _all_posts

    out: list[tuple[Post, str | None]] = []
    for k, piece in enumerate(phrase.split("兼")):
        post = parse_post(piece)
        info = T.title_info(post.title) if post is not None else None
        if post is None or post.kind != "hold" or info is None or info.rank or not piece.endswith(post.title):
            return None
        org: str | None = None
        if post.org_text is None and body is not None and body[1] and _fits(post.title, body[1]):
            post, org = Post(post.title, body[0]), body[1]
        elif post.org_text is not None:
            org = _placed(post.org_text, doc)
        elif implied := _all_posts(piece, 0, doc):
            post, org = implied[0]
        if k:
            post = replace(post, marks=replace(post.marks, concurrent=True))
        out.append((post, org))
    return out


def _section_chronicles(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """A chronicle under a section heading (县志 "第十节 …文化局", "第一节 乡政府的沿革"): "1975年 张青任
    局长", "李天柱同志担任社长兼乡长，苗文芳同志为副乡长", "乡长由杨春山担任", "相继有李仁任副局长，褚建民
    任局长", "先后有王地、褚建民任局长" → holds, former, start = the year (and month) the sentence opens
    with; a bare title the section's body has is that body's (else no org). A year before the clause
    (or 相继有 / 先后有) makes it a history, not a decision (docs/conventions.md "What is not an act")."""
    from kg.dates import iso

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "节" not in doc.text and "章" not in doc.text:
        return facts, spans
    body: tuple[str, str | None] | None = None
    section = False
    for pos, line in lines(doc.text):
        if (h := SECTION_RE.match(line)) is not None:
            written = h.group("body").replace(" ", "")
            body = (written, _placed(written, doc)) if BODY_END_RE.search(written) and parse_post(written) is None else None
            section = True
            continue
        if not section:
            continue
        found: list[tuple[int, int, str, str]] = []  # (names start, end, names, post phrase)
        for m in CHRONICLE_RE.finditer(line):
            s_start = max(line.rfind("。", 0, m.start()), line.rfind("\n", 0, m.start())) + 1
            before = CHRONICLE_NAMES_RE.search(line, max(s_start - 1, 0), m.start())  # (its 。 a boundary)
            if before is not None:
                found.append((before.start("names"), m.end(), before.group("names"), m.group("title")))
        for m in CHRONICLE_BY_RE.finditer(line):
            found.append((m.start(), m.end(), m.group("names"), m.group("title")))
        for a, b, names_text, phrase in sorted(found):
            s_start = max(line.rfind("。", 0, a), line.rfind("\n", 0, a)) + 1
            sentence = line[s_start:a]
            # the year the history is at: the sentence's, else the last one its paragraph wrote before
            year = YEAR_LEAD_RE.search(sentence)
            if year is None:
                year = next(reversed(list(YEAR_LEAD_RE.finditer(line, 0, s_start))), None)
            listed = re.search(r"相继有|先后有", sentence) is not None
            clause_at = max(line.rfind(c, 0, a) for c in "，,；;。") + 1
            if not listed and (year is None or _act_re().search(line[clause_at:b])
                               or DECISION_RE.search(line[s_start:b])):
                continue  # (a decision told in the sentence: the act readers'; 负责选举 in another clause is a duty)
            names = [clean_name(n.replace(" ", "")) for n in names_text.split("、")]
            posts = _chronicle_posts(phrase.replace(" ", ""), body, doc)
            if not posts or not all(is_person_name(n, delimited=True) for n in names):
                continue
            span = (pos + a, pos + b)
            if taken.overlaps(span):
                continue
            start = iso(year.group(1), year.group(2)) if year and not listed else None
            for name in names:
                for post, org in posts:
                    facts.append(make_fact(doc, name, post, span, org=org, date=date, start=start, former=True,
                                           notes={"chronicle": True}, resolve_org=False))
            spans.append(span)
    return facts, spans


# ---------------------------------------------------------------- the page of an office: who holds it

OFFICE_NOW_RE = re.compile(rf"^[ \t\u3000]*现任[ \t\u3000]*$")
OFFICE_FIRST_RE = re.compile(rf"^[ \t\u3000]*(?:首任)?(?P<name>[{HAN}]{{2,4}})[ \t\u3000]*[（(](?P<year>\d{{4}})年(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?(?:首设|重设|设立|起|始设)[)）][ \t\u3000]*$")
SINCE_RE = re.compile(r"^[ \t\u3000]*自(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?[ \t\u3000]*$")


def _office_page(doc: Document, taken: SpanIndex, date) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The page of an office (an encyclopedia's "中华人民共和国主席"): its infobox lines "现任" /
    NAME / "自2013年3月14日" → the current holder, start; "首任毛泽东（1954年首设）", "李先念（1983年
    重设）" → former holders, start the year. The office is the page's head line (a post with its
    body, written again in the text)."""
    from kg.dates import iso

    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    if "现任" not in doc.text and "首任" not in doc.text:
        return facts, spans
    office = None
    for line in [ln.strip() for ln in doc.text.split("\n", 12)[:12] if ln.strip()][:4]:
        post = parse_post(line) if re.fullmatch(f"[{HAN}]{{4,24}}", line) else None
        if post and post.kind == "hold" and post.org_text and doc.text.count(line) >= 2 \
                and (org := _placed(post.org_text, doc)) and line.endswith(post.title):
            office = (post, org)
            break
    if office is None:
        return facts, spans
    rows = list(lines(doc.text))
    firsts = 0
    for i, (pos, line) in enumerate(rows):
        if OFFICE_NOW_RE.match(line):
            nxt = [(p, l) for p, l in rows[i + 1:i + 3] if l.strip()]
            if not nxt or not is_person_name(clean_name(nxt[0][1].strip()), delimited=True):
                continue
            name_at, name_line = nxt[0]
            start = None
            if len(nxt) > 1 and (since := SINCE_RE.match(nxt[1][1])):
                start = iso(since.group(1), since.group(2), since.group(3))
            span = (pos, name_at + len(name_line))
            if not taken.overlaps(span):
                facts.append(make_fact(doc, clean_name(name_line.strip()), office[0], span, org=office[1], date=date,
                                       start=start, former=False, notes={"office_page": True}, resolve_org=False))
                spans.append(span)
        elif (m := OFFICE_FIRST_RE.match(line)) and (line.strip().startswith("首任") or firsts):
            firsts += 1
            name = m.group("name")
            span = (pos + m.start("name"), pos + m.end())
            if is_person_name(name, delimited=True) and not taken.overlaps(span):
                facts.append(make_fact(doc, name, office[0], span, org=office[1], date=date, start=m.group("year"),
                                       former=True, notes={"office_page": True}, resolve_org=False))
                spans.append(span)
        else:
            firsts = 0
    return facts, spans


def extract(doc: Document, skip=()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holds of roster lines of several title+name pairs, runs of title+name clauses and
    departments written with their heads, outside ``skip``; and the spans they cover."""
    from kg.extract.mentions import _default_date

    date = _default_date(doc)
    taken = list(skip)
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    for reader in (_body_page_rows, _office_page, _lines_read, _names_under_labels, _titled_list, _runs, _dept_heads,
                   _tenure_lists, _section_chronicles):
        found, got = reader(doc, SpanIndex(taken), date)
        facts.extend(found)
        spans.extend(got)
        taken.extend(got)
    return facts, spans
