"""Personnel acts: appoint, remove, resign, acting, elect — each proposed or decided.

Officials write acts in a handful of fixed clause shapes. The shapes are data
(kg/data/act_shapes.yaml, compiled by :mod:`kg.extract.grammar`); this module applies them
clause by clause (clauses end at ；，。 — lists of acts are written "任命A为X；B为Y"), turns
their post slots into posts with the one post parser (:mod:`kg.extract.posts`), and gives each
act its status, date, deciding body, meeting and 文号 from the section it sits in
(:mod:`kg.extract.sections`).

A list heading ("**提请决定任命**", "## 二、提请免去") or a verb ending a clause ("决定任命：")
sets the act of the lines under it (a *mode*). Status: 提请 / 拟 / 申请 / 请求 before the
names → proposed; 决定 / 已 → decided; otherwise the list's mode or the section's kind (a bill
or explanation proposes, a decision or the minutes decide).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from typing import Any, Callable, Iterator, Mapping, Sequence

from kg.dates import iso
from kg.extract import grammar
from kg.extract.colon_lists import read_colon_lists
from kg.extract.group_sentences import read_board_members, read_group_sentences
from kg.extract.result_lists import read_result_lists
from kg.extract.party_lists import read_party_lists
from kg.extract.grammar import Shape
from kg.extract.lines import lines
from kg.extract.posts import (CONNECTIVE_LEAD_RE, TOP_LEVEL_COMMA_RE, PostReading, canonical, members_body, parse_post, parse_posts, party_standing, placed,
                              secretariat_body, siblings, written_place)
from kg.extract.dating import DATED_LINE, shared_dating
from kg.extract.sections import Section, Sections
from kg.errors import KgError
from kg.model import ActKind, Document, Evidence, Fact, Status
from kg.names import BIRTH_NOTE, HONORIFIC, TIME_WORDS, clean_name, ends_in_nian, is_dot_name, is_list_name, is_person_name, married_name, not_names, split_names, starts_inside_word
from kg.orgs import canonical_org, nation, parse_org
from kg.sentences import sentence_spans

NAME = grammar.NAME
TERMINAL = set("。！？；;：:")
# a party committee's standing committee as the decider of an act: the committee itself decides
PARTY_STANDING_RE = re.compile(r"^(中共.+委员会)常务委员会$")
# the Communist Youth League's central committee: its plenum elects its own 第一书记 and 书记处书记 (session 22)
CYL_CENTRAL = "中国共产主义青年团中央委员会"
PROPOSE_RE = re.compile(r"提请|拟|申请|请求|建议|提议|将(?:审议|表决)")  # (省委提议，免去…: a proposal, session 20; 人代会将审议“关于接受A辞去…”: pending, round 38)
# a body's acceptance of a request in its clause (会议决定接受A申请辞去…, 同意A请求辞去…)
ACCEPTED_RE = re.compile(r"接受|同意|批准|通过|决定")
# "根据省人民政府代省长王予波提请，决定任命…": the proposal a decision was taken upon (the act is decided);
# "根据主任会议的提议，会议决定任命…", "经省委提议，省人大常委会决定…" (session 20)
UPON_PROPOSAL_RE = re.compile(r"(?:根据|依据|按照|经)[^，,。；;]{0,40}?(?:提请|建议|的提名|提名|提议)"
                              r"(?=[，,]?\s*(?:会议|[^，,。；;]{0,16}?(?:人大常委会|人民代表大会常务委员会|委员会|会议))?(?:研究)?(?:决定|通过|表决))")
DECIDE_RE = re.compile(r"决定|已任命|已免去|已决定")
# a clause that only proposes, just before an act's clause ("省委提议，免去…"), and the words that make
# it the proposal a decision was taken upon instead (根据…提议，会议决定…; 同意…建议) (session 20)
PROPOSAL_LEAD_RE = re.compile(r"(?:^|[，,。；;])(?P<lead>[^，,。；;：:]{1,30}?)(?:提议|建议)[：:，,]\s*$")
UPON_WORDS_RE = re.compile(r"根据|依据|按照|经|同意|采纳|接受|听取|决定")
# the words before a notice's "A任X" that make it a decision told (国务院任免国家工作人员：…; a body's
# 人事任免通知 / 任职通知 quoted in news: "…近日发布人事任免通知：A任X" — session 20)
# a body's name as written (学院, 管委会, 委员会 …): what a decision may name that kg cannot place
WRITTEN_BODY_RE = re.compile(r"(?:学院|大学|学校|委员会|管委会|党工委|局|厅|办公室|中心|公司|集团|重工|医院|保健院|卫生院|研究院|研究所|设计院)$")  # (河柴重工: a company by its short name; session 46)
# (国务院任免消息显示，A任X: a report of the State Council's list is its decision; round 30 page, session 45)
DECISION_WORDS_RE = re.compile(r"决定|批准|宣布|任免(?:一批)?国家工作人员|任免的?(?:通知|决定)|任职的?(?:通知|决定)|国务院任免(?:消息|信息|名单)"
                               r"|(?:表决)?通过了?[^，,。；;]{0,8}?任免(?:案|事项|议案)")  # (…会议表决通过了人事任免案，A任X; session 24)
# a body written with no place at all (…会议选举A为人大常委会副主任): the place of the body that decided
BARE_BODIES = ("人大常委会", "人大", "政府", "人民政府", "政协")
# a note after an elected procurator's post: the approval still to come (…检察长（需依照法定程序提请
# 全国人大常委会批准）) is no part of the post
# "强卫不再担任江西省委书记等职务", "王国生升任青海省委书记等职": 等 closes the posts listed (session 20)
ETC_POSTS_RE = re.compile(r"(?<=[\u4e00-\u9fff])等(?:职务|职)?\s*$")
APPROVAL_NOTE_RE = re.compile(r"[（(](?:需|须|尚需|尚须|还需|还须|报)[^（）()]{0,40}?批准[)）]$")
LIST_MARK_RE = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.．、])\s*")
# a list heading naming the body of the posts under it: "一、省高级人民法院", "（二）市人民检察院"
SCOPE_HEADING_RE = re.compile(r"^(?P<mark>[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])?\s*"
                              r"(?P<body>[\u4e00-\u9fff]{3,40}?)[：:]?$")
# a title line: the lists after it start again (…关于任免…的决定, …任免名单, …任命名单)
SCOPE_END_RE = re.compile(r"(?:的决定|的决议|名单)$")
# the title of an election's result list ("…第一次会议选举结果", "…选举产生的人员名单")
ELECTION_RESULT_TITLE_RE = re.compile(r"(?:会议|大会|全会)选举(?:结果|产生的?(?:人员)?名单)(?:名单|公告)?$")
# a row of a list written post, colon, names ("湖北省人民代表大会常务委员会主任：蒋某良")
_COLON_ROW_RE = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,40}[：:]\s*[\u4e00-\u9fff·]{2,8}(?:[（(][女男][)）])?(?:、[\u4e00-\u9fff·]{2,8}(?:[（(][女男][)）])?)*\s*$")
ADOPTION_LINE_RE = re.compile(r"\s*[（(][^（）()]{6,80}(?:通过|决定)[)）]\s*$")
MODE_HEADING_RE = re.compile(r"^(?:[一二三四五六七八九十]+、)?(?P<pre>提请)?(?:审议)?(?P<dec>决定)?(?P<verb>任命|免去|免职)?[：:]?$")
# a line that starts an act of its own ("邱水平任北京市委副秘书长" in a list of one-line items):
# never joined to the line before it, and a space before such an act ends a clause
ACT_START = rf"{grammar.NAME}(?:同志)?(?:任|辞去|当选|代理|不再担任)"
# … or a notice's entry on a person ("陈敬就，男，1974年5月出生，…拟任…")
# a line opened by an act's verb (任命张三为…, 会议决定免去…, 2、提名…): see _join_lines
ACT_VERB_LINE_RE = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]+、|[0-9]+[.．、])\s*)?(?:会议)?(?:决定|同意|批准)?"
                              r"(?:任命|免去|免职|提名|选举|补选|聘任|聘请|解聘|撤销|罢免|接受)(?![：:\s]*$)")
# a page's furniture line (its address, www.…, http…): no sentence runs into it
PAGE_LINE_RE = re.compile(r"^\s*(?:https?://|www\.)")
# the kinds of body whose leader moves between its own posts (由北京大学党委书记转任校长; session 20)
FROM_POST_BODIES = ("public_institution", "enterprise")
# a line opened by a news dateline: an agency or paper, a place, the day and 电 / 讯 ("新华社北京2月28日电",
# "中新社澳门9月21日电", "浙江在线01月23日讯", "本报讯"); session 20
NEWS_DATELINE_LINE = re.compile(
    r"^[ \t\u3000]*[（(【]?[\u4e00-\u9fff]{1,12}?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月"
    r"(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日[ \t]*(?:电|讯|電|訊|消息[，,])|^[ \t\u3000]*[（(【]?本报讯")
# a line that ends with an election to a post (a headline: 黄晓薇当选省政协主席)
ELECTED_LINE_END_RE = re.compile(r"当选为?[\u4e00-\u9fff]{1,24}?(?:主席|长|书记|主任|委员|常委)$")
LINE_ACT_RE = re.compile(rf"^\s*(?:{ACT_START}|{grammar.NAME}{grammar.MARK}?(?:同志)?[，,][男女][，,])")
# … or a list heading of a decision (任命： / 批准任命： / 免去：) or a row of a two-column list
# under it ("赵四平\t湖南省高级人民法院审判员"): each stays a line of its own
# a line opened by a bullet mark: an item of its own (a news round-up's "▶X履新Y" lines; session 24)
BULLET_LINE_RE = re.compile(r"^\s*(?:[▶►▷●■◆◇★☆•▪◉○□➤→]|[\u4e00-\u9fff]{1,6}[▶►▷➤])(?=\s*[\u4e00-\u9fff])")  # (菏泽▶孙爱军履新…)
LIST_LINE_RE = re.compile(r"^\s*(?:(?:[一二三四五六七八九十]+、)?(?:提请)?(?:决定|批准)?(?:任命|免去|免职)[：:]\s*$"
                          rf"|{grammar.NAME}(?:（[女男]）)?(?:\t|[ \u3000]{{2,}}|\u3000)[\u4e00-\u9fff])")
# clauses end at ，；。, at 、 before 决定 / 并 / 同时 or after 职务 (免去A的X职务、B的Y职务), at 以及
# before another resignation, between two titles (《…的决定》《…的决定》, 《…》、《…》), at a space before an act of its own,
# and at 、 before another person's move written post first
DAY_AFTER_NAME_RE = re.compile(r"(?:同志)?于?(?:\d{1,2}月|上月|本月)\d{1,2}日")  # (…张永春上月29日被免职: session 32)
# (a comma between two digits is a number's: 获得2,969张赞成票; round 31)
# the school where the decision is announced, named in the sentence before 该校 (…在上海交通大学宣布…担任该校党委书记;
# one school only: a school named otherwise — 从X大学调任… — may not be the one meant)
SCHOOL_NAMED_RE = re.compile(r"(?<=[在到赴])((?:(?![在到赴于])[\u4e00-\u9fff]){2,12}?(?:大学|学院|学校|中学|小学))(?=宣布|召开|举行)")
# an election of names listed with 、 after a space (a headline's acts parted by spaces: "…当选为省人大常委会副主任
# 王健、张立林、姜有为当选为副省长"; round 35): the space ends the clause before it (CLAUSE_SPLIT_RE)
ACT_START_NAMES = rf"{grammar.NAME}(?:、{grammar.NAME}){{1,20}}(?:同志)?当选"
# a clause that is posts alone: a body written from its place or level (中共福建省纪委委员、常委、书记, 省纪委书记),
# no verb, pronoun, conjunction or time word inside (任 / 为 / 其 / 和 / 原 / 时任 …: another clause of its own), every post
# placed (kg.extract.posts.parse_posts reads it; acts._posts_going_on)
BARE_POSTS_RE = re.compile(r"(?:(?![任为是其的和与及兼原在后前时现])[\u4e00-\u9fff、]){3,40}")
# a verb that makes a clause of bare-looking posts a clause of its own, another person's
# ("李建成任中南大学校长，王云鹏履新北京航空航天大学校长": no post of 李建成; round 38 as dev)
OWN_CLAUSE_VERB_RE = re.compile(r"履新|当选|接棒|执掌|主政|转战|调往|调到")
CLAUSE_SPLIT_RE = re.compile(rf"[；;，。▶►▷➤】]|(?<!\d),|,(?!\d)|(?<!任命)、(?=决定|并|同时|关于|免去)|(?<=职务)、|以及(?=[^，,。；;]{{2,40}}?辞去)|(?<=》)、?(?=《)"
                             rf"|(?<=[\u4e00-\u9fff])\s+(?={ACT_START}|{ACT_START_NAMES})"
                             # (任命A为驻老挝大使、B驻马耳他大使: an envoy's item, its 为 left out; round 35)
                             rf"|、(?={grammar.NAME}{grammar.MARK}?驻[\u4e00-\u9fff]{{1,24}}?(?:特命全权)?(?:大使|总领事)(?:[、，,；;。]|$))"
                             # (A升任X、警务处处长B升任Y: a 、 before another person's move, written post first; session 30)
                             r"|、(?=[\u4e00-\u9fff]{1,24}?(?:长|书记|主任|主席|委员)(?:(?!的)[\u4e00-\u9fff]){2,4}(?:同志)?"
                             r"(?:升任|调任|转任|出任|改任|接任)[\u4e00-\u9fff])"
                             # (A当选X主任、B当选Y省长: a 、 after a post before another person's election; session 31)
                             rf"|(?<=主任|书记|委员|主席|省长|市长|县长|区长|院长|部长|厅长|局长|镇长|乡长|察长)、(?={grammar.NAME}当选)"
                             # (…主任拟任人选杨贵平、省国土资源厅厅长拟任人选邓兴明: one nominee a clause; session 31)
                             r"|、(?=[^，,；;。、]{2,40}?拟任人选)"
                             # (民政处长由A出任、卫生局长由B出任: one move a clause, written post first; session 39)
                             r"|(?<=出任|接任|继任|代理)、(?=[^，,；;。、由]{2,30}?由)")
# "、B同志为…" inside a post list: the next item of a list of appointments
# a pinyin gloss written inside a word by mirror pages: 关(guān)于, 刘延?xùn)东 (its bracket lost)
GLOSS_RE = re.compile(r"[（(?？][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")
# a rumour or a guess is no act (网传A辞去…, A或将出任…, A有望任…), nor what a sentence says will or
# should happen (预计…将选出A为…, A将调任…, 一时传A调任…, …应当作出决定，免去…), nor a question (是否免去A…;
# session 34); such a word also
# makes the clauses after it in its sentence no acts (A将调任X，由B升任Y)
SPECULATION_RE = re.compile(r"网传|传闻|传言|据传|盛传|是否|消息(?:并|还|人士)?透露|知情人士|或将|有望|可望|看好|热门人选|呼声最高|疑似|可能|猜测|预计|预料|料将|传出"
                            r"|有意(?=安排|让|由|委任|任命|提拔)|打算(?=安排|让|由|委任|任命|提拔)|计划(?=安排|让|由)"  # (政府有意安排A升任X: a plan; session 39)
                            r"|(?:一时|外|坊间|有人|又|还)传(?=[^达统承播递染授输真说])"
                            r"|(?:应当|应该|理应)(?:作出|决定|免去|任命|由)"
                            # (…将于2006年1月3日出任…: an appointment announced, effective on its day, is no guess; round 35)
                            # (将 closing an officer's rank is no future: 何卫东少将调任…; round 36 — but 中将 stays a
                            # future, for names end in 中: 郑立中将接替…)
                            r"|(?<![少上大])将(?:会|要)?(?!于[^，,。；;]{0,12}?日起?(?:调任|出任|升任|接任|转任|担任|接掌|接替))"
                            r"(?=(?:于[^，,。；;]{0,12}?)?(?:调任|出任|升任|接任|转任|担任|接掌|接替|选出|当选|卸任|离任"
                            r"|被任命|被免|获任|任(?![务期职何])|选举|任命|决定任命))")  # (…大会将会选出A出任…, 将选举A为…: session 25)
# a sentence with no subject that takes someone off posts ("不再担任福建省委书记、常委、委员职务。")
NO_LONGER_LEAD_RE = re.compile(r"^\s*(?:同时|并)?不再(?:担任|兼任)[^，,；;。]+?(?:职务|一职)[。；;]?\s*$")
# a change told as already done, by the way (前任省长冯飞已任省委书记, 原书记殷美根已当选副省长): it
# happened before the events the report dates, so it takes none of their dates — only a date of
# its own clause (…已于3月1日当选…); the clauses after it in its sentence are told the same way
# (毛伟明已任湖南省委副书记，李炳军任贵州省委副书记) (session 20: kg gave such acts the report's date)
ALREADY_DONE_RE = re.compile(r"已(?:经)?(?:正式)?(?:被)?(?:任命为?|任(?![务期职何])|当选为?|履新|调任|升任|出任|转任|接任|改任|就任|担任|辞任|辞去|卸任)")
# a change dated only by an offset from another event (几天后，…批准李锋担任…; 1个月后，周济上任…): the
# day, often the month, is not known — no date (the offset is not counted)
OFFSET_AFTER_RE = re.compile(r"(?:几|数|[0-9一二三四五六七八九十两半]+)\s*(?:个)?(?:天|日|周|星期|个月|月|年)(?:之后|以后|后)[，,]")
OWN_DATE_RE = re.compile(r"[0-9０-９一二三四五六七八九十〇]\s*[年月日号]|[今去前昨]年|[今昨前]天|日前|近日|同日|当日|次日")
# a character every match of SPECULATION_RE holds: a clause without one is searched no further (speed)
SPECULATION_KEY = re.compile("[传望似能测预料应将看热呼露士]")  # (a character every SPECULATION_RE match holds)
# an election's result written title first: "选举产生七里坪镇人大主席潘卫国、副主席涂华文，镇长黄红星、
# 副镇长付学兵、孙伟" — each item is posts then a name, or a name alone (the title before it goes on)
COUNT_NOTE_RE = re.compile(r"[（(][0-9一二两三四五六七八九十百]+[名人位][，,]")
# a procedural remark in brackets after an elected post ("检察长（须报经…提请…批准任命）", a page cut
# inside it: "(检察长一职须依"): no act of its own, and its 提请 / 任命 are no verbs of the clause
# (…还要履行有关法律程序: round 36)
REMARK_RE = re.compile(r"[（(][^（()）。；;]{0,12}?(?:须|需|須|報經|報請|报经|报请|待|还要|尚需|尚须)[^（()）。；;]*(?:[)）]|$)")
# a person's posts in brackets after a name in a names slot (grammar.POST_NOTE), a mark kept
POST_NOTE_RE = re.compile(rf"(?!{grammar.MARK}){grammar.POST_NOTE}")
# a name's mark with a comma inside ("李明（女，土家族）"): the comma ends no clause (→ 、, same length)
# a decision's list as a table with cell rules: "| 张三丰 | 南昌市发展和改革委员会主任 |" under 任命：, or under a
# header "姓名 | 任免职务" with the verb in the cell ("张三丰 | 任南昌市…主任", "李四光 | 免去…职务"; session 24)
_PIPE_ROW_RE = re.compile(r"^\s*[|｜]?\s*(?P<name>[\u4e00-\u9fff·]{2,8})(?:（[女男]）)?\s*[|｜]\s*"
                          r"(?P<verb>任命|任|免去|免)?(?P<posts>[^|｜]{3,60}?)(?:职务)?\s*[|｜]?\s*$")
_PIPE_HEADER_RE = re.compile(r"(?:^|(?<=[）)]))\s*[|｜]?\s*姓\s*名\s*[|｜]\s*(?:任免|任命|免职|免去)职务\s*[|｜]?\s*$")  # (姓名 | 职务: a roster's holdings)
PERSON_NOTE_RE = re.compile(r"(?<=[\u4e00-\u9fff])[（(][女男][，,][^（）()\n]{1,24}[)）]")
# a round-up's item "江苏常州市长丁纯(生于1970年10月,江苏江阴人),任安徽铜陵市委书记": the birth note and the comma
# after it end no clause — the note is blanked and the clause's words before it moved to the verb (same length;
# session 27)
BIRTH_NOTE_RE = re.compile(rf"(?:^|(?<=[，,；;。：:\n]))(?P<name>[^，,；;。：:\n（(]{{2,40}}?)(?P<note>{BIRTH_NOTE}[，,]\s*)"
                           r"(?=(?:任|出任|调任|转任|升任|担任|改任)(?![命免职务期]))")
# a person's age in brackets after the name, as the press writes it: "肖钢(57岁)", "刘士余（54岁）" (session 35)
AGE_NOTE_RE = re.compile(r"(?P<lead>[^，,；;。：:、（()）\s]{1,30})(?P<note>[（(]\s*\d{2}\s*岁\s*[)）])")
# a comma a page put inside a list of names (…孙作宾、徐国珍,马丕烈、马思义…等三十人为委员; round 31): read as 、
# when the names on both sides are names and each is an item of a 、-list
STRAY_LIST_COMMA_RE = re.compile(r"(?<=、)(?P<left>[\u4e00-\u9fff]{2,4})[，,](?P<right>[\u4e00-\u9fff]{2,4})(?=、)")
MARK_COMMA_RE = re.compile(r"(?<=[（(][女男])[，,](?=[\u4e00-\u9fff]{1,5}族[)）])|(?<=族)[，,](?=[女男][)）])")
# a committee's members appointed title first: "任命第五任…基本法委员会组成人员；主任A，副主任B、C，委员D…"
# a decision's list written post first after its verb and a colon (…会议决定任命：省教育厅厅长王大明，…): the
# items must start right after the colon with a post (kg.extract.acts _title_first_decision)
# (or with no colon: 决定任命省教育厅厅长王大明、…, 关于任命…的决定; a list of members passed: 通过了…组成人员名单：…)
TITLE_FIRST_DECISION_RE = re.compile(r"(?:(?P<pre>提请)?(?:决定|批准|关于)?(?P<verb>任命|免去)(?!名单)了?(?:[^：:。；;，,]{0,24}?(?:负责人|人员)"
                                     # (决定任命下列同志职务：市财政局局长张三、…: the colon needed; session 37)
                                     r"|(?:下列|以下)同志(?:的?职务)?(?=[：:]))?"
                                     r"|(?<=通过)了?[^：:。；;，,]{0,30}?(?:组成人员|人员)名单"
                                     # (宣布中央关于成立四川省委的决定和组成人员名单：书记吴玉章，副书记王维舟; session 24)
                                     r"|(?:宣布|公布)[^：:。；;，,]{0,12}?成立(?P<newbody>[^：:。；;，,的]{2,20})的决定和(?:组成人员|人员)?名单"
                                     r")[：:]?\s*(?=[\u4e00-\u9fff])")
# 任命 [posts name]、[posts name] 为 posts (acts._titled_names_for): the items, then the new posts
TITLED_ITEMS_FOR_RE = re.compile(r"(?P<items>[^为：:]{6,90}?[\u4e00-\u9fff])(?:同志)?为(?P<posts>[^为]{2,60})$")
# a former post's mark before it (原驻日大使崔天凯, 前驻美大使…)
FORMER_MARK_RE = re.compile(r"^(?:原|前|现任|现)")
# what follows a list's last item: 等省政府组成部门负责人, …的决定
LIST_TAIL_RE = re.compile(r"等(?:[0-9一二三四五六七八九十]+[名位人])?[^、，,；;。]{0,20}?(?:负责人|同志|人员|干部)|的(?:决定|议案|任命)")
MEMBERS_APPOINTED_RE = re.compile(r"(?:^\s*|决定|[一二三四五六七八九十其][、，,])任命(?P<body>[^，,。；;：:、]{4,60}?)组成人员[；;：:]")
# the order a list's names are written in (（按姓名笔划为序）): no part of an item
ORDER_NOTE_RE = re.compile(r"[（(][^（）()]{0,8}(?:笔画|笔划|为序|排序|排列)[^（）()]{0,4}[)）]")
# an item of a list written post, colon, name ("区长：张三")
ITEM_COLON_RE = re.compile(r"^((?:(?![和及与])[\u4e00-\u9fff]){2,30})[：:]\s*([\u4e00-\u9fff·]{2,8})$")  # (never 主席团和秘书长：…)
TITLE_FIRST_ELECT_RE = re.compile(r"选举产生了?(?:新任(?=[^，,。；;]{0,12}?[长记席任]))?(?!的)(?=[\u4e00-\u9fff])"  # (新任党委书记杨丽春: session 32)
                                  # (…会议选举产生的八位副市长A、B、C…: the count and the title before the names; round 31)
                                  r"|选举产生的(?:[0-9一二三四五六七八九十两]+[位名])(?=[^，,。；;、]{1,12}?(?:长|书记|主席|主任)"
                                  r"[\u4e00-\u9fff·]{2,4}、)"
                                  # (选举结果：区长张三…, 当选名单：…, 会议选举：…; session 28)
                                  r"|选举结果(?:如下)?[：:]|当选(?:人员)?名单(?:如下)?[：:]|(?<=会议)选举[：:]"
                                  # (新当选的县政协主席郑光明，副主席王晓东、汪莉，秘书长方洪保与全体委员见面; session 42)
                                  r"|(?:^|(?<=[。，,；;\s]))新当选的(?=[\u4e00-\u9fff])"
                                  # (大会选举县长李树田、副县长谭绪言和委员35名 / 大会补选了县长米永丰: a title, then its
                                  # holder; round 31)
                                  r"|(?<=大会|会议)(?:选举|补选)了?(?=[^，,。；;：:为、]{0,10}?(?:长|书记|主席|主任)"
                                  r"[\u4e00-\u9fff·]{2,4}(?:[、，,。；;和]|$))")
# the appointed listed title first: after an announcement of changes, each item 新任 + post + name (行政院今天宣布
# 5位首长人事异动，新任外交部长为吴钊燮、新任国防部长为严德发…), or after 同获任命的还有 (round 31)
# "行政长官…委任立法会选举管理委员会主席及委员，包括主席A，委员B、C及D": a body's posts named as
# appointed, then its appointees title first after 包括 / 分别是 (round 33)
INCLUDED_APPOINTED_RE = re.compile(r"(?:委任|任命|聘任)了?(?P<body>[^，,。；;：:、]{2,40}?)(?:副?主席|副?主任|成员|委员)"
                                   r"(?:(?:及|和|、)(?:副?主席|副?主任|成员|委员))*[，,]\s*(?:其中)?(?:包括|分别是|分别为)[：:]?\s*")
TITLE_FIRST_APPOINT_RE = re.compile(r"宣布[^。；;，,]{0,24}?(?:人事|内阁)[^。；;，,]{0,8}?[，,：:]\s*(?=新任)"
                                    r"|(?:同|一同|同时|一并)获任命的(?:还有|有)[：:]?")
# the last name of a title-first list, and what its people do after it (…副市长A、B、C今天亦集体亮相)
LIST_END_NAME_RE = re.compile(r"([\u4e00-\u9fff·]{2,4}?)(?:今天|今日|昨天|昨日|亦|也|等|将|均|都|一同|集体|分别)")
NEW_HOLDER_ITEM_RE = re.compile(r"(?:^|(?<=[、，,]))\s*新任")
# an election told in the sentence before a list of the newly elected (经过选举，产生了…主席、副主席…。)
ELECTION_TOLD_RE = re.compile(r"选举|选出|当选")
# what the newly elected do after their list (新当选的…秘书长方洪保与全体委员见面): the list ends before it
NEWLY_ELECTED_MEET_RE = re.compile(r"(?:与|向|同|和)(?:全体|大会|代表|大家|媒体|委员|记者|与会|新闻)")
# "选举产生县委常委会委员7名，其中县委书记汪洪涛，副书记李廷文、戴维刚": the items after 其中
ELECTED_COUNT_AMONG_RE = re.compile(r"[^，,。；;：:]{2,30}?[0-9一二三四五六七八九十]+名[，,]其中")
# a sentence opened by 其中 after an election's: the list it names goes on (其中，A为省委书记)
AMONG_RE = re.compile(r"\s*其中[，,]")
# "…选出了13名人大常委会副委员长。" / "…选举产生副主任5名。" then "这13人分别是A、B…" / "他们是A、B…" (session 20)
_NUM = r"[0-9]+|[一二两三四五六七八九十]{1,3}"
# (or with no count: "会议推选出主席团常务委员会委员。他们是：A、B、…", round 33)
COUNTED_ELECTED_RE = re.compile(rf"(?:选出|选举产生)了?(?:(?P<n>{_NUM})(?:名|位))?(?P<posts>[^，,。；;：:、]{{2,40}}?)[。]?\s*$")
# "…依法补选了5名市人大代表。" then "其中：东丰县补选3名（孙弘、韩阳、王树仁）；西安区补选2名（…）" (round 31)
COUNTED_BY_UNITS_RE = re.compile(rf"补选了?(?P<n>{_NUM})(?:名|位)(?P<posts>[^，,。；;：:、（(]{{2,40}}?代表)[。]?\s*$")
UNIT_ELECTED_RE = re.compile(rf"[\u4e00-\u9fff]{{2,12}}?补选(?:了)?(?P<n>{_NUM})(?:名|位)[（(](?P<names>[^（）()]+)[)）]")
# "受邀将出任行政会委员的11人分别是：A、B、…" (the post, the count, the names; round 31)
COUNTED_TAKERS_RE = re.compile(rf"(?P<verb>出任|担任|当选|获委任为|获任命为)(?P<posts>[^，,。；;：:的]{{2,30}})的(?P<n>{_NUM})(?:人|名|位)"
                               r"分别(?:是|为)[：:]?(?P<names>[^。；;：:]+)")
TAKERS_DECIDED_RE = re.compile(r"委任|任命|决定|选举|当选|受邀")
COUNTED_NAMES_RE = re.compile(rf"^\s*(?:这|這)?(?:(?P<n>{_NUM})(?:人|名|位)|他们|她们)(?:分别)?(?:是|为)[：:]?"
                              rf"(?P<names>[^，,。；;：:]+?)[。]?\s*$")


def _further_name(item: str) -> bool:
    """An item of a list of names whose first item is a name: a name, a list name (向巴平措, no
    surname), or three characters ending in 年 written whole between separators (唐英年; session 20),
    or any name written whole between them (周和平, whose 和 running text would stop at; round 33)."""
    return is_person_name(item, delimited=True) or is_list_name(item) or (len(item) == 3 and item[2] == "年" and is_person_name(item[:2]))


def _count(n: str) -> int:
    """"13" → 13, "十三" → 13, "两" → 2 (a count of people written in digits or Chinese numerals)."""
    if n.isdigit():
        return int(n)
    digits = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if "十" in n:
        tens, _, ones = n.partition("十")
        return digits.get(tens, 1) * 10 + digits.get(ones, 0)
    return digits.get(n, 0)
ELECTED_BEFORE_RE = re.compile(r"选举|当选|选出|补选|選舉|當選|選出|補選")
# a sentence that goes on with the elected after one that elected: names and 为, no verb of its own
ELECTED_NEXT_RE = re.compile(r"\s*(?:[\u4e00-\u9fff·]{2,6}、){0,9}[\u4e00-\u9fff·]{2,6}为(?![^。]*(?:任命|免去|选举|当选|决定|聘))")
# …选举产生了新一届区人大常委会领导班子：主任王强，副主任李明、赵刚 — the team of one body, its items
# title + name: the bare titles are of that body
TEAM_ELECT_RE = re.compile(r"(?:新一届|新一任)?(?P<body>[\u4e00-\u9fff]{2,20}?)(?:领导班子|班子)(?:成员)?[：:]")
# words that never stand inside an organization's name written in an act: a sentence ran on
RUN_ON_ORG_RE = re.compile(r"任免|如图|官员|(?<![主责一二三四五六七八九十])任(?!务)|召开")  # (第四任…委员会: a tenure)
# (召开: a headline run into the next, "…市长职务市十八届人大常委会第十四次会议召开决定…"; round 37)
# a sentence opened by a year (1976年成立…后，…，王广恩同志担任管理委员会主任): a history or a career
# line, where "X同志任Y" states who held the post (docs/conventions.md "What is not an act")
HISTORY_OPENER_RE = re.compile(r"\s*(?:(?:\d{4}|[一二〇○零]{4})年|(?:之后|此后|其后|后来|随后|自此)[，,]"
                               r"|(?:去年|前年|同年|次年|当年|翌年)(?:\d{1,2}月(?:份)?)?[，,])")
# (之后，X同志任Y / 去年，X同志任Y: the next step of a career, a holding like a year's)
# a career step dated to a year or a month only (acts.ActReader._career_step): the year, a day anywhere in the
# sentence, and the words of a body acting (a decision, a meeting, an act verb) that make it an act after all
# (never a birth year: 生于1982年10月的段颖，升任… / 1980年出生的… date no step; session 35)
# (a month counted from the report's year, 今年2月，李金科被选为辽宁省副省长, is a month date: docs/conventions.md)
CAREER_YEAR_RE = re.compile(r"(?<!生于)(?:(?:19|20)\d{2}|[一二〇○零][〇○零一二三四五六七八九]{3})年(?!(?:\d{1,2}月)?(?:出生|生))"
                            r"|(?:今年|去年|前年)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月")
CAREER_DAY_RE = re.compile(r"[0-9一二三四五六七八九十]\s*日|[今昨前]天|当天|当日|同日|日前|近日")
CAREER_ACT_WORDS_RE = re.compile(r"决定|批准|宣布|任命|免去|选举|补选|表决|会议|全会|大会|常委会|通过|提名|公告|通知")
# a resignation named by 辞职 alone in the title of a decision or bill (关于接受于冲辞职请求的决定):
# its post is the person's resignation told elsewhere in the document (ActReader._resignations_without_post)
# (…or by 其 / 该同志, the person of the request before it, or after the person's post: 会议表决接受其辞职,
# 接受了市长张三的辞职请求 — decided when a meeting's vote or decision opens it; session 28)
RESIGNATION_NO_POST_RE = re.compile(rf"(?P<lead>[^。；;，,]{{0,30}})接受了?(?:[^。；;，,的]{{0,20}}?(?:长|主任|主席|书记))?"
                                    rf"(?P<name>其|该同志|{grammar.NAME})(?:同志)?(?:的)?(?:提出的)?辞职(?:请求|申请)?"
                                    r"(?P<tail>[^。；;]{0,60})")
# what before the acceptance makes it a vote taken: 会议表决接受…, 会议决定接受…, 经表决，接受…
ACCEPTED_BY_VOTE_RE = re.compile(r"(?:表决|决定|同意)(?:了)?$")
_REN_AFTER_NAME = r"(?<![主担兼出调转升接就继留委拟代])任(?![命免职务期何])"  # 任命A任X、B任Y (never 主任, 代理主任)
SUB_ACT_RE = re.compile(rf"、(?=(?:任命)?{grammar.NAME}{grammar.MARK}?(?:同志)?(?:为|{_REN_AFTER_NAME}))")
LIST_ITEM_RE = re.compile(rf"^(?:任命)?(?P<names>{grammar.NAME}{grammar.MARK}?)(?:同志)?(?:为|{_REN_AFTER_NAME})(?P<posts>.+)$")


ELECT_VERBS = ("选举", "补选", "增选", "选出")  # a heading's verbs that open a list of elections


@dataclass
class Mode:
    """The act a list continues: set by a verb, kept across the list's clauses."""

    kind: ActKind  # appoint | remove | elect | resign
    status: Status
    heading: bool = False  # set by a line of its own (…于2021年9月28日选举：): the list runs over the lines after it
    inline: bool = False  # set by an act told in a clause (免去A…职务；B…): the list ends with its sentence's 。


