"""kg.titles: the title ladder as data, and which body a title belongs to (issue 9)."""

from __future__ import annotations

import pytest
import yaml

from kg.titles import (
    PostPhrase,
    implied_org,
    is_rank,
    post_body,
    ranks,
    split_post,
    title_info,
    titles,
)

ZJ = "浙江省杭州市西湖区"
BANAN = "重庆市巴南区"
ANLAN = "重庆市巴南区安澜镇"


def test_titles_lexicon_has_the_whole_ladder():
    ladder = {"省长", "副省长", "州长", "盟长", "旗长", "县长", "市长", "区长", "镇长", "乡长",
              "厅长", "部长", "司长", "局长", "处长", "科长", "主任委员", "秘书长", "审判员",
              "检察员", "总理", "委员长", "村主任", "党组书记", "党工委书记", "党委书记"}
    assert ladder <= set(titles())
    assert {"一级巡视员", "二级巡视员", "巡视员", "调研员"} <= set(ranks())
    assert not set(titles()) & set(ranks())  # ranks stay ranks


def test_titles_yaml_sections_are_consistent():
    from importlib import resources

    with resources.files("kg").joinpath("data/titles.yaml").open(encoding="utf-8") as fh:
        lex = yaml.safe_load(fh)
    for head, spec in lex["government_heads"].items():
        assert head in lex["titles"] and "副" + head in lex["titles"] or head in ("专员", "国务委员", "总理", "行政长官")
        assert spec["body"].startswith(spec["level"]) or spec["level"] == "国"
    for title in lex["body_endings"]:
        assert title in lex["titles"], title
    for post in lex["party_posts"]:
        assert post in lex["titles"], post


@pytest.mark.parametrize("word, title, base, acting, deputy, executive, rank, body", [
    ("省长", "省长", "省长", False, False, False, False, "省政府"),
    ("常务副省长", "常务副省长", "省长", False, True, True, False, "省政府"),
    ("代理市长", "市长", "市长", True, False, False, False, "市政府"),
    ("代区长", "区长", "区长", True, False, False, False, "区政府"),
    ("副州长", "副州长", "州长", False, True, False, False, "州政府"),
    ("盟长", "盟长", "盟长", False, False, False, False, "盟行署"),
    ("旗长", "旗长", "旗长", False, False, False, False, "旗政府"),
    ("镇长", "镇长", "镇长", False, False, False, False, "镇政府"),
    ("厅长", "厅长", "厅长", False, False, False, False, None),
    ("副司长", "副司长", "司长", False, True, False, False, None),
    ("一级巡视员", "一级巡视员", "一级巡视员", False, False, False, True, None),
    ("二级调研员", "二级调研员", "二级调研员", False, False, False, True, None),
    ("总理", "总理", "总理", False, False, False, False, "国务院"),
    ("副总理", "副总理", "总理", False, True, False, False, "国务院"),
])
def test_titles_title_info(word, title, base, acting, deputy, executive, rank, body):
    info = title_info(word)
    assert (info.title, info.base, info.acting, info.deputy, info.executive, info.rank,
            info.body) == (title, base, acting, deputy, executive, rank, body)


def test_titles_title_info_endings_and_unknown():
    assert title_info("厅长").endings == ("厅",)
    assert "检察院" in title_info("检察长").endings
    assert title_info("局长").endings and title_info("书记").endings == ()
    assert title_info("任务") is None and title_info("代理") is None
    assert is_rank("巡视员") and not is_rank("局长")


