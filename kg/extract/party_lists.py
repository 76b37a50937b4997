"""Election lists of party congresses and plenums, as the official 名单 write them (issue 9).

- A heading names the committee and the role, the names follow on the lines below it:
  ``中国共产党嘉善县第十五届委员会委员名单`` (then an adoption line ``（2021年9月15日…代表大会选举）``
  and an order line ``（31名，按姓氏笔画为序）``, both optional) and lines of names separated by
  spaces or 、 → ``elect`` 委员 of 中共浙江省嘉兴市嘉善县委员会; ``…候补委员名单`` → 候补委员;
  ``…纪律检查委员会委员名单`` → 委员 of the discipline commission.
- A heading of several roles (``…委员会常务委员会委员、书记、副书记名单``) is followed by
  ``书  记：王建国`` / ``副书记：A  B`` / ``常  委：…`` lines → 书记 / 副书记 / 常委.
- The same list written inline: ``中共XX县第十五届委员会委员（31名，按姓氏笔画为序）：A、B、C。``,
  ``…委员名单（35名，按姓氏笔画为序）：A、B、C。``

- A people's congress's own lists, written the same way (session 20): ``江苏省出席第十四届全国人民代表大会
  代表名单`` → ``elect`` 代表 of 第十四届全国人民代表大会; ``（新当选的）南京市第十六届人民代表大会常务委员会委员
  名单`` → 委员 of its standing committee (``CONGRESS_HEAD_RE``).

Names are read from the original line (normalization joins what spaces separate): pieces
separated by 、 / ， / spaces; a two-character name padded to three cells (``王　晨``) is two
one-character pieces, joined. A line whose pieces are not all names ends the list (precision
first: prose, another heading, a table). The acts are emitted through the act reader, which
dates them and names their deciding body as for any act (kg.extract.dating); an adoption line's
own date wins.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.dates import iso
from kg.extract.posts import PostReading, canonical
from kg.model import Evidence
from kg.names import clean_name, is_list_name, is_person_name

if TYPE_CHECKING:
    from kg.extract.acts import ActReader

_NUM = "一二三四五六七八九十"
_ROLE = r"(?:常务委员会委员|常务委员|候补委员|委员|常委|副书记|书记)"
# 中国共产党<place>第N届委员会 / 纪律检查委员会 + roles + 名单 (heading) or + （…）：/ ： (inline)
HEAD_RE = re.compile(
    rf"^\s*(?:附[：:]?\s*)?(?:中国共产党|中共)(?P<place>[\u4e00-\u9fff]{{2,30}}?)第[{_NUM}]+届"
    rf"(?P<body>纪律检查委员会|委员会)(?P<roles>{_ROLE}(?:[、和及]{_ROLE})*)"
    rf"(?:(?P<heading>名单)(?P<note>(?:\s*[（(][^（）()]{{0,80}}[)）])*)(?P<after>[^：:]*)$"
    rf"|(?:名单)?\s*(?:[（(](?P<inote>[^（）()]{{0,30}})[)）])?[：:](?P<rest>.*)$)")  # …委员名单（35名）：A、B
# the lists a people's congress elects, written as the party's are (session 20): its deputies to the
# congress above (江苏省出席第十四届全国人民代表大会代表名单, 南京市出席江苏省第十四届人民代表大会代表名单)
# → 代表 of that congress; the members of its standing committee (（新当选的）南京市第十六届人民代表大会
# 常务委员会委员名单) → 委员 of the standing committee; a region's deputies to the national congress, elected
# by its electoral conference (香港特别行政区第十三届全国人大代表名单如下：, round 38)
CONGRESS_HEAD_RE = re.compile(
    rf"^\s*(?:新当选的)?(?P<place>[\u4e00-\u9fff]{{2,30}}?)"
    rf"(?:出席(?P<upper>[\u4e00-\u9fff]{{0,20}}?)第(?P<term>[{_NUM}]+)届(?P<nation>全国)?人民代表大会(?P<roles>代表)"
    rf"|第(?P<nterm>[{_NUM}]+)届全国(?:人民代表大会|人大)(?P<nroles>代表)"
    rf"|第[{_NUM}]+届人民代表大会常务委员会(?P<sc_roles>委员))"
    rf"(?P<heading>名单)(?:如下)?(?P<note>(?:\s*[（(][^（）()]{{0,80}}[)）])*)(?:(?P<after>[^：:]*)[：:]?$|[：:](?P<rest>.+)$)")
# a bracketed line under the heading: the adoption (…选举 / …通过) or the order (31名，按姓氏笔画为序)
NOTE_RE = re.compile(r"^\s*(?:[（(][^（）()]{0,80}[)）]\s*)+$")  # joined by normalization: several in a line
# a list not (yet) elected: a draft, candidates, a proposal — not read
NOT_ELECTED_RE = re.compile(r"草案|候选|建议|预备|提名|拟|酝酿|考察")
DATE_RE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
# a role line of a several-roles list: "书  记：王建国", "副书记：A  B", "常  委：…"
ROLE_LINE_RE = re.compile(rf"^\s*(?P<role>(?:{'|'.join(' *'.join(r) for r in ('常务委员会委员', '常务委员', '候补委员', '副书记', '书记', '常委', '委员'))}))\s*[：:](?P<rest>.*)$")
_TITLES = {"常务委员会委员": "常委", "常务委员": "常委", "常委": "常委", "委员": "委员", "候补委员": "候补委员",
           "书记": "书记", "副书记": "副书记"}
# the pieces of a line of names: 、 ， ； and a last 及 / 和 (…、谭志源及谭耀宗。, round 38)
LIST_SEP_RE = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff])[及和](?=[\u4e00-\u9fff]{2,4}$)")
MARK_RE = re.compile(r"[（(][^（）()]{0,12}[)）]")
MAX_LINES = 80  # a list longer than this many lines is not a list of names


def list_line_names(line: str) -> list[str]:
    """The names of one line of a list, or [] when a piece is not a name: "丁一明  王建国、刘晓红（女）"
    → [丁一明, 王建国, 刘晓红]; "王　晨　李　强" → [王晨, 李强] (padded two-character names)."""
    line = MARK_RE.sub(" ", line).strip().strip("。；;")
    if not line:
        return []
    pieces: list[str] = []
    for part in LIST_SEP_RE.split(line):
        words = part.split()
        k = 0
        while k < len(words):
            w = words[k]
            if len(w) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1:
                w, k = w + words[k + 1], k + 1  # 王　晨: a padded two-character name
            pieces.append(w)
            k += 1
    names = [clean_name(p) for p in pieces if p]
    if not names:
        return []
    known = sum(is_person_name(n, delimited=True) for n in names)
    if not all(is_person_name(n, delimited=True) or ("·" not in n and is_list_name(n)) for n in names):
        return []
    return names if known * 3 >= len(names) * 2 else []


def read_party_lists(reader: "ActReader") -> None:
    """Emit the election acts of every party-congress or plenum list of the document."""
    doc = reader.ctx.doc
    text = doc.text
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    lines = [(s, text[s:text.find("\n", s) if text.find("\n", s) >= 0 else len(text)]) for s in starts]
    i = 0
    while i < len(lines):
        start, line = lines[i]
        head = HEAD_RE.match(line) if ("中国共产党" in line or "中共" in line) else None
        congress = CONGRESS_HEAD_RE.match(line) if head is None and ("人民代表大会" in line or "人大代表名单" in line) else None
        i += 1
        if congress is not None:
            i = _congress_list(reader, doc, lines, i, congress)
            continue
        if head is None:
            continue
        body_text = "中共" + head.group("place") + ("纪律检查委员会" if head.group("body") != "委员会" else "委员会")
        org = canonical(body_text, reader.ctx.jur)
        roles = re.findall(_ROLE, head.group("roles"))
        single = _TITLES[roles[0]] if len(roles) == 1 else None
        date = _date(head.group("note") or head.group("inote") or "")
        if NOT_ELECTED_RE.search(head.group("note") or head.group("inote") or ""):
            continue
        if head.group("heading") is None:  # inline: the names follow the colon, maybe on lines after
            if single is None:
                continue
            _emit(reader, doc, start + head.start("rest"), head.group("rest"), single, org, body_text, date)
            i = _follow(reader, doc, lines, i, single, org, body_text, date, head.group("rest"))
            continue
        if head.group("after").strip():  # the names line joined to its heading by normalization
            if single is None or not _emit(reader, doc, start + head.start("after"), head.group("after"),
                                           single, org, body_text, date):
                continue
            i = _follow(reader, doc, lines, i, single, org, body_text, date, "")
            continue
        drafted = False
        while i < len(lines) and NOTE_RE.match(lines[i][1]):  # adoption and order lines
            date = _date(lines[i][1]) or date
            drafted = drafted or bool(NOT_ELECTED_RE.search(lines[i][1]))
            i += 1
        if drafted:
            continue
        if single is not None:
            i = _follow(reader, doc, lines, i, single, org, body_text, date, "")
            continue
        role: str | None = None
        while i < len(lines) and (lines[i][1].strip() or role is None):
            s, ln = lines[i]
            if not ln.strip():
                i += 1
                continue
            rm = ROLE_LINE_RE.match(_original(doc, s, ln))
            if rm is not None:
                role = _TITLES[re.sub(r"\s+", "", rm.group("role"))]
                if not _emit(reader, doc, s, ln, role, org, body_text, date, rest=rm.group("rest")) \
                        and rm.group("rest").strip():
                    break
            elif role is None or not _emit(reader, doc, s, ln, role, org, body_text, date):
                break
            i += 1


def _congress_list(reader: "ActReader", doc, lines, i: int, head: re.Match[str]) -> int:
    """The deputies or standing-committee members a congress's list (CONGRESS_HEAD_RE) names, on
    the lines after its heading and its adoption / order lines; returns the next line's index."""
    if head.group("roles"):  # deputies to the congress above
        body_text = f"{head.group('upper')}第{head.group('term')}届{head.group('nation') or ''}人民代表大会"
        title = "代表"
    elif head.group("nroles"):  # a region's deputies to the national congress (香港特别行政区第十三届全国人大代表名单如下：)
        body_text, title = f"第{head.group('nterm')}届全国人民代表大会", "代表"
    else:
        body_text = f"{head.group('place')}人民代表大会常务委员会"
        title = "委员"
    org = canonical(body_text, reader.ctx.jur)
    date = _date(head.group("note") or "")
    if NOT_ELECTED_RE.search(head.group("note") or "") or (head.group("after") or "").strip():
        return i
    if head.group("rest") is not None:  # the names on the heading's line (名单如下：A、B、C): then maybe more lines
        line_start = lines[i - 1][0]
        if not _emit(reader, doc, line_start + head.start("rest"), head.group("rest"), title, org, body_text, date):
            return i
        return _follow(reader, doc, lines, i, title, org, body_text, date, head.group("rest"))
    drafted = False
    while i < len(lines) and NOTE_RE.match(lines[i][1]):  # adoption and order lines
        date = _date(lines[i][1]) or date
        drafted = drafted or bool(NOT_ELECTED_RE.search(lines[i][1]))
        i += 1
    return i if drafted else _follow(reader, doc, lines, i, title, org, body_text, date, "")


