"""When an act happened and who decided it, read from the document around the act.

One place answers, for an offset of ``doc.text``, the act's date (with the evidence it used),
its deciding body, meeting and 文号. :mod:`kg.extract.acts` asks it for every act it emits.

Dates, in this order (the first that gives one wins):

1. **Chronicle** (大事记): the day line the act sits under ("17日，…"), refined by a later day
   of the same paragraph ("26日—28日，…大会召开。…28日下午，举行…全体会议…当选" → the 28th).
   A day range with no later day gives the month.
2. **The section's own date** when the document has headings (a decision, minutes, a bill:
   :mod:`kg.extract.sections`).
3. **The event date written before the act**, nearest first: in the act's sentence, its
   paragraph, then the paragraphs before it in the same section ("5月27日，区人大常委会举行
   第三十次会议。…会议决定任命…"). An event date is a date that says when something happened:
   not a birth date (1970年9月生), not a report's (据2026年1月20日《新疆日报》报道), not the
   start of a period (…以来, …起). Meeting ranges give what both ends share (1982年4月22日至
   5月4日 → 1982). Chinese numerals are read (二〇二一年八月二日).
4. **The adoption line** of a decision, in brackets after its title
   (（2021年8月2日…会议通过）): dates the title line and the acts under it.
5. **The signature block**: a line that is only a date after the act (the notice's 落款).

A month-day (4月8日) takes its year from the nearest full date before it in the same paragraph,
else from the document's reference date; a bare day (28日下午, 5日，) takes its month from the
event date before it, else from the reference; 今天 / 昨日 count from the reference. The
reference is the document's own date (kg.metadata), else the page's timestamp at its head
(2018-07-26 15:21, 2020年06月19日08:52, 24.04.2021 09:50), refined by a news dateline
(新华社北京3月8日电, 浙江在线11月28日讯, 本报讯 carries none). No year in the text, no year in
the date: kg never invents one.

Deciding body (decided acts): the body the text names as deciding, nearest before the act
(浙江省人大常委会决定任命 → 浙江省人民代表大会常务委员会; 省委决定： → 中共<省>委员会;
国务院任免国家工作人员 → 中华人民共和国国务院; …市第N届人民代表大会第M次会议选举 → that
congress; …人大常委会第N次会议 → that standing committee), canonical through
:func:`kg.orgs.canonical_org`. A joint decision (中央和省委, 省委、市委) has no single body: None.
"""

from __future__ import annotations

import bisect
import datetime
import re
from dataclasses import dataclass, replace
from functools import cached_property

from kg import fast_re
from kg.dates import (
    DAY, MONTH, NUMERAL, YEAR, PartialDate, cn_number, common_prefix, day_only, iso, month_day, relative_day,
)
from kg.extract.sections import Section, Sections, local_context, sections_of
from kg.model import Document
from kg.sentences import last_index

HAN = "\u4e00-\u9fff"

# ------------------------------------------------------------------------------ chronicles

MONTH_LINE = re.compile(r"^\s*(\d{1,2})\s*月\s*$")
# a chronicle's period on its own line: "(2024年5月)", "2024年5月" (a 要事记 published later)
PERIOD_LINE = re.compile(r"^\s*[（(]?\s*((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*[)）]?\s*$")
# a chronicle's year on its heading line: "2019年大事记", "中共某县2019年大事记", "大事记（2019年）", "2019年"
CHRONICLE_WORDS = r"(?:大事记|大事纪要|大事纪略|纪事|要事记)"
CHRONICLE_NAME = re.compile(CHRONICLE_WORDS)
YEAR_LINE = re.compile(rf"^\s*(?:[（(]?\s*((?:19|20)\d\d)\s*年\s*[)）]?"
                       rf"|[\u4e00-\u9fff]{{0,16}}?((?:19|20)\d\d)\s*年度?\s*[\u4e00-\u9fff]{{0,8}}?{CHRONICLE_WORDS}"
                       rf"|[\u4e00-\u9fff]{{0,16}}?{CHRONICLE_WORDS}\s*[（(]\s*((?:19|20)\d\d)\s*年?\s*[)）])\s*$")
# a chronicle's heading naming its year and month: "2019年1月大事记(杂志版)", "某县2019年1月大事记"
YEAR_MONTH_LINE = re.compile(rf"^\s*[\u4e00-\u9fff]{{0,16}}?((?:19|20)\d\d)\s*年\s*(\d{{1,2}})\s*月份?\s*"
                             rf"[\u4e00-\u9fff]{{0,8}}?{CHRONICLE_WORDS}\s*(?:[（(][^（）()\n]{{0,10}}[)）])?\s*$")
DAY_LINE = re.compile(r"^\s*(\d{1,2})\s*日")
SAME_DAY = re.compile(r"^\s*(是日|同日|当日)")
SAME_MONTH = re.compile(r"^\s*(?:是月|同月)")
# under a chronicle's year heading (a county gazetteer's 大事记: "1988 年" over "1 月4 日 …",
# "4 月 县委书记…", "8 月中旬 …", "11 月21 ~23 日 …"): a line opened by its own month sets
# that month (and day); a day range or a part of the month gives the month only
MONTH_TEXT_LINE = re.compile(r"^\s*(\d{1,2})\s*月(?:\s*\d{1,2}\s*[~～—–\-－至到]|(?:[上中下]旬|初|底|末)?[ \t\u3000])")
SAME_YEAR = re.compile(r"^\s*是年")
HEADINGISH = re.compile(rf"^[{HAN}\s]{{1,10}}$")