@dataclass
class Ctx:
    doc: Document
    jur: str | None
    sections: Sections
    chron_marks: list[int]
    chron_dates: list[str | None]


_LIST_HEAD_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+、)?(?:提请)?(?:决定|批准)?(?:任命|免去|免职)[：:]?\s*$")  # 一、任命 / 决定免去
# the same heading with the meeting that decides written before it (安徽省人大常委会会议决定任命：; session 22),
# as act_shapes.yaml list_heading reads it
_MEETING_LIST_HEAD_RE = re.compile(r"^\s*[^，,。；;：:提]{0,40}?(?:会议|常委会|常务委员会|全会)(?:经表决|表决)?(?:决定|批准)?(?:任命|免去)[：:]\s*$")
_NUMBERED_RE = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）])")
_LIST_ROW_RE = re.compile(rf"^\s*(?:\d{{1,2}}[.、．]\s*)?{grammar.NAME}(?:（[女男]）)?(?:\t|[ \u3000]+|为|的)[\u4e00-\u9fff]")  # 张　三　县财政局局长 reads 张三 县…


# a row written post first, then a gap and the name (省教育厅厅长　王大明), under 任命 / 免去: rows of a
# decision's list stay apart from each other (session 22)
_POST_FIRST_ROW_RE = re.compile(rf"^\s*[\u4e00-\u9fff]{{3,40}}?(?:长|主任|书记|委员|主席|审判员|检察员)(?:\t|[ \u3000]+|[ \u3000]*[：:][ \u3000]*){grammar.NAME}"
                                r"(?:（[女男]）)?\s*[；;。]?\s*$")
# a row written post first (县财政局局长：王五) under 任命 / 免去: no holding of the post as written
_POST_NAME_ROW_RE = re.compile(r"^\s*[\u4e00-\u9fff（）()]{2,40}[：:]\s*[\u4e00-\u9fff·]{2,8}[；;。]?\s*$")
# a row written name, comma, post (张三丰，南昌市发展和改革委员会主任；) under 任命： / 免去：: the list's act (session 24;
# the clause reader would read the name and the post apart)
_COMMA_ROW_RE = re.compile(r"^\s*(?:\d{1,2}[.、．]\s*)?(?P<name>[\u4e00-\u9fff·]{2,8})(?:（[女男]）)?[，,]\s*"
                           r"(?P<posts>[\u4e00-\u9fff、（）()]{3,60}?)(?:职务)?\s*[；;。]?\s*$")
# a decision list's own title (…人民代表大会常务委员会任免名单) and its adoption line under it
_LIST_TITLE_RE = re.compile(r"(?:任免名单|任命名单|免职名单)\s*$")
_ADOPTED_LINE_RE = re.compile(r"^\s*[（(][^（）()]{6,80}(?:通过|决定)[)）]\s*$")


_LIST_SPANS: list = [None, ()]  # the last text asked and its list rows: the act reader, then the hold readers


def act_list_spans(text: str) -> list[tuple[int, int]]:
    """The rows of a decision's lists (the lines under 任命： / 免去： / 批准任命： that name a
    person and a post): acts of the list's kind, which the hold readers leave alone (a name
    under 免去： holds the post no longer). Read once per text; each caller gets its own list."""
    if _LIST_SPANS[0] is not text:
        _LIST_SPANS[0], _LIST_SPANS[1] = text, tuple(_act_list_spans(text))
    return list(_LIST_SPANS[1])


def _act_list_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    in_list = False
    for pos, body in lines(text):
        if _LIST_HEAD_RE.match(body) or ("名单" in body and _LIST_TITLE_RE.search(body)) or _PIPE_HEADER_RE.search(body) \
                or (body.endswith(("任命：", "任命:", "免去：", "免去:")) and _MEETING_LIST_HEAD_RE.match(body)) \
                or _list_heading(body):  # (no search without 名单)
            in_list = True  # 任命： / 一、任命, or a list's own title (…常务委员会任免名单) with rows under it
        elif in_list and _ADOPTED_LINE_RE.match(body):
            pass  # （2020年12月25日…会议通过）between the title and the rows
        elif in_list and (_LIST_ROW_RE.match(body) or _POST_NAME_ROW_RE.match(body) or _POST_FIRST_ROW_RE.match(body)
                          or _COMMA_ROW_RE.match(body) or _PIPE_ROW_RE.match(body)):
            spans.append((pos, pos + len(body)))  # 张三  县财政局局长 / 县财政局局长：王五 / 省教育厅厅长　王大明
        elif ("任命" in body or "免去" in body or "名单" in body) and (m := TITLE_FIRST_DECISION_RE.search(body)) \
                and post_first_item(body[m.end():]) and not NEW_POST_AFTER_ITEM_RE.match(body, m.end()):
            # …会议决定任命：省教育厅厅长王大明，… (session 22): the items to the sentence's end, and the rows after it
            end = body.find("。", m.end())
            spans.append((pos + m.end(), pos + (end if end >= 0 else len(body))))
            in_list = end < 0 or not body[end + 1:].strip()
        elif body.strip():
            in_list = False
    return spans


_HEADING_TAILS = ("任命", "免去", "免职", "人员", "同志", "干部", "职务", "如下", "名单")


def _list_heading(line: str) -> bool:
    """Does ``line`` end with a clause the act grammar reads as a list's heading (its shape
    list_heading: …会议决定任命下列人员：, …通过的任命名单), whatever sentence stands before it on
    the line? One table decides for the act reader and for the rows the hold readers leave."""
    if not line.rstrip().rstrip("：:").endswith(_HEADING_TAILS):
        return False  # (a test of the line's end, asked of every line: no regex scan of it)
    clause = re.split(r"[，,。；;]", line)[-1].strip()
    shape = grammar.shape("list_heading")
    m = shape.search(clause) if shape.triggered(clause) else None
    return bool(m and m.group("verb"))


_GAP_BETWEEN_HAN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _closed_up(text: str) -> str:
    """``text`` with the gaps between Han characters removed (省教育厅厅长　王大明 → one item)."""
    return _GAP_BETWEEN_HAN_RE.sub("", text)


# "表决通过任命深圳市委书记王伟中，出任广东省副省长": the post before the name is the one held; the new post
# follows the name with its own verb — no list written post first (session 27)
NEW_POST_AFTER_ITEM_RE = re.compile(r"[^、，,；;。\n]+[，,]\s*(?:并|同时)?(?:出任|担任|任(?![命免职务期])|为|兼任|代理)")


