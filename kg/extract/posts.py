"""The one post parser of kg: post phrases → title, organization and marks.

Officials write a post as organization + title with nothing between them
(重庆市巴南区人民法院民事审判一庭副庭长, 区委书记, 浙江省人民政府副省长) and several posts as a
list (区委常委、统战部长、区政协党组副书记（兼）). Every reader — personnel acts
(:mod:`kg.extract.acts`) and holdings (rosters, biographies, lists, mentions) — turns such
phrases into posts here, so that a title is bound to the same body whichever reader met it:

- :func:`parse_post` splits ONE phrase (the longest known title at its end, kg/data/titles.yaml)
  and reads its marks: 代理 (acting), (兼) (concurrent), 挂职 (secondment), 兼职 (part time),
  (试用期…) (probation); a rank (一级巡视员) is a rank, not a post;
- :func:`canonical` turns the organization as written into its full canonical name
  (kg.orgs), expanding 区委 / 省政府 … with the document's jurisdiction, or None;
- :func:`parse_posts` reads a list of phrases all-or-nothing: a bare title takes the
  organization of the post before it (区财政局党委委员、副局长), else the body its title implies
  (副区长 → the district government).
"""

from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal, Mapping

from kg import titles as T
from kg.names import is_person_name

PART_TIME = "兼职"
# A bracketed note after a post that is an alias of the organization, not a note: kept in
# org_text, removed before canonicalisation ("教科文卫工委（信访办公室）").
ALIAS_RE = re.compile(r"(?<!中国)[（(](?!(?:集团|控股)[)）])[^（）()]{1,12}[)）]")  # not 钢铁（集团）公司: part of its name
NOTE_RE = re.compile(r"[（(](试用期[^）)]*|兼)[）)]")
SECONDMENT_RE = re.compile(r"[（(]挂职?(?:[一二两三四五六七八九十半\d]+年|时间[^（）()]{1,6})?[)）]")
# a note after a post that is no part of it: a term (（时间一年）, （任期两年）) or the page's
# editorial note (（相关报道）, （详见…）, （附简历）); dropped from the phrase (…处长（留任）: the State
# Council's list of a new Hong Kong government, session 34; a page's number or a citation after a
# headline's post: …大学校长(4), …局长[2], session 45)
DROP_NOTE_RE = re.compile(r"[（(](?:(?:时间|任期|期限)[^（）()]{1,6}|相关报道|详见[^（）()]{0,10}|附简历|简历附后|图|资料图|留任|连任|新任|\d{1,2})[)）]$|\[\d{1,3}\]$")
# what ends a post phrase in running text: "…副区长的议案", "…职务的决定"
POST_END_RE = re.compile(r"等(?:有关|其他|相关)?(?:的)?人事(?:任免)?事项|的议案|议案|事项|的决定|的说明|的提议|的党内任职通知|的通知|的请求|的书面申请|的申请")
# a rank written after a post in brackets: 书记（正厅级）, 局长（副处级）
RANK_NOTE_RE = re.compile(r"[（(]((?:正|副)?(?:国|省部|部长|部|厅局|厅|司局|司|地厅|局|县处|处|乡科|科|股)级)[)）]$")
CANDIDATE_RE = re.compile(r"(人选|候选人)$")
# what never stands inside an organization's name: a clause ran into the post phrase
# ("孙础均同志为…委员会主任", "前是北京市副市长")
BAD_ORG_TEXT_RE = re.compile(r"同志|[为是的，,。；;：:！？]|^了|选出|选举产生|领导层")
# a count of holders written between the body and the title, or before both
COUNT_RE = re.compile(r"(?:其余|其他|另外|另有|共有|现有)?(?<![第0-9一二三四五六七八九十两几])[0-9一二三四五六七八九十两几]+(?:位|名)(?:新晋|新任|新)?$"
                      r"|^(?:其余|其他|另外|另有|共有|现有)?[0-9一二三四五六七八九十两几]+(?:位|名)")


