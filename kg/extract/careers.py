"""Career sentences of biographies and news: who held which post, and from when.

- "现任…" → current posts, dated by the document;
- "历任 / 曾任 / 先后任 / 先后担任 / 曾担任 …（等职）" → former posts, no dates;
- dated clauses "2013年，施小琳任上海市民政局局长、党组书记", "2006年她任南汇区副区长",
  "王文超于2001年7月调任郑州市政府常务副市长", "2010年5月，任中共云南省委常委" → posts with
  ``start`` (partial date) and ``former: true``;
- dated ranges "1990年7月—1995年3月在…任…", "1996.05至1998.01任职…", "2015.06—2018.03 …局局长"
  → posts with ``start`` and ``end``.

The person is the name written in the clause (right before the verb), else the subject of the
biography: the last name that opened a biography ("施小琳出生于…", "刘松，男，…") or a career
clause, within :data:`SUBJECT_REACH` characters; 他 / 她 and subject-less clauses need one.
Posts are read by :func:`kg.extract.mentions.post_chain` (one post parser, the chained-post rules
of mentions); a post whose organization cannot be determined is dropped (precision first).
The clause shapes are data: kg/data/career_shapes.yaml, with example sentences run by
tests/test_careers.py.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator


from kg import fast_re
from kg.datafiles import load_yaml
from kg.dates import iso
from kg.errors import KgError
from kg.extract.holds import make_fact, parse_post
from kg.extract.posts import DATE_DIGITS, Post
from kg.extract.spans import SpanIndex
from kg.model import Document, Fact
from kg.extract.acts import WHOLE_NAME_AFTER
from kg.names import clean_name, is_list_name, is_person_name
from kg.sentences import last_index

HAN = "\u4e00-\u9fff"
SUBJECT_REACH = 400
# an item's number before the name of a list's entry ("1.王小明，男，…", "（二）李华，女，…"; session 22, 公示 probes)
ITEM_NUMBER = r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．]\s*|[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[)）]\s*)?"
NAME = rf"[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|(?![他她其在至])[{HAN}]{{2,4}}?|他|她|其(?=于|由|在|先后|曾|历任|担任|出任|调任|升任|转任|任(?![务何]))|(?![{HAN}]{{0,4}}[委长记员席省市县区州旗盟部厅局处党政府在今至到])[{HAN}]{{5,6}}(?=\s*(?:任|担任|出任|调任|转任|升任|历任|曾任|先后|现任|是|为|于))"  # (他担任: 他, never a name 他担; five or six characters last: 乌云其木格, a name of kg.names' minority parts, session 19; never a time or a place
# word: 至今在海南先后担任过…, session 44)
YEAR = r"(?:19|20)\d{2}"
# a year, or a year the text counts from another ("同年8月", "次年1月", "去年7月": no start is
# read from these, kg never invents a year)
REL_YEAR = r"(?:同年|次年|当年|翌年|隔年|第二年|去年|今年)"  # (隔年 / 第二年: the next year, session 19)
DATE = rf"(?:{YEAR}\s*年|{REL_YEAR}(?=\s*\d{{1,2}}\s*月|初|底|末))(?:初|底|末)?(?:\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?)?"
DOT_DATE = rf"(?:{YEAR}[.．]\d{{1,2}}|{YEAR}/\d{{1,2}}(?![/\d]))"  # (1990/07 in a résumé, never a day 2020/06/19)
# (a 公示's "现任A，拟任B": the proposed post after the comma is no current post)
POSTS = r"(?:(?![，,]\s*(?:(?:后|并|又|随后|其后)?于?\s*(?:(?:19|20)\d{2}\s*[年.．]|(?:同年|次年|当年|翌年|隔年|第二年|今年|去年|前年))|(?:后|随后|其后)?(?:改任|转任|调任|当选)|(?:并随后|随后|其后)(?:担任|出任|任)|[\u4e00-\u9fff]{2,12}?于\s*(?:19|20)\d{2}\s*年|后(?:又|历|出)?任|拟|曾任|曾先后|历任|先后任|先后担任|现任|后来(?:又)?(?:担任|任)|[\u4e00-\u9fff]{2,4}(?:也|亦)?(?:已经|已)(?:担任|出任|任)|[\u4e00-\u9fff]{2,4}(?:仍然|依然|仍|继续|则|不再)(?:担任|兼任|任)|(?!同时|并同时|还)[\u4e00-\u9fff]{2,4}(?:现任|兼任)[\u4e00-\u9fff]))[^。；;\n])+"
# (…秘书长，李明伟已任…: another person's 已任 after a comma starts a clause of its own)
# (…部长职务，黄敬兼任… / 赵尔陆现任…: another name's 兼任 / 现任 too — a removal list, session 19)
# what ends the posts of a clause: the next clause, a bracketed note kept apart
# (each branch opening with its own character, which the engine skips to: [（(] first, a class among
# the branches, made it try every offset; the same matches)
NOTE_RE = re.compile(r"（(?!(?:集团|控股)[)）])[^（）()]*[)）]|\((?!(?:集团|控股)[)）])[^（）()]*[)）]|\[\d+\]")  # 钢铁（集团）公司: part of a name
# the term of a central committee before 中央委员 ("十九届", "第16、17届"), blanked to 〼
# ("十五届、十六届、十七届中央委员": each term may carry its 届; 十六届中央政治局委员 too)
TERM_RE = re.compile(r"(?:中共|中国共产党)?第?[一二三四五六七八九十\d]+届?(?:、第?[一二三四五六七八九十\d]+届?)*届(?:中共)?(?=中央(?:政治局)?(?:候补)?委员(?!会)|中央政治局常委|中央委员会(?:候补)?委员|中央纪律检查委员会委员|中央纪委委员|中纪委委员)")  # (中纪委委员, 中央委员会候补委员: session 21)
CLAUSE_VERB_RE = re.compile(r"任职|担任|出任|调任|转任|升任|晋升|履新|当选|(?:之前|之后|以前|以后)任")  # (时任…书记李绍洪晋升…: another person's)
# (…之前任: "秦刚是…驻美大使，出使美国之前任中国外交部副部长", a clause of its own; round 37)
# (此后历任…: the sequence word before the lead is no part of the post, session 20; 现任…，同时兼任…: a post
# the list goes on with, session 20, bio)
LEAD_RE = re.compile(r"^(?:(?:此后|之后|其后|随后)(?=历任|先后|曾任|又任|任|担任|出任))?(?:后来又担任|后来担任|后来任|并继续兼任|(?:并|还|并同时)?同时兼任|同时担任|还兼任|并兼任|并任|兼任|兼|后获任|获任|后改任|改任|后又任|后任|又任|再任|先后任|先后担任|先后出任|历任|曾任|任职|担任|任)(?!过)")  # (担任过…: a verb of its own clause, the posts held before — never stripped; session 27)
TAIL_RE = re.compile(r"(?:等职务|等职|职务|一职|等|至今|多年|数年)$")  # (…副市长多年: session 20; …书记一职: session 29)
# "分管日常工作的副部长", "主持日常工作的副主任": what the deputy does, before the post (session 20)
DAILY_RE = re.compile(r"(?:分管|主持|负责)日常工作的")
# who a biography is about: "刘松，男，…", a name line over "男，1970年1月生，…", "施小琳出生于…", "新任北京市长蔡奇，1955年12月出生",
# "胡明朗早年在…工作，曾任…" (a name opening a sentence before a biography word)
# (…, or a title before it and 出生于 after a comma: "常州市市长盛蕾，出生于1972年，曾任…"; session 32; the birth's
# date after a comma, to the day: "马万里，1919年11月4日出生于陕西延川", an obituary's 生平, session 40)
SUBJECT_RE = re.compile(rf"(?:^|(?<=[。；，,\n：: \t\u3000])|(?<=[长记席](?=[{HAN}]{{2,4}}[，,]\s*出生于)))\s*{ITEM_NUMBER}(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)(?=\s*(?:[，,]\s*[男女][，,]|[，,]\s*出生于(?:19|20)\d{{2}}|(?<=\n)[男女][，,]|出生|生于|[（(]\s*\d{{4}}|[（(][男女]|[（(][^（）()\n]{{0,80}}?\d{{4}}\s*年|(?:同志)?\s*(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?\s*(?:出)?生(?:[，,。]|于)|(?<![族男女])[，,]\s*(?:19|20)\d{{2}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:出)?生(?:[，,。]|于)|则出生))", re.M)
# a résumé's heading: "徐守盛简历", "覃伟中同志简历", "张三个人简历：" alone on its line
HEADING_RE = re.compile(rf"^[ \t　]*(?:附[一二三四五六七八九十]?[：:、．.][ \t　]*)?(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)(?:同志)?(?:个人)?(?:简历|履历|年表|生平|简介|小传|生平简介|生平事迹|大事年表)[ \t　]*(?:[：:]?[ \t　]*$|[：:][ \t　]*(?=(?:19|20)\d{{2}})|(?<=[ \t　])(?=(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?(?:出)?生))", re.M)  # (a résumé run on after its heading's colon: "X简历：1958.06出生；1982.08-…"; or after spaces: "郭庚茂简历  1950年12月出生，…", session 20)
# a profile whose name ends its line (alone, or after a post label: "省委副书记：张左己 |") over a
# line opening with the birth: "1945年1月生，黑龙江巴彦人，…" / "男，1970年1月生"
# (a portal's profile puts its credit line and a blank line between the two: "布赫⏎中央政府门户网站 www.gov.cn
# 2008年12月03日 来源：新华社⏎⏎1926年3月生，…"; round 36)
BIRTH_LINE_RE = re.compile(rf"^(?:[^\n：:]{{0,20}}[：:])?[ \t　]*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)[ \t　|｜]*\n(?:[^\n]{{0,60}}(?:来源|网站|www\.)[^\n]{{0,60}}\n|[ \t　]*\n){{0,3}}[ \t　]*(?:[男女][，,][^\n]{{0,12}}?)?(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*日)?\s*(?:出)?生[，,。于]", re.M)
# how the line after a match's first line opens (a line break, then what BIRTH_LINE_RE reads there up to the year)
_BIRTH_NEXT_LINE = re.compile(r"\n[ \t　]*(?:[男女][，,][^\n]{0,12}?)?(?:19|20)\d{2}")
# an encyclopedia page: the person's name as the page title, then a section heading (生平, 人物经历 …)
PAGE_TITLE_RE = re.compile(rf"^[ \t　]*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)[ \t　]*(?:[（(][^（）()\n]{{1,12}}[)）])?[ \t　]*\n\s*(?:\[编辑\])?(?:生平|人物生平|简历|个人简历|人物简介|简介|人物经历|个人经历|人物履历|个人履历|履历|工作经历|任职经历|主要经历|早年经历|经历)[ \t　]*(?:\[编辑\])?[ \t　]*\n", re.M)
# "张晓东代表是企业家，祖籍在高雄，现任…", "曾力群代表祖籍高雄，现任…": a deputy or member named with the
# title after the name, opening the sentence that tells the person's posts (session 25, round 8 trad)
TITLE_AFTER_OPENER_RE = re.compile(rf"(?:^|(?<=[。；;\n]))\s*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)"
                                   r"(?=(?:代表|委员)(?:的)?(?:祖籍|籍贯|是|现任|出生|生于))", re.M)
# a heading naming a person after a post ("第五章 内蒙古自治区人民政府主席 乌兰夫"), a heading 简历 / 生平 …
# alone on a line at most three lines below it: the person the résumé is of (session 25, round 7 rosters)
CHAPTER_NAME_RE = re.compile(rf"^[^\n]{{2,40}}?(?<=[记长员任席委理])[ \t　]+(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)[ \t　]*\n"
                             rf"(?:[^\n]*\n){{0,3}}?[ \t　]*(?:简历|个人简历|生平|履历|生平简介|人物简历|主要经历)[ \t　]*\n", re.M)
BORN_RE = re.compile(rf"(?P<before>[{HAN}·]{{2,14}})(?=\s*[，,]\s*(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?\s*(?:出)?生)")
# what BORN_RE looks ahead to, from its comma: where its matches end (found with a fast skip)
BORN_AFTER_RE = re.compile(r"[，,]\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:出)?生")


def _born_matches(text: str, start: int = 0, last: int | None = None) -> Iterator[re.Match]:
    """``BORN_RE.finditer(text, start)``, tried only before each "，1955年12月出生": a match is the end
    (2-14 characters) of the run of Han characters right before such a comma and its spaces, so
    its start is known; a finditer tried the greedy run at every Han character of the text.
    ``last``: only the matches starting at or before it (the runs' ends only grow)."""
    pos = start
    for after in BORN_AFTER_RE.finditer(text, start):
        end = after.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if last is not None and end - 14 > last:
            return  # (a match starts at most 14 characters before its run's end)
        start = end
        while start > max(pos, end - 14) and (text[start - 1] == "·" or "\u4e00" <= text[start - 1] <= "\u9fff"):
            start -= 1
        for s in range(start, end - 1):  # the first is the match; the rest only keep this exact
            m = BORN_RE.match(text, s)
            if m:
                yield m
                pos = m.end()
                break
# "比他小两个月的磐安人蔡艳，则一直在金华地区工作": a native place and the name after 的
NATIVE_RE = re.compile(rf"的[{HAN}]{{2,6}}?人(?P<name>[{HAN}]{{2,4}}?)(?=[，,])")
BORN_OF_RE = re.compile(rf"(?:出生|生|(?:出生于|生于)(?:19|20)\d{{2}}年(?:\d{{1,2}}月)?)的(?P<name>[{HAN}]{{2,4}}?)(?=[，,是。；;]|此前|之前|曾|早年|长期|现任|历任|先后|在(?:19|20)\d{{2}}年)")  # (出生于1958年的王东峰在2013年…: round 37)
NAME_OPEN = rf"[{HAN}]{{2,4}}?(?:\s*)(?=任|改任|兼任|调任|转任|当选)"
OPENERS = r"(?:为|是)[“\"]?(?:[5-9]0|00)后[”\"]?[，,。]|在[^，,。；;\n]{1,12}?(?:之前|以前|前)[，,]\s*(?:曾|历任|先后)|在[^，,。；;\n]{1,12}?工作(?:多年|[\d一二三四五六七八九十]{1,3}年)?[，,]\s*(?:曾任|历任|先后)|大学毕业|从[^，,。；;\n]{2,20}?毕业|的(?:任职|工作)?(?:经历|履历)|于(?:19|20)\d{2}年|早年|曾任|曾先后|曾在|曾长期|长期在|长期从事|先后|历任(?!的)|现任|是|毕业于|生于|出生于|此前|履新前|调任|转任|出任|升任|接任|赴任|担任|目前分管|现分管|(?:19|20)\d{2}年(?:(?:\d{1,2}|十)月)?(?:\d{1,2}日)?(?:毕业于|参加工作|加入中国共产党|入党|出生于|出生在|生于)|(?:19|20)\d{2}年于[^，,。；;\n]{1,12}毕业后[，,]\s*(?:曾任|历任|先后)"  # 张晓强1996年毕业于…, 张三同志1930年5月出生于… (陈伯坚同志1922年6月16日生于…: session 26; 王毅一九五三年十月出生于…: 十 stays a character; 王忠林在此次履新之前，曾任…: session 24)
# a lead-in before the name: "公开资料显示，", "之后，" (a biography's next step; 记者梳理发现，: round 36)
OPENER_LEAD = r"(?:同样[，,]|其中[，,]|而|[^，,。；;\n]{0,10}(?:显示|介绍|获悉|了解到|发现)[，,]|(?:之后|此后|其后|后来)[，,]|[^，,。；;\n]{2,16}?前[，,])?"  # 履新…局长前，X曾…
# (胡明朗也在基层工作多年，曾任…: 也 / 亦 / 则 / 同样 between the name and its opener; round 35)
OPENER_RE = re.compile(rf"(?:^|(?<=[。；;\n]))\s*{OPENER_LEAD}\s*(?P<name>[{HAN}]{{2,4}}?)(?:同志)?(?:也|亦|则|同样)?(?={OPENERS})", re.M)  # (文敏生同志是山西垣曲人: session 23)
# "新任浦口区委书记祁豫玮现年49岁，此前是江宁区区长": a name before its age opens a biography (also 即将年满60岁, session 19)
AGE_AFTER_RE = re.compile(rf"(?:(?<=[记长员任席委的])|(?:^|(?<=[。；;，,\n])))(?P<name>[{HAN}]{{2,4}}?)(?=(?:现年|今年|时年|(?:即将)?年满)[\d一二三四五六七八九十]{{2,3}}岁|\d{{2}}岁[，,]|[\d一二三四五六七八九十]{{2,3}}岁时(?:即|就|便)?(?:出任|担任|任|当选|成为))", re.M)  # 李世峰30岁时即出任…; 被免去…职务的郭永航今年60岁 (session 30); 尹弘59岁，曾在… (session 34)
# "现年58岁的杜兆才则一直在体育系统工作。": an age before the name opening a sentence opens that person's
# biography (the paragraphs of a report each open so on another official; session 41)
AGE_BEFORE_RE = re.compile(rf"(?:^|(?<=[。；;\n]))[ \t　]*(?:现年|今年|时年)[\d一二三四五六七八九十]{{2,3}}岁的(?P<name>[{HAN}]{{2,4}}?)"
                           rf"(?=则|同样|也|亦|是|一直|长期|曾|历任|先后|此前|早年|[，,])", re.M)
# a word every match of a subject pattern is followed by within so many characters of its start
# (kg.fast_re.finditer_near): a name ≤ 4, 现年 / 今年 / 时年, a number ≤ 3, then 岁
NEAR_WORD = {AGE_AFTER_RE: ("岁", 12)}
# more ways a biography opens: "张三 男，1965年3月生" (a space before the sex), "张三，湖南长沙人。" (the
# native place right after the name at a line's start), "张三，原名张大三，…", a profile's fields
# "姓名：张三" / "中文名 | 张三 |"
OPENING_RE = re.compile(rf"^[ \t　]*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)(?=[ \t　]+[男女][，,]|[：:][ \t　]*[男女][，,]|[，,]\s*(?:原名|曾用名|又名|笔名|字[{HAN}]{{1,2}}[，,])|(?:曾用名|又名|原名)[{HAN}]{{2,4}}[、，,]|[，,][{HAN}]{{2,8}}人[，,。])", re.M)
# "…的丁小强，出生于1972年12月，…": a name, a comma, then its birth
BORN_COMMA_RE = re.compile(rf"(?:^|(?<=[。；;\n的]))(?P<name>[{HAN}]{{2,4}}?)(?=[，,]\s*(?:出生于|生于)\s*(?:19|20)\d{{2}})", re.M)
# a succession list's item: "2. 吴飞:1922年7月起任市长。" — the name, a colon, then a dated line (session 24)
# (a numbered item may tell the career in prose, its first year a few words on: "1. 王荣：这位江苏滨海出身的男子，于2004年
# 至2009年担任苏州市委书记"; round 36)
ITEM_NAME_RE = re.compile(rf"^[ \t　]*(?P<num>\d{{1,2}}[.、．][ \t　]*)?(?P<name>[{HAN}]{{2,4}}?)[：:][ \t　]*"
                          rf"(?=(?:19|20)\d{{2}}\s*年|(?(num)[^\n。]{{0,40}}?(?:19|20)\d{{2}}\s*年|(?!)))", re.M)
ITEM_LINE_RE = re.compile(r"^[ \t　]*\d{1,2}[.、．][ \t　]*", re.M)
NAME_FIELD_RE = re.compile(rf"^[ \t　]*(?:姓名|中文名|本名)[ \t　]*[：:|｜][ \t　]*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)[ \t　]*[|｜]?[ \t　]*$", re.M)
# "2007年，吴勇强援藏归来，出任雨花台区委常委": a date, a name and a short predicate, then a career verb
TIMED_SUBJECT_RE = re.compile(rf"(?:^|(?<=[。；;\n]))[ \t　]*(?:(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?(?:初|底|末)?|{REL_YEAR}\s*\d{{1,2}}\s*月)[，,]\s*"
                              rf"(?P<name>[{HAN}]{{2,4}})(?=[^，,。；;\n]{{0,8}}[，,]\s*(?:出任|调任|转任|升任|担任|任|当选|履新))", re.M)

# "与张硕辅类似，邓修明在…毕业后，…曾任…", "与刘学新一样，新晋山东省纪委书记陈辐宽同样来自中纪委，他此前是…": a page
# about several officials likening the next to the last: the one named after the likeness is the subject (session 44)
LIKE_RE = re.compile(rf"(?:^|(?<=[。；;\n]))[ \t　]*与[{HAN}]{{2,4}}?(?:类似|一样|相同|相似|相仿)[，,]\s*"
                     rf"(?:[^，,。；;\n]{{0,30}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席))?(?P<name>[{HAN}]{{2,4}}?)"
                     r"(?=在|也|同样|亦|曾|此前|之前|早年|长期|是|出身|毕业|[，,])", re.M)
# "由青海省长升任书记的信长星，曾任…": a name after 的 opening a career clause is its subject
DE_OPENER_RE = re.compile(rf"的(?:这个|这位)?(?P<name>[{HAN}]{{2,4}}?)(?=[，,]\s*(?:现任|曾任|历任|先后任|先后担任|曾先后|过去|早年|此前|长期)"
                          rf"|(?:亦|也|则|如今)[^，,。；;\n]{{0,8}}[，,]\s*(?:出任|调任|转任|升任|担任|接任)"
                          rf"|在[^，,。；;\n]{{2,30}}?工作(?:了|过|超过)?[^，,。；;\n]{{0,12}}[，,]\s*(?:担任过|曾任|历任|先后任|任)"
                          rf"|是[{HAN}]{{1,8}}人[，,]\s*(?:曾任|历任|先后任|先后担任|曾先后|长期)"
                          # (a short sentence about the one named, then 他 / 她: "将取代肖钢的刘士余正接受中组部考核。他于2006年
                          # 6月出任…"; round 36)
                          rf"|(?:正|已|将|也|则|目前|现在)[^，,。；;\n]{{0,14}}。\s*[他她](?!们)(?:于|曾|在|先后|历任|早年|(?:19|20)\d{{2}}))")  # (session 19: "从基层做起的应勇，过去…", "时任厦门市长的刘赐贵亦再上层楼，出任…")
# "据悉，青海省委副书记吴晓军将升任省长。他曾任…": an official reported moving on is the subject of
# the career clauses after it (a post written before the name, the name, then the move)
MOVING_ON_RE = re.compile(rf"(?:^|(?<=[。；;，,\n]))[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?P<name>[{HAN}]{{2,4}}?)"
                          r"(?=将(?:升任|出任|调任|转任|接任)|(?:已经|已)(?:升任|出任|调任|转任|接任))")
# "衡阳市市长朱健出生于1975年7月，…", "现任益阳市代市长熊炜也是“75后”": a name after its post, then its
# birth or what it is, opens a biography (its 他 and career clauses are this person's; session 20)
# what follows the name: its birth (…党委书记刘宁1962年1月出生。: session 23) or what it also is
TITLED_BORN_AFTER = r"(?:出生于|生于)\s*(?:19|20)\d{2}|(?:也|亦)是|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?\s*(?:出生|生)[，,。]"
TITLED_BORN_RE = re.compile(rf"(?:^|(?<=[。；;，,\n]))[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席)(?P<name>[{HAN}]{{2,4}}?)"
                            rf"(?={TITLED_BORN_AFTER})")
# "山东省委书记刘家义为中央“空降”干部，此前担任审计署党组书记、审计长", "新任北京大学党委书记邱水平是一名“老北大人”。
# 他从北大毕业后，曾任…": a name after its post, what it is (为 / 是 …), then a career clause with no name of its
# own (此前 / 之前 / 履新前 / 曾任 / 历任 / 先后 …, or 他 / 她 and them): the clause's subject (session 21, news breadth)
# (what follows its 为 / 是: kg.fast_re.finditer_before looks only before a 为 / 是 so followed, most are not)
# (or his birth first: 新任陕西省长赵刚是第二十届中央委员。他出生于1968年6月，曾任…; session 46)
TITLED_IS_AFTER = (r"[^。；;\n]{0,30}?[，,。]\s*(?:他|她)?(?:从[^，,。；;\n]{1,12}毕业后[，,]|(?:出生于|生于)[^，,。；;\n]{1,12}[，,])?"
                   r"(?:此前|之前|履新前|曾任|曾先后|曾担任|历任|先后任|先后担任|先后出任)")
TITLED_IS_RE = re.compile(rf"(?:^|(?<=[。；;，,\n]))[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席)(?P<name>[{HAN}]{{2,4}}?)"
                          rf"(?=(?:也|亦|则|还)?[为是]{TITLED_IS_AFTER})")  # (…熊某也是"75后"。他出生于…: 熊某)
# where a match of a subject pattern can start, for kg.fast_re.finditer_before: (the words right
# after its name, the longest lead and name before them, the class of its first character) —
# MOVING_ON_RE's name ends at most 40 + 4 characters after the clause start, right before 将升任 / 已…
BEFORE_WORDS: dict[re.Pattern[str], tuple[re.Pattern[str], int, re.Pattern[str]]] = {
    MOVING_ON_RE: (re.compile("将(?:升任|出任|调任|转任|接任)|已(?:经)?(?:升任|出任|调任|转任|接任)"), 44,
                   re.compile("[^，,。；;\n]")),
    TITLED_BORN_RE: (re.compile(TITLED_BORN_AFTER), 44, re.compile("[^，,。；;\n]")),
    TITLED_IS_RE: (re.compile(f"(?:也|亦|则|还)?[为是](?={TITLED_IS_AFTER})"), 45, re.compile("[^，,。；;\n]")),
}

def _written_name(text: str, at: int) -> str | None:
    """The name written at ``at`` when the characters after it run on (吴勇强援藏归来): the longest
    2-4 characters that kg.names accepts and the text writes again elsewhere (the page names its
    subject more than once); None when there is no such name."""
    for k in (4, 3, 2):
        cand = text[at:at + k]
        if len(cand) == k and is_person_name(cand) and text.count(cand) >= 2 \
                and not (k < 4 and text.count(text[at:at + k + 1]) == text.count(cand)):
            return cand
    return None


# A career step's post whose body kg cannot place (a township or commune the gazetteer lacks, a
# body written bare): kept with the body as written (kg.orgs' reading of it, never a guessed place)
# when the body is written out, as the other steps of the line are (session 21: on the frozen set the
# steps dropped so were a share of the "other title" misses). Not when the body is only pointed at
# (该市, 其, 本县): whose it is would be a guess.
UNPLACED_POINTER_RE = re.compile(r"^(?:原|时|现)?(?:该|本|其|此|同|上述)")
# where the body is a place-level unit (镇 / 乡 / 公社 / 街道 …), its 党委 posts are the committee's own
# titles (书记 of the town's party committee, as a placed one reads: docs/conventions.md)
UNPLACED_PLACE_ENDS = ("镇", "乡", "公社", "街道", "县", "旗")
# a verb or a move inside the body as read (北京前担任四川省绵阳市委): a clause, not a body
UNPLACED_NOT_BODY_RE = re.compile(r"[任调赴到在前后]")
# a committee written bare (省委, 区委, 党委, 团委, 校团委): the body of the place or unit the text means is
# not written, and the committee's own posts read differently (党委委员 of a unit, 书记 of a place's committee).
# A sub-unit written bare (项目处, 办公室, 组织部) is kept with its body as written (session 39: the dev gold
# writes these holdings; their host is named before them in the list or not at all)
UNPLACED_COMMITTEE_RE = re.compile(r"委|党委|党组|党总支|党支部|支部|总支|团委|校团委|纪委|校党委")
# what a body written out ends with (a unit, an office, a place-level unit): anything else is a
# clause that ran into the post phrase (吉林省任代省长), not a body
UNPLACED_BODY_RE = re.compile(r"(?:[镇乡县旗盟州市区委会局厅办院校所队站厂社部处科室馆团组司行署]|公社|街道|公司|集团|中心|大学|学院|中学|小学|医院|支部|总支)$")


def _kept_unplaced(post: "Post", person: str) -> "Post | None":
    """The post kept with its body as written, or None when it is not to be kept: its body only pointed at
    (UNPLACED_POINTER_RE), no body written out (UNPLACED_BODY_RE), or a "person" that is a place's
    name (宁波: a subject read wrong, which an unplaced post must not carry into the graph)."""
    from kg.places import gazetteer

    text = (post.org_text or "").strip()
    if len(text) < 2 or UNPLACED_POINTER_RE.match(text) or not UNPLACED_BODY_RE.search(text) \
            or UNPLACED_NOT_BODY_RE.search(text) or UNPLACED_COMMITTEE_RE.fullmatch(text) or person in gazetteer().words:
        return None
    if post.title.startswith("党委") and len(post.title) > 3 and text.endswith(UNPLACED_PLACE_ENDS):
        return replace(post, title=post.title[2:])  # 塘下镇党委书记: 书记 of the town's committee
    if text.endswith("党委") and len(text) > 4 and not text[:-2].endswith(UNPLACED_PLACE_ENDS):
        # 深圳警备区党委第一书记: the body's 党委第一书记, as a placed body's 党委 posts read (conventions)
        return replace(post, title="党委" + post.title, org_text=text[:-2])
    return post


# "亓延军，现任公安部党委副书记…": a name opening a sentence, a comma, then its career
COMMA_OPENER_RE = re.compile(rf"(?:^|(?<=[。；;\n]))\s*{OPENER_LEAD}\s*(?P<name>[{HAN}]{{2,4}}?)(?=(?:同志)?[，,]\s*(?:现任|曾任|历任|先后任|先后担任|曾先后|出身[^，,。；;\n]{{1,12}}[，,]\s*曾"
                             # "张建国，2021年6月调任…" / "张建国同志，2018年3月起任…": a dated step right after the name (session 20)
                             # "江隆基，1957-1958年任…", "程耿东，1995-2005年间担任…": a range of years (session 23)
                             rf"|(?:19|20)\d{{2}}(?:\s*[-—–~至到]\s*(?:(?:19|20)\d{{2}}|\d{{2}}))?\s*年(?:\s*\d{{1,2}}\s*月)?(?:份|起|初|底|间)?[，,]?\s*(?:起)?(?:任|担任|调任|出任|升任|转任|当选|兼任)"
                             # "宋硕，41岁担任北京工业大学党委书记": an age, then the post (session 23)
                             rf"|\d{{2}}岁(?:时)?(?:即|就)?(?:担任|出任|任|当选)))", re.M)
# "3月份，吴存荣调任重庆": a name opening a clause after a time phrase
TIMED_OPENER_RE = re.compile(rf"(?:^|(?<=[。；;\n]))[^，,。；;\n]{{0,12}}?(?:年|月|月份|日)(?:后|起|初|底)?[，,]\s*(?P<name>[{HAN}]{{2,4}}?)(?={OPENERS})", re.M)
# the ethnicity after the sex: "格日勒图，男，蒙古族，" (a name kg.names may not know: no Han surname)
MINORITY_AFTER_RE = re.compile(r"\s*[，,]\s*[男女][，,]\s*([\u4e00-\u9fff]{1,5}?)族[，,]")
# what ends an attribute, never a name, written before "，1955年2月生" (蒙古族, 黄梅人, 中共党员)
NOT_A_NAME_ENDS = ("族", "人", "员", "生", "历", "位")
SEX_AFTER_RE = re.compile(r"\s*[，,]\s*[男女][，,]|[ \t　]*\n\s*[男女][，,]")
# a profile: the name alone on its line, then "男，1970年1月生，…" (人民日报 profiles): the line is
# the name even when kg.names does not know its surname (练月琴)
NAME_LINE_RE = re.compile(r"[ \t　]*\n\s*[男女][，,]\s*(?:19|20)\d{2}\s*年")
# "公开资料显示，徐文海于1965年9月生": a name opening a clause, then its birth
BORN_YU_RE = re.compile(rf"(?:^|(?<=[。；;，,\n：:]))\s*(?P<name>[{HAN}]{{2,4}}?)(?=于(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?(?:出)?生)", re.M)
# "卸任国务院副秘书长的郭玮出生于1964年7月": a name after 的, before its birth
# (or its birth's date first: "最新履新的李建成1964年12月出生于内蒙古", session 20, bio breadth)
DE_BORN_RE = re.compile(rf"的(?P<name>[{HAN}]{{2,4}}?)(?=出生于|生于|(?:19|20)\d{{2}}\s*年(?:\s*\d{{1,2}}\s*月)?\s*(?:出生|生)(?:于|[，,。]))")
# "今年53岁的林涛，长期在…": an age or a birth before the name
AGED_RE = re.compile(rf"(?:\d{{2}}|[一二三四五六七八九十]{{2,3}})岁的(?:[^，,。；;\n]{{0,24}}?(?<=[记长员任席委]))?(?P<name>[{HAN}]{{2,4}}?)(?=[，,]|出身|毕业于|被视为|被认为|被看作|是|曾长期|曾在|曾任|长期在|一直在)")  # …梁言顺出身中共中央党校; 59岁的应勇被视为… (session 26)
# "原中共福建省委常委、福建省委组织部长于伟国，6月10日出任…" / "另一位女县长刘艳芳，曾任…": a sentence opened by posts and a
# name, then a career verb
# what follows the name's comma (kg.fast_re.finditer_before looks only within reach before such a comma)
TITLED_OPENER_AFTER = (r"\s*(?:\d{1,2}月\d{1,2}日|(?:今年|去年)\s*\d{1,2}\s*月)?(?:已经|已)?"
                       r"(?:出任|调任|转任|升任|当选|任|将任|拟任|曾任|曾先后|历任|先后任|先后担任|此前|之前|履新前|先前|后来"
                       r"|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:考入|毕业于|参加工作|进入))")  # (…区长李先忠，先前曾任…: session 23; 后来: 24; 清华大学校长邱勇，1983年考入…: round 36 review)
TITLED_OPENER_RE = re.compile(rf"(?:^|(?<=[。\n]))(?:(?:比如|例如|譬如)[，,]\s*)?[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席)(?P<name>[{HAN}]{{2,4}}?)(?<!人)(?=[，,]{TITLED_OPENER_AFTER})", re.M)  # (现任复旦大学党委书记朱之文，此前担任…: session 21; 是湖南长沙人，曾任…: a native place, no 沙人 after 长, round 35)
# (its comma stands at most 4 (比如，) + 40 + 4 characters after the start)
BEFORE_WORDS[TITLED_OPENER_RE] = (re.compile(f"[，,](?={TITLED_OPENER_AFTER})"), 49, re.compile("[^，,。；;\n]"))
# "成都：市委书记施小琳，从1990年到2018年一直在上海工作，在上海工作了28年，曾任上海市民政局长": a sentence
# opened by posts and a name, one or two clauses of no career verb after it, then a past career (曾任 /
# 历任 …, no subject of its own): the name's (session 25, round 6 rosters)
TITLED_LATER_AFTER = (r"\s*(?:曾任|曾先后|历任|先后任|先后担任|曾担任"
                      r"|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?[，,]\s*(?:出任|调任|升任|转任|任))")  # (…，2016年6月，出任…)
TITLED_LATER_RE = re.compile(rf"(?:^|(?<=[。\n]))[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席)(?P<name>[{HAN}]{{2,4}}?)"
                             rf"(?=[，,](?:[^，,。；;\n]{{1,30}}[，,]){{1,2}}{TITLED_LATER_AFTER})", re.M)
# (its last comma stands at most 40 + 4 + 2 × 31 + 1 characters after the start)
BEFORE_WORDS[TITLED_LATER_RE] = (re.compile(f"[，,](?={TITLED_LATER_AFTER})"), 107, re.compile("[^，,。；;\n]"))
# "江西副省长吴忠琼此前担任…": a sentence opened by posts and a name, then (no comma) a word that
# opens a career (or a clause so opened in a list of such people: …调任：…，中国人民大学党委书记靳诺此前担任…;
# session 44); "至于接替孙兆林的刘兴伟，…": a sentence opened by a move and the name of the one who
# moves — in a page about several officials, the person the clauses after it are about (session 23)
TITLED_NAME_OPENER_RE = re.compile(rf"(?:^|(?<=[。；;，,：:\n]))[^，,。；;\n]{{2,40}}?(?<=[记长员任席委])(?!书记|主任|委员|常委|主席)(?P<name>[{HAN}]{{2,4}}?)"
                                   r"(?=此前|之前|曾任|曾先后|历任|先后任|先后担任|履新前|早年)", re.M)
DE_MOVER_RE = re.compile(rf"(?:^|(?<=[。；;\n]))[^，,。；;\n]{{0,30}}?(?:接替|接任|继任|出任|担任|调任|履新|升任|转任|新任|现任|时任)"
                         rf"[^，,。；;\n]{{0,20}}?的(?P<name>[{HAN}]{{3}})(?=[，,])", re.M)


ITEM_MARK = r"(?:(?:[◆●■▲◇○•\-–]|\d{1,2}[.、．])[ \t　]*(?=(?:19|20)\d{2}))?"


@lru_cache(maxsize=1)
def shapes() -> list[dict]:
    """The clause shapes of kg/data/career_shapes.yaml, regexes compiled."""
    raw = _data()
    out = []
    for spec in raw["shapes"]:
        pattern = spec["pattern"]
        honour = "|".join(sorted(map(re.escape, raw.get("honours") or ()), key=len, reverse=True)) or "(?!)"
        # an honour may stand before any name slot: "中国工程院院士金东寒于2019年任天津大学校长" (session 20, bio breadth)
        # (never after 的是: "担任…党委书记的是中国工程院院士张军" is a current holder, not held_by_is's former one)
        pattern = re.sub(r"(?<!的是)\(\?P<who>", "(?:{HONOUR})?(?P<who>", pattern)
        for slot, rx in (("{POSTS}", POSTS), ("{TERMS}", TERM_ITEMS_RE.pattern), ("{DATE}", DATE), ("{DOT_DATE}", DOT_DATE), ("{NAME}", NAME),
                         ("{HONOUR}", f"(?:{honour})")):
            pattern = pattern.replace(slot, rx)
        # mid_line: a résumé flattened onto one line ("…专业学习1998-2001年 建设部部长") starts an entry
        # right after the previous one's last character
        # (a clause also starts after an ASCII semicolon: …司长(其间:…);1993年2月至…任…)
        start = r"(?:^|(?<=[。；;，,\n：:])|(?<=[\u4e00-\u9fff）)]))" if spec.get("mid_line") else r"(?:^|(?<=[。；;，,\n：:]))"
        first = re.compile("[ \t　" + re.escape(spec["first"]) + "]") if spec.get("first") else None
        trigger = spec.get("trigger")
        if trigger is not None and (not isinstance(trigger, list) or not trigger or not all(
                isinstance(w, str) and w and not any(c in SENTENCE_ENDS for c in w) for w in trigger)):
            raise KgError(f"kg/data/career_shapes.yaml: shape {spec['name']}: trigger must be a list of words"
                          f" without {SENTENCE_ENDS}, got {trigger!r}")
        # (an item's bullet or number before a résumé date: "◆1990.07-1995.03 …", "1.1990年7月至…", session 19)
        out.append({**spec, "regex": re.compile(start + r"[ \t　]*" + ITEM_MARK + pattern, re.M), "first_re": first})
    return out


# -- each shape tried only in the sentences that hold one of its trigger words ---------------------
#
# Every match of a shape holds one of the shape's trigger words (kg/data/career_shapes.yaml, `trigger`)
# and no shape runs across 。 or ； (tests/test_career_triggers.py reads both from each pattern's parse
# tree): a match starts in a sentence — a run of text between two of them — that holds one of its
# shape's words. So the words of all shapes are found once per text, with one alternation, and each
# shape is tried only at the clause starts of its sentences, each with ``pattern.match`` on the whole
# text: the matches a finditer over the whole text gives. (Run over the whole text, the ~50 shapes
# took ~60% of careers, most of it trying clause starts far from any of their words: session 21.)
SENTENCE_ENDS = "。；"
CLAUSE_MARK_RE = re.compile(r"[;，,\n：:]")  # (with 。；) where a clause starts, as the shapes' start says


@lru_cache(maxsize=1)
def _trigger_index() -> tuple[re.Pattern[str], dict[str, int], dict[str, tuple[tuple[int, str], ...]], tuple[int, ...]]:
    """The alternation of the sentence ends and every trigger word, longest first (at a position it
    finds the longest word there); each word with the bit mask of the shapes (by their index in
    :func:`shapes`) that have a word it holds, and with the words that may start inside it and run on
    ((offset, word): the search does not overlap its finds, so such a word is looked for where it
    would start); and the indexes of the shapes without a trigger (tried over the whole text)."""
    found = shapes()
    listed: dict[str, int] = {}  # each word with the shapes that list it
    for i, spec in enumerate(found):
        for word in spec.get("trigger") or ():
            listed[word] = listed.get(word, 0) | 1 << i
    words = sorted(listed, key=lambda w: (-len(w), w))
    masks = {word: 0 for word in words}
    for word in words:
        for v, m in listed.items():
            if v in word:
                masks[word] |= m  # (or, never sum: a shape listing both 接 and 接替 counted once)
    opening: dict[str, list[str]] = {}  # the words by their first character
    for word in words:
        opening.setdefault(word[0], []).append(word)
    overlaps = {word: tuple((k, v) for k in range(1, len(word)) for v in opening.get(word[k], ())
                            if len(v) > len(word) - k and v.startswith(word[k:])) for word in words}
    untriggered = tuple(i for i, spec in enumerate(found) if not spec.get("trigger"))
    # (the ends as literals, not a class: an alternation whose every branch opens with a literal is
    # searched with the engine's skip to those characters; one class among them cost it, ~6x slower)
    alternation = re.compile("|".join([*SENTENCE_ENDS, *map(re.escape, words)]))
    return alternation, masks, {w: o for w, o in overlaps.items() if o}, untriggered


@lru_cache(maxsize=None)
def _first_of(i: int) -> tuple[frozenset[str], bool] | None:
    """The characters a match of shape ``i`` can start with, and whether a digit can
    (kg.fast_re.first_chars), when they leave out the common Han characters (a year, 从 / 自,
    同年 …: most clause starts are none of them, and the character is looked up before the shape
    is tried); None when every clause start is worth a try."""
    first = fast_re.first_chars(shapes()[i]["regex"])
    return None if first is None or any(c in first[0] for c in "的王是在和") else first


@lru_cache(maxsize=4096)
def _shapes_of(mask: int) -> tuple[tuple[int, dict], ...]:
    return tuple((i, spec) for i, spec in enumerate(shapes()) if mask >> i & 1)


def _shape_hits(text: str) -> list[tuple[re.Match[str], dict]]:
    """Every match of every shape in ``text`` with its shape, ordered by start, then shape: what a
    finditer of each shape over the whole text gives, tried only in the sentences that hold one of
    the shape's trigger words."""
    alternation, masks, overlaps, untriggered = _trigger_index()
    found: list[tuple[int, int, re.Match[str], dict]] = []
    for i in untriggered:
        spec = shapes()[i]
        hits = fast_re.finditer_at(spec["regex"], text, spec["first_re"]) if spec["first_re"] is not None \
            else fast_re.finditer(spec["regex"], text)  # clause starts only (kg.fast_re)
        found += [(hit.start(), i, hit, spec) for hit in hits]
    start, mask = 0, 0
    for m in alternation.finditer(text):
        if m.end() - m.start() == 1 and text[m.start()] in SENTENCE_ENDS:
            if mask:
                _sentence_hits(text, start, m.start(), mask, found)
            start, mask = m.end(), 0
        else:
            word = m.group()
            mask |= masks[word]
            if word in overlaps:  # (工作 hides 作为 in 工作为…: looked for where it starts)
                at = m.start()
                for k, other in overlaps[word]:
                    if text.startswith(other, at + k):
                        mask |= masks[other]
    if mask:
        _sentence_hits(text, start, len(text), mask, found)
    found.sort(key=lambda f: (f[0], f[1]))
    return [(hit, spec) for _, _, hit, spec in found]


def _sentence_hits(text: str, a: int, b: int, mask: int, found: list) -> None:
    """The matches of the shapes of ``mask`` that start in the sentence ``text[a:b]``: each tried at
    the clause starts there (a mid-line shape at the characters of its ``first``), as
    :func:`kg.fast_re.finditer` / :func:`kg.fast_re.finditer_at` try them over the whole text."""
    starts = None
    for i, spec in _shapes_of(mask):
        rx = spec["regex"]
        if spec["first_re"] is not None:
            tried: list[int] | Iterator[int] = (c.start() for c in spec["first_re"].finditer(text, a, b))
        else:
            if starts is None:
                starts = [a, *(c.end() for c in CLAUSE_MARK_RE.finditer(text, a, b - 1))]
            tried = starts
        pos = a  # where the next match may start (a match never runs on past b)
        first = _first_of(i)
        chars, digit = first if first is not None else (frozenset(), False)
        for s in tried:
            if s >= pos and (first is None or (c := text[s:s + 1]) in chars or (digit and c.isdecimal())) \
                    and (hit := rx.match(text, s)) is not None:
                found.append((s, i, hit, spec))
                pos = hit.end()


@lru_cache(maxsize=1)
def jobs() -> tuple[str, ...]:
    """Jobs a career list may name that are no posts (教师, 工作队队员): skipped, the list goes on."""
    return tuple(_data().get("jobs") or ())


@lru_cache(maxsize=1)
def _place_word(name: str) -> bool:
    """A place written where a name stands (武义县, 政和县: a heading "武义县历任县长")."""
    from kg.metadata import _place_names

    return name[-1] in "省市县区州旗盟" and name in _place_names()[0]


def not_names() -> frozenset[str]:
    """Words a shape's optional name slot may catch before the verb ("先后担任"): no person."""
    raw = _data()
    return frozenset(raw.get("not_names") or ())


@lru_cache(maxsize=1)
def _data() -> dict:
    """kg/data/career_shapes.yaml, read once (libyaml where installed)."""
    return load_yaml("career_shapes.yaml")


def _date(text: str | None) -> str | None:
    """"2013年" → 2013, "2021 年 8 月" → 2021-08, "1996.05" → 1996-05 (the day is dropped: a
    career date is a month at most)."""
    if not text:
        return None
    nums = re.findall(r"\d+", text)
    if not nums or not re.match(r"\d{4}", nums[0]):
        return None  # 同年8月: the year is the text's, not read here
    return iso(nums[0], nums[1] if len(nums) > 1 else None)


def _short_end(start: str, text: str) -> str | None:
    """The end of "1946年至54年" / "1998年3月—02年5月": a year written with two digits is of the
    start's century, or of the next when it would fall before the start (issue 9, moved19)."""
    nums = re.findall(r"\d+", text)
    year = int(start[:2]) * 100 + int(nums[0])
    if year < int(start[:4]):
        year += 100
    return iso(str(year), nums[1] if len(nums) > 1 else None)


# bare party titles that continue a body's 党委… / 党组… title ("党委副书记、书记")
BARE_PARTY_POSTS = ("书记", "副书记", "委员", "常委", "第一书记")


# the memberships of numbered congresses a biography lists (congress_terms): the party's national congresses
# (中共十三大、十四大代表, 党的十六大代表), the National People's Congress (第二、三届全国人大代表) and the
# national CPPCC (第八届、第九届全国政协委员, 政协第十届、十一届全国委员会委员) — each term its own body
# but the CPPCC's (one committee across its terms, as the corpus writes it)
_CN = "[一二三四五六七八九十]{1,3}"
TERM_ITEM_RE = re.compile(
    rf"(?P<party>(?:中共|中国共产党|党的)?(?:第?{_CN}(?:大|次全国代表大会)(?:特邀)?[、和]?)+(?:特邀)?代表)"
    rf"|(?P<npc>第?{_CN}届?(?:[、和]第?{_CN}届?)*届全国人(?:大|民代表大会)(?:常委会)?代表)"
    rf"|(?P<cppcc>(?:政协)?第?{_CN}届?(?:[、和]第?{_CN}届?)*届全国(?:委员会|政协)(?P<role>常务委员|常委|委员)(?!会))"
    # a place's congress, its terms written before or after the place (第九届、十届省人大代表, 甘肃省第九届人大代表:
    # one holding per term, in the place written, else the level's in the document's place; session 38)
    rf"|(?P<local>(?P<place_before>[\u4e00-\u9fff]{{0,8}}?(?:省|自治区|市|县|区|州|盟|旗))?第?{_CN}届?(?:[、和]第?{_CN}届?)*届"
    rf"(?P<place_after>[\u4e00-\u9fff]{{0,8}}?(?:省|自治区|市|县|区|州|盟|旗))?人(?:大|民代表大会)代表)")
TERM_ITEMS_RE = re.compile(rf"(?:{TERM_ITEM_RE.pattern})(?:[，,、](?:{TERM_ITEM_RE.pattern.replace('?P<', '?P<x')}))*")


def _term_pieces(text: str, base: int) -> list[tuple[str, int]]:
    """The congress_terms shape's posts, one piece per term, each written in full so that the post
    parser names its body: 中共十三大、十四大代表 → 中国共产党第十三次全国代表大会代表, 中国共产党第十四次…."""
    out: list[tuple[str, int]] = []
    for m in TERM_ITEM_RE.finditer(text):
        at = base + m.start()
        if m.group("party"):
            out += [(f"中国共产党第{n}次全国代表大会代表", at) for n in re.findall(rf"({_CN})(?:大|次)", m.group(0))]
        elif m.group("npc"):
            out += [(f"第{n}届全国人民代表大会代表", at) for n in re.findall(_CN, m.group(0))]
        elif m.group("local"):
            place = m.group("place_before") or m.group("place_after") or ""
            # (the terms are what lies between the places: a place's own numeral, 六安 / 十堰, is no term)
            lo = m.end("place_before") if m.group("place_before") else m.start("local")
            hi = m.start("place_after") if m.group("place_after") else m.end("local")
            out += [(f"{place}第{n}届人民代表大会代表", at) for n in re.findall(_CN, text[lo:hi])]
        else:
            out.append((f"全国政协{m.group('role')}", at))
    return out


# a body written alone in a list of posts, sharing the titles of the body after it (文教局、教育局党组书记、局长;
# 卡布其煤矿、红旗煤矿党委书记; session 24): the bodies must end alike
SHARED_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{1,12}?(?:自治区|省|市|县|区|州|盟|旗)(?=[\u4e00-\u9fff]{2})")
SHARED_BODY_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}?(?P<end>局|厅|委员会|矿|厂|公司|集团|中心|院|所|办|处|室|站|组|学校|学院|大学)$")