def post_first_item(text: str) -> bool:
    """Does ``text`` open with an item written post first, then a name (省教育厅厅长王大明，… /
    省教育厅厅长　王大明)?"""
    item = re.split(r"[、，,；;。\n]", text, maxsplit=1)[0]
    item = _closed_up(re.sub(grammar.MARK, "", item.strip())).removesuffix("同志")
    return any(len(item) > n + 1 and is_person_name(item[-n:]) and (post := parse_post(item[:-n])) is not None
               and post.kind == "hold" for n in (3, 2))


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
        lead = len(line) - len(line.lstrip("# "))  # a heading's "#" marks and the spaces among them
        glosses = {j for m in GLOSS_RE.finditer(line) for j in range(m.start(), m.end())} \
            if ("(" in line or "（" in line or "?" in line or "？" in line) else ()  # (what every gloss opens with)
        if "*" in line or ",、" in line or "，、" in line or glosses:
            # "张高丽,、刘延东": a doubled separator (a page's markup) reads as 、; 关(guān)于: a
            # pinyin gloss inside a word is dropped
            keep = [j for j in range(lead, len(line))
                    if line[j] != "*" and not (line[j] in ",，" and line[j + 1:j + 2] == "、") and j not in glosses]
            out.append("".join([line[j] for j in keep]))
            pos.extend([offset + j for j in keep])
        else:  # the line as it is (one slice, not a step per character)
            out.append(line[lead:])
            pos.extend(range(offset + lead, offset + len(line)))
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        stripped = line.replace("*", "").rstrip()
        join = (
            stripped
            and not heading
            and stripped[-1] not in TERMINAL
            and not nxt.startswith("#")
            and len(stripped) < 200
            and not LINE_ACT_RE.match(nxt)
            and not PAGE_LINE_RE.match(nxt)  # a headline stays apart from the page's address line under it
            # a headline with no comma over a paragraph opened by its date is a sentence of its own
            and not (DATED_LINE.match(nxt) and not re.search("[，,]", stripped))
            # …nor the document's first line (its headline: 北京市委决定：刘东伟任…，郅海杰任…) over its report
            # opened by a date, commas or not (session 24)
            and not (i == 0 and DATED_LINE.match(nxt))
            # …nor a headline of acts, its every clause one (陈平任…主任，郝胜勇任蔡甸区代理区长), over the report
            # under it (经武汉市委同意，…: session 46)
            and not (i == 0 and "，" in stripped and all(LINE_ACT_RE.match(c) for c in stripped.split("，")))
            # …nor over a report opened by its news dateline ("国务院免去徐英伟…职务" over "新华社北京
            # 2月28日电 …国务院2022年2月24日决定：免去…": the report's own sentence keeps its date and
            # decider; session 20)
            and not (NEWS_DATELINE_LINE.match(nxt) and not re.search("[，,]", stripped))
            # a line opened by its day over another one (a chronicle's or a round-up's rows,
            # "9月27日，A任X；B任Y" / "9月26日，…") is an entry of its own
            and not (DATED_LINE.match(nxt) and DATED_LINE.match(stripped))
            and not LIST_LINE_RE.match(nxt)
            and not BULLET_LINE_RE.match(nxt)  # "▶孙爱军履新菏泽市委书记" under "▶王华履新…": items of a round-up
            # a list's heading alone on its line (一、任命 / 决定免去, no colon) never runs into its
            # first row, nor the row before it into the heading
            # (…会议选举结果 over its rows, unless its adoption line follows: read with it; session 32)
            and not (ELECTION_RESULT_TITLE_RE.search(stripped) and not ADOPTION_LINE_RE.match(nxt))
            and not ADOPTION_LINE_RE.match(stripped)  # (an adoption line under a title ends it: the rows follow)
            and not (_COLON_ROW_RE.match(stripped) and _COLON_ROW_RE.match(nxt))  # 主任：A ⏎ 副主任：B、C
            and not ((mh := MODE_HEADING_RE.match(stripped)) and mh.group("verb"))
            and not ((mh := MODE_HEADING_RE.match(nxt.strip())) and mh.group("verb"))
            # rows of a decision's list written without punctuation stay apart from each other
            # and from the numbered heading after them ("刘一平为岳阳市教育局局长" / "二、市人民检察院")
            and not (_LIST_ROW_RE.match(stripped) and (_LIST_ROW_RE.match(nxt) or _NUMBERED_RE.match(nxt)))
            and not (_COMMA_ROW_RE.match(stripped) and _COMMA_ROW_RE.match(nxt))  # 张三丰，…主任 ⏎ 李四光，…局长
            # two lines each opened by an act's verb, written without punctuation ("任命张三为…局长" ⏎
            # "任命李四为…局长"): acts of their own (session 29 probes)
            and not (ACT_VERB_LINE_RE.match(stripped) and ACT_VERB_LINE_RE.match(nxt))
            # …and the last of such rows never runs into the paragraph after the list ("任命耿爽为…大使" ⏎
            # "目前，…"; session 46)
            and not (i > 0 and ACT_VERB_LINE_RE.match(stripped) and ACT_VERB_LINE_RE.match(lines[i - 1]))
            # …nor the last of a round-up's rows "A任X" ⏎ "B任Y" into the section heading or the paragraph
            # after them ("林涛任河源市人大常委会主任" ⏎ "二、本周人事看点"; round 35)
            and not (i > 0 and LINE_ACT_RE.match(stripped) and LINE_ACT_RE.match(lines[i - 1]))
            and not (("|" in stripped or "｜" in stripped) and ("|" in nxt or "｜" in nxt))  # a table's rows stay apart
            # two headlines of an election's report ("黄晓薇当选省政协主席" over "李正印李晓波…当选副主席"): each
            # ends an election of its own (session 26, round 11)
            and not ("当选" in stripped and "当选" in nxt and ELECTED_LINE_END_RE.search(stripped) is not None)
            and not (_POST_FIRST_ROW_RE.match(nxt) and (_POST_FIRST_ROW_RE.match(stripped) or TITLE_FIRST_DECISION_RE.search(stripped)
                                                        or _list_heading(stripped)))  # (…通过的任命名单 over its rows)
        )
        if not join and i + 1 < len(lines):
            out.append("\n")
            pos.append(offset + len(line))
        offset += len(line) + 1
    pos.append(len(text))
    return "".join(out), pos


_NEVER_IN_NAME = set("的了们您我你他她它这那其该此年月日号届次任免职期示除因")  # 除: 王浩除接任…外 (session 29); 因: 张三因被任命为… (session 35)
# …that may still open a name as its surname: 前任黄山市委书记任泽锋调任…
_SURNAME_VERBS = set("任")
# a character that ends a verb rather than a name: 卸任, 就任, 出任, 接任, 担任, 兼任 …
_VERB_HEAD = set("卸就出接担兼转调升改现原曾历继时后仍也又亦还即则")  # 时任, 后任, 仍任, 则转任: an adverb, no name


def _never_in(name: str) -> set[str]:
    """The characters :data:`_NEVER_IN_NAME` forbids in ``name``: a three-character name may hold
    月 or 日 after its surname (陈月洪, 丁新月, 黄日波, 王旭日), and 任 right after it (王任重: 任
    ending a name would be the verb, 王强任…)."""
    if len(name) != 3:
        return _NEVER_IN_NAME
    return _NEVER_IN_NAME - {"月", "日", "任"} if name[1] == "任" else _NEVER_IN_NAME - {"月", "日"}


def _relaxed_name(name: str) -> bool:
    """A name with a known surname whose other characters may include the function-word
    characters kg.names refuses in running text (邓向阳, 朱永和, 李为民) — used only where the
    text delimits the name itself (a 、 list, 的 / 同志 after it)."""
    from kg.names import not_names

    if name in not_names():
        return False  # 官员, 常委: words, never names
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) or set(name[1:]) & _never_in(name):
        return False
    return is_person_name(name[0] + "某" * (len(name) - 1)) or is_person_name(name[:2] + "某" * (len(name) - 2))


# …that is a surname too (向力力, 向巴平措): a name's first character only right after a title or a boundary
_SURNAME_PREPOSITIONS = set("向申")  # (申 of 申请 / 申报, and of 申长友, 申维辰: session 24)
# a sentence reading out someone's résumé (…的简历显示，X任…): its posts are holdings
RESUME_SHOWN_RE = re.compile(r"(?:简历|履历)(?:中)?显示")
# the verbs of an act, none of which a dotted name starts with or runs into (任命艾尔肯·吐尼亚孜: session 30)
_LEAD_VERBS = "宣布|决定|同意|批准|接受|免去|任命|撤销|罢免|选举|补选"
_VERB_WORD_RE = re.compile(_LEAD_VERBS + "|聘任|提请")
# a verb a list of names may be read with (宣布徐佐、田成…: session 23, the new traditional pages)
LEAD_VERB_RE = re.compile(rf"^(?:{_LEAD_VERBS})+(?=[\u4e00-\u9fff]{{2}})")
# a post written as a reference to the one just named: 该职, 此职, 该职务, 上述职务
REFERRED_POST_RE = re.compile(r"(?:该|此|上述|相应)(?:职(?:务|位)?)?")  # (不再担任该职务: the shape leaves 该 before 职务; 免去A相应职务: round 35)
_NOT_NAME_START = set("其该本原现新前各全省市县区镇乡州旗盟国中我你他她这那由经并和及与或被将对从向在为是接特申提请关同批"
                      "个后又再先即遂随已")


def plausible_name(name: str) -> bool:
    """A name the text delimits on both sides (任命X为, 免去X的, 接受X辞去, X同志) may lack a
    known surname (谌贻琴, 茆荣华, 巴音朝鲁, 布小林): 2–4 Han characters, or a dotted minority
    name, with no function-word character and no first character that starts phrases."""
    if "·" in name:
        # (never a verb or 为 run into it: 任命艾尔肯·吐尼亚孜为…; 日 transliterates a syllable: 热日古丽; session 30)
        return (bool(re.fullmatch(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,10}", name))
                and not set(name) & (_NEVER_IN_NAME - {"日"}) and name[0] not in _NOT_NAME_START and name[-1] != "为")
    return (bool(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name)) and not set(name) & _NEVER_IN_NAME
            and name[0] not in _NOT_NAME_START and name[-1] not in _VERB_HEAD and "代表" not in name
            and name not in not_names() and not TIME_WORDS.search(name))  # (接受上述4人辞去…: 上述, session 24;
    # 今天上午辞去…: a time of the day, session 26)


def delimited_names(text: str) -> list[str]:
    """Names of a slot the text delimits on both sides: a list (kg.names rules, relaxed as in
    :func:`list_names`), or one plausible name."""
    text = re.sub(grammar.ORDER, "", text)  # 王建国、刘晓红（按姓氏笔画为序）
    text = LEAD_VERB_RE.sub("", text)  # "宣布徐佐、田成…的代表资格终止": the verb before the list is no part of a name
    text = POST_NOTE_RE.sub("", text)  # 王强（县委副书记）: the posts are no part of the name
    names = list_names(text)
    if names:
        return names
    one = clean_name(re.sub(grammar.MARK, "", text))
    # (a name of three ending in 升, delimited: 选举胡昌升为… — no 升为 between a name and 为; round 36)
    return [one] if plausible_name(one) or (len(one) == 4 and is_person_name(one, delimited=True)) \
        or (len(one) == 3 and one[-1] == "升" and is_person_name(one, delimited=True)) else []


# an item of a list whose name lost a character in conversion (马?: the page's encoding could not hold 飚):
# no person kg can name, and no reason to drop the list's other names (session 38)
LOST_NAME_ITEM_RE = re.compile(r"(?:(?<=、)|^)[\u4e00-\u9fff]{1,3}[?？]+(?:、|(?=[，,。；;等]|$))")


def list_names(text: str) -> list[str]:
    """The names of a list as acts write them (kg.names.split_names). In an explicit list
    (parts separated by 、), a part is accepted with a known surname even when it holds a
    function-word character (邓向阳); in a list of three or more, a part without a known
    surname is still accepted when it is 2–4 Han characters (a Mongolian, Tibetan or Uyghur
    name: 阿古拉, 额尔登图, 昂毛) and at least two thirds of the list are known-surname names."""
    text = re.sub(grammar.ORDER, "", text)  # 王建国、刘晓红（按姓氏笔画为序）
    if "?" in text or "？" in text:
        text = LOST_NAME_ITEM_RE.sub("", text)  # "…、王正伟、马?、齐续春": a name a character of which was lost
    text = LEAD_VERB_RE.sub("", text)  # "宣布徐佐、田成…的代表资格终止": the verb before the list is no part of a name
    text = POST_NOTE_RE.sub("", text)
    names = split_names(text)
    # a last character that may start a verb (升任, 调任) is one only where a verb can follow:
    # never before 、 or a closing 等3人 / 同志 / （女） (王东升、…, 王东升等34人为…)
    marked = bool(re.search(r"(?:等|同志|[位名人]|[)）])\s*$", text))
    if names and not any(n[0] in "后又再先即遂随已个" for n in names) \
            and (marked or names[-1][-1] not in _VERB_HEAD):
        return names
    text = re.sub(grammar.MARK, "", re.sub(r"\s+", "", text))
    parts = [clean_name(p) for p in re.split(r"[、，,]", text) if p]
    parts = [split_names(p)[0] if split_names(p) else p for p in parts]
    if len(parts) == 1 and len(parts[0]) == 3 and is_person_name(parts[0], delimited=True) \
            and not set(parts[0][1:]) & set("会名同现则为向") \
            and parts[0][-1] not in _VERB_HEAD and parts[0][0] not in "后又再先即遂随已个":
        return parts  # "…，蒋日旺为…副主席": one name written whole between the list's separators (日 / 年 / 和
        # in a name; never 同 of 同志 cut: 刘刚同|志…)
    if len(parts) < 2:
        return []
    if any(p[-1:] in _VERB_HEAD or p[:1] in "后又再先即遂随已个" for p in parts):
        return []
    strict = sum(is_person_name(p) or _relaxed_name(p) for p in parts)
    if strict == len(parts):
        return parts
    # (a part kg.names accepts as it stands is plausible at any length: 华尔功成烈, a Tibetan name of five; session 41)
    plausible = all((re.fullmatch(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,10}", p) or is_person_name(p))
                    and not set(p[1:]) & _never_in(p) for p in parts)
    return parts if len(parts) >= 3 and plausible and strict * 3 >= len(parts) * 2 else []


_NAME_LENGTH_PREFERENCE = {3: 2, 2: 1}
_NAME_SUFFIX_RE = re.compile(rf"(?:{grammar.MARK})?(?:{HONORIFIC})?(?:{grammar.MARK})?(?:等[0-9两二三四五六七八九十]+[位名人])?$")
_BOUNDARY_AFTER = tuple("、，,：:；;（(）) \n") + ("同志", "的", "由", "和", "及", "与",
                                                      "祝贺", "感谢", "欢迎", "恭喜")  # 祝贺周健同志当选: 周健, never 贺周健


SESSION_TITLES = ("执行主席", "常务主席")
SESSION_BODY_RE = re.compile(r"^(?:本次|本届)?(?:大会|会议|预备会议)$|主席团$")


def _session_post(post: PostReading) -> bool:
    """A post of a congress's session (大会秘书长, 大会执行主席, 主席团常务主席): a holding of the
    session (kg.extract.mentions reads it), not an act."""
    return post.title in SESSION_TITLES or bool(post.org_text and SESSION_BODY_RE.search(post.org_text))


# a 公示 entry's head written as a sentence of its own (name, sex, …, 现任…。) and the sentence after it that
# opens with the post proposed (拟任…。): that sentence speaks of the entry's person (session 22 probes)
ENTRY_HEAD_RE = re.compile(rf"^\s*(?:[0-9一二三四五六七八九十]+[、.．]\s*)?(?P<name>{grammar.NAME}){grammar.MARK}?(?:同志)?"
                           r"[，,][男女][，,][^。拟]*(?:现任|现为)[^。拟]*。?\s*$")
PROPOSED_LEAD_RE = re.compile(r"^\s*(?:拟任|拟提拔为|拟提拔任|拟提名为|拟晋升为)")


class _PersonAfter(list[str]):
    """``_named_person(clause, before)``, worked out when first read: a clause that gives no act
    hands it to the clauses after it, and most never read it (trailing_names on every clause
    was a third of the act reader's time). Read only by iteration (list(person)); a chain of
    such clauses is resolved in a loop, from the last, only as far back as needed."""

    def __init__(self, clause: str, before: list[str]):
        super().__init__()
        self._clause: str | None = clause
        self._before = before

    def _fill(self) -> None:
        if self._clause is None:
            return
        pending: list[_PersonAfter] = []
        node: list[str] = self
        while isinstance(node, _PersonAfter) and node._clause is not None:
            pending.append(node)
            named = _named_person(node._clause, node._before)
            if named is not node._before:  # the clause names its own person
                break
            node = node._before
        else:
            named = list(node)  # a plain list, or one already worked out
        for p in pending:
            p._clause = None
            list.extend(p, named)

    def __iter__(self) -> Iterator[str]:
        self._fill()
        return super().__iter__()

    def __len__(self) -> int:
        self._fill()
        return super().__len__()


# ranks of membership a successor is not said to take with the office (免去A的市委书记、常委、委员职务，B接任)
_MEMBER_TITLES = frozenset(("常委", "委员", "成员", "党组成员", "党委委员", "常务委员"))


def _one_office(removed: Sequence[PostReading]) -> bool:
    """Whether the posts just removed are one office a successor takes whole: one post, or the
    heads of one body (免去肖钢的中国证监会党委书记及中国证监会主席的职务，由刘士余接任; session 35),
    never with ranks of membership beside them (书记、常委、委员: which B takes, unsaid)."""
    if len(removed) == 1:
        return True
    return len({p.org for p in removed}) == 1 and removed[0].org is not None \
        and not any(p.title in _MEMBER_TITLES for p in removed)


def _named_person(clause: str, person: list[str]) -> list[str]:
    """The person the next clauses speak of (调任…, 并拟任…) after a clause that gives no act: the
    names it ends with when they stand alone or after a title (宣布原福建漳州市市长李建国，调任…;
    黄强，调任…), else the person as before."""
    from kg.titles import ends_with_title

    if "因" in clause and (reason := REASON_CLAUSE_RE.match(clause)) and is_person_name(reason.group(1)):
        return [reason.group(1)]  # "张建国因个人原因，向…提出辞去…": the subject of the reason (session 20)
    if "因" in clause and (reason := REASON_LIST_RE.match(clause)) and (names := list_names(reason.group(1))):
        return names  # "乔延春、齐乃贵因年龄原因，不再担任…": the list the reason is given of (session 33)
    found = trailing_names(clause) if len(clause) <= 60 else None
    if found and found[1] and (took := SUCCEEDED_BEFORE_RE.search(clause, 0, found[1])):
        # "深圳市委书记王荣接替…被查下台的广东省政协前主席朱明国，出任…": the one named after 接替 is the
        # predecessor; who the next clause speaks of is the name before the verb, else no one (round 36)
        before = trailing_names(clause[:took.start()])
        return before[0] if before and (before[1] == 0 or ends_with_title(clause[:before[1]])) else []
    if found and (found[1] == 0 or ends_with_title(clause[:found[1]])
                  or BORN_BEFORE_RE.search(clause[:found[1]])
                  # "现将拟提拔任用干部人选公示如下：张建国，男，…，拟任…": the first name after a list's colon (session 20)
                  or clause[:found[1]].rstrip().endswith(("：", ":"))):
        return found[0]
    if len(clause) <= 60 and not clause.lstrip().startswith(("以及", "及", "和")) and _names_titled(clause):
        return []  # "原常务副省长李群首次出现在名单中，担任…": someone named after a title inside the clause
        # may be who the next clauses speak of: no one rather than the person before (session 33;
        # ``person`` is not read here: reading it would work out the whole chain before it)
    return person


def _another_titled_person(text: str) -> bool:
    """Whether the posts ``text`` hold a person named after a title and joined to what follows by
    和 / 及 / 与 (政委罗来平和县公安局党委书记…; session 42): the posts of two people."""
    from kg.titles import ends_with_title

    for j, ch in enumerate(text):
        if ch in "和及与" and j >= 4:
            for n in (3, 2):
                if is_person_name(text[j - n:j]) and ends_with_title(text[:j - n]):
                    return True
    return False


def _names_titled(clause: str) -> bool:
    """Whether ``clause`` names someone right after a title (…常务副省长李群首次…)."""
    from kg.titles import ends_with_title

    for i in range(2, len(clause) - 1):
        if "\u4e00" <= clause[i] <= "\u9fff" and ends_with_title(clause[:i]):
            if any(is_person_name(clause[i:i + n]) for n in (3, 2) if i + n <= len(clause)):
                return True
    return False


# "this school" (该校校长): the school named last before it (ActReader._this_school)
THIS_SCHOOL_WORDS = frozenset(("该校", "該校"))
SCHOOL_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:大学|大學|学院|學院)(?![\u4e00-\u9fff]{0,3}(?:院|系|所))")
SCHOOL_LEAD_CHARS = "在向到赴于對对的了为為和与與及从從是"  # the words before a school's name in its sentence


# resignations accepted, the people written after their posts ("批准政务司长林郑月娥及财政司长曾俊华辞职")
TITLED_RESIGNATIONS_RE = re.compile(r"(?:批准|接受|同意)了?(?P<list>[\u4e00-\u9fff、]{5,80}?)(?:的)?辞职(?!报告)")
# the post a meeting chose its holder for, told before who took it ("选出新的政协主席，A…出任…")
CHOSEN_POST_RE = re.compile(r"选出(?:了)?(?:新的|新一任|新任)(?P<title>[\u4e00-\u9fff]{2,10}?)[，,]")
# a verb of succeeding, the predecessor after it (_named_person)
SUCCEEDED_BEFORE_RE = re.compile(r"接替|代替|顶替|替代|接任")
# a clause that is a name and the reason it gives (张建国因个人原因 / 李明因工作变动，…)
# (a reason as long as another post's taking: 王晓玲因被任命为市委常委、宣传部长，不再担任…; session 35)
# (a long reason: 陈良宇因涉及「上海社保案」等四项严重违纪问题被中纪委立案检查，并被免去…; round 36)
REASON_CLAUSE_RE = re.compile(rf"^\s*({NAME})(?:同志)?因[^，,；;。]{{1,40}}$")
# a body written with its level only (区委, 地委, 县政府): placed by the person's own post before the name
SUBJECT_LEVEL_BODY_RE = re.compile(r"(?:省|自治区|[区县市州地旗盟])(?:委|政府|人民政府|人大常委会|政协)"
                                   r"(?:[\u4e00-\u9fff]{1,8}?(?:部|局|厅|办|委|委员会))?")  # (省委宣传部)
