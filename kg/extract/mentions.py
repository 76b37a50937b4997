"""Title + name mentions in running text: "区委书记、区总河长王俊出席会议", "副区长袁卫陪同",
"市政协副主席谭家玲率…", "区人大常委会副主任余炳友同志", and signature lines "区长：钟涛".

Precision first. A mention is a hold only when a known title is *immediately* followed by a
person name (2–4 Han characters starting with a known surname, :mod:`kg.names`) and the name is
followed by a boundary (同志, punctuation, or a verb officials are reported doing: 出席, 陪同, 率,
主持, 讲话, 调研 …). The organization is what is written right before the title
(市政协 → the city's CPPCC, resolved by :mod:`kg.orgs` with the document's jurisdiction); posts
chained with 、 before the title belong to the same person ("区委书记、区长张国智").

Dates: inside a chronicle (大事记: month lines "8月", day paragraphs "17日，…", 是日 / 是月) a
mention is dated by its day; elsewhere by the document date (or the yearbook's year).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Iterator

from kg import fast_re
from kg import titles as T
from kg.extract.dating import chronicle_dates  # moved there; kept importable from here
from kg.extract.holds import Post, canonical, make_fact, parse_post
from kg.extract.posts import BARE_ZONE_BODIES, CITY_RANKS, CONNECTIVE_LEAD_RE, DATE_DIGITS, UNIT_PARTY_TITLES, ZONE_WORDS, embassy_state, school_of_office
from kg.model import Document, Fact
from kg.names import BIRTH_NOTE, DOTS, OFFICER_RANKS, clean_name, common_surnames, is_dot_name, is_list_name, is_minority_name, is_person_name, minority_name_parts, not_names, surnames
from kg.orgs import is_taiwan_local_body, starts_with_named_body, taiwan_local_body
from kg.sentences import last_index

HAN = "\u4e00-\u9fff"
# What may follow a name for the title+name pair to count.
AFTER = (
    "同志", "先生", "女士", "出席", "陪同", "率", "主持", "讲话", "调研", "参加", "带领", "一行", "向", "代表",
    "以", "作", "会见", "宣读", "宣布", "表示", "指出", "强调", "要求", "深入", "赴", "来", "到",
    "前往", "先后", "实地", "检查", "视察", "督导", "慰问", "看望", "对", "致辞", "暗访", "莅临",
    "在", "就", "为", "等", "和", "与", "及", "分别", "通报", "传达", "介绍", "部署", "听取",
    "出", "参", "主", "讲", "召集", "督查", "巡河", "接见", "委托", "签", "汇报",
    "列席", "所作", "已", "接", "调任", "出任", "转任", "升任", "兼任", "接任", "拟", "也", "曾", "于",
    "当选",  # "中共中央政治局常委俞正声当选全国政协主席": the post held when elected
    "上将", "中将", "少将", "大校",  # "西藏军区司令员舒玉泰中将调任…": a military rank after the name (session 33)
    # (session 33: words the dev pages write right after a titled name, that no name's last character begins:
    # 省长胡和平顺位升任…, 中组部副部长郑晓松填补…, …秘书长肖捷接替…)
    "之后", "之间", "同岗", "虽然", "去年", "凌晨", "上月", "位列", "被任", "增补", "顺位", "另有", "针对", "填补", "替任", "撤职",
    "排在", "排序", "排名",  # (…纪委书记丘海排在常委班子第四位: session 44)
    "专程", "亲自", "一同", "随后", "首先", "今天", "今日", "昨天", "昨日", "日前", "近日", "会同", "走访",
    "明日", "明天",  # "…常任秘书长黄少珠明日起出任…" (the post held until then; session 27)
    "形容",  # "被保安局局长邓炳强形容为…" (session 27)
    "评价", "考察", "召开", "签署", "签发", "发表", "作出", "参观", "观看", "看望", "宣讲", "致信", "致电", "致词", "致开幕", "致闭幕", "致欢迎", "致贺词", "寄语",  # (3 characters: rest is read 3 wide)
    "回答", "接受", "率领", "率团", "率队", "出访", "访问", "会晤", "主讲", "点评", "总结", "发言", "提出",
    "会面", "会谈", "通话",  # "…与国台办主任张志军会面" (session 29)
    "希望", "认为", "说", "担任", "到任", "履新", "就任", "赴任", "卸任", "离任", "辞去", "不再",
    "原任", "现任", "此前",  # "宁夏自治区党委组织部长傅兴国原任国家公务员局副局长" (round 37)
    "带队", "带领", "应邀", "荣获", "获评", "获得", "提交", "批示", "多次", "被评", "被授予", "领衔", "共同",
    # "原吉林省委书记王珉则转任…": an adverb after the name; "昆山市委书记杜小刚是目前…最年轻的…"
    "则", "是",
    # "无锡市委书记杜小刚最年轻" (session 30)
    "最",
    # "山东潍坊市委前副书记王伯祥去世", "原河北省委书记郭志病亡": an obituary's subject (session 20, bio)
    "去世", "逝世", "病逝", "病亡", "因病", "离世", "辞世",  # (天津市长廖国勋离世: session 23)
    # "时任和平区委书记李绍洪晋升…", "…政府主席蓝天立落马": a move or a fall after the name (session 20, bio)
    "晋升", "落马", "官宣", "被查", "涉嫌",
    # "湖南省委书记周强获任最高人民法院院长" (never 周强获; session 43)
    "获任", "获委任", "获提名",
    # "根据市中级人民法院院长罗雄提请", "根据市人民检察院检察长刘建国的提请": who proposes a decision's acts
    "提请", "的提请", "的提名", "的建议",
    # "陕西省委原常委江泽林正式出任…": an adverb after the name
    "正式",
    # "江西省政协主席黄跃金此前曾长期在统战系统工作", "…原党委副书记孟凡利再次跨省履新", "…首次跨省…": an
    # adverb of time after the name (session 20, bio breadth: the posts before the name are held then)
    "此前", "再次", "首次",
    # division-of-work pages (领导分工): "副省长韩永文负责…", "省长助理袁建尧分管…", "…协助市长…"
    "负责", "分管", "协管", "协助", "联系", "领导",
    # "在介绍新任益阳市委书记胡忠雄时说": a name, then the time of a statement
    "时说", "时表示", "时指出", "时强调", "时要求",
    # news of a visit: "全国政协主席王沪宁抵达", "习近平继8月…后", "吉林省委书记景俊海连夜赶往吉林市"
    "抵达", "飞抵", "离开", "继", "连夜", "赶往", "赶赴",
    # a move across places after the name: "…组织部部长刘捷跨省调任…", "辽宁省省长刘宁南下，接替…" (session 23)
    "跨省", "跨区", "跨市", "南下", "北上", "西进", "东进", "进京",
    # "…区长张力兵、丰台区区长冀岩均曾长期在…": 均 / 都 (both) after the last of several names (session 23)
    # ("江西原省委书记强卫都已…": 都 after a name of two; session 28)
    "均", "都曾", "都是", "都已", "都在", "都将",
    # "吉林省委原组织部长林武改任…", "江苏省长石泰峰远赴宁夏": a move after the name (session 28)
    "改任", "远赴",
    # "前广东省委书记胡春华现任全国政协副主席", "原广东省委书记李希目前担任…": the post held before, then now (session 28)
    "现任", "目前",
    # "甘肃省副省长马世忠跻身常委", "时任云南省副省长沈培平被“双规”" (session 28)
    "跻身", "被“双", "被双规",
    # "副省长徐世群和省人大常委会副主任李永寿因任职年龄到限": the reason of a request
    "因",
    # "省委副书记、省长吕祖善颁发聘书": a ceremony's officer
    "颁发",
    # "县人民政府县长肖克关于…的提请报告": the author of a report or a request
    "关于",
    # "新任命的市人民政府副市长王三进行了宪法宣誓", "…副省长王晓宣誓就职", "…表态发言"
    "进行", "宣誓", "表态",
    # "国务院总理李克强提名", "市委组织部副部长解思明受市委委托", "副主任朱木根受区人民政府委托所作的…"
    "提名", "受",
    # biographies and profiles in news: "浦口区委书记祁豫玮的任职经历", "…祁豫玮现年49岁", "昆山市委书记杜小刚还小5个月"
    "的", "现年", "今年", "还",
    # a chronicle's transfer: "4 月 县委书记邓本忠奉调离泾，谢群任…" (the post held until then)
    "奉调", "调离",
    # session 19 (trad): discipline and personnel news of the overseas press — "吴川市委书记全可文涉嫌…",
    # "北京人大主任杜德印退休", "沪市长杨雄辞职", "…书记李玉妹成为…", "市委书记俞正声进入…",
    # "…书记马兴瑞接替王荣", "广州市委书记任学锋仅为…", "…审判员沈维琼也受到…" (也 above),
    # "国家主席胡锦涛根据…", "国家主席习近平旧部", "上海人大主任殷一璀昨评价…" (never 被: "…副主任李昭被免职"
    # reports the removal, no holding the corpus writes)
    "涉嫌", "退休", "辞职", "成为", "进入", "接替", "仅", "根据", "旧部", "昨", "落马",
    # "时任辽宁省委副书记、省长李乐成补缺二十届中央委员金壮龙", "天津市委常委袁桐利顶替…" (session 24)
    "补缺", "顶替", "递补",
    # a rumour or a future after the post held now: "现任湖南省长许达哲或将出任…" (the move is no act)
    "或将", "将", "可望",
    # "福建省副省长徐钢正在接受调查": 正在 after the name, never its last character (session 20, trad breadth)
    "正在",
    # a discipline notice's penalty after the name: "给予市公路局党组成员、副局长林健撤销党内职务、行政撤职处分",
    # "…局长舒展留党察看二年", "…副局长丁延安党内严重警告" (the posts held when punished; session 24)
    # a court's or an investigation's step after the name: "前贵州省委常委、副省长王晓光被判处…" (session 24;
    # 被 alone stays out: "…副主任李昭被免职" reports a removal)
    "被判", "被开除", "被逮捕", "被立案", "被双开", "被移送", "被起诉", "被提起", "被留置", "被调查", "被宣判",
    "投案",
    # a fall, and a past told after the name (the overseas press: "前重庆副市长王立军垮台", "前河北省委书记周本顺曾执掌…";
    # session 26: the longer words let names written whole, 周本顺, be read before them)
    "垮台", "倒台", "下台", "落台", "被捕", "受审", "获刑", "入狱", "被带走", "被通报", "涉贪", "年届",
    # "…副主任李微微亦接受问话", "…董事长洪清华等随团考察并参加…", "董建华、梁振英及何厚铧连任副主席"
    "亦", "并出", "并参", "并主", "并讲", "连任", "在内", "锒铛", "早年", "突然", "疑似", "共事", "围绕", "之子",
    "今早", "任职", "宣示",
    "曾任", "曾经", "曾在", "曾执", "曾主", "曾担", "曾是", "曾兼", "曾长", "曾先",
    # (three characters: the text after a name is read three wide)
    "留党察", "党内警", "党内严", "撤销党", "开除党", "行政撤", "行政记", "行政警", "政务撤", "政务记", "政务警",
    "诫勉",
)
# holders written after their title as one run of names with no separators (有 / ： / a line break
# between, never running text): the run closes its sentence, its line or a list (等)
NAME_RUN_AT = re.compile(r"(?:有|[：:]\n?|\n)([\u4e00-\u9fff]{4,60}?)(?=[。；;、\n（(]|等|$)")


def _name_run_after(text: str, at: int) -> list[str] | None:
    """The names of a run right after a title, when kg.extract.pair_rows.split_run cuts it clearly."""
    from kg.extract.pair_rows import split_run

    m = NAME_RUN_AT.match(text, at)
    names = split_run(m.group(1)) if m else None
    return names if names and all(is_person_name(n) for n in names) else None


PUNCT_AFTER = "，。、；：！？）”\n\t "
# between a title and the list of its holders: "副秘书长至少有7人，分别是…", "副书记分别是…"
LIST_INTRO_RE = re.compile(r"(?:班子(?:产生|成员)?[，,]?)?(?:目前)?(?:则|也|亦)?(?:至少|共|一共)?有?(?:\d+|[一二三四五六七八九十两]+)?[人名位]?[，,]?(?:分别是|分别为|依次是|依次为|名单为|名单是|名单如下|包括|还有[：:])[：:]?"
                           r"|有[：:]?(?=[\u4e00-\u9fff]{2,4}、)"  # (…常务委员会委员有王晓晖、黄强…: session 24; 历任馆长有：…, round 36)
                           r"|为(?=[\u4e00-\u9fff]{2,4}(?:[（(][女男][)）])?同志)")  # (省委书记为王晓晖同志; one name)
# (班子: "八届河北省委常委班子产生，共13人，分别是：A（时任省委书记）、B…"; session 40)
# (名单为 / 包括: "新一届省委常委名单为：A、B、C", "新一届省委常委包括A、B等11人" — always a list: the
# name after the intro must be followed by 、; session 21)
# "担任本次大会执行主席的还有：…", "大会的执行主席是…": a session's chairs (an election result
# "副主席是：…" is an act, not read here)
# (an order note may stand before the colon: "执行主席是（按姓名笔画排列）：…", session 32; the seat between them:
# "担任本次会议执行主席并在主席台前排就座的有：…", round 37)
MEETING_INTRO_RE = re.compile(r"(?:并在主席台(?:前排)?就[座坐])?的?(?:还有|是|为|由|有)(?:[（(][^（）()\n]{0,4}(?:笔画|笔划|筆畫|为序|為序|排序|排列)[^（）()\n]{0,4}[)）])?[：:]?")  # "执行主席由A、B…担任"
# the post of a nominee or of one just removed, written before it ("拟任县财政局局长张三作供职发言",
# "拟任命的…", "被免职的…"): the person holds no such post
NOMINEE_IN = re.compile(r"拟任|候任|拟提名|拟提请|拟推荐|拟提拔|拟免|被免职|被免去|提名为")
# a post removed, written before the name: "免去港澳办副主任周波的职务" (session 35)
REMOVING = ("免去", "免除", "撤销")
REMOVED_AFTER = re.compile(r"(?:同志)?的(?:职务|职位|一职)")
# a candidacy between the last title and the name: "市长提名人选张文旺", "县长候选人张三"
CANDIDATE_RE = re.compile(r"(?:提名)?(?:人选|候选人)(?:提名人选|预备人选|初步人选)?(?=[\u4e00-\u9fff])")  # 县长候选人提名人选
# a meeting's chair named as such between the last title and the name: "大会主席团常务主席、会议主持人
# 徐立全主持会议" (session 20): the role is no post, the titles before it are
PRESIDER_RE = re.compile(r"[、，,](?:会议|大会)?主持人(?=[\u4e00-\u9fff])")
# titles held in a session of a congress (大会执行主席, 主席团常务主席): their body is the session
MEETING_TITLES = {"执行主席": "", "常务主席": "主席团"}
MEETING_RE = re.compile(r"第[一二三四五六七八九十]+届[\u4e00-\u9fff]{2,12}?第[一二三四五六七八九十]+次会议")
# a congress session as news abbreviates it: "河北省十三届人大四次会议" is 河北省第十三届人民代表大会第四次会议
SHORT_SESSION_RE = re.compile(r"(?<![第一二三四五六七八九十])第?([一二三四五六七八九十]+)届人大第?([一二三四五六七八九十]+)次会议")  # 青海省第十一届人大一次会议
# "全国政协十二届一次会议" is 中国人民政治协商会议第十二届全国委员会第一次会议
SHORT_CPPCC_RE = re.compile(r"全国政协([一二三四五六七八九十]+)届([一二三四五六七八九十]+)次会议")
# "太和县政协十届一次会议" is 中国人民政治协商会议安徽省阜阳市太和县第十届委员会第一次会议 (the place
# written before it, else no session: 市政协七届一次会议 names none)
TERM_FIRST_CPPCC_RE = re.compile(r"政协第([一二三四五六七八九十]+)届([\u4e00-\u9fff]{2,12}?)委员会第([一二三四五六七八九十]+)次会议")
LOCAL_CPPCC_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?<!全国)政协([一二三四五六七八九十]+)届([一二三四五六七八九十]+)次会议")
# "政协湖北省十二届一次会议" (session 20): the place written between 政协 and the term, as
# TERM_FIRST_CPPCC_RE's place (中国人民政治协商会议湖北省第十二届委员会第一次会议)
PLACE_FIRST_CPPCC_RE = re.compile(r"政协(?!第)([\u4e00-\u9fff]{2,12}?)第?([一二三四五六七八九十]+)届(?:委员会)?第?([一二三四五六七八九十]+)次会议")
# a party congress written in full: 中国共产党山西省第十二次代表大会 (its place between; the session of its chairs)
PARTY_CONGRESS_RE = re.compile(r"(中国共产党)([\u4e00-\u9fff]{2,16}?)第([一二三四五六七八九十]+)次代表大会")
# the session's secretaries-general, written "大会副秘书长…": of the session, never a bare 秘书长
SESSION_OFFICERS = {"秘书长": "", "副秘书长": ""}
# Characters that end the organization written before a title (walking back from the title).
ORG_STOP = set("，。；：！？、\n\t 　▲△■□●○◆◇★☆•《》〔〕【】「」『』[]")  # 《县人民法院副院长李普生同志…报告》: a report's title names a post; …报告》和区人大常委会…副主任X: a new phrase; 〔中央社〕中共总书记: a press credit
SCOPE_WORDS = re.compile(r"(?<=.{2})(全国|总)$")  # 中国欧盟商会全国副主席: the scope, not the org
MILITARY = re.compile(f"({'|'.join(OFFICER_RANKS)})$")
SELF_ORG = {t: t[-2] + "政府" for t in ("区长", "副区长", "常务副区长", "县长", "副县长", "市长",
                                        "副市长", "常务副市长")}
# 原区委书记, 曾任西湖区区长刘颖, 前任区长: a former post (前 alone also starts place names: 前进街道)
FORMER_MARKS = ("历届", "原任", "曾任", "时任", "前任", "原")  # 历届区政协主席A、B: past holders
# the term written before a standing body ("十二届省政协主席李江", "十三届全国人大常委会副委员长"):
# no part of the body's name (a congress's own term stays: 十二届全国人大代表)
TERM_BEFORE_BODY = re.compile(r"^第?[一二三四五六七八九十]+届(?=(?:省|市|县|区|州|自治区|全国)(?:人大常委会|政协|委(?!员)))")
# 现任 between a body and its title (中国人民银行现任行长易纲, 国务院现任总理): the body's post, held now; the
# bodies' last characters (CUT_RE never cuts at a 现任 after them)
CURRENT_BODY_ENDS = "行局厅院办署"
CURRENT_INSIDE = re.compile(rf"(?<=..)(?<=[{CURRENT_BODY_ENDS}])现任$")
# 原 written between a body and its title (区人大常委会原主任): the body's own ending before it,
# never a place that ends in 原 (太原, 中原, 平原)
FORMER_INSIDE = re.compile(r"(?<=.)(?:委员会|常委会|政府|政协|人大|大学|学院|学校|医院|公司|集团|银行|科协|侨联|文联|台联|[委局厅部院办社庭司处科室]|(?<=..)[省市县区州旗盟镇乡])[原前]$")  # 石景山区原副区长; 潍坊市委前副书记; 复旦大学原校长 (session 20)
# 原 between a party committee and its department: 吉林省委原组织部 (the department's former head; session 28)
FORMER_DEPT_RE = re.compile(r"(?<=委)原(?=[\u4e00-\u9fff]{1,6}部$)|(?<=[省市县区州])[原前](?=政法委$|纪委$|组织部$|宣传部$|统战部$)")  # (新疆自治区前政法委)
# written right before a chain of posts, they date it to a time past: 当时的重庆市委书记…
THEN_MARKS = ("当时的", "当年的", "彼时的")
TITLE_BLOCK = ("原", "前", "时任", "老", "历任", "曾任", "追授", "追认", "名誉")
SAID = set("说称讲指问答道谈")  # "书记王俊说，": 王俊, never 王俊说
DOT_NAME_AT = re.compile(rf"[{HAN}]{{1,8}}(?:[{DOTS}][{HAN}]{{1,10}}){{1,3}}")
# an item of a list of names, written whole: the next character is a separator or the end
# (女), (回族), (女、蒙古族), (列席) after a name: the name is written whole (kg.names strips the mark)
NAME_MARK_AT = re.compile(rf"[（(](?:[女男]|[{HAN}]{{1,5}}族|列席|特邀|挂职|[左右中][一二三四五六]?|前排[左右中]?[一二三四五六]?|资料图片?|资料照片?|图|照片)(?:[、，,](?:[女男]|[{HAN}]{{1,5}}族))?[)）]")  # （列席）, （挂职） (session 20); （资料图片） (session 28)
# a holder's tenure in brackets after the name in a list of holders ("局长：白清江（1953年5月-1954年10月）、张耀宇
# （1954年10月-12月）", "书记：张玺（1949.5-1952.11）"): its start and end (an end's year left out is the start's;
# session 36)
TENURE_AT = re.compile(r"[（(](?P<y1>1[89]\d\d|20\d\d)(?:年|[.．])?(?P<m1>\d{1,2})?月?\s*[-—–~～至]+\s*"
                       r"(?:(?P<y2>1[89]\d\d|20\d\d)(?:年|[.．])?)?(?P<m2>\d{1,2})?月?[)）]")


def _tenure_dates(m: re.Match[str]) -> tuple[str, str | None]:
    """The start and end of a TENURE_AT match, to the month where written ("1954-10", "1954-12"; kg.dates.iso,
    the year alone when the month is none). Unlike kg.extract.pair_rows' ranges it reads an end written
    with its month only (1954年10月-12月)."""
    from kg.dates import iso

    def at(year: str, month: str | None) -> str:
        return iso(year, month) or year
    end = at(m.group("y2"), m.group("m2")) if m.group("y2") else at(m.group("y1"), m.group("m2")) if m.group("m2") else None
    return at(m.group("y1"), m.group("m1")), end


# a birth note after a name in a round-up ("江苏常州市长丁纯(生于1970年10月,江苏江阴人),任…": session 27)
BIRTH_MARK_AT = re.compile(BIRTH_NOTE)
# the person's posts in brackets after the name ("政治局委员孙春兰（前中央统战部长）、胡春华（前广东省委书记）"):
# the name is written whole before it, and a list of names goes on after it (session 31)
POST_NOTE_AT = re.compile(rf"[（(](?:前|原|时任|现任|曾任)?(?P<posts>[{HAN}、]{{2,30}}?)[)）]")
# a secondment mark between a post and the name ("副县长（挂职）张三出席", session 20)
SECONDMENT_AT = re.compile(r"[（(]挂职[)）]")
LIST_ITEM_AT = re.compile(rf"([{HAN}]{{2,4}})(?=[、，。；\n]|等|同志|出席|参加|列席|{NAME_MARK_AT.pattern})")
# (never a post after a word of time: "新任國防部長 嚴德發" is news of a move, its body 国防部, not 新任国防部;
# session 41)
SIGNATURE = re.compile(rf"^\s*(?!新任|前任|原任|时任|首任|拟任|現任|现任)(?P<post>[{HAN}（）()]{{2,30}}?)\s*[：:\s]\s*(?P<name>[{HAN}](?:\s?[{HAN}]){{1,3}})\s*$")
LINE_END_NOTE = re.compile(r"[（(][^（）()\n]{1,24}[)）][ \t\u3000]*(?:\n|$)")
# "陈刚（自治区党委书记）、蓝天立（自治区主席）出席": a name with its posts in brackets, inline
# (a single post of two characters too: "张三（县委书记）、李四（县长）")
# (…or the posts held then, after the person's sex or nation: "张庆黎（时任省委书记）、杨崇勇（满族，时任常务副
# 省长）": former holdings; round 35)
BRACKETED = re.compile(rf"(?:(?<=[：:、，,\s])|^)(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})[（(]"
                       rf"(?:(?:[女男]|[{HAN}]{{1,5}}族)[，,、])?(?P<then>时任)?(?P<posts>[{HAN}、]{{2,60}})[)）]", re.M)
# the same right after the verb of an election or appointment ("选举王强（县委副书记）为县长", session 19)
# (or after 通过了 / 提名, a list voted on: "表决通过了周伟万(中共江门市委常委、纪委书记)、王彦文(…)为…委员"; session 35)
BRACKETED_AFTER_VERB = re.compile(rf"(?:选举|补选|增选|任命|通过了|提名)(?P<name>[{HAN}]{{2,4}}|[{HAN}]{{1,8}}·[{HAN}]{{1,10}})"
                                  rf"[（(](?P<posts>[{HAN}、]{{2,60}})[)）]")


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """The titles and ranks :func:`_title_re` finds."""
    return tuple(sorted(set(T.titles()) | set(T.ranks())))


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    # the longest title at each offset, as "|".join of them longest first matched; written as a
    # tree of their characters, searched ~2.5x faster (kg.fast_re.words_pattern)
    return re.compile(fast_re.words_pattern(title_words()))


@lru_cache(maxsize=1)
def _shared_table() -> dict:
    """kg/data/shared_posts.yaml: bodies whose titles a bare title after a comma shares."""
    from kg.datafiles import load_yaml

    return load_yaml("shared_posts.yaml")


@lru_cache(maxsize=1)
def _shared_gap() -> re.Pattern:
    return re.compile(_shared_table()["gap"])


# "其他常委分别是…": the rest of the same body's members
OTHER_RE = re.compile(r"^(?:其他|其余|另有)")
# a sentence that names a body's leading team: its members follow in the next sentence
TEAM_RE = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:省委|市委|县委|区委|州委|党委|人大常委会|政协))(?:常委)?(?:领导)?班子(?:成员)?")


def _team_before(text: str, at: int) -> str | None:
    """The body whose leading team the sentence before ``at`` names, when ``at`` opens a
    sentence ("…省委领导班子成员共计11人，2名女性。书记李锦斌，…")."""
    if at == 0 or text[at - 1] not in "。\n":
        return None
    start = last_index(text, "。\n", at - 1) + 1
    found = TEAM_RE.findall(text[start:at])
    if not found:
        return None
    body = re.sub(r"^.*(?:现任|目前|此轮调整之后，?|之后，?)", "", found[-1])
    from kg.extract.posts import canonical as canonical_text

    return body if canonical_text(body, None) else None


# "会议选举产生12名省委常委：…。其他分别是：常务副省长A，…纪委书记B，…组织部长C": the standing
# committee an enumeration of its members is about; a department written bare in it is that committee's
STANDING_RE = re.compile(r"(?<![\u4e00-\u9fff])(?:[0-9一二三四五六七八九十]+[名位])?([省市县区州]委|自治区党委)常委")
MEMBERS_INTRO_RE = re.compile(r"其他(?:常委)?(?:分别)?(?:是|为)[：:]")


def _standing_before(text: str, at: int) -> str | None:
    """The committee (省委, 市委 …) whose standing members the sentence holding ``at`` lists
    after 其他…分别是：, named as N名省委常委 in it or up to 300 characters before; else None."""
    start = last_index(text, "。\n", at - 1) + 1
    intro = None
    for intro in MEMBERS_INTRO_RE.finditer(text, start, at):
        pass
    if intro is None:
        return None
    found = None
    for found in STANDING_RE.finditer(text, max(0, intro.start() - 300), intro.start()):
        pass
    return found.group(1) if found else None


# the body a meeting report is about, written as the subject of 举行 / 召开 (区人大常委会召开第二十次
# 会议, 市十二届人大常委会举行第四十三次会议, 市政协召开…常委会议): its bare titles after it are its own
MEETING_BODY_RE = re.compile(r"([\u4e00-\u9fff]{0,12}?(?:人大常委会|政协|[省市县区州旗]委|党委)"
                             r"|(?:政协|中国人民政治协商会议)[\u4e00-\u9fff]{2,16}?委员会)"  # (政协河北省第十二届委员会常务委员会第一次会议…召开; session 33)
                             r"(?:第?[一二三四五六七八九十]+届)?(?:常委会|常务委员会)?(?:第[一二三四五六七八九十]+次(?:全体)?会议)?"
                             r"(?:在[^，。；\n]{1,12}|于[^，。；\n]{0,12})?(?:举行|召开)(?!的)")  # (召开的会议: a meeting held, not its holder)


def _meeting_body_before(text: str, at: int) -> tuple[str, int] | None:
    """The body whose meeting the text before ``at`` reports (its paragraph or the one before,
    at most 200 characters back) and where that is written: 区人大常委会 of
    "区人大常委会召开第二十次会议。会议由常务副主任张建国主持" (the caller makes sure that no other
    mention stands between)."""
    line = text.rfind("\n", 0, at)
    start = max(text.rfind("\n", 0, line) + 1 if line > 0 else 0, at - 200)
    found = None
    for m in MEETING_BODY_RE.finditer(text, start, at):
        found = m
    if found is None:
        return None
    body = re.sub(r"^.*?(?:[0-9]+日|[上下]午|晚|，|,)", "", found.group(1)) or found.group(1)
    from kg.extract.posts import canonical as canonical_text

    return (body, found.end()) if canonical_text(body, None) or body[:1] in "省市县区州旗" else None


SENTENCE_END_CHARS = "。；;\n！？!?"
# an attendance sentence ending, then the convener's sentence: its bare title, the name, 主持 (session 33)
ATTENDED_GAP = re.compile(r"(?:出席|参加)(?:会议)?。")
CONVENER_AFTER = re.compile(r"(?:同志)?主持")


def _shares(org_text: str | None, title: str) -> bool:
    """Whether a bare ``title`` after a comma shares ``org_text`` (the body of the person named
    before it): kg/data/shared_posts.yaml."""
    if not org_text:
        return False
    return any(org_text.endswith(tuple(b["endings"])) and org_text.startswith(tuple(b.get("starts", ("",))))
               and title in b["titles"] for b in _shared_table()["bodies"])


def _yearbook(doc: Document) -> bool:
    """Whether the document's year is a yearbook's (the year it records, not the year of its own
    date): then that year wins over event dates; a dated news page's mentions take the date of the
    event they are reported at ("1月26日上午，…开幕。…副主席A、B在主席台前排就座" → 01-26, not
    the page's 01-27)."""
    return bool(doc.year) and not (doc.date and doc.date[:4] == str(doc.year))


def _default_date(doc: Document) -> str | None:
    if doc.date and doc.year and doc.date[:4] == str(doc.year):
        return doc.date
    if doc.year:
        return str(doc.year)
    if doc.date:
        return doc.date
    from kg.extract.dating import reference_date

    return reference_date(doc)  # a news page's stamp or dateline ("2021-04-24 23:18 大众报业…")


def _name_after(text: str, pos: int) -> tuple[str, int] | None:
    """The person name starting at ``pos`` when a boundary follows it; (name, end).

    A name followed by punctuation is taken whole, the longest such candidate first
    ("副市长石爱作，": 石爱作, not 石爱 + 作); otherwise the shortest name followed by a verb
    officials are reported doing ("袁卫陪同", "王雯一行"). A minority name with a middle dot
    ("阿尤甫·铁衣甫") is read whole."""
    if not "\u4e00" <= text[pos:pos + 1] <= "\u9fff":
        return None  # every reading below opens with a Han character (kg.names: surnames and name parts are Han)
    if text[pos] == "有" and (is_person_name(text[pos + 1:pos + 4]) or is_person_name(text[pos + 1:pos + 3])):
        return None  # "…委员有王晓晖、黄强": the verb before a list (LIST_INTRO_RE reads it), no name 有王晓晖
    if (m := DOT_NAME_AT.match(text, pos)) and not _title_re().search(re.split(f"[{DOTS}]", m.group(0), maxsplit=1)[0]):
        # (a title before the dot — 自治区主席艾尔肯·吐尼亚孜 — is another mention, no name's first part)
        weak = None
        dot = max(m.group(0).rfind(d) for d in DOTS)
        for end in range(m.end(), pos + dot + 1, -1):  # the last part, longest first
            cand, rest = clean_name(text[pos:end]), text[end : end + 3]
            if not is_person_name(cand) or any(cand.endswith(w) for w in AFTER if len(w) > 1) \
                    or (cand[-1] == "生" and rest[:1] == "于"):
                continue  # "约尔古丽·加帕尔出席": the name ends before 出席 (努尔·白克力生于1961年: before 生于)
            if not rest or rest[0] in PUNCT_AFTER:
                if cand[-1] in "说称" and is_person_name(cand[:-1]):
                    return cand[:-1], end - 1  # "检察长吾提库尔•阿不都热合曼说，": the name ends before 说
                return cand, end
            if weak is None and (rest.startswith(AFTER) or rest[:2] == "生于"):
                weak = (cand, end)
        if weak:
            return weak
    if (q := QMARK_NAME_AT.match(text, pos)) and (found := _qmark_name(text, q)):
        return found
    weak = None
    for k in (6, 5, 4, 3, 2):
        if k > 4 and not is_minority_name(text[pos : pos + k]):
            continue  # 乌云其木格: a Tibetan or Mongolian name may be longer than a Han one
        cand = text[pos : pos + k]
        rest = text[pos + k : pos + k + 3]
        # (each pattern below tried only where its first character stands: ~5,000 candidates on the samples)
        if rest[:1] in _QMARKS and LOST_CHAR_AT.match(rest):
            continue  # "崔亚？wèn)|": a character lost in conversion (? and its pinyin), the name cut
        whole = not rest or rest[0] in PUNCT_AFTER  # written whole before punctuation: 邓向阳、
        if text[pos + k - 1:pos + k] in _HOU_FIRST and _JI_HOU_AT.match(text, pos + k - 1) \
                and JI_BEFORE.search(text[max(0, pos - 30):pos]):
            continue  # "继省委组织部长夏杰后，" (繼…後): 后 closes 继…后, no part of the name (session 20)
        after = text[pos + k:pos + k + 1]
        if after in _HOU_FIRST and _JI_HOU_AT.match(text, pos + k) and JI_BEFORE.search(text[max(0, pos - 30):pos]):
            whole = True  # … so the name before it is written whole (夏杰)
        if not whole and rest[:1] in "和及" and _title_re().match(text, pos + k + 1):
            whole = True  # "副主任…、郭大为和秘书长文引学": written whole before 和 and a colleague's title
        if not whole and rest[:1] in "和及" and _list_name_at(text, pos + k + 1):
            whole = True  # "…刘少奇、周恩来和任弼时，": written whole before 和 and the list's last name (session 26)
        if (after in _NUMBER_FIRST and NUMBER_AFTER_NAME.match(text, pos + k)) \
                or (after in _BRACKETS and (NAME_MARK_AT.match(text, pos + k) or BIRTH_MARK_AT.match(text, pos + k)
                                            or _post_note_at(text, pos + k))) \
                or (after == "1" and DAY_AFTER_NAME_AT.match(text, pos + k)):
            # "…总理李强22日在北京会见": a day after the name (the press of Taiwan and Hong Kong);
            # "国务院总理李克强9月17日主持召开…": a month and day ("李强10月25日主持…": a month of
            # two digits, beyond the three characters of ``rest``; session 20)
            whole = True  # "德州市市长陈飞（1975年1月生）", "副主任陈秀兰（女）": a name, then a bracket
        if pos and text[pos - 1] in "：:" and LINE_END_NOTE.match(text, pos + k):
            whole = True  # a row "贵州省委书记：苏振华（兼贵州军区政委）": the name, a note closing the line
        if after == "等" and ETC_AT.match(text, pos + k):
            whole = True  # "…省委秘书长晏永和等省领导出席": 等 closes a list, the name is written whole
        if len(cand) < k or cand in NOT_NAMES or (after in _PLACE_LEVEL_CHARS and _place_word(cand + after)) \
                or not (is_person_name(cand) or (whole and k == 3 and _whole_name(cand))
                        or (k == 3 and _attending_name(cand, rest, whole))
                        or (k == 4 and (rest[:1] in TWO_SURNAME_AFTER or rest.startswith(TWO_SURNAME_VERBS)) and _two_surname_name(cand))
                        or (k <= 4 and rest[:1] == "、" and _heads_names(text, pos + k, cand))) \
                or _title_re().search(cand) or "代理" in cand \
                or (cand[0] in "和与及" and starts_with_named_body(text[pos + 1:pos + 40])):
            continue  # (保安局副局长和运输及房屋局副局长: 和 before a named body is the conjunction; session 40)
        if whole and k == 3 and cand[-1] == "后" and is_person_name(cand[:2]):
            return cand[:2], pos + 2  # "政府主席刘慧后，…": after 刘慧 (took office), no name 刘慧后
        if whole:
            if any(cand.endswith(w) for w in AFTER if len(w) > 1) or cand[2:] in NOT_NAMES \
                    or (cand[-1] in SAID and rest[:1] != "、" and is_person_name(cand[:-1])):
                continue  # "王雯一行，": the name is 王雯; "王俊说，" (王俊 a name) but "李同道，"
            return cand, pos + k
        if rest.startswith(AFTER) or _takes_post(cand, rest):
            if cand[0] in word_surnames() and cand[:2] not in surnames() and not rest.startswith(WORD_SURNAME_AFTER) \
                    and not _minority_opening(cand):
                continue  # "副区长才到任": 才 starts a word as often as a name; only 才华参加调研 (session 21)
            if weak is not None and rest[:1] in "和与及" and len(weak[0]) == k + 1 \
                    and text.startswith(AFTER, pos + k + 1) and not text.startswith(("和", "与", "及"), pos + k + 1):
                continue  # "秘书长李仁和出席会议": 和 ends the longer name, no conjunction before a verb (session 24)
            if weak is not None and len(weak[0]) == k + 1 and rest[:2] in OFFICER_RANKS \
                    and text.startswith(AFTER, pos + k + 1) and text[pos + k + 2:pos + k + 3] not in ("", *PUNCT_AFTER) \
                    and not text[pos + k + 2:pos + k + 3].isdigit():
                continue  # "漳州市委书记郑立中将接替…": 中 ends the name before 将 (will), no rank 中将 (session 46);
                # but "司令员柳林中将、政委杨诚中将": the rank, closed by punctuation (round 36) or by a day
                # (广州军区政委张阳上将10日莅临…, round 38)
            weak = (cand, pos + k)
    return weak


_PLACE_LEVEL_CHARS = frozenset("省市县区州旗盟镇乡")


def _place_word(word: str) -> bool:
    """Whether ``word`` names a place (巴南区): "…人大代表巴南区…" has no name 巴南 (session 31)."""
    from kg.places import gazetteer

    return any(how == "name" for _, how in gazetteer().words.get(word, ()))


def _minority_opening(cand: str) -> bool:
    """Whether ``cand`` opens with a known part of a Tibetan or Mongolian name (巴特尔, 巴桑次仁): such a
    name is no word, whatever its first character starts elsewhere (巴南区; session 31)."""
    parts = minority_name_parts()
    return any(cand[:n] in parts for n in (2, 3))


def _post_note_at(text: str, at: int) -> re.Match[str] | None:
    """A bracket of the person's posts at ``at`` ("（前中央统战部长）"), None for any other bracket."""
    if text[at:at + 1] not in _BRACKETS:
        return None
    m = POST_NOTE_AT.match(text, at)
    return m if m and T.ends_with_title(m.group("posts")) else None


def _list_name_at(text: str, at: int) -> bool:
    """A name of two or three characters at ``at`` closed by punctuation or 等 (the last name of a list
    after 和 / 及: …周恩来和任弼时，)."""
    for k in (3, 2):
        after = text[at + k:at + k + 1]
        if (not after or after in PUNCT_AFTER or after == "等") and is_person_name(text[at:at + k]):
            return True
    return False


@lru_cache(maxsize=1)
def word_surnames() -> frozenset[str]:
    """Surnames that also start common words (kg/data/word_surnames.txt: 才, 满, 南 …; each in surnames.txt too)."""
    from importlib import resources

    text = resources.files("kg").joinpath("data/word_surnames.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# the verbs after which a name starting with a surname that also starts common words (kg/data/word_surnames.txt:
# 才, 满, 南 …) is read in running text (副主任才华参加调研, 副主任衣萍主持会议; session 21)
WORD_SURNAME_AFTER = ("出席", "参加", "主持", "陪同", "列席", "会见", "讲话", "致辞", "带队", "带领", "调研", "一行", "同志")


# "继A后，" / "继A之后，" / "接替A后": 后 (繁 後) closes the clause opened by 继 / 接替 (继省委组织部长夏杰后，第二位…):
# never the last character of the name (后 is a surname, so 夏杰后 would pass as a name)
_JI_HOU_AT = re.compile(r"之?后(?=[，,。；;、\s])")  # (继…周强之后，: 之后 too)
# the first characters of the matches of _JI_HOU_AT, LOST_CHAR_AT, NUMBER_AFTER_NAME and NAME_MARK_AT
# (_name_after tries each only where one stands; tests/test_speed24.py)
_HOU_FIRST = ("之", "后")
_QMARKS = ("?", "？")
_NUMBER_FIRST = frozenset("（(0123456789")
_BRACKETS = ("（", "(")
JI_BEFORE = re.compile(r"(?:继|接替)[^，,。；;：:]{0,30}$")


# a transliterated name whose middle dot a mis-encoded page wrote as "?" (艾力更?依明巴海,
# 雪克来提?扎克尔): both parts two characters or more, five or more in all (a Han name's lost
# character, 王?明, is never read so)
QMARK_NAME_AT = re.compile(rf"([{HAN}]{{2,8}})[?？](?=[{HAN}]{{2}})")


# state bodies a list of a place's leaders writes without their level marker after the first item
BARE_STATE_BODIES = frozenset({"政协", "人大常委会", "人大", "政府", "人民政府", "纪委", "监委", "法院", "人民法院",
                               "检察院", "人民检察院"})


def _qmark_name(text: str, q: re.Match[str]) -> tuple[str, int] | None:
    """"艾力更?依明巴海，": the name with its dot restored, longest first before punctuation,
    else the shortest before a verb officials are reported doing; None when no part reads so."""
    left, start = q.group(1), q.end()
    weak = None
    for end in range(min(len(text), start + 10), start + 1, -1):
        right = text[start:end]
        if not re.fullmatch(f"[{HAN}]+", right) or len(left) + len(right) < 5:
            continue
        cand, rest = f"{left}·{right}", text[end:end + 3]
        if not is_person_name(cand) or any(right.endswith(w) for w in AFTER if len(w) > 1):
            continue
        if not rest or rest[0] in PUNCT_AFTER:
            return cand, end
        if weak is None and rest.startswith(AFTER):
            weak = (cand, end)
    return weak


def _heads_names(text: str, at: int, cand: str) -> bool:
    """A first item with no known surname (坚参, 尼玛) written whole before 、, heading a list whose
    next two items are names with a surname ("副主任坚参、江白、张洪波、…出席"): a name of the
    list (kg.names.is_list_name), as a later item of such a list would be."""
    if not is_list_name(cand):
        return False
    items = re.split(r"、", re.split(r"[，,。；;：:\n]", text[at + 1:at + 40], maxsplit=1)[0])
    return len(items) >= 2 and all(is_person_name(item) for item in items[:2])


# 等 closing a list of officials after its last name: "…晏永和等省领导出席", "张三等同志", "李四等5人"
ETC_AT = re.compile(r"等(?:[省市县区州]?(?:委|级)?领导|同志|人|[0-9一二两三四五六七八九十]+[人名位])")
# a character a mis-converted page lost: "?" (or "？") and the start of its pinyin ("崔亞?wèn)|")
LOST_CHAR_AT = re.compile(r"[?？][a-zA-Z\u00c0-\u024f]")


# words that 同 / 会 / 名 / 现 / 则 start after a surname in running text (never inside a name)
NAME_STOP_WORDS = re.compile(r"同志|同时|同意|同期|同步|同样|同行|同比|同年|同日|会见|会同|会议|会上|会后|会前|会中|会长"
                             r"|会谈|会晤|会商|名单|名义|名称|现场|现任|现为|现在|则|为了|为止|为期|为主|为首|为由"
                             r"|本市|本县|本区|本省|本州|本镇|本乡|本届|本次|本人|本着|本地|本年|本月|本报|本网|本级|本部"
                             r"|向上|向下|向前|和谐|从严|从事|从而|号召"
                             r"|月底|月初|月份|月末|月中|月内|月间|月至|月起|月以")


def _attending_name(cand: str, rest: str, whole: bool) -> bool:
    """"省人大常委会…主任委员刘同德出席", "万州区委书记于会文出席": a three-character name holding
    同 / 会 / 名 / 现 after its surname, as lists write them whole, when the name is followed by
    punctuation or by what officials are reported doing (a verb of two characters or more) and
    forms none of the words those characters start (同志, 会见, 会同, 名单 …)."""
    return (is_person_name(cand, delimited=True) or _whole_name(cand)) and not NAME_STOP_WORDS.search(cand[1:]) \
        and (whole or (rest.startswith(_long_after()) and not cand.endswith("为")))  # 张三为代表…: 为 is no name's end
    # (also 向 / 号 / 本 / 和 / 从 after the surname, as names written whole hold them: "县委书记
    # 邓本忠奉调离泾", "…邓向阳出席" — never 本市 / 本届 …, never before a shorter verb)


@lru_cache(maxsize=1)
def _long_after() -> tuple[str, ...]:
    return tuple(w for w in AFTER if len(w) > 1)


# characters kg.names refuses inside a name in running text ("王俊向大会报告", "第3号") that
# names written whole between separators do have: 邓向阳, 任军号, 徐守本, 胡和平, 刘从国
WHOLE_NAME_CHARS = set("向号本和从为月")  # 郭大为 (为 never ends a clause before punctuation); 肖月高, 张月华


def _two_surname_name(cand: str) -> bool:
    """"行政长官林郑月娥的提名": a Hong Kong or Macau woman's name, her husband's surname before her
    own (林郑月娥, 陈方安生, 范徐丽泰), written whole after a title (session 20); never a conjunction that is
    also a surname before a name (吕祖善省长和陈加元: 和 is "and"; session 44)."""
    sn = surnames()
    return len(cand) == 4 and cand[0] in sn and cand[1] in sn and cand[0] != cand[1] and cand[0] not in "和与及同" \
        and is_person_name(cand[1:], delimited=True) and not any(c in NOT_GIVEN_NAME for c in cand[2:]) \
        and cand[2:] not in not_names() and cand[2:] not in NOT_GIVEN_WORDS


# what such a name is written before: 的 (的提名 / 的建议) or a mark, never a line's end (苏荣简历)
TWO_SURNAME_AFTER = set("的，,、。；;（(")
# …or a verb of what such a person says (公务员事务局局长杨何蓓茵表示: session 27)
TWO_SURNAME_VERBS = ("表示", "指出", "强调", "形容", "宣布", "出席")
NOT_GIVEN_WORDS = {"先后", "之后", "之前", "以后", "以来", "同志", "等人", "一行", "简历", "简介"}


# what a pair of surnames is followed by when it names two people or families (王张两人, 张李两家)
NOT_GIVEN_NAME = set("两俩二三人家位名姓们等氏年日")


def _whole_name(cand: str) -> bool:
    """"邓向阳、", "、任军号、": a three-character name written whole before punctuation may hold
    one of :data:`WHOLE_NAME_CHARS` after its surname."""
    odd = [c for c in cand[1:] if c in WHOLE_NAME_CHARS]
    return len(odd) == 1 and is_person_name(cand[0] + "".join("明" if c in WHOLE_NAME_CHARS else c for c in cand[1:]))


def _takes_post(cand: str, rest: str) -> bool:
    """"江西省委常委吴晓军任南昌市委书记": 任 after a name starts the name's new post, unless it
    belongs to a word (任免, 任命, 任务 …) or the candidate ends with the first half of a verb
    (来担|任, 兼|任: the name is shorter or no name at all)."""
    return rest[:1] == "任" and rest[:2] not in ("任免", "任命", "任务", "任职", "任期", "任何") \
        and cand[-1] not in "担兼出调转升接就继留委主"


def _list_name_after(text: str, pos: int) -> tuple[str, int] | None:
    """The next item of a list of names ("副主任张光荣、马伟、尼玛卓玛、鸟成云出席"): a name by
    :func:`_name_after`, or an item written whole between separators that
    :func:`kg.names.is_list_name` accepts (Tibetan names have no surname)."""
    if found := _name_after(text, pos):
        return found
    m = LIST_ITEM_AT.match(text, pos)
    if m and (is_list_name(m.group(1)) or (len(m.group(1)) == 3 and _whole_name(m.group(1)))
              or _delimited_item(m.group(1))) \
            and not _title_re().search(m.group(1)) \
            and m.group(1) not in NOT_NAMES:
        return m.group(1), m.end(1)
    return None


# characters a list item written whole between separators may hold after its first character
# although they end a name in running text: 刘同德, 孙会方, 那顺孟和 (two names joined by 和 make
# five characters or more, never one item of 3–4)
DELIMITED_NAME_CHARS = set("同会名和现是")  # 王现坤, 郑是平 inside a list of names


def _delimited_item(item: str) -> bool:
    """"、刘同德、", "、那顺孟和、", "、宗和、": an item of 2–4 characters of a list whose first
    item is a name, with one of :data:`DELIMITED_NAME_CHARS` after its first character (two
    characters only after a known surname)."""
    if len(item) not in (2, 3, 4) or not any(c in DELIMITED_NAME_CHARS for c in item[1:]):
        return False  # "、宗和、": two characters, a surname and 和, written whole between separators
    if len(item) == 2 and item[0] not in surnames():
        return False
    plain = item[0] + "".join("明" if c in DELIMITED_NAME_CHARS else c for c in item[1:])
    return is_list_name(plain)


CANDIDATE_THEN_NEXT = re.compile(r"(?:提名)?(?:人选|候选人)[\u4e00-\u9fff]{2,4}?(?:以及|及|和)(?=[\u4e00-\u9fff])")


def last_match(pattern: re.Pattern, text: str, start: int, end: int) -> int | None:
    """The end of the last match of ``pattern`` inside text[start:end] (a cheap 人选 test first)."""
    if "人选" not in text[start:end] and "候选人" not in text[start:end]:
        return None
    found = None
    for m in pattern.finditer(text, start, end):
        found = m.end()
    return found


# the last name of a list, then 和 / 及 before the next post ("…、蔺永钧和中央文史研究馆馆员…", session 32)
LIST_NAME_AND = re.compile(rf"([{HAN}]{{2,3}})和(?=[{HAN}]{{2}})")  # (and the name before it: a list)


def _after_unopened_close(piece: str) -> int:
    """Where ``piece`` starts after a bracket closed in it that no post opens: one it did not open, or a
    group opening it (a press credit, "（看中国记者…综合报导）中共重庆市委常委…": round 35); 0 when none."""
    if "）" not in piece and ")" not in piece:
        return 0
    depth, cut = 0, 0
    for k, c in enumerate(piece):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
                if depth == 0 and piece[0] in "（(" and cut == 0:
                    cut = k + 1  # (the group that opens the piece)
            else:
                cut = k + 1
    return cut


def _chain_before(text: str, start: int) -> list[tuple[str, int]]:
    """Post phrases chained with 、 that end at ``start``: [(phrase, phrase_start)], nearest last."""
    chain: list[tuple[str, int]] = []
    end = start
    while True:
        i = end
        while i > 0 and text[i - 1] not in ORG_STOP and end - i < 40:
            i -= 1
        i += _after_unopened_close(text[i:end])  # "（…记者…综合报导）中共重庆市委常委…": the credit's bracket ends before
        if (cut := last_match(CANDIDATE_THEN_NEXT, text, i, end)) is not None:
            # "…副旗长提名人选刘海涛及旗政府副旗长李建民": a candidate's name and 及 end that run;
            # the next person's posts start after them (session 20 partynews breadth)
            chain.append((text[cut:end], cut))
            chain.reverse()
            return chain
        if i > 1 and text[i - 1] == "、" and (joined := LIST_NAME_AND.match(text, i, end)) is not None \
                and is_person_name(joined.group(1), delimited=True) \
                and is_person_name(text[max(0, i - 4, last_index(text, "、，,：:；\n", i - 2) + 1):i - 1], delimited=True):
            i = joined.end()  # "参事林毅夫、蔺永钧和中央文史研究馆馆员李前宽": the last name of a list and 和 are no body
        if (other := _after_other_person().match(text[i:end])) is not None \
                and not NOMINEE_IN.search(text, i, i + other.end()):  # (被免去职务的有校长A和副校长B: no holding)
            i += other.end()  # "全国政协副主席兼中央统战部部长石泰峰和中央政法委书记陈文清": 陈文清's posts start after 和 (round 38)
        chain.append((text[i:end], i))
        if _clean_org(text[i:end]) != text[i:end]:
            chain.reverse()  # "…书记徐广国会见了来银考察的内蒙古…市委书记侯凤岐": a clause began inside it,
            return chain     # and nothing before it (、 or ，) is this person's ("…调任…，陵水县委书记由…常委符鸣")
        if i > 0 and text[i - 1] == "、":
            prev_end = i - 1
            j = prev_end
            while j > 0 and text[j - 1] not in ORG_STOP and prev_end - j < 40:
                j -= 1
            j += _after_unopened_close(text[j:prev_end])
            cleaned = _clean_org(text[j:prev_end])  # "长期任职广东的深圳市副市长、市公安局长徐文海"
            if not cleaned or parse_post(cleaned) is None:
                break
            end = prev_end
            continue
        break
    chain.reverse()
    return _before_comma(text, chain)


def _before_comma(text: str, chain: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"市人大常委会委员、副秘书长，九三学社中央委员、市委副主委李洪亮", "6月28日消息，四川省委
    副书记，省长、省政府党组书记黄强": posts before a comma belong to the same person, back to
    the first piece (between 、 and ，) that is not a post written whole."""
    at = chain[0][1]
    if at == 0 or text[at - 1] != "，":
        return chain
    begin = last_index(text, "。；：\n", at - 1) + 1
    pieces: list[tuple[str, int]] = []
    end = at - 1
    while end > begin:
        start = max(text.rfind(c, begin, end) for c in "、，") + 1
        start = max(start, begin)
        piece = text[start:end]
        if start == begin and (dl := DATELINE_RE.match(piece)) and dl.end() < len(piece):
            # "中新社北京二月九日电第九届全国政协常委、…主任，原…主席乌力吉": the dateline opens the sentence (session 19)
            start, piece = start + dl.end(), piece[dl.end():]
        if not piece or parse_post(piece) is None or _clean_org(piece) != piece \
                or CLAUSE_VERB_IN.search(piece):  # "…麦正华调任…副书记": another clause
            break
        pieces.append((piece, start))
        if start == begin or text[start - 1] not in "、，":
            break
        end = start - 1
    if pieces and text[pieces[-1][1] - 1 : pieces[-1][1]] == "、":
        return chain  # a list cut in the middle: "会见了张三、区长，…" belongs to no one here
    return pieces[::-1] + chain


# a verb that makes a piece before a comma a clause of its own, not a post
CLAUSE_VERB_IN = re.compile(r"调任|出任|转任|升任|担任|当选|接任|接替|改任")
# party committees written before a department or a discipline body of the same place
PARTY_COMMITTEE = re.compile(r"(?<=.)(党委|党工委)$|(?<=[省市县区州旗盟])委$|(?<=.地)委$")  # (阿里地委, session 19)
PARTY_DEPTS = ("统战部", "宣传部", "组织部", "政法委", "办公厅", "办公室", "网信办", "编办",
               "社会工作部", "教育工委", "机关工委",  # 自治区党委副书记、教育工委书记
               "农工部", "农村工作部", "党校")  # 地委常委、农工部长; 市委副书记、政法委书记、党校校长 (session 19)
LOCAL_BODIES = ("纪委", "纪工委")
# a body's own offices written bare after a post of that body (外交部部长助理兼办公厅主任, 边区政府副秘书长兼秘书处处长)
OFFICE_UNITS = ("办公厅", "办公室", "秘书处", "秘书厅", "研究室", "政策研究室")
OFFICE_HOSTS = ("部", "厅", "局", "署", "委员会", "政府", "国务院", "人大常委会", "政协")  # 人大常委会研究室, 政协办公厅 (session 19)


def _office_host(org: str) -> str:
    """The body an office belongs to: 国务院秘书厅 → 国务院 (an office is never another office's)."""
    for unit in OFFICE_UNITS:
        if org.endswith(unit) and len(org) > len(unit) + 1:
            return org[: -len(unit)]
    return org
# a place's bodies written with no place after its party committee (自治区党委书记、人大常委会主任)
PLACE_BODIES = ("人大常委会", "人大", "政府", "人民政府", "政协", "革委会", "革命委员会")  # (革委会: 1967–1980, session 19)
NOT_NAMES = {"应邀", "项目", "全部", "全体", "来区", "部分", "任务", "工作", "成员", "和工", "同志", "人员",
             "江北岸", "代表", "委员", "干部", "职务", "们", "等人", "一行", "官员"}
# Words that end a clause inside a run without punctuation: the org starts after them (除 opening
# the phrase: 除中山大学校长许宁生调任…外, session 20; 经 of
# 经省委研究, never of 总经理 / 经济开发区 / 经信委; 由 never of 自由贸易区; 向 never of 向阳区).
# (财经大学, 财经学院, 财经政法大学: 经 inside a university's name, never the verb; session 19)
CUT_RE = re.compile(r"^.*(?:(?<![\u4e00-\u9fff])除(?=[\u4e00-\u9fff]{2})|(?<![\u4e00-\u9fff])在(?=[\u4e00-\u9fff]{3})|(?:(?<![\u4e00-\u9fff])|(?<=[他她]))比(?![利如较方])|目前|当前|(?:(?<![\u4e00-\u9fff])|(?<=的))现(?![任为年在是])(?=[\u4e00-\u9fff]{2,3}(?:省|市|自治区)|中央|国务院|全国)|因(?=[前原])|(?:(?<![\u4e00-\u9fff])|(?<=[。，,]))自(?=中共|中央|国务院|全国|国家)|看望|会见|慰问|引述|转述|批评|透露|(?:报导|报道)(?:称|说)?|将(?=中共|中国|国务院|中央|全国)|(?<=[他她])将|接见|走访|来到|陪同|如今|被(?!服)|(?<![省市县区州旗盟" + CURRENT_BODY_ENDS + r"])现任|(?<![省市县区州旗盟])新任|新当选的?|还有|包括|包含|[0-9一二两三四五六七八九十]+名(?=[\u4e00-\u9fff])|分别是|分别为|依次是|依次为|继|任命|委任(?![书状制])|免去|宣布|确认|给予|补缺|递补|根据|按照|邀请|选举产生|产生|选出了?|(?<!换届)(?:选举|补选|增选)(?!委员会|工作|办法|结果|产生|指导|领导|督导|组)|获|印发|一行|的有|的|(?<!自)由|经(?![理济信营贸开侦管委发]|工委|大学|学院|政法)|向(?!阳)|委托|听取审议了|听取(?:和讨论|并讨论)?了?|讨论了?|审议了|会议(?:首先|还|又|先后|分别|重点)?就|(?:报告|议案|说明)(?:和|及)|(?<![一-鿿])(?:和|及)(?=[省市县区州]|[前原](?=[\u4e00-\u9fff]{2})|中央|中共|全国|国务院|国家)|^及(?=[\u4e00-\u9fff]{2})|(?<![\u4e00-\u9fff])即(?!墨)(?=[\u4e00-\u9fff]{2})|受到|受|以及|以|为|当属于?|属于|(?<![于只总但倒还要凡])是|了|得到|比如|例如|如(?=[\u4e00-\u9fff]{2,3}(?:省|自治区))|(?<=[\u4e00-\u9fff][（(][左右中][)）])(?:与|和|及|同)|(?<![\u4e00-\u9fff])而(?![且是后今已])(?=[\u4e00-\u9fff]{2})|有(?=[前原][\u4e00-\u9fff]{2})|(?<=[他她])[与和]|如(?=国家|国务院|中央|全国)|(?<=[\u4e00-\u9fff]{2})[与在](?=[\u4e00-\u9fff]{2,8}?[省市县区州](?:委|长|人大|政协|政府))|(?<=[\u4e00-\u9fff]{2})与(?=国务院|中共|中央|全国|国家|国台办|国侨办|最高人民))")  # (、和中央政法委书记…, 、及外交部部长…, 即全国政协副主席…: a connective before a national body, and 即, round 38; 如河南省…: an example, session 20; 如东县, 如皋市 stay; 李希（右）与省长…, 而新疆自治区党委副书记车俊…, 已有前河源市长…, 他与沈阳市委书记…, 如国家发改委主任…, 陈刚与北京市长…: session 28; 在 opening a phrase: 在中纪委副书记徐令义督导下, session 33; 在 / 与 only before a place's name — 在省委秘书长… keeps the chain's place; 与 before a national body, 杨晓渡与国台办主任…: session 29)
# how Taiwanese and Hong Kong press name mainland bodies: 中国国家主席, 大陆全国政协主席, 中国全国政协主席,
# 中国大陆人民银行副行长 (session 38; CUT_RE: a report's verbs before them, 报导引述大陆…, 将中共国务院…)
OUTSIDE_PREFIX = re.compile(r"^(时任|原任|曾任|前任|原)?(?:中国大陆(?=[\u4e00-\u9fff]{2})|中国(?=全国政协|全国人大|国务院|中共|国家副?主席$)|大陆(?=[\u4e00-\u9fff]{2})"
                            # (中共前驻美大使, 中共前总理: the press's 中共 before a former state post; session 30)
                            r"|(?:中共|中国)(?=前(?:驻|总理|副总理|国家副?主席$))"
                            # the press of Taiwan writes 中共 before the state's own bodies: 中共国防部长
                            r"|中共(?=国务院|外交部|国防部|商务部|公安部|财政部|国家安全部|国台办|外长|防长"
                            # (…and before the other state bodies: 中共国家监委主任, 中共最高人民法院院长,
                            # 中共全国人大常委会委员长 — never a party body of that name; session 20)
                            r"|国家(?!机关)|最高人民|全国人大|全国政协"
                            # (中共工业和信息化部副部长: a State Council ministry; never a party department
                            # 中共统战部 / 中共中央组织部 / 中共浙江省委组织部)
                            r"|(?!中央)(?![\u4e00-\u9fff]{0,3}(?:统战|宣传|组织|联络|政法|纪))(?:(?![省市县区州委])[\u4e00-\u9fff]){2,10}部(?=副?部长|党组)))")  # 大陆外交部长: never part of a name
# a special administrative region written short before its head's title (香港行政长官, 港澳 press)
SAR_SHORT = {"香港": "香港特别行政区", "香港特区": "香港特别行政区", "澳门": "澳门特别行政区", "澳门特区": "澳门特别行政区"}
LEAD_VERBS = re.compile(r"^(?:召开|举行|成立|参加|出席|得到|审议|听取|研究|讨论|确认|在|由|经|对|向|和|与|及)+")
# a run of text that holds a verb of taking a post is a clause, never the full name of a body (session 19)
RUN_ON_NAMED_RE = re.compile(r"担任|出任|调任|升任|转任|接任|履新|任命|同志|设在|设于|位于")
PARTIES = ("九三学社", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟")


# a newspaper or a journal written with its title marks before a post of its own (《大众日报》总编辑)
PAPER_FIRST = re.compile(r"^《([\u4e00-\u9fff]{2,10}(?:报|杂志|周刊|月刊|日报|晚报|时报))》(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=4096)  # (a roster repeats its phrases: six calls in ten are asked before)
def _clean_org(phrase: str, numbered: bool = False) -> str | None:
    """The organization part of a phrase, or None when the phrase is not an org + title.
    ``numbered`` (a career list's posts): a number that is no date may be part of the body's name
    (国营123厂, 第81集团军, 61156部队), and a paper may be written with its title marks (《大众日报》
    总编辑); in running text any number ends the phrase, and 《…》 is a document's title."""
    if numbered and (paper := PAPER_FIRST.match(phrase)):
        phrase = paper.group(1) + phrase[paper.end():]  # a career list's "《大众日报》总编辑": the paper's post
    if re.search(r"[《》\"]", phrase) or phrase.count("“") != phrase.count("”"):
        return None  # a quoted slogan or a title of a document, not an organization
    phrase = _after_other_person().sub("", phrase)  # 市外办主任王雯一行和|副主任周毅
    phrase = AGED_RE.sub("", DAY_RE.sub("", phrase))  # "55岁的福建省副省长", "16日省长卫留成"
    phrase = DATELINE_RE.sub("", phrase)  # "新华社北京9月17日电国务院总理…": the dateline before the post
    phrase = MONTH_LEAD_RE.sub("", phrase)  # "去年2月浙江省政协副主席斯鑫良落马": the time before the post (session 24)
    phrase = CONNECTIVE_LEAD_RE.sub("", phrase)  # "其中江苏省军区司令员何卫东…": a connective before the post (round 36)
    phrase = CITY_RANK_LEAD_RE.sub(r"\1", phrase)  # "原任地级市咸宁市委书记的孟祥伟": the city's rank (session 30)
    if re.search(r"[0-9]", phrase) and (not numbered or DATE_DIGITS.search(phrase)):
        return None
    phrase = DAILY_DUTY_RE.sub("", phrase)  # 中央组织部分管日常工作的副部长: the body's 副部长 (session 20)
    return OUTSIDE_PREFIX.sub(r"\1", CUT_RE.sub("", phrase))


MONTH_LEAD_RE = re.compile(r"^(?:[“\"]?[5-9]0后[”\"]?|(?:(?:今年|去年|前年|\d{4}年)(?:\d{1,2}月(?:份)?)?|\d{1,2}月(?:份)?)"
                           r"(?:\d{1,2}日)?(?:初|底|中旬|上旬|下旬)?)(?=[\u4e00-\u9fff]{3})")  # (and "80后"副市长)
# a city's rank before its name ("地级市咸宁市委书记"): no part of the body (as kg.extract.posts.CITY_RANK_RE)
CITY_RANK_LEAD_RE = re.compile(rf"^(原任|时任|前任|原)?(?:{CITY_RANKS})(?=[\u4e00-\u9fff]{{2}})")
# what a deputy does, written between the body and the title ("中央组织部分管日常工作的副部长姜信治",
# "市政府主持日常工作的副市长"): no part of the post, and its 的 cuts no phrase (session 20)
DAILY_DUTY_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:分管|主持|负责)日常工作的(?=(?:常务|专职)?副)")


# what a report writes before a post: an age ("决定由55岁的…"), a chronicle's day ("16日省长…")
AGED_RE = re.compile(r"^.*?(?:[0-9]{2}岁|(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?(?:出生|生)|(?:出生于|生于)(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月)?)的")  # "1980年出生的灌云县委常委…", "出生于1976年6月的昆山市委书记…"
DAY_RE = re.compile(r"^[0-9]{1,2}日(?:[上下]午|晚上?)?")
# the heads who sign acts, and the name before the acts they sign (国家主席习近平任免驻外大使; session 20)
SIGNING_HEADS = ("主席", "总理")
SIGNS_AT = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?=任免|任命(?![书状]))")
# a month of two digits and its day after a name ("国务院总理李强10月25日主持召开…", session 20)
DAY_AFTER_NAME_AT = re.compile(r"1[0-2]月[0-9]{1,2}日")
# a bracketed number, a day or a month and day in the three characters after a name (_name_after)
NUMBER_AFTER_NAME = re.compile(r"[（(][0-9０-９]|[0-9]{1,2}日|[0-9]{1,2}月(?:[0-9]|底|初|中旬|上旬|下旬|份)")  # (…娄勤俭10月底调任: session 26)
# a news dateline run into the text ("据新华社北京9月17日电国务院总理李克强…")
DATELINE_RE = re.compile(r"^.*?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日[电電讯訊]")  # (中新社北京二月九日电, session 19)


def _shared_org(phrase: str) -> str | None:
    """The org of the colleague named first in "X主任王雯一行和副主任…", else None."""
    m = _after_other_person().match(phrase)
    if m is None:
        return None
    t = _title_re().search(m.group(0))
    first = parse_post(m.group(0)[: t.end()]) if t else None
    return first.org_text if first and first.kind == "hold" else None


@lru_cache(maxsize=1)
def _after_other_person() -> re.Pattern:
    """A title + name + conjunction inside the run: the org of the next post starts after it."""
    return re.compile(rf"^.*(?:{_title_re().pattern})[{HAN}]{{2,4}}?(?:一行)?(?:和|与|及|同)")


LEVEL_MARKERS = ("自治区", "省", "市", "州", "县", "区", "旗", "盟")


def _same_place(org_text: str, prev_org: str) -> str:
    """"浙江省衢州市市长、市委书记": a level marker opening a post's organization (市委) names the
    place of the post before it when that post's organization starts with a place of that level
    (浙江省衢州市 → 浙江省衢州市委), not the document's own place."""
    marker = next((m for m in LEVEL_MARKERS if org_text.startswith(m)), None)
    if marker is None:
        return org_text
    prev_org = re.sub(r"^(?:中共|中国共产党)", "", prev_org)  # 中共泉州市委常委、市政府常务副市长: 泉州's
    at = prev_org.find(marker, 1)
    while at > 0:
        place = prev_org[: at + len(marker)]
        if _is_place(place):
            return place + org_text[len(marker):]
        at = prev_org.find(marker, at + 1)
    return org_text


# academic titles and honours written between a person's last post and the name ("南开大学经济学院
# 党委书记、教授、博士生导师景维民", "…分会主任、中国科学院院士李景虹"): no posts, the name follows them
HONOURS_RE = re.compile(r"(?:、(?:中国科学院|中国工程院|中国社会科学院)?(?:院士|学部委员|教授|副教授|"
                        r"博士生导师|硕士生导师|博导|研究员|副研究员|高级工程师|教授级高级工程师|"
                        r"主任医师|副主任医师))+")
# a place's congress, CPPCC or government written before a post (省政协, 广东省人大常委会): its place
STATE_BODY_OF_PLACE = re.compile(r"^(.{0,12}?(?:自治区|省|市|县|区|州|旗|盟))(?:政协|人大常委会|人大|人民政府|政府)$")
# single-holder posts: a bare one after a colleague's placed body is not that body's when the
# enumeration already gave it to someone ("梅州市委书记李嘉，市委书记陈略宇": two cities)
SINGLE_HEADS = {"书记", "省长", "市长", "县长", "区长", "州长", "旗长", "盟长", "主任", "主席"}
# what separates the items of one enumeration of officials (a ； or 。 starts another group)
ENUM_SEPARATORS = "，、,"


def _written_place(org_text: str) -> tuple[str, str] | None:
    """(level marker, place) of the place an organization as written starts with ("梅州市委" →
    ("市", "梅州市"), "福建省委" → ("省", "福建省")), or None (a bare 市委, an unplaced body)."""
    for k in range(min(len(org_text), 12), 1, -1):
        head = org_text[:k]
        marker = next((m for m in LEVEL_MARKERS if head.endswith(m)), None)
        if marker and len(head) > len(marker) and _is_place(head):
            return marker, head
    return None


def _carried_place(org_text: str, title: str, carried: dict[str, str],
                   taken: set[tuple[str, str]]) -> str | None:
    """"梅州市委书记李嘉，市委副书记、市长朱泽君", "福建省委常委、福州市委书记林宝金，省委常委、
    常务副省长郭宁宁": inside one enumeration of officials, a body written with a bare level marker
    (市委, 省政府) is of the place of that level a colleague's body named just before in the same
    enumeration (``carried``: level marker → place); None when nothing is carried or a
    single-holder post of that body was already given in the enumeration (``taken``)."""
    marker = next((m for m in LEVEL_MARKERS if org_text.startswith(m)), None)
    if marker is None or marker not in carried or _written_place(org_text) is not None:
        return None
    placed = carried[marker] + org_text[len(marker):]
    return None if title in SINGLE_HEADS and (placed, title) in taken else placed


# "…率延安市党政代表团赴西安市", "…率领的乌海市党政代表团": the delegation the officials named
# before it lead, and its place
DELEGATION_RE = re.compile(r"(?:率领的|带领的|率领|带领|率)(?P<place>[\u4e00-\u9fff]{2,12}?)"
                           r"(?:党政|政府|经贸|考察|友好|市委|县委|区委|州委)*(?:代表团|考察团)")


def _delegation_home(facts: list[Fact], bare: list[tuple[int, Post]], home: tuple[str, str],
                     doc: Document, own: set[int]) -> None:
    """The officials of an enumeration that leads a delegation of a place ("省委常委、市委书记
    徐新荣，市长薛占海率延安市党政代表团赴西安市学习考察") hold the bodies of that place: a body
    written with a bare marker of its level (市委, 市政府) is the place's."""
    marker, place = home
    for i, post in bare:
        if not post.org_text or not post.org_text.startswith(marker):
            continue
        org = _org_for(replace(post, org_text=place + post.org_text[len(marker):]), doc)
        if org and not _unplaced(org, doc):
            facts[i].org = org
            own.discard(i)


def _rival_place(place: str, doc: Document) -> bool:
    """Whether the text names another place of the same level beside ``place`` at least twice
    and a quarter as often (kg.metadata's ``jurisdiction_counts``): a text of two places (visitors
    and hosts), where the one counted most may not be the officials' own. A text of one place (a
    journal whose standing committee's head changed, 刘永全 then 封洪华) is never doubted."""
    counts = doc.meta.get("jurisdiction_counts") or {}
    own = counts.get(place, 0)
    return any(other != place and other[-1:] == place[-1:] and n >= 2 and 4 * n >= own
               and not place.startswith(other) and not other.startswith(place)
               for other, n in counts.items())


def _doubt_own_place(facts: list[Fact], own: set[int], doc: Document) -> None:
    """"省委常委、市委书记黄坤明…考察了嘉兴市…。嘉兴市委书记李卫宁会见了黄坤明一行": when a
    single-holder post (书记, 市长 …) of the document's place, read from a bare body (市委), goes to
    one person while the text names another holder of the same post of that place written in full,
    at the same date, the bare bodies are another place's (the visitors'): the facts ``own`` whose
    organization was read as the document's place lose it (null), never a guess."""
    jur = doc.jurisdiction
    if not jur or not own:
        return
    named: dict[tuple[str, str, str | None], set[str]] = {}
    for i, f in enumerate(facts):
        if i not in own and f.kind == "hold" and f.org and not f.former and f.title in SINGLE_HEADS:
            named.setdefault((f.title, f.org, f.date), set()).add(f.person)
    doubtful: set[str] = set()
    for i in own:
        f = facts[i]
        others = named.get((f.title, f.org, f.date)) if f.org and not f.former and f.title in SINGLE_HEADS else None
        if others and f.person not in others and f.org:
            body = re.sub(r"^(?:中共|中国人民政治协商会议)", "", f.org)
            place = next((jur[:k] for k in range(len(jur), 1, -1)
                          if body.startswith(jur[:k]) and _is_place(jur[:k])), None)
            if place and _rival_place(place, doc):
                doubtful.add(place)
    for i in own:
        if facts[i].org and any(p in (facts[i].org or "") for p in doubtful):
            facts[i].org = None


def _own_place_of_named(facts: list[Fact], own: set[int], doc: Document) -> None:
    """"平度市委书记：谢兆村 … 市委书记谢兆村，市委副书记、市长赵兴绩" (a 青岛 page): a single-holder post
    read from a bare body as the document's place goes to someone the text names as holder of that
    post of one place below it, written in full: the bare bodies of that person are that place's
    (session 19). Two such places, or a place not below the document's, change nothing."""
    jur = doc.jurisdiction
    if not jur or not own:
        return
    moved: dict[str, str] = {}
    for i in own:
        f = facts[i]
        if f.title not in SINGLE_HEADS or not f.org or f.former or jur not in f.org or f.person in moved:
            continue
        named = {g.org for j, g in enumerate(facts)
                 if j not in own and g.person == f.person and g.title == f.title and g.org and not g.former
                 and g.org != f.org}
        places = {p for org in named if (p := _place_below(org, f.org, jur))}
        if len(places) == 1:
            moved[f.person] = places.pop()
    for i in own:
        f = facts[i]
        if f.person in moved and f.org and jur in f.org:
            f.org = f.org.replace(jur, moved[f.person], 1)


# a line opened by a place's label and a colon, its post written bare after it ("成都：市委书记施小琳" in a
# list of cities' secretaries): the post is that place's (session 25)
LINE_PLACE_RE = re.compile(r"[ \t\u3000]*(?P<place>[\u4e00-\u9fff]{2,8}?)[ \t\u3000]*[：:][ \t\u3000]*")
# a round-up's paragraph opened by the place it is about ("重庆方面，…市委常委…"): that place's bare levels
# in the whole paragraph (session 29)
PARAGRAPH_PLACE_RE = re.compile(r"[ \t\u3000]*(?P<place>[\u4e00-\u9fff]{2,8}?)方面[，,]")
LEVEL_HEADS = "省市县区州旗盟"


def _line_place(text: str, at: int, chain: str) -> str | None:
    """The place a line's label names when the post at ``at`` follows it right after its colon and
    opens with a level written bare (市委书记, 县长): the label with that level, when kg's gazetteer
    knows one such place (成都 + 市 → 四川省成都市); else None."""
    if not chain or chain[0] not in LEVEL_HEADS:
        return None
    start = text.rfind("\n", 0, at) + 1
    m = LINE_PLACE_RE.fullmatch(text, start, at) or PARAGRAPH_PLACE_RE.match(text, start, at)
    if m is None:
        return None
    from kg.metadata import _place_names

    words, _ = _place_names()
    place = m.group("place")
    names = {p.name for p in words.get(place if place.endswith(chain[0]) else place + chain[0], [])}
    return names.pop() if len(names) == 1 else None


def _place_below(named_org: str, bare_org: str, jur: str) -> str | None:
    """The place below ``jur`` that turns ``bare_org`` (中共山东省青岛市委员会) into ``named_org``
    (中共山东省青岛市平度市委员会): 山东省青岛市平度市; None when no place does."""
    at = bare_org.index(jur) + len(jur)
    head, tail = bare_org[:at], bare_org[at:]
    if not named_org.startswith(head) or not named_org.endswith(tail) or len(named_org) <= len(bare_org):
        return None
    place = jur + named_org[len(head): len(named_org) - len(tail)]
    return place if _is_place(place) else None


@lru_cache(maxsize=4096)
def _is_place(text: str) -> bool:
    from kg.orgs import parse_org

    info = parse_org(text, None)
    return info is not None and info.type == "jurisdiction"


def _committee_of(prev_org: str | None) -> str | None:
    """The party committee of a department written before a bare title (平湖市委宣传部部长、副市长:
    平湖市委), else the organization as it is."""
    if prev_org and prev_org.endswith(PARTY_DEPTS) and not PARTY_COMMITTEE.search(prev_org):
        committee = prev_org[: -len(next(d for d in PARTY_DEPTS if prev_org.endswith(d)))]
        if PARTY_COMMITTEE.search(committee):
            return committee
    return prev_org


def _own_government(info, prev_org: str | None) -> str:
    """The government a bare head title belongs to: of the place of the party committee before
    it ("青海省委常委、副省长" → 青海省政府), else its level's ("省政府")."""
    body = info.body
    level = info.level or ""
    if prev_org and prev_org.endswith(level + "政府") and len(prev_org) > len(level) + 2:
        return prev_org  # 娄底市委副书记、代市长、市长: the same 市政府 as the 代市长's
    prev_org = _committee_of(prev_org)
    head = PARTY_COMMITTEE.sub("", prev_org) if prev_org and PARTY_COMMITTEE.search(prev_org) else ""
    head = head[2:] if head.startswith("中共") else head
    level = info.level or ""
    if head and level and head.endswith(level * 2) and not _is_place(head) and _is_place(head[: -len(level)]):
        head = head[: -len(level)]  # 房县县委副书记、县长: the place is 房县 (its 县委 written 县县委)
    if head and head != level and head.endswith(level) and body.startswith(level):
        return head + body[len(level):]
    return body


def _has_mention(phrase: str) -> bool:
    """Whether a title inside ``phrase`` is followed by a person name inside it."""
    return any(t.end() < len(phrase) - 1 and _name_after(phrase, t.end())
               for t in _title_re().finditer(phrase))


# a town's name, maybe with one of its bodies, as a post's organization is written (横店镇, 长卿镇人大);
# never a word of several towns (各乡镇, 城乡, 全镇); a street keeps its 党工委书记 (the samples' rosters)
TOWN_TEXT_RE = re.compile(rf"(?![各全本该每其城村])(?:(?![省市县区州旗盟])[{HAN}]){{2,4}}?(?<!乡)(?:镇|乡)(?:党委|人大|政府|人民政府)?")


def _county_of(prev_org: str, jur: str | None) -> str | None:
    """The county-level unit a post's organization names ("东阳市委" → 浙江省金华市东阳市; a bare "县委"
    / "市委" … in the text of a county-level unit of that level: that unit), for a town written
    after it; None when it names none."""
    from kg.orgs import expand_jurisdiction
    from kg.places import TIER_COUNTY, gazetteer

    full = gazetteer().full
    org = re.sub(r"^(?:中共|中国共产党)", "", prev_org)
    if len(org) >= 2 and org[0] in "县市区旗" and org[1] == "委":
        return jur if jur and jur in full and full[jur].tier == TIER_COUNTY and jur.endswith(org[0]) else None
    for k in range(min(len(org), 12), 1, -1):
        head = org[:k]
        if head[-1] in "县市区旗" and (place := expand_jurisdiction(head, jur)) and place in full \
                and full[place].tier == TIER_COUNTY and full[place].until is None:
            return place  # (a current unit only: a former county's prefecture may be another now)
    return None


def _party_post_of_place(post: Post, phrase: str, jur: str | None = None) -> None:
    """A post bound to the body its title sits in (kg.titles.post_body): "自治区党委书记" is 书记
    of the 自治区党委, not a 党委书记 of 自治区; "南汇区副区长" is 副区长 of 南汇区政府, not of
    the district."""
    if post.kind != "hold" or not post.org_text:
        return
    info = T.title_info(post.title)
    if not (post.title.startswith(("党委", "党工委")) or (info and info.body)):
        return
    body = T.post_body(phrase, jur)
    if not body or not body.title:
        return
    if not body.org:
        if body.body_text.endswith(("党委", "党工委")) and body.body_text[:-2].rstrip("党工") in LEVEL_MARKERS \
                and post.title.startswith(("党委", "党工委")):
            post.title, post.org_text = body.title, body.body_text  # 自治区党委书记, place unknown
        return
    if post.title.startswith(("党委", "党工委")) and not body.org.startswith("中共"):
        return  # 集团有限公司党委委员: the company's 党委委员, not a place's committee
    if body.title != post.title or body.body_text != post.org_text:
        post.title, post.org_text = body.title, body.body_text


# (前 too, and a committee's organ after it: 新疆前政法委书记朱海仑; session 28; a government's head: 陕西前副省长)
PLACE_FORMER_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,4}?)[原前](?P<rest>(?:省|市|州|县|区|自治区)?委[\u4e00-\u9fff]{1,12}"
                             r"|(?:政法委|纪委|组织部|宣传部|统战部)[\u4e00-\u9fff]{1,6}"
                             r"|(?:常务)?副?(?:省长|市长|州长|县长|区长|主席)$"  # (陕西前副省长冯新柱; session 31)
                             r"|(?:特首|行政长官)$"  # (香港前特首董建华; session 36)
                             r"|省|市|州|县|区)")


# a place, a word of time, then its post (嘉善县前任县长, 嘉善县现任县长; session 29)
PLACE_TENSE_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,12}?(?:自治区|自治州|自治县|[省市县区州旗盟]))"
                            r"(?P<tense>前任|时任|原任|首任|现任|新任)(?P<rest>[\u4e00-\u9fff]{1,12})$")