def _shared_tail(body: str, piece: str) -> str:
    """The titles of ``piece`` after its own body, the body ending as ``body`` does (教育局党组书记 →
    党组书记 for 文教局; 岭下公社党委书记 → 党委书记 for 那金公社)."""
    ending = SHARED_BODY_RE.match(body).group("end")  # type: ignore[union-attr]
    at = piece.rfind(ending)
    return piece[at + len(ending):] if at >= 0 else ""


def _shares_titles(body: str, following: str) -> bool:
    """Whether the piece after a body written alone is that kind of body with posts (文教局 before 教育局党组书记)."""
    from kg.extract.holds import parse_post

    tail = _shared_tail(body, following)
    post = parse_post(following)
    return bool(tail) and post is not None and post.kind == "hold" and parse_post(body + tail) is not None


def _pieces(text: str, base: int) -> list[tuple[str, int]]:
    """The post phrases of a clause, split at 、 and ， with their positions, up to the first
    piece that is not a post (the clause goes on about something else)."""
    from kg.extract.holds import parse_post

    out: list[tuple[str, int]] = []
    pending = ""  # the body of a job just skipped (郧县教师进修学校 of 郧县教师进修学校教师)
    shared: list[tuple[str, int]] = []  # bodies written alone before a post whose titles they share
    sharing: list[tuple[str, int]] = []  # …once that post is read: the bare titles after it are theirs too
    matches = list(re.finditer(r"[^、，,]+", _split_concurrent(text)))
    for i, m in enumerate(matches):
        after: list[tuple[str, int]] = []
        piece, at = m.group(0), base + m.start()
        stripped = piece.strip().lstrip("〼|｜：: \t　")  # (a table's cell rule: "1998.06-2003.01 | 浏阳市财政局副局长", session 19)
        at += piece.index(stripped) if stripped else 0
        lead = LEAD_RE.match(stripped)
        if lead:
            stripped, at = stripped[lead.end():], at + lead.end()
        stripped = TAIL_RE.sub("", stripped)
        if (daily := DAILY_RE.match(stripped)) is not None and len(stripped) > daily.end() + 1:
            stripped, at = stripped[daily.end():], at + daily.end()  # "分管日常工作的副部长": the post (session 20)
        if stripped.startswith("原") and len(stripped) > 3:
            stripped, at = stripped[1:], at + 1  # 任原国家质检总局…司长: the body's former name
        verb = CLAUSE_VERB_RE.search(stripped)
        if verb and _names_someone(re.sub(r"\s+", "", stripped[: verb.start()])):
            return []  # "时任…书记、管委会主任（正厅级）麦正华调任…": the posts are 麦正华's, not the subject's
        if DATE_DIGITS.search(stripped) or verb or "期间" in stripped:
            break  # "2015 年任普陀区委书记", "履新前任职…": the next clause (…副书记期间还曾…: a tenure, session 20)
            # (a number of a body's name goes on: 国营123厂, 第81集团军; session 23)
        post = parse_post(stripped) if stripped else None
        if pending and post is not None and post.kind == "hold" and not post.org_text:
            # "郧县教师进修学校教师、教导主任": the bare title is of the body the skipped job named
            stripped, at = pending + stripped, at - len(pending)
            post = parse_post(stripped)
        pending = ""
        if out and post is not None and post.kind == "hold" and not post.org_text and post.title in BARE_PARTY_POSTS:
            prev = parse_post(out[-1][0])
            if prev is not None and prev.org_text and prev.title.startswith(("党委", "党组")) and prev.title != "党组成员":
                # "浙江省第三建筑工程公司党委副书记、书记": the company's 党委书记, not a 书记 of the company
                stripped, at = prev.title[:2] + stripped, at - 2
        if post is not None and post.kind == "rank" and i + 1 < len(matches):
            # "邢台市委研究室副调研员，邢台市委副秘书长": a rank among the posts of a list (kg/data/titles.yaml
            # ranks) is no post, the list goes on; a bare title after it is of the body written with it
            pending = post.org_text or ""
            continue
        if (post is None or post.kind != "hold") and i + 1 < len(matches) and text[m.end():m.end() + 1] == "、" \
                and SHARED_BODY_RE.match(stripped) and _shares_titles(stripped, matches[i + 1].group(0).strip()):
            shared.append((stripped, at))  # "文教局、教育局党组书记、局长": 文教局 shares the titles after 教育局
            continue
        if post is not None and post.kind == "hold" and shared:
            tail = _shared_tail(shared[0][0], stripped)
            out.extend((b + tail, b_at) for b, b_at in shared)
            place = SHARED_PLACE_RE.match(shared[0][0])
            if place and post.org_text and not re.search("[省市县区州盟旗]", post.org_text):
                stripped = place.group(0) + stripped  # (西藏自治区文教局、教育局…: the place written once)
            sharing, shared = shared, []
        elif post is not None and post.kind == "hold" and sharing and not post.org_text and stripped == post.title:
            after = [(b + post.title, b_at) for b, b_at in sharing]  # (after the bare title: it stays the body's before it)
        else:
            sharing = []
        if post is None or post.kind != "hold":
            if (de := DE_NAME_RE.search(stripped)) is not None and is_person_name(de.group(1)):
                return []  # "曾担任过镇江市委副书记、时任连云港市市长的杨省世继任…": the posts are 杨省世's (session 21)
            if _names_someone(stripped):
                if out and m.start() > 0 and text[m.start() - 1] in "，," and stripped.startswith(("时任", "原任")):
                    break  # "…转任河南省委常委、省纪委书记，时任常务副省长王一新落马": the next clause's person (session 21)
                return []  # "现任枣庄市委副书记、市长李峰": the clause is about 李峰
            if stripped.endswith(jobs()) and len(stripped) <= 24:
                job = next(j for j in jobs() if stripped.endswith(j))
                pending = stripped[: -len(job)] if len(stripped) - len(job) >= 4 else ""
                continue  # "历任中共金坛市委党校教师，共青团…": a job that is no post, the list goes on
            if _unread_list_item(stripped) and _list_goes_on(matches[i + 1 : i + 4]):
                continue  # "历任中国驻缅甸使馆一秘，外交部西亚非洲司专员…": a phrase kg cannot read, the list goes on
            break
        out.append((stripped, at))
        out.extend(after)
    return out


