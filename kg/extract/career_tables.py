"""Tables of people with the post they held then and what became of them (issue 9, moved19).

A news page flattened from an HTML table lists the members of a body with a header naming the
columns, a post column qualified by a time (当选时职务, 时任职务, 原职务) and a column of their later
career (职务变动, 变动情况, 去向):

    姓名 | 出生年月 | 当选时职务 | 职务变动 |
    吉炳轩 | 1951年11月 | 省委书记 | 2013年起担任十二届全国人大常委会副委员长，同年3月卸任省委书记 |
    王宪魁 | 1952年7月 | 省委副书记、省长 |
    2013年3月任省委书记，6月当选为省人大常委会主任；2017年4月改任全国人大…副主任委员 |

- a row the page broke across lines (cells of a pipe table written on the next lines) is joined
  until it has the header's cells;
- the post column gives holds (``former`` when the career cell tells a change);
- the career cell is read clause by clause: a clause opened by its date (``2013年3月``, ``同年3月``,
  ``6月`` after a year just written, ``2013年起``) and a verb of taking a post (任 / 担任 / 改任 / 兼任 /
  当选为 …) gives holds with that start, former unless they are the last the cell names;
  ``卸任X`` ends the row's newest holding of that title; other clauses (被查, 退役) are no post;
- the birth column gives the person's birth.

Plain ``姓名 | 职务 | 任职时间`` tables are kg.extract.infobox's: this reader (run before it) claims
only tables whose header has a career column or a time-qualified post column. It also reads a
header of titles over rows of names (``| 书记 | 副书记 |`` / ``| 王振海 | 李明、张国华 |``) under a
heading naming the body. Knowledge and examples: kg/data/career_tables.yaml (run by
tests/test_moved19.py); docs/holds.md "Career tables and headers of titles".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from copy import copy
from operator import itemgetter
from dataclasses import replace
from functools import lru_cache

from kg.datafiles import load_yaml
from kg.dates import iso
from kg.extract.holds import Post, make_fact
from kg.extract.lines import lines
from kg.model import Document, Fact, PersonAttrs
from kg.names import clean_name
from kg.extract.mentions import _default_date

SPLIT_RE = re.compile(r"\t+|[ \u3000]{2,}")
YEAR_RE = r"(?:19|20)\d{2}"


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_yaml("career_tables.yaml")


@lru_cache(maxsize=1)
def _clause_re() -> re.Pattern[str]:
    verbs = "|".join(sorted(_data()["take_verbs"], key=len, reverse=True))
    leave = "|".join(sorted(_data()["leave_verbs"], key=len, reverse=True))
    return re.compile(
        rf"^(?:(?P<y>{YEAR_RE})\s*年|(?P<dy>{YEAR_RE})[.．/](?P<dm>\d{{1,2}})(?!\d)|(?P<same>同年|当年))?\s*(?:(?P<m>\d{{1,2}})\s*月)?(?:份)?\s*(?:起|后|底|初|末)?\s*[，,]?\s*"
        rf"(?:(?P<verb>{verbs})(?P<posts>\S.*)|(?P<leave>{leave})(?P<left>\S.*?)(?:职务)?)$")


def _cells(line: str, piped: bool) -> list[str]:
    if piped:
        return [c.strip() for c in re.split(r"[|｜]", line.strip().strip("|｜"))]
    return [c for c in SPLIT_RE.split(line.strip()) if c]


def _header(cells: list[str]) -> dict[str, int] | None:
    data = _data()
    found: dict[str, int] = {}
    for i, c in enumerate(cells):
        c = c.replace(" ", "")
        for kind in ("name", "post", "qualified_post", "career", "birth"):
            if c in data[kind + "_headers"]:
                found.setdefault(kind, i)
    if "qualified_post" in found:
        found.setdefault("post", found["qualified_post"])
        if found["post"] != found["qualified_post"]:
            return None  # two post columns: which one is held, the header does not say
    if "name" not in found or "post" not in found or not ("career" in found or "qualified_post" in found):
        return None
    return found


def extract(doc: Document, skip=()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Holds of career tables and of title-header tables outside ``skip``, and the spans of their rows."""
    facts, spans = _career_tables(doc, skip)
    more, got = _title_headers(doc, list(skip) + spans)
    return facts + more, spans + got


# between two rows of a pipe table joined on one line: a cell's closing pipe, the next row's opening one
JOINED_ROWS_RE = re.compile(r"(?<=[|｜])(?=[|｜])")