def _place_before_yuan(place: str) -> bool:
    """Whether ``place`` (before 原 in 云南原省委副书记) is a province's or a prefecture's name (太原, 中原 and
    平原 end with 原 themselves: never read here, the name must stand before it)."""
    from kg.places import TIER_PREFECTURE, gazetteer

    return any(p.tier <= TIER_PREFECTURE for p, _how in gazetteer().words.get(place, []))


def _place_after_qian(phrase: str) -> bool:
    """Whether 前 opens ``phrase`` as a mark (前贵州省委常委): a province's or a prefecture's name
    follows it, and the phrase itself does not start with a place's name (前郭尔罗斯, 前进区)."""
    from kg.places import TIER_PREFECTURE, gazetteer

    words = gazetteer().words
    if any(phrase[:n] in words for n in (2, 3, 4)):
        return False
    if phrase.startswith(NATIONAL_AFTER_QIAN, 1):
        return True  # 前国务院副总理, 前中央政治局常委, 前中共总书记: a national body (session 26, round 10)
    if phrase.startswith(title_words(), 1) or starts_with_named_body(phrase[1:]):
        return True  # 前市长, 前政务司司长 (Hong Kong), 前国资委主任: a title or a body kg names (session 36)
    return any(p.tier <= TIER_PREFECTURE for n in (2, 3) for p, _how in words.get(phrase[1:1 + n], []))


