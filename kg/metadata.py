"""Document metadata read from the text itself: title, date, year, jurisdiction.

Nothing here is guessed from outside knowledge: each value is read from a pattern in the
normalized text, and stays None when no pattern holds. What each field means:

- ``title``: a yearbook's name (大渡口年鉴（2022）); else a gazette / journal masthead with its
  issue (重庆市綦江区人民政府公报 2021年第6期（总第112期）); else, for a journal issue without a
  masthead, its sponsor (主管单位 / 主办单位) and issue; else a line that is a whole 《…》 title;
  else an official document title (关于…的报告 / 通知 / 决定 …); else the first heading-like line.
- ``date``: the document's own date, ISO, partial allowed. A labelled date (成文日期, 发布日期,
  时间：); a publication date (…出版); a yearbook's edition year ("2022"); a newspaper's date
  when the document is that newspaper article; for a journal issue without one, the month of its
  latest meeting / covered period ("2025-06"). The meeting dates themselves go to
  ``meta["meeting_dates"]``, a covered period to ``meta["period"]``.
- ``year``: the year the document reports on: a yearbook's edition year minus one (or the year
  its editorial note names as 年度); else the year of ``date``.
- ``jurisdiction``: the place the document is about — a province-level unit, prefecture or
  county anywhere in China — as a canonical full name (重庆市巴南区, 浙江省杭州市,
  内蒙古自治区鄂尔多斯市达拉特旗), read with the nationwide place table (kg.places): the place
  names the text writes, its issuing body, its level words (区委, 本县, 全市); see the
  "jurisdiction" section below for the rule. None when the text does not clearly say (no
  place, two places alike, one weak mention, a national document, traditional script). Town
  names listed in the text (…镇, …街道) are kept in ``meta["towns"]`` as a hint.
- ``meta``: also ``issue``, ``sponsor``, ``publication`` / ``reprint`` (a newspaper article
  reprinted inside a gazette), ``jurisdiction_counts`` (the evidence for the choice).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kg import fast_re
from kg.dates import iso
from kg.model import Document, DocumentMeta, Publication

if TYPE_CHECKING:
    from kg.places import Place

_HEAD = 6000  # metadata lives near the top; only dates and places scan the whole text

_MUNICIPALITIES = ("北京", "天津", "上海", "重庆")
_PROVINCES = (
    "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
    "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
)
_REGIONS = ("内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
_H = r"[\u4e00-\u9fff]"
_PLACE = re.compile(
    rf"(?:(?P<muni>{'|'.join(_MUNICIPALITIES)})市(?P<mdist>{_H}{{2,4}}?)(?P<mkind>区|县))"
    rf"|(?:(?P<prov>{'|'.join(_PROVINCES)})省|(?P<reg>{'|'.join(_REGIONS)}))"
    rf"(?P<city>{_H}{{2,5}}?)(?P<ckind>市|州|盟)(?:(?P<dist>{_H}{{2,4}}?)(?P<dkind>区|县|市|旗))?"
)
_BAD_CORE = re.compile(r"^第|地$|^(?:行政|城市|中心|主城|城区|社区|全市|全区|本市|该市)$")

_DATE = r"(\d{4})[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*日"
_ISO = r"(\d{4})[-./](\d{1,2})[-./](\d{1,2})"
# (注册时间 / 加入时间 / 登录时间: a forum poster's account, never the page's date; session 38)
_LABELLED = re.compile(rf"(成文日期|发布日期|印发日期|发文日期|日期|(?<!注册)(?<!加入)(?<!登录)(?<!登陆)时间|(?<![A-Za-z])date(?=[ \t]+\d))[ \t]*[\]】]?[ \t]*[|：:]?[ \t]*[|]?[ \t]*(?:{_ISO}|{_DATE})")
_PUBLISHED = re.compile(rf"{_DATE}\s*(?:出版|发表)")  # 2001年1月13日發表: a page's own date
# a page's own date written without a label (session 22 probes): a line of a timestamp alone
# ("2023-01-18 09:12:30", the page's foot or head), a source credit with its date ("（来源：大众日报 2023-01-18）")
_STAMP = re.compile(rf"(?m)^[ \t　]*{_ISO}(?:[ \t　]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[ \t　]*$")  # (a bare 2018-03-14 line under the headline: session 30)
_SOURCE_DATED = re.compile(rf"来源[：:][^\n：:]{{0,24}}?[ \t　]*(?:{_ISO}|{_DATE})")
_NEWSPAPER = re.compile(rf"《([^《》\n]{{2,12}}报(?:海外版)?)》\s*[（(]\s*{_DATE}\s*(第\s*[\d一二三四五六七八九十]+\s*版)?\s*[)）]")  # 《人民日报海外版》 (2000年06月03日第二版)
_ISSUE = re.compile(r"(\d{4})年第(\d{1,2})期(?:\s{0,3}（总第(\d+)期）)?")
_YEARBOOK = re.compile(r"《?([\u4e00-\u9fff]{2,12}年鉴)（(\d{4})）》?")
# a chronicle's title naming its period: 中国共产党四川历史大事记（2020年3月）, …大事记（2019年）
_CHRONICLE_TITLE = re.compile(r"^[^\n]{0,40}大事记[（(](\d{4})年(?:(\d{1,2})月)?[)）]")
_YEARBOOK_YEAR = re.compile(r"所记[^。\n]{0,10}?为(\d{4})年度|反映[^。\n]{0,20}?(\d{4})年度")
_MASTHEAD = re.compile(rf"^{_H}[^\n。，]{{1,30}}(?:公报|通讯|简报|学报|周刊|月刊|人大|政协)$")
_SPONSOR = re.compile(r"^(?:主管单位|主办单位)[：:]\s*(\S[^\n]{1,40})$", re.M)
_PERIOD = re.compile(rf"（{_DATE}\s*[—\-－~～至]+\s*{_DATE}）")
_MEETING = re.compile(rf"{_DATE}[^。\n]{{0,40}}?第[一二三四五六七八九十百\d]+次(?:主任)?会议")
_WHOLE_TITLE = re.compile(r"^《([^《》\n]{4,80})》$", re.M)
_OFFICIAL = re.compile(
    r"^(?:[^\n]{0,40})关于[^\n]{2,90}?的(?:报告|通知|决定|意见|议案|方案|通报|批复|函|请示|公告|规定|办法)(?:（[^）\n]{1,10}）)?$"
)
_SKIP_LINE = re.compile(r"您当前的位置|^\[|^#|^目\s*录$|^【字体|\.{3,}|…{2,}|^\d{4}年第\d+期|^-")
_TOWN = re.compile(r"(?:^|(?<=[、，,；\s（(“：:]))([\u4e00-\u9fff]{2,3}(?:镇|街道))(?=[、，,；\s）)”]|$)", re.M)


def detect_metadata(doc: Document) -> None:
    """Fill ``doc.title``, ``doc.date``, ``doc.year``, ``doc.jurisdiction`` and ``doc.meta``
    from ``doc.text`` (see the module doc for what each means). Values the text does not give
    stay None."""
    text = doc.text
    head = text[:_HEAD]
    meta = doc.meta
    yearbook = _YEARBOOK.search(head)
    issue = _ISSUE.search(head)
    masthead = _masthead(head, issue)
    newspaper = _NEWSPAPER.search(head)
    if issue:
        meta["issue"] = _issue_name(issue)
    sponsor = _SPONSOR.search(head)
    if sponsor:
        meta["sponsor"] = sponsor.group(1).strip()
    if newspaper:
        paper = Publication(name=newspaper.group(1), date=_iso(*newspaper.group(2, 3, 4)))
        if masthead:
            meta["reprint"] = paper
        else:
            meta["publication"] = paper
    _meetings(text, meta)
    doc.title = _title(head, yearbook, masthead, issue, meta)
    doc.date = _date(head, yearbook, newspaper, issue, masthead, meta)
    doc.year = _year(head, yearbook, doc.date)
    doc.jurisdiction = _jurisdiction(text, meta)
    if "人民代表大会" in text and ("镇" in text or "乡" in text):
        doc.jurisdiction = _own_town(text, doc.jurisdiction) or doc.jurisdiction
    # (findall's matches, tried only where 镇 / 街道 stands 2-3 characters on)
    towns = sorted({m.group(1) for m in fast_re.finditer_near_any(_TOWN, text, ("镇", "街道"), 3)})
    if towns:
        meta["towns"] = towns
    if zone := _zone(text):
        meta["zone"] = zone


# a development zone named before its working or management committee, maybe with the names it also
# bears in brackets: "台州湾循环经济产业集聚区（高新技术产业园区、绿心旅游度假区）党工委", "松山新区管委会"
_ZONE_WORDS = "新区|开发区|高新区|经开区|园区|工业园|产业园|集聚区|度假区|试验区|示范区|投资区|合作区"
_ZONE_BODY = re.compile(rf"([\u4e00-\u9fff\-－]{{2,20}}?(?:{_ZONE_WORDS}))(?:[（(][^（）()\n]{{1,40}}[)）])?(?=党工委|管委会|管理委员会|工委)")
# the words of a zone's kind, never its own name (市经济技术开发区 names no zone of its own)
_GENERIC_ZONE = rf"(?:经济技术|高新技术产业|高新技术|经济|旅游|产业|工业|贸易|自由|综合保税|台商投资|循环经济)*(?:{_ZONE_WORDS})$"
# what opens a zone's name no part of it: the words of the clause before it (新组建的…, 确保…, 加快…)
_ZONE_LEAD = re.compile(r"^.*[的在了和与及把对将为是由到、，,任兼年后况记]|^(?:新组建|组建|成立|建立|确保|推进|推动|加快|建设|撤销|设立|设置|挂牌|印发)+")


def _zone(text: str) -> str | None:
    """The zone whose 党工委 / 管委会 the text names: the only one, or the one named at least twice and
    more than twice as often as any other (a page of one zone's appointments: "芮宏同志任党工委书记" is of that zone's working
    committee); None for a text of no zone or of several (session 30)."""
    if "管委会" not in text and "党工委" not in text and "管理委员会" not in text:
        return None  # (no zone body named: no search)
    counts: Counter[str] = Counter()
    # (every match has 党工委 / 管委会 / 管理委员会 / 工委 within 64 characters of its start: tried only there)
    for m in fast_re.finditer_near_any(_ZONE_BODY, text, ("党工委", "管委会", "管理委员会", "工委"), 64):
        zone = _ZONE_LEAD.sub("", m.group(1))
        if len(re.sub(rf"^(?:[省市县区州]|省级|市级|县级|国家级)|{_GENERIC_ZONE}", "", zone)) >= 2:
            counts[zone] += 1
    for longer in [z for z in counts if any(z != o and z.endswith(o) for o in counts)]:
        shorter = max((o for o in counts if o != longer and longer.endswith(o)), key=len)
        counts[shorter] += counts.pop(longer)  # "建立台州湾…集聚区" and "台州湾…集聚区": one zone, a verb before it
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and (ranked[0][1] < 2 or ranked[0][1] <= 2 * ranked[1][1])):
        return None  # (one zone named once is the text's; of several, one named most, twice or more)
    return ranked[0][0]


# a town's own congress named with the town (and maybe its county) before its term:
# "红安县七里坪镇第十八届人民代表大会", "七里坪镇召开第十八届人民代表大会第一次会议" (session 20)
_TOWN_CONGRESS = re.compile(r"(?:^|(?<=[\s，,。；：:“]))(?P<county>[\u4e00-\u9fff]{1,6}?[县区市旗])?"
                            r"(?P<town>[\u4e00-\u9fff]{2,4}?[镇乡])(?:召开|举行)?第[一二三四五六七八九十]+届人民代表大会",
                            re.M)


def _own_town(text: str, jurisdiction: str | None) -> str | None:
    """The page of one town's congress: its county (written before the town, or the document's
    county-level jurisdiction) and the town (湖北省黄冈市红安县 + 七里坪镇), when every congress
    the text names is that town's; None otherwise (a town whose county the text does not
    place stays unplaced: never a guess)."""
    from kg.orgs import expand_jurisdiction
    from kg.places import TIER_COUNTY, gazetteer

    found = list(fast_re.finditer(_TOWN_CONGRESS, text))  # (tried after its clause marks only: the same matches)
    if not found or len({m.group("town") for m in found}) != 1:
        return None
    town = found[0].group("town")
    bases = {expand_jurisdiction(m.group("county"), jurisdiction) for m in found if m.group("county")}
    bases.discard(None)
    g = gazetteer()
    if not bases and jurisdiction and jurisdiction in g.full and g.full[jurisdiction].tier == TIER_COUNTY:
        bases = {jurisdiction}
    if len(bases) != 1:
        return None
    base = bases.pop()
    if base is None or base not in g.full or g.full[base].tier != TIER_COUNTY:
        return None
    if jurisdiction and not base.startswith(jurisdiction) and not jurisdiction.startswith(base):
        return None
    return base + town


# ---------------------------------------------------------------- title


def _issue_name(issue: re.Match) -> str:
    year, number, total = issue.groups()
    return f"{year}年第{number}期" + (f"（总第{total}期）" if total else "")


def _masthead(head: str, issue: re.Match | None) -> str | None:
    """A masthead is the line just before the issue line (重庆市綦江区人民政府公报 / 2021年第6期)."""
    if not issue:
        return None
    before = head[: issue.start()].rstrip("\n").rsplit("\n", 1)[-1].strip()
    return before if _MASTHEAD.match(before) else None


def _title(head: str, yearbook, masthead, issue, meta: DocumentMeta) -> str | None:
    if yearbook:
        return f"{yearbook.group(1)}（{yearbook.group(2)}）"
    if masthead and issue:
        return f"{masthead} {_issue_name(issue)}"
    if issue and "sponsor" in meta:
        return f"{meta['sponsor']} {_issue_name(issue)}"
    lines = [ln.strip() for ln in head.split("\n")[:40]]
    for ln in lines[:20]:
        m = _WHOLE_TITLE.match(ln)
        if m:
            return m.group(1)
    for ln in lines:
        if _OFFICIAL.match(ln) and not _SKIP_LINE.search(ln):
            return ln
    for ln in lines:
        if 4 <= len(ln) <= 60 and len(re.findall(_H, ln)) >= 4 and not _SKIP_LINE.search(ln) \
                and not ln.endswith("。"):
            return ln
    return None


# ---------------------------------------------------------------- dates


def _iso(y: str, m: str | None = None, d: str | None = None) -> str | None:
    return iso(y, m or None, d or None)


def _valid(y: str, m: str, d: str) -> bool:
    return 1900 <= int(y) <= 2100 and iso(y, m, d) is not None


def _meetings(text: str, meta: DocumentMeta) -> None:
    dates = sorted({day for m in fast_re.finditer_in_lines(_MEETING, text, "会议") if (day := _iso(*m.group(1, 2, 3))) and _valid(*m.group(1, 2, 3))})
    if dates:
        meta["meeting_dates"] = dates
    period = _PERIOD.search(text[:_HEAD * 2])
    if period and _valid(*period.group(1, 2, 3)) and _valid(*period.group(4, 5, 6)):
        start, end = _iso(*period.group(1, 2, 3)), _iso(*period.group(4, 5, 6))
        if start and end:
            meta["period"] = [start, end]


# a repost's stamp: "来源:百度文库 编辑:偶看新闻 时间:2024/05/03 06:27:51" dates the copy on a
# document-sharing site, never the report copied under it (session 19)
REPOST_LINE = re.compile(r"来源[：:]\s*(?:百度文库|360doc|个人图书馆|道客巴巴|豆丁网?)[^\n]*")


def _date(head: str, yearbook, newspaper, issue, masthead, meta: DocumentMeta) -> str | None:
    head = REPOST_LINE.sub(lambda m: " " * len(m.group(0)), head)
    labelled = _LABELLED.search(head)
    if labelled:
        g = labelled.groups()
        ymd = g[1:4] if g[1] else g[4:7]
        if _valid(*ymd):
            return _iso(*ymd)
    published = _PUBLISHED.search(head)
    if published and _valid(*published.groups()):
        return _iso(*published.groups())
    for unlabelled in (_STAMP.search(head), _SOURCE_DATED.search(head)):
        if unlabelled:
            g = unlabelled.groups()
            ymd = g[0:3] if g[0] else g[3:6]
            if _valid(*ymd):
                return _iso(*ymd)
    if yearbook:
        return yearbook.group(2)
    if newspaper and not masthead and _valid(*newspaper.group(2, 3, 4)):
        return _iso(*newspaper.group(2, 3, 4))
    if issue:
        candidates = list(meta.get("meeting_dates", []))
        if "period" in meta:
            candidates.append(meta["period"][1])
        same_year = [d for d in candidates if d.startswith(issue.group(1))]
        return max(same_year)[:7] if same_year else issue.group(1)
    chronicle = _CHRONICLE_TITLE.match(head.lstrip())
    if chronicle and _valid(chronicle.group(1), chronicle.group(2) or "1", "1"):
        return _iso(chronicle.group(1), chronicle.group(2), None) if chronicle.group(2) else chronicle.group(1)
    return None


def _year(head: str, yearbook, date: str | None) -> int | None:
    if yearbook:
        stated = _YEARBOOK_YEAR.search(head)
        if stated:
            return int(stated.group(1) or stated.group(2))
        return int(yearbook.group(2)) - 1
    return int(date[:4]) if date else None


# ---------------------------------------------------------------- jurisdiction
#
# The document's own place, read from its text with the nationwide place table (kg.places):
# every full place name the text writes (浙江省杭州市西湖区, 西湖区, 恩施州, 巴县) is a mention;
# a name right after its parent's (杭州市西湖区) is one mention of the deeper place; a name of
# several places (鼓楼区) counts only when a chain or the leading place tells which. Each
# mention supports its place and the places above it. From the country down, a place is taken
# when it clearly leads its siblings (at least 2 mentions and twice the next; the stem written
# alone, 铜梁 of 平安铜梁, at least three times, confirms a place named once in full) and carries the document more
# than its parent's own mentions do, or the document's level words (区委, 本县, 全市 …) say its
# level. At the head, an issuing body (…人民政府, …发展改革委) or an official title line
# (关于重庆市巴南区…的报告) weighs three times. First lines that name
# a national body and no place (国务院任免…) make the country's document: no jurisdiction. A
# place after 驻 (驻澳门…联络办公室) is where a body is stationed, not a mention. A
# text in traditional script is not read (its names are not in the table's script). Unknown
# otherwise.

_LEVEL_CHARS = "省市区县州盟旗"
_LEVEL_END = re.compile(f"[{_LEVEL_CHARS}]")
_CONTEXT = re.compile(r"(?:本|全)(自治区|省|市|州|盟|区|县|旗)|(自治区|省|市|州|盟|区|县|旗)"
                      r"(?=(?:第?[一二三四五六七八九十]+届)?(?:委(?!员)|党委|政府|人大|政协|纪委|监委|人民政府"
                      r"|中级人民法院|人民法院|人民检察院|人民代表大会))")  # 自治区党委, 市十二届人大, 州第十四届人大, 州中级人民法院
# its two branches apart, each opening with characters the engine skips to (the one pattern, whose
# second branch opens with a group, was tried at every offset): :func:`_context_levels`
_CONTEXT_OWN = re.compile(_CONTEXT.pattern[: _CONTEXT.pattern.index("|(自治区")].replace("(?:本|全)", "[本全]", 1))
_CONTEXT_BODY = re.compile(_CONTEXT.pattern[_CONTEXT.pattern.index("|(自治区") + 1:])
_CONTEXT_LAST: list = [None, ()]  # the last text read, and its levels


def _context_levels(text: str) -> tuple[tuple[str, int | None], ...]:
    """(level, end of the level) of each match of ``_CONTEXT.finditer(text)``, in order: the end
    only for a level written before its body (group 2: 市委, 县人大), None after 本 / 全. The
    branches are searched apart and merged as the one search reads them: a match of the second
    inside one of the first (本市委: 市 of 本市) is one that search never tries."""
    if _CONTEXT_LAST[0] is text:
        found: tuple[tuple[str, int | None], ...] = _CONTEXT_LAST[1]
        return found
    own = [(m.start(), m.end(), m.group(1)) for m in _CONTEXT_OWN.finditer(text)]
    out: list[tuple[int, str, int | None]] = [(a, level, None) for a, _, level in own]
    i = 0
    for m in _CONTEXT_BODY.finditer(text):
        at = m.start()
        while i < len(own) and own[i][1] <= at:
            i += 1
        if i < len(own) and own[i][0] < at:
            continue  # inside a match of the first branch
        out.append((at, m.group(1), m.end(1)))
    out.sort(key=lambda x: x[0])
    _CONTEXT_LAST[0], _CONTEXT_LAST[1] = text, tuple((level, end) for _, level, end in out)
    return _CONTEXT_LAST[1]
_HEAD_CHARS = 300
# a place at the head followed by one of these holds the meeting or work the page reports
# (福州市全市公安机关领导干部大会: the place's whole, its own meeting; session 44)
_HELD_BY = re.compile(r"召开|举行|全(?:省|市|县|区|州|旗|盟)(?![长委])")
# a line opened by a place over its leaders: a roster's heading
_ROSTER_OF = re.compile(r"(?:历任|历届|现任领导|主要领导|党政领导|领导班子|领导名录|领导干部名录|领导成员|领导)")
# a year written before a roster's heading (2019年宜春市领导班子; session 21)
_YEAR_LEAD = re.compile(r"\s*(?:\d{4}|[一二〇○零]{4})\s*年(?:度)?\s*")
# a bare committee's standing-committee member, then the post of a place (市委常委、三河市委书记)
_UNDER_COMMITTEE = re.compile(r"(?<![\u4e00-\u9fff])(?:市|州|盟|地)委常委、$")
# a place at the head followed by one of these is the issuing body (…人民政府关于…)
_ISSUER = re.compile(r"(?:人民政府|政府|人民代表大会|人大|政协|委员会|党委|委|纪委|监委|监察委员会|"
                     r"第[一二三四五六七八九十]+次(?:党员)?代表大会|"  # (中国共产党青海省第十四次代表大会; session 33)
                     r"人民法院|人民检察院|[一-龥]{0,12}(?:厅|局|办公室|委员会|委|办))")


@lru_cache(maxsize=1)
def _place_names() -> tuple[dict[str, list[Place]], int]:
    """Full names and aliases (not stems) of every place, by word, and the longest word."""
    from kg.places import gazetteer  # lazy: the place table loads on first use

    # (the words ending with a level character first, _LEVEL_END's: a look-up, not a search per word)
    words = {w: ps for w, found in gazetteer().words.items()
             if w[-1] in _LEVEL_CHARS and (ps := [p for p, how in found if how != "stem"])}
    return words, max(len(w) for w in words)


@lru_cache(maxsize=1)
def _place_suffixes() -> frozenset[str]:
    """Every ending (two characters or more) of a place name of :func:`_place_names`."""
    words, _ = _place_names()
    return frozenset(w[-n:] for w in words for n in range(2, len(w) + 1))


def _mentions(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, Place) of every resolved place name of the text, chains joined."""
    return _all_mentions(text)[0]


