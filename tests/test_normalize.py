"""kg.normalize: real lines from the samples, and the offset-map invariants on all five."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.normalize import normalize
from kg.simplify import _char

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="session")
def normalized_samples() -> dict[str, tuple[str, str, list[int]]]:
    out = {}
    for path in sorted(SAMPLES.glob("*.txt")):
        original = path.read_text(encoding="utf-8")
        text, offsets = normalize(original)
        out[path.name[:3]] = (original, text, offsets)
    return out


def _lines(original: str) -> list[str]:
    return normalize(original)[0].split("\n")


# ---------------------------------------------------------------- 002 roster (名录)

ROSTER = (
    "（一）在任\n\n"
    "余长明    区委书记（8 月开始担任）\n\n"
    "陈中举    区委副书记（1 月至 12 月担任副书记，\n\n"
    "                11 月晋升一级巡视员）\n\n"
    "钟    渝    区委常委、区政府党组副书记、副区长（11月\n"
    "                     任区政府党组副书记，12 月任常委）\n\n"
    "孟德华    区人大常委会党组书记，区委常委、\n\n"
    "                政法委书记（1 月至 12 月担任区委常委、          \n"
    "                政法委书记，11 月担任区人大常委会\n\n"
    "                党组书记）\n\n"
    "（二）调离\n\n"
    "王    俊    区委书记（8 月调离）\n\n"
    "喻    成   区纪委副书记、区监委委员（正处级）\n"
)


def test_normalize_roster_rows_keep_name_tab_post():
    assert _lines(ROSTER) == [
        "（一）在任",
        "余长明\t区委书记（8月开始担任）",
        "陈中举\t区委副书记（1月至12月担任副书记，11月晋升一级巡视员）",
        "钟渝\t区委常委、区政府党组副书记、副区长（11月任区政府党组副书记，12月任常委）",
        "孟德华\t区人大常委会党组书记，区委常委、政法委书记（1月至12月担任区委常委、政法委书记，"
        "11月担任区人大常委会党组书记）",
        "（二）调离",
        "王俊\t区委书记（8月调离）",
        "喻成\t区纪委副书记、区监委委员（正处级）",
    ]


def test_normalize_roster_in_sample_002(normalized_samples):
    _, text, _ = normalized_samples["002"]
    assert "\n王俊\t区委书记（8月调离）\n" in text
    assert "\n先大友\t区人大常委会党组成员、副主任、区总工会主席\n" in text
    assert "\n伍星\t区法院党组书记、院长、二级高级法官（11月调离）\n" in text


# ---------------------------------------------------------------- 002 chronicle and body

CHRONICLE = (
    "23 日，大渡口区第十三届人民代表大会第五\n\n"
    "次会议开幕。 \n\n"
    "24 日上午，中国人民政治协商会议重庆市大\n\n"
    "渡口区第九届委员会第五次会议闭幕。\n\n"
    "是日下午，大渡口区第十三届人民代表大会\n\n"
    "第五次会议闭幕。\n\n"
    "是月，区委、区政府研究决定，授予李雪芮、\n\n"
    "伊远学、封帆、黄东、王彬、田贵祥、李红宾、\n\n"
    "温剑波、李军、李健、桑勇、陈有波、钱静、商\n\n"
    "晓雷、唐帅、梁国栋 16 名人才“大渡口区突出\n\n"
    "贡献人才”称号。\n\n"
    "4 月\n\n"
    "2 日，市政协副主席谭家玲带领市政协调研\n\n"
    "组一行，围绕“加快生态环境科技创新 推进减污\n\n"
    "降碳绿色发展”赴重庆三峰环境集团股份有限公\n\n"
    "司调研。\n"
)


def test_normalize_chronicle_joins_column_lines():
    assert _lines(CHRONICLE) == [
        "23日，大渡口区第十三届人民代表大会第五次会议开幕。",
        "24日上午，中国人民政治协商会议重庆市大渡口区第九届委员会第五次会议闭幕。",
        "是日下午，大渡口区第十三届人民代表大会第五次会议闭幕。",
        "是月，区委、区政府研究决定，授予李雪芮、伊远学、封帆、黄东、王彬、田贵祥、李红宾、温剑波、"
        "李军、李健、桑勇、陈有波、钱静、商晓雷、唐帅、梁国栋16名人才“大渡口区突出贡献人才”称号。",
        "4月",
        "2日，市政协副主席谭家玲带领市政协调研组一行，围绕“加快生态环境科技创新 推进减污降碳绿色发展”"
        "赴重庆三峰环境集团股份有限公司调研。",
    ]


def test_normalize_sample_002_chronicle_and_body(normalized_samples):
    _, text, _ = normalized_samples["002"]
    assert "\n20日，大渡口区2021年第一次总河长会议召开。区委书记、区总河长王俊出席会议并讲话。\n" in text
    assert "商晓雷" in text and "李晓珂\t区委常委、纪委书记、区监委代理主任（8月任区委常委、纪委书记，9月任区监委代理主任）" in text
    assert "\n新标准空气质量二级以上天数294天\n" in text  # letter-spaced, not joined


# ---------------------------------------------------------------- 000 journal

def test_normalize_editorial_board_padded_names():
    original = (
        "副 主 任:封洪华 余炳友 周 正  \n谢云凯 周成清 张春平\n\n"
        "委 员:杨 军 杨治彪 杨 伦  \n何正慧 石国全 李 纲  \n林 杰 沈行军\n\n"
        "责任编辑:谭彬彬 黄 佳 陈玥希  \n袁 倩 余飞江\n"
    )
    assert _lines(original) == [
        "副主任：封洪华 余炳友 周正",
        "谢云凯 周成清 张春平",
        "委员：杨军 杨治彪 杨伦",
        "何正慧 石国全 李纲",
        "林杰 沈行军",
        "责任编辑：谭彬彬 黄佳 陈玥希",
        "袁倩 余飞江",
    ]


def test_normalize_sentence_broken_across_blank_line_000(normalized_samples):
    _, text, _ = normalized_samples["000"]
    assert "王勤勤为重庆市巴南区人民法院民事审判一庭副庭长；李炳灿为重庆市巴南区人民法院民事审判二庭副庭长；" in text
    assert "刘永全主任为赵吉春、曾庆云、刘松、谢治林、李杰、姚芳、王勤勤、李炳灿、李庆祥、肖秉文等10位同志" in text
    assert "\n副主任：封洪华 余炳友 周正\n" in text


def test_normalize_short_headings_not_joined():
    original = "## 一、任职事项\n\n因工作需要，经院党组研究，提请任命李杰同志为重庆市巴南区人民法院立案庭（诉讼服务中心）副庭长；\n"
    assert _lines(original)[0] == "## 一、任职事项"


# ---------------------------------------------------------------- widths and spaces

@pytest.mark.parametrize(
    "original, expected",
    [
        ("2021 年，全区", "2021年，全区"),
        ("（8 月开始担任）", "（8月开始担任）"),
        ("召开全区 2021 年第一季度经济形势分析会", "召开全区2021年第一季度经济形势分析会"),
        ("局长、督察长（兼） （11 月开始担任）", "局长、督察长（兼）（11月开始担任）"),
        ("２０２１年ＡＢＣ公司", "2021年ABC公司"),
        ("区委常委(兼)", "区委常委（兼）"),
        ("出席:刘永全、封洪华;请假:刘俊军", "出席：刘永全、封洪华；请假：刘俊军"),
        ("10:30 开会", "10:30开会"),
        ("1 地区生产总值增长6%以上。", "1 地区生产总值增长6%以上。"),  # a row number stays apart
        ("1 生  猪 322 444 35 18", "1 生猪322 444 35 18"),  # CJK-space-digit: joined
        ("“重庆好人” 。4 日，重庆", "“重庆好人”。4日，重庆"),
        ("【概况】  大渡口区旅游资源丰富", "【概况】大渡口区旅游资源丰富"),
        ("——在中国共产党重庆市大渡口区第十三次代表大会上的报告    余长明",
         "——在中国共产党重庆市大渡口区第十三次代表大会上的报告\t余长明"),
        ("人文渡口 •乐亮江湾", "人文渡口 •乐亮江湾"),
        ("a\r\nb\r\n", "a\nb"),
    ],
)
def test_normalize_widths_and_spaces(original, expected):
    assert normalize(original)[0] == expected


def test_normalize_empty_and_blank():
    assert normalize("") == ("", [0])
    assert normalize(" \n\n \t\n") == ("", [6])


# ---------------------------------------------------------------- offset map

_CANON = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_CANON.update(str.maketrans("。", "."))
_CANON.update(str.maketrans("‧•・∙⋅", "·····"))  # a middle dot's look-alikes between Han characters (session 45)
_WS = re.compile(r"\s+")


def _canon(s: str) -> str:
    """Text modulo what normalize may change: widths, 。/., name dots, whitespace, traditional characters."""
    return "".join(_char(c) for c in _WS.sub("", s.translate(_CANON)))


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_normalize_offsets_invariants(normalized_samples, name):
    original, text, offsets = normalized_samples[name]
    assert len(offsets) == len(text) + 1
    assert offsets[-1] == len(original)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))  # strictly increasing
    for i, c in enumerate(text):
        o = original[offsets[i]]
        if c == "\n":
            assert o in "\n\r"
        elif c == "\t":
            assert o in " \t\u3000"
        elif c != o:
            assert _canon(c) == _canon(o), (i, c, o)


@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_normalize_random_spans_round_trip(normalized_samples, name):
    original, text, offsets = normalized_samples[name]
    rng = random.Random(name)
    for _ in range(300):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.randrange(1, 60))
        o_start, o_end = offsets[start], offsets[end - 1] + 1
        assert _canon(original[o_start:o_end]) == _canon(text[start:end])


def test_normalize_guarantees_line_shape(normalized_samples):
    for _, text, _ in normalized_samples.values():
        assert "\r" not in text and "\n\n" not in text
        for line in text.split("\n"):
            assert line == line.strip(" \t") and line


def test_normalize_tab_table_cells_not_merged_000(normalized_samples):
    _, text, _ = normalized_samples["000"]
    assert "\n杨伦\t杨军\t杨熳（女）\t杨治彪\n" in text


def test_normalize_name_cell_before_year_keeps_space():
    original = "王存华 2020 年重庆市优秀劳动保障监察机构负责人 市人力资源和社会保障局\n"
    assert normalize(original)[0] == "王存华 2020年重庆市优秀劳动保障监察机构负责人 市人力资源和社会保障局"


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\x85", "\u2028", "\u2029"])
def test_normalize_every_line_break_is_one(newline):
    """Issue 8: CR-only text was one long line. Every kind of break splits lines the same way,
    and the offsets still index the original (the break maps to its first char)."""
    original = ROSTER.replace("\n", newline)
    text, offsets = normalize(original)
    assert text == normalize(ROSTER)[0]
    assert len(offsets) == len(text) + 1 and offsets[-1] == len(original)
    assert all(a < b for a, b in zip(offsets, offsets[1:]))
    for i, c in enumerate(text):
        if c == "\n":
            assert original[offsets[i]] == newline[0]
        elif c not in "\t ":
            assert original[offsets[i]] == c


def test_normalize_mixed_line_breaks():
    original = "决定任命王玥为副区长。\r\n免去刘伦波的副区长职务。\r第三行\n第四行\u2028第五行"
    text, offsets = normalize(original)
    assert text.split("\n") == ["决定任命王玥为副区长。", "免去刘伦波的副区长职务。", "第三行", "第四行", "第五行"]
    start = text.index("免去")
    assert original[offsets[start]:offsets[start + 12 - 1] + 1] == "免去刘伦波的副区长职务。"


def test_fast_patterns_match_what_the_plain_ones_did() -> None:
    """The passes' patterns written for speed (kg.normalize: _WIDE, _SPACE, _LETTER_RUN) find
    what the plain ones found: the same gaps and letter runs, and every space _single_space
    would change."""
    import random
    import re

    from kg import fast_re
    from kg import normalize as n

    plain_wide = re.compile(r"[ \t]{2,}|\t")
    plain_run = re.compile(rf"(?:(?<=[ \t\n:：])|^)[{n.CJK}](?: +[{n.CJK}])+(?=[ \t\n:：，。、；（）()]|$)", re.M)
    alphabet = [" ", " ", " ", "\t", "\n", "王", "强", "䷀", "豈", "，", "（", "）", "a", "Z", "7", ".", ":", "：", "-", "é"]
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in n._WIDE.finditer(text)] == [m.span() for m in plain_wide.finditer(text)], text
        assert [m.span() for m in fast_re.finditer(n._LETTER_RUN, text)] == \
            [m.span() for m in plain_run.finditer(text)], text
        tried = {m.start() for m in n._SPACE.finditer(text)}
        for m in re.finditer(" ", text):
            if n._single_space(m) is not None:
                assert m.start() in tried, text


def test_label_rows_of_a_short_roster_are_never_joined():
    """省委书记：张庆伟 rows (a post, a colon, a name) of similar width looked like a column of a
    PDF and were joined to each other and to the heading (a wrong organization came of it)."""
    from kg.reading import document_from_text

    text = "黑龙江省委常委班子成员一览\n\n省委书记：张庆伟\n省委副书记、省长：王文涛\n省委副书记：陈海波\n省委常委、秘书长：李海涛\n"
    lines = document_from_text(text, path="t.txt").text.split("\n")
    assert lines == ["黑龙江省委常委班子成员一览", "省委书记：张庆伟", "省委副书记、省长：王文涛",
                     "省委副书记：陈海波", "省委常委、秘书长：李海涛"]