# the national bodies 前 marks as former when it stands right before them (前国务院第一副总理张高丽)
NATIONAL_AFTER_QIAN = ("国务院", "中央", "中共", "全国", "国家", "最高人民",
                       # …or a title only the nation has (前总理温家宝, session 29)
                       "总理", "副总理", "国务委员", "总书记", "委员长", "副委员长",
                       # …or a head of mission (前驻美大使秦刚, session 30)
                       "驻")


def former_post_after(out: list, former: set[int]) -> bool:
    """Whether the post about to be added follows a former post of the same chain."""
    return bool(out) and (len(out) - 1) in former


# a head title whose first character names the unit it heads, written once for both
UNIT_HEADS = {"局长": "局", "副局长": "局", "厅长": "厅", "副厅长": "厅", "处长": "处", "副处长": "处"}


def _head_of_bare_place(post: Post) -> None:
    """"宣城市长", "安庆市长、市委书记": a place written without its level before the head title
    of that level is the place's government (安庆 + 市长 → 安庆市政府)."""
    org = post.org_text
    info = T.title_info(post.title) if post.kind == "hold" and org else None
    if org and info and info.body and info.level and info.body == info.level + "政府" \
            and not org.endswith(info.level) and not _is_place(org) \
            and re.fullmatch(f"[{HAN}]{{2,4}}", org) and _is_place(org + info.level):
        post.org_text = org + info.body