def _all_mentions(text: str) -> tuple[list[tuple[int, int, Place]], list[tuple[int, int, list[Place]]]]:
    """:func:`_mentions`, and the mentions of a name several current places bear (西湖区, 鼓楼区) with
    their candidates."""
    from kg.places import pick

    words, maxlen = _place_names()
    endings = _place_suffixes()
    found: list[tuple[int, int, list[Place]]] = []
    ambiguous: list[tuple[int, int, list[Place]]] = []
    for m in _LEVEL_END.finditer(text):
        end = m.end()
        # the longest name ending here: lengthen while the text still ends like some name
        best = None
        n = 2
        while n <= min(maxlen, end) and text[end - n:end] in endings:
            if text[end - n:end] in words:
                best = n
            n += 1
        if best is not None:
            found.append((end - best, end, words[text[end - best:end]]))
    out: list[tuple[int, int, Place]] = []
    for start, end, cands in found:
        prev = out[-1] if out and out[-1][1] == start else None
        if prev is not None:
            inside = [p for p in cands if p.name.startswith(prev[2].name)]
            place = pick(inside, ()) if inside else None
            if place is not None:
                out[-1] = (prev[0], end, place)  # one mention of the deeper place
                continue
        if end - start <= 2 and not (_body_after(text, start, end) and _with_body_twice(text, text[start:end])):
            continue  # 城区, 忠县, 代县 (代县长): two characters alone are too weak, unless a
            # body of the place follows (息县人大常委会, 息县法院, 沛县人民政府)
        if start and text[start - 1] == "驻":
            continue  # 驻澳门特别行政区联络办公室: a body stationed there, not the place's
        place = pick(cands, ())
        if place is not None:
            out.append((start, end, place))
        elif len(cands) > 1:
            ambiguous.append((start, end, cands))
    return out, ambiguous


