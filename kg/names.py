"""Person names as officials write them: 2–4 Han characters, a known surname, no honorifics;
minority names with a middle dot (买买提·艾力, 约尔古丽·加帕尔); names padded with spaces
(胡 云, 王    俊) and marked (（女）, （回族）, （兼）).

Precision matters more than recall here: a string is a name only when it starts with a known
surname (kg/data/surnames.txt, compound surnames included) and contains none of the characters
that never occur in the names of the documents but often follow a name ("等", "同", "的" …).
A name with a middle dot needs no known surname (transliterated names have none), but each of
its parts is Han characters only. :func:`is_list_name` is the looser test for an item of a
list whose first item is already a name ("副主任张光荣、马伟、尼玛卓玛、鸟成云").
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

HAN = "\u4e00-\u9fff"
HAN_RUN = re.compile(f"[{HAN}]+")  # (HAN_RUN.fullmatch: a run of Han characters; compiled once, asked ~20,000 times a run)
# the middle dots officials' texts use between the parts of a transliterated name
DOTS = "·•‧・∙⋅．"  # ． (full-width full stop) as Taiwanese press writes 雪克來提．扎克爾
DOT_RE = re.compile(f"[{DOTS}]")
# Characters that end a name in running text; a "name" containing one is a phrase, not a name.
_NOT_IN_NAME = set("的为任免和及与等同在于是了将或对从向把被由以该本我你他她们年月日号届次位名会已仍还现则除因不辞未称说")  # 辞 / 未 / 称 / 说: 付辉辞等人的辞职, 韩正未出席, 曹健称…, 主席令说 (round 38 as dev; no name of the corpus holds them); 除: 王浩除接任…外 (session 29); 已/仍/还/现任: 张三已任… is no 张三已; 则: 王珉则转任…; 因: 张三因被任命为… (session 35); 不: 赵勇不在名单中 is 赵勇 (session 45)
# surnames that are counters or verbs in running text, read as surnames only opening an item of a list
# of names (…、牛兴民、位志荣、王美萍…; session 30)
_LIST_SURNAMES = frozenset("位")
# a name written whole between separators: 会 (孙会方), 名, 同 are possible
_NOT_IN_DELIMITED_NAME = _NOT_IN_NAME - set("会名同现则为向因不")  # 孙会方, 刘同德, 王现坤, 王则柯, 侯为东, 徐向前 written whole
_DATE_CHARS = frozenset("年月日")  # inside a three-character name written whole: 霍振年, 杜日尧, 李月华
# transliterated names: fewer stop characters (热日古丽 has 日)
_NOT_IN_DOT_NAME = _NOT_IN_NAME - set("日尔则不")  # 艾则孜·木沙: 则 transliterates a syllable; 阿不都热西提: 不
# marks after a name: (女), (男), (回族), (女、蒙古族), (兼)
# a birth note after a name in a round-up: "丁纯(生于1970年10月,江苏江阴人)" (the act reader blanks it,
# the mention reader reads the name before it; session 27)
BIRTH_NOTE = r"[（(](?:生于|出生于|生於)[^（）()\n]{1,30}[)）]"
_MARKS_RE = re.compile(rf"[（(]\s*(?:[女男兼]|[{HAN}]{{1,5}}族)(?:\s*[、，,]\s*(?:[女男兼]|[{HAN}]{{1,5}}族))?\s*[)）]")
# words of the time of a report, never inside a name (今天上午, 昨日下午)
TIME_WORDS = re.compile("今天|昨天|明天|前天|今日|昨日|明日|上午|下午|晚上|凌晨")
# a day of the week written whole ("他周五当选…", session 29): never a two-character name (周一鸣 stays one)
WEEKDAYS = frozenset(("周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "周天"))
# "等", "2位", "两位同志", "11人" after a list of names (a numeral only with its unit: 张三 is a name)
# what a text writes right after a person's name to address them (蔡武彬法官出任…: the Macau press; session 40)
# an officer's rank, written after the name (西藏军区司令员舒玉泰中将调任…; kg.extract.mentions); a general's is read
# as a word addressing the person (任命…政治委员刘良凯少将为…: session 46)
OFFICER_RANKS = ("少将", "中将", "上将", "大校", "上校", "中校", "少校")
HONORIFICS = ("同志", "先生", "女士", "法官", "博士", *OFFICER_RANKS[:3])  # (博士: Hong Kong's 郑慕智博士; session 42)
HONORIFIC = "|".join(HONORIFICS)
_COUNT_RE = re.compile(rf"(等)?(?:[0-9一二两三四五六七八九十]+(?:位|名|人)(?:代表|委员)?)?({HONORIFIC})?$")  # 等20名代表 (session 19), 等42名委员 (session 20)
_SPLIT_RE = re.compile(r"[、，,]")
_SPACES_RE = re.compile(r"\s+")  # (compiled once: clean_name is asked ~8,000 times a run)
_DOT_NAME_RE = re.compile(rf"[{HAN}]{{1,8}}(?:·[{HAN}]{{1,10}}){{1,3}}")
# words an item of a list of names never is (the list has ended or never was one)
_NOT_LIST_NAME = re.compile(r"同志|委员|代表|主任|书记|局长|部长|厅长|处长|县长|市长|区长|省长|主席|"
                            r"成员|干部|工作|会议|人员|领导|职务|单位|部门|政府|常委|组长|秘书|"
                            r"出席|参加|主持|陪同|列席|讲话|调研|视察|参会")  # (…副主任徐锋、区捷出席: no 区捷出席; session 32)


@lru_cache(maxsize=1)
def _surname_rows() -> tuple[str, ...]:
    """kg/data/surnames.txt's entries in the file's order (by frequency)."""
    text = resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(_surname_rows())


# how many of kg/data/surnames.txt's first entries (ordered by frequency) are common surnames
COMMON_SURNAME_COUNT = 100


@lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The most frequent surnames (王, 李, 张 … the first :data:`COMMON_SURNAME_COUNT` of
    kg/data/surnames.txt): a name opening with one is a name even in running text, where a rarer
    surname often opens a word (席 of 席就座, 纪 of 纪录, 晋 of 晋升)."""
    return frozenset(_surname_rows()[:COMMON_SURNAME_COUNT])