@dataclass(frozen=True)
class PostMarks:
    """How a post phrase says the post is held: 代理 (acting), (兼) (concurrent), 挂职
    (secondment), 兼职 (part_time), (试用期一年) (probation: the note as written), and a roster's
    rank note (正处级). Facts carry acting / concurrent / secondment / rank as typed fields
    (kg.model.Fact), part_time and probation in their notes."""

    acting: bool = False
    concurrent: bool = False
    secondment: bool = False
    part_time: bool = False
    probation: str | None = None
    rank: str | None = None

    def notes(self, more: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
        """The fact notes these marks give (part_time, probation), then ``more``; None if none."""
        out: dict[str, Any] = {}
        if self.part_time:
            out["part_time"] = True
        if self.probation:
            out["probation"] = self.probation
        out.update(more or {})
        return out or None


@dataclass
class Post:
    """One post parsed from a post phrase: title plus the organization as written."""

    title: str
    org_text: str | None
    kind: Literal["hold", "rank"] = "hold"
    marks: PostMarks = field(default_factory=PostMarks)
    span: tuple[int, int] | None = None  # in Document.text




@dataclass(frozen=True)
class PostReading:
    """A post of a list as the act reader uses it: title, canonical org, the org as written
    (or inherited from the post before), and its marks."""

    title: str
    org: str | None
    org_text: str | None
    marks: PostMarks = field(default_factory=PostMarks, hash=False, compare=False)

    @property
    def acting(self) -> bool:
        return self.marks.acting


def parse_post(phrase: str) -> Post | None:
    """"区委常委" → Post("常委", "区委"); "一级巡视员" → a rank; None when no known title ends it.

    "代理主任" is title 主任, marked acting; "…兼职副主任" is title 副主任, marked part_time;
    "(兼)" marks it concurrent; "(挂职)" / "挂职…" secondment; "(试用期一年)" probation
    (:class:`PostMarks`). Each call gets its own Post (readers set its fields), copied from a
    cache: the readers of one document ask for the same phrase three times on average.
    """
    found = _parse_post(phrase)
    return copy(found) if found is not None else None


@lru_cache(maxsize=8192)
def _parse_post(phrase: str) -> Post | None:
    phrase = phrase.strip().strip("，,、；;。")
    phrase = DROP_NOTE_RE.sub("", phrase).strip()
    secondment = acting = False
    probation: str | None = None
    if SECONDMENT_RE.search(phrase):
        secondment = True
        phrase = SECONDMENT_RE.sub("", phrase)
    if phrase.startswith("挂职"):
        secondment = True
        phrase = phrase[2:]
    for note in NOTE_RE.findall(phrase):
        if note != "兼":
            probation = note
    phrase = re.sub(r"[（(]试用期[^）)]*[)）]", "", phrase).strip()
    rank_note: str | None = None
    if (note_m := RANK_NOTE_RE.search(phrase)) is not None:  # 临高县委书记（正厅级）: the rank is a note
        rank_note, phrase = note_m.group(1), phrase[: note_m.start()].strip()
    if phrase.startswith("代理"):
        acting = True
        phrase = phrase[2:]
    for rank in T.ranks() if phrase.endswith(T.ranks()) else ():  # (one test for the ~50 ranks first)
        if phrase.endswith(rank):
            org = phrase[: -len(rank)]
            marks = PostMarks(acting=acting, secondment=secondment, probation=probation)
            return Post(title=rank, org_text=org or None, kind="rank", marks=marks)
    if (acting_m := BODY_PARTY_ACTING_RE.search(phrase)) is not None:  # 文委党委代书记: the body's acting 党委书记
        phrase, acting = phrase[: acting_m.end(1)] + phrase[acting_m.end():], True
    split = T.split_post(phrase)
    if split is None or BAD_ORG_TEXT_RE.search(split.org_text):
        return None
    org_text, title = split.org_text, split.title
    if title in BARE_PARTY_TITLES and org_text.endswith(INSTITUTION_ENDS):
        title = "党委" + title  # 华中师范大学书记: the university's 党委书记, as the corpus writes it (session 20)
    elif title in ("书记", "副书记") and org_text.endswith("纪委") and org_text[:-2].endswith(("大学", "学院", "研究所")):
        # 哈尔滨工程大学纪委书记: the university's 纪委书记, as the dev gold writes it (session 28; a company's
        # 纪委 keeps its body, 建桥公司纪委 书记, as the samples' gold writes it)
        org_text, title = org_text[:-2], "纪委" + title
    org_text = COUNT_RE.sub("", org_text)  # 北京市其余七位副市长, 12名省委常委: a count, not the body
    org_text = GRADE_BEFORE_TITLE_RE.sub("", org_text)  # 署长办公室正处级秘书, 团市委副科级干事: the grade, not the body
    org_text = HISTORY_WORD_RE.sub("", org_text)  # 嘉善县历任县长: the county's successive holders, no body "嘉善县历任"
    if title in PERSONAL_STAFF and (boss := BOSS_RE.search(org_text)) and is_person_name(boss.group("name")):
        return None  # "中宣部长丁关根秘书": a person's secretary, of no body the text names — never the body of the
        # posts before it in a list (those are the person's, not the secretary's; session 29)
    org_text = TERM_OF_OFFICE_RE.sub("", org_text)  # 澳门特别行政区第四任行政长官: the term, not the body
    org_text = NEW_TERM_RE.sub("", org_text)  # 当选为新一届西吉县政协主席: the term, not the body
    org_text = NEW_TERM_AFTER_RE.sub("", org_text)  # 当选西藏自治区新一任主席: the term after the body (session 42)
    if not title.startswith("区"):
        org_text = NEW_AFTER_BODY_RE.sub("", org_text)
    if title in ("委员", "候补委员") and (term := CC_TERM_RE.match(org_text)) is not None:
        org_text = org_text[term.end():]  # 十八届中央委员, 中共第十四、十五届中央候补委员: the term, the party's centre
    part_time = False
    if org_text.endswith("代理"):
        org_text = org_text[:-2]
        acting = True
    elif org_text.endswith("代") and not title.startswith("表"):
        org_text = org_text[:-1]  # 代省长, 黑龙江省代省长: acting (代表 is a title of its own)
        acting = True
    if org_text.endswith(PART_TIME):
        org_text = org_text[: -len(PART_TIME)]
        part_time = True
    if title == "代表" and org_text.startswith("出席") and len(org_text) > 4:
        org_text = org_text[2:]  # "补选A为出席江苏省第十四届人民代表大会代表": a deputy to that congress
    if title == "代表" and org_text.endswith("届人民"):
        org_text += "代表大会"  # "选出A、B为省七届人民代表": a deputy to the 省七届人民代表大会
    if org_text and len(org_text) >= 2 and "\u4e00" <= org_text[-1] <= "\u9fff" and org_text[-1] not in NOT_CONTRACTED_END \
            and (info := T.title_info(title)) is not None and (unit := CONTRACTED_HEADS.get(info.base)) \
            and not org_text.endswith(info.endings):
        org_text += unit  # "教育厅长" = 教育厅 + 厅长, "嘉兴市公安局长", "政务司长" (Hong Kong): the unit written once (session 29);
        # "统战部长" = 统战部 + 部长, "武装部长", "农工部长", "国务委员兼公安部长" (the word list of sessions 19–28, now this rule)
    if title.startswith("党工委") and len(title) > 3 and org_text.endswith(ZONE_WORDS):
        # "常州高新区党工委书记", "昆山经济技术开发区党工委副书记": 书记 of the zone's working committee,
        # in every reader (a street's 党工委书记 stays one title; session 20, partynews)
        org_text, title = org_text + "党工委", title[len("党工委"):]
    marks = PostMarks(acting=acting, concurrent=bool(split.concurrent), secondment=secondment, part_time=part_time,
                      probation=probation, rank=rank_note)
    return Post(title=title, org_text=org_text or None, marks=marks)


# "successive" written between a body and its title (嘉善县历任县长, 福州市历届市委书记; session 29)
HISTORY_WORD_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:历任|历届|历代|歷任|歷屆)$")
# a staff title written after a person (部长丁关根秘书): that person's, not a body's
PERSONAL_STAFF = ("秘书",)
BOSS_RE = re.compile(r"(?:长|书记|主任|主席|委员|总理|司令|政委)(?P<name>[\u4e00-\u9fff]{2,3})的?$")
# a civil-service grade written between a body and a staff title (正处级秘书, 副科级干事; session 29)
GRADE_BEFORE_TITLE_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:正|副)(?:部|厅|局|司|处|县|科|股)级$")
# a head's title written once for its unit and itself (教育厅长 = 教育厅厅长, 政务司长 = 政务司司长): the
# unit each such title heads; never added after a place, a government or a unit already written
CONTRACTED_HEADS = {"厅长": "厅", "局长": "局", "司长": "司", "署长": "署", "处长": "处", "部长": "部"}  # (国安部长)
NOT_CONTRACTED_END = frozenset("省市县区州盟旗镇乡村委府会院所部办校司局厅署处行室组队团社中央原前兼代")
# 代 (acting) between a body's 党委 / 党组 and its secretary: "自治区文委党委代书记" is the acting
# 党委书记 of 自治区文委, never 书记 of a body "文委党委" (issue 9, moved19)
BODY_PARTY_ACTING_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(党委|党组)(代)(?=副?书记$)")
# a party title written bare after an institution or a company (华中师范大学书记丁烈云, 某集团公司副书记):
# its party committee's, the title the corpus writes for it (党委书记 / 党委副书记, kg/data/titles.yaml)
BARE_PARTY_TITLES = ("书记", "副书记", "常务副书记")
INSTITUTION_ENDS = ("大学", "学院", "医院", "集团", "公司", "银行")
# the ordinal of a term of office written before the title (第四任行政长官, 第二任校长)
TERM_OF_OFFICE_RE = re.compile(r"第[一二三四五六七八九十0-9]{1,3}任$")
# "the new term's" written before a body (新一届西吉县政协主席, 本届区人大常委会委员)
NEW_TERM_AFTER_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})的?(?:新一任|新一届|新任|首任)$")
# "new" after a whole body (国家体育总局新局长, 外交部新部长; session 45): never the 新 of a 新区 (…新区长)
NEW_AFTER_BODY_RE = re.compile(r"(?<=[局部委市县省院厅会府司处室校行所团社署办镇乡])新$")
NEW_TERM_RE = re.compile(r"^(?:新一届|新一任|本届|首位|首任|第一任)(?=[\u4e00-\u9fff]{2})")  # 出任首位文化和旅游部部长 (session 33)
# the terms written before the party's central committee (十八届中央委员, 中共第十四、十五届中央候补委员,
# 第16届中央委员会委员; session 21): its members, of 中共中央委员会 whatever the term
CC_TERM_RE = re.compile(r"^(?:中共|中国共产党)?(?:第?[一二三四五六七八九十\d]+届?、)*第?[一二三四五六七八九十\d]+届(?:中共)?(?=中央(?:委员会)?$)")
# the committees of a court / procuratorate written bare after it (…人民法院院长、审判委员会委员)
_BENCH_COMMITTEES = ("审判委员会", "检察委员会")
_BENCH_BODIES = ("人民法院", "人民检察院")
_BENCH_MEMBERS = ("审判员", "助理审判员", "检察员", "助理检察员")
# a head of mission written with the state it is accredited to (decisions and 主席令 write the
# state's full name: 中华人民共和国驻巴西联邦共和国特命全权大使 → 大使 of the embassy); the press's
# short forms (驻美大使) are in kg/data/countries.tsv; the press of Taiwan writes 中国大陆驻寮国大使
EMBASSY_RE = re.compile(r"^(?:中华人民共和国|中国(?:大陆)?)?驻(?P<state>[\u4e00-\u9fff]{1,24}?)"
                       r"(?:首任|第[一二三四五六七八九十]{1,3}任)?(?:特命全权)?$")  # (…共和国首任特命全权大使)