# a résumé's heading below a news report ("王锡章简历", "张三同志简历："): the places named under it are
# the person's career steps (曾任漳州市…, 任三明市…), never the report's issuer (session 44)
_RESUME_AFTER_NEWS = re.compile(r"^[ \t　]*[\u4e00-\u9fff·]{2,8}?(?:同志)?(?:个人)?(?:简历|简介)[ \t　]*[：:]?[ \t　]*$", re.M)
_NATIONAL_BODY = re.compile(r"国务院|中共中央|党中央|全国人大|全国人民代表大会|全国政协|最高人民法院|"
                            r"最高人民检察院|国家监委|中央军委|中央组织部|中组部|中央纪委")
# characters only traditional script writes (國 會 縣 區 黨 …): the place table is simplified
_TRADITIONAL = re.compile("[國會縣區黨書長選舉華廣東門開關為與這們說時後發產業對過務員]")


def _jurisdiction(text: str, meta: DocumentMeta) -> str | None:
    from kg.places import gazetteer

    if len(_TRADITIONAL.findall(text[:2000])) >= 10:
        return None  # a traditional-script text: its place names are not in the table's script
    lines = [ln.strip() for ln in text[:1000].split("\n") if ln.strip()][:3]
    # headings, not a body sentence's 在以…为核心的中共中央坚强领导下，…。
    lines = [ln for ln in lines if len(ln) <= 100 and not ln.endswith("。")]
    for head in (lines[:1], lines):  # the title, or the first lines (after a breadcrumb)
        joined = "\n".join(head)
        if _NATIONAL_BODY.search(joined) and not _mentions(joined):
            return None  # a national body and no place: the country's document
    g = gazetteer()
    support: Counter[str] = Counter()
    alone: Counter[str] = Counter()  # mentions of exactly this place
    mentions, ambiguous = _all_mentions(text)
    named_ends = {end: place.name for _, end, place in mentions}  # 东胜区委: 区 ends a place named
    resume = _RESUME_AFTER_NEWS.search(text, 20)  # (a heading opening the text is its own subject: no news above it)
    for start, end, place in mentions:
        if resume is not None and start > resume.start():
            break  # the places of a résumé appended to the news are its person's career, not the issuer's
        if text[start - 1:start] in ("驻", "駐") or text[max(0, start - 2):start] in ("驻地", "駐地"):
            continue  # 政府驻地沙坡头区, 驻京办: the seat of the page's place or a mission, never the page's own (session 40)
        # a place in brackets after a name (叶仁佑（福清市委书记）) is a post, never the issuer
        bracketed = start and text[start - 1] in "(（"
        # "市委常委、三河市委书记韩占山": a member of the bare body's standing committee who heads
        # a place below it — that place is named for the person's post, not as the issuer
        bracketed = bracketed or bool(_UNDER_COMMITTEE.search(text, max(0, start - 6), start))
        # (a body that is the post of an act — 为凯里市人民检察院检察长, 的某县人民政府副县长职务 — is
        # no issuer: a decision list names its subordinate places' bodies near its head)
        issuer = _ISSUER.match(text, end) and text[start - 1:start] not in ("为", "為", "的")
        weight = 3 if start < _HEAD_CHARS and not bracketed and (issuer or _in_title(text, start)) else 1
        if weight == 1 and start < _HEAD_CHARS and _HELD_BY.match(text, end) \
                and text[start - 1:start] not in ("在", "于", "赴", "到", "来"):
            weight = 3  # "新丰县召开乡镇领导班子换届工作动员大会": the place holds the meeting reported
        if weight == 1 and start < _HEAD_CHARS and _ROSTER_OF.match(text, end) \
                and (text[start - 1:start] in ("", "\n") or _YEAR_LEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start)):
            weight = 3  # a roster's heading "武义县领导班子成员", "政和县历任县委书记", "2019年宜春市领导班子": the page's place
        alone[place.name] += weight
        name: str | None = place.name
        while name and name in g.full:
            support[name] += weight
            name = g.full[name].parent
    for ours, weight in _our_places(text):  # 我市浮梁县: the county's city is the text's own
        alone[ours] += weight
        above: str | None = ours
        while above and above in g.full:
            support[above] += weight
            above = g.full[above].parent
    if not support:
        return _province_by_stem(text) or _masthead_place(text) or _prefecture_by_stem(text) \
            or _province_by_city_stem(text) or _municipality_by_stem(text) \
            or _only_province_stem(text) or _county_by_name(text)
    for name in [n for n in alone if support[n] < 2]:
        if _stem_count(g.full[name], text) >= 3:  # 铜梁 of 平安铜梁 confirms 重庆市铜梁区
            up: str | None = name
            while up and up in g.full:
                support[up] += 1
                up = g.full[up].parent
    context: Counter[str] = Counter()
    named_levels: dict[str, list[str]] = {}
    for level, level_end in _context_levels(text):
        if level_end is not None and level_end in named_ends:
            named_levels.setdefault(level, []).append(named_ends[level_end])
            continue
        context[level] += 1
    for level, places in named_levels.items():
        if len(set(places)) == 1:  # "温州市委" again and again: the text speaks of its one 市
            context[level] += len(places)
        # (达拉特旗委书记…杭锦旗委书记, 东胜区委…: bodies of several places below the page's, no level of its own)
    ctx = None
    if context:
        (lead, n1), *rest = context.most_common(2)
        if n1 >= 3 and n1 >= 2 * (rest[0][1] if rest else 0):
            ctx = lead
    meta["jurisdiction_counts"] = dict(support.most_common(5))
    node = None
    while True:
        kids = [p for p in g.children.get(node, []) if p.until is None and support[p.name]]
        if node is None:
            kids = [p for p in kids if p.tier == 1]
        if not kids:
            if node is not None:
                former = [p for p in g.children.get(node, []) if p.until is not None and support[p.name] >= 2]
                if len(former) == 1 and support[former[0].name] >= support[node]:
                    node = former[0].name  # a county's history under its former name only (平度县, now 平度市)
            break
        scored = sorted(((support[p.name], p) for p in kids), key=lambda x: -x[0])
        (s1, best), s2 = scored[0], (scored[1][0] if len(scored) > 1 else 0)
        if s1 < 2 or s1 < 2 * s2:
            if node is not None and s2 and alone[node] < 2 \
                    and not (support[node] >= 6 and _short_name_written(node, text) >= 2):
                # (a province-level unit whose places are named, several, and which the text writes by
                # its short name twice — 上海这6个区…:闵行区, 杨浦区… — is the text's own; session 20)
                # several of its places, none leading, and itself never alone: the document is
                # not placed, unless its level words speak of that level (自治区人大常委会 …, with
                # 南宁市、梧州市、贵港市 named once each)
                return node if ctx == g.full[node].level else None
            break
        if node is not None:
            own_level = g.full[node].level
            if ctx == own_level and ctx != best.level:
                break  # the document speaks of its own 市 / 省: a child is only mentioned
            if ctx != best.level and s1 < alone[node]:
                break  # the parent, named alone, carries the document more than the child
        node = best.name
    if node is None and (stem := _province_by_stem(text)) and all(
            name == stem or name.startswith(stem) for name in support):
        return stem  # 海南生态省 …, 三亚市: the short name leads, the one place named lies in it
    if node is None and ctx and len(alone) == 1 and (only := next(iter(alone))) in g.full \
            and g.full[only].level == ctx and g.full[only].tier >= 1:
        return only  # 县委…县人大…县政协… and the one place named is a 县 (…评选户县劳动模范…): that county
    if node is None or g.full[node].tier < 1:
        return None
    return _issuer_below(text, node, ambiguous) or node