SUBJECT_POST_LEAD_RE = re.compile(r"^\s*(?:时任|現任|现任|原任|原)")
# a list of names and the reason given of them all (乔延春、齐乃贵因年龄原因 / A、B等同志因工作变动)
REASON_LIST_RE = re.compile(r"^\s*([\u4e00-\u9fff·（）()]{2,12}(?:、[\u4e00-\u9fff·（）()]{2,12}){1,30}(?:等)?(?:\d+名|[一二三四五六七八九十]+名)?(?:同志)?)"
                            r"(?:均|都|分别)?因[^，,；;。]{1,12}$")
# "生于1980年5月的阳波，被任命为…", "1963年出生的胡泽，…": a birth or an age right before a name
# (and a word of who the person is after 的: 生于1982年10月的彝族女干部段颖，升任…; 54岁的黑龙江人叶青纯; session 35)
# (an age told against others: 比上述两人大1岁的郑岳林; session 42)
BORN_BEFORE_RE = re.compile(r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出)?生|(?:出)?生于(?:19|20)\d{2}年(?:\d{1,2}月)?|\d{2}岁"
                            r"|[大小][0-9一二三四五六七八九十两]{1,3}岁)的"
                            r"(?:[\u4e00-\u9fff]{0,4}?(?:干部|官员|人))?$")


def _boundary_before(text: str) -> bool:
    """Whether a name may start right after ``text``: at the start, after punctuation or a
    function word, or after a title (副主任李昭, 书记李锦斌)."""
    from kg.titles import ends_with_title

    if not text or text.endswith(_BOUNDARY_AFTER):
        return True
    return ends_with_title(text)


def _suffix_length(text: str) -> int:
    """The length of what follows the names at the end of ``text`` (（女）, 同志, 等3人)."""
    if not text or text[-1] not in ")）志位名人生士官将":
        return 0  # every part ends with one of these: only the empty match (a search tried every offset)
    m = _NAME_SUFFIX_RE.search(text)  # it matches everywhere (every part is optional)
    if m and not m.group(0) and "、" in text and (count := _LIST_COUNT_RE.search(text)):
        return len(count.group(0))  # "杨宁、李建明、杜兆才三人任…": a list's count without 等 (session 35)
    return len(m.group(0)) if m else 0


_LIST_COUNT_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:[两二三四五六七八九十]|[1-9]\d?)[位名人]$")


# a title inside what would be a dotted name's first part (政府主席努尔·白克力): the name starts after it
_DOT_LEAD_TITLE_RE = re.compile(r"主席|书记|主任|委员|长|员")


def _dot_name_cut(text: str, start: int, cand: str) -> bool:
    """Whether a dotted name read from ``start`` cuts into an act's verb or ends with 为: neither the
    verb before a dotted name nor 为 after it is part of it (任命艾尔肯·吐尼亚孜为…; session 30)."""
    verb = _VERB_WORD_RE.search(text, max(0, start - 1), start + 2)
    return cand.endswith("为") or (verb is not None and verb.start() <= start < verb.end())


def trailing_names(text: str) -> tuple[list[str], int] | None:
    """The list of names that ends ``text`` ("…主任刘雅鸣" → [刘雅鸣]; "…副主席是A、B" → [A, B]),
    and where it starts; None when the text does not end with a valid name. Each name is the
    candidate (three characters, else two, else four; a dotted minority name whole) that starts
    at a plausible boundary."""
    if "·" not in text and any(d in text for d in "‧•・"):
        text = re.sub("[‧•・]", "·", text)  # a dot variant of a minority name (努尔‧白克力), the same length
    end = len(text) - _suffix_length(text)
    comrade = "同志" in text[end:]
    names: list[str] = []
    start = end
    while end > 0:
        best: tuple[tuple[int, int], str] | None = None
        dotted = re.search(r"[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,10}$", text[:end]) if "·" in text else None
        # (a dotted name's first part may be shorter than the run of Han characters before the dot:
        # "自治区政府主席努尔·白克力" → 努尔·白克力, the one written after a boundary)
        cands = [c for k in range(dotted.group(0).index("·") - 1)
                 if not _DOT_LEAD_TITLE_RE.search((c := dotted.group(0)[k:]).split("·")[0][:-1])] if dotted \
            else [text[end - n:end] for n in (3, 2, 4) if end - n >= 0]
        for cand in cands:
            if end - len(cand) == 0 and ends_in_nian(cand):
                score = (1, _NAME_LENGTH_PREFERENCE.get(3, 0))  # 岳君年拟提名为… opening its clause (round 35)
                if best is None or score > best[0]:
                    best = (score, cand)
                continue
            if set(cand[1:]) & (_NEVER_IN_NAME - {"其"} if len(cand) == 3 and cand[1] == "其" else _NEVER_IN_NAME) \
                    or (cand[0] in _NEVER_IN_NAME and cand[0] not in _SURNAME_VERBS) \
                    or (cand[0] in _NOT_NAME_START and cand[0] not in _SURNAME_PREPOSITIONS) \
                    or cand[-1] in _VERB_HEAD or "代表" in cand \
                    or ("·" in cand and (_dot_name_cut(text, end - len(cand), cand) or not is_dot_name(cand))) \
                    or starts_inside_word(text, end - len(cand)):
                continue  # (关于周锋同志担任…: 周锋, never 于周锋 — as grammar.NAME reads it; session 30)
            boundary = _boundary_before(text[:end - len(cand)])
            if cand[0] in _SURNAME_PREPOSITIONS and not (boundary and len(cand) == 3 and is_person_name(cand)):
                continue  # "秘书长向力力出任…": 向 the surname only where a name may start, three characters whole
            if not (is_person_name(cand) or "·" in cand or (boundary and _relaxed_name(cand))
                    # (a Hong Kong married name after a title: 邮政署长丁叶燕薇出任…, 常秘杨何蓓茵; session 39)
                    or (boundary and len(cand) == 4 and married_name(cand))
                    or (end - len(cand) == 0 and comrade and len(cand) == 3 and plausible_name(cand))):
                # (the whole clause's head, closed by 同志: "，郅海杰同志任…" — a name kg's surnames lack,
                # delimited on both sides; session 24)
                continue
            score = (int(boundary), _NAME_LENGTH_PREFERENCE.get(len(cand), 0))
            if best is None or score > best[0]:
                best = (score, cand)
        if best is None:
            break
        if not best[0][0] and any(len(c) == 3 and c[0] not in _NEVER_IN_NAME and c[0] not in _NOT_NAME_START
                                  and re.fullmatch(r"[\u4e00-\u9fff]{3}", c)
                                  and _boundary_before(text[:end - 3]) for c in cands):
            break  # "区委书记沐华平升任…": 华平 starts at no boundary, the name is 沐华平 (a surname kg lacks): no name
        names.insert(0, best[1])
        start = end = end - len(best[1])
        last = text[end - 1] if end else ""  # a separator ends with 、，, a space or a mark's bracket
        # (和 joins the last two names: 张勇和毕井泉不再担任…)
        sep = re.search(rf"(?:{grammar.MARK})?(?:同志)?\s?(?:[、，,]|(?<=[\u4e00-\u9fff])和)\s?(?:{grammar.MARK})?$", text[:end]) \
            if last and (last in "、，,)）和" or last.isspace()) else None
        if not sep or not names:
            break
        prev = text[:end - len(sep.group(0))]
        if not re.search(r"[\u4e00-\u9fff]$", prev):
            break
        end = len(prev) - _suffix_length(prev)
    return (names, start) if names else None


def titled_names(text: str, jur: str | None) -> list[str]:
    """The people of a list each written with their posts ("吉林省副省长蔡东、吉林省副省长李伟、白城市委
    书记李明伟" → [蔡东, 李伟, 李明伟]): items separated by 、 end with a name after posts, or are posts
    of the next item ("省委常委、副省长李四"); [] unless every item is one or the other and the
    list ends with a name."""
    if "的" in text and (led := _titled_after_lead(text, jur)):
        return led
    names: list[str] = []
    pending = False  # posts waiting for their name
    for item in re.split(r"[、]", text):
        found = trailing_names(item)
        if found and len(found[0]) == 1 and found[1] > 0 and parse_posts(item[:found[1]], jur):
            names.append(found[0][0])
            pending = False
        elif parse_posts(item, jur) and not found:
            pending = True
        else:
            return []
    return names if names and not pending else []


def titled_posts(text: str, jur: str | None) -> list[tuple[str, list[PostReading]]]:
    """Each person of a list written "post name" with the post they take ("都发局长庄德梁、卫生局长陈怡
    及交通局长林炎成" → 庄德梁 局长 of 都发局 …): items separated by 、, an item split again at 及 / 和 only
    when each part is such an item (房屋及规划地政局 is one body); [] unless every item is (session 46)."""
    out: list[tuple[str, list[PostReading]]] = []
    for item in text.split("、"):
        pieces = re.split(r"以及|及|和", item)
        parts = [_post_name_item(piece, jur) for piece in pieces] if len(pieces) > 1 else []
        if not parts or any(part is None for part in parts):
            parts = [_post_name_item(item, jur)]
        if any(part is None for part in parts):
            return []
        out += [part for part in parts if part is not None]
    return out


def _post_name_item(item: str, jur: str | None) -> tuple[str, list[PostReading]] | None:
    """(name, posts) of one "post name" item (卫生局长陈怡), else None."""
    found = trailing_names(item)
    if not found or len(found[0]) != 1 or found[1] == 0:
        return None
    posts = parse_posts(item[:found[1]], jur)
    return (found[0][0], posts) if posts else None


def _titled_after_lead(text: str, jur: str | None) -> list[str]:
    """A titled list after a lead-in that ends with 的 ("以上届候补中委身分担任省长、市长的广东省省长
    朱小丹、…"; "…担任「封疆大吏」的湖北省委书记李鸿忠、…"): the list after the first 的 that starts one
    (session 19)."""
    at = text.find("的")
    while at >= 0:
        rest = text[at + 1:]
        if rest and "的" not in rest and (found := titled_names(rest, jur)):
            return found
        at = text.find("的", at + 1)
    return []


_TERM_RE = re.compile(r"第[0-9一二三四五六七八九十]+届")


def _own_congress_deputy(decider: str, post: PostReading) -> bool:
    """A deputy of the congress whose own standing committee is the decider (临桂区人大常委会 and
    临桂区第二届人民代表大会代表): the voters of a constituency elect them, the committee only reports it
    (docs/conventions.md: a constituency is no decider). A standing committee's 补选 of deputies to the
    congress above (…区人大常委会补选张三为市人民代表大会代表) stays decided by it (round 37)."""
    if post.title != "代表" or not post.org or not decider.endswith("人民代表大会常务委员会"):
        return False
    return _TERM_RE.sub("", post.org) == decider.removesuffix("常务委员会")


def _other_place(decider: str, org: str, jur: str | None) -> bool:
    """Do a local deciding body and the post's body lie in places neither of which contains the
    other (江西省人大常委会 and 贵州省人民政府)? A national body reaches every place, a place's body
    its own and those below it, and a lower body may elect into a higher one (deputies)."""
    d, o = parse_org(decider, jur), parse_org(org, jur)
    if d is None or o is None or not d.jurisdiction or not o.jurisdiction:
        return False
    top = nation()
    if top in (d.jurisdiction, o.jurisdiction):
        return False
    return not (o.jurisdiction.startswith(d.jurisdiction) or d.jurisdiction.startswith(o.jurisdiction))


# "A、B分别任X、Y" / "分别由A、B，出任X、Y": names and posts paired in order (ActReader._respective)
# (分任 as 分别任: 孙卫东、廖力强分任驻印度、埃及大使; session 35)
# (a comma before 分别: "中共中央政治局常委赵乐际和王沪宁，分别当选全国人大委员长与全国政协主席"; round 31)
RESPECTIVE_RE = re.compile(
    r"(?:分别由(?P<names1>[^，,；;。：:]{2,60}?)[，,]?(?:出任|担任|接任|任)"
    r"|(?P<names2>[^，,；;。：:]{2,60}?)[，,]?(?:分别(?:出任|担任|升任|调任|转任|接任|当选为?|被选举为|(?:获|被)(?:任命|委任)为|任|为)|分任))(?![命职务期免])"
    r"(?P<posts>[^，,；;。：:]{2,120}?)(?:职务)?(?=[，,；;。]|$)")
# a headline's next clause after a space ("郭庚茂辞去河南省人大常委会主任 谢伏瞻辞省长"): no part of the posts
NEXT_HEADLINE_CLAUSE_RE = re.compile(r"[ \u3000]+(?=[\u4e00-\u9fff]{2,4}?(?<![主兼责])(?:辞去|辞任|辞|任|免去|免|当选|出任|接任|调任|升任))"
                                     # (两人 run together: "郭树清辞去山东省省长 孙伟张务锋辞去副省长职务"; session 42)
                                     r"|[ \u3000]+(?=[\u4e00-\u9fff]{5,8}?(?:辞去|辞任|免去|当选|出任|接任|调任|升任))"
                                     # (the headline's next item, the meeting's other business: "决定任命丁某为省政府
                                     # 副省长 表决通过《…条例》等"; round 37)
                                     r"|[ \u3000]+(?=(?:表决|审议|听取|批准|通过)[\u4e00-\u9fff《])"
                                     # (…检察长 125人当选…代表: the normalizer joins a space before a digit; session 42)
                                     r"|(?<=[\u4e00-\u9fff])[0-9０-９]+(?:人|名|位)(?=当选|获选|被选)")
# the team the people listed join before their posts are told ("A、B加入问责班子，分别获任命为X及Y"; round 36)
JOINED_TEAM_RE = re.compile(r"(?:加入|进入)[\u4e00-\u9fff]{2,10}$")
# posts joined by 或 (either … or …), said of several people at once
EITHER_POSTS_RE = re.compile(r"(?:委员|主任|长|员|书记|主席)或[\u4e00-\u9fff]")
# the press's frame before what it reports ("此前不久，某网亦曾报道，A、B分别任…"): the statement starts after it
REPORTED_RE = re.compile(r"(?:报道|报导|获悉|消息|披露)[，,：:]")


def _reported_from(text: str, end: int) -> int:
    """Where the reported statement starts: after the last frame of the press before ``end``, else 0."""
    found = [m.end() for m in REPORTED_RE.finditer(text, 0, end)]
    return found[-1] if found else 0


# "新聘任的国务院参事A、B和中央文史研究馆馆员C、D颁发聘书": people just hired, posts then names, up to the
# verb of the ceremony or the clause's end (ActReader._hired_list; session 35)
HIRED_LIST_RE = re.compile(r"(?:新聘任的|新聘的|新任命的)(?P<list>[^，,。；;：:\n]{4,240}?)"
                           r"(?=(?:一一|逐一|分别)?(?:颁发|颁授|授予)|合影|座谈|出席|参加|[，,。；;：:\n]|$)")  # (…陈晓光一一颁发聘书: session 39)
HIRED_PART_SPLIT_RE = re.compile(r"以及|和|及")
# a career line or a statement of who holds posts (2016年，A、B分别任…; 目前…; 曾分别任…)
RESPECTIVE_SKIP_RE = re.compile(r"^\s*(?:从|自|于|在)?(?:\d{4}|[一二〇○]{4})年|历任|期间|以来|目前|此前|之前|先后|时任"
                                # (曾 as the surname opens no past: 曾国卫、薛永恒分别获任命为…; round 36)
                                r"|曾(?:经|任|担任|兼任|出任|在|于|是|为|先后|分别|一度|长期|多年)"
                                r"|(?:调整|上任|到任|赴任|履新|调任|任职)前[，,]")  # (调整前，A、B分别任…: the posts before; session 25)


def _places_before_title(items: list[str], jur: str | None) -> list[list[PostReading]] | None:
    """"吉林、湖南、贵州、云南省委书记": places written bare before the last one's title; each
    place with that title (吉林省委书记 …), or None when they do not read so."""
    if items[0].startswith("驻"):  # 分别出任驻俄罗斯、日本大使: each a mission (session 35)
        items = [i if i.startswith("驻") else "驻" + i for i in items]
    last = re.sub(r"^([\u4e00-\u9fff]{2,8})的(?=[\u4e00-\u9fff]{2,6}$)", r"\1", items[-1])  # (…、台中市的市长; session 42)
    if any(parse_posts(i, jur) for i in items[:-1]):
        return None  # 环境局副局长、保安局副局长: posts each whole, no bare places (round 28)
    for k in range(2, min(len(last) - 1, 8)):
        suffix = last[k:]
        if not all(2 <= len(i) <= 8 for i in items[:-1]):
            return None
        posts = [parse_posts(i + suffix, jur) for i in items[:-1]] + [parse_posts(last, jur)]
        if len(posts[-1]) == 1 and all(len(p) == 1 and p[0].org and p[0].title == posts[-1][0].title for p in posts) \
                and len({p[0].org for p in posts}) == len(posts):
            return posts
    return None


FORMER_POSTS_RE = re.compile(r"^(?:原任|时任|原)(?P<posts>[^，,；;。]{2,60})的$")


def _of_former_body(posts: list[PostReading], before: str, jur: str | None) -> list[PostReading]:
    """"原任中共西藏自治区党委常务副书记的吴英杰升任书记": a bare title after the person's former
    post is that body's when the two titles are siblings (常务副书记 → 书记 of the same committee)."""
    m = FORMER_POSTS_RE.match(before.strip()) if posts and any(not p.org_text for p in posts) else None
    if m is None:
        return _of_own_place(posts, before, jur)
    prior = [q for q in parse_posts(m.group("posts"), jur) if q.org]
    out = []
    for p in posts:
        # (before the body a bare title carries from the act before it: the person's own comes first)
        body = next((q.org for q in prior if siblings(q.title, p.title)), None) if not p.org_text else None
        out.append(replace(p, org=body) if body else p)
    return out


# a body written with its level only (省委书记, 省长): the document's place, unless the person's own
# post written right before the name places it elsewhere
LEVEL_ONLY_BODIES = ("省委", "市委", "县委", "区委", "州委", "自治区党委", "省政府", "市政府", "县政府", "区政府")
OWN_POST_LEAD_RE = re.compile(r"(?:^|[，,；;：:、])(?:\d{1,2}日)?(?:原|时任|现任)?(?P<posts>[^，,；;：:。、]{4,40})$")  # (27日福建省…: the day first)


# a post of a named place written earlier in the sentence (北京市委书记, 辽宁省副省长)
OTHER_PLACE_POST_RE = re.compile(r"(?<=[省市])(?:委|政府|人民政府)?(?:常务)?(?:副)?(?:书记|省长|市长)")


def _of_own_place(posts: list[PostReading], before: str, jur: str | None) -> list[PostReading]:
    """"辽宁省委副书记陈求发升任省委书记": a post written with its level only (省委, or a bare 省长)
    after the person's own post in another place is that place's body when the two titles are
    siblings (副书记 → 书记 of 中共辽宁省委员会), never the document's (session 20, trad breadth)."""
    if not any((p.org_text in LEVEL_ONLY_BODIES) or not p.org_text for p in posts):
        return posts
    m = OWN_POST_LEAD_RE.search(before.rstrip())
    prior = [q for q in parse_posts(m.group("posts"), jur) if q.org and q.org_text
             and q.org_text not in LEVEL_ONLY_BODIES] if m else []
    if not prior:
        return posts
    from kg.orgs import parse_org

    out: list[PostReading] = []
    for p in posts:
        q = next((q for q in prior if siblings(q.title, p.title)), None) if jur else None
        if q is not None and p.org != q.org and ((p.org_text in LEVEL_ONLY_BODIES) or (not p.org_text and p.org)):
            a, b = parse_org(p.org, jur) if p.org else None, parse_org(q.org, jur)
            if b is not None and (a is None or a.type == b.type):
                p = replace(p, org=q.org)
        elif q is None and ((p.org_text in LEVEL_ONLY_BODIES) or not p.org_text):
            p = _in_own_place(p, prior)
        elif p.org is None and p.org_text in COMMITTEE_DEPTS and out and out[-1].org \
                and (dept := parse_org(out[-1].org + p.org_text)) is not None and dept.type == "department":
            p = replace(p, org=dept.name)  # "…升任市委常委兼宣传部长": that committee's department
        out.append(p)
    return out


# a party committee's departments, written bare after a post of the committee
COMMITTEE_DEPTS = ("宣传部", "组织部", "统战部")
# the level markers a place's name ends with, where its chain may be cut (福建省|莆田市|仙游县)
PLACE_CUT_RE = re.compile(r"(?:自治区|自治州|自治县|[省市区县州盟旗])")


def _in_own_place(post: PostReading, prior: list[PostReading]) -> PostReading:
    """"福建省莆田市委书记周联清升任副省长", "重庆江北区委书记燕平升任市委常委": a title written bare
    or with its level only, after the person's own post, is that place's or the place above it of
    the title's level (福建省人民政府, 中共重庆市委员会): a move written without a place stays in the
    person's province or city (session 29; a move elsewhere names its place)."""
    from kg.orgs import parse_org
    from kg.titles import implied_org

    info = parse_org(prior[0].org or "")
    place = info.jurisdiction if info is not None else None
    if not place:
        return post
    cuts = [m.end() for m in PLACE_CUT_RE.finditer(place)]
    for end in cuts:  # the province first: 副省长 is the province's, 副市长 the city's
        scope = place[:end]
        if post.org_text:
            found = [q for q in parse_posts(post.org_text + post.title, scope) if q.org]
            org = found[0].org if len(found) == 1 and found[0].title == post.title else None
        else:
            org = implied_org(post.title, scope)
        if org:
            return replace(post, org=org)
    return post


