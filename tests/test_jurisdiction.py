"""kg.metadata: a document's jurisdiction from its own text, nationwide (issue 9), on short
invented texts. Never a guess from one weak mention."""

from __future__ import annotations

import pytest

from kg.reading import document_from_text

CASES = [
    # issuing body in the title, the place repeated
    ("浙江省杭州市西湖区人民政府关于任免王某等同志职务的通知\n西湖区各街道：\n经区政府研究，决定任命王某为西湖区教育局局长。\n",
     "浙江省杭州市西湖区"),
    ("湖北省恩施土家族苗族自治州人民代表大会常务委员会任免名单\n恩施州人大常委会决定任命李某为恩施州人民政府副州长。\n",
     "湖北省恩施土家族苗族自治州"),
    ("内蒙古自治区鄂尔多斯市达拉特旗人民代表大会常务委员会公告\n达拉特旗人大常委会决定：任命张某为达拉特旗人民政府副旗长。\n",
     "内蒙古自治区鄂尔多斯市达拉特旗"),
    ("江苏省人民代表大会常务委员会关于任免江苏省人民政府组成人员的决定\n本省……江苏省人大常委会决定任命。\n",
     "江苏省"),
    # a district name of several cities, told apart by the city written before it
    ("南京市鼓楼区人民政府关于王某职务的通知\n鼓楼区各部门：鼓楼区人民政府决定……\n", "江苏省南京市鼓楼区"),
    # a former name (巴县 → 巴南区 1994) supports its city
    ("重庆市巴南区人民代表大会常务委员会\n原巴县人大常委会副主任王某……重庆市巴南区人大常委会决定……巴南区\n", "重庆市巴南区"),
]

UNKNOWN = [
    "区委常委会召开会议，研究部署下一步工作。\n",  # no place at all
    "签订浙江省杭州市西湖区合作协议。\n",  # one mention, not an issuing body
    "鼓楼区人民政府决定任命王某为副区长。鼓楼区……\n",  # 鼓楼区 of 南京, 徐州, 福州 or 开封?
    "国务院任免国家工作人员\n任命王某为教育部副部长。王某曾任广东省副省长、广东省委常委。\n",  # national
    "浙江省与江苏省签订协议。浙江省、江苏省两省合作。\n",  # no leading place
    "杭州市西湖区与南昌市西湖区结对。杭州市西湖区、南昌市西湖区。\n",  # two 西湖区, none leading
    "驻澳门特别行政区联络办公室主任王某。驻澳门特别行政区联络办公室。\n",  # stationed there
]


@pytest.mark.parametrize("text, place", CASES, ids=[c[1] for c in CASES])
def test_jurisdiction_from_the_text(text, place):
    assert document_from_text(text).jurisdiction == place


@pytest.mark.parametrize("text", UNKNOWN, ids=range(len(UNKNOWN)))
def test_jurisdiction_unknown_is_not_guessed(text):
    assert document_from_text(text).jurisdiction is None


def test_jurisdiction_traditional_script_is_not_read_unconverted():
    """The place table is simplified: an unconverted traditional text is left unknown (河北平山人
    would otherwise outvote 貴州省); once kg.normalize converts it, it reads like any other."""
    from kg.metadata import _jurisdiction

    text = ("貴州省第十一屆人大第四次會議選舉栗戰書兼任貴州省人大常委會主任。栗戰書，河北省平山人，"
            "曾任河北省委常委。河北省。國務院。會議選舉。")
    assert _jurisdiction(text, {}) is None
    assert document_from_text(text).jurisdiction in (None, "贵州省")


def test_jurisdiction_level_words_keep_a_city_document_at_its_city():
    text = ("杭州市人民政府关于任免职务的通知\n各区、县（市）人民政府：市政府决定……\n"
            "全市……本市……市委、市政府……杭州市西湖区、杭州市西湖区\n")
    assert document_from_text(text).jurisdiction == "浙江省杭州市"


def test_jurisdiction_a_province_page_names_its_province_by_a_city_stem():
    """Session 38 (election dev): a province's congress report that writes only 省 and its capital's
    stem (在武汉洪山礼堂) is that province's page; two provinces' cities written, nothing."""
    text = ("省十四届人大四次会议进行大会选举\n1月31日上午，省十四届人大四次会议第三次全体会议在武汉洪山礼堂进行大会选举。"
            "省委书记出席。会议选举省人大常委会副主任。省政府。")
    assert document_from_text(text).jurisdiction == "湖北省"
    both = text.replace("省政府。", "省政府。代表团去了长沙。")
    assert document_from_text(both).jurisdiction is None


def test_jurisdiction_a_city_page_names_its_municipality_by_its_short_name():
    """Session 38 (pinren dev): a city's page (市政府, 市委, 市长 …) that writes 上海 twice and no other
    municipality is 上海市's; a second municipality written, nothing."""
    text = ("2021年市政府参事聘任仪式暨上海参事工作座谈会今天举行。市委副书记、市长为新聘参事颁发聘书，"
            "为上海经济社会发展作出更大贡献。市委常委出席。副市长宣读市政府关于聘任参事的决定。")
    assert document_from_text(text).jurisdiction == "上海市"
    assert document_from_text(text + "北京的参事也来了。").jurisdiction is None