def _under_work_at(work_at: str, piece: str, jurisdiction: str | None) -> str:
    """``piece`` with the body worked at before it when its organization is a sub-unit that kg places
    only under that body (青农部 under 共青团浙江省委, 经济贸易处 under 广东省发改委), else as written."""
    from kg.extract.holds import parse_post
    from kg.orgs import parse_org

    post = parse_post(piece)
    if post is None or post.kind != "hold" or not post.org_text or not post.org_text.endswith(SUB_UNIT_ENDS) \
            or parse_org(post.org_text, jurisdiction) is not None:
        return piece
    body, whole = parse_org(work_at, jurisdiction), parse_org(work_at + post.org_text, jurisdiction)
    if body is None or body.type == "jurisdiction" or whole is None or len(post.org_text) < 2 \
            or not whole.name.startswith(body.name) or len(whole.name) <= len(body.name):
        return piece  # (在北京工作: a place, no body; 秘书一局会议组, which kg cannot name under 国务院办公厅)
    return work_at + piece


# the endings of a sub-unit written bare after a body worked at (秘书一局, 会议处, 青农部, 经济贸易处)
SUB_UNIT_ENDS = ("局", "处", "室", "科", "部", "组", "司")


# a person named after 的 in a piece of a list ("…、时任连云港市市长的杨省世继任…"): the posts before are that person's
DE_NAME_RE = re.compile(r"的([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=继任|接任|出任|担任|调任|升任|转任|任|[，,。；;]|$)")