def _issuer_below(text: str, node: str, ambiguous: list[tuple[int, int, list[Place]]]) -> str | None:
    """The place below ``node`` that a name several places bear names when the page's head makes it
    the issuer ("西湖区召开全区经济工作会议。杭州市委常委、西湖区委书记…": 浙江省杭州市 → 浙江省杭州市西湖区):
    the one candidate inside ``node``, else None (session 22 probes; a name the text only mentions —
    a visiting delegation's place — never moves the page's place)."""
    found = set()
    for start, end, cands in ambiguous:
        if start >= _HEAD_CHARS or text[start - 1:start] in ("在", "于", "赴", "到", "来", "为", "的"):
            continue
        if not (_ISSUER.match(text, end) or _in_title(text, start) or _HELD_BY.match(text, end)):
            continue
        inside = {p.name for p in cands if p.until is None and p.name.startswith(node) and p.name != node}
        if len(inside) == 1:
            found |= inside
    return found.pop() if len(found) == 1 else None


# "我市浮梁县", "本市西湖区", "我省宜昌市": a place the text calls part of its own (我 / 本) unit
_OUR = re.compile("(?:我|本)(省|自治区|市|州|盟)(?=[一-龥]{2})")


def _our_places(text: str) -> list[tuple[str, int]]:
    """(the text's own unit, weight 3) for every place written right after 我市 / 本市 / 我省 …
    that lies in a unit of that level ("我市浮梁县" → 江西省景德镇市): the writer names a part of
    the place the document is about."""
    from kg.places import gazetteer

    g = gazetteer()
    words, maxlen = _place_names()
    out: list[tuple[str, int]] = []
    for m in _OUR.finditer(text):
        level, at = m.group(1), m.end()
        for n in range(min(maxlen, len(text) - at), 2, -1):
            places = words.get(text[at:at + n])
            if not places:
                continue
            owners = set()
            for p in places:
                up: str | None = p.parent
                while up and up in g.full and g.full[up].level != level:
                    up = g.full[up].parent
                if up and up in g.full:
                    owners.add(up)
            if len(owners) == 1:  # a name of several places (鼓楼区) counts only when they agree
                out.append((owners.pop(), 3))
            break
    return out