def _word_list(name: str) -> frozenset[str]:
    """The words of kg/data/<name>, one a line (# opens a comment line)."""
    text = resources.files("kg").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Words that start with a surname but are never a name (kg/data/not_names.txt: 官员, 常委)."""
    return _word_list("not_names.txt")


@lru_cache(maxsize=1)
def not_given_names() -> frozenset[str]:
    """Words never written as a given name (kg/data/not_given_names.txt: 分别, 先后): the adverb after a
    list of names, whose first character a surname would otherwise take (邱诚武分别 → 武分别)."""
    return _word_list("not_given_names.txt")


@lru_cache(maxsize=1)
def surname_word_tails() -> dict[str, str]:
    """Surnames that end a common word after certain characters (kg/data/surname_word_tails.txt:
    于 after 关 / 属 …, 布 after 宣 / 公 …): surname → those characters."""
    text = resources.files("kg").joinpath("data/surname_word_tails.txt").read_text(encoding="utf-8")
    return {parts[0]: parts[1] for line in text.splitlines()
            if not line.startswith("#") and len(parts := line.split()) == 2 and len(parts[0]) == 1}


def starts_inside_word(text: str, at: int) -> bool:
    """Whether a name starting at ``at`` would start on the last character of a word (关于周锋: not
    于周锋; 宣布易纲: not 布易纲)."""
    before = surname_word_tails().get(text[at:at + 1])
    return bool(before) and at > 0 and text[at - 1] in before  # type: ignore[operator]


def clean_name(text: str) -> str:
    """Strip spaces, "(女)" / "(兼)" marks and trailing 同志 / 先生 / 女士 / 等 / "2位同志" from a name as
    written; every middle-dot variant becomes "·"."""
    if text.isalpha() and (len(text) <= 2 or text[-1] not in "等志位名人表员生士"):
        return text  # letters only (no bracket, space or dot) and no count or 同志 to end it: as written (most names)
    text = _MARKS_RE.sub("", text)
    text = _SPACES_RE.sub("", text)
    text = DOT_RE.sub("·", text)
    text = _COUNT_RE.sub("", text) if len(text) > 2 else text
    return text


def is_dot_name(text: str) -> bool:
    """"买买提·艾力", "铁力瓦尔迪·阿不都热西提": a transliterated name, parts joined by "·"."""
    return (len(text) <= 24 and _DOT_NAME_RE.fullmatch(text) is not None
            and not any(ch in _NOT_IN_DOT_NAME for ch in text))


@lru_cache(maxsize=1)
def minority_name_parts() -> frozenset[str]:
    """Parts of Tibetan and Mongolian names written without a dot (kg/data/minority_name_parts.txt)."""
    text = resources.files("kg").joinpath("data/minority_name_parts.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=4096)
def is_minority_name(text: str) -> bool:
    """扎西平措, 次仁卓玛, 乌云其木格: 4–6 Han characters made of two or more known parts of
    Tibetan or Mongolian names, nothing else (these names have no Han surname)."""
    if not 4 <= len(text) <= 6:
        return False
    parts = minority_name_parts()
    ends = {0: 0}  # position → parts read up to it
    for i in range(len(text)):
        if i not in ends:
            continue
        for n in (2, 3, 4):
            if text[i:i + n] in parts and i + n <= len(text):
                ends[i + n] = max(ends.get(i + n, 0), ends[i] + 1)
    return ends.get(len(text), 0) >= 2


@lru_cache(maxsize=65536)  # a pure function of the text, asked again and again by the readers
def is_person_name(text: str, delimited: bool = False) -> bool:
    """True when ``text`` (already cleaned) looks like a Chinese personal name. ``delimited``:
    the name is written whole between separators (a list row "孙会方（县委常委…）"), so the
    characters that usually follow a name in running text (会 of 会见 …) may be inside it."""
    if "·" in text:
        return is_dot_name(text)
    if is_minority_name(text):
        return True
    if len(text) >= 3 and text in minority_name_parts():
        return True  # 乌力吉, 巴特尔, 其木格: a Mongolian name of one part of three or more characters (session 19)
    if len(text) == 4 and text[1:] in minority_name_parts() and text[0] in surnames():
        return True  # 佟格日乐, 王巴特尔: a Han surname and a Mongolian given name of three characters
    if not 2 <= len(text) <= 4 or not HAN_RUN.fullmatch(text):
        return False
    if text.endswith(("先生", "女士")):
        return False  # "崔世安先生高票当选": an honorific, never part of a name (session 33)
    if TIME_WORDS.search(text) or text in WEEKDAYS:
        return False  # "今天上午辞去副省长职务的…": a time of the day is no name (session 26, round 11)
    stops = _NOT_IN_DELIMITED_NAME if delimited else _NOT_IN_NAME
    if delimited and married_name(text):
        return True
    if delimited and len(text) == 3:
        stops = stops - _DATE_CHARS - {"和"}  # 霍振年, 杜日尧, 饶子和, 李和平 written whole in a list row (never 王振 + 年 there)
    # (a compound surname's own characters are no stops: 淳于永菊, whose 于 ends the surname; session 35)
    given = text[2:] if (len(text) == 3 and text[1] == "为" and not delimited) \
        or (len(text) == 4 and text[:2] in surnames()) else text[1:]
    if any(ch in stops for ch in given):
        return False  # (郑为文曾任…: 为 inside a name of three, never at its end — 张三为…; 成为 is in not_names.txt)
    sn = surnames()
    if text in not_names():
        return False  # 官员; 向宪法 (…镇长向宪法宣誓, session 20): a word written whole
    if len(text) >= 3 and text[-2:] in not_given_names():
        return False  # 武分别 (邱诚武分别出任…): an adverb after the names, never a given name (session 40)
    if len(text) == 3 and text[2] in "区县队":
        # 县委常委包垸区: a place's name ends in 区 / 县, a person's never (区 opens 区捷: a surname; session 32);
        # nor does one end in 队 (中国人民解放军长江支队 is no 军长 江支队; session 46)
        return False
    if len(text) == 3 and text[0] in VERB_SURNAMES and text[1:] in _province_stems():
        return False  # 将任福建省长, 调往于四川: a verb before a province, never 任福建 (session 25)
    if len(text) == 3 and text[:2] in not_names():
        return False  # 任职务 (拟任职务为…, session 20): a word of not_names.txt then a character is no name either
    if text[:2] in sn and len(text) >= 3:
        return True
    return text[0] in sn and len(text) <= 3


def married_name(text: str) -> bool:
    """林郑月娥, 陈冯富珍: a Hong Kong married name, the husband's surname before her own and a given
    name of two characters that are no function words (accepted only where the text delimits the
    name: session 34)."""
    sn = surnames()
    return (len(text) == 4 and text[0] in sn and text[1] in sn
            and not set(text[2:]) & (_NOT_IN_NAME - _DATE_CHARS) and not set(text[2:]) & _NOT_GIVEN_NAME
            and text[2:] not in not_names())


_NOT_GIVEN_NAME = frozenset("二两三人见等家们氏")  # 王李二人, 张王两家: two surnames and a word, no name


# surnames that are also verbs or prepositions written before a place (任, 于, 向, 到 …)
VERB_SURNAMES = frozenset("任于向赴到回原")  # (回: 调回北京; session 38; 原: 原上海副市长, round 38)


@lru_cache(maxsize=1)
def _province_stems() -> frozenset[str]:
    """The two-character names of the provinces and the four municipalities (福建, 河北, 北京 …),
    from kg's gazetteer."""
    from kg.places import gazetteer

    return frozenset(w for w, entries in gazetteer().words.items()
                     if len(w) == 2 and any(p.tier == 1 for p, _ in entries))


