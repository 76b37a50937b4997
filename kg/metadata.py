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
- ``jurisdiction``: the district- or city-level place the document is about, as a full name
  (重庆市巴南区). Chosen when one full place name (province-level name + city / district / county)
  clearly dominates the document's full place names (at least twice the next one) and its short
  form (巴南, 铜梁) occurs at least three times. Otherwise None. A provincial level alone is not
  inferred. Town names listed in the text (…镇, …街道) are kept in ``meta["towns"]`` as a hint.
- ``meta``: also ``issue``, ``sponsor``, ``publication`` / ``reprint`` (a newspaper article
  reprinted inside a gazette), ``jurisdiction_counts`` (the evidence for the choice).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.model import Document

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
_LABELLED = re.compile(rf"(成文日期|发布日期|印发日期|发文日期|日期|时间)[ \t]*[\]】]?[ \t]*[|：:]?[ \t]*[|]?[ \t]*(?:{_ISO}|{_DATE})")
_PUBLISHED = re.compile(rf"{_DATE}\s*出版")
_NEWSPAPER = re.compile(rf"《([^《》\n]{{2,12}}报)》\s*（\s*{_DATE}\s*(第\s*\d+\s*版)?\s*）")
_ISSUE = re.compile(r"(\d{4})年第(\d{1,2})期(?:\s{0,3}（总第(\d+)期）)?")
_YEARBOOK = re.compile(r"《?([\u4e00-\u9fff]{2,12}年鉴)（(\d{4})）》?")
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
        paper = {"name": newspaper.group(1), "date": _iso(*newspaper.group(2, 3, 4))}
        meta["reprint" if masthead else "publication"] = paper
    _meetings(text, meta)
    doc.title = _title(head, yearbook, masthead, issue, meta)
    doc.date = _date(head, yearbook, newspaper, issue, masthead, meta)
    doc.year = _year(head, yearbook, doc.date)
    doc.jurisdiction = _jurisdiction(text, meta)
    towns = sorted(set(_TOWN.findall(text)))
    if towns:
        meta["towns"] = towns


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


def _title(head: str, yearbook, masthead, issue, meta: dict) -> str | None:
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


def _iso(y: str, m: str | None = None, d: str | None = None) -> str:
    out = f"{int(y):04d}"
    if m:
        out += f"-{int(m):02d}"
        if d:
            out += f"-{int(d):02d}"
    return out


def _valid(y: str, m: str, d: str) -> bool:
    return 1900 <= int(y) <= 2100 and 1 <= int(m) <= 12 and 1 <= int(d) <= 31


def _meetings(text: str, meta: dict) -> None:
    dates = sorted({_iso(*m.group(1, 2, 3)) for m in _MEETING.finditer(text) if _valid(*m.group(1, 2, 3))})
    if dates:
        meta["meeting_dates"] = dates
    period = _PERIOD.search(text[:_HEAD * 2])
    if period and _valid(*period.group(1, 2, 3)) and _valid(*period.group(4, 5, 6)):
        meta["period"] = [_iso(*period.group(1, 2, 3)), _iso(*period.group(4, 5, 6))]


def _date(head: str, yearbook, newspaper, issue, masthead, meta: dict) -> str | None:
    labelled = _LABELLED.search(head)
    if labelled:
        g = labelled.groups()
        ymd = g[1:4] if g[1] else g[4:7]
        if _valid(*ymd):
            return _iso(*ymd)
    published = _PUBLISHED.search(head)
    if published and _valid(*published.groups()):
        return _iso(*published.groups())
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
    return None


def _year(head: str, yearbook, date: str | None) -> int | None:
    if yearbook:
        stated = _YEARBOOK_YEAR.search(head)
        if stated:
            return int(stated.group(1) or stated.group(2))
        return int(yearbook.group(2)) - 1
    return int(date[:4]) if date else None


# ---------------------------------------------------------------- jurisdiction


def _jurisdiction(text: str, meta: dict) -> str | None:
    counts: Counter[str] = Counter()
    cores: dict[str, str] = {}
    for m in _PLACE.finditer(text):
        if m.group("muni"):
            core = m.group("mdist")
            if _BAD_CORE.search(core):
                continue
            name = f"{m.group('muni')}市{core}{m.group('mkind')}"
        else:
            top = f"{m.group('prov')}省" if m.group("prov") else m.group("reg")
            city = m.group("city")
            if _BAD_CORE.search(city):
                continue
            name = f"{top}{city}{m.group('ckind')}"
            core = city
            if m.group("dist") and not _BAD_CORE.search(m.group("dist")):
                name += m.group("dist") + m.group("dkind")
                core = m.group("dist")
        counts[name] += 1
        cores[name] = core
    if not counts:
        return None
    ranked = counts.most_common(2)
    meta["jurisdiction_counts"] = dict(counts.most_common(5))
    best, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n < 2 * runner_up:
        return None
    if text.count(cores[best]) < 3:
        return None
    return best