def _line_index(rows: tuple, pos: int) -> int:
    return bisect_right(rows, pos, key=itemgetter(0)) - 1


def _career_tables(doc: Document, skip) -> tuple[list[Fact], list[tuple[int, int]]]:
    text = doc.text
    if "姓名" not in text:
        return [], []
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    rows = lines(text)
    done = 0  # the line where the last table ended
    at = text.find("姓名")
    while at >= 0:
        k = _line_index(rows, at)
        at = text.find("姓名", at + 2)
        if k < done:
            continue
        s = rows[k][1].strip()
        if len(s) > 80:
            continue
        piped = "|" in s or "｜" in s
        cols = _header(_cells(s, piped))
        if cols is None:
            continue
        before = next((rows[j][1].strip() for j in range(k - 1, max(-1, k - 4), -1) if rows[j][1].strip()), "")
        found, got, done = _table(doc, rows, k + 1, cols, len(_cells(s, piped)), piped,
                                  _lead_group(doc, before, "career" in cols), skip)
        facts.extend(found)
        spans.extend(got)
    return facts, spans


def _table(doc: Document, rows: tuple, k: int, cols: dict[str, int], width: int, piped: bool, group: tuple | None,
           skip) -> tuple[list[Fact], list[tuple[int, int]], int]:
    """The rows of one career table from line ``k`` (after its header): facts, spans, the line it ends at."""
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    row: list[str] = []
    row_start = row_end = 0
    ctx: dict = {}  # the table's party committee as written (省委), for a bare 组织部长 row
    members: list[tuple[str, tuple[int, int], bool]] = []

    def flush() -> None:
        nonlocal row
        if row:
            span = (row_start, row_end)
            cells = row + [""] * (width - len(row))
            if not any(a < span[1] and span[0] < b for a, b in skip):
                found = _row_facts(doc, cols, cells, span, ctx)
                members.append((clean_name(cells[cols["name"]]), span, bool(found)))
                if found:
                    facts.extend(found)
                    spans.append(span)
        row = []

    def take(pos: int, line: str) -> bool:
        """One line (or one row of a line the normalizer joined); False when the table is over."""
        nonlocal row, row_start, row_end
        s = line.strip()
        has_pipe = "|" in s or "｜" in s
        if piped and not has_pipe and not row:
            return False
        cells = _cells(s, piped) if (has_pipe or not piped) else [s]
        if piped and row and len(row) < width and not _starts_row(cells, cols):
            row = row + cells  # a row the page broke across lines
            row_end = pos + len(line.rstrip())
            if len(row) >= width:
                flush()
            return True
        flush()
        if not _starts_row(cells, cols):
            return False
        row, row_start, row_end = cells, pos + line.index(s), pos + len(line.rstrip())
        if len(row) >= width or not piped:
            flush()
        return True

    while k < len(rows):
        pos, line = rows[k]
        if not line.strip():
            k += 1
            continue
        parts = [(pos, line)]
        if piped and len(_cells(line, True)) > width:  # "｜A｜…｜｜B｜…｜": rows the normalizer joined
            parts, at = [], 0
            for m in JOINED_ROWS_RE.finditer(line):
                parts.append((pos + at, line[at:m.start()]))
                at = m.start()
            parts.append((pos + at, line[at:]))
        if not all(take(p, t) for p, t in parts):
            break
        k += 1
    flush()
    if group is not None and len(members) == group[2]:  # "其余11位常委…如下": every row counted
        post, org = group[0], group[1]
        for name, span, read in members:
            facts.append(make_fact(doc, name, copy(post), span, org=org, date=_default_date(doc),
                                   former=True if group[3] else None, notes={"career_table": "group"}))
            if not read:
                spans.append(span)
    return facts, spans, k


def _lead_group(doc: Document, lead: str, changes: bool) -> tuple | None:
    """"…黑龙江省委常委…。其余11位常委职位变动如下：" over the table: every row's person is (or was,
    when the table tells their changes) 常委 of the body the sentence names before the count."""
    from kg.extract.infobox import _label_posts

    m = _lead_re().search(lead)
    if m is None:
        return None
    title = m.group("title")
    head = lead[: m.start()]
    at = head.rfind(title)
    while at > 0:
        for start in range(max(0, at - 12), at):  # the longest phrase ending in the title that names its body
            got = _label_posts(head[start:at + len(title)], 0, doc)
            if got and len(got) == 1 and got[0][0].title == title:
                count = m.group("count")
                number = int(count) if count.isdigit() else _cn_count(count)
                return (got[0][0], got[0][1], number, changes) if number else None
        at = head.rfind(title, 0, at)
    return None


