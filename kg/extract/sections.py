"""Sections of a document and what each says about the acts inside it.

Personnel papers come as a bundle: a bill (议案, proposes), its explanation (说明, proposes),
a resignation request (申请, proposes), a decision (决定, decides), the minutes (纪要, decide).
The section a sentence sits in tells whether an act with no 提请 / 决定 marker of its own is
proposed or decided, and gives its date, 文号, meeting and the proposing / deciding body.
Sections start at Markdown headings ("# …") in converted documents; a document without
headings is one section.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from kg import fast_re
from kg.dates import iso
from kg.model import Document

HEADING_RE = re.compile(r"^#{1,2} +(.+)$", re.M)
FULL_DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
DATE_LINE_RE = re.compile(r"^[（(]?(\d{4})年(\d{1,2})月(\d{1,2})日[)）]?$", re.M)
SPEECH_DATE_RE = re.compile(r"^——(\d{4})年(\d{1,2})月(\d{1,2})日", re.M)
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{2,8}[〔\[［][0-9]{4}[〕\]］][0-9]+号")
MEETING_RE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,12}?(?:自治区|自治州|省|市|区|县|州|旗|盟)|自治区|[省区市县州旗])?"
    r"第?[一二三四五六七八九十]+届(?:人大常委会|人民代表大会常务委员会)\s*第?[一二三四五六七八九十百0-9]+次会议"
)
# Sub-headings that label a list inside a bill or decision ("## 一、提请任命", "## 决定"): they set
# the act of the list that follows (read by the acts extractor) but do not start a section.
# words that end what comes before a meeting's name (…同志向区十九届人大常委会…, 6月26日在区…)
MEETING_LEAD_RE = re.compile(r"^.*(?:[在向于於的志了和与及对经由]|[0-9一二三四五六七八九十]日|召开|举行)")


_NUMERALS = "一二三四五六七八九十"
_MEETING_BODIES = ("人大常委会", "人民代表大会常务委员会")  # what follows the 届 of a MEETING_RE match


def _first_meeting(text: str) -> re.Match | None:
    """``MEETING_RE.search(text)``, tried only before each 届: a match holds one, after at most
    15 characters of place, a 第 and a run of numerals (a search tried the pattern's place
    prefix at every offset of the section; the leftmost match is found in the same order)."""
    tried = 0
    j = text.find("届")
    while j >= 0:
        if not text.startswith(_MEETING_BODIES, j + 1):
            # (a match's 届 is followed by its body: no match holds this one, and a start of the
            # window below that a match with a later 届 can have is tried in that 届's window)
            j = text.find("届", j + 1)
            continue
        r = j
        while r > 0 and text[r - 1] in _NUMERALS:
            r -= 1
        for s in range(max(tried, r - 16, 0), j):
            m = MEETING_RE.match(text, s)
            if m:
                return m
        tried = max(tried, j)
        j = text.find("届", j + 1)
    return None


def _meeting_text(m: re.Match | None) -> str | None:
    """A meeting as written, without the words before its name."""
    return MEETING_LEAD_RE.sub("", re.sub(r"\s+", "", m.group())) if m else None


LIST_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?:提请)?(?:决定)?(?:审议)?(?:任命|免去|任免|免职|决定|聘任)?$")
PROPOSING_HEADING_RE = re.compile(r"议案|说明|申请|草案|提名|建议")
PROPOSER_RE = re.compile(r"^(.{2,30}?)\s*关于")


@dataclass
class Section:
    """A part of ``doc.text`` from one heading to the next."""

    start: int
    end: int
    heading: str
    proposing: bool  # a bill, explanation or request: acts without markers are proposals
    date: str | None
    doc_number: str | None
    meeting: str | None
    body: str | None  # the issuing body as written in the heading (区政府, 重庆市巴南区人民法院 …)
    applicant: str | None  # 申请人：NAME of a resignation request (who "本人" / "我" is)


def _iso(m: re.Match[str]) -> str | None:
    return iso(m.group(1), m.group(2), m.group(3))


def _section_date(text: str, proposing: bool) -> str | None:
    """Decisions and minutes: the first full date near the top. Bills: the signing line
    (a line that is only a date; the last one). Explanations: the "——date 在…会议上" line."""
    head = text[:400]
    if not proposing:
        m = DATE_LINE_RE.search(head) or FULL_DATE_RE.search(head)
        return _iso(m) if m else None
    lines = list(DATE_LINE_RE.finditer(text))
    if lines:
        return _iso(lines[-1])
    m = SPEECH_DATE_RE.search(text)
    return _iso(m) if m else None


def _make(doc: Document, start: int, end: int, heading: str) -> Section:
    text = doc.text[start:end]
    title = heading or (title_line(text) if start == 0 else "")  # a plain-text paper names itself in its first lines
    proposing = bool(PROPOSING_HEADING_RE.search(title)) and not title.rstrip().endswith("决定")
    number = DOC_NUMBER_RE.search(text[:300])
    meeting = MEETING_RE.search(heading) or _first_meeting(text)
    body = PROPOSER_RE.match(heading.replace("#", "").strip())
    if body is None and not heading and title:  # a plain-text paper: its issuer before 关于 in the title,
        body = PROPOSER_RE.match(title) or _issuer_line(text, title)  # or alone on the line above it
    if body is None and not heading:  # or before its list's name (湖州市人民代表大会常务委员会任免名单)
        body = LIST_ISSUER_RE.search(text[:400])
    applicant = re.search(r"申请人[：:]\s*([\u4e00-\u9fff]{2,4})", text)
    return Section(
        start=start,
        end=end,
        heading=heading,
        proposing=proposing,
        date=_section_date(text, proposing),
        doc_number=number.group() if number else None,
        meeting=_meeting_text(meeting),
        body=body.group(1).strip() if body else None,
        applicant=applicant.group(1) if applicant else None,
    )


GOV_MEETING_RE = re.compile(r"第?[一二三四五六七八九十]+届(?:[区市县]|[\u4e00-\u9fff]{2,6}[区市县])人民政府第[0-9一二三四五六七八九十百]+次常务会议?")
DECIDED_AT_RE = re.compile(r"经(\d{4})年(\d{1,2})月(\d{1,2})日[^。；]{0,40}?(?:研究|审议|会议|常务会)")


def local_context(text: str, pos: int) -> dict:
    """Date, 文号 and meeting of an act in a document without headings (a notice inside a
    gazette, a news item): read from the text just around it, never from the top of the file.
    The date is the decision's ("经2021年6月22日…常务会研究，决定") or else the notice's signing
    line after it."""
    before = text[max(0, pos - 600):pos + 1]
    after = text[pos:pos + 800]
    found: dict = {"date": None, "doc_number": None, "meeting": None}
    decided = list(fast_re.finditer(DECIDED_AT_RE, before))  # (no scan without the words they hold)
    if decided:
        found["date"] = _iso(decided[-1])
    else:
        signed = DATE_LINE_RE.search(after)
        found["date"] = _iso(signed) if signed else None
    numbers = list(fast_re.finditer(DOC_NUMBER_RE, before))
    found["doc_number"] = numbers[-1].group() if numbers else None
    meetings = list(fast_re.finditer(MEETING_RE, before)) or list(fast_re.finditer(GOV_MEETING_RE, before))
    found["meeting"] = _meeting_text(meetings[-1]) if meetings else None
    return found


DOC_TITLE_RE = re.compile(r"关于|纪要|决定$|申请|议案|说明|通知|公告|报告|决议|名单")


def _starts_section(m: re.Match) -> bool:
    """A "# " heading starts a section; a "## " heading only when it titles a paper of its
    own (…的说明, 辞职申请) — "## 一、任职事项" or "## 提请任命" label a part of the paper."""
    heading = m.group(1).replace("*", "").strip()
    if LIST_HEADING_RE.match(heading):
        return False
    return m.group(0).startswith("# ") or bool(DOC_TITLE_RE.search(heading))


TITLE_LINE_MAX = 80  # characters: a paper's title, not a sentence
# An issuer written alone on the line above its paper's title (泸州市人民政府 / 关于张明等同志职务任免的通知)
ISSUER_LINE_RE = re.compile(r"^([\u4e00-\u9fff]{2,30}(?:人民政府|委员会|常务委员会|办公室|办公厅|局|厅|委|部|院|大学|学院))$")


def _issuer_line(text: str, title: str) -> re.Match[str] | None:
    lines = [line.replace("*", "").strip() for line in text[:400].splitlines()]
    lines = [line for line in lines if line]
    if title.startswith("关于") and title in lines and (i := lines.index(title)) > 0:
        return ISSUER_LINE_RE.match(lines[i - 1])
    return None


# An official paper's title: [issuer]关于[matter]的[kind] (GB/T 9704), or a bare 任免议案 / 决定, or a
# standing committee's list of the acts of one meeting (…常务委员会任免名单)
PAPER_TITLE_RE = re.compile(r"关于.{2,}的(?:议案|决定|通知|说明|报告|申请|决议|公告|批复|请示|函)$|(?:议案|决定)$"
                            r"|(?:常务委员会|常委会)(?:人事)?(?:任免|任命|免职)名单$")
# the issuer of such a list, at a line start near the top: the body written before the list's name
# (湖州市人民代表大会常务委员会任免名单, its heading 任命： maybe joined to it)
# (a level word alone — 县人大常委会任免名单 — names no body the text places: no issuer)
LIST_ISSUER_RE = re.compile(r"^((?![省市县区州旗盟]人|自治[区州县]人)[\u4e00-\u9fff]{2,30}?(?:常务委员会|常委会))"
                            r"(?:人事)?(?:任免|任命|免职)名单", re.M)


def title_line(text: str) -> str:
    """The title of a paper written as plain text (no "# " heading): one of its first three
    lines, short, without sentence punctuation, that names a paper (…的议案, 关于…的决定,
    …的通知). A plain-text bill (关于提请审议王某等同志职务任免的议案) thus proposes what its
    list names, as the same bill under a Markdown heading does; "" when there is none."""
    seen = 0
    for line in text[:400].splitlines():
        line = line.replace("*", "").strip()
        if not line:
            continue
        seen += 1
        if len(line) <= TITLE_LINE_MAX and not re.search(r"[。，,；;：:]", line) and PAPER_TITLE_RE.search(line):
            return line
        if seen == 3:
            break
    return ""


class Sections:
    """The sections of one document, looked up by text offset."""

    def __init__(self, doc: Document):
        marks = [(m.start(), m.group(1)) for m in HEADING_RE.finditer(doc.text) if _starts_section(m)]
        if not marks or marks[0][0] > 0:
            marks.insert(0, (0, ""))
        bounds = [m[0] for m in marks] + [len(doc.text)]
        self.sections = [_make(doc, bounds[i], bounds[i + 1], marks[i][1]) for i in range(len(marks))]
        self._starts = [s.start for s in self.sections]

    def at(self, pos: int) -> Section:
        return self.sections[bisect.bisect_right(self._starts, pos) - 1]


_LAST: list = [None, None]  # the last text whose sections were asked, and its Sections


def sections_of(doc: Document) -> Sections:
    """The :class:`Sections` of ``doc``, made once per text (they depend on the text alone): the
    act reader, the hold readers' dating and the biography reader each made their own, three
    reads of every section's head on a yearbook. Read only: the same object is handed to all."""
    if _LAST[0] is not doc.text:
        _LAST[0], _LAST[1] = doc.text, Sections(doc)
    return _LAST[1]