# a body right after a place name of two characters (息县人大常委会, 沛县人民政府, 忠县委): the place
def _with_body_twice(text: str, name: str) -> bool:
    """A two-character county is read with its body only when the text writes it so at least
    twice (息县人大常委会…息县法院): once may be two words (召开县委常委会 is no 开县委)."""
    # (written once where no word can end before it — at a line start or after a mark: "，房县十七届
    # 人大常委会召开…" — it counts twice)
    return sum((2 if _word_start(text, m.start()) else 1) for m in re.finditer(name, text)
               if _body_after(text, m.start(), m.end()) or text[max(0, m.start() - 2):m.start()] == "中共") >= 2


def _word_start(text: str, start: int) -> bool:
    """No Han character before ``start``: no word of the text can end inside the name there."""
    return not start or not "\u4e00" <= text[start - 1] <= "\u9fff"


def _body_after(text: str, start: int, end: int) -> re.Match | None:
    """A body of the place right after its name; after a name that starts a word, its term may stand
    between (，房县十七届人大常委会; never 召开县十七届人大: 开县 would be 召开's)."""
    return (_TERM_BODY_AFTER if _word_start(text, start) else _BODY_AFTER).match(text, end)


# its level word may be written again before the body (泾县县委书记, 息县县人民政府); "中共泾县…"
# names the county's party committee (counted by _with_body_twice)
_BODIES = r"(?:人民政府|政府|人民代表大会|人大|政协|委(?!员)|纪委|监委|人民法院|法院|人民检察院|检察院)"
_BODY_AFTER = re.compile(rf"(?:县|区|市|旗)?{_BODIES}")
_TERM_BODY_AFTER = re.compile(rf"(?:县|区|市|旗)?(?:第?[一二三四五六七八九十]+届)?{_BODIES}")
# a local paper or station at the head of a page: 柳州日报, 青岛晚报
_PAPER_AT_HEAD = re.compile(r"(?<![一-龥])([一-龥]{2,3})(?:日报|晚报|晨报|都市报|(?:侨乡)?时报|新闻网|广播电视台)")  # 莆田侨乡时报 (session 19)