def _posts(chain: list[tuple[str, int]], inherit: str | None = None,
           former: set[int] | None = None, jur: str | None = None, numbered: bool = False) -> list[tuple[Post, int]]:
    """Parse each phrase; a bare title takes the organization of the post before it (or
    ``inherit``, the organization of the colleague named just before: "合作交流办主任潘晓岗、
    副主任何怀青")."""
    out: list[tuple[Post, int]] = []
    prev_org: str | None = inherit
    while len(chain) > 1:  # a chained post cut out of a clause belongs to someone else
        first = _clean_org(chain[0][0], numbered)
        cut = chain[0][0][: len(chain[0][0]) - len(first)] if first is not None else ""
        if first is not None and not any(not T.is_rank(t.group()) for t in _title_re().finditer(cut.replace("主席台", ""))):
            break  # "在主席台就座的有区委书记、…": 主席台 (the stage) is no title; nor is a rank (另一位正部级干部是…, session 22)
        chain = chain[1:]
    # "…省长孙志刚在毕节会见广东省委常委、广州市委书记任学锋": a phrase holding another person's
    # mention ends the chain; the posts before it are that person's
    inside = [j for j, (phrase, _) in enumerate(chain[:-1]) if _has_mention(phrase)]
    if inside:
        chain = chain[inside[-1] + 1:]
    chain = [piece for phrase, at in chain for piece in _split_concurrent(phrase, at)]
    for phrase, at in chain:
        cleaned = _clean_org(phrase, numbered)
        if cleaned is None and numbered:
            continue  # a career list's item kg cannot read (泰山地委《泰山时报》社长): the others stand
        if cleaned is None:
            return []
        at += len(phrase) - len(cleaned)
        shared = _shared_org(phrase)
        phrase = cleaned
        was_former = False
        if former is not None and phrase.startswith(FORMER_MARKS):
            # 原中共福建省委常委、福建省委组织部长于伟国: former posts, this one and those after it
            mark = next(w for w in FORMER_MARKS if phrase.startswith(w))
            if parse_post(phrase[len(mark):]) is not None:
                phrase, at, was_former = phrase[len(mark):], at + len(mark), True
        elif former is not None and ("原" in phrase[2:6] or "前" in phrase[2:6]) and (pf := PLACE_FORMER_RE.match(phrase)) \
                and _place_before_yuan(pf.group("place")) and parse_post(pf.group("place") + pf.group("rest")) is not None:
            # 云南原省委副书记仇和: a province's or a prefecture's name, 原, then the post (session 24)
            phrase, was_former = pf.group("place") + pf.group("rest"), True
            at += 0
        elif former is not None and (pt := PLACE_TENSE_RE.match(phrase)) and _is_place(pt.group("place")) \
                and parse_post(pt.group("place") + pt.group("rest")) is not None:
            # 嘉善县前任县长, 嘉善县现任县长: the place's post, former or current as the word between says (session 29)
            phrase, was_former = pt.group("place") + pt.group("rest"), pt.group("tense") in ("前任", "时任", "原任", "首任")
        elif former is not None and phrase.startswith("前") and _place_after_qian(phrase) \
                and parse_post(phrase[1:]) is not None:
            # 前贵州省委常委、副省长王晓光: 前 before a province's or a prefecture's name marks former posts
            # (never 前进街道, 前郭县: a place whose name starts with 前; session 24)
            phrase, at, was_former = phrase[1:], at + 1, True
        post = parse_post(phrase)
        if post is None:
            continue
        if post.org_text and (term := TERM_BEFORE_BODY.match(post.org_text)):
            post.org_text = post.org_text[term.end():]  # "十二届省政协主席": the term, then the body
        if former is not None and post.org_text and FORMER_INSIDE.search(post.org_text):
            # "区人大常委会原主任米绍林", "全国人大常委会原副委员长…": 原 between the body and the
            # title marks a former post of that body
            post.org_text, was_former = post.org_text[:-1], True
        elif post.org_text and CURRENT_INSIDE.search(post.org_text):
            post.org_text = post.org_text[:-2]  # "中国人民银行现任行长易纲": 现任 between the body and the title (session 46)
        elif former is not None and post.org_text and (inner := FORMER_DEPT_RE.search(post.org_text)):
            # "吉林省委原组织部长林武": 原 between the committee and its department (session 28)
            post.org_text, was_former = post.org_text[:inner.start()] + post.org_text[inner.end():], True
        if not post.org_text and shared and not prev_org:
            post.org_text = shared  # 市外办主任王雯一行和副主任周毅: the same office
        if post.org_text and post.org_text.startswith("兼") and phrase.startswith("兼"):
            # "市政协副主席兼秘书长张干": the post after 兼 is held concurrently
            post.org_text, post.marks = post.org_text[1:] or None, replace(post.marks, concurrent=True)
        if post.org_text in ("代", "代理"):
            post.org_text, post.marks = None, replace(post.marks, acting=True)  # 代省长: acting 省长
        if post.org_text:
            post.org_text = SCOPE_WORDS.sub("", MILITARY.sub("", post.org_text)) or None
        if post.kind == "hold" and post.org_text and prev_org and TOWN_TEXT_RE.fullmatch(post.org_text) \
                and (county := _county_of(prev_org, jur)):
            # "东阳市委常委、横店镇党委书记刘熙", "县委常委、长卿镇党委书记…" (in a county's text): a town
            # after a county's post is a town of that county (session 20, partynews)
            post.org_text, phrase = county + post.org_text, county + phrase
        if post.kind == "hold" and post.org_text in ("管委会", "管理委员会") and prev_org and prev_org.endswith("党工委") \
                and prev_org[:-3].endswith(ZONE_WORDS):
            # "梓潼经济开发区党工委书记、管委会主任": the zone's management committee (as kg.extract.posts
            # reads it; session 20)
            post.org_text = prev_org[:-3] + post.org_text
            phrase = post.org_text + post.title
        if post.kind == "hold" and not post.org_text and post.title.startswith("党工委") and len(post.title) > 3 \
                and prev_org and prev_org.endswith(("管委会", "管理委员会")) \
                and (zone := re.sub(r"(?:管委会|管理委员会)$", "", prev_org)):
            # "海沧台商投资区管委会主任、党工委副书记": the zone's working committee, never its management
            # committee (as kg.extract.posts reads it; session 30)
            post.org_text, post.title = zone + "党工委", post.title[len("党工委"):]
            phrase = post.org_text + post.title
        _party_post_of_place(post, phrase, jur)
        _head_of_bare_place(post)
        if post.kind == "hold" and (post.title == "常委" or post.title in PLACE_PARTY_TITLES) and post.org_text \
                and (post.org_text in LEVEL_MARKERS or _is_place(post.org_text) or _stem_place(post.org_text, jur)):
            # "自治区常委、宣传部长赵永清" (press drops 党委): a place's 常委 sits on its party committee;
            # so does its secretary ("1984年起任余姚县副书记、县长", session 19)
            if post.org_text not in LEVEL_MARKERS and (place := _stem_place(post.org_text, jur)) is not None:
                post.org_text = place  # 青海书记: 青海省委 (青海委 names nothing; session 28)
            post.org_text += "党委" if post.org_text.endswith("自治区") else "委"
        if post.kind == "hold" and post.org_text and (unit := UNIT_HEADS.get(post.title)) \
                and not post.org_text.endswith(unit) and len(post.org_text) >= 2 \
                and not (unit == "处" and post.org_text.endswith(("司", "局", "厅", "部", "委", "办", "院", "署"))):
            # (外交部亚洲司副处长: a division chief inside the 司, never a body 亚洲司处; session 20)
            post.org_text += unit  # 市公安局长: 局长 of 市公安局 (as 统战部长 is 部长 of 统战部)
        if post.title == "委员" and post.org_text and post.org_text.endswith("党委") \
                and len(post.org_text) > 4 and post.org_text[-3] not in "省市县区州旗盟镇乡":
            post.title, post.org_text = "党委委员", post.org_text[:-2]  # 集团有限公司党委委员
        if post.kind == "hold" and not post.org_text and post.title in UNIT_PARTY_TITLES \
                and out and out[-1][0].title.startswith("党委") and out[-1][0].title[2:] in UNIT_PARTY_TITLES:
            post.title = "党委" + post.title  # 西安外国语大学党委委员、副书记: the same body's 党委副书记 (session 25)
        if post.title == "常委" and post.org_text == "党委" and prev_org \
                and prev_org.endswith(("公司", "集团", "大学", "学院")):
            post.title, post.org_text = "党委常委", prev_org  # 柳州钢铁（集团）公司董事、党委常委: the company's
        if former is not None and (was_former or former_post_after(out, former)):
            former.add(len(out))
        if post.org_text and (post.org_text.startswith(TITLE_BLOCK)
                              or (len(post.org_text) == 1 and post.org_text not in "区市县镇乡校")):
            return []  # 原区委书记: a past post, not the current one; left to the resolver (校党委书记: a school's, session 21)
        if post.kind == "hold" and post.org_text and prev_org:
            post.org_text = _same_place(post.org_text, prev_org)
        if post.kind == "hold":
            info = T.title_info(post.title)
            if not post.org_text and post.title in SELF_ORG and not (
                    prev_org and (PARTY_COMMITTEE.search(_committee_of(prev_org) or "") or prev_org.endswith("政府"))):
                post.org_text = SELF_ORG[post.title]  # 区委副书记、区长: 区长 is of 区政府
            elif not post.org_text and info and info.body and not info.only_after_place:
                post.org_text = _own_government(info, prev_org)  # 省委副书记、代省长: 省政府
            elif post.org_text in LOCAL_BODIES and prev_org and PARTY_COMMITTEE.search(prev_org) \
                    and PARTY_COMMITTEE.sub("", prev_org):
                post.org_text = PARTY_COMMITTEE.sub("", prev_org) + post.org_text  # 县委常委、纪委书记
            elif post.org_text in LOCAL_BODIES and prev_org and (dept := PARTY_DEPT_AFTER.search(prev_org)) \
                    and PARTY_COMMITTEE.sub("", prev_org[: dept.start()]):
                # 洛阳市委宣传部长、纪委书记: the 纪委 of the committee whose department came before, never
                # the document's own place's (session 20)
                post.org_text = PARTY_COMMITTEE.sub("", prev_org[: dept.start()]) + post.org_text
            elif post.org_text in ("行署", "行政公署") and prev_org and (m := re.fullmatch(r"(?:中共)?(.+?)(地|盟)委", prev_org)):
                post.org_text = m.group(1) + ("地区" if m.group(2) == "地" else "盟") + "行署"  # 阿里地委副书记、行署常务副专员 (session 19)
            elif post.org_text in ("监委", "监察委员会") and prev_org \
                    and (m := re.fullmatch(r"(?:中共)?(.+?)(?:纪委|纪律检查委员会)", prev_org)):
                post.org_text = m.group(1) + post.org_text  # 区纪委副书记、监委副主任: the same place's 监委
            elif post.org_text in PLACE_BODIES and prev_org and PARTY_COMMITTEE.search(prev_org) \
                    and re.search("(?:[省市县区州旗盟]|自治区)$|(?<=公)社$", PARTY_COMMITTEE.sub("", prev_org)):
                # 自治区党委书记、人大常委会主任: the congress of the committee's own place (公社党委书记、
                # 革委会主任: the commune's revolutionary committee)
                post.org_text = re.sub("^中共", "", PARTY_COMMITTEE.sub("", prev_org)) + post.org_text
            elif post.org_text and prev_org and PARTY_COMMITTEE.search(prev_org) \
                    and post.org_text.startswith(PARTY_DEPTS):
                base = prev_org[2:] if prev_org.startswith("中共") and prev_org.endswith("党委") else prev_org
                post.org_text = base + post.org_text  # 省委常委、组织部长: 省委组织部
            elif post.org_text and prev_org and prev_org.startswith(PARTIES) \
                    and post.org_text.startswith(("市委", "区委", "县委")):
                party = next(p for p in PARTIES if prev_org.startswith(p))
                post.org_text = party + post.org_text  # 九三学社中央委员、市委副主委
            elif post.org_text and prev_org and prev_org.endswith("政协") and post.org_text.endswith("委员会") \
                    and 4 <= len(post.org_text) <= 12 and not re.search("[省市县区州旗盟]|政协|人大|党", post.org_text):
                # 全国政协常委、民族和宗教委员会主任: the CPPCC's special committee (session 19)
                post.org_text = prev_org + post.org_text
            elif post.org_text and prev_org and prev_org.endswith("人大常委会") \
                    and (post.org_text.endswith("委") and len(post.org_text) <= 6
                         or post.org_text.endswith("委员会") and len(post.org_text) <= 10) \
                    and post.org_text[0] not in "区市县镇乡中重" and not post.org_text.startswith(prev_org[:-3]) \
                    and not re.search("[省市县区州旗盟]", post.org_text):
                # 市人大常委会委员、教科文卫委副主任委员 / 法制委员会主任委员: the congress's special
                # committee; a working committee (财经工委, 预算工作委员会) is the standing committee's
                post.org_text = (prev_org if post.org_text.endswith(("工委", "工作委员会")) else prev_org[:-3]) \
                    + post.org_text
            elif post.org_text in OFFICE_UNITS and prev_org and _office_host(prev_org).endswith(OFFICE_HOSTS) \
                    and not _is_place(prev_org) and not PARTY_COMMITTEE.search(prev_org):
                # 外交部部长助理兼办公厅主任: the ministry's 办公厅; 秘书处处长和研究室副主任: the host's 研究室
                post.org_text = _office_host(prev_org) + post.org_text
            elif not post.org_text and prev_org and post.title == "书记处书记" and prev_org.endswith("政治局"):
                post.org_text = prev_org[: -len("政治局")]  # 中央政治局常委、书记处书记: the central committee's secretariat
            elif not post.org_text and prev_org and post.title in COMMITTEE_OWN_TITLES \
                    and (dept := PARTY_DEPT_AFTER.search(prev_org)):
                # 地委常委、农工部长、秘书长: the committee's 秘书长, never the department's (session 19)
                post.org_text = prev_org[: dept.start()]
            elif not post.org_text and prev_org and (school := school_of_office(post.title, prev_org, jur)):
                post.org_text = school  # 湖南师范大学研究生处处长、校长助理: the school's own post (session 26)
            elif not post.org_text and prev_org:
                host = re.sub(r"(?<=.{2})(党委|党组|党工委)$", "", prev_org)
                # (西藏自治区党委副书记、常务副书记: a committee's own title stays the committee's when its
                # host is a place, never the place's; session 38)
                keep = host != prev_org and post.title in COMMITTEE_OWN_TITLES and _is_place(host)
                post.org_text = prev_org if keep else host
            elif post.org_text and prev_org and post.org_text.startswith(("统战部", "宣传部", "组织部", "政法委", "农工部", "党校")):
                committee = re.match(r"^.*?(?:[省市县区州旗盟]委|党委|党工委)(?!会)", prev_org)
                head = prev_org[:1] if prev_org[:1] in "区市县" else ""
                if not head and (body := STATE_BODY_OF_PLACE.match(prev_org)):
                    # "原省政协副主席、统战部长": a party department after a congress, CPPCC or government
                    # is the party committee's of the same place (省委统战部, 自治区党委统战部)
                    head = body.group(1) + ("党" if body.group(1).endswith("自治区") else "")
                post.org_text = (committee.group(0) if committee and len(committee.group(0)) > 2
                                 else head + "委" if head else "") + post.org_text
            elif post.org_text and prev_org and (sibling := _sibling_unit(post.org_text, prev_org, jur)) is not None:
                post.org_text = sibling  # 环保厅污染控制处副处长、政策法规处处长: the 处 beside it, of the same 厅 (session 21)
            prev_org = post.org_text or prev_org
        out.append((post, at))
    return out