def whole_name_before_ren(name: str, after: str, text: str) -> str:
    """"中共中央批准胡昌升任…": 胡昌 + 升任 or 胡昌升 + 任? The longer name when the document
    writes it whole elsewhere, followed by anything but 任 (胡昌升来到指挥部, 胡昌升已任…)."""
    if len(after) < 2 or after[0] not in _VERB_HEAD or after[1] != "任" or len(name) > 3:
        return name
    whole = name + after[0]
    if not is_person_name(whole) or not re.search(re.escape(whole) + WHOLE_NAME_AFTER, text):
        return name  # (刘捷出席 is 刘捷 + 出席: only a delimiter or a verb that follows names counts)
    return whole


def titled_item_name(item: str) -> str | None:
    """The name of a list's item written posts then name (原驻日大使崔天凯 → 崔天凯), None when the item
    is not one."""
    item = FORMER_MARK_RE.sub("", _closed_up(re.sub(grammar.MARK, "", item.strip())).removesuffix("同志"))
    return next((item[-n:] for n in (3, 2, 4) if len(item) > n + 1 and is_person_name(item[-n:])
                 and parse_post(item[:-n]) is not None), None)


def whole_last_name(names: list[str], after: str) -> list[str]:
    """"朱天舒、张伟文、…、乔建新当选为…": 乔建 + 新当选 or 乔建新 + 当选? In a list of three or more
    names, two thirds of them of three characters, a last one of two takes the 新 after it when that
    makes a name (most of a list's names have three characters; round 33). So does a name written alone
    (陈一新当选市人大常委会主任: the corpus has no "two-character name + 新当选"; session 46)."""
    if len(names[-1:]) != 1 or len(names[-1]) != 2 or not after.startswith("新当选") or not is_person_name(names[-1] + "新"):
        return names
    if len(names) != 1 and (len(names) < 3 or 3 * sum(len(n) == 3 for n in names[:-1]) < 2 * (len(names) - 1)):
        return names
    return [*names[:-1], names[-1] + "新"]


# what follows a name written whole (胡昌升，/ 胡昌升来到 / 胡昌升已任 / 胡昌升出生): punctuation, 同志,
# 的, or the first character of a verb officials are reported doing that no name ends with
WHOLE_NAME_AFTER = r"(?=[，,。、；;：:（()）\s]|同志|的|已|来到|担任|在|表示|说|等)"  # (刘捷出生于: 刘捷 + 出生)


def name_before_post(seg: str, jur: str | None) -> str | None:
    """The name at the start of "郑建副区长" / "李炳军" / "曾庆云同志": what follows the name is
    nothing or a post (the person's current one). Of several readings, the one whose post
    does not lose a character of its title to the name (郑建 + 副区长, not 郑建副 + 区长)."""
    best: tuple[tuple[int, int, int], str] | None = None
    for n in (2, 3, 4):
        name, rest = seg[:n], re.sub(r"^(?:同志)?", "", seg[n:])
        if not is_person_name(name):
            continue
        if rest and not parse_posts(rest, jur):
            continue
        longer = parse_post(name[-1] + rest) if rest else None
        whole = not rest or longer is None or longer.title == (parse_post(rest) or longer).title
        score = (int(whole), int(not rest), _NAME_LENGTH_PREFERENCE.get(n, 0))
        if best is None or score > best[0]:
            best = (score, name)
    return best[1] if best else None  # Han names: three characters most often, then two


ORDINAL_DIGITS = frozenset("一二三四五六七八九十百0123456789")


# what may stand between a name and its post: （女）, 同志, 的, and 兼任的 / 所担任的 (免去赵克志兼任的公安部部长
# 职务: the post held beside another; session 46)
HELD_WORDS = r"所?(?:兼任|担任)的"
HELD_BEFORE_POST_RE = re.compile(rf"^(?:（[女男]）)?(?:同志)?(?:（[女男]）)?(?:{HELD_WORDS}|的)?")


def split_names_posts(seg: str, jur: str | None, scope: str | None = None) -> tuple[list[str], list[PostReading]]:
    """Where names end and posts begin in "刘伦波的重庆市巴南区人民政府副区长" or "张三副区长":
    every boundary that leaves valid names before and valid posts after is a candidate; the
    best has posts whose organizations resolve (by kg.orgs itself rather than a fallback), then
    a delimiter (的 / 同志 / （女）), then a three-character (else two-character) last name. ([], []) when no boundary works."""
    best: tuple[tuple[int, ...], list[str], list[PostReading]] | None = None
    for end in range(2, min(len(seg), 80)):
        rest = seg[end:]
        if seg[end - 1] == "第" and rest[:1] in ORDINAL_DIGITS:
            continue  # 李健第十四届全国政协委员: 第 opens the term's ordinal, no name ends with it (session 40)
        delim = bool(re.match(rf"同志|（[女男]）|的|[(（]|{HELD_WORDS}", rest))
        names = list_names(seg[:end]) or ([seg[:end]] if delim and plausible_name(seg[:end]) else [])
        if not names:
            continue
        rest = HELD_BEFORE_POST_RE.sub("", rest)
        posts = parse_posts(rest, jur, scope)  # scope: the body a list heading names (二、省人民检察院)
        if not posts:
            continue
        org_ok = all(p.org is not None or not p.org_text for p in posts)
        first = posts[0].org_text
        known = bool(first and canonical_org(first, jur) is not None)
        whole = delim or not _steals_place(names[-1][-1], rest)
        score = (int(org_ok), int(known), int(whole), int(delim), _NAME_LENGTH_PREFERENCE.get(len(names[-1]), 0))
        if best is None or score > best[0]:
            best = (score, names, posts)
    return (best[1], best[2]) if best else ([], [])


# a party committee's title with no body written before the committee (当选党委书记, 选举A为锡盟代表团临时
# 党支部书记, 第一届机关党委书记) and none inherited from the list it stands in
BODILESS_COMMITTEES = ("机关党委", "党委", "党支部", "党总支")  # (kg.extract._drop_took_office_holds reads them too)
BODILESS_PARTY_TITLE_RE = re.compile(rf"^({'|'.join(BODILESS_COMMITTEES)})(?=(?:常务)?副?书记$|委员$)")
BODILESS_REST_RE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}代表团)?(?:临时|第[一二三四五六七八九十\d]{1,3}届|新一届|本届)?")


def _bodiless_party(post: PostReading) -> PostReading:
    """书记 of the committee, as the corpus writes a committee no body is written for (session 39): the
    committee is the body the title belongs to (its organization stays unknown: the text names none)."""
    if post.org is not None or not (m := BODILESS_PARTY_TITLE_RE.match(post.title)) \
            or not BODILESS_REST_RE.fullmatch(post.org_text or ""):
        return post
    return replace(post, title=post.title[m.end(1):], org_text=(post.org_text or "") + m.group(1))


def _steals_place(last: str, rest: str) -> bool:
    """True when a name's last character opens a place the rest goes on to write (免去胡东绵阳市…局长:
    胡东绵 would leave 阳市; 胡东 + 绵阳市 is the reading) and the rest opens no place of its own
    (session 39). The places are kg's gazetteer's names and aliases, never its stems."""
    from kg.places import gazetteer

    words = gazetteer().words

    def opens_place(text: str) -> bool:
        return any(how != "stem" for n in range(2, min(len(text), 8) + 1)
                   for _, how in words.get(text[:n], ()))

    return opens_place(last + rest) and not opens_place(rest)


@lru_cache(maxsize=1)
def _national_bodies() -> dict[str, str]:
    """kg/data/national_titles.yaml name_first: the titles that name one national body wherever they
    are written (委员长 → 全国人民代表大会常务委员会)."""
    from kg.datafiles import load_yaml

    return dict(load_yaml("national_titles.yaml")["name_first"])


def _national_body(post: PostReading) -> str | None:
    """The national body of a title written with the bare short form of that very body
    (人大常委会委员长 / 副委员长: the NPC's standing committee; session 20)."""
    body = _national_bodies().get(post.title)
    return body if body and post.org_text == "人大常委会" and body.endswith("人民代表大会常务委员会") else None


# a draft decision a body puts to the vote ("…的决定草案提请大会全体会议表决", "决定草案提交大会表决"):
# every act of the sentence is proposed, whatever body "decided" to submit it (session 21: the
# status of a presidium's drafts, which kg read as decided)
# (or a meeting passes such a draft for the body that decides: "会议通过了关于接受A辞去…职务的请求的决定（草案）",
# a 主任会议's, never voted on: 表决通过 is the deciding body's own vote; session 41)
DRAFT_SUBMITTED_RE = re.compile(r"(?:决定|决议)[（(]?草案[）)]?[，,]?[^。；;，,]{0,4}?(?:提请|提交|交付|交)[^。；;]{0,24}?(?:表决|审议)"
                                r"|(?<!表决)(?<!审议并)(?<!审议)通过了?[^。；;、，,《》]{0,80}?的(?:决定|决议)[（(]草案[）)]"
                                # (a meeting that heard or read a draft decided nothing: "会议听取了关于接受A、B辞去…职务的
                                # 请求的决定草案、…选举办法草案"; round 31)
                                r"|听取了?(?!通过|并)[^。；;]{0,80}?的(?:决定|决议)[（(]?草案(?![^。]*通过)")
# a proposal adopted: "会议表决通过了大会主席团提请的关于接受A辞去…的决定草案" (decided)
PASSED_PROPOSAL_RE = re.compile(r"(?:表决|审议)?通过了[^，,。；;]{0,20}?提请的")


def _status(pre: str, section: Section, mode: Mode | None = None) -> Status:
    pre = UPON_PROPOSAL_RE.sub("", pre)  # 根据代省长王予波提请决定任命…: decided upon the proposal
    pre = PASSED_PROPOSAL_RE.sub("决定", pre)  # 表决通过了主席团提请的…: the proposal adopted, decided
    if PROPOSE_RE.search(pre):
        return "proposed"
    if DECIDE_RE.search(pre):
        return "decided"
    if mode is not None:
        return mode.status
    return "proposed" if section.proposing else "decided"


class _SentenceEvidence:
    """The evidence of one sentence of the act reader, made when first asked for (ActReader._evidence):
    most sentences give no act and need none."""

    __slots__ = ("_args", "_ev")

    def __init__(self, reader: "ActReader", s: int, e: int, text: str, jmap: list[int]):
        self._args: tuple | None = (reader, s, e, text, jmap)
        self._ev: Evidence | None = None

    def __call__(self) -> Evidence:
        if self._ev is None:
            assert self._args is not None
            reader, s, e, text, jmap = self._args
            self._ev, self._args = reader._evidence(s, e, text, jmap), None
        return self._ev


