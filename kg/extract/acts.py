"""Personnel acts: appoint, remove, resign, acting, elect — each proposed or decided.

Officials write acts in a handful of fixed clause shapes, which this module reads clause by
clause (clauses end at ；，。 — lists of acts are written "任命A为X；B为Y"):

- ``[提请][决定]任命|聘任 NAMES 为 POST`` and, in a list, ``NAMES 为 POST``; 代理 in the post
  makes it an *acting* decision (决定曾庆云为…代理检察长);
- ``[提请][决定]免去 NAMES 的 POSTS 职务`` and, in a list, ``NAMES 的 POSTS 职务``;
  ``免去其 POSTS 职务`` (the person of the clause before); ``NAME 不再担任 POST``;
- ``[提请审议][决定]接受 NAMES 辞去 POSTS 职务``; a request (申请辞去…, 提出辞去…的请求) is a
  *proposed* resignation by its applicant;
- ``NAMES 任 POSTS`` in notices (王昌鹏同志任…总经理，免去其…职务);
- ``选举 NAMES 为 POSTS``, ``NAMES 当选 POSTS``, ``…选区选出的…代表 NAME``.

A list heading ("**提请决定任命**", "## 二、提请免去") sets the act of the lines under it.
Status: 提请 / 拟 / 申请 / 请求 before the verb → proposed; 决定 / 已 → decided; otherwise the
section's kind (a bill or explanation proposes, a decision or the minutes decide — see
kg/extract/sections.py). Nominations as candidates (提名…候选人, …人选) are not acts.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from kg.extract.sections import Section, Sections, local_context
from kg.model import Document, Evidence, Fact
from kg.names import HAN, clean_name, is_person_name, split_names
from kg.orgs import canonical_org, parse_org
from kg.sentences import sentence_spans
from kg.titles import implied_org, split_post

NAME = rf"[{HAN}]{{2,4}}"
NAMES = rf"(?:{NAME}(?:（[女男]）)?、)*{NAME}(?:（[女男]）)?(?:等)?(?:[0-9两二三四五六七八九十]+[位名])?(?:同志)?"
TERMINAL = set("。！？；;：:")
PROPOSE_RE = re.compile(r"提请|拟|申请|请求|建议")
DECIDE_RE = re.compile(r"决定|已任命|已免去|已决定")
LIST_MARK_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])\s*")
POST_END_RE = re.compile(r"的议案|议案|事项|的决定|的说明|的党内任职通知|的通知|的请求|的书面申请|的申请")
NOTE_RE = re.compile(r"[（(](试用期[^）)]*|兼)[）)]")
CANDIDATE_RE = re.compile(r"(人选|候选人)$")

APPOINT_RE = re.compile(rf"(?P<pre>.*?)(?P<verb>(?:决定)?任命|(?:决定)?聘任|决定|提请审议|关于|[：:])(?P<names>{NAMES})为(?P<post>.+)$")
LIST_APPOINT_RE = re.compile(rf"^(?P<names>{NAMES})为(?P<post>.+)$")
REMOVE_RE = re.compile(rf"(?P<pre>.*?)免去(?P<names>{NAMES})的(?P<posts>.+?)职务")
LIST_REMOVE_RE = re.compile(rf"^(?P<names>{NAMES})的(?P<posts>.+?)职务")
REMOVE_HIS_RE = re.compile(r"(?P<pre>.*?)免去其(?P<posts>.+?)职务")
NO_LONGER_RE = re.compile(rf"(?P<names>{NAME})(?:同志)?不再担任(?P<post>.+)$")
RESIGN_RE = re.compile(rf"(?P<pre>.*?)(?:接受|关于|[：:]|^)(?P<names>{NAMES})辞去(?P<posts>.+?)(?:职务|身份)")
REQUEST_RE = re.compile(rf"^(?P<names>{NAMES}).*?提出了?辞去(?P<posts>.+?)(?:职务)?的(?:书面)?(?:请求|申请)")
SELF_RESIGN_RE = re.compile(r"申请辞去(?P<posts>.+?)(?:职务|身份)")
# "NAME同志任POST" (notices): the name must carry 同志 or follow "决定：" — "任" alone is too common.
NOTICE_RE = re.compile(
    rf"(?P<pre>^|.*?(?:决定|关于)[：:]?)(?P<names>(?:{NAME}(?:（[女男]）)?、)*{NAME}(?:（[女男]）)?)"
    rf"(?P<tz>同志(?:（[女男]）)?)?任(?![命职务期免])(?P<posts>.+)$"
)
ELECT_RE = re.compile(rf"(?P<pre>^|.*?选举)(?P<names>{NAMES})(?:[0-9一二三四五六七八九十]+人)?当选为?(?P<posts>.+)$")
ELECT_BY_RE = re.compile(rf"(?P<pre>.*?)选举(?P<names>{NAMES})为(?P<posts>.+)$")
ELECTED_FROM_RE = re.compile(rf"(?P<cons>[{HAN}]{{2,12}}选区)选出的(?P<post>[{HAN}]{{2,30}}代表)(?P<name>{NAME}?)(?=因|，|,|、|同志)")
SELF_ELECT_RE = re.compile(r"(?:我|本人)于(?P<y>\d{4})年(?:(?P<m>\d{1,2})月)?.{0,20}?当选为?(?P<posts>[^，。；]+)")
MODE_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?P<pre>提请)?(?:审议)?(?P<dec>决定)?(?P<verb>任命|免去|免职)?$")


@dataclass
class Mode:
    """The act a list continues: set by a verb, kept across the list's clauses."""

    kind: str  # appoint | remove
    status: str