@lru_cache(maxsize=1)
def _lead_re() -> re.Pattern[str]:
    titles = "|".join(sorted(_data()["group_titles"], key=len, reverse=True))
    return re.compile(rf"(?P<count>\d{{1,3}}|[一二三四五六七八九十两]{{1,3}})\s*(?:位|名)(?P<title>{titles})"
                      rf"[^，,。；;：:\n]{{0,12}}如下[：:]?\s*$")


def _cn_count(text: str) -> int | None:
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (digits.get(tens, 0) if tens else 1) * 10 + (digits.get(ones, 0) if ones else 0)
    return digits.get(text) if len(text) == 1 else None


def _starts_row(cells: list[str], cols: dict[str, int]) -> bool:
    from kg.extract.infobox import _is_name

    at = cols["name"]
    return len(cells) > at and _is_name(clean_name(cells[at]), True)


def _row_facts(doc: Document, cols: dict[str, int], cells: list[str], span: tuple[int, int], ctx: dict) -> list[Fact]:
    from kg.extract.infobox import _label_posts
    from kg.extract.mentions import _default_date

    name = clean_name(cells[cols["name"]])
    date = _default_date(doc)
    career = cells[cols["career"]].strip() if "career" in cols and cols["career"] < len(cells) else ""
    attrs = None
    if "birth" in cols and (m := re.fullmatch(rf"({YEAR_RE})\s*[年.．/-]\s*(\d{{1,2}})\s*月?", cells[cols["birth"]].strip())):
        attrs = PersonAttrs(birth=iso(m.group(1), m.group(2)))
    post_text = cells[cols["post"]].strip()
    posts = _label_posts(post_text, 0, doc) or []
    if not posts and ctx.get("committee") and post_text.startswith(tuple(_data()["committee_departments"])):
        posts = _label_posts(ctx["committee"] + post_text, 0, doc) or []  # 组织部长 under 省委 rows: that 省委's
    for post, org in posts:
        if post.org_text and org.startswith("中共") and org.endswith("委员会") and post.org_text.endswith("委"):
            ctx["committee"] = post.org_text
    held: list[Fact] = []
    for post, org in posts:
        held.append(make_fact(doc, name, post, span, org=org, date=date, former=True if career else None,
                              person_attrs=attrs.copy() if attrs else None, notes={"career_table": "post"}))
    return held + _career_facts(doc, name, career, span, date, held)


def _career_facts(doc: Document, name: str, cell: str, span: tuple[int, int], date: str | None,
                  held: list[Fact]) -> list[Fact]:
    """The holdings a career cell tells, each from its clause's date."""
    from kg.extract.careers import _pieces
    from kg.extract.holds import parse_post
    from kg.extract.mentions import _org_for, _same_place, post_chain

    out: list[Fact] = []
    groups: list[list[Fact]] = []
    year: str | None = None
    last_org: str | None = None
    for clause in re.split(r"[；;，,。]", cell):
        clause = clause.strip()
        m = _clause_re().match(clause) if clause else None
        if m is None:
            continue
        if m.group("y") or m.group("dy"):
            year = m.group("y") or m.group("dy")
        elif not m.group("same") and not m.group("m"):
            year = None  # an undated clause: no start (the year just written is not its own)
        when = iso(year, m.group("m") or m.group("dm")) if year else None
        if m.group("leave"):
            left = parse_post(m.group("left"))
            target = _newest(held + out, left.title, left.org_text) if left else None
            if target is not None and when:
                target.end, target.former = when, True
            continue
        posts = post_chain(_pieces(m.group("posts"), 0), jur=doc.jurisdiction)
        group: list[Fact] = []
        for post, _ in posts:
            if last_org and post.org_text:
                post.org_text = _same_place(post.org_text, last_org)  # 上海市委组织部长；…当选市人大常委会副主任
            if m.group("verb").startswith("兼"):
                post.marks = replace(post.marks, concurrent=True)
            org = _org_for(post, doc)
            if post.kind != "hold" or org is None:
                continue
            group.append(make_fact(doc, name, post, span, org=org, date=date, start=when,
                                   notes={"career_table": "career"}))
        if group:
            if posts[-1][0].org_text:
                last_org = posts[-1][0].org_text
            groups.append(group)
            out.extend(group)
    for group in groups[:-1]:
        for f in group:
            f.former = True  # another post came after it
    return out