def _masthead_place(text: str) -> str | None:
    """A text naming no place in full whose head names a local paper (柳州日报, 青岛晚报) of a
    city, prefecture or province, while its level words speak of that level (市人大常委会, 市委,
    本市 … at least twice and twice as often as another level): the paper's place is the text's
    (a city's paper reporting its own standing committee). A paper of a district or county name
    (光明日报 is no 光明区 paper) or of several places gives nothing."""
    from kg.places import gazetteer

    context: Counter[str] = Counter(level for level, _ in _context_levels(text))
    if not context:
        return None
    (level, n1), *rest = context.most_common(2)
    if n1 < 2 or n1 < 2 * (rest[0][1] if rest else 0) or level not in ("省", "自治区", "市", "州", "盟"):
        return None
    found: set[str] = set()
    for m in _PAPER_AT_HEAD.finditer(text[:_HEAD_CHARS]):
        places = [p for p, how in gazetteer().words.get(m.group(1), [])
                  if how in ("stem", "alias") and p.until is None and p.level == level]  # 新疆日报
        found.update(p.name for p in places)
    return found.pop() if len(found) == 1 else None


def _province_by_stem(text: str) -> str | None:
    """A text naming no place in full (中国共产党四川历史大事记, 省委副书记、省长王予波在昆明会见…,
    云南…): the province whose short name (四川, 云南, 广西) clearly leads the others — written
    at least twice (the title line counts three times) and twice as often as the next — when the
    text's level words speak of a province (省委, 省政府, 全省 …). Municipalities' short names
    (北京, 上海) are where meetings are held, not a document's place: never taken this way."""
    from kg.places import gazetteer

    g = gazetteer()
    if not any(level in ("省", "自治区") for level, _ in _context_levels(text)):
        return None
    first_end = text.find("\n")
    title = text[:first_end if first_end >= 0 else len(text)]
    counts: Counter[str] = Counter()
    for p in g.children.get(None, []):
        if p.tier != 1 or p.until is not None or p.level not in ("省", "自治区"):
            continue
        for word in _short_names(p.name):
            if len(word) >= 2 and word in text:
                counts[p.name] += text.count(word) + 2 * title.count(word)
    if not counts:
        return None
    (best, n1), *rest = counts.most_common(2)
    n2 = rest[0][1] if rest else 0
    return best if n1 >= 2 and n1 >= 2 * n2 else None