# a count of holders in brackets right after a title (副州长(7)刘珍瑜、…; session 26, round 11)
HOLDER_COUNT_AT = re.compile(r"[（(][0-9一二三四五六七八九十]{1,2}[)）][ \t\u3000]*")
# the last character of a sub-unit a body holds (处, 科, 室 …): where a sibling's name ends and a parent's may
SIBLING_ENDS = ("处", "科", "室", "组", "司", "局", "部")
UNIT_END_CHARS = "处科室组司局部厅委办院会"


def _sibling_unit(org_text: str, prev_org: str, jur: str | None) -> str | None:
    """"污染控制处副处长、政策法规处处长" (after 福建省环境保护厅): a sub-unit written bare after a sub-unit of a
    body is a sub-unit of that same body — the text of the one before up to its own sub-unit, then this one;
    only when this one names nothing alone and the two parse as sub-units of one parent. None otherwise."""
    from kg.orgs import parse_org

    if not org_text.endswith(SIBLING_ENDS) or len(org_text) < 3 or any(c in org_text[:-1] for c in UNIT_END_CHARS) \
            or parse_org(org_text, jur) is not None:
        return None
    before = parse_org(prev_org, jur)
    if before is None or before.type != "sub_unit" or not before.parent or not prev_org.endswith(SIBLING_ENDS):
        return None
    for cut in range(len(prev_org) - 2, 0, -1):  # the body before the last sub-unit: its name and that sub-unit's
        if prev_org[cut] not in UNIT_END_CHARS or prev_org[cut] == "办":
            continue  # (办 ends a body written short, 省外办; never the cut inside 办公室)
        host = parse_org(prev_org[: cut + 1], jur)
        if host is None or host.name + prev_org[cut + 1:] != before.name:
            continue  # (浙江省财政厅办 + 公室 is no 浙江省财政厅办公室: the cut is before 办公室)
        candidate = host.name + org_text
        found = parse_org(candidate, jur)
        return candidate if found is not None and found.type == "sub_unit" and found.name == candidate else None
    return None


LINE_END_AT = re.compile(r"[ \t\u3000]*(?:\[\d+\][ \t\u3000]*)*(?:\n|$)")
RANK_BRACKET_RE = re.compile(r"[（(](?:正|副)?(?:省部|部|厅|局|处|县处|乡科|科)级[)）]")
BOTH_AFTER = re.compile(r"也|均|都|分别|两人|二人|两位|二位")
LAST_AFTER = re.compile(r"$|[。；;\n]|出席|参加|列席|陪同|应邀|也|均|都|分别|一同|共同|一起|等")
SPACED_NEXT = re.compile(r"$|[ \u3000，。、；：！？）\n]|出席|参加|列席|等|同志|陪同|应邀")
SPACED_ITEM = re.compile(rf"[{HAN}]{{2,4}}(?=[ \u3000，。、；\n]|$)")


def _spaced_item(text: str, pos: int) -> tuple[str, int] | None:
    """A name written whole between spaces ("副校长谢鑫文 刘治和 李坚": 刘治和, whose 和 would end a
    name in running text; session 33), for :func:`kg.names.is_person_name` with ``delimited``."""
    m = SPACED_ITEM.match(text, pos)
    return (m.group(0), m.end()) if m else None
CONCURRENT_AT = re.compile(r"兼(?![职任])")


def _split_concurrent(phrase: str, at: int) -> list[tuple[str, int]]:
    """"市政协副主席兼秘书长" → ["市政协副主席", "兼秘书长"]: two posts joined by 兼, split where
    the part before 兼 ends with a title and both parts are posts (兼职 / 兼任 are no joints)."""
    for m in CONCURRENT_AT.finditer(phrase):
        left, right = phrase[: m.start()], phrase[m.start():]
        if left and any(t.end() == len(left) for t in _title_re().finditer(left)) \
                and parse_post(left) is not None and parse_post(right[1:]) is not None:
            return [(left, at), *_split_concurrent(right, at + m.start())]
    return [(phrase, at)]


def post_chain(pieces: list[tuple[str, int]], jur: str | None = None) -> list[tuple[Post, int]]:
    """Posts of chained phrases [(phrase, position)] with the chaining rules of mentions (a bare
    title takes the organization before it, 省委常委、组织部长 …); for kg.extract.careers."""
    return _posts(pieces, jur=jur, numbered=True)


# titles of a party committee itself, never of one of its departments (a 部 has 部长 and 副部长)
COMMITTEE_OWN_TITLES = ("秘书长", "副秘书长", "书记", "副书记", "常委", "常务副书记")
PARTY_DEPT_AFTER = re.compile(r"(?<=[省市县区州旗盟地]委)(?:组织部|宣传部|统战部|统一战线工作部|农工部|农村工作部)$")
# the national congress of a numbered term (a deputy's org keeps its term, as a local congress's does)
NATIONAL_CONGRESS_TERM = re.compile(r"(?:中华人民共和国)?第?([一二三四五六七八九十]{1,3})届全国(?:人大|人民代表大会)")
# titles only a party committee has, written right after a place (余姚县副书记 = 余姚县委副书记)
PLACE_PARTY_TITLES = ("书记", "副书记", "第一书记", "常务副书记", "专职副书记")


def _org_for(post: Post, doc: Document) -> str | None:
    if post.kind != "hold":
        return None
    if T.full_title(post.title) == "行政长官" and post.org_text in SAR_SHORT:
        return SAR_SHORT[post.org_text]  # 香港行政长官 / 澳门特区行政长官 (the press's 特首; session 20)
    if post.org_text in ("国家", "中华人民共和国") and post.title in ("主席", "副主席"):
        return "中华人民共和国"  # 国家主席, 中华人民共和国主席 (a 主席令's words; session 20): the head of state
    if post.title == "代表" and post.org_text and (m := NATIONAL_CONGRESS_TERM.fullmatch(post.org_text)):
        return f"第{m.group(1)}届全国人民代表大会"  # 第五届全国人大代表: a deputy of that term's congress (session 19)
    if post.org_text == "中共" and post.title == "总书记":
        return "中共中央委员会"  # 中共总书记 (Taiwanese and Hong Kong press): 中共中央总书记
    if post.title == "大使" and post.org_text and (state := embassy_state(post.org_text)):
        return f"中华人民共和国驻{state}大使馆"  # 中国驻美大使秦刚: the embassy, as kg.extract.posts reads it (session 30)
    if not post.org_text:
        return _bare_national().get(post.title) or T.implied_org(T.full_title(post.title), doc.jurisdiction)
    if (taiwan := taiwan_local_body(post.org_text, post.title)) is not None:
        return taiwan  # 台北市长蒋万安: the Taiwan city's government (kg.orgs; session 42)
    org = canonical(post.org_text, doc)
    if org is None and (zone := doc.meta.get("zone")) and post.org_text in (zone + "党工委", zone + "工委"):
        return zone + "党工委"  # the working committee of the zone the page is about, named as written (session 30)
    if org and _is_place(org):  # "通州区副区长": the place's body the title belongs to, never the place
        body = T.post_body(post.org_text + post.title, doc.jurisdiction)
        org = body.org if body is not None and body.org and (not _is_place(body.org) or _heads_the_place(post.title)) \
            else None
    return None if org and _unplaced(org, doc) else org


def _heads_the_place(title: str) -> bool:
    """A head whose body is the place itself (行政长官 of 香港特别行政区: titles.yaml government_heads
    with body = level)."""
    info = T.title_info(title)
    return info is not None and bool(info.body) and info.body == info.level


def _bound_title(post: Post, matched: str) -> bool:
    """"西藏自治区党委书记": the title matched (党委书记) was bound to its body, the post read is 书记
    of 西藏自治区党委 (_party_post_of_place)."""
    cut = matched[: len(matched) - len(post.title)]
    return bool(cut) and matched.endswith(post.title) and bool(post.org_text and post.org_text.endswith(cut))


def _unplaced(org: str, doc: Document) -> bool:
    """kg.orgs returns a name it cannot place as written (省政府 with no jurisdiction, 普陀区委):
    such a name is no canonical organization, the fact's org stays null."""
    from kg.orgs import parse_org

    if org in PLACE_BODIES:
        return True  # 人大常委会, 政协 with no place at all

    info = parse_org(org, doc.jurisdiction)
    if re.match("(?:省|市|县|区|州|镇|乡|自治区)(?:委|政府|人大|政协|纪委|监委|法院|检察院)|街道(?:办事处|党工委|办)?$", org):
        return True  # 市政府, 区人大常委会: a level marker no place was put in front of
    return info is not None and info.jurisdiction is None and info.name == org and not is_taiwan_local_body(org) \
        and re.search("[省市县区州镇乡旗盟]", org) is not None  # (台北市政府: Taiwan's, placed; session 42)


def _named_before(text: str, at: int, post: Post, doc: Document) -> str | None:
    """A short org ("指挥部") written in full earlier in the same paragraph
    ("钓鱼嘴音乐半岛建设指挥部总指挥调度会召开。区委书记、指挥部总指挥余长明")."""
    frag = post.org_text
    if post.kind != "hold" or not frag or len(frag) > 4:
        return None
    para = text.rfind("\n", 0, at) + 1
    found = _named_in(text[para:at], frag)
    if found is None and para > 1:
        # a news copy writes each sentence on its own line: the last 300 characters of the paragraph
        # just before ("…十二届省委科技委员会第一次会议召开，…⏎省委副书记、省长、委员会主任黄强出席"; session 20)
        before = text.rfind("\n", 0, para - 1) + 1
        found = _named_in(text[max(before, para - 301):para - 1], frag)
    return canonical(found, doc) if found and found != frag else None