# a day line written with its month ("3月2日 省委书记…") under that month's line
MONTH_DAY_LINE = re.compile(r"^\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _day_of_line(line: str, month_no: str) -> str | None:
    """The day a chronicle's day line starts with: "2日，…", or "3月2日 …" under the line of 3月."""
    if d := DAY_LINE.match(line):
        return d.group(1)
    m = MONTH_DAY_LINE.match(line)
    return m.group(2) if m and int(m.group(1)) == int(month_no) else None


_CHRONICLE: list = [None, None, None]  # the last text read, its year, and its chronicle dates


def chronicle_dates(doc: Document) -> tuple[list[int], list[str | None]]:
    """Positions where a chronicle date starts to hold, and the date (None = outside). Read once
    per text and year (the act reader's dating, the hold readers' and the mention reader each
    asked: three passes over every line of a yearbook); read only, the same lists for all."""
    if _CHRONICLE[0] is not doc.text or _CHRONICLE[1] != doc.year:
        _CHRONICLE[0], _CHRONICLE[1], _CHRONICLE[2] = doc.text, doc.year, _chronicle_dates(doc)
    return _CHRONICLE[2]


def _chronicle_dates(doc: Document) -> tuple[list[int], list[str | None]]:
    year = str(doc.year) if doc.year else None
    marks: list[int] = []
    dates: list[str | None] = []
    month: str | None = None
    month_no = ""  # the month as written on its line
    day: str | None = None
    headed = False  # a heading of the chronicle gave its year (not only the yearbook's)
    named = False  # a line named a chronicle (大事记 …) since the last one ended
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        s = line.strip()
        m = MONTH_LINE.match(line)
        if len(s) <= 60 and CHRONICLE_NAME.search(s):
            named = True  # "…1988 ~1994 年大事记…": a chronicle's name written on a short line
        if heading := YEAR_LINE.match(line):
            year = heading.group(1) or heading.group(2) or heading.group(3)  # the chronicle's own year
            headed = named  # a bare "2021年" line counts only inside a named chronicle
        if period := PERIOD_LINE.match(line) or YEAR_MONTH_LINE.match(line):
            year, m = period.group(1), re.match(r"(\d{1,2})", period.group(2))  # its year and month
            headed = True
        if headed and not m and year and (line_month := MONTH_DAY_LINE.match(line) or MONTH_TEXT_LINE.match(line)):
            # a line opened by its own month under the chronicle's year: that month (and day)
            if (month_of := iso(year, line_month.group(1))):
                month, month_no, day = month_of, line_month.group(1), None
                if line_month.re is MONTH_DAY_LINE and (day_of := iso(year, month_no, line_month.group(2))):
                    day = day_of
                marks.append(pos)
                dates.append(day or month)
                pos += len(line)
                continue
        if m and year and (month_of := iso(year, m.group(1))):
            month, month_no, day = month_of, m.group(1), None
            marks.append(pos)
            dates.append(month)
        elif month and (day_no := _day_of_line(line, month_no)) and (day_of := iso(year, month_no, day_no)):
            day = day_of
            marks.append(pos)
            dates.append(day)
        elif month and SAME_DAY.match(line):
            marks.append(pos)
            dates.append(day or month)
        elif month and SAME_MONTH.match(line):
            marks.append(pos)
            dates.append(month)
        elif month and SAME_YEAR.match(line):
            marks.append(pos)
            dates.append(year)
        elif month and s and HEADINGISH.match(s) and s.replace(" ", "") != "大事记":
            month = day = None  # a heading ends the chronicle ("特载")
            headed = named = False
            marks.append(pos)
            dates.append(None)
        pos += len(line)
    return marks, dates


# ------------------------------------------------------------------------------ dates in text

_S = r"[ \t]?"
# one date as written: [year年][month月]day日 | year年[month月]; 7月28上午 (日 left out) too
DATE_EXPR = re.compile(
    rf"(?<![0-9〇零○一二三四五六七八九十])"
    rf"(?:(?P<y>{YEAR}){_S}年{_S})?(?:(?P<m>{MONTH}){_S}月{_S})?(?P<d>{DAY}){_S}(?:[日号]|(?<=月\d)(?=[上下]午)|(?<=月\d\d)(?=[上下]午))"
    rf"|(?P<y2>{YEAR}){_S}年(?:{_S}(?P<m2>{MONTH}){_S}月(?!{_S}(?:{DAY}){_S}[日号]))?"
)
# every DATE_EXPR match has one of these within DATE_REACH characters of its start: YEAR (4) and a
# space before 年; MONTH (2), space, 月, space, DAY (3), space before 日 / 号; M月D上 before 午
DATE_MARKS = re.compile("[年日号午]")
DATE_REACH = 9
# "8月2日、3日，…代表团赴上海考察": a list of days is one event over those days (what both share)
DAY_LIST_TAIL = re.compile(rf"、{_S}(?P<y>(?!)x)?(?P<m>(?!)x)?(?P<d>{DAY}){_S}[日号]")
RANGE_TAIL = re.compile(
    rf"{_S}(?:至|到|—{{1,2}}|–|－|-|~|～){_S}(?:(?P<y>{YEAR}){_S}年{_S})?(?:(?P<m>{MONTH}){_S}月{_S})?(?P<d>{DAY}){_S}[日号]"
)
# a period of months ("1983年12月—1987年2月", "2018年3月至2023年3月"): a term, no event
YM_RANGE_TAIL = re.compile(rf"{_S}(?:至|到|—{{1,2}}|–|－|-|~|～){_S}(?:{YEAR}{_S}年{_S})?{MONTH}{_S}月(?!{_S}\d)")
# what makes a date not the date of an event: a birth, a period's start, a report, a title, the day
# an appointee takes office (决定任命A为…行政长官，于2014年12月20日就职)
NOT_EVENT_AFTER = re.compile(
    rf"^(?:[ \t]*(?:[上下]午|晚上?|中午|凌晨)?[ \t]*)(?:生|出生|以来|起|至今|前后|之前|之后|期间|出版|印发|编印|就职|"
    rf"[ \t]*\d{{1,2}}:\d{{2}}|[^，。；\n]{{0,3}}[《“]|[ \t\u3000]+(?:来源|稿源|作者|编辑|责任编辑)|"
    rf"[^，。；\n]{{0,12}}(?:参加工作|参加革命|入党|入伍|参军|毕业|加入中国共产党|加入)|"
    rf"[^，。；\n]{{0,12}}(?:报道|报导|消息|发布|刊发|电|讯|訊|電)(?![{HAN}]*(?:会议|决定|任命|选举|通过))|"
    # "接替去年11月落马的原副市长艾宝俊": the date of another's fall or leaving, told of that person (session 28)
    rf"[ \t]*(?:落马|落馬|被查|被捕|去世|逝世|病逝|退休|离任|離任|卸任)的)"
)
# what before a date makes it not an act's: a birth, the start of a period, a meeting to come
# (设立1952年10月1日: a place infobox's founding date, a label, no event)
NOT_EVENT_BEFORE = re.compile(r"(?:生于|生於|出生于|设立|設立|从|自|截至|截止|定于|定於|将于|將於|拟于|擬於|计划于|農曆|农历|阴历|陰曆|決定[^，。；\n]{0,40}[於于]|决定[^，。；\n]{0,40}[於于]"
                              r"|关于|關於|關于|《)"  # (关于2019年上半年…的报告: a report's title, no event; session 41)
                              r"(?:今年|明年|本月|下月)?[ \t]*$")  # (决定…会议于今年23日至5日举行: a meeting to come;
# 农历2022年7月10日: a date of the lunar calendar, never an event's day of the report; session 26)
# a year and month then a career verb in its clause (no decision, meeting or announcement in
# between): a biography's step ("2017年8月调任…", "2016年10月，X再回…工作，出任…")
CAREER_STEP = re.compile(r"[ \t]*(?:后|起)?[，,]?(?:(?!决定|会议|宣布|任命|批准|选举)[^，。；\n]){0,12}?(?:调任|转任|升任|出任|改任|担任|兼任|任职|任(?![命免务期]))")
# a résumé line opened by its month: a study or a graduation, then the posts ("1996年07月，华南热带作物
# 学院研究生毕业后，历任…", "1988年09月，到安徽省六安师范专科学习")
RESUME_STEP = re.compile(r"[ \t]*(?:后|起)?[，,][^。；;\n]{0,30}?(?:毕业后|毕业[，,；;]|学习[，,；;。]|学习$|进修[，,；;。]|(?<=[，,])(?:历任|先后任|先后担任))"
                         r"|[ \t]*(?:至|到|—|–|－|-)[ \t]*(?:19|20)\d{2}\s*[年.．][^。；;\n]{0,24}?(?:任|担任)", re.M)
# when a report says an act happened "recently" or "before", its date is not given
VAGUE = re.compile(r"日前|近日|近期|此前|早前|前不久|不久前|月前|年前")
# …nor when it tells the act as past before the report's day (上月 / 去年 / 之前 / 此番 …; session 20)
BEFORE_REPORT = re.compile(r"上月|上周|去年|前年|之前|以前|先前|曾经|此番|此轮|此次调整|长假前|节前|年初|月初|年底|当时|[0-9一二三四五六七八九十]+年")
# a month with no day (3月份，…；今年8月), a year said relative to another (今年 / 去年 / 同年)
REL_YEAR = re.compile(rf"(今年|去年|同年|当年|次年)(?:(?P<m>{MONTH})月份?)?")
BARE_MONTH = re.compile(rf"(?<![0-9〇零○一二三四五六七八九十年])(?P<m>{MONTH})月份?(?=[，,]|[上中下]旬|初|底|末)")
RELATIVE = re.compile(r"(今天|今日|当天|当日|昨天|昨日|前天)(?:[（(](?P<inner>[^）)]{2,12})[）)])?"
                      # …or the day written inside the word: 今(26)日, 昨（25）日 (session 24)
                      r"|(?P<split>[今昨])[（(](?P<day>\d{1,2})[）)]日")
PART_OF_DAY = re.compile(r"[上下]午|晚上|早上")
NOT_RELATIVE_AFTER = re.compile(r"^(?:的|是|我|起)")
DATELINE = re.compile(
    rf"(?:(?P<y>{YEAR})年)?(?P<m>{MONTH})月(?P<d>{DAY})日(?:[ \t]?[0-9:]{{0,5}})?(?:电|讯|訊|電)"
)
# a page's timestamp at its head: 2018-07-26 15:21, 2020年06月19日08:52, 24.04.2021 09:50
STAMPS = (
    re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=[ \t]*\d{1,2}:\d{2}|[ \t]*$|[ \t]*\n)", re.M),
    # a paper's print line: "《 人民日报 》（ 2018年03月05日   04 版）", "（2018年03月05日 第04版）"
    re.compile(r"[（(][ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*(?:第[ \t\u3000]*)?[\d一二三四五六七八九十]{1,3}[ \t\u3000]*版[ \t\u3000]*[）)]"),
    # a line that is only a date, bracketed or with its weekday: "[ 2016-05-25 ]", "2019年3月5日 星期二",
    # the weekday maybe followed by the paper ("2017年01月21日 星期六 新京报", session 20)
    re.compile(r"^[ \t\u3000]*[\[【［][ \t\u3000]*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ \t\u3000]*[\]】］][ \t\u3000]*$", re.M),
    re.compile(r"^[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*(?:星期|周)[一二三四五六日天]"
               r"(?:[ \t\u3000]*(?:[\u4e00-\u9fff]{1,8}?(?:报|網|网)|第?[A-Z]?[0-9]{1,3}版(?:[：:][\u4e00-\u9fff]{0,8})?))*"
               r"[ \t\u3000]*$", re.M),
    # an e-paper's page line: "第A02版：要闻 2021年01月06日", "A06版 2017年1月21日 星期六" (session 20)
    re.compile(r"^[ \t\u3000]*第?[A-Z]?[0-9]{1,3}版(?:[：:][\u4e00-\u9fff]{0,8}?)?[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日"
               r"(?:[ \t\u3000]*(?:星期|周)[一二三四五六日天])?[ \t\u3000]*$", re.M),
    # "• 2010-01-23   柳州日报   记者 姚颖盈": a news page's line of date, paper and reporter;
    # "2023-12-08 | 来源:广西政协报": the date and its source parted by a bar
    # (or glued to its source: "1998-03-17来源：光明日报", the page's gap normalized away; issue 9, moved19)
    re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})[ \t\u3000]*(?:[|｜][ \t\u3000]*)?(?:(?<=[ \t\u3000|｜])(?=来源|稿源|作者|[\u4e00-\u9fff]{2,6}(?:日报|晚报|都市报)[ \t\u3000]+(?:记者|通讯员|作者|$))|(?<=\d)(?=来源[：:]|稿源[：:]))", re.M),
    re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日[ \t]*(?=\d{1,2}:\d{2})"),
    # a date before the page's font-size or print controls: "2018-01-30  A+ A-", "2021-12-24 【字号 大 中 小】"
    re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[ \t\u3000]+(?=A\+|[【\[]?字号|打印|【打印)"),
    re.compile(r"(?:发布时间|发布日期|时间|日期|更新时间|刊发日期)[：:][ \t]*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})"),
    # a news page's head line: "中央政府门户网站 www.gov.cn   2010年07月28日   来源:辽宁日报"
    re.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]+(?=来源|稿源|作者|编辑|责任编辑)"),
    # a page's head line of paper (or source) and date, in either order, maybe with its page:
    # "来源：嘉兴日报  2019年07月26日", "嘉兴日报 2019年07月26日 第2版", "2019年07月26日  嘉兴日报",
    # "2019-07-26 嘉兴在线" (no comma, no bracket: never a sentence's date)
    re.compile(r"^[^\n，。,（(]{0,30}?(?:日报|晚报|都市报|新闻网|在线|网)[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日(?=[ \t\u3000]*(?:第\s*[A-Z]?\d+\s*版|$))", re.M),
    # the paper's name alone on its line, its date alone on the next ("大众日报" / "2023年01月19日"; session 22)
    re.compile(r"^[ \t\u3000]*[\u4e00-\u9fff]{2,10}?(?:日报|晚报|都市报)[ \t\u3000]*\n[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.M),
    re.compile(r"^[ \t\u3000]*(\d{4})(?:年|-)(\d{1,2})(?:月|-)(\d{1,2})日?[ \t\u3000]*[\u4e00-\u9fff]{2,10}?(?:日报|晚报|都市报|新闻网|在线|网)(?=[ \t\u3000]*$)", re.M),
    # an overseas paper's posting line: "[2017.04.02] 發表" (a bracketed date, then 发表 / 发布)
    re.compile(r"[\[【［](\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[\]】］][ \t\u3000]*(?:发表|发布|刊出|更新)"),
    # (session 22 probes of page heads) a byline's date ("作者：张三 2023年01月19日", "编辑：李四 2023-01-19"),
    # a posting's ("发表于 2023年01月19日"), a paper's name in brackets and its date ("《大众日报》 2023年01月19日 01版"),
    # an ISO date with its weekday ("2023-01-19 星期四"), a date alone on one of the page's first three lines
    re.compile(r"(?:作者|编辑|责任编辑|记者|通讯员)[：:][^\n：:]{0,12}?[ \t\u3000]*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})(?=日|[ \t\u3000]|$)", re.M),
    re.compile(r"发表于[ \t\u3000]*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})"),
    re.compile(r"^[ \t\u3000]*《[^《》\n]{2,12}》[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*(?:第?[A-Z]?\d{1,3}版)?[ \t\u3000]*$", re.M),
    re.compile(r"^[ \t\u3000]*(\d{4})-(\d{1,2})-(\d{1,2})[ \t\u3000]*(?:星期|周)[一二三四五六日天][ \t\u3000]*$", re.M),
    re.compile(r"\A(?:[^\n]*\n){0,2}[ \t\u3000]*(\d{4})年(\d{1,2})月(\d{1,2})日[ \t\u3000]*$", re.M),
    # a page retelling a paper's report: "据2026年1月20日《新疆日报》报道，1月19日，…"
    re.compile(r"据(\d{4})年(\d{1,2})月(\d{1,2})日[《“\"]"),
)
# a page's head line stating the period it covers ("2024年4月22日至4月28日。", a weekly round-up):
# its month-days are dated on or before the period's end
PERIOD_HEAD = re.compile(r"^[ \t\u3000]*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日[ \t]*(?:至|到|—|－|-|~|～)[ \t]*"
                         r"(?:((?:19|20)\d\d)年)?(\d{1,2})月(\d{1,2})日[。.]?[ \t\u3000]*$", re.M)