@lru_cache(maxsize=1)
def state_names() -> frozenset[str]:
    """The Chinese names, short, official and abbreviated, of the states a head of mission is
    accredited to (kg/data/countries.tsv, generated from ISO 3166-1 by tools/gen_countries.py):
    加拿大, 日本, 毛里塔尼亚伊斯兰共和国, 美."""
    return frozenset(_state_canon())


@lru_cache(maxsize=1)
def _state_canon() -> dict[str, str]:
    """Every name of a state → the name its embassy is written with: the official one where ISO (or
    the generator) gives one, else the short one (美 / 美国 / 美利坚合众国 → 美利坚合众国), so that
    驻美大使 and 驻美利坚合众国特命全权大使 name one embassy (session 30)."""
    from importlib import resources

    canon: dict[str, str] = {}
    for line in resources.files("kg").joinpath("data/countries.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            _, short, official, abbreviations = (line.split("\t") + ["", "", ""])[:4]
            names = [short, official, *abbreviations.split(",")]
            if official.startswith(short) and official != short:  # 莫三比克 → 莫三比克共和国 (another press's name)
                names += [a + official[len(short):] for a in abbreviations.split(",") if len(a) >= 3]
            canon.update((n, official or short) for n in names if n)
    return canon


def embassy_state(org_text: str) -> str | None:
    """The state of "中华人民共和国驻加拿大特命全权" / "驻巴西联邦共和国" / "驻美" (a head of mission's body
    as written), by the name its embassy is written with: one of :func:`state_names`, or a name
    ending with 国 / 联邦 taken as written."""
    m = EMBASSY_RE.match(org_text)
    if m is None:
        return None
    state = m.group("state")
    if state in _state_canon():
        return _state_canon()[state]
    return state if len(state) >= 2 and state.endswith(("国", "联邦")) else None


# 中华人民共和国常驻联合国日内瓦办事处和瑞士其他国际组织代表 → 代表 of that 代表团
MISSION_RE = re.compile(r"^(?:中华人民共和国|中国)?常驻(?P<to>[\u4e00-\u9fff]{2,40}?)(?:特命全权)?$")


_PARTY_HEADS = ("书记", "副书记", "常务副书记", "常委")


# the heads of a committee's secretariat, written with it (团中央书记处第一书记) or not (团中央第一书记):
# the committee's posts
SECRETARIAT_HEADS = ("第一书记", "常务书记")


def party_standing(title: str, org: str | None) -> tuple[str, str | None]:
    """A member of a party committee's standing committee written in full (中国共产党四川省第十二届委员会
    常务委员会委员, 中共四川省委常务委员会委员) is 常委 of the committee, as the corpus writes every one
    (docs/conventions.md; session 24) — the act and the hold readers' one rule; a member of a CPPCC
    committee's standing committee is its 常务委员."""
    if org and title in ("委员", "常务委员") and org.startswith("中共") and org.endswith("委员会常务委员会"):
        return "常委", org[: -len("常务委员会")]
    if org and title == "委员" and org.startswith("中国人民政治协商会议") and org.endswith("委员会常务委员会"):
        # 政协黑龙江省第十一届委员会常务委员会委员: 常务委员 of the CPPCC committee, as the corpus writes
        # it (99 to 0 against a 委员 of its 常务委员会; session 30)
        return "常务委员", org[: -len("常务委员会")]
    return title, org


# the officers of a standing committee that a text may write after 人大 alone (人大主任 = 人大常委会主任)
CONGRESS_OFFICERS = ("主任", "副主任", "常务副主任", "委员长", "副委员长")  # (全国人大委员长: session 29)


def secretariat_body(org: str | None, title: str) -> str | None:
    """The body of a post: a committee's secretariat head (团中央书记处第一书记) is the committee's
    (…委员会, as 团中央第一书记 reads; session 22), a congress's 主任 its standing committee's
    (session 24) — the act and the hold readers' one rule."""
    if org and org.endswith("委员会书记处") and title in SECRETARIAT_HEADS:
        return org[: -len("书记处")]
    if org and title in CONGRESS_OFFICERS and org.endswith("人民代表大会") and "届" not in org:
        # 自治区人大主任 / 县人大副主任: a congress has no 主任; its standing committee's (session 24).
        # (a term's congress, 第十届…人民代表大会, is the deputies' body: left as written)
        return org + "常务委员会"
    return org
# a body whose name opens with these is a body of its own, never a unit of the body before it in a list
# (国家药品监督管理局局长、国家测试管理局局长: the second is no 国家药品监督管理局 unit; session 22)
NATIONAL_PREFIXES = ("国家", "中国", "中华", "全国")


@lru_cache(maxsize=1)
def _school_host_titles() -> frozenset[str]:
    """kg/data/school_posts.yaml ``host_titles``: a school's own titles."""
    from kg.datafiles import load_yaml

    return frozenset(load_yaml("school_posts.yaml").get("host_titles") or ())


def school_of_office(title: str, before: str | None, jur: str | None) -> str | None:
    """The school (university, college) whose office ``before`` is, when ``title`` is one of the
    school's own (校长助理, 副校长 after 湖南师范大学研究生处处长: the school's, never the office's;
    session 26, the biographies of academics); else None."""
    if not before or title not in _school_host_titles():
        return None
    from kg.orgs import parse_org

    info = parse_org(before, jur)
    if info is None or info.type != "sub_unit" or not info.parent:
        return None
    host = parse_org(info.parent, jur)
    return info.parent if host is not None and host.type == "public_institution" else None


def members_body(org: str | None, title: str) -> str | None:
    """The body of a government's 委员: its 人民政府委员会 (the governments of 1949–54 were committees:
    选举A为甘肃省人民政府主席，…B、C等三十人为委员 → 甘肃省人民政府委员会; round 31); else ``org``."""
    return org + "委员会" if title == "委员" and org is not None and org.endswith("人民政府") else org


def org_for(org_text: str | None, title: str, inherited: str | None, jur: str | None) -> tuple[str | None, str | None]:
    """(org, org_text) of one post of a list: the org written with it, else the one before it
    in the list, else the one its title implies (副区长 → the district government). A place
    written before a title names the body the title belongs to there (黑龙江省 + 省长 → 黑龙江省
    人民政府; kg.titles.post_body), never the place itself."""
    if org_text:
        from kg.orgs import taiwan_local_body

        if (taiwan := taiwan_local_body(ALIAS_RE.sub("", org_text).strip(), title)) is not None:
            return taiwan, org_text  # 台北市长, 新北市议员: the Taiwan unit's government or council
        if title in ("主席", "副主席") and org_text in ("国家", "中华人民共和国", "中国国家"):
            return "中华人民共和国", org_text  # 中华人民共和国主席 / 国家副主席 / 中国国家主席: the head of state (the country)
        if title in ("主席", "副主席", "委员") and org_text in ("军委", "中央军委") and inherited == "中华人民共和国":
            # 国家主席、军委主席 (选举A为…): after the head of state, the state's military commission (session 20)
            return "中华人民共和国中央军事委员会", org_text
        if title == "大使" and (state := embassy_state(org_text)):
            return f"中华人民共和国驻{state}大使馆", org_text
        if title == "大使" and org_text == "特命全权" and inherited:
            return inherited, org_text  # "…驻非盟使团团长、特命全权大使": the mission the list named before
        if title in ("代表", "副代表") and (m := MISSION_RE.match(org_text)):
            return f"中华人民共和国常驻{m.group('to')}代表团", org_text
        org = canonical(org_text, jur)
        if org is None and org_text == "人大" and title in ("主席", "副主席") and jur and jur.endswith(("镇", "乡")):
            org = canonical(jur[-1] + org_text, jur)  # 人大主席 on a township's page: its congress's (round 31)
        if inherited and (org is None or org == ALIAS_RE.sub("", org_text).strip()):
            from kg.orgs import canonical_org

            # 上海市松江区人民法院副院长、审判委员会委员: a unit written bare after its body (not a
            # body known by its own name: 国家互联网信息办公室主任、国务院新闻办公室副主任)
            bare = ALIAS_RE.sub("", org_text).strip()
            if canonical_org(bare, jur) is None and not bare.startswith(NATIONAL_PREFIXES):
                from kg.orgs import parse_org

                # a unit after a unit is its sibling (人大常委会人事代表工作室主任、人事代表工作委员会
                # 副主任: both the standing committee's)
                info = parse_org(inherited, jur)
                host = info.parent if info is not None and info.type == "sub_unit" and info.parent else inherited
                org = canonical_org(host + bare, jur) or org
                if (org is None or org == bare) and info is not None and info.type == "party_committee" \
                        and info.jurisdiction:
                    # 石景山区委常委、纪委书记 / 市委常委、宣传部长: a party body written bare after a post of
                    # a placed party committee is that place's (区纪委, 市委宣传部)
                    org = canonical_org(info.jurisdiction + "委" + bare, jur) \
                        or canonical_org(info.jurisdiction + bare, jur) or org
                if org == bare and bare in _BENCH_COMMITTEES and host.endswith(_BENCH_BODIES):
                    # 海南省洋浦经济开发区人民法院院长、审判委员会委员: the court's own committee even
                    # when kg.orgs cannot place the court (a development zone's court)
                    org = host + bare
        if org is not None and _is_place(org_text, jur):
            body = T.post_body(org_text + title, jur)
            org = body.org if body is not None else None
        elif (org is None or not _is_place(org_text, jur)) and (head := T.title_info(title)) is not None \
                and head.level and head.body \
                and head.body == head.level + "政府" and re.fullmatch("[\u4e00-\u9fff]{2,4}", org_text) \
                and not org_text.endswith(head.level) and _is_place(org_text + head.level, jur):
            # "兰溪市长", "宣城市长": a place written without its level before the head title of
            # that level is the place's government (兰溪 + 市长 → 兰溪市人民政府); also where the
            # document's place lets kg.orgs read the bare name (广西柳州 + 市长 in a 柳州 page, session 42)
            body = T.post_body(org_text + head.level + title, jur)
            org = body.org if body is not None else None
        elif jur:
            from kg.orgs import MARKERS

            if org_text in MARKERS:  # 自治区副主席, 省副省长, 区副区长: the level's body in the document's place
                body = T.post_body(org_text + title, jur)
                org = body.org if body is not None and body.org else org
        if org is not None and title in _PARTY_HEADS and _is_place(org, jur):
            # "马兴瑞升任新疆书记": a place is no post's body; a party head written after a place is its
            # party committee's (新疆书记 = 新疆党委书记), else unplaced (session 20, trad breadth)
            org = canonical(org_text + "党委", jur)
            org = org if org is not None and not _is_place(org, jur) else None
        return org, org_text
    if inherited:
        head = T.title_info(title)
        if head is not None and head.body and not head.only_after_place and head.level != "国":
            # 省委副书记、代理省长: a government head is its own body's, in the place of the post before
            from kg.orgs import parse_org

            info = parse_org(inherited, jur)
            if info is None or info.type != "government":
                place = info.jurisdiction if info is not None else None
                return (T.implied_org(title, place) if place else None), None
        if school := school_of_office(title, inherited, jur):
            return school, None  # 湖南师范大学研究生处处长、校长助理、副校长: the school's own posts
        if title in _BENCH_MEMBERS and not inherited.endswith(_BENCH_BODIES + _BENCH_COMMITTEES):
            from kg.orgs import parse_org

            # 刑事审判第二庭副庭长、审判员: a judge is the court's, never its chamber's
            info = parse_org(inherited, jur)
            if info is not None and info.type == "sub_unit" and info.parent and info.parent.endswith(_BENCH_BODIES):
                return info.parent, None
        if inherited.endswith(("检察委员会", "审判委员会")) and not title.endswith("委员"):
            from kg.orgs import parse_org

            info = parse_org(inherited, jur)
            host = inherited[:-5]
            if host.endswith("分院") and any(b in host for b in _BENCH_BODIES):
                # …人民检察院广州铁路运输分院检察长、检察委员会委员、检察员: the branch's own member,
                # never the parent procuratorate's (session 20)
                return inherited[:-5], None
            if info is None and inherited[:-5].endswith(_BENCH_BODIES):
                return inherited[:-5], None  # the committee's court or procuratorate, as read before
            return (info.parent if info else None), None
        return inherited, None
    implied = T.implied_org(title, jur)
    if implied is None:
        tinfo = T.title_info(title)
        if tinfo is not None and tinfo.level == "国" and tinfo.body:
            implied = canonical(tinfo.body, jur)  # 国务委员, 副总理: only the State Council has them
    return implied, None


def siblings(first: str, then: str) -> bool:
    """Whether a bare title written after ``first`` in one paragraph belongs to the same body:
    both share their base (副书记 after 书记, 省长 after 省长) or one row of ``sibling_titles``
    (kg/data/titles.yaml) holds both (秘书长 after 主席)."""
    a, b = T.title_info(first), T.title_info(then)
    if a is None or b is None or a.rank or b.rank:
        return False
    if a.base == b.base:
        return True
    rows = T._lexicon().get("sibling_titles") or []
    return any(a.title in row and b.title in row for row in rows)


def placed(post: PostReading, jur: str | None) -> PostReading | None:
    """The post read again in the place ``jur`` that the sentence itself names (the body that
    decided it: 柳州市第十三届人民代表大会…选举A为人民政府市长; 中共山西省第九届委员会…选举A为省委
    书记); None when that place does not determine its body either."""
    if not jur:
        return None
    if post.org_text:
        text = ALIAS_RE.sub("", post.org_text).strip()
        org, _ = org_for(post.org_text, post.title, None, jur)
        # 人民政府市长, 人大常委会副主任: a body written with no place is of the place that decided
        if (text.startswith("人民") or text in ("人大常委会", "人大", "政府", "政协")) and (org is None or org == text):
            info = T.title_info(post.title)
            level = info.level if info is not None else None
            if level and not jur.endswith(level):
                return None  # 人民政府市长 in a province's meeting: not this place's post
            from kg.orgs import canonical_org

            # the country's own bodies are written 全国… (全国人大常委会), never with its name
            org = canonical_org(("全国" if jur == "中华人民共和国" else jur) + text, jur)
        if org is None and jur == "中华人民共和国":
            from kg.orgs import canonical_org

            # a State Council office written bare in an act the nation's body decided (国务院任命A为国资委副主任,
            # 委任B为港澳办主任): the State Council's own (国务院国资委), never a province's (session 32)
            office = canonical_org("国务院" + text, jur)
            org = office if office and office.startswith("国务院") and office != "国务院" + text else None
        if org is None or org == text or org == post.org:
            return None
    else:
        org = T.implied_org(post.title, jur)
        if org is None:
            return None
    return PostReading(post.title, org, post.org_text, post.marks)


# a level word written for the document's own place (自治区党委书记, 州党委书记)
_LEVEL_WORDS = ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡", "自治区", "自治州", "自治县")


def _is_place(org_text: str, jur: str | None) -> bool:
    from kg.orgs import parse_org

    info = parse_org(ALIAS_RE.sub("", org_text).strip(), jur)
    return info is not None and info.type == "jurisdiction"


# digits that write a date, an age or a count of time, never part of a body's name (国营123厂 is one;
# 2015年, 1998.06, 3月, 55岁 are not)
DATE_DIGITS = re.compile(r"(?:19|20)[0-9]{2}\s*[年.．/—\-]|[0-9]\s*[年月日岁个]|[0-9]{1,2}[.．][0-9]{1,2}")

ZONE_WORDS = ("开发区", "高新区", "经开区", "新区", "工业园区", "园区", "试验区", "示范区")
# the ends of a zone's name whose 党工委 kg names as written when kg.orgs cannot place it (北川-山东工业园)
ZONE_COMMITTEE_ENDINGS = ZONE_WORDS + ("工业园", "产业园", "投资区", "集聚区", "度假区")
# a zone's committees written bare, in a document about the zone (kg.metadata, meta["zone"])
BARE_ZONE_BODIES = ("党工委", "管委会", "管理委员会", "区党工委", "区管委会", "工委", "区工委")


# a federation of industry and commerce is also its chamber of commerce, and writes the chamber's name of
# each post beside its own: 工商联（总商会）主席（会长）, 常务副主席（常务副会长） — the same post (session 32)
# (also a title's other name for a body of two names: "齐鲁工业大学（山东省科学院）党委副书记、校长（院长）": the
# first, session 41)
CHAMBER_ALIAS_RE = re.compile(r"(?<=工商联)[（(](?:[省市县区]?总商会)[)）]|(?<=主席)[（(](?:常务|专职|兼职)?副?会长[)）]"
                              r"|(?<=[长任记席])[（(](?:副|常务副)?(?:院长|校长|所长|馆长|社长|会长|理事长|主任|书记)[)）](?=[、，,；;。]|$)")


# a bracket of other levels after a level (市（州）党委书记, 县（市、区）委书记): the post of any place of them
ALT_LEVEL_RE = re.compile(r"(?<=[市县区州旗])[（(](?:[市县区州旗盟][、，,]?){1,4}[)）](?=[\u4e00-\u9fff])")
# …where the title itself is the level's (市（州）长: 市长 or 州长)
ALT_HEAD_RE = re.compile(r"[（(](?:[市县区州旗盟][、，,]?){1,4}[)）](?:副)?长")
# a prefecture-level city named by its kind only (设区市党委书记)
GENERIC_CITY_RE = re.compile(r"设区的?(?=市)")


# a deputy to a national party congress written by its short name (十九大代表, 党的十九大代表, 中共十九大党代表,
# 广西出席中共十九大党代表: the place the deputies were elected in and 出席 before it)
PARTY_DEPUTY_RE = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}?出席)?(?:中共|中国共产党|党的)?第?([一二三四五六七八九十]{1,3})"
                             r"(?:大|次全国代表大会)(?:党)?代表$")

