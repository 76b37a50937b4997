"""任前公示 tables: the proposed posts of a pre-appointment notice written as a table.

A notice page often lists its people in a table whose header names the columns, with pipes,
tabs or wide gaps between the cells::

    | 姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务 |
    | 王小明 | 男 | 1980.05 | 县财政局副局长 | 县审计局局长 |

Each row under the header whose name cell is a name gives a ``proposed`` appoint of every post
in its proposed-post column (拟任职务 / 拟任岗位 / 拟提名职务 …; 提名 / 推荐 columns are
nominations, ``notes.nomination``); the current-post column is read as holdings by
kg.extract.infobox. A post whose organization kg cannot determine from the text gives no fact
(all or nothing per cell, as for the holdings), and a row with another number of cells ends the
table. The date is the notice's own (the document's date). Tests: tests/test_gongshi.py.

A report's table of changes already made reads the same way with a 新任 column instead
(序号 | 时间 | 姓名 | 年龄 | 新任 | 原任): decided appoints, each dated by its row's 时间 (a month-day
resolved against the document's date), else undated (session 42; tests/test_breadth42.py).
"""

from __future__ import annotations

import re
from typing import Literal

from kg import fast_re
from kg.dates import find_dates
from kg.extract.holds import evidence
from kg.extract.lines import Line, lines
from kg.model import Document, Fact
from kg.names import clean_name, is_person_name

NAME_HEADERS = ("姓名",)
# the proposed post's column → whether it is a nomination (…人选 / …候选人)
PROPOSED_HEADERS = {
    "拟任职务": False, "拟任岗位": False, "拟任职位": False, "拟任": False, "拟任职务（岗位）": False,
    "拟提拔职务": False, "拟任用职务": False, "拟提名职务": True, "拟推荐职务": True, "拟提名": True,
}
# the new post's column of a table of changes made (序号 | 时间 | 姓名 | 年龄 | 新任 | 原任, a report's
# round-up of appointments; session 42): decided appoints, dated by a 时间 column's month-day against the
# document's date; the 原任 column is read as holdings like a notice's current posts
DECIDED_HEADERS = ("新任", "新任职务", "现任新职")
DATE_HEADERS = ("时间", "日期", "任职时间")
RULE_RE = re.compile(r"[|｜\-:：\s]+")
# what a proposed-post cell may add after the post: (试用期一年), 人选, 候选人
CELL_TAIL_RE = re.compile(r"(?:[（(][^（）()]*[)）])+$|(?:提名)?(?:人选|候选人)$")


def _cells(line: str) -> list[str]:
    if "|" in line or "｜" in line:
        return [c.strip() for c in re.split(r"[|｜]", line.strip().strip("|｜"))]
    return [c for c in re.split(r"\t+|[ \u3000]{2,}", line.strip()) if c]


def _lines(text: str) -> tuple[Line, ...]:
    return lines(text)