def _only_province_stem(text: str) -> str | None:
    """A text whose level words speak of a province (省委, 省政协, 省长 … at least three times, twice
    as often as another level) and that writes one province's short name, once, and no other's
    (省委召开…座谈会。省委书记…出席。…为推进四川发展新跨越…): that province. (Municipalities' short
    names are never taken, as in :func:`_province_by_stem`.)"""
    from kg.places import gazetteer

    context: Counter[str] = Counter(level for level, _ in _context_levels(text))
    if not context:
        return None
    (level, n1), *rest = context.most_common(2)
    if level not in ("省", "自治区") or n1 < 3 or n1 < 2 * (rest[0][1] if rest else 0):
        return None
    found = {p.name for p in gazetteer().children.get(None, [])
             if p.tier == 1 and p.until is None and p.level == level
             and any(len(w) >= 2 and w in text for w in _short_names(p.name))}
    return found.pop() if len(found) == 1 else None


_PREFECTURE_LEVELS = ("州", "盟")


def _prefecture_by_stem(text: str) -> str | None:
    """A text naming no place in full whose level words speak of a 州 / 盟 (州政协, 全州,
    州委 … at least three times, twice as often as another level) and whose one stem of a current
    unit of that level is written at least twice (构建和谐临夏 … 距离临夏 → 甘肃省临夏回族自治州):
    that unit. A 市 is never taken this way (a city's stem is also a county-level city's, a
    district's or a company's word); two stems of that level written, nothing."""
    from kg.places import gazetteer

    level = _dominant_level(text, _PREFECTURE_LEVELS)
    if level is None:
        return None
    found: set[str] = set()
    for p in gazetteer().full.values():
        if p.tier == 2 and p.until is None and p.level == level \
                and any(len(w) >= 2 and text.count(w) >= 2 for w, _ in _stems_of(p.name)):
            found.add(p.name)
    return found.pop() if len(found) == 1 else None


def _province_by_city_stem(text: str) -> str | None:
    """A text naming no place in full whose level words speak of a province (省人大常委会, 省十四届人大,
    省委 … at least three times, twice as often as another level) and whose only prefecture-level
    cities written by their stem are of one province ("…在武汉洪山礼堂进行大会选举"): that province.
    Only the province is taken, never the city (its stem may be a venue's word; session 38)."""
    from kg.places import gazetteer

    if _dominant_level(text, ("省",)) is None:
        return None
    full = gazetteer().full
    parents = {full[city].parent for city in _city_stem_counts(text)}
    found = {p for p in parents if p is not None and p in full and full[p].level == "省"}
    return found.pop() if len(found) == 1 else None


def _city_stem_counts(text: str) -> Counter[str]:
    """How often the text writes each current prefecture-level city's stems (武汉, 大同), by the city's
    name; cities it never writes are left out."""
    from kg.places import gazetteer

    counts: Counter[str] = Counter()
    for p in gazetteer().full.values():
        if p.tier == 2 and p.until is None and p.level == "市":
            n = sum(text.count(w) for w, _ in _stems_of(p.name) if len(w) >= 2)
            if n:
                counts[p.name] = n
    return counts


def _municipality_by_stem(text: str) -> str | None:
    """A text naming no place in full whose level words speak of a city (市委, 市政府, 市长 … at least
    three times, twice as often as another level) and that writes one municipality's short name at
    least twice (the title line counts three times), no other municipality's, and twice as often as
    any prefecture-level city's stem ("2021年市政府参事聘任仪式暨上海参事工作座谈会…为上海经济社会…"):
    that municipality (session 38). A province's page meeting in 北京 speaks of 省, never taken."""
    from kg.places import gazetteer

    if _dominant_level(text, ("市",)) is None:
        return None
    g = gazetteer()
    first_end = text.find("\n")
    title = text[:first_end if first_end >= 0 else len(text)]
    counts: Counter[str] = Counter()
    for p in g.children.get(None, []):
        if p.tier == 1 and p.until is None and p.level == "市":
            for word in _short_names(p.name):
                if len(word) >= 2 and word in text:
                    counts[p.name] += text.count(word) + 2 * title.count(word)
    if len(counts) != 1:
        return None
    (best, n), = counts.items()
    others = max((n for city, n in _city_stem_counts(text).items() if g.full[city].parent != best), default=0)
    return best if n >= 2 and n >= 2 * others else None  # (大同 of 世界大同 once: no city of 山西 outvotes 上海)