# …and to the National People's Congress written after the province that elected them (辽宁省第十四届全国人民代表
# 大会代表, 广东省出席十四届全国人大代表): the place is no part of the body
NPC_DEPUTY_PLACE_RE = re.compile(r"^[\u4e00-\u9fff]{1,10}?(?:省|自治区|市)(?:出席)?(?=第?[一二三四五六七八九十]{1,3}届全国人(?:民代表大会|大)代表$)")


def parse_posts(text: str, jur: str | None, scope: str | None = None, zone: str | None = None) -> list[PostReading]:
    """Split "A局局长、副书记" into posts, all-or-nothing ([] unless every part is a post).
    Text after the post (…的议案, …的决定) is cut; a candidacy (…人选, …候选人) is no post.
    ``scope``: the body a list heading names ("二、省高级人民法院"): a post written without its
    body (审判员, 审判委员会委员, 民事审判第一庭庭长) is that body's, as if written after it.
    ``zone``: the development zone the document is about (kg.metadata, meta["zone"]): a bare 党工委 /
    管委会 (芮宏同志任党工委书记) is that zone's."""
    text = POST_END_RE.split(text, maxsplit=1)[0].strip("。，、 ")
    if not ACT_VERB_IN_POSTS_RE.search(text):
        text = TRAILING_DUTY_RE.sub("", text)  # "…副市长、代理…市长职务": 职务 closes the list, no part of its last post
    text = HELD_VERB_RE.sub("", text)  # "免去：赖际发现任建筑材料工业部部长职务": the verb, no part of the body
    if text.endswith("代表大会的代表"):
        text = text[:-3] + "代表"  # "选举A为出席河北省人民代表大会的代表": a deputy to that congress (round 31)
    if text.endswith("代表") and (deputy := PARTY_DEPUTY_RE.match(text)):
        text = f"中国共产党第{deputy.group(1)}次全国代表大会代表"  # 十九大代表, 出席中共十九大党代表 (round 35)
    if text.endswith("代表") and "全国人" in text:
        text = NPC_DEPUTY_PLACE_RE.sub("", text)  # 辽宁省第十四届全国人民代表大会代表: the NPC's, elected in 辽宁
    text = CITY_RANK_RE.sub("", text)  # "调任副省级城市武汉市委副书记": the city's rank, no part of the body
    text = NEW_BODY_RE.sub("", text)  # "出任新设的环境及生态局局长": the body is new, the word no part of it
    text = BODY_FORMER_RE.sub("", text)  # "深圳市委原书记刘玉浦…卸任": 原 marks the post left, no part of it (session 31)
    text = CHAMBER_ALIAS_RE.sub("", text)  # "省工商联（总商会）主席（会长）": the chamber of commerce's names of the same post
    # "拟提名为市（州）长候选人", "拟任县（市、区）委书记": a 任前公示's post of some place of those levels,
    # which it does not name — the title is read, the organization stays unknown (session 34)
    # (设区市党委书记: the same, a prefecture-level city named by its kind only)
    unplaced = bool(ALT_LEVEL_RE.search(text)) or "设区" in text
    if unplaced and ALT_HEAD_RE.search(text):
        return []  # 市（州）长, 县（市、区）长: the title itself is one of several (市长 or 州长): none read
    if unplaced:
        text = ALT_LEVEL_RE.sub("", GENERIC_CITY_RE.sub("", text))
    if not text or CANDIDATE_RE.search(text):
        return []
    if (shared := _shared_bodies(text)) is not None:
        readings = [parse_posts(t, jur, scope, zone) for t in shared]
        return [r for got in readings for r in got] if all(readings) else []
    result: list[PostReading] = []
    inherited: str | None = scope
    inherited_text: str | None = None
    list_jur: str | None = None  # the place a body of the list was written with (浙江省委常委、省纪委书记)
    for part in _run_together_split(_jian_split(_and_split(TOP_LEVEL_COMMA_RE.split(text)))):  # not inside brackets: 县（市、区）委常委
        if part == "常务委员会" and result and (result[-1].org or "").startswith("中共"):
            part = "常委"  # "中共黑龙江省委委员、常务委员会、副书记": the committee's standing committee (session 31)
        post = parse_post(part)
        if post is None or post.kind != "hold":
            return []
        written_town = None
        if post.org_text and jur and TOWN_RE.match(post.org_text) and (county := _county_of_town(post.org_text, jur)):
            # 盈丰街道党工委书记 on a page of 萧山区: read as 萧山区盈丰街道党工委书记 (kept as written)
            written_town, post.org_text = post.org_text, county + post.org_text
        zone_text = inherited_text[:-3] if inherited_text and inherited_text.endswith("党工委") else inherited_text
        if post.org_text in ("管委会", "管理委员会") and zone_text and zone_text.endswith(ZONE_WORDS):
            post.org_text = zone_text + post.org_text  # 开发区党工委书记、管委会主任: the zone's (session 19; parse_post gives a copy)
        if zone and (post.org_text in BARE_ZONE_BODIES or (post.org_text in (None, "", "区") and not inherited_text
                                                           and post.title.startswith("党工委") and len(post.title) > 3)):
            post.org_text = zone + (post.org_text or "").removeprefix("区")  # (区党工委, 区管委会: the zone's own)
        if not post.org_text and post.title.startswith("党工委") and len(post.title) > 3 and inherited_text \
                and (zone_body := re.sub(r"(?:管委会|管理委员会)$", "", inherited_text)) != inherited_text and zone_body:
            # 海沧台商投资区管委会主任、党工委副书记: 副书记 of the zone's working committee, never of
            # its management committee (session 30)
            post.org_text = zone_body
        placed_here = written_place(post.org_text)
        # a body written with its level marker only (省纪委, 市政府) after one written with its place is
        # that place's (浙江省委常委、省纪委书记 → 浙江's 纪委), not the document's
        org, org_text = org_for(post.org_text, post.title, inherited,
                                list_jur if list_jur and post.org_text and placed_here is None else jur)
        org = members_body(org, post.title)
        if placed_here is not None:
            list_jur = placed_here
        title = post.title
        if post.org_text and org is not None and title.startswith(("党委", "党工委")) \
                and (_is_place(post.org_text, jur) or post.org_text in _LEVEL_WORDS):  # (自治区党委书记: session 19)
            body = T.post_body(post.org_text + title, jur)  # 赣江新区党工委书记: 书记 of the 党工委
            title = body.title if body is not None and body.org == org else title
        elif post.org_text and org is None and title.startswith("党工委") and len(title) > 3:
            # 西宁经济技术开发区党工委书记: 书记 of the zone's working committee (kg.orgs, zone_endings)
            from kg.orgs import parse_org

            committee = parse_org(post.org_text + "党工委", jur)
            if committee is not None and committee.jurisdiction is not None:
                org, title = committee.name, title[len("党工委"):]
            elif post.org_text.endswith(ZONE_COMMITTEE_ENDINGS):
                # 北川-山东工业园党工委书记, 海沧台商投资区党工委副书记 (a zone kg cannot place): 书记 of the
                # zone's working committee, named as written, as its 管委会 is (session 30)
                title, org_text = title[len("党工委"):], post.org_text + "党工委"
                org = org_text
        elif post.org_text and org is None and post.org_text.startswith("中共") and title.startswith("党委") \
                and (body := T.post_body(post.org_text + title, jur)) is not None and body.org is not None:
            org, title = body.org, body.title  # 中共西藏自治区党委书记: 书记 of the region's committee
            org_text = org_text or body.body_text
        if org is None and title in UNIT_PARTY_TITLES and org_text and org_text.endswith(INSTITUTION_PARTY) \
                and (host := _institution(org_text[: -len("党委")], jur)) is not None:
            # 钟山职业技术学院党委委员、书记: the party committee of an institution kg names only as written
            # (its 党委 unplaced): the institution's 党委委员 / 党委书记 (session 35)
            org = host.name + "党委"
        if post.org_text:
            inherited, inherited_text = org, written_town or post.org_text
        if org in _BENCH_COMMITTEES:
            org = None  # 审判委员会 of no court the text names: no organization
        if org and org.endswith("党委") and title in UNIT_PARTY_TITLES and (org_text or inherited_text or "").startswith("中共"):
            # 中共东华大学委员会委员、常委、副书记: the party committee of a body written in full is the
            # body's 党委 posts (党委委员 / 党委常委 / 党委副书记 of 东华大学), as 东华大学党委副书记 reads
            # (corpus/README Gold changes; session 19)
            org, title = org[: -len("党委")], "党委" + title
        if org and org.endswith("党委") and title in UNIT_PARTY_TITLES and org.endswith(INSTITUTION_PARTY):
            # 西安外国语大学党委委员、书记: an institution's own party committee, its posts 党委委员 / 党委书记
            # of the institution, as 西安外国语大学党委书记 reads (session 25, round 8)
            org, title = org[: -len("党委")], "党委" + title
        elif not post.org_text and title in UNIT_PARTY_TITLES and result and result[-1].title.startswith("党委") \
                and result[-1].title[2:] in UNIT_PARTY_TITLES and org == result[-1].org and org:
            title = "党委" + title  # 西安外国语大学党委副书记、委员: 委员 of the same party committee
        org = secretariat_body(org, title)
        if written_town is not None and org_text == post.org_text:
            org_text = written_town
        result.append(PostReading(title, org, org_text or inherited_text, post.marks))
    if text.startswith("原") and result and any(r.org is None or r.org.startswith("原") for r in result):
        # 免去李四原江西省公安厅厅长职务: 原 marks the post being left, no part of its body's name
        # (原平市, 原阳县 are places: their reading keeps its organization and is not redone)
        again = parse_posts(text[1:], jur, scope)
        if again and all(r.org is not None for r in again):
            return again
    if unplaced:  # (a place's 党委书记 is 书记 of its party committee, as when the place is named)
        return [PostReading(r.title[2:] if r.title in ("党委书记", "党委副书记", "党委常委") else r.title, None,
                            r.org_text, r.marks) for r in result]
    return result