# what a phrase of running prose holds that an item of a list of posts does not
NOT_A_LIST_ITEM = re.compile(r"[的了在为是把被将和与及对向从到]|工作|负责|分管|主持")


def _unread_list_item(piece: str) -> bool:
    """A short item of a list of posts that kg cannot read as a post (an unknown title: 一秘, a
    garbled place: 长?县副县长, a job with its rank: 地委办公室秘书) and that is no prose."""
    return 2 <= len(piece) <= 20 and not NOT_A_LIST_ITEM.search(piece) and not BODY_END.search(piece)


# a bare body before 、 shares the post after it (中国热带农业科学院、华南热带农业大学体改办副主任): never skipped
BODY_END = re.compile(r"(?:院|学|校|局|厅|部|委|会|司|团|府|心|所|馆|处|科|办|室|站|队|行|社|报|区|县|市|省|州|镇|乡|村|道|厂|场)$")


def _list_goes_on(following: list[re.Match[str]]) -> bool:
    """After an item kg cannot read, the list of posts goes on when a post written with its own
    body follows, past other such items ("历任北京大学讲师、副教授，国家教委高教司副司长…":
    讲师 and 副教授 are no posts kg reads; session 23)."""
    for m in following:
        if _own_body_post(m.group(0)):
            return True
        if _bare_piece(m.group(0)).endswith(jobs()):
            continue  # "…政治辅导员，中共甘肃省委办公厅正副处级干部，省委组织部副部长": a job, skipped as _pieces does
        if not _unread_list_item(_bare_piece(m.group(0))):
            return False
    return False