class ActReader:
    """Reads the acts of one document (one instance per document)."""

    def __init__(self, doc: Document):
        # each act's date, deciding body, meeting, 文号 (kg.extract.dating): the document's one Dating,
        # which the hold readers then look dates up in (every date of the text worked out once, not twice)
        self.dating = shared_dating(doc)
        sections = self.dating.sections
        self.ctx = Ctx(doc, doc.jurisdiction, sections, self.dating.chron_marks, self.dating.chron_dates)
        self.facts: list[Fact] = []
        self._sent = ""  # the sentence being read (clause shapes may test it: need_text, skip_text)
        self._removed: tuple[str, list[PostReading]] | None = None  # the sentence and posts of its last decided removal
        self._clause_no = 0  # clauses read so far (a successor's removal is the clause before it or its own)
        self._removed_at = -1  # …and the clause of that removal
        self._appointed: tuple[str, list[PostReading]] | None = None  # …and of its last decided appointment (该职)
        self._prev_sent = ""  # the one before: "宣读省委关于…的决定。X任…" decides in the sentence before
        self._carry: PostReading | None = None  # the last post of an act in this paragraph (siblings)
        self._carry_place: str | None = None  # the place of the last placed department acted on in this paragraph
        self._scope: str | None = None  # the body a list heading names (二、省高级人民法院) for the lines under it
        self._scopes: list[tuple[int, str | None]] = []  # where that body changes (offset, body)
        self._scope_starts: list[int] = []  # their offsets, for the look-up of every sentence
        self._decided_prev = self._decided_here = False  # a notice's decision met in the sentence before / this one
        self._elected_prev = False  # the sentence before elected someone (ELECTED_NEXT_RE)
        self._told_done = False
        self._entry_head: str | None = None  # the person of a 公示 entry's head sentence (ENTRY_HEAD_RE)
        self._decided_person: list[str] = []  # the one person the sentence before appointed by a decision
        self._list_rows = act_list_spans(doc.text)  # rows of a decision's lists (under 任命： or its title)
        # the last appointment or election of one person: (sentence, clause number, kind, status, names, marks), for a
        # clause of posts alone after it (…任中共福建省委委员、常委，中共福建省纪委委员、常委、书记: session 44)
        self._last_taken: tuple[str, int, ActKind, Status, list[str], Any] | None = None

    # -- output ------------------------------------------------------------------------------
    def _date(self, pos: int, section: Section, end: int | None = None) -> str | None:
        return self.dating.date_at(pos, section, end).value

    def _body(self, section: Section) -> str | None:
        """The issuing body of a section heading, canonical when kg.orgs knows it, as written
        when it reads as a body (never an agenda item such as "三、听取区政府…")."""
        if not section.body or LIST_MARK_RE.match(section.body):
            return None
        return canonical_org(section.body, self.ctx.jur) or section.body

    def _decided_by(self, status: str, section: Section, pos: int, end: int | None = None) -> str | None:
        return self.dating.decided_by_at(pos, status, section, end)

    def _this_school(self, post: PostReading, pos: int, length: int) -> PostReading:
        """"在吉林大学宣布了该校校长的任免决定": 该校 is the school the text named last before it, in the
        same paragraph (session 33); a post of any other body, or with no school named, as it is."""
        if post.org is not None or post.org_text not in THIS_SCHOOL_WORDS:
            return post
        text = self.ctx.doc.text
        at = text.find(post.org_text, pos, pos + length)
        if at < 0:
            return post
        floor = max(text.rfind("\n\n", 0, at), at - 300, 0)
        last = None
        for last in SCHOOL_NAME_RE.finditer(text, floor, at):
            pass
        if last is None:
            return post
        name = last.group(0)
        cut = max(name.rfind(c) for c in SCHOOL_LEAD_CHARS)  # "中组部有关负责人在吉林大学": 吉林大学
        name = name[cut + 1:]
        org = canonical(name, self.ctx.jur) if len(name) >= 4 else None
        return replace(post, org=org) if org else post

    def emit(self, kind: ActKind, status: Status, names: list[str], posts: list[PostReading], ev: Evidence, pos: int,
             date: str | None = None, marks: Mapping[str, Any] | None = None) -> None:
        """One fact per name and post. ``marks``: the shape's own (act_shapes.yaml ``extra`` /
        ``extra_groups``: nomination, constituency …), set with :meth:`kg.model.Fact.add_marks`
        after the post's (concurrent, secondment …; an acting post makes an appointment ``acting``)."""
        posts = [p for p in posts if not _session_post(p)]
        if not posts:
            return  # a session's officers (大会秘书长, 执行主席, 主席团常务主席) hold, they are not appointed
        if status == "decided" and DRAFT_SUBMITTED_RE.search(self._sent):
            status = "proposed"  # "主席团会议决定，将关于接受A辞去…的决定草案提请大会表决": a draft put to the vote
        section = self.ctx.sections.at(pos)
        at = self.ctx.doc.text.find(names[0], pos, pos + len(ev.text) + 40) if names else -1
        until = at + len(names[0]) if at >= 0 else None
        if until is not None and (day := DAY_AFTER_NAME_RE.match(self.ctx.doc.text, until)):
            until = day.end()  # "應勇2月13日調任…": the day between the name and the verb dates the act (session 31)
        act = self.dating.context(pos, status, section, until)
        posts = [self._this_school(p, pos, len(ev.text)) for p in posts]
        posts = self._placed_by_own_decider(posts, pos, status, until)
        posts = self._placed(posts, act.decided_by)
        posts = self._placed_by_subject(posts, pos, at)
        posts = [_bodiless_party(p) for p in posts]
        # a resignation request is its writer's: a proposer only when its own sentence names one
        own = self.dating.own_decider(pos, status, at + len(names[0]) if at >= 0 else None) \
            if kind == "resign" and status == "proposed" else None
        # a body no place was written or decided for (人大常委会 alone) is no organization, unless the
        # title names one national body wherever it is written (人大常委会委员长: the NPC's; session 20)
        posts = [(replace(p, org=national) if (national := _national_body(p)) else replace(p, org=None))
                 if p.org and p.org == p.org_text and p.org_text in BARE_BODIES else p
                 for p in posts]
        posts = self._unplaced_if_other_place(posts, at)
        # (a body placed here, 人大 of the electing plenary, gets the post parser's own last rule)
        posts = [replace(p, org=body) if p.org and (body := secretariat_body(p.org, p.title)) != p.org else p
                 for p in posts]
        posts = [replace(p, title=standing[0], org=standing[1])
                 if p.org and p.org.endswith("常务委员会") and (standing := party_standing(p.title, p.org))[0] != p.title else p
                 for p in posts]  # (中共…委员会常务委员会委员: 常委 of the committee)
        if kind == "remove":
            self._removed = (self._sent, list(posts)) if status == "decided" else None
            self._removed_at = self._clause_no
        elif kind == "appoint" and status == "decided":
            self._appointed = (self._sent, list(posts))
        if posts and posts[-1].org:
            self._carry = posts[-1]
            info = parse_org(posts[-1].org, self.ctx.jur)
            if info is not None and info.type == "department" and info.jurisdiction:
                self._carry_place = info.jurisdiction
        for name in names:
            for post in posts:
                k: ActKind = "acting" if post.acting and kind == "appoint" else kind
                decider, meeting = own if own is not None else (act.decided_by, act.meeting)
                if decider and "人民代表大会常务委员会" in decider \
                        and ((post.org or "").startswith("中共") or post.title.startswith(("党组", "党委", "党工委"))):
                    decider = meeting = None  # a standing committee never decides a party post (芗城区委书记)
                if decider and k == "elect" and _own_congress_deputy(decider, post):
                    decider = meeting = None  # the voters elect a congress's deputies, never its own standing committee
                if decider and post.org and _other_place(decider, post.org, self.ctx.jur):
                    decider = meeting = None  # 江西省人大常委会 decides no 贵州省 post (a round-up of provinces' news)
                if decider and (m := PARTY_STANDING_RE.match(decider)):
                    decider = m.group(1)  # 鹰潭市委常委会研究决定: the committee decides (docs/conventions.md; session 22)
                fact = Fact(
                    kind=k, status=status, person=name, title=post.title, org=post.org, org_text=post.org_text,
                    date=act.date if date is None else (date or None), source=ev, evidence=[ev],
                    decided_by=decider, meeting=meeting, doc_number=act.doc_number,
                    concurrent=post.marks.concurrent or None, secondment=post.marks.secondment or None,
                    rank=post.marks.rank, notes=post.marks.notes(),
                )
                if marks:
                    fact.add_marks(marks)
                if act.date_how == "dateline" and date is None and fact.date:
                    fact.notes = {**(fact.notes or {}), "_dateline_date": True}  # (kg.extract WEAK_DATE)
                self.facts.append(fact)
                if post.marks.rank and k in ("appoint", "acting") and status == "decided":
                    # 任…校长（副部长级）: the rank the appointment gives is a fact of its own (session 19)
                    self.facts.append(Fact(kind="rank", status="decided", person=name, title=post.marks.rank,
                                           org=None, org_text=None, date=fact.date, source=ev, evidence=[ev]))

    def _unplaced_if_other_place(self, posts: list[PostReading], at: int) -> list[PostReading]:
        """A post written with its level only (代市长, 省委书记) placed by the document's jurisdiction,
        in a sentence that names the same level's post of another place before it (`中共并未同步发布北京
        市委书记人选，而是…发布由副书记殷勇出任代市长` on a page about 上海): whose, the text does not say —
        org null (session 20, trad breadth)."""
        if not self.ctx.jur or not any(p.org and (not p.org_text or p.org_text in LEVEL_ONLY_BODIES) for p in posts):
            return posts
        start = self.ctx.doc.text.rfind(self._sent[:8], 0, at + 1) if at >= 0 else -1
        head = self._sent[: max(at - start, 0)] if start >= 0 else ""
        heads = list(OTHER_PLACE_POST_RE.finditer(head))
        if not heads:
            return posts
        from kg.orgs import parse_org

        places = set()
        for m in heads:  # the longest written post ending at the title that kg places (深圳市委副书记)
            for k in range(max(0, m.start() - 8), m.start()):
                found = [info.jurisdiction for q in parse_posts(head[k:m.end()], self.ctx.jur)
                         if q.org and q.org_text not in LEVEL_ONLY_BODIES
                         and (info := parse_org(q.org, self.ctx.jur)) is not None and info.jurisdiction]
                if found:
                    places.update(found)
                    break
        out = []
        for p in posts:
            info = parse_org(p.org, self.ctx.jur) if p.org and (not p.org_text or p.org_text in LEVEL_ONLY_BODIES) else None
            where = info.jurisdiction if info is not None else None
            if where and any(not (w.startswith(where) or where.startswith(w)) for w in places) \
                    and not any(w.startswith(where) or where.startswith(w) for w in places):
                p = replace(p, org=None)
            out.append(p)
        return out

    def _placed_by_own_decider(self, posts: list[PostReading], pos: int, status: str,
                               until: int | None) -> list[PostReading]:
        """Posts written with no place of their own (省政府副省长, 副省长) in a sentence whose own deciding
        body is of another place than the document's: that body's place. A round-up of provinces'
        news ("浙江省…决定徐文光任浙江省政府副省长。…云南省第十三届人大常委会…决定任命崔茂虎为省政府
        副省长") is about the document's first place only until a sentence names another (session 31)."""
        if not self.ctx.jur or all(written_place(p.org_text) for p in posts):
            return posts
        body, _ = self.dating.own_decider(pos, status, until)
        if not body:
            return posts
        from kg.orgs import expand_jurisdiction, parse_org

        info = parse_org(body, None)
        where = info.jurisdiction if info is not None else None
        own = expand_jurisdiction(self.ctx.jur, None) or self.ctx.jur
        if not where or where == "中华人民共和国" or where.startswith(own) or own.startswith(where):
            return posts
        return [p if written_place(p.org_text) else (placed(p, where) or p) for p in posts]

    def _placed_by_subject(self, posts: list[PostReading], pos: int, at: int) -> list[PostReading]:
        """A body written with its level only (区委, 地委) the document does not place, read in the
        place of the post the person is named with just before ("时任姜堰区区长的李文飙被任命为区委书记",
        "大兴安岭地委副书记、行署专员李大义，拟任地委书记"; session 42) — only where the body lies in
        exactly that place (市委 after a 区长 is the city's, which the text does not say)."""
        if at <= pos or not any(p.org is None and p.org_text and SUBJECT_LEVEL_BODY_RE.fullmatch(p.org_text) for p in posts):
            return posts
        from kg.orgs import parse_org

        before = SUBJECT_POST_LEAD_RE.sub("", re.split(r"[，,。；;：:]", self.ctx.doc.text[pos:at])[-1]).removesuffix("的")
        own = parse_posts(before, self.ctx.jur) if 2 < len(before) <= 40 else []
        info = parse_org(own[0].org, self.ctx.jur) if own and own[0].org else None
        where = info.jurisdiction if info is not None else None
        if not where:
            return posts
        out = []
        for p in posts:
            if p.org is None and p.org_text and SUBJECT_LEVEL_BODY_RE.fullmatch(p.org_text) \
                    and (again := placed(p, where)) is not None and again.org \
                    and (got := parse_org(again.org, self.ctx.jur)) is not None and got.jurisdiction == where:
                p = again
            out.append(p)
        return out

    def _placed(self, posts: list[PostReading], decider: str | None) -> list[PostReading]:
        """Posts whose body the document's jurisdiction left unknown (省委, 人民政府市长, a bare
        副主席), read again in the place of the body that decided the act (kg.extract.dating),
        when that place lies inside the document's own."""
        if not decider or all(p.org and canonical_org(p.org_text or "", self.ctx.jur) and p.org_text not in BARE_BODIES
                              for p in posts):
            return posts
        from kg.orgs import expand_jurisdiction, parse_org

        info = parse_org(decider, self.ctx.jur) or parse_org(re.sub(r"^第[一二三四五六七八九十]+届(?=全国人民代表大会$)", "", decider),
                                                          self.ctx.jur)  # 第六届全国人民代表大会: the nation's
        where = info.jurisdiction if info is not None else None
        # a plenary electing its own officers: 政协…全体会议补选A为副主席 → the CPPCC committee itself
        own = {"cppcc": "主席", "party_committee": "书记"}.get(info.type if info is not None else "")
        if info is not None and info.name == CYL_CENTRAL:
            own = "书记"  # 共青团第十八届中央委员会第一次全体会议选举A为第一书记，B为书记处书记 (session 22)
        # (never the Central Committee: its decisions name other committees' 书记 — 原任…常务副书记的
        # 吴英杰升任书记 —, its own are written in full: 总书记, 书记处书记)
        if own and info is not None and info.name != "中共中央委员会":
            posts = [replace(p, org=info.name) if p.org is None and p.org_text in (None, "", "书记处") and siblings(own, p.title)
                     else p for p in posts]
        own = expand_jurisdiction(self.ctx.jur, None) if self.ctx.jur else None
        if not where or (own and not where.startswith(own)):
            return posts
        out = []
        for p in posts:
            known = p.org and (not p.org_text or canonical_org(p.org_text, self.ctx.jur)) and p.org_text not in BARE_BODIES
            out.append(p if known else (placed(p, where) or p))
        return out

    def _posts(self, text: str) -> list[PostReading]:
        """parse_posts, then a bare title with no body of its own takes the body of the post
        before it in this paragraph when the titles are siblings (李斌辞去安徽省省长职务，王学军任
        代理省长; 选举A为…政协主席，B当选为副主席)."""
        text = NEXT_HEADLINE_CLAUSE_RE.split(text, 1)[0]
        if "或" in text and EITHER_POSTS_RE.search(text):
            return []  # "辞去省人大常委会委员或专委会主任、委员等职务": which post is whose, the text does not say
        if "当选" in text:
            return []  # "葛慧君当选省政协主席王书坚…张新文当选省政协副主席": a headline's names run together (round 37)
        if _another_titled_person(text):
            return []  # "…县公安局政委罗来平和县公安局党委书记、局长": two people's posts, none all the last one's
        if REFERRED_POST_RE.fullmatch(text.strip()):
            # "B接替A出任…书记，A不再担任该职": the post just given to another in this sentence — the office
            # itself, the last of its posts (委员、常委、书记: 书记; session 23)
            appointed = self._appointed
            return list(appointed[1][-1:]) if appointed and appointed[0] == self._sent else []
        if not text.strip():
            # "…的决定：苏君任白银市委书记；张智全不再担任，省委另有任用": no post written — the office just given
            # to another, in this sentence or the one before (shape no_longer_bare; session 24)
            appointed = self._appointed
            return list(appointed[1][-1:]) if appointed and appointed[0] in (self._sent, self._prev_sent) else []
        if text.startswith("该校") and len(schools := SCHOOL_NAMED_RE.findall(self._sent[: self._sent.find(text)])) == 1:
            text = schools[0] + text[2:]  # 中组部在上海交通大学宣布姜斯宪担任该校党委书记: the school named before (session 44)
        posts = parse_posts(ETC_POSTS_RE.sub("", APPROVAL_NOTE_RE.sub("", text)), self.ctx.jur, self._scope,
                            self.ctx.doc.meta.get("zone"))
        if any(p.org_text and RUN_ON_ORG_RE.search(p.org_text) for p in posts):
            return []  # a headline run into the next line ("…副部长大陆国务院任免…单忠德任工信部")
        carry = self._carry
        if carry is None or not carry.org:
            return posts
        # (also a body written short that ends the one written before: …被聘为广州市文史馆名誉馆员，
        # …被聘为文史馆馆员)
        posts = [replace(p, org=members_body(carry.org, p.title))
                 if p.org is None and (not p.org_text or (carry.org_text or "").endswith(p.org_text))
                 and siblings(carry.title, p.title) else p for p in posts]
        return [self._carried_place(p) for p in posts]

    def _carried_place(self, post: PostReading) -> PostReading:
        """A department written bare after an act on one of a place's departments in the same
        paragraph is that place's (任命A为上海市经济和信息化委员会主任，B为商务委员会主任，C为民政局
        局长 → 上海市商务委员会, 上海市民政局): only a department kg.orgs knows, of the place the
        department before names, inside the document's own place."""
        place = self._carry_place
        bare = (post.org_text or "").strip()
        if not place or not bare or (post.org and post.org != bare) or bare[0] in "省市县区州盟旗镇乡":
            return post
        if self.ctx.jur and not place.startswith(self.ctx.jur):
            return post
        info = parse_org(place + bare, self.ctx.jur)
        if info is None or info.type != "department" or info.jurisdiction != place:
            return post
        return replace(post, org=info.name)

    # -- reading -----------------------------------------------------------------------------
    def read(self) -> list[Fact]:
        joined, jmap = _join_lines(self.ctx.doc.text)
        self._scopes = self._scope_lines(self.ctx.doc.text)
        self._scope_starts = [at for at, _ in self._scopes]
        mode: Mode | None = None
        last_section: Section | None = None
        last_end = 0
        pending_resignations: list[tuple[re.Match[str], int, Evidence]] = []
        for s_start, s_end in sentence_spans(joined):
            text = joined[s_start:s_end]
            if "\n" in joined[last_end:s_start + len(text) - len(text.lstrip())] and not (mode is not None and mode.kind == "elect"
                                                                                       and mode.heading):
                # a new paragraph: bare titles no longer take the body before (the rows of an election's list
                # under its heading do: 主任：A ⏎ 副主任：B、C; session 32)
                self._carry = None
                self._carry_place = None
                self._decided_here = False
            last_end = s_start + len(text.rstrip())
            if not text.strip():
                continue
            start = jmap[s_start]
            section = self.ctx.sections.at(start)
            if section is not last_section:
                mode, last_section = None, section
            self._scope = self._scope_at(start)
            ev = _SentenceEvidence(self, s_start, s_end, text, jmap)
            mode = self._sentence(text, start, section, ev, mode)
            if "分别" in text or "分任" in text:
                self._respective(text, start, ev())
            if "新聘" in text or "新任命的" in text:
                self._hired_list(text, start, ev())
            if "辞职" in text and "接受" in text:
                pending_resignations.extend((m, start, ev()) for m in RESIGNATION_NO_POST_RE.finditer(text))
        self._resignations_without_post(pending_resignations)
        read_colon_lists(self)
        read_group_sentences(self)
        read_board_members(self)
        read_party_lists(self)
        read_result_lists(self)
        return self.facts

    def _resignations_without_post(self, found: list[tuple[re.Match[str], int, Evidence]]) -> None:
        """"关于接受于冲辞职请求的决定", "…提请关于接受姜伟辞职和提名…议案的说明": a resignation named by
        辞职 alone, in the title of the decision (decided) or of the bill or its explanation
        (proposed), is one of the person's resignation told in the document with its post: read
        only when the document gives that person exactly one resigned post (session 21)."""
        for m, pos, ev in found:
            name = m.group("name")
            pronoun = name in ("其", "该同志")
            if pronoun:
                name = self._requester_before(ev.start)  # (a name a fact already carries: 朱永和, read whole)
            if not name or (not pronoun and not is_person_name(name)) or SPECULATION_RE.search(ev.text):
                continue
            tail, lead = m.group("tail"), m.group("lead")
            if re.match(r"(?:的)?决定(?![（(]草案)", tail) and not PROPOSE_RE.search(lead):
                status: Status = "decided"
            elif ACCEPTED_BY_VOTE_RE.search(lead) and not PROPOSE_RE.search(lead) and not re.search(r"议案|草案", tail):
                status = "decided"  # "会议表决接受其辞职", "会议决定接受张三的辞职请求" (session 28)
            elif re.search(r"议案|说明|草案", tail) or re.search(r"提请", lead):
                status = "proposed"
            else:
                continue
            posts = {(f.title, f.org, f.org_text) for f in self.facts if f.kind == "resign" and f.person == name and f.title}
            if len(posts) != 1:
                continue
            title, org, org_text = next(iter(posts))
            if any(f.kind == "resign" and f.status == status and f.person == name and f.title == title and f.org == org
                   for f in self.facts):
                continue  # told already with its post (接受方春明辞去…副省长职务的请求): nothing new
            self.emit("resign", status, [name], [PostReading(title=title or "", org=org, org_text=org_text)], ev, pos)

    def _requester_before(self, at: int) -> str | None:
        """The person of the last resignation request read before ``at`` (接受其辞职: 其)."""
        before = [f for f in self.facts if f.kind == "resign" and f.status == "proposed" and f.source.start <= at]
        return max(before, key=lambda f: f.source.start).person if before else None

    def _respective(self, text: str, pos: int, ev: Evidence) -> None:
        """"A、B、C分别任X、Y、Z", "分别由A、B、C、D，出任吉林、湖南、贵州、云南省委书记": the
        n-th name takes the n-th post (a list of places before one title: each place's body);
        read only when both lists have the same length and every post names its body."""
        if SPECULATION_RE.search(text):
            return
        for m in RESPECTIVE_RE.finditer(text):
            if RESPECTIVE_SKIP_RE.search(text[_reported_from(text, m.start()): m.end()]):
                continue
            lead = m.group("names1") or m.group("names2")
            if m.group("names2"):
                lead = JOINED_TEAM_RE.sub(lambda j: " " * len(j.group(0)), lead)  # (same length: offsets hold)
            found = trailing_names(lead.rstrip()) if m.group("names2") else (list_names(lead), 0)
            names = found[0] if found else []
            if len(names) < 2 and m.group("names2") and "、" in lead:
                # "入境处处长A、机电署署长B加入问责班子，分别获任命为X及Y": each name after its posts (round 36)
                names, found = titled_names(lead.rstrip(), self.ctx.jur), None
            items = [i for i in TOP_LEVEL_COMMA_RE.split(m.group("posts")) if i]
            if len(names) >= 2 and len(items) == len(names) - 1:
                # A、B分别担任X和Y; A、B和C分别出任X、Y和Z: the last two posts joined by 和
                items = items[:-1] + (self._two_posts(items[-1]) or items[-1:])
            if len(names) < 2 or len(items) != len(names):
                continue
            posts: list[list[PostReading]] | None = [self._posts(item) for item in items]
            if posts is not None and not all(len(p) == 1 and p[0].org for p in posts):
                whole = self._posts("、".join(items))  # 县人大常委会主任、副主任: a bare title takes the body before it
                posts = [[p] for p in whole] if len(whole) == len(names) and all(p.org for p in whole) \
                    else _places_before_title(items, self.ctx.jur)
            if posts is None or not all(len(p) == 1 and p[0].org for p in posts):
                continue
            before = text[: m.start()] + (lead[: found[1]] if m.group("names2") and found else "")
            status: Status = "proposed" if PROPOSE_RE.search(before) else "decided"
            kind: ActKind = "elect" if re.search(r"选举|补选|当选", before + m.group(0)) else "appoint"
            for name, post in zip(names, posts):
                self.emit(kind, status, [name], post, ev, pos)

    def _hired_list(self, text: str, pos: int, ev: Evidence) -> None:
        """"新聘任的国务院参事A、B和中央文史研究馆馆员C、D颁发聘书": the people hired, listed after each
        post (session 35). Each part between 和 / 及 must read as posts then names, every post with its
        body; a part that does not read so gives nothing (a name holding 和 is lost, never misread)."""
        if SPECULATION_RE.search(text):
            return
        for m in HIRED_LIST_RE.finditer(text):
            for part in HIRED_PART_SPLIT_RE.split(m.group("list")):
                found = trailing_names(part)
                if not found or found[1] == 0:
                    continue
                posts = self._posts(part[: found[1]])
                if posts and all(p.org for p in posts):
                    self.emit("appoint", "decided", found[0], posts, ev, pos)

    def _two_posts(self, text: str) -> list[str] | None:
        """"市发展和改革委员会主任和市教育局局长" → its two posts, cut at the 和 / 及 / 与 that leaves a
        post with its body on each side (a 和 inside a body's name leaves none); None if no cut does."""
        for i, ch in enumerate(text):
            if ch in "和及与" and 0 < i < len(text) - 1:
                left, right = self._posts(text[:i]), self._posts(text[i + 1:])
                if len(left) == 1 and len(right) == 1 and (left[0].org or left[0].org_text):
                    return [text[:i], text[i + 1:]]
        return None

    def _scope_lines(self, text: str) -> list[tuple[int, str | None]]:
        """Where the body of a list's bare posts changes (offset, body or None), read line by
        line of the original text (the reader joins a heading to the line after it)."""
        marks: list[tuple[int, str | None]] = []
        scope: str | None = None
        pos = 0
        for line in text.splitlines(keepends=True):
            new = self._scope_heading(line.strip(), scope)
            if new != scope:
                marks.append((pos, new))
                scope = new
            pos += len(line)
        return marks

    def _scope_at(self, pos: int) -> str | None:
        i = bisect.bisect_right(self._scope_starts, pos) - 1  # (not a list made per sentence: linear time)
        return self._scopes[i][1] if i >= 0 else None

    def _scope_heading(self, line: str, scope: str | None) -> str | None:
        """The body the lines after ``line`` belong to: a numbered heading naming a body
        ("一、省人民政府", "（二）市中级人民法院") or a line naming only a court or procuratorate
        sets it (canonical in the document's place); a title line (…的决定, …任免名单) or a
        numbered heading naming no body ends it; any other line keeps it."""
        if not line or len(line) > 44:
            return scope
        if SCOPE_END_RE.search(line):
            return None
        m = SCOPE_HEADING_RE.match(line)
        if m is None or not (m.group("mark") or line.rstrip("：:").endswith(("法院", "检察院"))):
            return scope
        body = m.group("body")
        info = parse_org(body, self.ctx.jur) if body else None
        if info is None or info.type in ("jurisdiction", None) or not info.jurisdiction:
            return None if m.group("mark") else scope
        if not m.group("mark") and info.type not in ("court", "procuratorate"):
            return scope  # an unnumbered line: only a court's or procuratorate's (a signature is no heading)
        return info.name

    def _evidence(self, s: int, e: int, text: str, jmap: list[int]) -> Evidence:
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        ts, te = jmap[s + lead], jmap[s + trail - 1] + 1
        os_, oe = self.ctx.doc.to_original(ts, te)
        return Evidence(doc=self.ctx.doc.path, start=os_, end=oe, text=text.strip())

    def _sentence(self, text: str, pos: int, section: Section, ev: "Callable[[], Evidence]",
                  mode: Mode | None) -> Mode | None:
        """Read one sentence; ``ev()`` gives its evidence (made when an act is read: most sentences give none)."""
        if ("|" in text or "｜" in text) and (_PIPE_HEADER_RE.search(text) or mode is not None and mode.kind in ("appoint", "remove")):
            if _PIPE_HEADER_RE.search(text):
                return Mode("appoint", "decided", heading=True)  # the rows' verbs say which
            if (row := _PIPE_ROW_RE.match(text)) is not None and mode is not None:
                name = clean_name(row.group("name"))
                kind: ActKind = "remove" if (row.group("verb") or "").startswith("免") else \
                    "appoint" if row.group("verb") else mode.kind
                posts = self._posts(row.group("posts")) if is_person_name(name) or plausible_name(name) else []
                if posts:
                    self.emit(kind, mode.status, [name], posts, ev(), pos)
                    return mode
        if mode is not None and mode.kind in ("appoint", "remove") and ("，" in text or "," in text) \
                and (row := _COMMA_ROW_RE.match(text)) is not None:
            name = clean_name(row.group("name"))
            posts = self._posts(row.group("posts")) if is_person_name(name) or plausible_name(name) else []
            if posts:  # "任命：⏎张三丰，南昌市发展和改革委员会主任" (the list goes on)
                self.emit(mode.kind, mode.status, [name], posts, ev(), pos)
                return mode
        if "兼任" in text or "不再" in text or "免去其" in text or "免去该同志" in text or "的" in text and "免" in text:
            text = self._joined_post_list(text)
        if "须" in text or "需" in text or "待" in text or "須" in text or "報" in text or "报" in text or "还要" in text:
            text = REMARK_RE.sub(lambda r: " " * len(r.group(0)), text)  # (same length: offsets hold)
        if "族" in text:
            text = MARK_COMMA_RE.sub("、", text)
        if "生于" in text:
            text = BIRTH_NOTE_RE.sub(lambda n: " " * len(n.group("note")) + n.group("name"), text)
        if "岁" in text:  # "免去肖钢(57岁)的…职务": the age after a name, moved before the words it ends (same length)
            text = AGE_NOTE_RE.sub(lambda n: " " * len(n.group("note")) + n.group("lead"), text)
        if "男" in text or "女" in text:  # "张三丰（男，1970年生）为…": no clause ends in the person's note (same length)
            text = PERSON_NOTE_RE.sub(lambda n: n.group(0).replace("，", "、").replace(",", "、"), text)
        if "、" in text and ("，" in text or "," in text):
            text = STRAY_LIST_COMMA_RE.sub(_list_comma, text)
        if "名，" in text or "名," in text:  # "（31名，按姓氏笔画为序）": no clause ends in the note (same length)
            text = COUNT_NOTE_RE.sub(lambda m: m.group(0)[:-1] + "、", text)
        self._prev_sent, self._sent = self._sent, text
        # "宣读省委关于…的决定。A任X。B任Y": a decision read out goes on in the sentences after it
        self._decided_prev, self._decided_here = self._decided_here, False
        self._told_done = False  # a clause of this sentence told a change as already done (ALREADY_DONE_RE)
        wanted = grammar.sentence_trigger()
        for shape in grammar.sentence_shapes() if wanted is None or wanted.search(text) else ():
            if not shape.triggered(text):
                continue
            for m in shape.regex.finditer(text):
                self._sentence_shape(shape, m, text, pos, section, ev())
        if "选举" in text or "当选" in text or "补选" in text:  # (TITLE_FIRST_ELECT_RE's words: 选举产生, 选举结果, 当选名单, 会议选举：)
            self._title_first_elections(text, pos, ev())
        if ("任命" in text or "新任" in text) and "宣布" in text or "获任命的" in text:
            self._title_first_appointed(text, pos, ev())
        if "是" in text and ("选出" in self._prev_sent or "选举产生" in self._prev_sent):
            self._counted_elected(text, pos, ev())
        if "名" in text and "补选" in self._prev_sent:
            self._counted_by_unit(text, pos, ev())
        if "分别" in text and (named := COUNTED_TAKERS_RE.search(text)):
            self._counted_takers(named, pos, ev())
        if "包括" in text or "分别" in text:
            self._included_appointed(text, pos, ev())
        if "辞职" in text and ("批准" in text or "接受" in text or "同意" in text):
            self._titled_resignations(text, pos, ev())
        if "组成人员" in text and "任命" in text:
            self._title_first_members(text, pos, ev())
        if ("任命" in text or "免去" in text or "名单" in text) and (listed := self._title_first_decision(text, pos, ev())) is not None:
            return listed  # "…会议决定任命：省教育厅厅长王大明，…" (rows after it go on in the list's mode)
        trigger = grammar.any_trigger()
        if trigger is not None and not trigger.found(text):
            # no trigger word in the sentence, so in none of its clauses (each is a piece of it):
            # every clause would end the mode and read nothing (two sentences in three, ~15% of
            # the act reader's time)
            if mode is None:
                return None  # (what the test below would give either way)
            return None if any(LIST_MARK_RE.sub("", c.strip()) for c in CLAUSE_SPLIT_RE.split(text)) else mode
        person: list[str] = []
        if self._entry_head and PROPOSED_LEAD_RE.match(text):
            person = [self._entry_head]  # "王小明，男，…，现任…。拟任…。": the entry's person (session 22)
        if self._decided_person and NO_LONGER_LEAD_RE.match(text):
            person = list(self._decided_person)  # "…决定，A任X。不再担任Y职务。": A leaves Y (session 25)
        before = len(self.facts)
        head = ENTRY_HEAD_RE.match(text)
        self._entry_head = head.group("name") if head and is_person_name(head.group("name")) else None
        if mode is None and AMONG_RE.match(text) and ELECTED_BEFORE_RE.search(self._prev_sent):
            mode = Mode("elect", "decided")  # "…选举产生12名省委常委：…。其中，A为省委书记，B和C为省委副书记"
        elected_prev, self._elected_prev = self._elected_prev, False
        if mode is None and elected_prev and ELECTED_NEXT_RE.match(text) and ELECTED_BEFORE_RE.search(self._prev_sent):
            mode = Mode("elect", "decided")  # "大会选举A、B等21人为县人民委员会委员。A为县长，C、D为副县长" (round 31)
        if mode is None and not _may_act(text):
            return None  # no clause can give a fact or open a list (what the loop below would return)
        hedged = False  # a guess or a future (SPECULATION_RE) runs to the end of its sentence
        titled: list[str] = []  # names of bare "posts name" items just before, each followed by 、
        cursor = 0
        for raw in CLAUSE_SPLIT_RE.split(text):
            cursor = text.find(raw, cursor) + len(raw)
            clause = LIST_MARK_RE.sub("", raw.strip())
            hedged = hedged or (SPECULATION_KEY.search(clause) is not None and SPECULATION_RE.search(clause) is not None)
            if clause and clause != "其中" and not hedged:
                had = len(self.facts)
                mode, person = self._clause(clause, pos, section, ev(), mode, person)
                if titled and len(self.facts) > had:
                    self._titled_items_share(titled, clause, had, pos, ev())
                titled = [*titled, item] if len(self.facts) == had and text.startswith("、", cursor) \
                    and (item := titled_item_name(clause)) else []
        told = {f.person for f in self.facts[before:] if f.kind == "appoint" and f.status == "decided"}
        self._elected_prev = any(f.kind == "elect" and f.status == "decided" for f in self.facts[before:])
        self._decided_person = list(told) if len(told) == 1 else []
        if mode is not None and mode.kind in ("elect", "resign") and not mode.heading:
            return None  # "选举A为X，B为Y", "接受A辞去X、B辞去Y": such a list ends with its sentence
        if mode is not None and mode.inline and text.rstrip().endswith("。"):
            # "…免去何戎蓉同志…职务。⏎区人大常委会主任蔡芳林，副主任…出席会议。": a list an act opened in a
            # clause ends with its sentence's full stop (the next one names attendees; session 26, round 11)
            return None
        return mode

    def _counted_elected(self, text: str, pos: int, ev: Evidence) -> None:
        """"这次会议还选出了13名人大常委会副委员长。这13人分别是A、B、…": the count and the post in
        one sentence, the names in the next one; read only when the names are as many as the count
        and every item is a name (session 20). With no count ("会议推选出主席团常务委员会委员。他们是：
        A、B、…"), every item a name and two or more of them (round 33)."""
        m = COUNTED_NAMES_RE.match(text)
        c = COUNTED_ELECTED_RE.search(self._prev_sent)
        if m is None or c is None or SPECULATION_RE.search(self._prev_sent) or SPECULATION_RE.search(text):
            return
        if m.group("n") and m.group("n") != c.group("n"):
            return
        names = []
        for part in (clean_name(x) for x in re.split(r"[、，,]", m.group("names"))):
            names += [part] if _further_name(part) else [clean_name(x) for x in re.split(r"和|及", part)]  # (周和平 whole)
        if not names or not is_person_name(names[0]) or not all(_further_name(x) for x in names):
            return  # (向巴平措: a further item of a list of names needs no surname)
        posts = self._posts(c.group("posts"))
        if (len(names) != _count(c.group("n")) if c.group("n") else m.group("n") or len(names) < 2) or not posts:
            return  # (with no count written, two names or more; 他们是 only)
        self.emit("elect", "decided", names, posts, ev, pos)

    def _counted_by_unit(self, text: str, pos: int, ev: Evidence) -> None:
        """"有关选举单位依法补选了5名市人大代表。其中：东丰县补选3名（孙弘、韩阳、王树仁）；西安区补选2名（江建平、
        董福财）": each unit's count and its names in brackets, the post in the sentence before; read only
        when every unit's names are as many as its count and all are names (round 31)."""
        c = COUNTED_BY_UNITS_RE.search(self._prev_sent)
        units = list(UNIT_ELECTED_RE.finditer(text))
        if c is None or not units or SPECULATION_RE.search(text):
            return
        posts = self._posts(c.group("posts"))
        people = [list_names(u.group("names")) for u in units]
        if not posts or sum(map(len, people)) != _count(c.group("n")) or any(
                len(names) != _count(u.group("n")) for u, names in zip(units, people)):
            return
        for names in people:
            self.emit("elect", "decided", names, posts, ev, pos)

    def _counted_takers(self, m: re.Match[str], pos: int, ev: Evidence) -> None:
        """"受邀将出任行政会委员的11人分别是：A、B、…" after "行政长官已完成…行政会委员的委任工作": the post, the
        count and the names in one sentence; read when a decision (委任 / 任命 / 决定) is told in it or the
        sentence before, every item is a name and the names are as many as the count (round 31)."""
        # (将出任 after the decision told: the post taken later, no guess)
        if SPECULATION_RE.search(self._sent.replace("将", "")) or not TAKERS_DECIDED_RE.search(self._prev_sent + self._sent):
            return
        names = list_names(m.group("names").strip("。 "))
        if len(names) != _count(m.group("n")):
            return
        posts = self._posts(m.group("posts"))
        if posts:
            self.emit("elect" if m.group("verb") == "当选" else "appoint", "decided", names, posts, ev, pos)

    def _title_first_elections(self, text: str, pos: int, ev: Evidence) -> None:
        """"选举产生A镇人大主席潘卫国、副主席涂华文，镇长黄红星、副镇长付学兵、孙伟…": items after
        选举产生 read in order while each is posts followed by a name, or a name alone taking the
        posts before it; the first item that is neither ends the list."""
        m = TITLE_FIRST_ELECT_RE.search(text)
        if m is None or SPECULATION_RE.search(text):
            return
        if among := ELECTED_COUNT_AMONG_RE.match(text, m.end()):
            m = among
        team = TEAM_ELECT_RE.match(text, m.end())
        info = parse_org(team.group("body"), self.ctx.jur) if team else None
        body = team.group("body") if team and info is not None and info.jurisdiction else ""  # a placed body
        if team and not body:
            return  # 新一届区人大、政府领导班子：…: which body each bare title is of is not written
        items = text[team.end() if team else m.end():]
        if m.group(0).endswith("新当选的"):
            if not ELECTION_TOLD_RE.search(self._prev_sent) and not ELECTION_TOLD_RE.search(text, 0, m.start()):
                return  # "新当选的…主席李江…在主席台前排就座" after a closing: who holds the posts (the dev gold)
            if re.match(r"[^，,。；;]*?(?:包括|有|是|为)", items):
                return  # "新当选的副主席包括中宣部前部长刘奇葆…": the posts are before 包括, their holders' others after
            items = NEWLY_ELECTED_MEET_RE.split(items, 1)[0]  # (…秘书长方洪保与全体委员见面: the meeting after the list)
        self._title_first_items(items, body, "elect", pos, ev)

    def _title_first_appointed(self, text: str, pos: int, ev: Evidence) -> None:
        """"行政院今天宣布5位首长人事异动，新任外交部长为吴钊燮、新任国防部长为严德发…", "与其同获任命的还有
        河南省教育厅厅长王艳玲、河南省科技厅厅长贾跃等高官": the appointed listed title first, each item
        posts then a name (新任 and 为 dropped, 等… after the last name cut; round 31)."""
        m = TITLE_FIRST_APPOINT_RE.search(text)
        if m is None or SPECULATION_RE.search(text):
            return
        items = NEW_HOLDER_ITEM_RE.sub("", re.split(r"[。；;]", text[m.end():], 1)[0])
        items = re.sub(r"(?<=[长员任席记委])为(?=[\u4e00-\u9fff·]{2,5}(?:[、，,]|$))", "", items)
        self._title_first_items(re.sub(r"等[^、，,]{0,8}$", "", items), "", "appoint", pos, ev)

    def _included_appointed(self, text: str, pos: int, ev: Evidence) -> None:
        """"委任立法会选举管理委员会主席及委员，包括主席盛锐敏，委员黎裕豪、吴惠娴及黄乐宜": the body's
        posts appointed, then each appointee title first (a bare title of that body; 及 between two
        names a list's separator; round 33)."""
        m = INCLUDED_APPOINTED_RE.search(text)
        if m is None or SPECULATION_RE.search(text[: m.start()]):
            return
        items = re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]
        items = re.sub(r"(?<=[\u4e00-\u9fff]{2})及(?=[\u4e00-\u9fff]{2,3}(?:[、，,。；;]|$))", "、", items)
        self._title_first_items(items, m.group("body"), "appoint", pos, ev)

    def _titled_resignations(self, text: str, pos: int, ev: Evidence) -> None:
        """"中央周一同时批准政务司长林郑月娥及财政司长曾俊华辞职": resignations accepted, each person
        written after the post resigned, 辞职 naming no post (round 36): each item that reads as posts,
        each with its body, then one name."""
        for m in TITLED_RESIGNATIONS_RE.finditer(text):
            if SPECULATION_RE.search(text[: m.start()]):
                return
            readings: list[tuple[list[str], list[PostReading]]] = []
            for item in _names_joined(m.group("list")):
                found = trailing_names(item)
                posts = self._posts(item[: found[1]]) if found and found[1] > 0 and len(found[0]) == 1 else []
                if found and posts and all(p.org for p in posts):
                    readings.append((found[0], posts))
            status: Status = "proposed" if PROPOSE_RE.search(text[: m.start()]) else "decided"
            for names, posts in readings:
                self.emit("resign", status, names, posts, ev, pos)

    def _title_first_members(self, text: str, pos: int, ev: Evidence) -> None:
        """"任命第五任…基本法委员会组成人员；主任沈春耀，副主任谭惠珠（女）、张勇，委员（按姓名笔划为序）
        刘廼强、陈冬…": a committee's members appointed title first, each bare title of the body
        named before 组成人员 (session 19); read as the elections written title first are."""
        m = MEMBERS_APPOINTED_RE.search(text)
        if m is None or SPECULATION_RE.search(text[: m.start()]):
            return
        info = parse_org(m.group("body"), self.ctx.jur)
        if info is None or not info.jurisdiction or info.type == "jurisdiction":
            return  # the body must be one kg names and places
        self._title_first_items(ORDER_NOTE_RE.sub("", text[m.end():]), m.group("body"), "appoint", pos, ev)

    def _title_first_decision(self, text: str, pos: int, ev: Evidence) -> Mode | None:
        """"…会议决定任命：省教育厅厅长王大明，省科学技术厅厅长李小红": a decision's list written post
        first after 任命： / 免去：, each item posts then a name (session 22 probes); the list's mode
        when its first item was read, so that rows on the lines after it go on (list_appoint_post_first)."""
        m = TITLE_FIRST_DECISION_RE.search(text)
        if m is None or SPECULATION_RE.search(text[: m.start()]) or not post_first_item(text[m.end():]) \
                or NEW_POST_AFTER_ITEM_RE.match(text, m.end()):
            return None
        kind: ActKind = "remove" if m.group("verb") == "免去" else "appoint"
        if kind == "appoint" and not m.group("newbody") \
                and self._titled_names_for(text[m.end():], "proposed" if m.group("pre") else "decided", pos, ev):
            return None  # (the clauses after it are the clause shapes': ；同时免去…)
        before = len(self.facts)
        items = _closed_up(ORDER_NOTE_RE.sub("", text[m.end():]))
        items = LIST_TAIL_RE.sub("", items)
        self._title_first_items(items, m.group("newbody") or "", kind, pos, ev)
        if len(self.facts) == before:
            return None
        return Mode(kind, "proposed" if m.group("pre") else "decided")

    def _titled_items_share(self, names: list[str], clause: str, told: int, pos: int, ev: Evidence) -> None:
        """"常州市委书记齐家滨、山西省财政厅长潘贤掌升任江苏省副省长": the 、 before a post-first name and
        its move opens a clause (CLAUSE_SPLIT_RE), so the items before it, each "posts name" alone,
        take the appointment the clause read for its own post-first name (one person, appointments
        only; round 33)."""
        facts = self.facts[told:]
        who = {f.person for f in facts}
        if len(who) != 1 or any(f.kind != "appoint" for f in facts):
            return
        name = next(iter(who))
        if titled_item_name(clause[: clause.find(name) + len(name)]) != name:
            return  # (the clause must itself open with posts then the name: the list's last item)
        posts = [PostReading(title=f.title or "", org=f.org, org_text=f.org_text) for f in facts]
        self.emit("appoint", facts[0].status, names, posts, ev, pos)

    def _titled_names_for(self, rest: str, status: Status, pos: int, ev: Evidence) -> bool:
        """"国务院任命原驻日大使崔天凯、驻英大使傅莹、外交部部长助理翟隽为外交部副部长": after 任命, a list
        of names each written after its present or former post, then 为 and the new posts: every
        name appointed to the posts after 为 (the posts before a name are what the person held, the
        mention reader's); read when every item is posts then a name and there are two or more
        (one is the clause shape appoint_with_post's; round 33)."""
        w = TITLED_ITEMS_FOR_RE.match(re.split(r"[。；;，,\n]", rest, maxsplit=1)[0])
        if w is None:
            return False
        names: list[str] = []
        for item in re.split(r"[、]|和", w.group("items")):
            if (name := titled_item_name(item)) is None:
                return False
            names.append(name)
        posts = self._posts(w.group("posts"))
        if len(names) < 2 or not posts:
            return False
        self.emit("appoint", status, names, posts, ev, pos)
        return True

    def _title_first_items(self, text: str, body: str, kind: ActKind, pos: int, ev: Evidence) -> None:
        """Items read in order while each is posts followed by a name, or a name alone taking the
        posts before it; the first item that is neither ends the list."""
        posts: list[PostReading] = []
        # (…副县长谭绪言和委员35名: 和 before the members counted ends an item)
        for item in re.split(r"[、，,；;。]|和(?=委员|[0-9一二三四五六七八九十]+名)", text):
            item = re.sub(grammar.MARK, "", item.strip()).removesuffix("同志")
            if (colon := ITEM_COLON_RE.match(item)) and parse_post(colon.group(1)) is not None:
                item = colon.group(1) + colon.group(2)  # "区长：张三" (选举结果：区长：张三；副区长：…)
            if parse_post(item) is not None:
                return  # "…选举产生第十三届委员会常委和书记": posts with no name, not "post + name"
            if posts and is_person_name(item):
                self.emit(kind, "decided", [item], posts, ev, pos)
                continue
            if posts and (last := LIST_END_NAME_RE.match(item)) and is_person_name(last.group(1)):
                self.emit(kind, "decided", [last.group(1)], posts, ev, pos)  # (…、吴家农今天亦集体亮相: the list's end)
                return
            read = next(((item[-n:], found) for n in (3, 2, 4) if len(item) > n and is_person_name(item[-n:])
                         and (found := self._posts(_in_team(body, item[:-n])))
                         and parse_post(item[:-n]) is not None), None)
            if read is None:
                return
            posts = read[1]
            self.emit(kind, "decided", [read[0]], posts, ev, pos)

    def _career_step(self, clause: str, posts_at: int) -> bool:
        """Whether an appointment or election is a career step dated only to a year or a month
        (docs/conventions.md "What is not an act": a holding with its start): a year written before
        the posts in the sentence, no day, no meeting, no decision or act verb of a body in it
        ("2008年，时任…的罗富和当选第十一届全国政协副主席", "…，2016年6月，出任中国工程院副院长"; session 24)."""
        sent = self._sent
        at = sent.find(clause)
        before = sent[: at + posts_at] if at >= 0 else clause[:posts_at]
        return CAREER_YEAR_RE.search(before) is not None and CAREER_DAY_RE.search(sent) is None \
            and CAREER_ACT_WORDS_RE.search(sent) is None

    def _joined_post_list(self, text: str) -> str:
        """A list of posts after 不再担任 / 兼任 that runs across commas, one body after another
        (A不再担任X党组成员，Y工作委员会副书记、委员，Z管委会主任职务; A兼任X委员、副书记，Z主任。),
        written with 、 so that the clause holds it whole. Only where every part after a comma is
        posts alone (no verb, a body written) up to 职务 (不再…) or to the end of the sentence
        (兼任); the text keeps its length (，→、), so offsets hold."""
        out = list(text)
        for m in POST_LIST_VERB_RE.finditer(text):
            end = POST_LIST_END_RE.search(text, m.end())
            stop = end.start() if end else len(text)
            parts = re.split(r"[，,]", text[m.end():stop])
            if len(parts) < 2 or "职务" in parts[0]:
                continue
            if m.group().startswith(("不再", "免去", "免除")):
                last = next((k for k, p in enumerate(parts) if "职务" in p), None)
                if last is None or not parts[last].rstrip().endswith("职务"):
                    continue
                parts = parts[: last + 1]
            more = [p.strip().removesuffix("职务").removesuffix("等").removeprefix("以及") for p in parts[1:]]
            if not all(_bare_posts(p, self.ctx.jur) for p in more):
                continue
            at = m.end()
            for p in parts[:-1]:
                at += len(p)
                out[at] = "、"
                at += 1
        return "".join(out)

    # -- sentence shapes (first-person requests and elections, 选区选出的代表) ------------------
    def _sentence_shape(self, shape: Shape, m: re.Match[str], text: str, pos: int, section: Section,
                        ev: Evidence) -> None:
        if shape.skip_text and shape.skip_text.search(text):
            return
        if "self" in shape.require and not ("本人" in text or "我" in text or section.applicant):
            return
        if shape.names == "post_items":  # "新任都发局长庄德梁、卫生局长陈怡及交通局长林炎成…宣誓就职"
            for name, item_posts in titled_posts(m.group("names") or "", self.ctx.jur):
                self.emit(_kind(shape), "decided", [name], item_posts, ev, pos)
            return
        posts = parse_posts(m.group("posts"), self.ctx.jur, zone=self.ctx.doc.meta.get("zone"))
        if not posts:
            return
        if shape.person == "applicant":
            who = self._applicant(pos)
            names = [who] if who else []
        elif shape.person == "self":
            who = self._self_name(text) or self._applicant(pos)
            names = [who] if who else []
        elif shape.names == "trailing":  # a post may stand before the name ("…政治局常委汪洋在…")
            found = trailing_names(m.group("names") or "")
            names = found[0][-1:] if found else []
        elif shape.names == "titled":  # "吉林省副省长蔡东、白城市委书记李明伟": each item ends with a name
            names = titled_names(m.group("names") or "", self.ctx.jur)
        elif shape.names == "list":  # "…，分别是张家坤、贾锡太、洪华生": a list of names alone
            names = list_names(m.group("names") or "")
        else:
            name = clean_name(m.group("names") or "")
            names = [name] if is_person_name(name) else []
        if not names:
            return
        date = None
        if shape.date == "none":
            date = ""
        elif shape.date == "groups":
            date = iso(m.group("y"), m.group("m")) or ""  # an impossible date: none at all
        marks = {**shape.extra, **{key: m.group(g) for g, key in shape.extra_groups.items() if m.group(g)}}
        status: Status = "proposed" if shape.status == "proposed" else "decided"
        self.emit(_kind(shape), status, names, posts, ev, pos, date=date, marks=marks)

    def _self_name(self, text: str) -> str | None:
        m = re.search(rf"本人({NAME})[，,]", text)
        if m and is_person_name(m.group(1)):
            return m.group(1)
        return None

    def _applicant(self, pos: int) -> str | None:
        """The signer (申请人：NAME) of the request this position is in: the first after it."""
        section = self.ctx.sections.at(pos)
        text = self.ctx.doc.text
        m = re.compile(rf"申请人[：:]\s*({NAME})(?![\u4e00-\u9fff])").search(text, pos, section.end)
        if m and is_person_name(m.group(1)):
            return m.group(1)
        m = re.compile(rf"本人({NAME})[，,]").search(text, section.start, pos + 200)
        return m.group(1) if m and is_person_name(m.group(1)) else None

    # -- clause shapes ------------------------------------------------------------------------
    def _clause(self, c: str, pos: int, section: Section, ev: Evidence, mode: Mode | None,
                person: list[str]) -> tuple[Mode | None, list[str]]:
        self._clause_no += 1
        trigger = grammar.any_trigger()
        if trigger is not None and not trigger.found(c):
            return None, _PersonAfter(c, person)
        for shape in grammar.clause_candidates(c):  # (clause_shapes, less those whose trigger words are all absent)
            if shape.mode and (mode is None or mode.kind != shape.mode):
                continue
            if not shape.triggered(c):
                continue
            if shape.need_text and not (shape.need_text.search(self._sent) or shape.need_text.search(self._prev_sent)):
                continue
            if shape.skip_text and shape.skip_text.search(self._sent):
                continue
            if shape.skip_clause and shape.skip_clause.search(c):
                continue
            if shape.skip_context and shape.skip_context.search(f"{self._prev_sent}\n{self._sent}"):
                continue
            m = shape.search(c)
            if not m:
                continue
            if shape.action == "mode_heading":
                if not m.group("verb"):
                    continue
                if m.group("verb") in ELECT_VERBS:  # "…会议于2021年9月28日选举：" over lines "A为X；"
                    return Mode("elect", "decided", heading=True), person
                return Mode("appoint" if m.group("verb") in ("任命", "决定") else "remove",  # (…表决决定，A为X: session 34)
                            "proposed" if m.group("pre") or section.proposing else "decided"), person
            if shape.action == "person":  # "现任…李峰，拟任…": who the next clauses speak of
                names, _ = self._slots(shape, m, c, person)
                if names:
                    return mode, names
                continue
            if shape.action == "vacated":  # "陆委会主委张小月另有任用，由陈明通接任": the post the successor takes
                names, posts = self._slots(shape, m, c, person)
                if names and posts:
                    self._removed, self._removed_at = (self._sent, list(posts)), self._clause_no
                    return mode, names
                continue
            if shape.action == "verb_mode":
                status = _status(m.group("pre"), section)
                return Mode("appoint" if m.group("verb") == "任命" else "remove", status), person
            done = self._fact_shape(shape, m, c, pos, section, ev, mode, person)
            if done is not None:
                return done
        if (taken := self._posts_going_on(c)) is not None:
            kind, status, names, posts, marks = taken
            self.emit(kind, status, names, posts, ev, pos, marks=marks)
            self._last_taken = (self._sent, self._clause_no, kind, status, names, marks)
            return mode, names
        return None, _PersonAfter(c, person)

    def _posts_going_on(self, c: str) -> tuple[ActKind, Status, list[str], list[PostReading], Any] | None:
        """A clause of posts alone, every one placed, right after a clause of this sentence that appointed or
        elected one person: more posts of that act (…刘学新同志任中共福建省委委员、常委，中共福建省纪委委员、常委、
        书记). None otherwise (a clause that names no post, or a post kg cannot place: never guessed)."""
        last = self._last_taken
        if last is None or last[0] != self._sent or last[1] != self._clause_no - 1 or len(last[4]) != 1:
            return None
        text = c.strip().rstrip("。；;，,")
        if not text or not BARE_POSTS_RE.fullmatch(text) or OWN_CLAUSE_VERB_RE.search(text):
            return None
        posts = parse_posts(text, self.ctx.jur, self._scope, self.ctx.doc.meta.get("zone"))
        if not posts or any(p.org is None for p in posts):
            return None
        return last[2], last[3], last[4], posts, last[5]

    def _fact_shape(self, shape: Shape, m: re.Match[str], c: str, pos: int, section: Section, ev: Evidence,
                    mode: Mode | None, person: list[str]) -> tuple[Mode | None, list[str]] | None:
        """Apply one matched shape: the new (mode, person) when it decides the clause, None to
        let the next shape try."""
        groups = m.groupdict()
        pre = groups.get("pre") or ""
        if shape.skip_pre and shape.skip_pre.search(pre + (groups.get("verb") or "")):
            return None, person
        sub = SUB_ACT_RE.search(groups.get("posts") or "") if shape.kind in ("appoint", "elect") else None
        if sub is not None:
            # "任命A同志为X主任、B同志为Y局长": the list goes on after the first post
            head = c[: m.start("posts") + sub.start()]
            made = len(self.facts)
            done = self._fact_shape(shape, hm, head, pos, section, ev, mode, person) \
                if (hm := shape.search(head)) else None
            if len(self.facts) == made:
                return done  # the head is no act (黄国友担任乡长、倪秀芝为副乡长 in a history): nor is the rest
            rest = groups["posts"][sub.end():]
            for part in SUB_ACT_RE.split(rest):
                pm = LIST_ITEM_RE.match(part)
                if pm and (names := list_names(pm.group("names"))) and (posts := self._posts(pm.group("posts"))):
                    status = self._status_of(shape, c[: m.start("posts")], pre, section, mode)
                    self.emit(_kind(shape), status, names, posts, ev, pos, marks=shape.extra)
            return done
        if SPECULATION_RE.search(c):
            return None  # 网传A辞去…, A有望任…: a rumour is no act
        if shape.kind in ("appoint", "elect") and RESUME_SHOWN_RE.search(self._sent):
            return None  # "王永康的简历显示，王永康任…": a résumé read out states holdings, no act (session 23)
        names, posts = self._slots(shape, m, c, person)
        if posts and posts[0].org is None and groups.get("from_post"):
            posts = self._from_post_body(groups["from_post"], posts)
        if shape.need_text is not None and "body" in shape.need_text.groupindex:
            # a group formed in this sentence (成立…临时党总支，A担任临时党总支书记，B、C任副书记): the
            # post is the title as written, its body the group (unplaced: org null, no carry)
            bm = shape.need_text.search(self._sent) or shape.need_text.search(self._prev_sent)
            body = groups.get("body") or (bm.groupdict().get("body") if bm else None)
            posts = [PostReading(title=groups["posts"], org=None, org_text=body)] if body and names else []
        ok = bool(names and posts)
        if ok and "org" in shape.require:
            # (or, in a decision's own sentence with 同志 after the names, a body written that kg cannot place:
            # 湖北大学党委决定：吴志文同志任知行学院党委书记 — the title is the decision's; session 32)
            ok = posts[0].org is not None or bool(
                posts[0].org_text and WRITTEN_BODY_RE.search(posts[0].org_text) and "同志" in c
                and DECISION_WORDS_RE.search(self._sent[: self._sent.find(c) + 1] + c[: m.start("names")]))
        if ok and "post_before" in shape.require:  # 中国工商银行副行长谭炯任…: the person's earlier post
            found = trailing_names(c[: m.end("names")])
            lead = c[m.start("names"): found[1]].strip() if found and found[1] > m.start("names") else ""
            ok = bool(lead) and bool(parse_posts(lead, self.ctx.jur))  # (the list's lead before the names slot: no post)
        if ok and "decision" in shape.require:
            before_clause = self._sent[: self._sent.find(c)]
            if shape.names == "trailing" and m.group("names") and (trail := trailing_names(c[: m.end("names")])):
                pre = c[: trail[1]]  # "江西省委决定吴晓军任…": the lazy names group took 定 of 决定 (session 20)
            # (国务院任免国家工作人员：A任X — the State Council's list read out is its decision)
            ok = bool((groups.get("tz") and not HISTORY_OPENER_RE.match(self._sent))
                      or DECISION_WORDS_RE.search(pre)
                      or DECISION_WORDS_RE.search(before_clause)
                      or (not before_clause.strip() and re.search(r"决定[。：:]?$|决定如下", self._prev_sent.strip()))
                      # a row of a decision list under its title (…任免名单（…会议通过）⏎张三  任…)
                      or (not before_clause.strip() and self._in_list_row(pos))
                      or (not before_clause.strip() and self._decided_prev))
            self._decided_here = self._decided_here or ok
        if not ok:
            if shape.on_fail == "stop":
                return mode, person
            if shape.on_fail == "stop_clear":
                return mode, []
            if shape.on_fail == "stop_reset":
                return mode, []
            return None
        before = c[: m.start("names")] if "names" in m.re.groupindex and m.group("names") else c[: m.start("posts")]
        if shape.names == "trailing" and m.group("names") and (found := trailing_names(c[:m.end("names")])):
            before = c[: found[1]]  # "建议张三同志不再担任…": the words before the names read
        status = self._status_of(shape, before, pre, section, mode)
        if status == "decided" and shape.status not in ("decided", "request") and self._proposal_lead(c):
            status = "proposed"  # "省委提议，免去张三…职务": the clause before proposes (session 20)
        if status == "decided" and groups.get("ask") and not ACCEPTED_RE.search(c):
            status = "proposed"  # "官庆申请辞去…职务": a request, accepted by no body in its clause (round 35)
        if status == "decided" and shape.status == "notice" and section.proposing and self._lead_proposes(c):
            status = "proposed"  # a bill's list under "提请市人大常委会决定：": 陈东任某市教育局局长；
        if "已" in c[: m.start("posts")] and ALREADY_DONE_RE.search(c[: m.start("posts")]):
            self._told_done = True
        if "后" in self._sent and OFFSET_AFTER_RE.search(self._sent[: max(self._sent.find(c), 0) + m.start("posts")]):
            self._told_done = True
        told_done = self._told_done and OWN_DATE_RE.search(c) is None
        if status == "decided" and (shape.kind == "elect" or shape.person == "previous") \
                and self._career_step(c, m.start("posts")):
            # (an election, or a step told of the person of the clauses before: the news form "2009年，…，
            # 袁贵仁接任" stays an act, as the corpus writes it)
            return None, person  # "…，2016年6月，出任中国工程院副院长": a career step, the careers reader's holding
        kind = _kind(shape)
        if kind == "appoint" and shape.id in ("transfer", "transferred_his") and "选出" in self._sent and len(posts) == 1 \
                and (chosen := CHOSEN_POST_RE.search(self._sent)) and chosen.group("title").endswith(posts[0].title):
            kind = "elect"  # "…会议选出新的政协主席，A接替B出任广东省政协主席": the one chosen takes the post (round 36)
        self.emit(kind, status, names, posts, ev, pos, marks=shape.extra,
                  date="" if shape.date == "none" or told_done else None)  # date: none — the text does not date it
        self._last_taken = (self._sent, self._clause_no, _kind(shape), status, names, shape.extra) \
            if shape.kind in ("appoint", "elect") and not shape.mode and not told_done else None
        if shape.id == "transfer" and status == "decided" and len(names) == 1 and before.strip():
            self._vacated(before)
        if shape.then == "reset":
            mode = None
        elif shape.then == "set":
            mode = Mode(shape.kind or "appoint", status, inline=True)
        elif shape.then == "keep_or_set":  # a list of this act goes on; "二、免去" after "一、任命" starts one
            mode = mode if mode is not None and mode.kind == (shape.kind or "appoint") \
                else Mode(shape.kind or "appoint", status, inline=True)
        if shape.aside is not None and shape.aside.match(c.lstrip()):
            return mode, person  # "王晨，接替调任文化部长的蔡武，出任…": 出任 is still 王晨's (session 37)
        return mode, names

    def _in_list_row(self, pos: int) -> bool:
        """Does the sentence starting at ``pos`` open a row of a decision's list?"""
        i = bisect.bisect_right(self._list_rows, (pos, len(self.ctx.doc.text))) - 1
        return i >= 0 and self._list_rows[i][0] <= pos < self._list_rows[i][1]

    def _lead_proposes(self, c: str) -> bool:
        """Does the lead of this clause (its sentence before it, else the previous sentence)
        say 提请 / 拟 …? In a bill, "提请…决定：" leads a list of proposals, not decisions."""
        before_clause = self._sent[: self._sent.find(c)]
        lead = before_clause if before_clause.strip() else self._prev_sent
        return bool(PROPOSE_RE.search(lead))

    def _from_post_body(self, written: str, posts: list[PostReading]) -> list[PostReading]:
        """"郝平由北京大学党委书记转任校长": a post written bare after 转任 is one of the body the
        person leaves when that body is an institution or a company (a university's 校长 after its
        党委书记), never a place's government or party committee (由市委秘书长转任局长: which 局,
        unsaid). Session 20."""
        old = parse_posts(written, self.ctx.jur)
        if len(old) != 1 or not old[0].org:
            return posts
        info = parse_org(old[0].org)
        if info is None or info.type not in FROM_POST_BODIES:
            return posts
        return [replace(p, org=old[0].org, org_text=old[0].org_text) if p.org is None and not p.org_text else p
                for p in posts]

    def _slots(self, shape: Shape, m: re.Match[str], c: str, person: list[str]) -> tuple[list[str], list[PostReading]]:
        """The names and posts a matched shape speaks of. Where the pattern cannot fix a
        boundary, the text decides: names running into posts ("免去张三副区长职务"), names
        preceded by anything ("国家民委副主任李昭被免职": the last valid names before the verb),
        a name followed by its current post ("决定郑建副区长代理…")."""
        jur = self.ctx.jur
        groups = m.groupdict()
        if shape.person == "previous":
            return list(person), self._posts(groups["posts"])
        if shape.person == "successor":  # 免去A的X职务，B接任: B takes the one post just removed (two or more: which, unsaid)
            removed = self._removed
            written = groups.get("names") or groups.get("names2")
            if not written or removed is None or removed[0] != self._sent or not _one_office(removed[1]) \
                    or self._removed_at < self._clause_no - 1:
                return [], []  # (…冯世宽卸任，…；陆委会主委张小月另有任用，由陈明通接任: another post between; session 40)
            if groups.get("names2"):  # 由原北京市长陈吉宁接任: the name is the last one before the verb
                found = trailing_names(c[:m.end("names2")])
                return (found[0][-1:] if found else []), list(removed[1])
            return list_names(written), list(removed[1])
        if not groups.get("names"):
            return [], []
        if "cur" in m.re.groupindex:
            name = name_before_post(c[m.start("names"):m.end("cur")], jur)
            return ([name] if name else []), self._posts(groups["posts"])
        if shape.names == "trailing":
            # (同志 written after the names group closes the name too: "，郅海杰同志任…", session 24)
            comrade = c.startswith("同志", m.end("names"))
            found = trailing_names(c[:m.end("names") + (2 if comrade else 0)])
            if not found:
                return [], []
            names, start = found
            if c[:start].endswith(("接", "接替", "代替", "替", "接班", "顶替")):
                return [], []  # 陈冬接李建国出任…, 布小林接班巴特尔出任…: the name after 接 is the predecessor
            names[-1] = whole_name_before_ren(names[-1], c[m.end("names"):], self.ctx.doc.text)
            posts_text = groups["posts"]
            if m.start("posts") < m.start("names"):
                end = start if m.end("posts") == m.start("names") else m.end("posts")  # 由… between: the group
                posts_text = c[m.start("posts"):end]  # posts written before the names
                return names, self._posts(posts_text)
            return names, _of_former_body(self._posts(posts_text), c[:start], jur)
        if REFERRED_POST_RE.fullmatch(groups["posts"].strip()) and (named := list_names(groups["names"])):
            return named, self._posts(groups["posts"])  # 免去孙达相应职务 / 该职务: the post just given to another
        if m.end("names") <= m.start("posts") and c[m.end("names"):m.start("posts")] in ("", "的"):
            return split_names_posts(c[m.start("names"):m.end("posts")], jur, self._scope)
        after = c[m.end("names"):m.end("names") + 2]
        if shape.delimited and (after[:1] in ("为", "辞", "因", "的") or after in ("同志", "请求", "申请") or groups["names"].endswith("同志")):
            return delimited_names(groups["names"]), self._posts(groups["posts"])
        return whole_last_name(list_names(groups["names"]), c[m.end("names"):]), self._posts(groups["posts"])

    def _vacated(self, lead: str) -> None:
        """"江苏省军区司令员何卫东少将调任上海警备区司令员，遗缺由李克让少将接任": the one post written
        before the person who moves is the post left for the successor of the next clause (round 36)."""
        lead = CONNECTIVE_LEAD_RE.sub("", lead.strip())
        posts = self._posts(lead) if lead else []
        if len(posts) == 1 and posts[0].org and lead.endswith(posts[0].title):
            self._removed, self._removed_at = (self._sent, posts), self._clause_no

    def _proposal_lead(self, c: str) -> bool:
        """"省委提议，免去张三…", "市人大常委会主任会议建议，任命李四为…": the clause just before the
        act, in its sentence, is a body's proposal (提议 / 建议) and the act's own clause decides nothing;
        never a proposal a decision was taken upon (根据 / 经 / 同意 …提议) (session 20)."""
        at = self._sent.find(c)
        if at <= 0 or DECIDE_RE.search(c):
            return False
        m = PROPOSAL_LEAD_RE.search(self._sent[:at])
        return m is not None and not UPON_WORDS_RE.search(m.group("lead"))

    @staticmethod
    def _status_of(shape: Shape, before: str, pre: str, section: Section, mode: Mode | None) -> Status:
        rule = shape.status
        if rule == "proposed" or rule == "decided":
            return rule
        if rule == "request":
            return "proposed"
        if rule == "marked":  # 建议A… / 提议A不再担任… (a party committee's proposal to the congress)
            return "proposed" if PROPOSE_RE.search(before) or before.rstrip().endswith("提议") else "decided"
        if rule == "notice":
            words = pre + before  # the words before the names (建议A同志任X proposes)
            return "proposed" if PROPOSE_RE.search(words) or "推荐" in words else "decided"
        if rule == "mode":
            return mode.status if mode else _status(before, section)
        if rule == "mode_pre" and mode is not None:
            return mode.status
        return _status(before, section, mode if rule == "pre_mode" else None)