def _newest(facts: list[Fact], title: str, org_text: str | None) -> Fact | None:
    """The newest holding of ``title`` among a row's facts whose organization fits ``org_text``
    as written ("卸任组织部长": the last 组织部 post named)."""
    for f in reversed(facts):
        if f.title == title and (not org_text or (f.org_text or "").endswith(org_text)
                                 or (f.org or "").endswith(org_text)):
            return f
    return None


# ---------------------------------------------------------------- a header of titles over rows of names

# what parts the cells of a line (pipes, tabs or a wide gap)
SEPARATORS = ("|", "｜", "\t", "  ", "\u3000\u3000")
CELLS_HINT_RE = re.compile(r"[|｜\t]|  |\u3000\u3000")
NAME_SEP_RE = re.compile(r"[、，,；;]")
# a line of two or more short cells, the first ending as a title does (书记 | 副书记, 县长\t副县长)
TITLES_LINE_RE = re.compile(r"^[ \t\u3000|｜]*[\u4e00-\u9fff]{0,11}[记长员任席委理官监师]"
                            r"(?:[ \t\u3000]*(?:[|｜]|\t|[ \u3000]{2,})[ \t\u3000]*[\u4e00-\u9fff]{2,12})+[ \t\u3000|｜]*$", re.M)


def _separated_lines(text: str) -> list[int]:
    """The starts of the lines that hold a separator of cells and read as a header of titles: a
    substring search per separator (a regex tried at every line start cost ~4 ms on samples/)."""
    starts: set[int] = set()
    for sep in SEPARATORS:
        at = text.find(sep)
        while at >= 0:
            starts.add(text.rfind("\n", 0, at) + 1)
            end = text.find("\n", at)
            if end < 0:
                break
            at = text.find(sep, end)
    return [s for s in sorted(starts) if TITLES_LINE_RE.match(text, s)]


def _title_headers(doc: Document, skip) -> tuple[list[Fact], list[tuple[int, int]]]:
    """"| 书记 | 副书记 |" over "| 王振海 | 李明、张国华 |" (pipes, tabs or gaps) under a heading naming
    the body ("中共黑龙江省绥化地委领导成员"): each name holds the title above it, of the heading's body
    (a bare title with no heading: the body the document's place implies, 县长 → the county's
    government). Every cell of the header a title and every cell below names, or nothing."""
    from kg.extract.holds import parse_post
    from kg.extract.infobox import _is_name, _label_posts
    from kg.extract.mentions import _default_date

    text = doc.text
    starts = _separated_lines(text)
    if not starts:
        return [], []
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    rows = lines(text)
    done = 0
    for start in starts:
        i = _line_index(rows, start)
        if i < done:
            continue
        s = rows[i][1].strip()
        heading = next((rows[j][1].strip() for j in range(i - 1, max(-1, i - 3), -1) if rows[j][1].strip()), "")
        heading = heading if len(heading) <= 30 and CELLS_HINT_RE.search(heading) is None else ""
        i += 1
        piped = "|" in s or "｜" in s
        titles = _cells(s, piped)
        if len(titles) < 2 or any(parse_post(t) is None or parse_post(t).kind != "hold" for t in titles):  # type: ignore[union-attr]
            continue
        body = re.sub(_data()["heading_tail"], "", heading) if heading else ""
        posts: list[tuple[Post, str]] = []
        for t in titles:
            bare = (parsed := parse_post(t)) is not None and parsed.org_text is None
            got = (_label_posts(body + t, 0, doc) if body and bare else None) or _label_posts(t, 0, doc)
            if not got or len(got) != 1:
                posts = []
                break
            posts.append(got[0])
        if not posts:
            continue
        date = _default_date(doc)
        while i < len(rows):  # the rows of names under the header
            rpos, rline = rows[i]
            r = rline.strip()
            cells = _cells(r, piped) if r else []
            if len(cells) != len(titles):
                break
            names = [[clean_name(n) for n in NAME_SEP_RE.split(c) if n.strip()] for c in cells]
            if not any(names) or not all(_is_name(n, True) for ns in names for n in ns):
                break
            span = (rpos + rline.index(r), rpos + len(rline.rstrip()))
            i += 1
            if any(a < span[1] and span[0] < b for a, b in skip):
                continue
            for (post, org), ns in zip(posts, names):
                for n in ns:
                    facts.append(make_fact(doc, n, copy(post), span, org=org, date=date,
                                           notes={"career_table": "title_header"}))
            spans.append(span)
        done = i
    return facts, spans