_COUNTY_LEVELS = ("县", "市", "区", "旗")


def _dominant_level(text: str, levels: tuple[str, ...]) -> str | None:
    """The level word (县 of 县委, 州 of 州政府 …) the text's level words speak of, when it is one of
    ``levels``, written at least three times and twice as often as any other; else None."""
    context: Counter[str] = Counter(level for level, _ in _context_levels(text))
    if not context:
        return None
    (level, n1), *rest = context.most_common(2)
    if level not in levels or n1 < 3 or n1 < 2 * (rest[0][1] if rest else 0):
        return None
    return level
# what follows a level word that starts a phrase of its own (召开县委, 召开县直机关会议, 开县域经济…):
# a two-character name before one of these is no place written whole
_NOT_AFTER_SHORT = "委政府人大协纪监法检长直级领党域城乡镇内外区市属"
# a county-level unit's stem where a text names its own place: "为简阳经济社会发展积极建言献策",
# "推动简阳高质量发展", "为大关的发展多提宝贵意见" (session 20, partynews); the stem is looked up in the gazetteer
# a county's own media opening a report: "云上崇阳讯（记者…）" (the county clients of Hubei), "梓潼新闻网讯",
# "【梓潼融媒】", "（梓潼发布）" (session 20, partynews); the stem is looked up in the gazetteer
_COUNTY_MASTHEAD = re.compile(r"(?:^|(?<=[\s【\[（(]))(?:云上(?P<cloud>[\u4e00-\u9fff]{2,3}?)讯"
                              r"|(?P<media>[\u4e00-\u9fff]{2,3}?)(?:新闻网讯|融媒讯|融媒体中心讯|(?:融媒|发布)(?=[】\]）)])))",
                              re.M)
_STEM_SLOT = re.compile(r"(?:为|助力|推动|推进|促进|服务|加快|实现)([\u4e00-\u9fff]{2,3}?)的?(?:经济社会|经济|社会|高质量)?发展")


def _county_by_name(text: str) -> str | None:
    """A text naming no place in full kg reads (市委常委…出席…市政协…, 县委书记…县人大…) whose level
    words speak of a county-level unit (县委, 市政协, 区委 … at least three times, twice as often as
    another level) and that names one unit of that level only — by its short name of two characters
    written twice (…审定户县全面推行…评选户县劳动模范…, also a former county) or by its stem in the
    slot where a text names its own place (为简阳经济社会发展): that unit. A stem of several units of
    that level, or names of two units, give nothing (precision first)."""
    from kg.places import gazetteer

    level = _dominant_level(text, _COUNTY_LEVELS)
    if level is None:
        return None
    words = gazetteer().words

    def unit(word: str, how_ok: tuple[str, ...]) -> str | None:
        units = [p for p, how in words.get(word, []) if p.tier == 3 and p.level == level and how in how_ok
                 and (how == "name" or p.until is None)]
        return units[0].name if len(units) == 1 else None  # (朝阳 of two 朝阳区: no one unit)

    found: set[str] = set()
    for name, n in Counter(re.findall(rf"[\u4e00-\u9fff]{level}(?![{_NOT_AFTER_SHORT}])", text)).items():
        if n >= 2 and (u := unit(name, ("name",))):
            found.add(u)  # 户县 written twice, not before a body or a level word (never 开县 of 召开县委…)
    for m in _STEM_SLOT.finditer(text):
        if (u := unit(m.group(1), ("stem",))):
            found.add(u)
    for m in _COUNTY_MASTHEAD.finditer(text[:_HEAD_CHARS]):
        if (u := unit(m.group("cloud") or m.group("media"), ("stem",))):
            found.add(u)  # "云上崇阳讯（记者…）", "【梓潼融媒】": the county's own media at the head
    return found.pop() if len(found) == 1 else None


def _in_title(text: str, pos: int) -> bool:
    """True when ``pos`` lies on an official title line (关于重庆市巴南区…的报告)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return bool(_OFFICIAL.match(text[start:end if end >= 0 else len(text)].strip()))


def _short_name_written(name: str, text: str) -> int:
    """How often a province-level unit is written by its short name alone ("上海这6个区选出了新区长"
    over six districts of 上海市: the text speaks of that unit; session 20), never inside its full
    name (上海市) nor for a unit below the provinces. 0 for other places."""
    from kg.places import TIER_PROVINCE, gazetteer

    place = gazetteer().full.get(name)
    if place is None or place.tier != TIER_PROVINCE:
        return 0
    return sum(len(re.findall(rf"{re.escape(w)}(?!{re.escape(place.level)}|[省市区县州])", text))
               for w in _short_names(name) if len(w) >= 2)


def _stem_count(place, text: str) -> int:
    """How often the place's stem is written (铜梁 of 平安铜梁 and of 重庆市铜梁区)."""
    return max((text.count(word) for word, _ in _stems_of(place.name) if len(word) >= 2),
               default=0)


def _short_names(name: str) -> list[str]:
    """A province's or region's short names: its stem (四川, 广西) and the short alias a region is
    written by (新疆, 内蒙古, 西藏: their table stem is empty or cut at the ethnic name)."""
    from kg.places import gazetteer

    words = [w for w, _ in _stems_of(name)]
    level = gazetteer().full[name].level if name in gazetteer().full else ""
    return words + [w for w, how in _alias_index().get(name, []) if how == "alias" and level
                    and not w.endswith(level) and w not in words]


@lru_cache(maxsize=1)
def _alias_index() -> dict[str, list[tuple[str, str]]]:
    from kg.places import gazetteer

    index: dict[str, list[tuple[str, str]]] = {}
    for word, found in gazetteer().words.items():
        for p, how in found:
            if how == "alias" and p.tier == 1:
                index.setdefault(p.name, []).append((word, how))
    return index


def _stems_of(name: str) -> list[tuple[str, str]]:
    """The stem words of a place (巴南 of 重庆市巴南区)."""
    return _stem_index().get(name, [])


@lru_cache(maxsize=1)
def _stem_index() -> dict[str, list[tuple[str, str]]]:
    from kg.places import gazetteer

    index: dict[str, list[tuple[str, str]]] = {}
    for word, found in gazetteer().words.items():
        for p, how in found:
            if how == "stem":
                index.setdefault(p.name, []).append((word, how))
    return index