def written_place(org_text: str | None) -> str | None:
    """The place an organization is written with (浙江省委 → 浙江省), None for a bare body or a
    level marker alone (省纪委, 市政府) or a body kg.orgs does not place."""
    if not org_text:
        return None
    from kg.orgs import nation, parse_org

    info = parse_org(org_text, None)  # (a national body places nothing: 中国工商银行副行长、市政府…)
    return info.jurisdiction if info is not None and info.jurisdiction and info.jurisdiction != nation() else None


TOP_LEVEL_COMMA_RE = re.compile(r"、(?![^（(]*[)）])")
# the endings bodies that share the titles written after the last of them have in common
SHARED_BODY_ENDINGS = ("工作委员会", "管理委员会", "委员会", "管委会", "党工委", "局", "厅", "办公室", "公司", "大学", "学院")


def _shared_bodies(text: str) -> list[str] | None:
    """"A工作委员会、B工作委员会委员、副书记" / "A管理委员会、B管理委员会主任": bodies written alone
    before one written with its titles share those titles — the texts to read one by one (each body
    with the titles), None when the text is no such list. The bodies alone must end as the body
    with the titles does (管理委员会 … 管理委员会主任)."""
    parts = TOP_LEVEL_COMMA_RE.split(text)
    if len(parts) < 2 or parse_post(parts[0]) is not None:
        return None
    k = 0
    while k < len(parts) and parse_post(parts[k]) is None:
        k += 1
    if k == 0 or k == len(parts):
        return None
    post = parse_post(parts[k])
    if post is None or post.kind != "hold" or not post.org_text or not parts[k].startswith(post.org_text):
        return None
    ending = next((e for e in SHARED_BODY_ENDINGS if post.org_text.endswith(e)), None)
    if ending is None or not all(b.endswith(ending) and len(b) > len(ending) for b in parts[:k]):
        return None
    titles = "、".join([parts[k][len(post.org_text):], *parts[k + 1:]])
    return [b + titles for b in parts[:k]] + ["、".join(parts[k:])]