# (免去其…，…职务: session 24; 免除A的X、Y，以及Z等职务: round 36)
POST_LIST_VERB_RE = re.compile(r"不再(?:担任|兼任)|(?<!不再)兼任|免去(?:其|该同志)|(?:免去|免除)[\u4e00-\u9fff·]{2,6}的")
POST_LIST_END_RE = re.compile(r"[；;。：:\n]")
_NOT_BARE_POST_RE = re.compile(r"(?<![主责])任(?!务)|免|辞|不再|为|当选|同志|决定|提名|负责|主持|分管|协助|联系|工作$")


# -- which sentences the clause shapes need to read -------------------------------------------
#
# Outside a list (mode None), a sentence's clauses change nothing the reader keeps past the sentence
# unless one of them gives a fact, or opens a list (a mode_heading or verb_mode shape). A fact needs
# posts (emit, and _fact_shape's ``ok``), and every post is parse_post's reading of a part of the
# clause: a known title (kg.titles.titles) ends it. The clause is a piece of the sentence, and the
# parsers only cut or split it — but parse_post also drops bracketed notes inside a phrase ((兼),
# (试用期…), (挂职)), which could join the two halves of a title. So a sentence with no title word,
# no bracket, and none of the trigger words of the list-opening shapes and of the shapes whose post
# is the title as written (branch_formed: a body in need_text) gives nothing in the clause loop; it
# is skipped (two sentences in three of those with a trigger word, most of the clause loop's time).
# The state the loop keeps (_carry, _removed, _decided_here) changes only with a fact; _told_done
# and the person are the sentence's own.