# an event named with its year at the start of a sentence (2026年东西湖区政协新春茶话会): not a period
NAMED_MEETING_CLAUSE = re.compile(r"[ \t\u3000]*(?:19|20)\d\d年[^，,。；;\n]{0,40}?(?:会议|大会|全会)")
NAMED_YEAR = re.compile(r"[ \t\u3000]*((?:19|20)\d\d)年(?![0-9一二三四五六七八九十度初底末前后起以上下来至到全]|中(?![国共华央]))(?=[\u4e00-\u9fff])")  # (年中 is mid-year; 2021年中国共产党… names the year)
OPENING_DAY = re.compile(r"[ \t\u3000]*\d{1,2}月\d{1,2}日(?:[上中下]午|晚上?|凌晨)?[，,]")
# a report opened by its day with no year ("1月22日，西藏广播电视台官方微信公众号消息，…")
HEAD_MONTH_DAY = re.compile(r"(?:[^\n]{0,40}\n)?[ \t]*(\d{1,2})月(\d{1,2})日[，,]")
STAMP_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})[ \t]+\d{1,2}:\d{2}")
ADOPTION = re.compile(
    rf"^[ \t]*[（(](?P<date>[^（）()\n]{{6,20}}?)[^（）()\n]{{0,60}}?(?:通过|决定|批准|任命)[）)]", re.M
)
TITLE_LINE = re.compile(r"(?:的决定|的通知|任免名单|任命名单|的公告|的决议)[ \t]*$")
SIGNED_LINE = re.compile(rf"^[ \t]*(?:[\u4e00-\u9fff]{{2,30}}?(?:常务委员会|常委会|人民政府|委员会|办公室|办公厅)[ \t]*)?"
                         rf"[（(]?(?P<date>(?:{YEAR})年(?:{MONTH})月(?:{DAY})日)[)）]?[ \t]*$", re.M)
# (the issuing body may stand on the date's line: 湖州市人民代表大会常务委员会2021年8月4日, a
# signature block the normalizer joined)
SIGNED_LINE_END = re.compile(r"日[)）]?[ \t]*$", re.M)  # (how a line of SIGNED_LINE ends: kg.fast_re.search_lines)
# a notice's title line after an act: another paper begins (_signed_after), and how it ends
NOTICE_TITLE_LINE = re.compile(r"^[^\n]{0,40}关于[^\n]{2,60}的(?:通知|决定|决议|批复)[ \t]*$", re.M)
NOTICE_TITLE_END = re.compile(r"的(?:通知|决定|决议|批复)[ \t]*$", re.M)
HEAD_CHARS = 400
OFFICIAL_TITLE = re.compile(r"关于[^\n]{2,80}的(?:通知|决定)$")


@dataclass(frozen=True)
class Written:
    """A date written in the text: where, its value (ISO prefix, None when it cannot be placed),
    and whether it says when an event happened."""

    start: int
    end: int
    value: str | None
    event: bool
    has_year: bool


@dataclass(frozen=True)
class Dated:
    """The date of an act and the evidence it was read from."""

    value: str | None
    how: str  # chronicle | section | event | adoption | signed | none
    span: tuple[int, int] | None = None  # where the date is written in doc.text


@dataclass(frozen=True)
class ActContext:
    date: str | None
    date_how: str
    date_span: tuple[int, int] | None
    decided_by: str | None
    meeting: str | None
    doc_number: str | None


# a numbered meeting of a standing committee (第二十二次会议) or a congress's session (十一届人大五次会议)
MEETING_NO = re.compile(r"第([0-9一二三四五六七八九十百零〇]+)次(?:全体)?会议|([一二三四五六七八九十]+)届人大([一二三四五六七八九十]+)次会议")


# what a meeting that decides does right after its name (…第二十二次会议决定任命…), never 于…举行
MEETING_ACTS = re.compile(r"(?:经表决|经审议)?[，,]?(?:决定|任命|免去|选举|补选|表决|通过|接受|批准)")


def _meeting_key(m: re.Match[str]) -> tuple:
    """("sc", 22) for 第二十二次会议, ("congress", 11, 5) for 十一届人大五次会议."""
    if m.group(1):
        return ("sc", _num(m.group(1)))
    return ("congress", _num(m.group(2)), _num(m.group(3)))


def _num(text: str | None) -> int | None:
    return cn_number(text.replace(" ", "")) if text else None


def reference_date(doc: Document) -> str | None:
    """The document's own date, else its page timestamp, refined by a news dateline (what
    ``Dating(doc).reference`` gives, without building a Dating: the hold readers ask only this)."""
    text = doc.text
    from kg.metadata import REPOST_LINE  # (local: the module's imports stay as they are)

    head = REPOST_LINE.sub(lambda m: " " * len(m.group(0)), text[:HEAD_CHARS])  # a copy's stamp dates the copy
    ref = doc.date
    if ref is None or PartialDate.parse(ref) is None:
        ref = None
        for pattern in STAMPS:
            m = pattern.search(head)
            if m and (value := iso(*m.groups())):
                ref = value
                break
        if ref is None and (m := STAMP_DMY.search(head)):
            ref = iso(m.group(3), m.group(2), m.group(1))
        if ref is None and (m := PERIOD_HEAD.search(head)):
            ref = iso(m.group(4) or m.group(1), m.group(5), m.group(6))  # the period's end
        if ref is None and (m := HEAD_MONTH_DAY.match(head)):
            # "1月22日，西藏广播电视台…消息，…会议于2025年1月22日…": the head's day, its year written
            # with the same day in the head
            full = re.search(rf"(\d{{4}})年0?{int(m.group(1))}月0?{int(m.group(2))}日", head)
            ref = iso(full.group(1), m.group(1), m.group(2)) if full else None
    line = DATELINE.search(text[:HEAD_CHARS * 2])
    if line:
        y, mo, d = line.group("y"), _num(line.group("m")), _num(line.group("d"))
        value = iso(y, mo, d) if y else (month_day(mo, d, ref) if mo and d else None)
        if value:
            ref = value
    return ref


_SHARED: list = [None, None, None]  # the last document asked, what a Dating reads of it, its Dating


def shared_dating(doc: Document) -> "Dating":
    """One Dating per document for the hold readers, which only look dates up (``date_at`` and
    ``reference`` depend on the document alone: no decider state). Each reader used to build its
    own, and each worked out every date of the text again (~0.05 s on a yearbook). A document
    changed in between (its text, date, year or place) gets a new one."""
    seen = (doc.text, doc.date, doc.year, doc.jurisdiction)
    last = _SHARED[1]
    if _SHARED[0] is not doc or last is None or last[0] is not doc.text or last[1:] != seen[1:]:
        _SHARED[0], _SHARED[1], _SHARED[2] = doc, seen, Dating(doc)
    return _SHARED[2]