def _and_split(parts: list[str]) -> list[str]:
    """"免去其大连市委常委、委员和大连市副市长职务": a last item of two posts joined by 和, the
    second naming its own body — never 和 inside a name (发展和改革委员会主任, 住房和城乡建设局局长:
    the words before 和 are no post). 及 joins them too, and a bare title after 和 / 及 is the
    same body's ("不再担任北京市委常委及委员": 委员 of the 市委)."""
    out: list[str] = []
    for part in parts:
        if part.startswith("以及") and len(part) > 4:
            part = part[2:]  # "…副主任、以及X委员会顾问": 以及 opens the list's last item (round 36)
        for i in (j for j, ch in enumerate(part) if ch in "和及与" and 0 < j < len(part) - 1):  # (与: 网信办主任与国新办副主任)
            cut = i - 1 if part[i - 1:i + 1] == "以及" and i > 1 else i  # (以及: 省长以及全国人大代表; session 35)
            left, right = parse_post(part[:cut]), parse_post(part[i + 1:])
            if left is not None and right is not None and left.kind == right.kind == "hold" \
                    and (right.org_text or (left.org_text and part[i + 1:] == right.title)):
                out += [part[:cut], part[i + 1:]]
                break
        else:
            out.append(part)
    return out


JIAN_RE = re.compile(r"兼(?![任职管])")