@lru_cache(maxsize=1)
def _act_part_re() -> re.Pattern[str] | None:
    """A title or a trigger word of the shapes that act without one (see above); None when one
    of those shapes has no plain trigger words (then every sentence is read)."""
    from kg import fast_re
    from kg.titles import titles

    words = set(titles())
    for shape in grammar.clause_shapes():
        if shape.action in ("mode_heading", "verb_mode") \
                or (shape.need_text is not None and "body" in shape.need_text.groupindex):
            if shape.trigger_words is None:
                return None
            words.update(shape.trigger_words)
    minimal = sorted(w for w in words if not any(o != w and o in w for o in words))
    return re.compile(fast_re.words_pattern(minimal))


def _list_comma(m: re.Match[str]) -> str:
    """STRAY_LIST_COMMA_RE's match with its comma as 、 when both neighbours are names (same length)."""
    if is_person_name(m.group("left")) and is_person_name(m.group("right")):
        return f"{m.group('left')}、{m.group('right')}"
    return m.group(0)


def _may_act(text: str) -> bool:
    """Whether a sentence read outside a list may give a fact or open one (see above)."""
    if "（" in text or "(" in text:
        return True
    rx = _act_part_re()
    return rx is None or rx.search(text) is not None


def _bare_posts(text: str, jur: str | None) -> bool:
    """Posts alone, each with the body written (中共X工作委员会副书记、委员; X管委会主任): a part of
    a post list after a comma, never a clause of its own."""
    if not re.fullmatch(r"[\u4e00-\u9fff、（）()]{3,60}", text) or _NOT_BARE_POST_RE.search(text):
        return False
    posts = parse_posts(text, jur)
    return bool(posts) and bool(posts[0].org_text)


def _in_team(body: str, title: str) -> str:
    """A bare title of a team's list (主任 of 区人大常委会领导班子：主任王强) with the team's body."""
    post = parse_post(title) if body else None
    return body + title if post is not None and not post.org_text else title


def _names_joined(text: str) -> list[str]:
    """The items of a list of "posts + name" joined by 、 and by 及 / 和 only where two to four characters
    after a title end the part before it ("政务司长林郑月娥及财政司长曾俊华"; never inside a body:
    发展和改革委员会主任张三)."""
    from kg.titles import ends_with_title

    items: list[str] = []
    for part in text.split("、"):
        cut = next((m.start() for m in re.finditer("[及和]", part)
                    if any(m.start() > k and ends_with_title(part[:m.start() - k]) for k in (2, 3, 4))), None)
        items.extend([part[:cut], part[cut + 1:]] if cut is not None else [part])
    return items


def _kind(shape: Shape) -> ActKind:
    """The kind of the facts a shape gives (kg.extract.grammar requires one of every fact shape)."""
    if shape.kind is None:
        raise KgError(f"kg/data/act_shapes.yaml: shape {shape.id} gives facts but has no kind")
    return shape.kind


def extract_acts(doc: Document) -> list[Fact]:
    """All personnel acts of ``doc``, one Fact per clause reading (not yet merged), and the
    proposed posts of 任前公示 tables (kg.extract.notice_tables)."""
    from kg.extract import notice_tables

    return ActReader(doc).read() + notice_tables.extract(doc)