class Dating:
    """Dates (and deciding bodies) of the acts of one document, looked up by text offset."""

    def __init__(self, doc: Document, sections: Sections | None = None):
        self.doc = doc
        self.text = doc.text
        self.sections = sections or sections_of(doc)
        self.chron_marks, self.chron_dates = chronicle_dates(doc)
        self._para_starts = [0] + [m.end() for m in re.finditer(r"\n", self.text)]

    # -- the document's reference date -------------------------------------------------------
    @cached_property
    def reference(self) -> str | None:
        """The document's own date, else its page timestamp, refined by a news dateline."""
        return reference_date(self.doc)

    # -- dates written in the text ----------------------------------------------------------------
    @cached_property
    def written(self) -> list[Written]:
        """Every date written in the document, in order, month-days and days resolved."""
        out: list[Written] = []
        text = self.text
        # a date starts with a numeral and has 年, 日 or 号 (or the 午 of 上午 after 月D) at most
        # DATE_REACH characters after its start (一九八二年 / 12 月 31 日 / 9月2上午)
        for m in fast_re.finditer_before(DATE_EXPR, text, DATE_MARKS, DATE_REACH, NUMERAL):
            start, end = m.start(), m.end()
            if m.group("d") and not m.group("m") and not m.group("y") and not m.group(0).endswith("日"):
                continue  # 〔2021〕3号 is a document number, 3号 alone no date
            if m.group("d") and not m.group("m") and not m.group("y") and text[max(0, start - 2):start] == "上月":
                # "张永春上月29日被免职" on a page of 2025-10-16: the month before the report's (session 35)
                out.append(Written(start - 2, end, self._last_month(m.group("d")), True, False))
                continue
            if m.group("d") and not m.group("m") and not m.group("y") and text[start - 1:start] == "月" \
                    and text[max(0, start - 2):start] not in ("同月", "当月", "本月", "是月"):  # 同月21日: a day of that month
                # "[1]:7611月22日": a month the digits before it garble (page 76, or 761?): an event
                # whose date the text does not give cleanly, like 日前
                out.append(Written(start, end, None, True, False))
                continue
            if m.group("y2"):
                y, mo, d = m.group("y2"), m.group("m2"), None
            else:
                y, mo, d = m.group("y"), m.group("m"), m.group("d")
            value = self._resolve(y, mo, d, start, out)
            tail = (RANGE_TAIL.match(text, end) or DAY_LIST_TAIL.match(text, end)) if d else None
            if tail:
                ty, tm, td = tail.group("y") or y, tail.group("m") or mo, tail.group("d")
                last = self._resolve(ty, tm, td, start, out) if (ty or tm) else None
                if last is None and value and td:
                    p = PartialDate.parse(value)
                    last = iso(p.year, p.month, td) if p and p.month else None
                value = common_prefix(value, last) if last else (value[:7] if value and len(value) == 10 else value)
                end = tail.end()
            prior = text[max(0, start - 1):start]
            if prior == "、" and text[start - 2:start - 1] in ("日", "号"):
                prior = "至"  # "8月2日、3日": the second day of a list of days, part of the first date
            event = not NOT_EVENT_AFTER.match(text[end:end + 16]) and prior not in ("—", "－", "-", "至", "到", "~", "～") \
                and not self._quoted(start) and not NOT_EVENT_BEFORE.search(text[max(0, start - 48):start])
            if m.group("y2") and m.group("m2") and YM_RANGE_TAIL.match(text, end):
                event = False  # "（1983年12月—1987年2月）": a term of months, no event's day (session 25)
            if m.group("y2") and m.group("m2") and CAREER_STEP.match(text, end):
                event = False  # "2017年8月调任深圳市委副书记": a step of a career, no event a report is of
            if m.group("y2") and m.group("m2") and text[start - 1:start] in ("（", "(") \
                    and re.match(r"[ \t]*(?:生)?[)）]", text[end:end + 3]):
                event = False  # "滨州市长崔洪刚（1961年5月）": a birth month in brackets after a name
            if m.group("y2") and m.group("m2") and RESUME_STEP.match(text, end):
                event = False  # "1996年07月，…研究生毕业后，历任…": a résumé line, no event a report is of
            if m.group("y2") and not m.group("m2") and (
                    re.match(r"[ \t]*(?:第|度)", text[end:end + 3])
                    or not re.match(r"[ \t]*(?:[，,]|初|底|末|上半年|下半年)", text[end:end + 4])):
                event = False  # 2024年第12次, 金湾区2019年环境状况: a year alone names no event
            if value is not None and not m.group("y") and not m.group("y2") and not mo:
                # (or the verb of the meeting it dates: 省十届人大常委会第三十一次会议25日结束)
                event = event and bool(re.match(r"[ \t]*(?:[上下]午|晚|，|,|、|\s|召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|结束|結束)",
                                                text[end:end + 3])) \
                    or bool(re.match(r"[（(]", text[start - 1:start])) \
                    or text[max(0, start - 2):start] in ("同月", "当月", "是月")  # 同月21日建立…: that day's event
            if event and value is not None and not y and mo and d and self._soon_after_reference(_num(mo), _num(d)):
                event = False  # "将出席9月25日举行的…", "10月1日才是…之日" on a page of 09-23: a day to come
            out.append(Written(start, end, value, event, bool(y)))
        for m in VAGUE.finditer(text):
            out.append(Written(m.start(), m.end(), None, True, False))
        for m in REL_YEAR.finditer(text):
            year = None
            if m.group(1) in ("今年", "去年"):
                ref = PartialDate.parse(self.reference)
                year = ref.year - (m.group(1) == "去年") if ref else None
            else:
                # in text order: a 同年 read before this one was appended after the written years
                dated = sorted((w.start, v) for w in out if w.start < m.start() and w.has_year and (v := w.value))
                if dated and m.start() - dated[-1][0] < 600:
                    year = int(dated[-1][1][:4]) + (m.group(1) == "次年")
            value = iso(year, _num(m.group("m"))) if year and m.group("m") else (str(year) if year else None)
            ok = not NOT_EVENT_AFTER.match(text[m.end():m.end() + 16]) \
                and not NOT_EVENT_BEFORE.search(text[max(0, m.start() - 48):m.start()]) \
                and not (m.group("m") and CAREER_STEP.match(text, m.end()))  # 今年3月，张三出任…: a career step
            # "会议决定市十二届人大八次会议于今年…举行": a meeting to come, no event of the report
            out.append(Written(m.start(), m.end(), value, ok, value is not None))
        for m in fast_re.finditer_near(BARE_MONTH, text, "月", 2):  # (MONTH is at most two characters)
            if text[max(0, m.start() - 2):m.start()] in ("今年", "去年", "同年", "当年", "次年"):
                continue
            month = _num(m.group("m"))
            value = month_day(month, None, self.reference) if month else None
            out.append(Written(m.start(), m.end(), value, True, value is not None))
        for m in RELATIVE.finditer(text):
            if NOT_RELATIVE_AFTER.match(text[m.end():m.end() + 1]):
                continue
            if m.group("inner") and DATE_EXPR.search(m.group("inner")):
                continue  # 今天（8月2日）: the date inside is read on its own
            if m.group("split"):  # 今(26)日: that day, when the reference's day is the one written
                value = relative_day(m.group("split") + "日", self.reference)
                if value is None or len(value) != 10 or int(value[8:]) != int(m.group("day")):
                    value = None
                out.append(Written(m.start(), m.end(), value, True, value is not None))
                continue
            value = relative_day(m.group(1), self.reference)
            if m.group(1) in ("当天", "当日"):  # "that day": the day of the event just told, if any
                told = [w for w in out if w.start < m.start() and w.event and w.value and len(w.value) == 10
                        and m.start() - w.start < 1500]
                if told:
                    value = max(told, key=lambda w: w.start).value
            elif m.group(1) in ("今天", "今日") and value is not None:
                value = self._written_today(text, m, out) or value
            out.append(Written(m.start(), m.end(), value, True, value is not None))
        out.sort(key=lambda w: w.start)
        return out

    def _written_today(self, text: str, m: re.Match[str], out: list[Written]) -> str | None:
        """The day a report was written when it was published the next day: "1月15日上午，…会议
        举行…今天上午到会人数525人" on a page stamped 01-16 — the 今天上午 is the session told
        just before, not the page's day. Only with the same part of the day after both, so that
        a report of two days (1月15日上午… 今天上午, i.e. the 16th) keeps the reference."""
        part = PART_OF_DAY.match(text, m.end())
        ref = PartialDate.parse(self.reference)
        if part is None or ref is None or ref.day is None:
            return None
        eve = (ref.first_day() - datetime.timedelta(days=1)).isoformat()
        told = [w for w in out if w.start < m.start() and w.event and w.value and len(w.value) == 10
                and m.start() - w.start < 1500]
        if not told:
            return None
        last = max(told, key=lambda w: w.start)
        same_part = text[last.end:last.end + len(part.group())] == part.group()
        return eve if last.value == eve and same_part else None

    def _quoted(self, pos: int) -> bool:
        """Inside 《…》 (a document's or a newspaper's title)."""
        before = self.text[max(0, pos - 60):pos]
        return before.rfind("《") > before.rfind("》")

    def _soon_after_reference(self, month: int | None, day: int | None) -> bool:
        """Whether a month-day comes up to 60 days after the document's own day (a day to come,
        not one the report tells of: month_day would put it a year back)."""
        ref = PartialDate.parse(self.reference)
        if ref is None or ref.month is None or ref.day is None or month is None or day is None:
            return False
        try:
            ahead = (datetime.date(ref.year, month, day) - datetime.date(ref.year, ref.month, ref.day)).days
        except ValueError:
            return False
        return 0 < ahead <= 60

    def _last_month(self, day: str) -> str | None:
        """The day ``day`` of the month before the report's (上月29日), None without a dated report."""
        ref = PartialDate.parse(self.reference)
        if ref is None or ref.month is None:
            return None
        year, month = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
        return iso(year, month, day)

    def _resolve(self, y: str | None, mo: str | None, d: str | None, at: int, seen: list[Written]) -> str | None:
        if y:
            return iso(y, mo, d)
        month, day = _num(mo), _num(d)
        para = self._para_start(at)
        if month is not None and day is not None:
            # the year of a full date written just before, in the same paragraph (据2026年1月20日…报道，1月19日，…)
            for w in reversed(seen):
                if w.start < para:
                    break
                if w.has_year and w.value and len(w.value) >= 7:
                    if not w.event:  # a report's date (据2026年1月20日…报道，1月19日): on or before it
                        if len(w.value) < 10:
                            continue  # a birth month or a career step (出生于1963年4月, 2021年1月任代市长): no report's day
                        return month_day(month, day, w.value)
                    anchor = PartialDate.parse(w.value)
                    # an event's date: what the narrative tells next is later in the same year
                    if anchor and (month, day) >= (anchor.month or 1, anchor.day or 1):
                        return iso(anchor.year, month, day)
                    return None
            return month_day(month, day, self.reference) or self._year_of_same_day(month, day) \
                or ((named := self._named_year(at)) and iso(named, month, day)) \
                or (self._year_of_event_before(month, day, at, seen) if self.reference is None else None)
        if day is not None and month is None:
            for w in reversed(seen):  # the month of the event date before it (5月27日…；28日…)
                if w.start < self._section_start(at) or at - w.start > 1500:
                    break
                if w.event and w.value and len(w.value) >= 7:
                    return day_only(day, w.value[:7]) if len(w.value) == 10 and int(w.value[8:]) <= day \
                        else day_only(day, w.value)
            return day_only(day, self.reference) or self._named_year(at)
        return None

    def _year_of_event_before(self, month: int, day: int, at: int, seen: list[Written]) -> str | None:
        """On a page with no date of its own, a month-day a few paragraphs after a full event date
        of the same section ("…会议于2022年1月5日至8日举行。⏎1月8日上午，大会选举…"): that date's year,
        when the day is on or after it and within a month of it (session 31) — a narrative going on."""
        floor = max(self._section_start(at), at - 1500)
        for w in reversed(seen):
            if w.start < floor:
                return None
            if w.event and w.has_year and w.value and len(w.value) == 10:
                anchor = PartialDate.parse(w.value)
                if anchor is None or anchor.month is None or anchor.day is None:
                    return None
                gap = (month - anchor.month) * 31 + (day - anchor.day)
                return iso(anchor.year, month, day) if 0 <= gap <= 31 else None
        return None

    def _named_year(self, at: int) -> str | None:
        """The year of the event a sentence is about, named with it where no date gives one:
        opening the sentence ("2021年市政府参事聘任仪式…今天（9日）举行") or right after the day that
        opens it ("2月12日，2026年东西湖区政协新春茶话会举行") — never 2019年度, 2019年以来, a year
        elsewhere in the sentence (…回顾了2019年工作)."""
        start = self._sentence_start(at)
        opening = NAMED_YEAR.match(self.text, start) or (
            (day := OPENING_DAY.match(self.text, start)) and NAMED_YEAR.match(self.text, day.end()))
        return opening.group(1) if opening else None

    @cached_property
    def _full_days(self) -> dict[tuple[int, int], set[int]]:
        """(month, day) → the years the text writes that day with (2020年7月28日)."""
        days: dict[tuple[int, int], set[int]] = {}
        for m in FULL_DAY.finditer(self.text):
            days.setdefault((int(m.group(2)), int(m.group(3))), set()).add(int(m.group(1)))
        return days

    def _year_of_same_day(self, month: int, day: int) -> str | None:
        """A month-day with no reference date, written elsewhere in the text with its year (7月28
        上午，区…会议召开 … （2020年7月28日…第二十六次会议通过）): that year, when only one is written
        for that day — the text dates the day itself."""
        years = self._full_days.get((month, day))
        return iso(next(iter(years)), month, day) if years and len(years) == 1 else None

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence around ``pos`` starts (after 。！？ or a line break)."""
        return last_index(self.text, "。！？\n", pos) + 1

    def _newlines(self, start: int, end: int) -> int:
        """``self.text[start:end].count("\\n")`` from the line index (no copy of the text)."""
        return bisect.bisect_left(self._para_starts, end + 1) - bisect.bisect_left(self._para_starts, start + 1)

    def _para_start(self, pos: int) -> int:
        return self._para_starts[bisect.bisect_right(self._para_starts, pos) - 1]

    def _section_start(self, pos: int) -> int:
        return self.sections.at(pos).start

    # -- the date of an act ---------------------------------------------------------------------
    def date_at(self, pos: int, section: Section | None = None, end: int | None = None) -> Dated:
        """The date of an act whose sentence starts at ``pos`` (and ends at ``end``)."""
        section = section or self.sections.at(pos)
        chron = self._chronicle(pos)
        if chron is not None:
            return chron
        if section.heading and section.date:
            return Dated(section.date, "section")
        title = self._title_line(pos)
        if title is not None:
            return title
        report = self._report_under(pos)
        if report is not None:  # a headline over its dated report: the report's date, never the one before
            ws = self._written_in(report[0], report[1])
            first = next((w for w in ws if w.event), None)
            if first is not None:
                return Dated(first.value, "headline", (first.start, first.end))
        event = self._event_before(pos, section, end)
        named = self._named_year(pos)
        if named is not None and (event is None or not (event.value or "").startswith(named)) \
                and (start := self._sentence_start(pos)) is not None \
                and NAMED_MEETING_CLAUSE.match(self.text, start):
            # "2021年中国共产党河南省第十一届委员会…举行第一次全体会议，选举…": the year of the meeting the
            # act's own sentence opens with, not a date of another year before it (session 33; a year
            # opening anything else — 1984年出生的…, 2020年因…空降武汉的… — dates no act)
            return Dated(named, "event", (start, start + len(named) + 1))
        if event is not None:
            return event
        head = self._headline(pos, section, end)
        if head is not None:
            return head
        after = self._signed_after(pos, section)
        if after is not None:
            return after
        if not section.heading:
            local = local_context(self.text, pos)
            if local["date"]:
                return Dated(local["date"], "signed")
            own = PartialDate.parse(self.doc.date)
            if own and own.day and self.doc.title and OFFICIAL_TITLE.search(self.doc.title):
                return Dated(self.doc.date, "document")  # a notice's acts: the notice's own date
            news = self._dateline_date(pos, end)
            if news is not None:
                return news
        return Dated(None, "none")

    @cached_property
    def _dateline(self) -> tuple[int, str] | None:
        """(start, date) of the news dateline that opens the report's line ("新华社北京3月12日电" under a
        page stamp of 2017年03月13日: 2017-03-12; "山西日报客户端6月4日消息，"), its year from the page;
        None without one (a report cited inside a sentence, 据澎湃新闻8月15日消息, is no dateline)."""
        m = NEWS_DATELINE_HEAD.search(self.text, 0, HEAD_CHARS * 2) or AGENCY_DATELINE.search(self.text, 0, HEAD_CHARS * 2)
        ref = PartialDate.parse(self.reference)
        if m is None or ref is None or ref.year is None:
            return None  # the dateline's year is not known: no date (never invent a year)
        mo, d = _num(m.group("m")), _num(m.group("d"))
        if not mo or not d:
            return None
        value = self.reference if (ref.month, ref.day) == (mo, d) else month_day(mo, d, self.reference)
        return (m.start(), value) if value else None

    def _dateline_date(self, pos: int, end: int | None) -> Dated | None:
        """An act the report opened by a news dateline tells with no date of its own ("新华社北京3月12日
        电 中华人民共和国主席习近平…任免下列驻外大使：一、免去…"): the report's day, unless its sentence or
        paragraph says the act came before it (日前 / 近日 / 此前 …) or the act stands above the dateline
        (a headline: dated by its report). Session 20."""
        line = self._dateline
        if line is None or pos < line[0]:
            return None
        stop = end if end is not None else self.text.find("\n", pos)
        para = self.text[self._para_start(pos): stop if stop >= 0 else len(self.text)]
        if VAGUE.search(para) or BEFORE_REPORT.search(para):
            return None
        return Dated(line[1], "dateline")

    def _chronicle(self, pos: int) -> Dated | None:
        i = bisect.bisect_right(self.chron_marks, pos) - 1
        value = self.chron_dates[i] if i >= 0 else None
        if not value:
            return None
        mark = self.chron_marks[i]
        month = value[:7] if len(value) >= 7 else None
        if month:
            head = self.text[mark:mark + 16]
            line = DAY_LINE.match(head)
            skip = line.end() if line else 0
            tail = RANGE_TAIL.match(head, skip)
            if tail:
                value, skip = month, tail.end()  # 26日—28日，…: which day is not known yet
            since = mark + skip
            later = list(re.finditer(rf"(?<![0-9月])(\d{{1,2}})[ \t]?日(?=[ \t]?(?:上午|下午|晚|中午|，|,))",
                                     self.text[since:pos]))
            if later and (d := day_only(int(later[-1].group(1)), month)):
                return Dated(d, "chronicle", (since + later[-1].start(), since + later[-1].end()))
        return Dated(value, "chronicle", (mark, mark))

    def _title_line(self, pos: int) -> Dated | None:
        """A title line that repeats the act (关于任命…的决定): the adoption line under it."""
        line_end = self.text.find("\n", pos)
        line_end = len(self.text) if line_end < 0 else line_end
        line = self.text[self._para_start(pos):line_end]
        if not TITLE_LINE.search(line):
            return None
        return self._adoption_after(line_end, 300)

    def _adoption_after(self, pos: int, window: int) -> Dated | None:
        m = ADOPTION.search(self.text, pos, min(len(self.text), pos + window))
        if not m:
            return None
        for w in self._written_in(m.start(), m.end()):
            if w.value:
                return Dated(w.value, "adoption", (w.start, w.end))
        return None

    def _written_in(self, start: int, end: int) -> list[Written]:
        ws = self.written
        i = bisect.bisect_left([w.start for w in ws], start)
        out = []
        while i < len(ws) and ws[i].start < end:
            out.append(ws[i])
            i += 1
        return out

    @cached_property
    def _written_starts(self) -> list[int]:
        return [w.start for w in self.written]

    def _event_before(self, pos: int, section: Section, end: int | None) -> Dated | None:
        """The nearest event date before the act (its sentence, paragraph, then the section)."""
        ws = self.written
        limit = end if end is not None else pos
        i = bisect.bisect_left(self._written_starts, limit) - 1
        floor = max(section.start, pos - 3000)
        sentence = self._sentence_start(pos)
        while i >= 0 and ws[i].start >= floor:
            w = ws[i]
            if w.event and w.start < sentence and w.value and len(w.value) == 4 and "月" not in self.text[w.start:w.end]:
                i -= 1  # a year alone (2016年初改任…) dates its own sentence, not the next ones
                continue
            if w.event and w.start < sentence and self.text[max(0, w.start - 3):w.start].endswith(("已于", "已於", "已经于")):
                i -= 1  # "…许勤已于今年4月履新…": the month of that one earlier move, not the next sentences' (session 19)
                continue
            if w.event:
                if w.start < sentence and self._other_meeting(w.start, sentence, limit):
                    return Dated(None, "event")  # the act's clause names a meeting the dated text does not: undated
                if (self.text.find("刚", w.end, limit) >= 0 or self.text.find("前", w.end, limit) >= 0) \
                        and fast_re.search_first(CLOSED_BEFORE, self.text, w.end, limit):  # (every match holds 刚 or 前)
                    # "12月3日，…举行宪法宣誓仪式。刚刚闭幕的…第二十九次会议表决通过了…": the act's
                    # meeting closed before the dated event, on a day the text does not give
                    return Dated(None, "event")
                if w.value is None:
                    return Dated(None, "event", (w.start, w.end))  # a month-day with no year: unknown
                return Dated(w.value, "event", (w.start, w.end))
            i -= 1
        return None

    def _other_meeting(self, dated: int, sentence: int, pos: int) -> bool:
        """Does the act's clause (from its last ；/。 to ``pos``) name a numbered meeting or session
        that decides (…常委会第二十二次会议决定任命, 十一届人大五次会议选举) which the sentence holding the date carried to it
        (from ``dated`` to its end) does not name? A report looking back on acts of earlier
        meetings ("…3月24日举行宪法宣誓仪式。…第二十一次会议任命A…；第二十二次会议决定任命B…")
        dates none of them by the day it reports."""
        clause = self.text[last_index(self.text, "；;。！？\n", pos) + 1:pos]
        own = {_meeting_key(m) for m in MEETING_NO.finditer(clause) if MEETING_ACTS.match(clause, m.end())}
        if not own:
            return False
        ends = [e for c in "。！？\n" if (e := self.text.find(c, dated, sentence)) >= 0]
        told = self.text[self._sentence_start(dated):min(ends) if ends else sentence]
        if told.count("（") + told.count("(") > told.count("）") + told.count(")"):
            # an adoption line a page broke over lines ("（2018年1月17日…人民代表大会\n\n常务委员会
            # 第四十三次会议通过）"): the dated text goes on to its closing bracket (session 19)
            close = min((e for c in "）)" if (e := self.text.find(c, dated, dated + 120)) >= 0), default=-1)
            if close > 0:
                told = self.text[self._sentence_start(dated):close]
        return not own & {_meeting_key(m) for m in MEETING_NO.finditer(told)}

    def _report_under(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the line under a headline that ``pos`` lies on, when that headline
        is a short line with no comma and the line under it opens with its date (a news page
        of several reports, each a headline over a paragraph "6月29日，…会议选举…")."""
        start = self._para_start(pos)
        line_end = self.text.find("\n", pos)
        if line_end < 0:
            return None
        line = self.text[start:line_end].strip()
        if not line or len(line) > SUBHEADLINE_MAX or re.search(r"[，,。；;：:！？]", line):
            return None
        nxt_end = self.text.find("\n", line_end + 1)
        nxt_end = len(self.text) if nxt_end < 0 else nxt_end
        if not DATED_LINE.match(self.text[line_end + 1:nxt_end]):
            return None
        return line_end + 1, nxt_end

    def _headline(self, pos: int, section: Section, end: int | None) -> Dated | None:
        """A headline that states the act (王某任某省代省长) before any date: the act is the one
        the report under it tells, dated by the report's first event date."""
        lines_before = self._newlines(section.start, pos)
        if lines_before > 3:
            return None
        if NEWS_DATELINE_AT.match(self.text, self.text.rfind("\n", 0, pos) + 1):
            return None  # a report's first paragraph, opened by its dateline, is no headline (session 20)
        after = end if end is not None else pos
        limit = min(section.end, after + 400)
        nl = self.text.find("\n", after, limit)
        if nl >= 0 and NEWS_DATELINE_AT.match(self.text, nl + 1):
            # a report opened by its dateline ("新华社北京2月28日电 …"): its first paragraph only, never
            # a later one's (another act's day; session 20)
            para_end = self.text.find("\n", nl + 1)
            limit = min(limit, para_end if para_end >= 0 else len(self.text))
        ws = self.written
        i = bisect.bisect_left(self._written_starts, after)
        if i < len(ws) and ws[i].start < limit and ws[i].event and ws[i].value:
            return Dated(ws[i].value, "headline", (ws[i].start, ws[i].end))  # the first date after it only
        return None

    def _signed_after(self, pos: int, section: Section) -> Dated | None:
        """The notice's date line after the act (its 落款), before any other paper begins."""
        stop = min(section.end, pos + 3000)
        title = fast_re.search_lines(NOTICE_TITLE_LINE, self.text, pos + 1, stop, NOTICE_TITLE_END) \
            if self.text.find("关于", pos + 1, stop) >= 0 else None  # (every match holds 关于: no search without)
        m = fast_re.search_lines(SIGNED_LINE, self.text, pos, title.start() if title else stop, SIGNED_LINE_END)
        if m:
            parts = re.match(rf"({YEAR})年({MONTH})月({DAY})日", m.group("date"))
            value = iso(*parts.groups()) if parts else None
            if value:
                return Dated(value, "signed", (m.start("date"), m.end("date")))
        return None

    # -- who decided ----------------------------------------------------------------------------
    @cached_property
    def deciders(self) -> "Deciders":
        return Deciders(self.doc)

    def decided_by_at(self, pos: int, status: str, section: Section | None = None,
                      end: int | None = None) -> str | None:
        """The body that decided (a decided act) or proposed (a proposed one) the act at ``pos``:
        the one its own sentence names, else its section's, else the nearest written before it
        in its paragraph or the paragraphs before it in the same section (a meeting's report:
        "…会议举行。…会议决定任命"). None for a joint decision or when no body is written."""
        return self._decider(pos, status, section, end)[0]

    def own_decider(self, pos: int, status: str, end: int | None = None) -> tuple[str | None, str | None]:
        """(body, meeting) the act's own sentence names as deciding or proposing, else (None,
        None): a resignation request is its writer's unless a body submits it (省人大常委会主任
        会议关于提请审议于国安辞去…请求的议案)."""
        section = self.sections.at(pos)
        found, body = self.deciders.at(end if end is not None else pos, status, self._sentence_start(pos),
                                       section.start, reach=False)
        return (body, self.deciders.meeting if body else None) if found else (None, None)

    def _decider(self, pos: int, status: str, section: Section | None, end: int | None
                 ) -> tuple[str | None, str | None]:
        """(deciding body, the meeting it decided at as written, when read from the text)."""
        section = section or self.sections.at(pos)
        limit = end if end is not None else pos
        deciders = self.deciders
        found, body = deciders.at(limit, status, self._sentence_start(pos), section.start, reach=False)
        if found:  # the act's own sentence names its decider (市委批准，…不再担任…)
            return body, deciders.meeting if body else None
        report = self._report_under(pos)
        if report is not None:  # a headline over its dated report: that report's meeting or none
            lead = deciders.lead(report[0], report[1])
            return lead, deciders.meeting if lead else None
        if section.heading:
            known = self._section_body(status, section)
            if known is not None:
                return known, None
        floor = max(section.start, self._para_start(pos) - 1500)
        found, body = deciders.at(limit, status, floor, section.start)
        if found:
            return body, deciders.meeting if body else None
        if self._newlines(section.start, pos) <= 3:
            lead = deciders.lead(pos, min(section.end, pos + 600))  # a headline: its report's meeting
            if lead is not None:
                return lead, deciders.meeting
        if not section.heading:
            local = local_context(self.text, pos)
            return self._section_body(status, replace(section, meeting=local["meeting"])), None
        return None, None

    def _section_body(self, status: str, section: Section) -> str | None:
        """The deciding body a section implies: its meeting's standing committee or government,
        a decision's issuing body; for a proposed act, the body its heading names."""
        jur = self.doc.jurisdiction
        if status == "decided":
            if section.meeting and "人大常委会" in section.meeting and jur:
                return f"{jur}人民代表大会常务委员会"
            if section.meeting and "人民政府" in section.meeting and jur:
                return f"{jur}人民政府"
            if section.heading.rstrip().endswith("决定"):
                return self._heading_body(section)
            if not section.heading and section.body:  # a plain-text paper's issuer (X关于…的通知 / 决定)
                return self._heading_body(section)
            return None
        return self._heading_body(section)

    def _heading_body(self, section: Section) -> str | None:
        if not section.body or re.match(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])", section.body):
            return None
        return self.deciders.canonical_org(section.body, self.doc.jurisdiction) or section.body

    # -- everything an act needs ------------------------------------------------------------------
    def context(self, pos: int, status: str, section: Section | None = None, end: int | None = None) -> ActContext:
        """Date (with its evidence), deciding body, meeting and 文号 of an act at ``pos``."""
        section = section or self.sections.at(pos)
        dated = self.date_at(pos, section, end)
        meeting, number = section.meeting, section.doc_number
        if not section.heading:
            local = local_context(self.text, pos)
            meeting, number = local["meeting"], local["doc_number"]
        body, written = self._decider(pos, status, section, end)
        return ActContext(dated.value, dated.how, dated.span, body,
                          re.sub(r"\s+", "", written) if written else meeting, number)