@dataclass
class Ctx:
    doc: Document
    jur: str | None
    sections: Sections
    chron_marks: list[int]
    chron_dates: list[str | None]


def _join_lines(text: str) -> tuple[str, list[int]]:
    """Join lines broken inside a sentence (no terminal punctuation at the end) so that a
    clause split by a page or a list heading reads whole. Returns the text and a map to
    ``text`` offsets. Section headings ("# …") stay on their own lines; "**" is dropped."""
    out: list[str] = []
    pos: list[int] = []
    lines = text.split("\n")
    offset = 0
    for i, line in enumerate(lines):
        heading = line.startswith("#") and not MODE_HEADING_RE.match(line.lstrip("#* ").replace("*", ""))
        for j, ch in enumerate(line):
            if ch == "*" or (ch in "# " and line[:j + 1].strip("# ") == ""):
                continue
            out.append(ch)
            pos.append(offset + j)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        stripped = line.replace("*", "").rstrip()
        join = (
            stripped
            and not heading
            and stripped[-1] not in TERMINAL
            and not nxt.startswith("#")
            and len(stripped) < 200
        )
        if not join and i + 1 < len(lines):
            out.append("\n")
            pos.append(offset + len(line))
        offset += len(line) + 1
    pos.append(len(text))
    return "".join(out), pos


def _org_for(org_text: str, title: str, inherited: str | None, jur: str | None) -> tuple[str | None, str | None]:
    """(org, org_text) for a post: the org written with it, else the one before it in the
    list, else the one its title implies (副区长 → the district government)."""
    if org_text:
        return canonical_org(org_text, jur), org_text
    if inherited:
        if inherited.endswith(("检察委员会", "审判委员会")) and not title.endswith("委员"):
            info = parse_org(inherited, jur)
            return (info.parent if info else None), None
        return inherited, None
    implied = implied_org(title, jur)
    return implied, None


def _posts(text: str, jur: str | None) -> list[tuple[str, str | None, str | None, dict]]:
    """Split "A局局长、副书记" into [(title, org, org_text, extra)…]; [] unless every part is a post."""
    text = POST_END_RE.split(text, maxsplit=1)[0].strip("。，、 ")
    if not text or CANDIDATE_RE.search(text):
        return []
    result = []
    inherited: str | None = None
    inherited_text: str | None = None
    for part in text.split("、"):
        extra: dict = {}
        for note in NOTE_RE.findall(part):
            extra["concurrent" if note == "兼" else "probation"] = True if note == "兼" else note
        part = NOTE_RE.sub("", part).strip()
        if part.startswith("代理"):
            part, extra["acting"] = part[2:], True
        post = split_post(part)
        if post is None:
            return []
        if "代理" in post.org_text[-2:]:
            extra["acting"] = True
            post = type(post)(post.org_text[:-2], post.title, post.concurrent)
        org, org_text = _org_for(post.org_text, post.title, inherited, jur)
        if post.org_text:
            inherited, inherited_text = org, post.org_text
        result.append((post.title, org, org_text or inherited_text, extra))
    return result


def _status(pre: str, section: Section, mode: Mode | None = None) -> str:
    if PROPOSE_RE.search(pre):
        return "proposed"
    if DECIDE_RE.search(pre):
        return "decided"
    if mode is not None:
        return mode.status
    return "proposed" if section.proposing else "decided"