# the posts of a body's party committee written 中共<body>委员会… (read as the body's 党委 posts)
# a connective before a clause's posts ("其中江苏省军区司令员何卫东…", "其中，…"): no part of them (round 36;
# kg.extract.acts and kg.extract.mentions strip it)
CONNECTIVE_LEAD_RE = re.compile(r"^(?:其中|此外|另外)[，,]?(?=[\u4e00-\u9fff]{3})")
ACT_VERB_IN_POSTS_RE = re.compile(r"辞去|接受|免去|任命|决定|请求")  # (a clause, not a list of posts: left as it is)
TRAILING_DUTY_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:职务|職務|一职|一職)$")
UNIT_PARTY_TITLES = frozenset({"书记", "副书记", "常务副书记", "常委", "委员"})

# the party committee of an institution or a company (not of a place: 自治区党委, 镇党委 are the place's)
INSTITUTION_PARTY = tuple(end + "党委" for end in ("大学", "学院", "学校", "医院", "集团", "公司", "银行", "研究院", "科学院",
                                                   "研究所", "中学", "小学", "出版社", "报社", "中心"))


def _institution(text: str, jur: str | None) -> Any:
    """kg.orgs' reading of an institution's name (kg.orgs is imported where used, as elsewhere in this
    module: it imports kg modules that import this one)."""
    from kg.orgs import parse_org

    return parse_org(text, jur)


# how a list of removals writes the post held (免去：A现任X部长职务, B兼任Y主任职务): a verb before the
# post, never part of its body (session 19)
# a city's rank written before its name in news ("原任地级市咸宁市委书记", "调任副省级城市武汉市委副书记";
# session 30): no part of the body's name
CITY_RANKS = "地级市|副省级城市|副省级市|县级市|计划单列市"
CITY_RANK_RE = re.compile(rf"(?:(?<=^)|(?<=[、，,]))(?:{CITY_RANKS})(?=[\u4e00-\u9fff]{{2}})")
# a body said to be new before its name ("出任新设的环境及生态局局长", 新成立的 / 新组建的; session 38): no part
# of the name
NEW_BODY_RE = re.compile(r"^(?:新设立的|新设的|新成立的|新组建的)(?=[\u4e00-\u9fff]{3})")
BODY_FORMER_RE = re.compile(r"(?<=[\u4e00-\u9fff][委府])原(?=副?(?:书记|常委|市长|省长|县长|区长|主席|主任))")
HELD_VERB_RE = re.compile(r"^(?:现任|現任|原任|兼任)(?=[\u4e00-\u9fff]{3,})")
# a party-group title run into the post after it with no 、 (a headline: 中国海关总署党组书记署长)
RUN_TOGETHER_RE = re.compile(r"^(?P<first>.{2,}?(?:党组|党委|党工委)(?:副)?书记|.{2,}?党组成员)(?P<second>[\u4e00-\u9fff]{2,4})$")


def _run_together_split(parts: list[str]) -> list[str]:
    """"中国海关总署党组书记署长": two posts of one body written with no 、 between them (a headline
    drops it) — split only where the second part is a bare title (session 19)."""
    out: list[str] = []
    for part in parts:
        m = RUN_TOGETHER_RE.match(part)
        if m:
            first, second = parse_post(m.group("first")), parse_post(m.group("second"))
            if first is not None and second is not None and first.kind == second.kind == "hold" \
                    and first.org_text and not second.org_text:
                out += [m.group("first"), m.group("second")]
                continue
        out.append(part)
    return out


def _jian_split(parts: list[str]) -> list[str]:
    """"中共平度县委书记兼平度县革命委员会主任", "县委书记兼县长": two posts joined by 兼, the second
    held concurrently (written back as "…（兼）" for parse_post) — only where both sides are posts
    (兼任 / 兼职 / 兼管 are verbs or marks, never joints)."""
    out: list[str] = []
    for part in parts:
        m = JIAN_RE.search(part)
        if m and 0 < m.start() < len(part) - 1 and "兼" not in part[m.end():]:
            left, right = parse_post(part[:m.start()]), parse_post(part[m.end():])
            if left is not None and right is not None and left.kind == right.kind == "hold":
                out += [part[:m.start()], part[m.end():] + "（兼）"]
                continue
        out.append(part)
    return out


# a body of a township or a subdistrict named by its own name (盈丰街道党工委, 宁围镇人民政府), and
# the township alone (盈丰街道 + 党工委书记, as kg.extract.posts.parse_post splits it)
TOWN_BODY_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)(?![长])[\u4e00-\u9fff]")
TOWN_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)(?:[\u4e00-\u9fff]{1,8})?$")


def _inside_county(text: str, jur: str) -> tuple[str, str] | None:
    """(the short name of the county-level page's place, the body kg.orgs names) when ``text``, a
    township or its body the page names bare (盈丰街道党工委 on a page of 萧山区), is placed inside
    that county once its name is written before it (中共浙江省杭州市萧山区盈丰街道工作委员会). kg.places
    lists no townships, so kg.orgs returns such a name as written; only a page of a county, district
    or county-level city is read so (a city's page names the towns of all its counties; session 42)."""
    from kg.orgs import canonical_org
    from kg.places import gazetteer

    place = gazetteer().full.get(jur)
    if place is None or place.tier != 3 or text.startswith(place.short):
        return None
    inside = canonical_org(place.short + text, jur)
    if not inside or inside == place.short + text or not inside.startswith(("中共" + jur, jur)):
        return None
    return place.short, inside