def extract(doc: Document) -> list[Fact]:
    """The proposed appointments of the 公示 tables of ``doc`` (usually none: a header naming
    姓名 and a proposed-post column must come first)."""
    if ("拟" not in doc.text and "新任" not in doc.text) or "姓名" not in doc.text:
        return []
    from kg.extract.mentions import _all_posts, _default_date

    facts: list[Fact] = []
    cols: tuple[int, int, bool] | None = None  # (name column, post column, nomination)
    decided: int | None = None  # the date column of a table of changes made (新任), -1 without one
    width = 0
    date: str | None = None
    for pos, line in _lines(doc.text):
        s = line.strip()
        if not s or RULE_RE.fullmatch(s):
            continue  # a markdown rule line
        if cols is None and (("拟" not in s and "新任" not in s) or "姓名" not in s.replace(" ", "")):
            continue  # no header (姓名 and a 拟… / 新任 column) can be in the line: not split (most lines)
        cells = _cells(s)
        heads = [c.replace(" ", "") for c in cells]
        if any(h in NAME_HEADERS for h in heads) and any(h in PROPOSED_HEADERS for h in heads):
            post_col = next(i for i, h in enumerate(heads) if h in PROPOSED_HEADERS)
            cols, width = (heads.index("姓名"), post_col, PROPOSED_HEADERS[heads[post_col]]), len(cells)
            decided = None
            continue
        if any(h in NAME_HEADERS for h in heads) and any(h in DECIDED_HEADERS for h in heads):
            post_col = next(i for i, h in enumerate(heads) if h in DECIDED_HEADERS)
            cols, width = (heads.index("姓名"), post_col, False), len(cells)
            decided = next((i for i, h in enumerate(heads) if h in DATE_HEADERS), -1)
            continue
        if cols is None:
            continue
        if len(cells) != width:
            cols = None  # not a row of this table: the table is over
            continue
        name = clean_name(cells[cols[0]])
        if not is_person_name(name, delimited=True):
            cols = None
            continue
        text = CELL_TAIL_RE.sub("", cells[cols[1]].strip())
        at = pos + line.find(cells[cols[1]])
        found = _all_posts(text, at, doc) if text else None
        if not found:
            continue
        if date is None:
            date = _default_date(doc)
        ev = evidence(doc, pos + line.index(s), pos + len(line))
        status: Literal["proposed", "decided"] = "proposed"
        when = date
        if decided is not None:  # a change made: its own day (10月31日) against the page's date, else none
            status = "decided"
            day = find_dates(cells[decided], date) if decided >= 0 else []
            when = day[0][2] if len(day) == 1 else None
        for post, org in found:
            if post.kind != "hold":
                continue  # a rank column is no proposed post
            facts.append(Fact(kind="appoint", status=status, person=name, title=post.title, org=org,
                              org_text=post.org_text, date=when, source=ev, evidence=[ev],
                              notes={"nomination": True} if cols[2] else None))
    return facts + _cards(doc)


# a notice's person card, one label a line (or several on one line): 姓名：王小明 … 拟任职务：…
CARD_NAME_RE = re.compile(r"(?:^|[ \t\u3000])姓[ \t\u3000]*名[ \t\u3000]*[：:][ \t\u3000]*(?P<name>[\u4e00-\u9fff·]{2,10})(?=[ \t\u3000]|$)", re.M)
CARD_POST_RE = re.compile(rf"(?:^|[ \t\u3000])(?P<label>{'|'.join(sorted(PROPOSED_HEADERS, key=len, reverse=True))})"
                          r"[ \t\u3000]*[：:][ \t\u3000]*(?P<post>[^ \t\u3000\n]+)", re.M)


def _cards(doc: Document) -> list[Fact]:
    """姓名：X then, before the next 姓名：, 拟任职务：Y → a proposed appoint of X to Y."""
    if "姓名" not in doc.text:
        return []
    from kg.extract.mentions import _all_posts, _default_date

    heads = list(fast_re.finditer_near(CARD_NAME_RE, doc.text, "姓", 1))  # (a match starts at 姓 or just before)
    facts: list[Fact] = []
    for i, head in enumerate(heads):
        name = clean_name(head.group("name"))
        if not is_person_name(name, delimited=True):
            continue
        end = heads[i + 1].start() if i + 1 < len(heads) else min(len(doc.text), head.end() + 600)
        for m in CARD_POST_RE.finditer(doc.text, head.end(), end):
            text = CELL_TAIL_RE.sub("", m.group("post"))
            found = _all_posts(text, m.start("post"), doc) if text else None
            if not found:
                continue
            ev = evidence(doc, head.start("name"), m.end("post"))
            for post, org in found:
                if post.kind == "hold":
                    facts.append(Fact(kind="appoint", status="proposed", person=name, title=post.title, org=org,
                                      org_text=post.org_text, date=_default_date(doc), source=ev, evidence=[ev],
                                      notes={"nomination": True} if PROPOSED_HEADERS[m.group("label")] else None))
    return facts