# a paragraph opened by its date ("6月29日，中国共产党锦州市…全体会议选举…"); the line above it, a
# headline with no comma ("王文权当选中共锦州市委书记"), states the act that paragraph reports
# a paragraph opened by a news dateline (新华社北京2月28日电, 中新社澳门9月21日电, 浙江在线01月23日讯; session 20)
NEWS_DATELINE_AT = re.compile(r"[ \t\u3000]*[（(【]?[\u4e00-\u9fff]{1,12}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
                              r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[ \t]*(?:[电讯電訊]|消息[，,])")
# …at the start of a line in the head, its month and day ("新华社北京3月12日电", "山西日报客户端6月4日消息，";
# never "据澎湃新闻8月15日消息": a report cited)
NEWS_DATELINE_HEAD = re.compile(r"^[ \t\u3000]*[（(【]?(?!据)[\u4e00-\u9fff]{1,12}?(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月"
                                r"(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[ \t]*(?:[电讯電訊]|消息[，,])", re.M)
# …or a news agency's dateline run into a page's header line ("…| 责任编辑:张某新华社北京7月11日电 中华人民共和国
# 主席…"; session 30), never one cited (据新华社…电)
AGENCY_DATELINE = re.compile(r"(?<![据據])(?:新华社|新華社|中新社|中国新闻社|中國新聞社)[\u4e00-\u9fff]{0,8}?"
                             r"(?P<m>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?P<d>[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[ \t]*[电電]")
DATED_LINE = re.compile(r"^\s*(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|凌晨)?[，,]")
SUBHEADLINE_MAX = 40


# ------------------------------------------------------------------------------ deciding body

_N = "0-9一二三四五六七八九十百零〇"
# the words after a body that make it the decider (决定 / 批准 / 任免 / 选举产生) or the meeting (第N次会议)
DECIDE_TRIGGER = re.compile(
    rf"(?:研究[，,]?|审议|審議)?(?:决定|決定|批准|任免(?=[^，。；]{{0,12}}(?:国家工作人员|國家工作人員|官员|官員|干部|幹部))|选举产生|選舉產生|选举|選舉)"
    # 中共中央任命许家屯为市委书记: a body written right before 任命 appoints (决定任命 / 研究任命: no body)
    rf"|(?<=[央委局院府会部厅])任命(?![书状的])"
    # 国务院日前任命王某为…: the adverb between the body and 任命 is part of the trigger
    rf"|(?<=[央委局院府会部厅])(?:[昨今前]天|近日|日前|近期)任命(?![书状的])"
    # 国务院昨天宣布，… / 国务院集中发布了…的任免消息，…任命: the body that announces its own acts
    rf"|(?:[昨今前]天|近日|日前)?(?:宣布|宣佈|(?:集中)?(?:发布|發布)(?=[^，。；]{{0,24}}?任免))"
    # 省政府今天聘请… / 市政府聘任…为市政府参事: the body that engages decides
    rf"|(?:[昨今前]天|近日|日前)?(?:聘任|聘请|聘請|新聘|续聘|續聘)"
    # 中央对湖北省委主要负责同志职务进行了调整。A同志任…: the committee that adjusts the posts decides
    rf"|(?<=[央委])(?:对|對)(?=[^，。；\n]{{0,30}}?(?:职务|職務)(?:进行|進行)了?(?:调整|調整))"
    rf"|(?:第[{_N}]+次|[{_N}]+次)(?:全体|全體)?(?:会议|會議|全会|全會|常务会议?|常務會議?|常委会议|常委會議|主任会议)"
    # 总理签署第655号国务院令，任命…: the State Council's decree appoints (session 20)
    rf"|(?<=国务院|國務院)令(?=[，,]?(?:任命|免去|任免))"
)
# "会议决定任命…", "大会补选…", "会议任命…": the meeting the report is about
BACKREF = re.compile(
    r"(?:本次|这次|這次)?(?:会议|會議|大会|大會|会上|會上|全会|全會)(?:还|還|经|經|并|並|依法|以)?"
    r"(?=[^，。；\n]{0,16}?(?:任命|免去|补选|補選|选举|選舉|决定|決定|通过|通過|接受|当选|當選))"
)
MEETING_TRIGGER = re.compile(
    rf"(?:第[{_N}]+次|[{_N}]+次)(?:全体|全體)?(?:会议|會議|全会|全會|常务会议?|常務會議?|常委会议|常委會議)"
)
# "X关于NAME任…的决定 / 的(党内任职)通知": X decided the act written inside the phrase
ABOUT = re.compile(r"(?:关于|關於|关於|有关|有關)(?=[^。；\n]{0,80}?的(?:党内|黨內)?(?:任职|任職|任免)?(?:决定|決定|通知|决议|決議))"
                   # "新华社公布中央日前对贵州省委主要领导的任免决定：" (session 19): 对 … 的任免决定 as 关于
                   r"|(?:对|對)(?=[^。；\n，,]{0,40}?的(?:任免|任职|任職)(?:决定|決定|通知))")
# (宣布吉林省委有关人事安排的决定: 有关 as 关于, for the acts up to ABOUT_NEAR characters after it)
ABOUT_NEAR = 250
# "中共某市委于6月12日召开常委（扩大）会议", "区人大常委会举行第三十次会议": who met
CONVENE = re.compile(
    r"(?:[于於][^，。；\n]{1,14}?)?(?:召开|举行|召開|舉行)(?=[^，。；\n]{0,14}?(?:会议|會議|全会|全會))"
)
# (a body before 建议 proposes: 江苏省委建议提名许昆林为江苏省省长候选人)
PROPOSE_TRIGGER = re.compile(r"提请|提請|提名|建议|建議|(?:发布|發布|公布|公佈|释出|釋出)[^，。；\n]{0,30}公示")
# the body a published 公示's own title names ("…网站发布“中共孝感市委组织部干部任前公示公告”"): the proposer,
# not the site that carries it
PUBLISHED_BODY = re.compile(r'(?:发布|發布|公布|公佈|释出|釋出)[“"《「]?(?P<body>(?:中共)?[^，。；“”"《》「」\s]{2,16}?(?:组织部|組織部))')
# a decision by several bodies at once (中央和省委, 省委、西安市委): no single decider
# (经中共山东省委和山东省革命委员会批准: a party committee and a government; 中共中央、国务院 /
# 中央和国务院: the Central Committee and the State Council; never 中央和国家机关工委)
JOINT = re.compile(r"(?:中央|省委|市委|区委|县委|党委|區委|縣委|黨委)[和与、及](?!国家机关|國家機關)[\u4e00-\u9fff]{0,6}?"
                   r"(?:省委|市委|区委|县委|党委|區委|縣委|黨委|革命委员会|人民政府|革命委員會|国务院|國務院)")
LEAD_WORDS = re.compile(r"^.*?(?:社|网|網|台|报|報|频道|頻道)[\u4e00-\u9fff]{0,8}?(?:电|讯|訊|電)|^.*?(?:宣布|宣读|宣讀|根据|根據|按照|经过|經過|由|经|經|在|是|了|并|並|据|據|将|將|召开的|召開的|举行的|舉行的)")
# a full date written between a deciding body and its verb (国务院2020年4月22日决定：)
DATE_BEFORE_VERB = re.compile(r"(?<=[\u4e00-\u9fff])(?:\d{4}|[〇○零一二三四五六七八九]{4})年\d{1,2}月\d{1,2}日$")
# (a standing committee's 主任会议 stays: 省人大常委会主任会议关于提请… proposes as that council)
TAIL_WORDS = re.compile(
    rf"(?:的|了|研究|审议|審議|党组会议|党组|(?<!人大)常委会会议|(?<!人大)常委会议|(?<!主任)会议|(?<!主任)會議|常务会议?|常務會議?|会上|會上|"
    rf"全体|全體|全会|全會|举行|召开|舉行|召開|第[{_N}]+次|[{_N}]+次|"
    # "福建省人大常委会今天决定任命…": a time between the body and its decision
    rf"今天|今日|昨天|昨日|前天|当天|當天|近日|日前|上午|下午|晚上|"
    # "国务院日前密集任免…", "国务院通报任免20余名部级官员": how the body announced its acts
    rf"密集|集中|通报|通報|公布|公佈)+$"
)
RELATIVE_BODY = re.compile(r"^(?:省|市|区|县|州|镇|乡|旗|盟|自治区|自治州|校|院)(?:委|政府|人民政府|人大|政协|党委|常委会|人大常委会)")
TERM = re.compile(rf"第?[{_N}]+届")
# a full date written with digits (the year a month-day of the same text may take)
FULL_DAY = re.compile(r"((?:19|20)\d\d)[ \t]*年[ \t]*(\d{1,2})[ \t]*月[ \t]*(\d{1,2})[ \t]*[日号]")
# a meeting that closed before the day a report is dated by (刚刚闭幕的…会议, 日前召开的…会议)
# (当天刚刚闭幕的…: that day's)
CLOSED_BEFORE = re.compile(r"(?<!当天)(?<!当日)(?<!今天)(?<!同日)(?<!是日)(?<!當天)(?<!刚)(?:刚刚|刚|日前|此前|前不久|不久前|前些天)(?:闭幕|結束|结束|召开|召開|举行|舉行|閉幕)的[^，。；\n]{0,40}?(?:会议|會議)")
# a meeting followed by when it will meet (…四次会议⏎将于3月25日召开, …会议定于…举行) is one to come
FUTURE_AFTER = re.compile(r"\s*(?:将|將|拟|擬|定)(?:于|於)?[^，。；,;]{0,16}?(?:召开|召開|举行|舉行|开幕|開幕)")


# a place, then 召开 / 举行, then its body's term: "广州市南沙区召开第四届人民代表大会第三次会议"
CONVENED_AT = re.compile(rf"(?<=[\u4e00-\u9fff])(?:召开|举行|召開|舉行)(?=第?[{_N}]+届)")


def _body_forms(run: str) -> list[str]:
    """Spellings of a body as kg.orgs reads them: 青海省第十一届人大 → 青海省第十一届人民代表大会;
    政协鄂托克前旗第十一届委员会 / 政协湖北省十二届 → 鄂托克前旗政协 / 湖北省政协; 中国共产党大渡口区第十三届委员会 → 大渡口区委;
    省十二届人大常委会 → 省人大常委会; 中央 → 中共中央."""
    forms = []
    run = CONVENED_AT.sub("", run)  # 广州市南沙区召开第四届人民代表大会(第三次会议): the place's congress
    if run in ("中央", "党中央", "中共中央"):
        return ["中共中央"]
    m = re.fullmatch(rf"(?:中国共产党|中共)(.+?)(?:{TERM.pattern})委员会", run)
    if m:
        forms.append(re.sub("委$", "", m.group(1)) + "委")
    m = re.fullmatch(rf"(?:中国共产党|中共)(.+?[省市县区州旗盟])(?:{TERM.pattern})", run)
    if m:
        forms.append(m.group(1) + "委")  # 中共湖南省十一届(一次全会) → 湖南省委
    # (政协湖北省十二届(一次会议): the place between 政协 and the term, session 20)
    m = re.fullmatch(rf"政协(.+?)(?:{TERM.pattern})?委员会|(.+?)政协(?:{TERM.pattern})?|政协(.+?)(?:{TERM.pattern})", run)
    if m:
        forms.append((m.group(1) or m.group(2) or m.group(3)) + "政协")
    m = re.fullmatch(rf"(.*?)(?:第?([{_N}]+)届)(?:人大|人民代表大会)", run)
    if m:
        forms.append(f"{m.group(1)}第{m.group(2)}届人民代表大会")
    if "常委会" in run or "常务委员会" in run or "人民政府" in run:
        forms.append(TERM.sub("", run))
    forms.append(run)
    return forms


# a term written right before 全国人民代表大会 / 全国人大 in a meeting's name (第六届…, 十三届…)
NATIONAL_TERM_RE = re.compile(r"第?([一二三四五六七八九十]+)届$")


class Deciders:
    """The body that decided (or proposed) an act, read from the text before it."""

    def __init__(self, doc: Document):
        from kg.orgs import canonical_org, parse_org  # lazy: the org tables load on first use

        self.canonical_org = canonical_org
        self.parse_org = parse_org
        self.meeting: str | None = None  # the meeting (as written) of the last body found
        self.text = doc.text
        self.jur = doc.jurisdiction
        # lead() answers by (start, end, last): the acts of one section ask for its report's
        # meeting again and again; with whether it read a body and the meeting it left
        self._leads: dict[tuple[int, int, bool], tuple[bool, str | None, str | None]] = {}

    def _canonical(self, run: str) -> tuple[str | None, int]:
        """The longest tail of ``run`` that names a placed body (a name kg.orgs places in a
        jurisdiction: 省委 alone, in a document of no known province, is no body), and where
        that tail starts in ``run``."""
        for i in range(len(run) - 1):
            for form in _body_forms(run[i:]):
                info = self.parse_org(form, self.jur)
                if info and info.jurisdiction and info.type != "jurisdiction" and self._placed(form, info):
                    if self._word_before(run, i, info.jurisdiction):
                        break  # 召开县十七届人大常委会: 开县 is 召开's, the body is the county's own (县…)
                    if info.name == "全国人民代表大会" and (term := NATIONAL_TERM_RE.search(run[:i])):
                        # 第六届全国人民代表大会第一次会议: the congress of its term, as a province's (session 19)
                        return f"第{term.group(1)}届全国人民代表大会", term.start()
                    return info.name, i
        return None, 0

    def _word_before(self, run: str, i: int, where: str) -> bool:
        """Whether a two-character place opening ``run[i:]`` (开县, 和县) is only the last
        character of the word before it joined to a relative body (召开|县人大常委会, 省委和|县委):
        the document's place is known, the place is neither it nor above or inside it, and the
        run without that character names a body too."""
        if not self.jur or i == 0 or run[i + 1:i + 2] not in ("县", "区", "市") \
                or where.startswith(self.jur) or self.jur.startswith(where):
            return False
        return any((info := self.parse_org(form, self.jur)) is not None and info.jurisdiction
                   and info.type != "jurisdiction" for form in _body_forms(run[i + 1:]))

    def _exact(self, run: str) -> str | None:
        """The body ``run`` names as a whole (any of its spellings), or None."""
        for form in _body_forms(run):
            info = self.parse_org(form, self.jur)
            if info and info.jurisdiction and info.type != "jurisdiction":
                return info.name
        return None

    def _placed(self, form: str, info) -> bool:
        """Whether the text places the body: the document's jurisdiction is known, the body is
        national, or the form names its place (滨海新区…, not 新区… alone)."""
        if self.jur or info.jurisdiction == "中华人民共和国":
            return True
        return bool(re.search(r"[\u4e00-\u9fff]{2,}(?:省|市|区|县|州|旗|盟|镇|乡)|中共中央|全国", form)) \
            and not re.match(r"(?:新|城|郊|市|省|县|区|自治)[区市县]", form)

    def _placed_in_sentence(self, run: str, at: int) -> str | None:
        """A bare body (省委, 市委 …) in a document of no known place: of the place of its level
        written last before it in its sentence ("广东省汕尾市召开…大会，宣布省委决定" → 中共广东省委员会),
        else None."""
        level = "自治区" if run.startswith("自治区") else run[0]
        sentence = self.text[last_index(self.text, "。！？\n", at - 1) + 1 : at]
        found = None
        for m in re.finditer(re.escape(level), sentence):
            for k in range(len(level) + 1, len(level) + 9):
                place = sentence[max(0, m.end() - k) : m.end()]
                info = self.parse_org(place, None)
                if info is not None and info.type == "jurisdiction" and info.name.endswith(place):
                    found = self._exact(place + run[len(level):]) or found
                    break
        return found

    def _not_deciding(self, trigger: re.Match[str], proposing: bool = False) -> bool:
        """A meeting named inside a title (《关于召开…会议的决定》), one to come (决定…会议
        于4月下旬召开) or one a decision is reported to (报…会议备案) decides nothing. (A bill's
        title names its proposer: 《关于省人大常委会主任会议提请…议案的说明》, ``proposing``.)"""
        start = trigger.start()
        before = self.text[max(0, start - 60):start]
        if before.rfind("《") > before.rfind("》") and not proposing:
            return True
        clause = re.split(r"[，。；！？\n]", before)[-1]
        after = self.text[trigger.end():trigger.end() + 24]
        # (报 of a newspaper's name or dateline — 浙江日报讯 省政府今天聘请… — reports to nobody)
        if re.search(r"(?:(?<![日晚时時商周导導快画畫])(?:报|報)(?![讯訊道導导])|提交|提请|提請|须经|須經|待)[^，。；报報]{0,30}$", clause):
            return True  # 报…人民代表大会第N次会议备案 / 提请…会议审议: a meeting to come
        return bool(re.search(r"关于召开|關於召開|决定|決定", clause) and re.match(r"[^，。；]{0,4}[于於]", after)) \
            or bool(re.match(r"[^，。；]{0,3}的(?:决定|決定|决议|議程|议程)", after)) \
            or bool(FUTURE_AFTER.match(after))  # 区十届人大四次会议⏎将于3月25日召开: a meeting to come

    def body_before(self, trigger: re.Match[str]) -> tuple[bool, str | None]:
        """(whether a body is written, its canonical name) for a trigger match. A meeting
        trigger also leaves the meeting as written in ``self.meeting``."""
        start = trigger.start()
        if (d := DATE_BEFORE_VERB.search(self.text, max(0, start - 16), start)) is not None:
            start = d.start()  # 国务院2020年4月22日决定：: the body is written before the date
        i = start
        while i > 0 and "\u4e00" <= self.text[i - 1] <= "\u9fff" and start - i < 40:
            i -= 1
        run = self.text[i:start]
        if "关于" in run or "關於" in run or "关於" in run:
            parts = re.split(r"关于|關於|关於", run)
            # a proposer written after 关于 (…作的关于省人大常委会主任会议提请…议案的说明, 《关于…提请》)
            # is the subject of 提请 / 提名, never the report's author before it
            if parts[-1] and (not parts[0] or (PROPOSE_TRIGGER.fullmatch(trigger.group(0))
                                               and self._canonical(TAIL_WORDS.sub("", parts[-1]))[0])):
                run = parts[-1]
                i = start - len(run)
            else:
                run = parts[0]
        kept = LEAD_WORDS.sub("", run)
        shift = len(run) - len(kept)
        run = TAIL_WORDS.sub("", kept)
        self.meeting = None
        if not run:
            return False, None
        if JOINT.search(self.text[max(0, i - 3):start]):  # (中共中央、国务院的任命决定: the run starts after 、)
            return True, None
        body, at = self._canonical(run)
        if body is None and not self.jur and RELATIVE_BODY.match(run):
            body = self._placed_in_sentence(run, i)  # "广东省汕尾市召开…大会，宣布省委决定": 广东's
        held = re.search(r"^.*(?:会议|會議|大会|大會|全会|全會)", kept[at:]) if body is not None else None
        if held and re.search(rf"[{_N}]+次", held.group(0)) and not MEETING_TRIGGER.fullmatch(trigger.group(0)):
            at = next((j for j in range(at) if self._exact(run[j:]) == body), at)  # 柳州市第十三届人民代表大会第五次会议选举…
            again = re.search(r"^.*(?:会议|會議|大会|大會|全会|全會)", kept[at:])
            self.meeting = re.sub(r"(?:举行|召开|舉行|召開)(?=第|[一二三四五六七八九十])", "", (again or held).group(0))
        elif body is not None and MEETING_TRIGGER.fullmatch(trigger.group(0)):
            at = next((j for j in range(at) if self._exact(run[j:]) == body), at)  # 西藏自治区…, not 区…
            more = re.compile(rf"(?:第[{_N}]+次(?:全体|全體)?(?:会议|會議|大会|大會))").match(self.text, trigger.end())
            written = self.text[i + shift + at:more.end() if more else trigger.end()]
            self.meeting = re.sub(r"(?:举行|召开|舉行|召開)(?=第|[一二三四五六七八九十])", "", written)
        elif body is not None and CONVENE.fullmatch(trigger.group(0)):
            at = next((j for j in range(at) if self._exact(run[j:]) == body), at)
            what = re.compile(r"[^，。；\n]{0,14}?(?:会议|會議|全会|全會)").match(self.text, trigger.end())
            if what and re.search(rf"第?[{_N}]+次", what.group(0)):
                self.meeting = self.text[i + shift + at:i + shift + len(run)] + what.group(0)
        return True, body

    def lead(self, start: int, end: int, last: bool = False) -> str | None:
        """The meeting a report is about: the first (``last``: the last) meeting named in
        [start, end) that reads as a placed body (the headline's or the first paragraph's)."""
        key = (start, end, last)
        if (known := self._leads.get(key)) is not None:
            read, meeting, body = known
            if read:
                self.meeting = meeting  # as body_before left it
            return body
        found = sorted([*MEETING_TRIGGER.finditer(self.text, start, end), *CONVENE.finditer(self.text, start, end)],
                       key=lambda m: m.start())
        read, lead = False, None
        for m in reversed(found) if last else found:
            if self._not_deciding(m):
                continue
            read = True
            written, body = self.body_before(m)
            if body is not None:
                lead = body
                break
        self._leads[key] = (read, self.meeting, lead)
        return lead

    def at(self, pos: int, status: str, floor: int, section_start: int,
           reach: bool = True) -> tuple[bool, str | None]:
        """The nearest body written as deciding (proposing, for a proposed act) before ``pos``
        and after ``floor``: (found, canonical name or None for a joint decision). With
        ``reach``, a decision with no subject of its own (会议决定任命…, …，决定任命…) is the
        meeting named last in its paragraph, else the report's first meeting."""
        window = self.text[floor:pos]
        if status == "proposed":  # its proposer, or the decision that carries the nomination (省委决定：…提名为…)
            triggers = [(m.start(), m.group(0), False) for m in PROPOSE_TRIGGER.finditer(window)]
            triggers += [(m.start(), m.group(0), False) for m in fast_re.finditer_first(DECIDE_TRIGGER, window)
                         if "决定" in m.group(0) or "決定" in m.group(0)]
        else:
            # (tried at the characters a match can start with: the same matches, ~4x faster)
            triggers = [(m.start(), m.group(0), False) for m in fast_re.finditer_first(DECIDE_TRIGGER, window)]
            triggers += [(m.start(), m.group(0), True) for m in fast_re.finditer_first(BACKREF, window)]
            for m in re.finditer(r"关于|關於|关於|有关|有關|对|對", window):  # its lookahead reads past the window
                if m.group(0) in ("有关", "有關") and len(window) - m.start() > ABOUT_NEAR:
                    continue  # 宣布省委有关人事安排的决定: of the acts told right after it only
                if ABOUT.match(self.text, floor + m.start()):
                    triggers.append((m.start(), m.group(0), False))
        triggers.sort()
        for start, word, backref in reversed(triggers):
            at = floor + start
            shifted = re.compile(re.escape(word)).match(self.text, at)
            proposing = status == "proposed" and PROPOSE_TRIGGER.fullmatch(word) is not None
            if proposing and (named := PUBLISHED_BODY.search(word)) is not None \
                    and (org := self.canonical_org(named.group("body"), self.jur)) is not None:
                return True, org  # 网站发布“中共孝感市委组织部干部任前公示公告”: the 组织部 the title names
            if shifted is None or (not ABOUT.match(self.text, at) and self._not_deciding(shifted, proposing)):
                continue  # (a decision's own title may be quoted: 《…常委会关于接受…的决定》)
            written, body = (False, None) if backref else self.body_before(shifted)
            if written and (body is not None or JOINT.search(self.text[max(0, at - 20):at])):
                return True, body
            if not reach or status != "decided" or (written and not backref):
                continue
            near = self.lead(max(floor, self.text.rfind("\n", 0, at) + 1), at, last=True)
            if near is None:
                near = self.lead(section_start, min(len(self.text), section_start + 1500))
            if near is not None:
                return True, near
        return False, None