class ActReader:
    """Reads the acts of one document (one instance per document)."""

    def __init__(self, doc: Document):
        from kg.extract.mentions import chronicle_dates  # chronicle days (大事记) date the acts

        marks, dates = chronicle_dates(doc)
        self.ctx = Ctx(doc, doc.jurisdiction, Sections(doc), marks, dates)
        self.facts: list[Fact] = []

    # -- output ------------------------------------------------------------------------------
    def _date(self, pos: int, section: Section) -> str | None:
        i = bisect.bisect_right(self.ctx.chron_marks, pos) - 1
        if i >= 0 and self.ctx.chron_dates[i]:
            return self.ctx.chron_dates[i]
        return section.date

    def _body(self, section: Section) -> str | None:
        """The issuing body of a section heading, canonical when kg.orgs knows it, as written
        when it reads as a body (never an agenda item such as "三、听取区政府…")."""
        if not section.body or LIST_MARK_RE.match(section.body):
            return None
        return canonical_org(section.body, self.ctx.jur) or section.body

    def _decided_by(self, status: str, section: Section) -> str | None:
        jur = self.ctx.jur
        if status == "decided":
            if section.meeting and "人大常委会" in section.meeting and jur:
                return f"{jur}人民代表大会常务委员会"
            if section.meeting and "人民政府" in section.meeting and jur:
                return f"{jur}人民政府"
            if section.heading.rstrip().endswith("决定"):
                return self._body(section)
            return None
        return self._body(section)

    def emit(self, kind: str, status: str, names: list[str], posts, ev: Evidence, pos: int,
             date: str | None = None, extra: dict | None = None) -> None:
        section = self.ctx.sections.at(pos)
        if not section.heading:  # no heading to describe this part: read around the act
            local = local_context(self.ctx.doc.text, pos)
            section = replace(section, date=local["date"], doc_number=local["doc_number"],
                              meeting=local["meeting"])
        for name in names:
            for title, org, org_text, post_extra in posts:
                k = "acting" if post_extra.get("acting") and kind == "appoint" else kind
                more = {k2: v for k2, v in {**post_extra, **(extra or {})}.items() if k2 != "acting"}
                self.facts.append(Fact(
                    kind=k, status=status, person=name, title=title, org=org, org_text=org_text,
                    date=self._date(pos, section) if date is None else (date or None), source=ev, evidence=[ev],
                    decided_by=self._decided_by(status, section), meeting=section.meeting,
                    doc_number=section.doc_number, extra=more or None,
                ))

    # -- reading -----------------------------------------------------------------------------
    def read(self) -> list[Fact]:
        joined, jmap = _join_lines(self.ctx.doc.text)
        mode: Mode | None = None
        last_section: Section | None = None
        for s_start, s_end in sentence_spans(joined):
            text = joined[s_start:s_end]
            if not text.strip():
                continue
            start = jmap[s_start]
            section = self.ctx.sections.at(start)
            if section is not last_section:
                mode, last_section = None, section
            ev = self._evidence(s_start, s_end, text, jmap)
            mode = self._sentence(text, start, section, ev, mode)
        return self.facts

    def _evidence(self, s: int, e: int, text: str, jmap: list[int]) -> Evidence:
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        ts, te = jmap[s + lead], jmap[s + trail - 1] + 1
        os_, oe = self.ctx.doc.to_original(ts, te)
        return Evidence(doc=self.ctx.doc.path, start=os_, end=oe, text=text.strip())

    def _sentence(self, text: str, pos: int, section: Section, ev: Evidence, mode: Mode | None) -> Mode | None:
        self._sentence_level(text, pos, section, ev)
        person: list[str] = []
        for clause in re.split(r"[；;，,。]", text):
            clause = LIST_MARK_RE.sub("", clause.strip())
            if not clause:
                continue
            mode, person = self._clause(clause, pos, section, ev, mode, person)
        return mode

    def _sentence_level(self, text: str, pos: int, section: Section, ev: Evidence) -> None:
        """Shapes that span clauses: first-person requests and elections, 选区选出的代表."""
        jur = self.ctx.jur
        for m in ELECTED_FROM_RE.finditer(text):
            name = clean_name(m.group("name"))
            posts = _posts(m.group("post"), jur)
            if is_person_name(name) and posts:
                self.emit("elect", "decided", [name], posts, ev, pos, date="",
                          extra={"constituency": m.group("cons")})
        m = SELF_ELECT_RE.search(text)
        if m and (who := self._applicant(pos)):
            posts = _posts(m.group("posts"), jur)
            date = f"{m.group('y')}-{int(m.group('m')):02d}" if m.group("m") else m.group("y")
            if posts:
                self.emit("elect", "decided", [who], posts, ev, pos, date=date)
        m = SELF_RESIGN_RE.search(text)
        if m and ("本人" in text or "我" in text or section.applicant) and not re.search(r"同志辞去|接受", text):
            who = self._self_name(text) or self._applicant(pos)
            posts = _posts(m.group("posts"), jur)
            if who and posts:
                self.emit("resign", "proposed", [who], posts, ev, pos)

    def _self_name(self, text: str) -> str | None:
        m = re.search(rf"本人({NAME})[，,]", text)
        if m and is_person_name(m.group(1)):
            return m.group(1)
        return None

    def _applicant(self, pos: int) -> str | None:
        """The signer (申请人：NAME) of the request this position is in: the first after it."""
        section = self.ctx.sections.at(pos)
        text = self.ctx.doc.text
        m = re.compile(rf"申请人[：:]\s*({NAME})").search(text, pos, section.end)
        if m and is_person_name(m.group(1)):
            return m.group(1)
        m = re.compile(rf"本人({NAME})[，,]").search(text, section.start, pos + 200)
        return m.group(1) if m and is_person_name(m.group(1)) else None

    def _clause(self, c: str, pos: int, section: Section, ev: Evidence, mode: Mode | None,
                person: list[str]) -> tuple[Mode | None, list[str]]:
        jur = self.ctx.jur
        heading = MODE_HEADING_RE.match(c)
        if heading and heading.group("verb"):
            status = "proposed" if heading.group("pre") or section.proposing else "decided"
            kind = "appoint" if heading.group("verb") == "任命" else "remove"
            return Mode(kind, status), person

        if "提名" in c and CANDIDATE_RE.search(POST_END_RE.split(c)[0]):
            return None, person

        if m := RESIGN_RE.match(c) or REQUEST_RE.match(c):
            names = split_names(m.group("names"))
            posts = _posts(m.group("posts"), jur)
            if names and posts:
                pre = m.groupdict().get("pre") or ""
                status = "proposed" if m.re is REQUEST_RE else _status(pre + c[: m.start("names")], section)
                self.emit("resign", status, names, posts, ev, pos)
                return None, names
            return mode, person

        if m := REMOVE_RE.match(c):
            return self._remove(m, c, pos, section, ev, None)
        if m := REMOVE_HIS_RE.match(c):
            posts = _posts(m.group("posts"), jur)
            if person and posts:
                self.emit("remove", _status(m.group("pre"), section, mode), person, posts, ev, pos)
            return mode, person
        if m := NO_LONGER_RE.search(c):
            names, posts = split_names(m.group("names")), _posts(m.group("post"), jur)
            if names and posts:
                self.emit("remove", "decided", names, posts, ev, pos)
            return mode, names or person

        if (m := ELECT_BY_RE.match(c)) or (m := ELECT_RE.match(c)):
            names, posts = split_names(m.group("names")), _posts(m.group("posts"), jur)
            if names and posts:
                self.emit("elect", "decided", names, posts, ev, pos)
                return None, names

        if m := APPOINT_RE.match(c):
            pre = m.group("pre") + m.group("verb")
            if "提名" in pre:
                return None, person
            names, posts = split_names(m.group("names")), _posts(m.group("post"), jur)
            if names and posts:
                status = _status(pre, section)
                self.emit("appoint", status, names, posts, ev, pos)
                return Mode("appoint", status), names
            if m.group("verb") in ("任命", "聘任") and not m.group("names"):
                return Mode("appoint", _status(pre, section)), person

        if mode is not None:
            if mode.kind == "appoint" and (m := LIST_APPOINT_RE.match(c)):
                names, posts = split_names(m.group("names")), _posts(m.group("post"), jur)
                if names and posts:
                    self.emit("appoint", mode.status, names, posts, ev, pos)
                    return mode, names
            if mode.kind == "remove" and (m := LIST_REMOVE_RE.match(c)):
                return self._remove(m, c, pos, section, ev, mode)

        if m := NOTICE_RE.match(c):
            names, posts = split_names(m.group("names")), _posts(m.group("posts"), jur)
            decision = m.group("tz") or re.search(r"决定[：:]$", m.group("pre"))
            if names and posts and posts[0][1] and decision:
                status = "proposed" if "拟" in m.group("pre") else "decided"
                self.emit("appoint", status, names, posts, ev, pos)
                return None, names

        verb = re.search(r"(提请)?(?:审议)?(决定)?(任命|免去)$", c)
        if verb:  # a verb whose list starts on the next line
            status = _status(c[: verb.start(3)], section)
            return Mode("appoint" if verb.group(3) == "任命" else "remove", status), person
        return None, person

    def _remove(self, m: re.Match, c: str, pos: int, section: Section, ev: Evidence,
                mode: Mode | None) -> tuple[Mode | None, list[str]]:
        names, posts = split_names(m.group("names")), _posts(m.group("posts"), self.ctx.jur)
        if not (names and posts):
            return mode, []
        status = mode.status if mode else _status(m.group("pre"), section)
        self.emit("remove", status, names, posts, ev, pos)
        return (mode or Mode("remove", status)), names


def extract_acts(doc: Document) -> list[Fact]:
    """All personnel acts of ``doc``, one Fact per clause reading (not yet merged)."""
    return ActReader(doc).read()