def _follow(reader: "ActReader", doc, lines, i: int, title: str, org: str | None, body_text: str,
            date: str | None, first: str) -> int:
    """Lines of names after a heading (or an inline list's first line); returns the next line's index."""
    stop = i + MAX_LINES
    if first.rstrip().endswith("。"):
        return i
    while i < len(lines) and i < stop:
        s, ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if not _emit(reader, doc, s, ln, title, org, body_text, date):
            break
        i += 1
    return i


def _original(doc, start: int, line: str) -> str:
    """The line as the file writes it (normalization joined the names a space separated)."""
    original = doc.original_as_read(start, start + len(line))
    return line if ("\n" in original.strip() or "<" in original) else original


def _emit(reader: "ActReader", doc, start: int, line: str, title: str, org: str | None, body_text: str,
          date: str | None, rest: str | None = None) -> bool:
    """Emit one elect fact per name of the line; False when the line is not a line of names."""
    names = list_line_names(rest if rest is not None else _original(doc, start, line))
    if not names:
        return False
    lead = len(line) - len(line.lstrip())
    o_start, o_end = doc.to_original(start + lead, start + len(line.rstrip()))
    ev = Evidence(doc=doc.path, start=o_start, end=o_end, text=doc.original[o_start:o_end])
    reader.emit("elect", "decided", names, [PostReading(title, org, body_text)], ev, start + lead, date=date)
    return True


def _date(note: str) -> str | None:
    m = DATE_RE.search(note)
    return iso(m.group(1), m.group(2), m.group(3)) if m else None