def is_list_name(text: str) -> bool:
    """An item of a list of names whose first item is a name: a name by :func:`is_person_name`,
    or 2–4 Han characters without a stop character or a post word (尼玛卓玛, 普布顿珠 — Tibetan
    names have no surname). Only for items written between separators of such a list."""
    if is_person_name(text):
        return True
    return (2 <= len(text) <= 4 and HAN_RUN.fullmatch(text) is not None
            and not any(ch in _NOT_IN_NAME for ch in text[1:]) and text[0] not in _NOT_IN_NAME - _LIST_SURNAMES
            and not _NOT_LIST_NAME.search(text) and not TIME_WORDS.search(text))


def split_names(text: str) -> list[str]:
    """"程晋意、黄强两位同志" → ["程晋意", "黄强"]; returns [] unless every part is a name."""
    text = _COUNT_RE.sub("", re.sub(r"\s+", "", _MARKS_RE.sub("", text)))
    parts = [clean_name(p) for p in _SPLIT_RE.split(text) if p]
    parts = [q for p in parts for q in _split_and(p)]
    # (a part written whole between a list's separators may be a Hong Kong married name: 叶刘淑仪; session 42)
    if parts and all(is_person_name(p) or (len(parts) > 1 and (ends_in_nian(p) or married_name(p))) for p in parts):
        return parts
    return []


def ends_in_nian(part: str) -> bool:
    """A three-character name ending in 年 written whole between the separators of a list of
    names (梁洁华、黎明、欧豪年等3人; 陈永年, 李延年) or opening a clause (岳君年拟提名为…: kg.extract.acts):
    年 ends no name in running text (2016年), nor a word of time (今年, 去年: not_given_names.txt)."""
    return len(part) == 3 and part[2] == "年" and part[1:] not in not_given_names() and is_person_name(part[:2])


def _split_and(part: str) -> list[str]:
    """张勇和毕井泉 → [张勇, 毕井泉]: 和 (or 及: 梁振英及何厚铧) joins two names only when the whole
    is no name (刘和平 stays one) and both sides are names."""
    if ("和" not in part and "及" not in part) or is_person_name(part):
        return [part]
    for i in range(2, len(part) - 2):
        left = clean_name(part[:i])  # (郑慕智博士及周松岗: an honorific before 及)
        if part[i] in "和及" and (is_person_name(left) or married_name(left)) \
                and (is_person_name(part[i + 1:]) or married_name(part[i + 1:])):
            return [left, part[i + 1:]]
    return [part]