def _bare_piece(piece: str) -> str:
    """A list item without its lead (历任 …) and tail (等职)."""
    stripped = piece.strip().lstrip("〼")
    lead = LEAD_RE.match(stripped)
    return TAIL_RE.sub("", stripped[lead.end():] if lead else stripped)


def _own_body_post(piece: str) -> bool:
    """The next item of a list is a post written with its own body (外交部西亚非洲司专员), so the
    list goes on past an item kg cannot read; a bare title (副司长) needs the item before it."""
    from kg.extract.holds import parse_post

    stripped = _bare_piece(piece)
    if not stripped or DATE_DIGITS.search(stripped) or CLAUSE_VERB_RE.search(stripped) or NOT_A_LIST_ITEM.search(stripped):
        return False
    post = parse_post(stripped)
    return post is not None and post.kind == "hold" and len(post.org_text or "") >= 3


def _head_ok(text: str, pos: int, person: str) -> bool:
    """A clause with no date and no name of its own ("，任西藏自治区党委常委…") continues a
    career sentence only when its sentence opens like one: a date, 他 / 她, or the name of the
    subject itself ("张三任…，李四任…" in a decision are two people: never the subject's)."""
    start = last_index(text, "。；;\n", pos) + 1
    head = text[start:pos].strip()
    # the clause just before it opens with a year ("…等职务，2015年9月提任副厅级领导职务，任中卫市政府
    # 副市长": the dated step goes on) (session 19)
    if head.endswith(("，", ",")) and re.match(rf"{YEAR}\s*[年.．]", re.split(r"[，,]", head[:-1])[-1].strip()):
        return True
    if len(head) >= 60:
        return False
    if re.match(rf"(?:{DATE}|他|她|其(?=于|由))", head):
        return True
    m = re.match(NAME_OPEN, head)
    return m is not None and clean_name(m.group(0)) == person


def _more_pieces(text: str, at: int) -> list[tuple[str, int]]:
    """"曾任…州委副秘书长，常委、秘书长；青海省玉树藏族自治州委副书记；…": a list of posts that
    goes on after ；, while each segment is posts written with their organization."""
    out: list[tuple[str, int]] = []
    from kg.extract.holds import parse_post

    while at < len(text) and text[at] in "；;":
        seg = re.split(r"[。；;\n]", text[at + 1 :], maxsplit=1)[0]
        if re.match(r"\s*(?:现任|现为|现系|目前担任|拟任)", seg):
            break  # "历任…；…；现任…": the current posts are no more of the list (session 19)
        new = re.match(rf"\s*([{HAN}]{{2,4}}?)(?:现任|曾任|历任|先后任|先后担任|曾担任|现为)", seg)
        if new and is_person_name(new.group(1)):
            break  # "…；刘怀廉现任…": the next person's career, not more posts of this one
        more = _pieces(seg, at + 1)
        first = parse_post(more[0][0]) if more else None
        parts = [x for x in re.split(r"[、，,]", _split_concurrent(seg)) if x.strip()]
        if not more or first is None or not first.org_text or len(more) != len(parts):
            break  # the list has ended: a segment that is not posts all through
        out += more
        at += 1 + len(seg)
    return out


def _line_starts_before(text: str, at: int, n: int) -> list[int]:
    """The starts of the ``n`` lines before the line break at ``at`` (fewer at the text's start)."""
    starts = []
    for _ in range(n):
        start = text.rfind("\n", 0, at) + 1
        starts.append(start)
        if start == 0:
            break
        at = start - 1
    return starts