# phrase, jurisdiction, title, body as written, canonical org ('-' = unresolved)
POSTS = [
    ("镇党委书记", ANLAN, "书记", "镇党委", "中共重庆市巴南区安澜镇委员会"),
    ("镇党委副书记", ANLAN, "副书记", "镇党委", "中共重庆市巴南区安澜镇委员会"),
    ("镇长", ANLAN, "镇长", "镇政府", "重庆市巴南区安澜镇人民政府"),
    ("副镇长", ANLAN, "副镇长", "镇政府", "重庆市巴南区安澜镇人民政府"),
    ("安澜镇党委书记", BANAN, "书记", "安澜镇党委", "中共重庆市巴南区安澜镇委员会"),
    ("街道党工委副书记", "重庆市巴南区花溪街道", "副书记", "街道党工委",
     "中共重庆市巴南区花溪街道工作委员会"),
    ("省委书记", ZJ, "书记", "省委", "中共浙江省委员会"),
    ("省长", ZJ, "省长", "省政府", "浙江省人民政府"),
    ("常务副省长", ZJ, "常务副省长", "省政府", "浙江省人民政府"),
    ("浙江省省长", None, "省长", "浙江省政府", "浙江省人民政府"),
    ("浙江省人民政府副省长", None, "副省长", "浙江省人民政府", "浙江省人民政府"),
    ("区委副书记", ZJ, "副书记", "区委", "中共浙江省杭州市西湖区委员会"),
    ("市委常委", ZJ, "常委", "市委", "中共浙江省杭州市委员会"),
    ("浙江省教育厅厅长", None, "厅长", "浙江省教育厅", "浙江省教育厅"),
    ("省教育厅副厅长", ZJ, "副厅长", "省教育厅", "浙江省教育厅"),
    ("自治区主席", "内蒙古自治区", "主席", "自治区政府", "内蒙古自治区人民政府"),
    ("州长", "湖北省恩施土家族苗族自治州", "州长", "州政府", "湖北省恩施土家族苗族自治州人民政府"),
    ("恩施州州长", None, "州长", "恩施州政府", "湖北省恩施土家族苗族自治州人民政府"),
    ("盟长", "内蒙古自治区锡林郭勒盟", "盟长", "盟行署", "内蒙古自治区锡林郭勒盟行政公署"),
    ("旗长", "内蒙古自治区鄂尔多斯市达拉特旗", "旗长", "旗政府",
     "内蒙古自治区鄂尔多斯市达拉特旗人民政府"),
    ("国务院总理", None, "总理", "国务院", "中华人民共和国国务院"),
    ("教育部部长", None, "部长", "教育部", "中华人民共和国教育部"),
    ("全国人大常委会委员长", None, "委员长", "全国人大常委会", "全国人民代表大会常务委员会"),
    ("区政府党组成员", BANAN, "党组成员", "区政府", "重庆市巴南区人民政府"),
    ("重庆理工大学党委书记", BANAN, "党委书记", "重庆理工大学", "重庆理工大学"),
    # unresolved: the level marker has no place in the jurisdiction — never guessed
    ("镇党委书记", None, "书记", "镇党委", "-"),
    ("区长", "浙江省杭州市", "区长", "区政府", "-"),
    ("县长", None, "县长", "县政府", "-"),
]


@pytest.mark.parametrize("phrase, jur, title, body, org", POSTS, ids=[f"{p[1]}:{p[0]}" for p in POSTS])
def test_titles_post_body(phrase, jur, title, body, org):
    got = post_body(phrase, jur)
    assert got is not None
    assert (got.title, got.body_text, got.org) == (title, body, None if org == "-" else org)


def test_titles_post_body_acting_rank_and_refusals():
    acting = post_body("代理县长", "浙江省杭州市桐庐县")
    assert acting.title == "县长" and acting.acting and acting.org == "浙江省杭州市桐庐县人民政府"
    assert post_body("区政府代区长", BANAN).acting
    assert post_body("一级巡视员", BANAN).rank
    assert post_body("浙江省教育局厅长") is None  # a 厅长 belongs to a 厅
    assert post_body("区政协主席", BANAN).org == "中国人民政治协商会议重庆市巴南区委员会"
    assert post_body("主席", "内蒙古自治区").org is None  # a bare 主席 heads no government
    assert post_body("任务", BANAN) is None


def test_titles_split_post_is_unchanged():
    """split_post keeps its issue-4 contract: longest known title at the end."""
    assert split_post("重庆市巴南区人民法院民事审判一庭副庭长") == PostPhrase(
        "重庆市巴南区人民法院民事审判一庭", "副庭长")
    assert split_post("区委书记") == PostPhrase("区委", "书记")
    assert split_post("区公安分局党委书记") == PostPhrase("区公安分局", "党委书记")
    assert split_post("区政府副区长(兼)") == PostPhrase("区政府", "副区长", True)
    assert split_post("浙江省人民政府副省长") == PostPhrase("浙江省人民政府", "副省长")
    assert split_post("没有职务") is None


@pytest.mark.parametrize("title, jur, org", [
    ("副区长", BANAN, "重庆市巴南区人民政府"),
    ("区长", BANAN, "重庆市巴南区人民政府"),
    ("副省长", "浙江省", "浙江省人民政府"),
    ("镇长", ANLAN, "重庆市巴南区安澜镇人民政府"),
    ("州长", "湖北省恩施土家族苗族自治州", "湖北省恩施土家族苗族自治州人民政府"),
    ("副省长", ZJ, None),  # a district's document: the province's post must be written out
    ("副市长", BANAN, None),
    ("主席", "内蒙古自治区", None),
    ("副区长", None, None),
])
def test_titles_implied_org(title, jur, org):
    assert implied_org(title, jur) == org