def _county_of_town(text: str, jur: str) -> str | None:
    """The county-level page's short name (萧山区) to write before a township kg.orgs cannot place."""
    from kg.orgs import canonical_org

    found = _inside_county(text, jur) if canonical_org(text, jur) == text else None
    return found[0] if found else None


@lru_cache(maxsize=16384)
def canonical(org_text: str | None, jur: str | None) -> str | None:
    """Full canonical organization name, from kg.orgs; None when it cannot be determined."""
    if not org_text:
        return None
    from kg.orgs import canonical_org

    text = ALIAS_RE.sub("", org_text).strip()
    if text.startswith("该") and text[1:2] not in ("省", "市", "县", "区", "州", "旗", "盟", "镇", "乡"):
        return None  # 该公司研究发展部: the company of the sentence before, not a body kg can name
    if jur and text in ("区", "县", "市"):
        return _place(text, jur)  # 区总河长: the district itself
    text = COUNTRY_SAR_RE.sub("", text)  # 中华人民共和国澳门特别行政区(行政长官): the region itself
    text = SAR_SHORT_NAMES.get(text, text)  # 澳门特区(第四任行政长官): the region (session 20)
    text = NATIONAL_CONGRESS_SHORT_RE.sub(r"第\1届全国人民代表大会", text)  # (第)十二届全国人大(代表)
    found = canonical_org(text, jur)
    if found == text and jur and TOWN_BODY_RE.match(text) and (inside := _inside_county(text, jur)):
        found = inside[1]
    if found is None and TERM_WITHOUT_DI_RE.search(text):  # 省十三届人民代表大会: 第 left out
        found = canonical_org(TERM_WITHOUT_DI_RE.sub(r"\1第\2", text, count=1), jur)
    if found == text and LEVEL_ABBREVIATION_RE.match(text):
        found = None  # 省委 with no province known: an abbreviation the text does not place
    return found or _expand_prefix(text, jur, canonical_org) or _after_lead(text, jur) or _full_name(text)


# the words of a sentence that run into a body written after them (一时传…, 然后又有…, 据传…)
_LEAD_IN_RE = re.compile(r"(?:一时|坊间|外界|然后|随后|其后|由于|因为|尽管|虽然|但是|不过|加之|又|还|也|更|再|据|传|有|称"
                         r"|则|并|而|且|即|但|于)+")  # (尽管深圳市委书记王荣…, 由于广州市委书记任学锋仅为…: 由 cut as a verb)


def _after_lead(text: str, jur: str | None) -> str | None:
    """A sentence's words run into the body written after them ("一时传陕西省委", "然后又有广东省委组织部",
    the overseas press): the body from the province or prefecture named within the first few
    characters, when the words cut name no place and the rest is an organization kg places
    (session 19). None otherwise."""
    from kg.orgs import canonical_org, parse_org
    from kg.places import TIER_PREFECTURE, gazetteer

    words = gazetteer().words
    for i in range(1, min(6, len(text) - 2)):
        for n in (2, 3):
            found = words.get(text[i:i + n], [])
            if not any(p.tier <= TIER_PREFECTURE and p.until is None for p, _how in found):
                continue
            lead = text[:i]
            if not _LEAD_IN_RE.fullmatch(lead) or any(lead[a:a + m] in words for a in range(len(lead)) for m in (2, 3)):
                return None  # the words cut are no lead-in of a sentence (新当选中共…: the body's own words)
            org = canonical_org(text[i:], jur)
            info = parse_org(org, jur) if org else None
            return org if info is not None and info.jurisdiction else None
    return None


TERM_WITHOUT_DI_RE = re.compile(r"([省市县区州旗])([一二三四五六七八九十]+届)")
# a special administrative region written with the country before it, as a whole body (任命岑浩辉为
# 中华人民共和国澳门特别行政区第六任行政长官): the region, or its government — never a body named after
# the region (中华人民共和国香港特别行政区基本法委员会 keeps its name; session 20)
COUNTRY_SAR_RE = re.compile(r"^中华人民共和国(?=(?:香港|澳门)特别行政区(?:政府)?$)")
# a special administrative region written short, as a whole body (澳门特区行政长官, 香港特区第六任行政长官)
SAR_SHORT_NAMES = {"香港特区": "香港特别行政区", "澳门特区": "澳门特别行政区"}
# the national congress of a term written short (辞去第十二届全国人大代表职务, 十三届全国人大代表): the
# congress of that term, as the corpus writes a deputy's org (第十二届全国人民代表大会; session 20)
NATIONAL_CONGRESS_SHORT_RE = re.compile(r"^第?([一二三四五六七八九十]{1,3})届全国人大$")
LEVEL_ABBREVIATION_RE = re.compile(r"^(?:自治区|自治州|自治县|[省市县区州盟旗镇乡])")


FULL_ENDINGS = ("网", "会", "部", "局", "公司", "集团", "大学", "学院", "学校", "中心", "银行", "支行",
                "分行", "队", "院", "所", "馆", "站", "社", "室", "办", "医院", "中央")


def _full_name(text: str) -> str | None:
    """A name written in full needs no expansion ("钓鱼嘴音乐半岛建设指挥部", "重庆理工大学"):
    kept as written when it starts with no level marker and ends like an organization."""
    if len(text) >= 5 and text[0] not in "省区市县州盟旗镇乡" and not re.search(r"^[省市县区]?[一二三四五六七八九十]+届", text) \
            and text.endswith(FULL_ENDINGS) and not SENTENCE_VERB_RE.search(text):
        return text
    return None


def _place(head: str, jur: str) -> str | None:
    """A level marker (区 / 县 / 市) or a place name written as the head of an org name."""
    if head in ("区", "县") and jur.endswith(head):
        return jur
    if head == "市" and "市" in jur:
        return jur[: jur.index("市") + 1]
    from kg.orgs import expand_jurisdiction

    return expand_jurisdiction(head, jur) if len(head) >= 2 else None


# what the rest of an expanded name never holds: a second body of a place, list words, the verb
# of a sentence (市委|书记王五已当选湖南省: a sentence read as a name); a name kept as written
# never holds such a verb either (新当选中共广东省委第十一届委员会); 选举 it may (村民选举委员会)
SENTENCE_VERB_RE = re.compile(r"当选|任命|担任|调任|出任|接任|辞去|免去|不再|已")
NOT_A_UNIT_RE = re.compile(rf"[省市县区州旗盟]委|一览|名单|班子|成员|{SENTENCE_VERB_RE.pattern}")


def _expand_prefix(text: str, jur: str | None, canonical_org) -> str | None:
    """"区人大常委会机关" → canonical("区人大常委会") + "机关": only the known head is expanded,
    the rest is kept as written. None unless the head resolves inside the document's
    jurisdiction (a level marker 区 / 市 / a town, or one of their institutions)."""
    if not jur:
        return None
    for cut in range(len(text) - 2, 0, -1):
        head, rest = text[:cut], text[cut:]
        if len(rest) < 2 or rest[0] in "委会" or (head.endswith("委") and rest[0] == "员"):
            continue  # never split inside an institution's name (交通委|员会: 交通委员会 is no 交通委)
        found = canonical_org(head, jur) or _place(head, jur)
        if found:
            if rest.endswith("委") and len(rest) <= 3 and rest not in ("纪委", "党委", "团委"):
                return None  # 城环委, 财经委: a short committee abbreviation is no name to keep
            if NOT_A_UNIT_RE.search(rest):
                return None  # 省委常委班子成员一览省委: a heading joined to a body, not a unit of it
            return found + rest
    return None