def _subject_matches(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, tried only near the word every match holds (NEAR_WORD), within
    reach of the words after its name (BEFORE_WORDS) or at clause starts (kg.fast_re): the same
    matches, faster."""
    if rx is BIRTH_LINE_RE:  # (at the start of the lines up to four before each line that opens like a birth)
        return fast_re.finditer_starts(rx, text, sorted({s for m in _BIRTH_NEXT_LINE.finditer(text)
                                                         for s in _line_starts_before(text, m.start(), 4)}))
    near = NEAR_WORD.get(rx)
    if near is not None:
        return fast_re.finditer_near(rx, text, *near)
    before = BEFORE_WORDS.get(rx)
    if before is not None:
        marks, reach, first = before
        return fast_re.finditer_before(rx, text, marks, reach, first)
    return fast_re.finditer(rx, text)


# "从中央调任地方任政协主席的还有乔传秀。她在2008年到2010年间任…" (session 20, bio breadth): a name written last
# in its sentence after 还有, then a sentence opened by 他 / 她 — the pronoun's person
# (a title before the name: "…的公安厅厅长，还有上海市人民政府副市长舒庆。他曾任…"; round 36)
NAMED_LAST_RE = re.compile(rf"(?:还有|的是)(?:[^，,。；;\n]{{0,30}}?(?<=[记长员任席委]))?(?P<name>[{HAN}]{{2,4}}?)(?=[。，,]\s*[他她](?!们))")  # (最年长的是易炼红，他…: session 23)


SUBJECT_PATTERNS = (SUBJECT_RE, OPENER_RE, TIMED_OPENER_RE, DE_BORN_RE, BORN_YU_RE, TITLED_OPENER_RE, TITLED_LATER_RE, HEADING_RE,
                    BIRTH_LINE_RE, PAGE_TITLE_RE, CHAPTER_NAME_RE, COMMA_OPENER_RE, AGE_AFTER_RE, OPENING_RE, NAME_FIELD_RE,
                    BORN_COMMA_RE, DE_OPENER_RE, MOVING_ON_RE, TITLED_BORN_RE, TITLED_IS_RE, TITLED_NAME_OPENER_RE,
                    DE_MOVER_RE, ITEM_NAME_RE, TITLE_AFTER_OPENER_RE, AGE_BEFORE_RE, LIKE_RE)
# the subject patterns a match of which may run over a sentence end (。；;): read over the whole text
# by _subjects(near=…); a match of any other starts and ends inside one sentence
# (tests/test_career_triggers.py checks both lists against the patterns' parse trees)
SUBJECTS_ACROSS_SENTENCES = (BIRTH_LINE_RE, PAGE_TITLE_RE, CHAPTER_NAME_RE)
SENTENCE_BREAKS = "。；;"
WHOLE_TEXT_SHARE = 0.25  # subjects near intervals whose sentences span more of the text: read over the whole text


def _sync_before(text: str, at: int) -> int:
    """The start of the sentence ``at`` is in: right after the last sentence end (。；;) before it."""
    return max(text.rfind(c, 0, at) for c in SENTENCE_BREAKS) + 1


def _near_matches(find: Callable[[int, int], Iterable[re.Match[str]]], text: str,
                  near: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of the whole text's scan that start in the sentences from the one each of the
    ``near`` intervals starts in up to its end, rising: ``find(a, b)`` gives those that start in
    [a, b], read from ``a`` — the same as the whole text's when no match runs over ``a``, which
    holds right after a sentence end (。；;) for patterns that never consume one."""
    done = 0  # matches starting before this were given
    for lo, hi in near:
        for m in find(_sync_before(text, lo), hi):
            if m.start() >= done:
                done = m.start() + 1
                yield m


def _subjects(text: str, near: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """(position, name) where a biography names its subject; name "" where a clause opens with
    what looks like someone else's name that kg.names does not accept ("；徐守本是…"): the
    subject before it no longer holds the clauses that follow.

    ``near``: intervals (lo, hi) of positions, rising and apart: only the subjects named there, the
    same as those of the whole text there (each pattern read from the sentence an interval starts
    in, not over the whole text; extract asks only for the subjects its clauses may read)."""
    from kg.names import surnames

    if near is not None and sum(hi - _sync_before(text, lo) for lo, hi in near) > WHOLE_TEXT_SHARE * len(text):
        # (long sentences around the intervals: reading the whole text costs less; the same subjects)
        return _in_intervals(_subjects(text), near)

    def scan(whole: Callable[[], Iterable[re.Match[str]]], find: Callable[[int, int], Iterable[re.Match[str]]],
             across: bool = False) -> Iterable[re.Match[str]]:
        if near is None or across:
            return whole()
        return _near_matches(find, text, near)

    def scan_rx(rx: re.Pattern[str], whole: Callable[[], Iterable[re.Match[str]]] | None = None) -> Iterable[re.Match[str]]:
        return scan(whole or (lambda: rx.finditer(text)), lambda a, b: fast_re.finditer_between(rx, text, a, b))

    out = []
    for rx in SUBJECT_PATTERNS:
        for m in scan(lambda: _subject_matches(rx, text), lambda a, b: fast_re.finditer_between(rx, text, a, b),
                      rx in SUBJECTS_ACROSS_SENTENCES):
            # (clause starts only, or near the word every match is followed by: the same matches, faster)
            name = clean_name(m.group("name"))
            if rx is CHAPTER_NAME_RE and is_person_name(name):
                out.append((m.end() - 1, name))  # (its résumé starts at the 简历 line: the subject from there)
            elif is_person_name(name):
                out.append((m.start("name"), name))
            elif rx is SUBJECT_RE and NAME_LINE_RE.match(text, m.end("name")) and _line_name(name) \
                    and (m.start("name") == 0 or text[m.start("name") - 1] == "\n"):
                out.append((m.start("name"), name))  # "练月琴\n女，1971年9月生，…"
            elif rx in (OPENER_RE, SUBJECT_RE) and len(name) == 3 and text.startswith("同志", m.end("name")) \
                    and is_person_name(name, delimited=True) and not _has_title(name):
                out.append((m.start("name"), name))  # "白纪年同志1926年1月出生于…": a name closed by 同志 is written whole (session 26)
            elif rx is OPENER_RE and len(name) == 3 and name[0] in surnames() and not _has_title(name):
                out.append((m.start("name"), ""))
            elif rx is COMMA_OPENER_RE and len(name) == 3 and is_person_name(name, delimited=True) and not _has_title(name):
                out.append((m.start("name"), name))  # "白纪年，曾任…": a name written whole before its comma (session 26)
            elif rx is COMMA_OPENER_RE and len(name) in (2, 3) and not _has_title(name) \
                    and not any(c in LINE_NAME_STOPS for c in name):
                out.append((m.start("name"), ""))  # "亓延军，现任…" (a surname kg.names lacks): a new person
            elif rx is SUBJECT_RE and (eth := MINORITY_AFTER_RE.match(text, m.end("name"))) \
                    and eth.group(1) != "汉" and is_list_name(name) and not _has_title(name):
                out.append((m.start("name"), name))  # "格日勒图，男，蒙古族，…": a minority name without a Han surname
            elif rx is SUBJECT_RE and SEX_AFTER_RE.match(text, m.end("name")) and is_person_name(name, delimited=True) \
                    and not _has_title(name):
                out.append((m.start("name"), name))  # "张为，男，汉族，…": a name written whole before its sex (session 26)
            elif rx is SUBJECT_RE and SEX_AFTER_RE.match(text, m.end("name")):
                out.append((m.start("name"), ""))  # "X，男，…" of someone kg.names refuses: a new person
    items = [o for o in out if ITEM_NAME_RE.match(text, max(0, text.rfind("\n", 0, o[0]) + 1))]
    if near is not None and len(items) < 2 \
            and any(lo <= m.end() <= hi for m in ITEM_LINE_RE.finditer(text) for lo, hi in near):
        # a succession list's items counted in the window only: whether the text holds the list (two
        # named items or more) is the whole text's to say (session 29, roster-guangdong-248)
        return _in_intervals(_subjects(text), near)
    if len(items) >= 2:
        # a succession list's items ("2. 吴飞:1922年7月起任市长。"): a numbered line naming no one this way
        # ("8. 彭东原汪精卫政权广州市长…") is another holder's, never the item's before (session 24)
        starts = {text.rfind("\n", 0, o[0]) + 1 for o in items}
        for m in ITEM_LINE_RE.finditer(text):
            if m.start() not in starts:
                out.append((m.end(), ""))
    for m in scan_rx(TIMED_SUBJECT_RE, lambda: fast_re.finditer(TIMED_SUBJECT_RE, text)):
        # "2007年，吴勇强援藏归来，出任…" (clause starts only)
        written = _written_name(text, m.start("name"))
        if written:
            out.append((m.start("name"), written))
    if "还有" in text or "的是" in text:  # "…任政协主席的还有乔传秀。她在…": the name closing a sentence is the 她 that follows
        for m in scan_rx(NAMED_LAST_RE):
            if is_person_name(m.group("name")):
                out.append((m.start("name"), m.group("name")))
    aged = scan_rx(AGED_RE) if "岁的" in text else ()  # (every match holds 岁的: no scan without)
    native = scan_rx(NATIVE_RE) if "人" in text else ()
    for m in (*scan_rx(BORN_OF_RE), *aged, *native):
        name = clean_name(m.group("name"))
        if is_person_name(name):
            out.append((m.start("name"), name))
    for m in scan(lambda: _born_matches(text), lambda a, b: _born_matches(text, a, b)):
        # a name right before "，1955年12月出生", after a title
        before, end = m.group("before"), m.end()
        comrade = before.endswith("同志")
        if comrade:  # "张三同志，1930年5月生于…" (an obituary's 生平)
            before, end = before[:-2], end - 2
        for k in (4, 3, 2):
            cand, ahead = before[-k:], before[:-k]
            if cand.endswith(NOT_A_NAME_ENDS) and not (cand[-1] == "生" and len(cand) == 3 and not ahead.strip()
                                                       and is_person_name(cand)):
                # (a name ending in 生 opening its sentence: "王国生，1956年生，…"; session 24)
                break  # "格日勒图，男，蒙古族，1955年2月生": an attribute before the birth, no name
            # (a name closed by 同志 is written whole: 白纪年同志1926年1月出生于…, session 26)
            if len(cand) == k and is_person_name(cand, delimited=comrade and k == 3) and not _has_title(cand) \
                    and (not ahead or _ends_with_title(ahead)):
                out.append((end - k, cand))
                break
    out = [(at, _longer_written(text, at, name)) for at, name in out]
    return out if near is None else _in_intervals(out, near)


def _longer_written(text: str, at: int, name: str) -> str:
    """A two-character subject read before a verb that may open with the name's last character
    ("2012年2月，胡昌升任…": 胡昌 + 升任 or 胡昌升 + 任?) is the three-character name when the text writes
    that name whole elsewhere (胡昌升，男，…; the test of :func:`_name_before_verb`); otherwise the name as
    read (round 37)."""
    if len(name) != 2 or at + 3 > len(text):
        return name
    longer = text[at:at + 3]
    if not longer.startswith(name) or not is_person_name(longer):
        return name
    return longer if re.search(re.escape(longer) + WHOLE_NAME_AFTER, text) else name


def _in_intervals(found: list[tuple[int, str]], near: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """The (position, name) of ``found`` inside one of the ``near`` intervals, in their order."""
    starts = [lo for lo, _ in near]
    return [(at, name) for at, name in found
            if (i := bisect.bisect_right(starts, at) - 1) >= 0 and at <= near[i][1]]


# what a three-character name line over a profile never holds (月 it may: 练月琴)
LINE_NAME_STOPS = set("的为和及与等在于是了将或对从向把被由以该本我你他她们年号届次位名会已仍还现")


def _place_name(word: str) -> str | None:
    """"陕西" / "陕西省" → 陕西省: the place's name as kg.orgs writes it, None for no place."""
    from kg.orgs import parse_org

    for cand in (word, word + "省") if not word.endswith(("省", "市", "自治区", "县", "区")) else (word,):
        info = parse_org(cand)
        if info is not None and info.type == "jurisdiction":
            return info.name
    return None


def _is_place_word(word: str) -> bool:
    """"湖南", "江西省", "宁波市": a place kg.orgs knows (by its name or its stem)."""
    from kg.orgs import parse_org

    info = parse_org(word) or (parse_org(word + "省") if not word.endswith(("省", "市", "自治区")) else None)
    return info is not None and info.type == "jurisdiction"


def _two_names(who: str) -> tuple[str, str] | None:
    """"施小琳和梁桂" (the name slot of a shape caught two names joined by 和 / 与 / 及): the two,
    each a name of kg.names; None otherwise (刘和平 is one name)."""
    if is_person_name(who):
        return None
    for i in range(2, len(who) - 1):
        if who[i] in "和与及" and is_person_name(who[:i]) and is_person_name(who[i + 1:]):
            return who[:i], who[i + 1:]
    return None


def _line_name(name: str) -> bool:
    """A name alone on its line over "男，1970年1月生": a known name, or three Han characters
    with no stop character and no post word (a surname kg.names does not list: 练月琴)."""
    return is_person_name(name, delimited=True) or (
        len(name) == 3 and is_list_name(name[0] + "明" + name[2]) and not any(c in LINE_NAME_STOPS for c in name))


def _split_concurrent(text: str) -> str:
    """"中宣部副秘书长兼全国宣传干部培训中心主任": 兼 after a title starts another post (the
    separator keeps the length, so positions stay)."""
    from kg.extract.mentions import _title_re

    chars = list(text)
    for m in re.finditer(r"[兼和及](?=[\u4e00-\u9fff])", text):  # (…秘书处处长和研究室副主任: 和 after a title too; 及: 省委常委及深圳市委书记, session 27)
        head = text[max(0, m.start() - 8) : m.start()]
        if any(t.end() == len(head) for t in _title_re().finditer(head)):
            chars[m.start()] = "、"
    return "".join(chars)


def _name_before_verb(name: str, text: str, end: int) -> str | None:
    """A name read before 升任 / 调任 / 转任 … whose verb's first character may end the name
    (王东 + 升任 or 王东升 + 任?): the longer name when the document writes it whole elsewhere
    before anything but 任 (王东升说); a two-character name never written so is no name at all
    ("2000年习升任福建省长": 习 is a short reference to 习近平, no name 习升)."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0] in "升调转改出接就" and after[1] == "任" and len(name) <= 3 \
            and is_person_name(name + after[0]) and re.search(re.escape(name + after[0]) + WHOLE_NAME_AFTER, text):
        return name + after[0]
    if len(name) == 3 and name[-1] in "历曾辞卸离" and text.startswith("任", end) and is_person_name(name[:2]) \
            and not re.search(re.escape(name) + WHOLE_NAME_AFTER, text):
        return name[:2]  # "1960年5月后，郭志历任…": 历任 / 曾任 is the verb (no name 郭志历 written whole; 顾刚辞任: round 36)
    if len(name) == 3 and name[-1] in "也亦又还都则再" and is_person_name(name[:2]) \
            and not re.search(re.escape(name) + WHOLE_NAME_AFTER, text):
        return name[:2]  # "孙群也赴任海陵区…": an adverb before the verb (session 24; 张彤再赴…: session 32)
    if len(name) != 2 or name[-1] not in "升调转改出接就" or not text.startswith("任", end):
        return name
    return name if re.search(re.escape(name) + WHOLE_NAME_AFTER, text) else None


def _names_someone(piece: str) -> bool:
    """"市长李峰": a title followed by a person name (another person's mention)."""
    from kg.extract.mentions import _name_after, _title_re

    return any(_name_after(piece, m.end()) for m in _title_re().finditer(piece))


def _ends_with_title(text: str) -> bool:
    from kg.extract.mentions import _title_re, title_words

    return any(m.end() == len(text) for m in _title_re().finditer(text[-8:] if len(text) > 8 else text)) \
        or text.endswith(title_words())


def _has_title(text: str) -> bool:
    from kg.extract.mentions import _title_re

    return _title_re().search(text) is not None


# "戴彬彬此前任海淀区委副书记、区长，于庆丰任北京市台湾事务办公室主任": a clause of another person
# (a name, then 任 / 担任) ends the posts (session 20, trad breadth)
# (…副书记，原江西省委副书记李炳军任…: the other person's earlier posts before the name, session 27)
OTHER_HOLDER_RE = re.compile(r"[，,](?:(?:原任|前任|原|时任)?[\u4e00-\u9fff、]{2,30}?(?<=[记长员任席委]))?([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:接替[\u4e00-\u9fff]{2,4}?)?(?:此前|曾|则|也|已)?(?:担任|任)(?![命免职务期])")


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> tuple[list[Fact], list[tuple[int, int]]]:
    """Hold facts of career clauses outside ``skip`` and the spans they cover."""
    from kg import titles as T
    from kg.extract.mentions import LEVEL_MARKERS, _org_for, _same_place, post_chain

    plain = _unannotated(doc.text)
    text = shape_text(plain)
    events: list[tuple[int, int, str, re.Match | None, dict | None]] = []
    hits = _shape_hits(text)
    taken = SpanIndex(skip)
    meantime = _in_the_meantime(doc.text)
    subjects = _subjects(plain) if meantime else _subjects(plain, _reading_windows(hits, taken))
    for pos, name in subjects:
        events.append((pos, 0, name, None, None))
    for hit, shape in hits:
        events.append((hit.start(), 1, "", hit, shape))
    events.sort(key=lambda e: (e[0], e[1]))
    facts: list[Fact] = []
    spans: list[tuple[int, int]] = []
    subject: tuple[str, int] | None = None
    done: list[tuple[int, int, bool]] = []  # (start, end, whether a shape read aside may read its posts too)
    last: tuple[str, int, str] | None = None  # (person, paragraph, org as written) of the last clause
    ref: dict = {}
    for pos, _, name, m, spec in events:
        if m is None or spec is None:  # a subject (the two come together)
            subject = (name, pos) if name else None
            continue
        if any(a <= m.start("posts") < b and not (shared and spec.get("aside")) for a, b, shared in done) \
                or taken.overlaps((pos, m.end())):
            # (the predecessor of 今年3月，A接替B任X, read aside, reads the posts succeeded_dated took: its
            # shares_posts)
            continue
        who = _clause_who(m)
        both = _two_names(who) if who and len(who) >= 4 else None
        if both:  # "施小琳和梁桂先后担任江西省委常委、宣传部部长": each of the two held the posts (session 20)
            who = both[0]
        person = clean_name(who) if who and who not in SUBJECT_PRONOUNS else None
        if person and (person := _name_before_verb(person, text, m.end("who"))) is None:
            continue  # "2000年习升任福建省长": 习 (a short reference) + 升任, no name 习升
        if person and (not is_person_name(person) or _place_word(person)):
            continue  # (a roster's heading "武义县历任县委书记": the place, no person; 顾刚辞 + 任 trimmed first)
        if person is None:
            if not subject or pos - subject[1] > SUBJECT_REACH:
                continue
            person = subject[0]
        posts_text, base = m.group("posts"), m.start("posts")
        cut = re.search(r"[。；;\n]", posts_text)
        posts_text = posts_text[: cut.start()] if cut else posts_text
        for other in OTHER_HOLDER_RE.finditer(posts_text):
            if is_person_name(other.group(1)) and other.group(1) != person \
                    and other.group(1)[0] not in "后先又再并" and other.group(1)[-1] not in "卸就出接担兼转调升改获":
                posts_text = posts_text[: other.start()]  # "…区委副书记、区长，于庆丰任…主任": another's post
                break
        if spec.get("needs_head") and not _head_ok(text, pos, person):
            continue
        pieces = _term_pieces(posts_text, base) if spec.get("terms") else _pieces(posts_text, base)
        if spec.get("across_semicolons"):
            pieces += _more_pieces(text, base + len(posts_text))
        if m.groupdict().get("at") and pieces and not pieces[0][0].startswith(m.group("at").strip()):
            pieces[0] = (m.group("at").strip() + pieces[0][0], m.start("at"))  # "在重庆市巴南区审计局任副局长"
            # (never twice: "调往唐山，担任唐山市市长" is 唐山市's; session 31)
        elif m.groupdict().get("meeting_place") and pieces and (first := parse_post(pieces[0][0])) is not None \
                and not first.org_text:
            # "在株洲市第十四届人民代表大会第一次会议上当选为市长": the meeting's place holds the bare post (session 21)
            pieces[0] = (m.group("meeting_place") + pieces[0][0], m.start("meeting_place"))
        elif m.groupdict().get("plenum_of") and pieces and (first := parse_post(pieces[0][0])) is not None \
                and first.org_text in (None, "书记处", "政治局", "常委会"):
            # "在共青团十三届一中全会上当选为书记处书记": the plenum's central committee holds the bare post (session 22)
            central = "团中央" if m.group("plenum_of") in ("共青团", "团") else "中央"
            pieces[0] = (central + pieces[0][0], m.start("plenum_of"))
        elif m.groupdict().get("work_at") and pieces and (first := parse_post(pieces[0][0])) is not None \
                and not first.org_text:
            # "一直在衡阳市财政局工作，先后任副局长、局长": the body worked at holds the bare posts (session 20)
            pieces[0] = (m.group("work_at").strip() + pieces[0][0], m.start("work_at"))
        elif m.groupdict().get("work_at") and pieces:
            # "到共青团浙江省委工作，先后任青农部副部长、组织部部长": a sub-unit kg places only under the body
            # worked at is that body's (session 21)
            # (a bare title after it only of the same rank, 预算处副处长、处长: never 办公室主任、副局长 — the 副局长 is
            # the body's, not its office's)
            if (placed := _under_work_at(m.group("work_at").strip(), pieces[0][0], doc.jurisdiction)) != pieces[0][0] \
                    and (lead_post := parse_post(pieces[0][0])) is not None \
                    and all((later := parse_post(piece)) is not None
                            and (later.org_text or later.title.removeprefix("副") == lead_post.title.removeprefix("副"))
                            for piece, _ in pieces[1:]):
                pieces[0] = (placed, m.start("work_at"))
        elif m.groupdict().get("to") and pieces and _is_place_word(m.group("to")):
            # "2019年，他调任湖南担任长沙市委副书记": the place moved to is the posts' (session 20)
            pieces[0] = (m.group("to") + pieces[0][0], m.start("to"))
        posts = post_chain(pieces)
        if m.groupdict().get("places") and pieces:
            # "先后在衡南县、衡东县担任县委书记": the posts in each place (session 20)
            places = [p for p in re.split(r"[、和]", m.group("places")) if p]
            posts = [] if not all(_is_place_word(p) or parse_post(p + pieces[0][0]) for p in places) else \
                [post for p in places for post in post_chain([(p + pieces[0][0], pieces[0][1]), *pieces[1:]])]
        if not posts:
            continue
        para = text.rfind("\n", 0, pos)
        moved = m.groupdict().get("moved")
        if moved and (moved := _place_name(moved.strip())):
            # "2020年7月调陕西省工作，任省委副书记": the bodies written with a level marker are of the place
            # moved to, never of the one the clause before named (session 20)
            last = (person, para, moved)
        elif (work_at := m.groupdict().get("work_at")) and (worked := _place_name(work_at.strip())):
            # "他在河北省邯郸市工作多年，曾担任市委副书记、市长等职": the place worked in is that of the
            # bodies written with a level marker (session 28)
            last = (person, para, worked)
        if last and last[0] == person and last[1] == para and posts[0][0].org_text:
            # "于2013年1月升任青海省副省长，2017年5月任省委常委": 省委 of the province just named
            written = posts[0][0].org_text
            posts[0][0].org_text = _same_place(written, last[2])
            for later, _at in posts[1:]:
                # "…历任省委常委、副省长，省委副书记、代省长": every body of the list written with the
                # same level marker is of that place too (session 20)
                if later.org_text and later.org_text[:1] == written[:1] and later.org_text != written:
                    later.org_text = _same_place(later.org_text, last[2])
                elif later.org_text == written:
                    later.org_text = posts[0][0].org_text
        elif last and last[0] == person and last[1] == para and not posts[0][0].org_text \
                and (head := T.title_info(posts[0][0].title)) is not None and head.body \
                and head.body == f"{head.level}政府" and head.level in LEVEL_MARKERS:
            # "…2000年12月后历任省委常委、副省长，2007年1月任省长": a place's head written bare after a
            # clause that named the place is that place's (河北省政府), not the document's (session 20)
            placed = _same_place(head.body, last[2])
            if placed != head.body:
                posts[0][0].org_text = placed
        start, end = _date(m.groupdict().get("start")), _date(m.groupdict().get("end"))
        if m.groupdict().get("short_end") and start:  # "1946年至54年" (issue 9, moved19)
            end = _short_end(start, m.group("short_end"))
        # dated by the document, not former; so is a résumé's open line "2012.09-十堰市委副书记、市长"
        current = spec["status"] == "current" or m.group("posts").rstrip("。，,；; ").endswith("至今") \
            or (spec["name"] in ("range", "year_range_line") and end is None
                                                    and m.groupdict().get("end") is None and start is not None
                                                    and m.groupdict().get("short_end") is None)
        # (the post left, 由X升任…, is moved_from's: the clause's span starts after it; session 20)
        span_end = base + len(posts_text) if spec.get("terms") else pieces[-1][1] + len(pieces[-1][0])  # (terms: pieces written in full)
        span = (m.end("left") if m.groupdict().get("left") else m.start(), span_end)
        if spec.get("span_after_name") and m.groupdict().get("left") and m.group("who"):
            # "时任省纪委书记、省监委主任张巍转任…": the name and the posts then held stay the mention reader's
            # (its former holdings), the clause's span starts after the name (session 21)
            span = (m.end("who"), span[1])
        elif m.groupdict().get("who") and m.start("who") > span[0] and text[m.start("who") - 1] in "记长员任席委":
            # "中国人民大学党委书记靳诺此前担任…": the present post written before the name stays the mention
            # reader's (its holding); the career's span starts after the name (session 44)
            span = (m.end("who"), span[1])
        found = []
        for post, _at in posts:
            org = _org_for(post, doc)
            kept = post if post.kind != "hold" or org is not None else _kept_unplaced(post, person)
            if kept is None:
                continue  # a post we cannot place, nor name its body as written, is not kept
            if "when" not in ref:
                from kg.extract.dating import reference_date

                ref["when"] = reference_date(doc)  # the page's own date or stamp, refined by a dateline
            found.append(make_fact(doc, person, kept, span, org=org,
                                   date=ref["when"], start=start, end=end,
                                   former=None if current else True,
                                   notes={"career": spec["name"]}))
        if found and "级" in plain[m.start("posts"):m.end()]:
            found += _rank_notes(doc, plain, m, person, span, facts + found)  # "安陆市委副书记（正县级）"
        if found and ELECTED_RE.search(text, m.start(), m.start("posts")) \
                and (m.groupdict().get("meeting") or DAY_RE.search(m.groupdict().get("start") or "")):
            found += _elections(m, found)  # "2007年4月28日当选为省委副书记": the election too
        elif found and not m.groupdict().get("end") and DAY_RE.search(m.groupdict().get("start") or "") \
                and (verb := APPOINTED_RE.search(text, m.start(), m.start("posts"))) and person in text[m.start():verb.start()] \
                and "起" not in text[m.start():verb.start()]:
            found += _appointments(m, found)  # "2018年4月28日，吴庆文任苏州市委常委": the appointment too
        if found and both:
            found += [replace(f, person=both[1]) for f in found if f.kind == "hold" and f.person == both[0]]
        if spec.get("aside"):
            # "…又接替到龄的郭金龙，升任市委书记": a person named aside (the predecessor) holds the posts
            # too, but is no subject of the clauses after, nor takes the posts from the subject's reading;
            # with last_only, of several posts only the last, the office itself (接替朱天舒，担任甘肃省委常委、
            # 兰州市委书记: the predecessor's 常委 the text does not say)
            aside = [f for f in found if f.kind == "hold"][-1:] if spec.get("last_only") else found
            facts.extend(_in_successors_place(f, text[m.start():m.start("who")], doc) for f in aside)
            continue
        if found:
            facts.extend(found)
            spans.append(span)
            done.append((*span, bool(spec.get("shares_posts"))))
            if posts[-1][0].org_text:
                last = (person, para, posts[-1][0].org_text)
            if subject and subject[0] == person:
                subject = (person, pos)  # a résumé's lines go on: each read line keeps its subject near
        if who and person:
            subject = (person, pos)
    _profile_heads(doc, text, facts, spans, skip)
    if _in_the_meantime(doc.text):
        _secondments(doc, text, facts, spans, skip, sorted(subjects))
    return facts, spans


# a body written with its level only (市委统战部, 省政府): the place is the successor's, not the page's
LEVEL_ONLY_RE = re.compile(r"^(?:省|市|县|区|州|自治区)(?:委|政府|人民政府|人大|政协)")


def _in_successors_place(fact: Fact, before: str, doc: Document) -> Fact:
    """"重庆市委常委…刘光磊接替范照兵，担任市委统战部部长": the predecessor's post written with its level only
    is of the place the successor's own post names (重庆市委统战部), never the page's; none named: no org
    (session 29)."""
    if not fact.org_text or not LEVEL_ONLY_RE.match(fact.org_text):
        return fact
    from kg.extract.holds import canonical
    from kg.extract.posts import parse_posts
    from kg.orgs import parse_org

    lead = re.sub(r"(?:同志)?(?:接替|接任)[^，,。；;\n]*$", "", before).strip("，, ")
    own = None
    for n in (3, 2, 4):  # the successor's name written after his posts: 市委农工委书记|刘光磊
        if len(lead) > n and is_person_name(lead[-n:]):
            own = next((p.org for p in parse_posts(lead[:-n], doc.jurisdiction) if p.org), None)
            if own:
                break
    info = parse_org(own) if own else None
    place = info.jurisdiction if info is not None else None
    org = canonical(fact.org_text, replace(doc, jurisdiction=place)) if place else None
    return replace(fact, org=org if org and org != fact.org_text else None)


SUBJECT_PRONOUNS = ("他", "她", "其")  # a clause's name slot holding one of these: the subject before it (其于2016年任…: session 23)


def _clause_who(m: re.Match[str]) -> str | None:
    """The name slot of a career clause, None when it holds none or a word of not_names ("此后他曾担任…":
    the subject; "…工作，先后担任过…": an adverb, not a name; the subject holds the posts)."""
    who = m.groupdict().get("who")
    if who and (who in not_names() or (who[0] in "他她" and who[1:] in not_names())
                or (who[-1] in "他她" and who[:-1] in not_names())):
        return None
    return who


def _reading_windows(hits: list[tuple[re.Match[str], dict]], taken: SpanIndex) -> list[tuple[int, int]]:
    """The positions whose subjects extract may read: SUBJECT_REACH before each clause that may take
    the subject as its person and give posts (merged intervals, rising).

    A clause reads the subject only when it names no person itself (no ``who``, or one of
    not_names, or 他 / 她), lies outside ``skip``, and gives posts: every post of it is a title
    ending a phrase of its posts group (parse_post; a bracketed note inside cut out) or of the
    sentences after it (across_semicolons). Any other clause gives no fact whatever the subject, and
    changes no subject; so the subjects named elsewhere change nothing extract gives (the subject a
    clause reads is the last one named before it, if at most SUBJECT_REACH before, or the person of a
    clause read since — a clause that read one and gave posts is itself inside such an interval)."""
    from kg.extract.mentions import _title_re

    windows: list[tuple[int, int]] = []
    for m, spec in hits:
        who = _clause_who(m)
        if who and who not in SUBJECT_PRONOUNS:
            continue  # the clause's own person
        posts = m.group("posts") or ""
        if not spec.get("across_semicolons") and "（" not in posts and "(" not in posts \
                and _title_re().search(posts) is None:
            continue  # no post
        if taken.overlaps((m.start(), m.end())):
            continue
        lo, hi = max(0, m.start() - SUBJECT_REACH), m.start()
        if windows and lo <= windows[-1][1] + 1:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def shape_text(plain: str) -> str:
    """The text the shapes read (of the same length): notes in brackets blanked, but for those of a
    concurrent post (兼) or a secondment (挂职, 其间…), and the term of a central committee blanked to 〼."""
    text = NOTE_RE.sub(lambda m: " " * len(m.group(0)) if ("兼" not in m.group(0) and m.group(0)[1:-1] != "挂职")
                       or IN_THE_MEANTIME.match(m.group(0))
                       else m.group(0),  # (…副局长（挂职）: the post's secondment mark stays, session 19)
                       plain)
    if "届中央" in text or "届中共中央" in text or "届中纪委" in text:  # every term ends so: no scan without
        text = TERM_RE.sub(lambda m: "〼" * len(m.group(0)), text)  # 十九届中央委员: the term blanked
    return text


# a rank noted in brackets after a post of a career clause ("…，安陆市委副书记（正县级）"): the person's
# rank (kg/data/titles.yaml ranks), a fact of its own with no organization
RANK_NOTE_RE = re.compile(r"[（(]([^（）()\n]{2,8}?级)[)）]")


def _rank_notes(doc: Document, plain: str, m: re.Match, person: str, span: tuple[int, int],
                known: list[Fact]) -> list[Fact]:
    from kg.extract.holds import parse_post
    from kg.titles import is_rank

    out: list[Fact] = []
    for note in RANK_NOTE_RE.finditer(plain, m.start("posts"), m.end()):
        rank = note.group(1)
        post = parse_post(rank) if is_rank(rank) else None
        if post is None or post.kind != "rank" \
                or any(f.kind == "rank" and f.person == person and f.title == rank for f in known + out):
            continue
        out.append(make_fact(doc, person, post, (span[0], max(span[1], note.end())), notes={"career": "rank_note"}))
    return out


# "（期间，挂职任商务部市场体系建设司副司长）", "（其间：1991年8月至1993年2月挂职任陕西省西安市副市长）",
# "（其间：2005.03-2006.09兼任东风轮胎集团公司党委第一书记；…）": a note on a career line naming a
# secondment or a concurrent post (the note is blanked before the shapes run, read by _secondments)
IN_THE_MEANTIME = re.compile(r"[（(](?:其间|期间)")


def _in_the_meantime(text: str) -> bool:
    """``IN_THE_MEANTIME.search(text) is not None``, as four scans for a word (a yearbook's brackets
    each stopped the search)."""
    return "（其间" in text or "(其间" in text or "（期间" in text or "(期间" in text
SECONDMENT_NOTE_RE = re.compile(r"[（(](?:其间|期间)[，,:：]?(?P<inner>[^（）()]*?(?:挂职|兼)[^（）()]*)[)）]")
SECONDMENT_RE = re.compile(rf"(?:(?P<start>{DATE}|{DOT_DATE})\s*(?:—|–|－|-|至|到|~|～)+\s*(?P<end>{DATE}|{DOT_DATE})?\s*)?"
                           rf"(?P<at>[^，,；;：:（）()挂兼]{{0,30}}?)(?P<verb>挂职(?:任职|担任|任)?|兼任|兼(?![职管]))(?P<posts>[^，,；;（）()。]+)")


# a career clause that reports an election on its day or at its meeting ("2007年4月28日当选为省委副书记",
# "…会议上当选为…"): the elect act (decided, dated at the clause's own precision) beside the holding;
# a résumé step of a month ("2016年10月当选合肥市市长") is the holding only (the corpus reads it so)
ELECTED_RE = re.compile(r"当选|选为")
DAY_RE = re.compile(r"月\s*\d{1,2}\s*日")
# "在福建省第十届人民代表大会第一次会议上", "十五大": the meeting of the election and its body
SESSION_TAIL_RE = re.compile(r"(?:第[一二三四五六七八九十\d]+次(?:全体)?会议|[一二三四五六七八九十\d]+次(?:全体)?会议|[一二三四五六七八九十]中全会)$")
PARTY_CONGRESS_RE = re.compile(r"^(?:中共|党的)?(?P<n>[一二三四五六七八九十]{1,3})大$")


def _elections(m: re.Match, holds: list[Fact]) -> list[Fact]:
    """Elect acts of a career clause's election, one per post read; the meeting written in the
    clause (its group ``meeting``) names the deciding body."""
    import dataclasses

    from kg.orgs import canonical_org

    raw = m.groupdict().get("start") or ""
    nums = re.findall(r"\d+", raw)
    date = iso(*nums[:3]) if nums and re.match(r"\d{4}", nums[0]) else None
    meeting = (m.groupdict().get("meeting") or "").strip() or None
    decided_by = None
    if meeting:
        congress = PARTY_CONGRESS_RE.match(meeting)
        if congress:
            decided_by = f"中国共产党第{congress.group('n')}次全国代表大会"
        else:
            decided_by = canonical_org(SESSION_TAIL_RE.sub("", meeting), None)
    return [dataclasses.replace(f, kind="elect", date=date, decided_by=decided_by, meeting=meeting,
                                start=None, end=None, former=None, evidence=list(f.evidence))
            for f in holds if f.kind == "hold" and not (f.title or "").startswith(NOT_ELECTED)]


# a career step dated to its day with a verb of taking a post ("2018年4月28日，吴庆文任苏州市委常委"),
# its subject named before the verb: the change told as news, an act beside the holding (docs/conventions.md:
# "A change is an act when … dated to its day"; session 41); a range of days is a tenure, 起 its start, and a
# résumé's line with no subject ("2017年1月15日，任…主席") a step of the career (the dev gold reads them so)
APPOINTED_RE = re.compile(r"(?<![曾历兼])(?:任命为|被任命|出任|调任|升任|接任|转任|改任|就任|履新|担任|任)")


def _appointments(m: re.Match, holds: list[Fact]) -> list[Fact]:
    """Appoint (or acting) acts of a career clause dated to its day, one per post read."""
    import dataclasses

    nums = re.findall(r"\d+", m.groupdict().get("start") or "")
    date = iso(*nums[:3]) if len(nums) >= 3 and re.match(r"\d{4}", nums[0]) else None
    if date is None:
        return []
    return [dataclasses.replace(f, kind="acting" if f.acting else "appoint", date=date, start=None, end=None,
                                former=None, acting=None, evidence=list(f.evidence))
            for f in holds if f.kind == "hold"]


# posts a congress or a plenary does not elect, whatever the sentence says ("当选自治区政协党组副书记、
# 副主席": only 副主席 is elected)
NOT_ELECTED = ("党组",)


# a profile's head: its posts as a label before the name over the birth line ("省委副书记：张左己 |"
# / "1945年1月生，…"), or a line of posts right under a résumé's heading ("卢展工简历" / "中共福建省委
# 书记，福建省人大常委会主任。"): the subject's current posts
LABEL_HEAD_RE = re.compile(rf"^[ \t　]*(?P<posts>[^\n：:|｜]{{2,30}}?)[：:][ \t　]*(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)[ \t　|｜]*\n"
                           r"[ \t　]*(?:[男女][，,][^\n]{0,12}?)?(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?\s*(?:出)?生[，,。于]", re.M)
HEADING_POSTS_RE = re.compile(rf"^[ \t　]*(?:附[一二三四五六七八九十]?[：:、．.][ \t　]*)?(?P<name>[{HAN}]{{1,8}}·[{HAN}]{{1,10}}?|[{HAN}]{{2,4}}?)(?:同志)?(?:个人)?(?:简历|履历|年表|生平|简介|小传|生平简介|生平事迹|大事年表)[ \t　]*[：:]?[ \t　]*\n\s*"
                              r"(?P<posts>[^\n\d。；;（）()]{4,80})[。；;]?[ \t　]*$", re.M)

# what the first line of a match of LABEL_HEAD_RE / HEADING_POSTS_RE holds
_COLON = ("：", ":")
_PROFILE_WORD = ("简历", "履历", "年表", "生平", "简介", "小传")


def _profile_heads(doc: Document, text: str, facts: list[Fact], spans: list[tuple[int, int]],
                   skip: list[tuple[int, int]] | tuple) -> None:
    """Current holds of a profile's head (LABEL_HEAD_RE, HEADING_POSTS_RE): every phrase of the
    label or line must be a post whose body kg can name, else nothing is read."""
    from kg.extract.mentions import _org_for, post_chain

    ref: dict = {}
    for rx, marks in ((LABEL_HEAD_RE, _COLON), (HEADING_POSTS_RE, _PROFILE_WORD)):
        for m in fast_re.finditer_lines(rx, text, marks):  # (the lines holding a colon / a profile's word)
            name = clean_name(m.group("name"))
            if not is_person_name(name) or any(a < m.end("posts") and m.start("posts") < b for a, b in skip):
                continue
            raw = m.group("posts")
            pieces = _pieces(raw, m.start("posts"))
            parts = [x for x in re.split(r"[、，,]", _split_concurrent(raw)) if x.strip()]
            if not pieces or len(pieces) != len(parts):
                continue  # not posts all through
            posts = post_chain(pieces)
            found = []
            span = (m.start("posts"), pieces[-1][1] + len(pieces[-1][0]))
            for post, _at in posts:
                org = _org_for(post, doc)
                if post.kind != "hold" or org is None:
                    continue
                if "when" not in ref:
                    from kg.extract.dating import reference_date

                    ref["when"] = doc.date or reference_date(doc)
                found.append(make_fact(doc, name, post, span, org=org, date=ref["when"],
                                       notes={"career": "profile_head"}))
            if found and len(found) == len(posts):
                facts.extend(found)
                spans.append(span)


# a rare character's reading written inside a name: "亓(qí)延军" (the name reads 亓延军)
PINYIN_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）](?=[\u4e00-\u9fff])")


def _unannotated(text: str) -> str:
    """``text`` with a reading note inside a name moved out of it, the length kept: "亓(qí)延军" →
    "    亓延军" (the name's first character moves right over the note; offsets of the rest stay);
    dates written in Chinese numerals as digits (:func:`_arabic_dates`)."""
    if CN_YEAR_RE.search(text):
        text = _arabic_dates(text)
    if "(" not in text and "（" not in text:
        return text
    return _shift_notes(text)


# "一九八五年七月至一九九〇年三月任…" (older résumés and yearbooks): the year, month and day as digits,
# each written in the same number of characters (a shorter number is padded with spaces before it);
# a number that would need more characters (十月, 十日) is left as written
CN_DIGITS = {"〇": "0", "○": "0", "零": "0", "0": "0", "一": "1", "二": "2", "三": "3", "四": "4", "五": "5",
             "六": "6", "七": "7", "八": "8", "九": "9"}
CN_YEAR_RE = re.compile(r"[一二][〇○零0一二三四五六七八九]{3}(?=\s*年)")  # 二000年: a zero typed as a digit
CN_MONTH_RE = re.compile(r"(?<=年)\s*(?P<n>十[一二]|[一二三四五六七八九])(?=月)")
CN_DAY_RE = re.compile(r"(?<=月)\s*(?P<n>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])(?=日)")


def _cn_number(s: str) -> int:
    """一 → 1, 十二 → 12, 二十八 → 28 (up to 39)."""
    if "十" not in s:
        return int(CN_DIGITS[s])
    tens, _, ones = s.partition("十")
    return (int(CN_DIGITS[tens]) if tens else 1) * 10 + (int(CN_DIGITS[ones]) if ones else 0)


def _arabic_dates(text: str) -> str:
    def year(m: re.Match) -> str:
        return "".join(CN_DIGITS[c] for c in m.group(0))

    def number(m: re.Match) -> str:
        raw = m.group(0)
        digits = str(_cn_number(m.group("n")))
        return raw if len(digits) > len(raw) else digits.rjust(len(raw))

    text = CN_YEAR_RE.sub(year, text)
    # (CN_MONTH_RE.sub / CN_DAY_RE.sub, tried only right after 年 / 月: each opens with that lookbehind,
    # which a plain search tries at every offset)
    text = _sub_matches(text, fast_re.finditer_after(CN_MONTH_RE, text, "年"), number)
    return _sub_matches(text, fast_re.finditer_after(CN_DAY_RE, text, "月"), number)


def _sub_matches(text: str, matches: Iterator[re.Match], repl: Callable[[re.Match], str]) -> str:
    """What ``pattern.sub(repl, text)`` gives when ``matches`` are its ``finditer(text)``."""
    out: list[str] = []
    last = 0
    for m in matches:
        out += (text[last:m.start()], repl(m))
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


# (where a PINYIN_NOTE_RE match can start: a bracket, then a letter — not at every bracket of a text)
_NOTE_OPEN = re.compile("[（(](?=[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü])")


def _shift_notes(text: str) -> str:
    pieces: list[str] = []
    last = 0
    for m in fast_re.finditer_at(PINYIN_NOTE_RE, text, _NOTE_OPEN):
        first = m.start() - 1  # (a Han character, never inside the note before: that ends with a bracket)
        pieces += [text[last:first], " " * (m.end() - first - 1), text[first]]
        last = m.end()
    if not pieces:
        return text  # (most texts: no copy)
    pieces.append(text[last:])
    return "".join(pieces)


def _secondments(doc: Document, text: str, facts: list[Fact], spans: list[tuple[int, int]],
                 skip: list[tuple[int, int]] | tuple, subjects: list[tuple[int, str]]) -> None:
    """Holds of the secondments (``secondment: true``) and concurrent posts (``concurrent: true``) a
    career line's note names, former: the person is the one of the career clause the note follows
    on its line, else the biography's subject."""
    from kg.extract.mentions import _org_for, post_chain

    ref: dict = {}
    for note in SECONDMENT_NOTE_RE.finditer(doc.text):
        if any(a < note.end() and note.start() < b for a, b in skip):
            continue
        line_start = doc.text.rfind("\n", 0, note.start()) + 1
        before = [f for f in facts if line_start <= f.source.start < note.start() and f.kind == "hold"]
        # (else the person of the résumé's last line read before it: a long résumé's subject is far above)
        prior = before or [f for f in facts if f.kind == "hold" and f.source.start < note.start()
                           and note.start() - f.source.start <= SUBJECT_REACH and (f.notes or {}).get("career")]
        if prior:
            person = max(prior, key=lambda f: f.source.start).person
        else:
            near = [(p, n) for p, n in subjects if p < note.start() and note.start() - p <= SUBJECT_REACH]
            if not near or not near[-1][1]:
                continue
            person = near[-1][1]
        inner_at = note.start("inner")
        for m in SECONDMENT_RE.finditer(note.group("inner")):
            base = inner_at + m.start("posts")
            pieces = _pieces(m.group("posts"), base)
            at = m.group("at").strip()
            if at and pieces:
                pieces[0] = (at + pieces[0][0], inner_at + m.start("at"))
            posts = post_chain(pieces)
            if not posts:
                continue
            span = (inner_at + m.start(), pieces[-1][1] + len(pieces[-1][0]))
            found = []
            for post, _at in posts:
                org = _org_for(post, doc)
                if post.kind == "hold" and org is None:
                    continue
                if "when" not in ref:
                    from kg.extract.dating import reference_date

                    ref["when"] = doc.date or reference_date(doc)
                fact = make_fact(doc, person, post, span, org=org, date=ref["when"],
                                 start=_date(m.group("start")), end=_date(m.group("end")), former=True,
                                 notes={"career": "secondment" if m.group("verb").startswith("挂职") else "concurrent"})
                if m.group("verb").startswith("挂职"):
                    fact.secondment = True
                else:
                    fact.concurrent = True
                found.append(fact)
            if found:
                facts.extend(found)
                spans.append(span)