def _named_in(segment: str, frag: str) -> str | None:
    """The last full name of the short org ``frag`` written in ``segment`` (for :func:`_named_before`)."""
    found = None
    for m in re.finditer(rf"[{HAN}]{{2,20}}?{re.escape(frag)}", segment):
        named = LEAD_VERBS.sub("", m.group(0))
        if (term := TERM_BEFORE_BODY.match(named)) and len(named) - term.end() > len(frag):
            named = named[term.end():]  # "十二届省委科技委员会第一次会议召开，…、委员会主任A": the body, not its term (session 20)
        if named != frag and not RUN_ON_NAMED_RE.search(named) \
                and not _title_re().search(named[: len(named) - len(frag)]):  # "县委书记张某到株潭镇": a mention, no name
            found = named  # and the short name, no full name; "…副书记郭新立担任山东大学": a clause, no name
    return found


def _merged(spans) -> list[tuple[int, int]]:
    """The union of ``spans`` as sorted, disjoint intervals (for :func:`_overlaps`)."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _overlaps(span: tuple[int, int], skip: list[tuple[int, int]]) -> bool:
    """Whether ``span`` shares a character with the merged spans ``skip`` (binary search:
    the readers check every candidate, so a scan would make the reader quadratic)."""
    i = bisect_right(skip, (span[1],)) - 1  # the last interval starting before span's end
    return i >= 0 and skip[i][1] > span[0]


def extract(doc: Document, skip: list[tuple[int, int]] | tuple = ()) -> list[Fact]:
    """Hold / rank facts of title+name mentions outside the spans in ``skip``."""
    text = doc.text
    marks, dates = chronicle_dates(doc)
    default = _default_date(doc)
    facts: list[Fact] = []
    skip = _merged(skip)
    cache: dict = {}
    # (end of the last mention, its org as written, its org as written or inherited)
    prev: tuple[int, str | None, str | None] | None = None
    carried: dict[str, str] = {}  # places written in the current enumeration of officials, by level
    enum_marker: str | None = None  # the level marker of the last body written in the enumeration
    taken: set[tuple[str, str]] = set()  # (body, single-holder title) given in it
    bare_facts: list[tuple[int, Post]] = []  # facts of the enumeration whose body has a bare level marker
    school: tuple[str | None] | None = None  # the enumeration's school (its org, or None unnamed) once a post named it
    own: set[int] = set()  # facts whose body, written with a bare marker, was read as the document's place's
    for m in _title_re().finditer(text):
        found = _name_after(text, m.end())
        seconded = None
        if not found and (honour := HONOURS_RE.match(text, m.end())):
            found = _name_after(text, honour.end())  # "…党委书记、教授、博士生导师景维民": no posts between
        intro_re = MEETING_INTRO_RE if m.group(0) in MEETING_TITLES else LIST_INTRO_RE
        if not found and (intro := intro_re.match(text, m.end())):
            # "国务院副秘书长至少有7人，分别是王志军、王永红…": the title, then its holders
            found = _name_after(text, intro.end())
            if found and text[found[1] : found[1] + 1] != "、" and not (
                    intro.group(0) == "为" and re.match(r"(?:[（(][女男][)）])?同志", text[found[1]:found[1] + 5])):
                found = None  # a list of holders, never one name in running text (or one written 为NAME同志)
        if not found and text[m.end() : m.end() + 1] in "：:" and m.end() < len(text):
            # "市人大常委会副主任：张三、李四；市政府副市长：赵六。"
            found = _name_after(text, m.end() + 1)
            if found and text[found[1] : found[1] + 1] not in ("、", "；", ";", "。", "，", ",", "\n", "") \
                    and not LINE_END_AT.match(text, found[1]) and not LINE_END_NOTE.match(text, found[1]) \
                    and not _spaced_names_to_line_end(text, found[1]) and not TENURE_AT.match(text, found[1]):
                found = None  # (the name may end its line before a citation: "…主任：周富强 [9]", or a
                # note: "贵州省委书记：苏振华（兼贵州军区政委）")
        if not found and (seconded := SECONDMENT_AT.match(text, m.end())):
            found = _name_after(text, seconded.end())  # "副市长（挂职）冯某出席": the name after the mark
        if not found and (rank := RANK_BRACKET_RE.match(text, m.end())):
            found = _name_after(text, rank.end())  # "琼中县委书记（正厅级）孙喆卸任": the post's rank, then the name
        if not found and (pad := PADDED_NAME_AT.match(text, m.end())) \
                and is_person_name(pad.group(1) + pad.group(2)) and not _title_re().search(pad.group(0)):
            # "县委副书记、县长  王  强，" / "县长 王强，": a name padded with spaces (a table or a Word
            # page flattened to text), written whole before a mark (session 19)
            found = (pad.group(1) + pad.group(2), pad.end())
        if found and text[m.end():m.end() + 1] in " \t" and ACT_POST_BEFORE_GAP_RE.search(text, max(0, m.start() - 21), m.start()):
            continue  # "选举朱天舒为市委书记 张伟文、黄宝树为市委副书记" (a headline's acts spaced apart): the post after 为 is the name's before it
        if not found and text[m.end():m.end() + 1] in "(（" and (count := HOLDER_COUNT_AT.match(text, m.end())):
            # "副州长(7)刘珍瑜、高湘文、…" (an encyclopedia's box): the holders' count, then their names
            found = _name_after(text, count.end())
            if found and text[found[1]:found[1] + 1] not in ("、", "\n", "") and not LINE_END_AT.match(text, found[1]):
                found = None  # (a list of holders or one closing its line, never running text)
        if not found and (presider := PRESIDER_RE.match(text, m.end())):
            found = _name_after(text, presider.end())
        if not found and m.group(0).endswith(SIGNING_HEADS) and (signs := SIGNS_AT.match(text, m.end())) \
                and is_person_name(signs.group(1)):
            # "国家主席习近平任免驻外大使", "国务院总理李强任命…": a head of state or government who signs
            # the acts (任免 after any other title is a word: 代表和人事任免; session 20)
            found = (signs.group(1), signs.end(1))
        candidate = False
        if not found and (cand := CANDIDATE_RE.match(text, m.end())):
            # "市委副书记、市长提名人选张文旺作表态发言": the candidacy is no post, those before it are
            found, candidate = _name_after(text, cand.end()), True
        run: list[str] = []
        if not found and (cut := _name_run_after(text, m.end())):
            # "常务委员会委员有王晓晖黄强施小琳", "委员：\n朱雨江余立奎…": holders written without separators
            # (a page that lost its spaces), cut where one cut is clearly the likeliest (pair_rows.split_run; session 39)
            at = text.index(cut[0], m.end())
            found, run = (cut[0], at + len(cut[0])), cut[1:]
        if not found:
            continue
        name, name_end = found
        chain = _chain_before(text, m.end())
        if NOMINEE_IN.search(chain[0][0]):
            continue  # "拟任县财政局局长张三作供职发言", "被免职的…局长张三": no post held
        if (chain[0][0].startswith(REMOVING) or text.endswith(REMOVING, 0, chain[0][1])) \
                and REMOVED_AFTER.match(text, name_end):
            continue  # "免去港澳办副主任周波的职务": the post removed (the act reader's), no holding told (session 35)
        if prev and _shares(prev[2], m.group(0)) and _shared_gap().fullmatch(text, prev[0], m.start()):
            chain = [(m.group(0), m.start())]  # "…孙贵宝和秘书长袁进琳": the title alone, shared below
        inherit = prev[1] if prev and chain[0][1] == prev[0] + 1 and text[prev[0]] == "、" else None
        bare = len(chain) == 1 and OTHER_RE.sub("", chain[0][0]) == m.group(0)
        if inherit is None and prev and bare \
                and _shares(prev[2], m.group(0)) and _shared_gap().fullmatch(text, prev[0], chain[0][1]):
            inherit = prev[2]  # 省人大常委会主任金振吉，副主任车秀兰: the same standing committee
        if inherit is None and prev and bare and _shares(prev[2], m.group(0)) \
                and ATTENDED_GAP.fullmatch(text, prev[0], chain[0][1]) and CONVENER_AFTER.match(text, name_end):
            inherit = prev[2]  # "…副主席A、B出席会议。副主席C主持会议。": the convener of the meeting they attend
        if inherit is None and prev and prev[2] and len(chain) >= 2 and (lead := parse_post(chain[0][0])) is not None \
                and not lead.org_text and lead.title == chain[0][0] and _shared_gap().fullmatch(text, prev[0], chain[0][1]):
            # "…副主任徐祖萼、郑荣胜，副秘书长、研究室主任阮重晖，副秘书长、办公厅主任叶茂东": a chain opened
            # by the shared title (after a colleague's office, its host's: 人大常委会研究室 → 人大常委会)
            inherit = next((b for b in (prev[2], _office_host(prev[2])) if _shares(b, lead.title)), None)
        if inherit is None and prev and bare and _shares(prev[2], m.group(0)) and chain[0][1] - prev[0] <= 40 \
                and not any(c in SENTENCE_END_CHARS for c in text[prev[0]:chain[0][1]]):
            # "省人大常委会副主任牛仁亮向…颁发任命书，副主任张建欣、田喜荣分别主持…，副主任高卫东…": a bare
            # title the body named before in the same sentence holds (session 24)
            inherit = prev[2]
        if inherit is None and bare and (team := _team_before(text, chain[0][1])) and _shares(team, m.group(0)):
            inherit = team  # "现任安徽省委领导班子成员共计11人。书记李锦斌，…": that committee
        if inherit is None and (first := parse_post(_clean_org(chain[0][0]) or chain[0][0])) is not None \
                and first.org_text and first.org_text.startswith((*PARTY_DEPTS, *LOCAL_BODIES)) \
                and (committee := _standing_before(text, chain[0][1])):
            inherit = committee  # "…12名省委常委：…。其他分别是：…纪委书记傅奎，…组织部长王少峰": 省委's
        if inherit is None and len(chain) == 1 and _clean_org(chain[0][0]) == m.group(0) \
                and (meeting := _meeting_body_before(text, chain[0][1])) \
                and (prev is None or prev[0] <= meeting[1]) and _shares(meeting[0], m.group(0)):
            body = meeting[0]
            inherit = body  # "区人大常委会召开第二十次会议。会议由常务副主任张建国主持": the meeting's body
        if bare and OTHER_RE.match(chain[0][0]):
            chain = [(m.group(0), m.start())]
        if (zone := doc.meta.get("zone")) and chain[0][0].startswith(BARE_ZONE_BODIES):
            # "区党工委书记张大军主持会议" on a page about one zone (kg.metadata, meta["zone"]): its committee
            chain = [(zone + chain[0][0].removeprefix("区"), chain[0][1]), *chain[1:]]
        former: set[int] = set()
        line_place = _line_place(text, chain[0][1], chain[0][0])
        odoc = doc if line_place is None else replace(doc, jurisdiction=line_place)  # (成都：市委书记…: that city's)
        posts = _posts(chain, inherit, former, odoc.jurisdiction)
        if posts and (chain[0][0].startswith(THEN_MARKS) or text.endswith(THEN_MARKS, 0, chain[0][1])):
            former.update(range(len(posts)))  # "当时的重庆市委书记薄熙来": posts of that time (session 29)
        if seconded and posts and posts[-1][0].kind == "hold":  # "副市长（挂职）冯某": that post is a secondment
            posts[-1] = (replace(posts[-1][0], marks=replace(posts[-1][0].marks, secondment=True)), posts[-1][1])
        if not posts or posts[-1][0].title != m.group(0) and not posts[-1][0].title.endswith(m.group(0)) \
                and not _bound_title(posts[-1][0], m.group(0)):
            continue
        if candidate:
            posts = posts[:-1]
            if not posts:
                continue
        span = (posts[0][1], name_end)
        if _overlaps(span, skip):
            # "…毛伟明已任湖南省委委员、常委、副书记，原江西省委副书记李炳军任…": the chain ran back into a
            # clause another reader took; the posts after it are this mention's (session 27)
            keep = next((j for j, (_p, at) in enumerate(posts) if not _overlaps((at, name_end), skip)), None)
            if keep is None:
                continue
            posts, former = posts[keep:], {k - keep for k in former if k >= keep}
            span = (posts[0][1], name_end)
        i = bisect_right(marks, m.start()) - 1
        date = (dates[i] if i >= 0 else None) or (None if _yearbook(doc) else _event_date(doc, span[0], cache)) or default
        names = [(name, span)]
        tenures: dict[str, tuple[str, str | None]] = {}  # the holders' tenures written after them
        while True:
            if (mark := NAME_MARK_AT.match(text, name_end)) or (mark := _post_note_at(text, name_end)):
                name_end = mark.end()  # "副主任陈秀兰（女）、王建平": the mark (or the person's posts), then the list goes on
            elif tenure := TENURE_AT.match(text, name_end):
                tenures[names[-1][0]] = _tenure_dates(tenure)  # "局长：白清江（1953年5月-1954年10月）、张耀宇…"
                name_end = tenure.end()
            sep = text[name_end : name_end + 1]
            more: tuple[str, int] | None
            if run and text.startswith(run[0], name_end):
                more, run = (run[0], name_end + len(run[0])), run[1:]
            elif sep == "、" and (more := _list_name_after(text, _line_goes_on(text, name_end + 1))):
                pass  # 副主任封洪华、余炳友、周正: one title, several holders (a list may go on
                # on the next line: "副主任：刘建华、陈晓东、\n孙立新、吴晓梅")
            elif sep in (" ", "\u3000") and (
                    ((more := _name_after(text, name_end + 1)) and is_person_name(more[0]))
                    or ((more := _spaced_item(text, name_end + 1)) and is_person_name(more[0], delimited=True))) \
                    and SPACED_NEXT.match(text, more[1]):
                pass  # "副主任张三 李四 王五": names separated by spaces (a list of attendees, not a
                # headline's "…书记侯凤岐 徐广国会见…": the next name ends the list or attends)
            elif sep == "和" and len(names) == 1 and (more := _name_after(text, name_end + 1)) \
                    and is_person_name(more[0]) and BOTH_AFTER.match(text, more[1]):
                pass  # "中共中央政治局常委王沪宁和蔡奇也陪同": one title, two holders (only when
                # 也 / 均 / 分别 … says both do: "书记张三和李四一行" may be a guest)
            elif sep == "和" and len(names) >= 2 and (more := _name_after(text, name_end + 1)) \
                    and is_person_name(more[0]) and LAST_AFTER.match(text, more[1]):
                pass  # "常委依次为A、B、C和D。": the last of a list of three or more, ending its sentence
                # (session 21) or its clause with what they all do ("政治局委员A、B和C出席", session 29)
            else:
                break
            name, name_end = more
            names.append((name, (span[0], name_end)))
        last, last_at = posts[-1]
        written = last.org_text if last.kind == "hold" and last.org_text \
            and last.org_text in text[last_at : m.start()] else None
        if not (prev and SCHOOL_GAP.fullmatch(text, prev[0], span[0])):
            school = None  # (a school's enumeration goes on after "，" and a space: "校长李思进, 党委副书记王军")
        if not (prev and span[0] == prev[0] + 1 and text[prev[0]] in ENUM_SEPARATORS):
            carried, taken, bare_facts = {}, set(), []  # another enumeration starts here
            enum_marker = None
        prev = (name_end, written, last.org_text if last.kind == "hold" else None)
        if any(p.kind == "hold" and p.org_text and _carried_place(p.org_text, p.title, carried, set())
               and not _carried_place(p.org_text, p.title, carried, taken) for p, _ in posts):
            carried = {}  # "梅州市委书记李嘉，市委书记、市长陈略宇": this person's place is another
        bare_here: set[str] = set()  # level markers this person's posts wrote bare (市委常委、…)
        respective = _respective(posts, len(names))
        for k, (post, at) in enumerate(posts):
            as_written = post
            if post.kind == "hold" and enum_marker and post.org_text in BARE_STATE_BODIES:
                # "旗人大常委会主任佟格日乐、政协主席辛耀雄": a state body written without its level
                # marker inside an enumeration is of the level the item before wrote
                post = replace(post, org_text=enum_marker + post.org_text)
            if post.kind == "hold" and post.org_text:
                body = _carried_place(post.org_text, post.title, carried, taken) or post.org_text
                if body != post.org_text:
                    post = replace(post, org_text=body)
                if home := _written_place(body):
                    if home[0] not in bare_here or body != as_written.org_text:
                        carried[home[0]] = home[1]
                    # else "市委常委、三河市委书记韩占山": a member of the bare 市委 who heads a
                    # 市 below it — the colleagues' bare 市委 is not that 市's
                elif (marker := next((m for m in LEVEL_MARKERS if body.startswith(m)), None)):
                    bare_here.add(marker)
                if home or marker:
                    enum_marker = home[0] if home else marker
                taken.add((body, post.title))
            org = _meeting_org(text, at, post, cache, doc.jurisdiction) if post.title in MEETING_TITLES \
                or (post.title in SESSION_OFFICERS and post.org_text == "大会") else None
            org = org or _org_for(post, odoc) or _named_before(text, at, post, doc)
            if org and _unplaced(org, odoc):
                org = None
            if org is None and post.kind == "hold" and (town := _page_town(doc, cache)) \
                    and (on_page := _town_post(post, town)):
                post, org = on_page  # "镇党委书记张文军" on the page of 高行镇's congress
            town_kept = None
            if org is None and post.kind == "hold" and (town_kept := _unplaced_town_post(post)) is not None \
                    and town_kept.org_text and town_kept.org_text[0] in "镇乡" and _towns_named(doc, cache) > 1:
                town_kept = None  # "白石镇党委书记周一、青山镇党委书记吴二参加。镇党委书记郑三发言": whose 镇党委?
            if town_kept is not None:
                post = town_kept  # "镇党委书记王春明", "常乐镇党委副书记、镇长陈镒": kept, org null
            sch = None
            if post.kind == "hold" and town_kept is None \
                    and (sch := _school_post(post, org, school, doc, at, cache)) is not None:
                post, org, school = sch  # "校党委书记张俊龙，校长李思进，党委副书记王军": the page's school (session 21)
            if org is None and post.kind == "hold" and town_kept is None and sch is None and not _unplaced_session_post(
                    post, at, text, name_end, cache) and not (
                    post.org_text and post.org_text.startswith(LEVEL_MARKERS)
                    and re.fullmatch(f"[{HAN}]+", post.org_text)):
                if not _unplaced_kept(post, names, text, name_end):
                    continue  # "副主任余炳友", "常委会副主任…" in running text: a post we cannot place is not kept
                # (省政府副省长X with no known place: kept, org null, org_text as written)
            for person, where in (names if respective is None else [names[x] for x in respective[k]]):
                start, end = tenures.get(person, (None, None))
                fact = make_fact(doc, person, post, where, org=org, date=date, start=start, end=end,
                                 former=True if k in former or end else None, notes={"mention": True})
                if org is None and fact.org and fact.org == post.org_text and _unplaced(fact.org, doc):
                    fact.org = None  # a body kg.orgs cannot place (市委统战部 in a province's text): null
                if sch is not None and org is None:
                    fact.org = None  # "校党委书记张俊龙" on a page naming no school as its own: never a 校 widened
                    # to a clause before it ("…认证期间与学校")
                facts.append(fact)
                if as_written.kind == "hold" and as_written.org_text and as_written.org_text.startswith(LEVEL_MARKERS) \
                        and _written_place(as_written.org_text) is None:
                    bare_facts.append((len(facts) - 1, as_written))
                    if post.org_text == as_written.org_text:
                        own.add(len(facts) - 1)
        if (led := DELEGATION_RE.match(text, name_end)) and (home := _written_place(led.group("place"))):
            _delegation_home(facts, bare_facts, home, doc, own)  # "市委书记徐新荣，市长薛占海率延安市党政代表团"
    _doubt_own_place(facts, own, doc)
    facts.extend(_signatures(doc, skip, default))
    _own_place_of_named(facts, own, doc)
    facts.extend(_name_first(doc, skip, default, cache))
    facts.extend(_body_name_title(doc, skip, default, cache))
    facts.extend(_national_name_first(doc, skip, default, cache))
    facts.extend(_bracketed(doc, skip, default, cache))
    facts.extend(_cppcc_members(doc, skip, default, cache))
    if "主席团成员" in text:
        facts.extend(_presidium_members(doc, skip, default, cache))
    facts.extend(_counted_list(doc, skip, default, cache))
    return facts


# titles never kept with no body: 代表 is also a verb (程平分别代表马鞍山), 总书记 is the party's
# (kg's readers of the central bodies place it); a session's offices need their session (执行主席,
# docs/conventions.md); a party committee's title depends on its body (镇党委书记 is 书记 of the 镇党委,
# 公司党委书记 the company's 党委书记), so none is given without it
_UNPLACED_NEVER = frozenset({"代表", "总书记", *MEETING_TITLES})
_UNPLACED_PARTY = ("党委", "党工委", "党组", "党支部", "党总支")
# a verb of an act the post's phrase opens with ("当选镇长杨梅玲"): the act's words, no body written
_UNPLACED_ACT_LEADS = ("当选", "选举", "任命", "提名", "担任", "出任", "新任", "拟任")


def _unplaced_kept(post: Post, names: list[tuple[str, tuple[int, int]]], text: str, name_end: int) -> bool:
    """A holding whose body kg cannot place ("县公安局党委书记、局长申贵荣", "院长郑秀文", "副主任
    谭惠珠（女）、张勇"): kept, org null (its evidence shows the body as written), when every name
    is one and is sure to be: the last written whole (punctuation, a bracket, 等 or an attendance
    verb after it) or every one opening with a common surname (kg.names.common_surnames: "执行主席
    席就座", "区长纪录", "党委书记晋升" open with rarer ones). Session 36: dev holdings +279 matched
    and +52 unmatched, the frozen set +15 and +2 (docs/holds.md, "Session 36")."""
    if post.title in _UNPLACED_NEVER or post.title.startswith(_UNPLACED_PARTY) or post.org_text == "大会" \
            or (post.org_text or "").startswith(_UNPLACED_ACT_LEADS) or not all(is_person_name(n) for n, _ in names):
        return False
    if NOMINEE_IN.search(text, max(0, names[0][1][0] - 40), names[0][1][0]):
        return False  # "…财政局拟任局长、副局长名单\n局长王强": nominees under their list's heading
    after = text[name_end:name_end + 1]
    if after in ("", "（", "(") or after in PUNCT_AFTER or text.startswith(("等", *WORD_SURNAME_AFTER), name_end):
        return True
    common = common_surnames()
    return all(n[0] in common or n[:2] in common for n, _ in names)


def _exclusive(a: Post, b: Post) -> bool:
    """Whether no one person holds both posts: titles of one base in one body (主任 / 副主任,
    区长 / 副区长, 主席 / 副主席) or a row of ``exclusive_titles`` (院长 / 检察长: the two judicial
    bodies; kg/data/titles.yaml)."""
    if a.kind != "hold" or b.kind != "hold" or a.title == b.title:
        return False
    ia, ib = T.title_info(a.title), T.title_info(b.title)
    if ia is None or ib is None or ia.rank or ib.rank:
        return False
    if ia.base == ib.base and (a.org_text or "") == (b.org_text or ""):
        return True
    return any(a.title in row and b.title in row for row in T.exclusive_titles())


def _plural(title: str) -> bool:
    """Whether a title has several holders in one body (副主任, 委员, 常委), not one head."""
    info = T.title_info(title)
    return info is not None and (info.deputy and not title.startswith("第一") or title in T.plural_titles())


def _respective(posts: list[tuple[Post, int]], n: int) -> list[list[int]] | None:
    """The names each post of a chain goes to when several names follow titles no one person
    holds together ("新当选的县人大常委会主任、副主任A、B、C" → A 主任, B and C 副主任; "两院院长、
    检察长A、B" → A 院长, B 检察长; session 20): as many names as posts pair in order; more names
    than posts with one title of several holders give the heads before it the first names, the
    heads after it the last, that title the rest; any other count reads nothing (precision first).
    None when every name holds every post (市委常委、副市长A、B)."""
    k = len(posts)
    if n < 2 or k < 2 or not any(_exclusive(posts[i][0], posts[j][0])
                                 for i in range(k) for j in range(i + 1, k)):
        return None
    if n == k:
        return [[i] for i in range(k)]
    plural = [i for i, (p, _) in enumerate(posts) if _plural(p.title)]
    if n < k or len(plural) != 1:
        return [[] for _ in range(k)]
    j, tail = plural[0], k - plural[0] - 1
    return [[i] for i in range(j)] + [list(range(j, n - tail))] + [[n - tail + t] for t in range(tail)]


def _spaced_names_to_line_end(text: str, pos: int) -> bool:
    """Whether the rest of the line from ``pos`` is only names parted by spaces ("大会执行主席：张一 李二
    王三": an e-paper's list after a title and its colon; session 20): the list reader goes on over them."""
    if text[pos : pos + 1] not in (" ", "\u3000"):
        return False
    end = text.find("\n", pos)
    items = text[pos : end if end >= 0 else len(text)].split()
    return bool(items) and len(items) <= 40 and all(is_person_name(i, delimited=True) for i in items)


TOWN_HEADS = ("镇长", "副镇长", "乡长", "副乡长")


def _page_town(doc: Document, cache: dict) -> str | None:
    """The one town whose congress the page reports when kg.metadata could not place it (the text
    never names its county: "高行镇召开第四届人民代表大会第八次会议"), else None (session 20)."""
    if "page_town" not in cache:
        cache["page_town"] = None
        if not (doc.jurisdiction or "").endswith(("镇", "乡")) and "人民代表大会" in doc.text:
            from kg.metadata import _TOWN_CONGRESS

            found = list(fast_re.finditer(_TOWN_CONGRESS, doc.text))  # (the same matches as finditer, faster)
            towns = {m.group("town") for m in found}
            if len(towns) == 1 and not any(m.group("county") for m in found):
                cache["page_town"] = towns.pop()
    return cache["page_town"]


def _town_post(post: Post, town: str) -> tuple[Post, str] | None:
    """A bare town post on the page of ``town``'s congress, with its body named by the town alone as
    the page names it (镇党委书记 → 书记 of 中共高行镇委员会, 镇人大主席 → 高行镇人民代表大会, 镇长 →
    高行镇人民政府): the page places the town nowhere, so no county or province is added (never a
    guess); None for any other post."""
    from kg.orgs import canonical_org

    text, level = post.org_text or "", town[-1]
    if text == level and post.title.startswith("党委") and post.title[2:] in PLACE_PARTY_TITLES:
        post, text = replace(post, title=post.title[2:]), level + "党委"  # 镇党委书记: 书记 of the town's committee
    if text and text[0] == level and 2 <= len(text) <= 5:
        body = canonical_org(text, town)
    elif not text and post.title in TOWN_HEADS and post.title.endswith(level + "长"):
        body = canonical_org(level + "人民政府", town)
    else:
        return None
    return (post, body) if body and body.startswith(("中共" + town, town)) else None


TOWN_BODY_AT = re.compile(rf"(?P<town>[镇乡]|(?![各全本该每其城村])(?:(?![省市县区州旗盟])[{HAN}]){{2,4}}?(?<!乡)[镇乡])"
                          r"(?P<body>党委|人大|人民政府|政府)?")
TOWN_PARTY_TITLES = ("书记", "副书记", "委员", "组织委员", "宣传委员", "纪委书记")
TOWN_CONGRESS_TITLES = ("主席", "副主席")


TOWN_NAMED_AT = re.compile(rf"([{HAN}]{{2}})[镇乡](?=党委|党工委|人大|人民政府|政府|[镇乡]长|副[镇乡]长)")
NOT_TOWN_STEM = re.compile("政府|人大|党|委|办|局|所|站|代表|当选|新任|现任|[选任为是的和及与在由向对给到赴带着]|[全各本该每其城村乡]$")


def _towns_named(doc: Document, cache: dict) -> int:
    """How many different towns the text names before one of their bodies or heads (白石镇党委, 青山乡人大,
    常乐镇镇长; by the last two characters of the name; once a document, only when asked)."""
    if "towns_named" not in cache:
        cache["towns_named"] = len({m.group(1) for m in TOWN_NAMED_AT.finditer(doc.text)
                                    if not NOT_TOWN_STEM.search(m.group(1))})
    return cache["towns_named"]


@lru_cache(maxsize=1)
def _school_table() -> dict:
    """kg/data/school_posts.yaml: a school's own posts written bare on its pages."""
    from kg.datafiles import load_yaml

    return load_yaml("school_posts.yaml")


SCHOOL_NAME_END = re.compile(r"(?:大学|学院)$")
SCHOOL_GAP = re.compile(r"[，,、][ \u3000]?")


def _school_post(post: Post, org: str | None, school: tuple[str | None] | None, doc: Document, at: int,
                 cache: dict) -> tuple[Post, str | None, tuple[str | None]] | None:
    """A university's own post written bare on its own page (session 21; kg/data/school_posts.yaml):
    "湖北大学党委书记刘建凡" names the enumeration's school; "校党委常委、组织部长侯勇" after it, "校长B" /
    "党委副书记C" after a school post, are that school's (党委常委 of 湖北大学, 部长 of 湖北大学党委组织部); a
    school post opening an enumeration takes the school the report's sentence names as its subject
    (东华大学召开会议，…。党委书记A，校长B), else none: org null, the body as written (我校 / 校 / 校党委).
    Returns (post, org, the enumeration's school) or None when the post is no school's."""
    table = _school_table()
    title, body = post.title, post.org_text or ""
    if org is not None and body not in table["bodies"]:
        # a school written in full: "湖北大学党委书记刘建凡" opens the enumeration's school (a 校 widened to a
        # clause written before it, "…认证期间与学校", is no school: read below as the bare 校)
        if school is None and SCHOOL_NAME_END.search(body) and title in table["titles"] and org == canonical(body, doc):
            return post, org, (org,)
        return None
    if body in table["bodies"] or (not body and title in table["titles"]):
        if body.endswith("党委") and "党委" + title in table["titles"]:
            title = "党委" + title  # 校党委委员 → 党委委员 (the gold's title), never 委员 of 校党委
        elif body.endswith("纪委") and "纪委" + title in table["titles"]:
            title = "纪委" + title
        if title not in table["titles"]:
            return None
        if school is None:  # the first school post of its enumeration: the school written or cued
            subject = _school_subject(doc.text, at)
            if subject is None and body not in table["bodies"] and title not in table["own_titles"]:
                return None  # "公司党委书记张三": a bare party title says no school by itself
            if "school_cue" not in cache:
                cache["school_cue"] = any(c in doc.text for c in table["page_cues"])
            if subject is None and not cache["school_cue"] and body not in table["bodies"]:
                return None  # a bare 校长 on a page that never speaks of its school
            school = (canonical(subject, doc) if subject else None,)
    elif school is not None and body in table["party_departments"] and title in ("部长", "副部长"):
        return replace(post, org_text=body), (f"{school[0]}党委{body}" if school[0] else None), school
    elif school is not None and body in ("党委", "纪委") and body + title in table["titles"]:
        title = body + title  # "…，党委委员、纪委书记党志峰": after a school post, the school's
    else:
        return None
    return replace(post, title=title, org_text=post.org_text), school[0], school


@lru_cache(maxsize=1)
def _school_subject_re() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, _school_table()["subject_verbs"]))
    # (the school's own name: no character of a clause, 王五曾在清华大学召开的会议 names no subject)
    return re.compile(rf"(?:^|[。！？])(?:[^。，\n]{{0,16}}，)?(?P<u>(?:(?![在曾于的和与是了对向由从将把被为及同])[{HAN}]){{2,14}}"
                      rf"(?:大学|学院))(?:{verbs})")


def _school_subject(text: str, at: int) -> str | None:
    """The school a report names as its subject in the sentence before ``at`` or the one holding it
    ("2月13日，东华大学召开会议，…。党委书记刘承功，校长俞建勇…"): written first in its sentence (after a
    date), before a verb of holding a meeting; None when another school is named after it."""
    start = max(text.rfind("\n", 0, at) + 1, at - 300)
    before = text[start:at]
    found = None
    for m in _school_subject_re().finditer(before):
        found = m
    if found is None or re.search(r"大学|学院", before[found.end():]):
        return None
    return found.group("u")


def _unplaced_town_post(post: Post) -> Post | None:
    """A town's post kg cannot place (the page names no county for it, or names the town only by its
    level: "镇党委书记王春明", "镇党委副书记、镇长潘轶", "镇人大主席陶峰", "大沁他拉镇党委书记贾轶"):
    kept with org null and the body as written, the title without the body (党委书记 of 镇 → 书记 of
    镇党委, as the gold writes it; session 20 partynews breadth: pages of five provinces). Only a
    town's own party, congress and government titles; None for anything else (a 镇 department,
    a 村, a word of several towns: 各乡镇, 全镇)."""
    m = TOWN_BODY_AT.fullmatch(post.org_text or "")
    if m is None:
        return None
    town, body, title = m.group("town"), m.group("body"), post.title
    if re.search("政府|人大|党|委|办|局|所|站|当选|新任|现任|选|任|为|是|的|和|及|与|在", town):
        return None  # "政府镇长" read as a body 政府镇政府, "当选镇长": no town's name
    if title.startswith("党委") and title[2:] in TOWN_PARTY_TITLES and body is None:
        return replace(post, title=title[2:], org_text=town + "党委")
    if body == "党委" and title in TOWN_PARTY_TITLES:
        return post
    if body == "人大" and title in TOWN_CONGRESS_TITLES:
        return post
    if body in (None, "政府", "人民政府") and title in TOWN_HEADS and title.endswith(town[-1] + "长"):
        return post
    return None


def _line_goes_on(text: str, pos: int) -> int:
    """Where a list's next item starts after its 、 at ``pos - 1``: the next line's first
    character when the line breaks right after the 、, else ``pos``."""
    if text[pos : pos + 1] != "\n":
        return pos
    while pos < len(text) and text[pos] in "\n \u3000\t":
        pos += 1
    return pos


# how the session a chair's post names is written (大会执行主席, 主席团常务主席, 本次会议执行主席, 闭幕会执行主席: round 37)
SESSION_BODY_ENDS = ("大会", "主席团", "会议", "闭幕会", "开幕会")
_OTHERS_END_RE = re.compile(r"(?:其他|其余|另外)$")  # "大会其他执行主席李某成、…": the session's other chairs


def _meeting_org(text: str, at: int, post: Post, cache: dict, jur: str | None = None) -> str | None:
    """"会议由…大会执行主席王宁主持", "主席团常务主席张德江": the session the document reports,
    the last one named in full before the mention (云南省第十四届人民代表大会第一次会议, with its
    place), plus 主席团 for the presidium's titles; None when the post names another body. A
    session written with a level marker for its place (自治区政协十二届一次会议) is of the
    document's place of that level (``jur``)."""
    if post.org_text and not _OTHERS_END_RE.sub("", post.org_text).endswith(SESSION_BODY_ENDS):
        return None
    if "meetings" not in cache:
        found = [(m.start(), _cppcc_session(text, m.start(), m.group(0))) for m in MEETING_RE.finditer(text)]
        found += [(m.start(), f"第{m.group(1)}届人民代表大会第{m.group(2)}次会议")
                  for m in SHORT_SESSION_RE.finditer(text)]  # 省十三届人大四次会议, as news write it
        found += [(m.start(), f"中国人民政治协商会议第{m.group(1)}届全国委员会第{m.group(2)}次会议")
                  for m in SHORT_CPPCC_RE.finditer(text)]
        found += [(m.start(), f"政协第{m.group(1)}届委员会第{m.group(2)}次会议") for m in LOCAL_CPPCC_RE.finditer(text)]
        found += [(m.end(2), f"中国共产党第{m.group(3)}次代表大会") for m in PARTY_CONGRESS_RE.finditer(text)
                  if _is_place(m.group(2))]  # 中国共产党山西省第十二次代表大会: a party congress's session
        # "政协第六届吴忠市委员会第三次会议": the term written before the place
        firsts = [m for m in TERM_FIRST_CPPCC_RE.finditer(text) if _is_place(m.group(2))]
        placed = [(m.start(), m.group(2), f"政协第{m.group(1)}届委员会第{m.group(3)}次会议") for m in firsts]
        if "政协" in text:
            seconds = [m for m in PLACE_FIRST_CPPCC_RE.finditer(text) if _is_place(m.group(1))
                       and not any(f.start() <= m.start() < f.end() for f in firsts)]
            placed += [(m.start(), m.group(1), f"政协第{m.group(2)}届委员会第{m.group(3)}次会议") for m in seconds]
            firsts += seconds
        found = [(pos, name) for pos, name in found if not any(m.start() <= pos < m.end() for m in firsts)]
        cache["meetings"] = sorted([(pos, _session_place(text, pos), name) for pos, name in found] + placed)
    earlier: list[tuple[int, str, str]] = [m for m in cache["meetings"] if m[0] < at]
    if not earlier:
        return None
    _, place, name = earlier[-1]
    if not place:  # "自治区十三届人大二次会议" after "内蒙古自治区第十三届人民代表大会第二次会议…": that one
        place = next((p for _, p, n in reversed(earlier) if p and n == name), "")
    if not place and jur:  # "自治区政协十二届一次会议" in a 广西壮族自治区 document: its place of that level
        from kg.orgs import expand_jurisdiction

        start = earlier[-1][0]
        marker = "自治区" if text.endswith("自治区", 0, start) else text[start - 1:start]
        if marker in ("自治区", "省", "市", "州", "区", "县", "旗", "盟"):
            place = expand_jurisdiction(marker, jur) or ""
    if not place and (name.startswith("中国共产党第") or not name[name.index("届") + 1:].startswith(("全国", "中国"))):
        return None  # a session of a body the text does not place
    if name.startswith("中国共产党第"):  # a party congress: 中国共产党<place>第N次代表大会
        return "中国共产党" + _full_place(place) + name[5:] + MEETING_TITLES.get(post.title, "")
    if name.startswith("政协第"):  # a local CPPCC's session: 中国人民政治协商会议<place>第N届委员会第M次会议
        return "中国人民政治协商会议" + _full_place(place) + name[2:] + MEETING_TITLES.get(post.title, "")
    return _full_place(place) + name + MEETING_TITLES.get(post.title, "")


# what follows the last chair's name of an unplaced session: a mark, or the verbs such reports use
SESSION_CHAIR_AFTER_RE = re.compile(r"[，,。；;、\n ）)]|$|等|主持|出席|在主席台|宣布|就座|就坐")


def _unplaced_session_post(post: Post, at: int, text: str, name_end: int, cache: dict) -> bool:
    """A session's chair (执行主席, 主席团常务主席) of a session the text names but does not place
    (`市六届人大五次会议…大会由执行主席苗伟伦主持`, `省十三届人大一次会议主席团…大会主席团常务主席谢伏瞻、
    陈润儿…出席会议`): kept with org null, as any post whose body the text does not determine
    (session 20, election breadth); never when no session is named before it, nor when the post
    names another body (`冬奥组委执行主席`). :func:`_meeting_org` has filled ``cache["meetings"]``."""
    if post.title not in MEETING_TITLES or post.kind != "hold":
        return False
    if post.org_text and not _OTHERS_END_RE.sub("", post.org_text).endswith(SESSION_BODY_ENDS):
        return False
    if not SESSION_CHAIR_AFTER_RE.match(text, name_end):
        return False  # "推定了主席团常务主席和执行主席分组名单": no name follows the title
    return any(pos < at for pos, _, _ in cache.get("meetings", ()))


def _cppcc_session(text: str, pos: int, name: str) -> str:
    """A session "第八届委员会第五次会议" written after 政协 / 中国人民政治协商会议 and its place
    (中国人民政治协商会议天水市麦积区第八届委员会第五次会议) is a CPPCC committee's: 政协第…"""
    if not re.fullmatch(r"第[一二三四五六七八九十]+届委员会第[一二三四五六七八九十]+次会议", name):
        return name
    place = _session_place(text, pos)
    return "政协" + name if text.endswith(("政协", "中国人民政治协商会议"), 0, pos - len(place)) else name


def _full_place(place: str) -> str:
    """The place chain from the province down (伊春市 → 黑龙江省伊春市), as kg.orgs writes it."""
    from kg.orgs import parse_org

    info = parse_org(place, None) if place else None
    return info.name if info is not None and info.type == "jurisdiction" else place


def _session_place(text: str, pos: int) -> str:
    """The place written right before a session's name (河北省|十三届人大四次会议), or ""."""
    head = text[max(0, pos - 12):pos]
    return next((head[i:] for i in range(len(head) - 1) if _is_place(head[i:])), "")


# a sentence that speaks of the present: its mentions are dated by the document, not by an event
NOW_RE = re.compile(r"目前|现在|如今|眼下|当前|截至目前")


def _event_date(doc: Document, pos: int, cache: dict) -> str | None:
    """The date of the event a mention is reported at ("5月27日，区人大常委会举行第三十次会议。
    区人大常委会主任闵卫星主持会议…" → 2015-05-27), read by kg.extract.dating like an act's (in a
    notice with no event date, its signature date: a leading group's members hold their posts when
    it is formed); None when the text gives none (the document's date is used then)."""
    begin = last_index(doc.text, "。！？\n", pos - 1) + 1
    if NOW_RE.search(doc.text, begin, pos):
        return None  # "目前，…还有两位女市长，分别是南京市长韩立明…": now, not the event told before
    if "dating" not in cache:
        from kg.extract.dating import shared_dating

        cache["dating"] = shared_dating(doc)
    dated = cache["dating"].date_at(pos)
    return dated.value if dated.how in ("event", "section", "adoption", "signed") else None


# "原由张曙光副省长担任…", "决定郑皓副区长代理…": a name written before the title of the head of
# the document's own government level; what may stand before the name
NAME_FIRST_BEFORE = set("，。、；：！？“”（）\n 由在和与及请对是为经向将让原")


@lru_cache(maxsize=1)
def _head_titles() -> tuple[str, ...]:
    return tuple(t for t in T.titles() if (i := T.title_info(t)) and i.body and i.level
                 and i.body == i.level + "政府" and not i.only_after_place and not i.acting)


@lru_cache(maxsize=1)
def _head_titles_re() -> re.Pattern:
    alt = fast_re.words_pattern(_head_titles())  # (the longest title at each offset)
    return re.compile(rf"(?<=[{HAN}])(?P<title>{alt})")


@lru_cache(maxsize=1)
def _head_titles_alone() -> re.Pattern:
    """The titles of _head_titles_re without its lookbehind: a tree of words the engine skips to."""
    return re.compile(fast_re.words_pattern(_head_titles()))


def _head_title_matches(text: str) -> Iterator[re.Match[str]]:
    """``_head_titles_re().finditer(text)``: tried only where a title stands (its search without
    the lookbehind, from the next character when the lookbehind fails there), not at each of the
    ~15,000 characters a title of the samples starts with."""
    rx, alone = _head_titles_re(), _head_titles_alone()
    pos = 0
    while (found := alone.search(text, pos)) is not None:
        m = rx.match(text, found.start())
        if m is None:
            pos = found.start() + 1
            continue
        yield m
        pos = m.end()


@lru_cache(maxsize=1)
def _head_titles_first() -> re.Pattern:
    """The first characters of those titles: where a match can start (kg.fast_re.finditer_at)."""
    chars = "".join(sorted({re.escape(t[0]) for t in _head_titles()}))
    return re.compile(f"[{chars}]" if chars else "(?s:.)")


def _name_first(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """Hold facts of a name written before a head-of-government title of the document's own
    level ("张曙光副省长" in a province's paper): the government of the document's place; never
    when the title's level is not the jurisdiction's (副市长 in a county's paper names no body)."""
    jur = doc.jurisdiction
    if not jur:
        return []
    text = doc.text
    facts: list[Fact] = []
    for m in _head_title_matches(text):  # (_head_titles_re().finditer(text): the same matches)
        title = m.group("title")
        info = T.title_info(title)
        unit = _own_level(jur, info.level) if info and info.level else None
        if not unit:
            continue
        rest = text[m.end(): m.end() + 3]
        if not (not rest or rest[0] in PUNCT_AFTER or rest.startswith(AFTER) or rest.startswith(("担任", "代理", "传达"))):
            continue
        name = next((text[m.start() - k: m.start()] for k in (3, 2) if m.start() - k >= 0
                     and (m.start() - k == 0 or text[m.start() - k - 1] in NAME_FIRST_BEFORE
                          or text[max(0, m.start() - k - 2): m.start() - k] == "决定")
                     and _plain_name(text[m.start() - k: m.start()])), None)
        if name is None:
            continue
        span = (m.start() - len(name), m.end())
        if _overlaps(span, skip):
            continue
        post = parse_post(title)
        org = T.implied_org(title, unit)
        if post is None or org is None:
            continue
        date = (None if _yearbook(doc) else _event_date(doc, m.start(), cache)) or default
        facts.append(make_fact(doc, name, post, span, org=org, date=date, notes={"mention": True}))
    return facts


@lru_cache(maxsize=1)
def _bare_national() -> dict[str, str]:
    """kg/data/national_titles.yaml ``bare_first``: titles that name one national body written bare."""
    from kg.datafiles import load_yaml

    return dict(load_yaml("national_titles.yaml").get("bare_first") or {})


@lru_cache(maxsize=1)
def _national_table() -> tuple[dict[str, str], tuple[str, ...], re.Pattern]:
    """kg/data/national_titles.yaml: (title → its national body, the verbs that may follow, a
    pattern of the titles)."""
    from kg.datafiles import load_yaml

    data = load_yaml("national_titles.yaml")
    bodies = dict(data["name_first"])
    alt = fast_re.words_pattern(bodies)  # (the longest title at each offset)
    return bodies, tuple(data["verbs"]), re.compile(rf"(?<=[{HAN}])(?P<title>{alt})")


def _national_name_first(doc: Document, skip: list[tuple[int, int]], default: str | None,
                         cache: dict) -> list[Fact]:
    """Hold facts of a name written before a title that names one national body wherever it
    is written ("吴邦国委员长主持闭幕会", "李克强总理提名"), when the holder is reported acting now
    (a verb of kg/data/national_titles.yaml follows): a current hold of that body, in any
    document (no jurisdiction needed)."""
    text = doc.text
    bodies, verbs, pattern = _national_table()
    if not any(t in text for t in bodies):
        return []
    facts: list[Fact] = []
    for m in pattern.finditer(text):
        if not text.startswith(verbs, m.end()):
            continue
        name = next((text[m.start() - k: m.start()] for k in (3, 2) if m.start() - k >= 0
                     and (m.start() - k == 0 or text[m.start() - k - 1] in NAME_FIRST_BEFORE
                          or text[max(0, m.start() - k - 2): m.start() - k] in ("根据", "依据"))
                     and _plain_name(text[m.start() - k: m.start()])), None)
        if name is None:
            continue
        span = (m.start() - len(name), m.end())
        post = parse_post(m.group("title"))
        if _overlaps(span, skip) or post is None:
            continue
        date = (None if _yearbook(doc) else _event_date(doc, m.start(), cache)) or default
        facts.append(make_fact(doc, name, post, span, org=bodies[m.group("title")], date=date,
                               notes={"mention": True}))
    return facts


# a state body written bare, a name, then the body's own head's title; more names and a title after 和
# ("省人民政府吕祖善省长和陈加元、郑继伟副省长，省高级人民法院齐奇院长和林一副院长…列席会议": session 44, round 32)
BODY_HEAD_TITLES = {"人民政府": "(?:常务)?副?(?:省长|市长|县长|区长|州长|主席)", "政府": "(?:常务)?副?(?:省长|市长|县长|区长|州长)",
                    "高级人民法院": "副?院长", "中级人民法院": "副?院长", "人民法院": "副?院长", "人民检察院": "副?检察长",
                    "人大常委会": "副?主任|秘书长", "政协": "副?主席|秘书长"}
BODY_NAME_TITLE_RE = re.compile(
    r"(?:^|(?<=[，,。；;、\n]))(?P<body>(?:省|市|县|区|州|旗|自治区)?(?:" + "|".join(BODY_HEAD_TITLES) + "))"
    rf"(?P<first>[{HAN}]{{2,3}}?)(?P<t1>{'|'.join(sorted(set(BODY_HEAD_TITLES.values())))})"
    rf"(?:和(?P<more>[{HAN}]{{2,3}}(?:、[{HAN}]{{2,3}})*?)(?P<t2>{'|'.join(sorted(set(BODY_HEAD_TITLES.values())))}))?"
    r"(?=[，,、。；;]|列席|出席|参加|等)")


def _body_name_title(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """Hold facts of names written between a bare state body and its head's title (BODY_NAME_TITLE_RE), on a
    page whose jurisdiction places the body; each title must be one of that body's heads."""
    text = doc.text
    if not doc.jurisdiction or not any(t in text for t in ("院长", "检察长", "省长", "市长", "县长", "区长", "州长", "主任", "主席")):
        return []
    facts: list[Fact] = []
    for m in BODY_NAME_TITLE_RE.finditer(text):
        body = m.group("body")
        heads = re.compile(next(v for k, v in BODY_HEAD_TITLES.items() if body.endswith(k)))
        groups = [([m.group("first")], m.group("t1"), m.start("first"))]
        if m.group("more"):
            groups.append((m.group("more").split("、"), m.group("t2"), m.start("more")))
        for names, title, at in groups:
            if not heads.fullmatch(title) or not all(_plain_name(n) for n in names):
                continue
            if parse_post(body + title) is None:
                continue
            for name in names:
                start = text.find(name, at)
                span = (start, start + len(name))
                if _overlaps(span, skip):
                    continue
                date = (None if _yearbook(doc) else _event_date(doc, m.start(), cache)) or default
                post = parse_post(body + title)  # (a copy of its own for each fact)
                if post is not None:
                    facts.append(make_fact(doc, name, post, (m.start(), m.end()), date=date, notes={"mention": True}))
    return [f for f in facts if f.org]


def _plain_name(name: str) -> bool:
    """A name standing alone before a title: no title, place or post word inside it."""
    return name not in NOT_NAMES and is_person_name(name) and not _title_re().search(name) \
        and not re.search("[省市区县州镇乡旗盟副代理务长记委]", name) \
        and not any(_is_place(name + level) for level in ("", *LEVEL_MARKERS))  # 安庆市长: a place


def _own_level(jur: str, level: str) -> str | None:
    """The unit of ``level`` the jurisdiction is or lies in, the innermost (安徽省合肥市 → 安徽省 for 省,
    北京市通州区 → 北京市通州区 for 区, 山东省潍坊市青州市 → 山东省潍坊市青州市 for 市: a county-level
    city's paper speaks of its own mayor, not the prefecture's; session 22), or None (a 副市长 in a
    county's paper names no body)."""
    at = jur.rfind(level)
    while at >= 0:
        unit = jur[: at + len(level)]
        if _is_place(unit):
            return unit
        at = jur.rfind(level, 0, at)
    return None


def _stem_place(text: str, jur: str | None) -> str | None:
    """The full name of a place written by its stem alone (青海 → 青海省) when its committee cannot be
    named from the stem (青海委); None for a name or an alias that can (宁夏委, 余姚县委)."""
    from kg.orgs import canonical_org
    from kg.places import TIER_PROVINCE, gazetteer

    suffix = "党委" if text.endswith("自治区") else "委"
    if canonical_org(text + suffix, jur) is not None:
        return None
    found = {p.name for p, how in gazetteer().words.get(text, ()) if how == "stem" and p.tier == TIER_PROVINCE
             and p.until is None}
    others = [p for p, how in gazetteer().words.get(text, ()) if p.name not in found]
    return next(iter(found)) if len(found) == 1 and not others else None  # (河北: also 天津市河北区)


def _all_posts(text: str, at: int, doc: Document) -> list[tuple[Post, str]] | None:
    """Every post of "县委常委、县政府常务副县长" with its organization, or None unless every
    phrase is a post whose organization is known (all or nothing)."""
    pieces, start = [], at
    for part in text.split("、"):
        pieces.append((part, start))
        start += len(part) + 1
    posts = _posts(pieces, jur=doc.jurisdiction)
    if len(posts) != len(pieces):
        return None
    out = []
    for post, _ in posts:
        org = _org_for(post, doc)
        if post.kind != "hold" or org is None:
            return None
        out.append((post, org))
    return out


def _bracketed(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """"陈刚（自治区党委书记）、蓝天立（自治区主席）出席": a name followed by its posts in
    brackets in running text; all the bracket's phrases must be posts with known bodies."""
    facts: list[Fact] = []
    verb = BRACKETED_AFTER_VERB.finditer(doc.text) if "（" in doc.text or "(" in doc.text else ()
    for m in itertools.chain(fast_re.finditer(BRACKETED, doc.text), verb):  # (BRACKETED: tried after its marks)
        name = clean_name(m.group("name"))
        if not is_person_name(name, delimited=True) and not ("·" in name and is_list_name(name)):
            continue  # written whole before its bracket: 孙会方（…）
        span = (m.start("name"), m.end())
        if _overlaps(span, skip):
            continue
        found = _all_posts(m.group("posts"), m.start("posts"), doc)
        if not found:
            continue
        if m.groupdict().get("then"):  # held then, not now: a former holding, its dates unknown
            facts.extend(make_fact(doc, name, post, span, org=org, former=True, notes={"mention": True})
                         for post, org in found)
            continue
        date = (None if _yearbook(doc) else _event_date(doc, m.start(), cache)) or default
        facts.extend(make_fact(doc, name, post, span, org=org, date=date, notes={"mention": True})
                     for post, org in found)
    return facts


# "包括全国政协主席王沪宁、中共中央办公厅主任蔡奇等2名中共政治局常委": officials listed with their
# own posts, then the post they all hold, with their number (the press of Taiwan writes so)
COUNTED_RE = re.compile(rf"等(?P<n>[0-9]+|[一二三四五六七八九十两]+)[名位](?P<posts>[{HAN}]{{2,20}}?)(?=[；;，,。\n]|$)")
LIST_LEAD_RE = re.compile(r"^.*?(?:包括|其中|分别是|分别为|有|是)[：:]?")
_CN_COUNT = {c: i for i, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _CN_COUNT.get(word) if len(word) == 1 else None


def _counted_list(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """Hold facts of "A职务甲、B职务乙等2名中共政治局常委": each item of the enumeration is a
    mention (posts, then a name) or a bare name, their number is the one written, and the post
    after it names a known body — else nothing (the items' own posts are read by the mentions)."""
    text = doc.text
    facts: list[Fact] = []
    for m in COUNTED_RE.finditer(text) if "等" in text else ():
        n = _count(m.group("n"))
        start = last_index(text, "，,；;。：:\n", m.start() - 1) + 1
        if not n or n < 2:
            continue
        run = text[start : m.start()]
        lead = LIST_LEAD_RE.match(run)
        cut = lead.end() if lead and "、" not in run[: lead.end()] else 0
        items, at, names = run[cut:].split("、"), start + cut, []
        if len(items) != n:
            continue
        for item in items:
            titles = list(_title_re().finditer(item))
            written = item[titles[-1].end():] if titles else item
            if not (is_person_name(clean_name(written), delimited=True) or is_dot_name(clean_name(written))):
                # "…兼中央代表团团长王沪宁": a post the title table lacks, ended by a head's 长 / 员
                written = next((item[-k:] for k in (3, 2, 4) if len(item) > k and item[-k - 1] in "长员任席记理"
                                and is_person_name(item[-k:])), "")
            if not written or (not titles and len(item) > 4 and written == item):
                break
            names.append((clean_name(written), (at + len(item) - len(written), at + len(item))))
            at += len(item) + 1
        if len(names) != n:
            continue
        found = _all_posts(m.group("posts"), m.start("posts"), doc)
        if not found or any(not post.org_text for post, _ in found):
            continue  # (a bare 副市长 after officials of several places names no one body)
        date = (None if _yearbook(doc) else _event_date(doc, m.start(), cache)) or default
        for name, span in names:
            if _overlaps((span[0], m.end()), skip):
                continue
            facts.extend(make_fact(doc, name, post, (span[0], m.end()), org=org, date=date, notes={"mention": True})
                         for post, org in found)
    return facts


# "杨红英、吴斌辛、…牛华平8名委员围绕…作大会发言", "汤莹丽、王洁、王金玉等委员…": names listed before
# 委员 (never 委员会 / 委员长) in a CPPCC session's report
MEMBER_LIST_RE = re.compile(rf"(?:(?<=[，,。；;：:\n])|^)(?P<names>[{HAN}·]{{2,10}}?(?:、[{HAN}·]{{2,10}}?)+)(?:等)?"
                            r"(?:[0-9]+|[一二三四五六七八九十两]+)?[名位]?(?:政协)?委员(?![会长])")
# the session a report is of: a CPPCC one ("政协第六届吴忠市委员会第三次会议", "县政协十一届一次会议") or
# another body's (人大 / 常委会 …), the last one named before a list decides whose members it lists
SESSION_OF_RE = re.compile(r"(?P<pre>[^，。；\n]{0,24}?)(?:第[一二三四五六七八九十]+次|[一二三四五六七八九十]+次)(?:全体|常委)?会议")
OTHER_BODY_IN = re.compile(r"人大|人民代表大会|常委会|党委|[省市县区州]委(?!员)|纪委")
CPPCC_FULL_RE = re.compile(rf"(?:中国人民政治协商会议|政协)[{HAN}]{{0,16}}?委员会")
CPPCC_SHORT_RE = re.compile(r"(?:自治区|[省市州县区旗盟])?政协")


def _cppcc_members(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """Hold facts 委员 of a CPPCC committee for names listed before 委员 in the report of its
    session ("政协第六届吴忠市委员会第三次会议…会上，杨红英、吴斌辛…8名委员作大会发言"): the
    committee is the CPPCC body of the last session named before the list (no other body's
    session, 人大常委会第五次会议, named after it); the list opens a clause and every item is a
    name (never "市委副书记A、B等委员": posts before it are another reading's)."""
    text = doc.text
    facts: list[Fact] = []
    for m in fast_re.finditer(MEMBER_LIST_RE, text):  # (clause starts only: the same matches)
        # the sessions named before the list with their body (第二次全体会议 alone is the same meeting's)
        sessions = [x.group("pre") for x in SESSION_OF_RE.finditer(text, max(0, m.start() - 800), m.start())
                    if "政协" in x.group("pre") or "中国人民政治协商会议" in x.group("pre")
                    or OTHER_BODY_IN.search(x.group("pre"))]
        if not sessions or not ("政协" in sessions[-1] or "中国人民政治协商会议" in sessions[-1]):
            continue  # no session, or the last one named is another body's (常委会委员)
        full = CPPCC_FULL_RE.search(sessions[-1])
        named = re.sub(r"第[一二三四五六七八九十]+届", "", full.group(0)) if full \
            else (short.group(0) if (short := CPPCC_SHORT_RE.search(sessions[-1])) else None)
        if not named:
            continue
        org = canonical(named, doc)  # 政协第六届吴忠市委员会 / 县政协: the committee
        if not org or not org.startswith("中国人民政治协商会议") or _unplaced(org, doc):
            continue
        items = m.group("names").split("、")
        start = m.start("names")
        if not is_person_name(items[0]) or not all(is_person_name(i) or is_list_name(i) for i in items[1:]):
            continue
        span = (start, m.end())
        if _overlaps(span, skip):
            continue
        post = parse_post("委员")
        if post is None:
            continue
        date = (None if _yearbook(doc) else _event_date(doc, start, cache)) or default
        facts.extend(make_fact(doc, clean_name(name), post, span, org=org, date=date, notes={"mention": True})
                     for name in items)
    return facts


# "主席团成员郑心穗、王振有、许克振等出席会议": members of a session's presidium named in a list (session 20)
# 为 and the body before a title (…为市委书记 张伟文): the title is the post of an act told of the name before 为
ACT_POST_BEFORE_GAP_RE = re.compile(r"为[^，,。；;、\s为]{0,20}$")
PRESIDIUM_AT = re.compile(r"(?:大会)?主席团成员(?:有|是|为)?[：:]?")


def _presidium_members(doc: Document, skip: list[tuple[int, int]], default: str | None, cache: dict) -> list[Fact]:
    """Hold facts 成员 of a session's presidium for the names listed after 主席团成员 (two or more,
    read as a title's list of holders is), the session being the last one named in full before the
    list, as for its 常务主席 (政协湖北省十二届一次会议 … 主席团常务主席陈天会，主席团成员郑心穗、王振有… →
    成员 of 中国人民政治协商会议湖北省第十二届委员会第一次会议主席团); no session named: nothing."""
    text = doc.text
    facts: list[Fact] = []
    at = text.find("主席团成员")
    while at >= 0:
        lead = PRESIDIUM_AT.match(text, at - 2 if text.startswith("大会", at - 2) else at)
        found = _name_after(text, lead.end()) if lead else None
        names: list[str] = []
        end = at
        while found:
            names.append(found[0])
            end = found[1]
            if mark := NAME_MARK_AT.match(text, end):
                end = mark.end()
            found = _list_name_after(text, end + 1) if text[end:end + 1] == "、" else None
        if lead and len(names) >= 2 and not _overlaps((lead.end(), end), skip):
            org = _meeting_org(text, at, Post("常务主席", "主席团"), cache, doc.jurisdiction)
            if org:
                date = (None if _yearbook(doc) else _event_date(doc, lead.end(), cache)) or default
                facts.extend(make_fact(doc, name, Post("成员", "主席团"), (lead.end(), end), org=org, date=date,
                                       notes={"mention": True}) for name in names)
        at = text.find("主席团成员", at + 5)
    return facts


# a flattened table row of several "post：name" pairs (session 19): a name then the next post, with
# or without a space between them ("市南区委书记:王锋市南区代区长:刘存东", "书记：张三  县长：李四")
_PAIR_SPLIT = re.compile(r"[：:]")
_LEVEL_CHARS = frozenset("省市县区州旗盟")  # a name never ends in a level word (王锋市 + 南区…)


def _signature_pairs(doc: Document, line: str, pos: int, date: str | None) -> list[Fact]:
    """The holds of a line made only of "post：name" pairs. A name running into the next post is
    cut where exactly one cut gives a name and a post kg places (``王锋市南区代区长``: 王锋 +
    市南区代区长; 王锋市 + 南区代区长 places nothing); any pair that does not read, or reads two
    ways, leaves the whole line unread (precision first)."""
    pieces = _PAIR_SPLIT.split(line)
    starts = [0]
    for m in _PAIR_SPLIT.finditer(line):
        starts.append(m.end())
    if len(pieces) >= 4 and not _placed_post(pieces[0].strip(), doc):
        # the rows glued to the sentence that introduces them ("…他们分别是（按行政区划排序）：市南区委书记：王锋…")
        pos, line, pieces, starts = pos + starts[1], line[starts[1]:], pieces[1:], [0] + [a - starts[1] for a in starts[2:]]
    if len(pieces) < 3 or not pieces[0].strip() or not HAN_ONLY_POST.fullmatch(pieces[0].strip()):
        return []
    posts: list[tuple[str, int]] = [(pieces[0].strip(), len(pieces[0]) - len(pieces[0].lstrip()))]
    names: list[tuple[str, int]] = []
    for i in range(1, len(pieces)):
        piece, at = pieces[i], starts[i]
        lead = len(piece) - len(piece.lstrip())
        body = piece.strip()
        if i == len(pieces) - 1:
            name = re.sub(r"\s+", "", body)
            if not is_person_name(name):
                return []
            names.append((name, at + lead))
            continue
        if (sp := re.search(r"\s+", body)) is not None:
            cuts = [(body[:sp.start()], body[sp.end():], sp.end())]
        else:
            cuts = []
            for n in (2, 3, 4):
                name, rest = body[:n], body[n:]
                if name[-1] in _LEVEL_CHARS or not is_person_name(name) or len(rest) < 2:
                    continue
                post = parse_post(rest)
                if post is not None and _org_for(post, doc) and not rest.startswith(TITLE_BLOCK):
                    cuts.append((name, rest, n))
        if len(cuts) != 1 or not is_person_name(cuts[0][0]) or not HAN_ONLY_POST.fullmatch(cuts[0][1]):
            return []
        name, rest, rest_at = cuts[0]
        names.append((name, at + lead))
        posts.append((rest, at + lead + rest_at))
    facts: list[Fact] = []
    for (post_text, p_at), (name, n_at) in zip(posts, names):
        post = parse_post(post_text)
        org = _org_for(post, doc) if post else None
        if post is None or org is None or post_text.startswith(TITLE_BLOCK):
            return []
        span = (pos + starts[0] + p_at if p_at is not None else pos, pos + n_at + len(name))
        facts.append(make_fact(doc, name, post, span, org=org, date=date,
                               notes={"mention": True, "signature": True}))
    return facts


HAN_ONLY_POST = re.compile(rf"[{HAN}（）()]{{2,30}}")
# a name after its title and spaces, or padded inside ("王  强"), then a mark: "县长  王  强，" / "县长 王强、"
PADDED_NAME_AT = re.compile(rf"[ \t\u3000]{{0,3}}([{HAN}])[ \t\u3000]{{0,3}}([{HAN}]{{1,2}})(?=[，,、；;。])")


def _placed_post(text: str, doc: Document) -> bool:
    post = parse_post(text) if HAN_ONLY_POST.fullmatch(text) else None
    return post is not None and _org_for(post, doc) is not None


def _signatures(doc: Document, skip: list[tuple[int, int]], date: str | None) -> list[Fact]:
    """"区长：钟涛", "区政府副区长 代建红": a post and a name alone on a line."""
    from kg.extract.result_lists import result_rows

    facts: list[Fact] = []
    rows = [(a, b) for a, b, _, _ in result_rows(doc.text, doc.jurisdiction)]  # 选举结果…： rows: elections
    skip = sorted([*skip, *rows]) if rows else skip
    pos = 0
    for line in doc.text.splitlines(keepends=True):
        m = SIGNATURE.match(line.rstrip("\n"))
        if m is None and line.count("：") + line.count(":") >= 2:  # "区委书记:王锋区代区长:刘存东"
            facts.extend(f for f in _signature_pairs(doc, line.rstrip("\n"), pos, date)
                         if not _overlaps((f.source.start, f.source.end), skip))
        if m:
            name = re.sub(r"\s+", "", m.group("name"))
            post = parse_post(m.group("post"))
            span = (pos + m.start("post"), pos + m.end("name"))
            org = _org_for(post, doc) if post else None
            if post and org and is_person_name(name) and not _overlaps(span, skip) \
                    and not m.group("post").startswith(TITLE_BLOCK):
                facts.append(make_fact(doc, name, post, span, org=org, date=date,
                                       notes={"mention": True, "signature": True}))
        pos += len(line)
    return facts
