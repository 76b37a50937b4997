"""News breadth, session 21 ("other title" / "title nested" misses of the dev gold outside the bio,
trad, roster, chronicle and electbio genres): kg had the person, but not this post. The
constructions built are those found on four or more different dev documents; each is tried on the
dev sentence's shape, on made-up variants (other names, places, titles) and on sentences that must
give nothing.

- a career step dated to its year or month whose name carries what the news says of it before
  (任职一年多的 / 时年37岁的 / 时任…的, or 时任 and the posts then held) or an adverb after (进一步):
  career shape dated_modified, and the next step `，并随后担任…` (shape continued);
- the subject of a career clause named before it with what it is or what is said of it:
  `POST NAME为/是…，此前担任…`, `…是一名“老北大人”。他从北大毕业后，曾任…`, `POST NAME，此前担任…`,
  `…的NAME此前为…`, `…的这个NAME，曾任…`, `NAME1982年于北大毕业后，曾任…` (kg.extract.careers subjects,
  career shape before);
- a membership of a central body written with its term, on in a list (`是十六届中央候补委员，第十四届中纪委委员，
  第八届全国政协常务委员、九届全国政协委员`), written in full (`中国共产党第十八届、第十九届中央委员会候补委员`) or among
  other posts (`…、省纪委书记、二十届中央纪委委员`): career shape cc_member, kg.extract.careers TERM_RE.
"""

from __future__ import annotations

from kg.extract.holds import extract_holds
from kg.reading import document_from_text


def _read(text: str):
    return [f for f in extract_holds(document_from_text(text, "title_news21.txt")) if f.kind == "hold"]


def _keys(text: str):
    return {(f.person, f.title, f.org) for f in _read(text)}


def _career(text: str, shape: str):
    return {(f.person, f.title, f.org) for f in _read(text) if (f.notes or {}).get("career") == shape}


# -- a dated career step with a modifier before the name or an adverb after it ---------------------------------


def test_a_dated_step_after_a_modifier_of_the_name():
    text = "2013年4月，任职一年多的张敬华履新江苏省政府秘书长、党组成员。"
    assert _career(text, "dated_modified") == {("张敬华", "秘书长", "江苏省人民政府"),
                                                ("张敬华", "党组成员", "江苏省人民政府")}
    facts = [f for f in _read(text) if f.person == "张敬华"]
    assert {(f.start, f.former) for f in facts} == {("2013-04", True)}
    got = _keys("2013年初，时年37岁的李世峰履新南京市政府外事办公室主任，是当时南京市政府41个组成部门一把手中最年轻的一位。")
    assert ("李世峰", "主任", "江苏省南京市人民政府外事办公室") in got
    # made-up variants: another modifier, place and verb
    got = _keys("2018年3月，在基层工作多年的李某军调任湖南省衡阳市委常委、组织部部长。")
    assert {("李某军", "常委", "中共湖南省衡阳市委员会"), ("李某军", "部长", "中共湖南省衡阳市委员会组织部")} <= got
    got = _keys("2016年9月，年仅42岁的王某霞升任江西省赣州市副市长。")
    assert ("王某霞", "副市长", "江西省赣州市人民政府") in got


def test_a_dated_step_after_the_posts_then_held():
    text = ("黑龙江省委常委缺员多人。2023年12月，时任省纪委书记、省监委主任张巍转任河南省委常委、省纪委书记，"
            "时任常务副省长王一新落马。")
    got = _career(text, "dated_modified")
    assert got == {("张巍", "常委", "中共河南省委员会"), ("张巍", "书记", "中共河南省纪律检查委员会")}
    # the posts then held stay the mention reader's former holdings (the name is not consumed by the clause)
    then = {(f.person, f.title) for f in _read(text) if (f.notes or {}).get("mention")}
    assert {("张巍", "书记"), ("张巍", "主任")} <= then
    # a variant: the posts then held before 的
    got = _keys("2019年6月，时任长沙市副市长的王某明调任湖南省湘潭市委副书记。")
    assert ("王某明", "副书记", "中共湖南省湘潭市委员会") in got
    assert ("王某明", "副市长", "湖南省长沙市人民政府") in got  # (held_by, as before)


def test_a_dated_step_with_an_adverb_and_the_next_step():
    text = ("2018年2月，鲁霞光调任衢州市开化县委副书记、县长。2020年5月，他进一步接任开化县委书记，"
            "并随后担任衢州市委副秘书长、一级调研员。")
    got = _keys(text)
    assert ("鲁霞光", "书记", "中共浙江省衢州市开化县委员会") in got
    assert ("鲁霞光", "副秘书长", "中共浙江省衢州市委员会") in got
    # a variant: another adverb, place and post
    got = _keys("2015年1月，赵某东调任安徽省芜湖市副市长。2017年3月，他再次转任安徽省铜陵市委常委、常务副市长。")
    assert {("赵某东", "常委", "中共安徽省铜陵市委员会"), ("赵某东", "常务副市长", "安徽省铜陵市人民政府")} <= got


def test_no_dated_step_without_posts_or_name():
    assert _career("2013年4月，任职一年多的张某华履新后表示，将尽快熟悉情况。", "dated_modified") == set()
    assert _career("2012年3月，主政镇江4年的市委书记许某荣升任江苏省副省长，时任徐州市市长的张某华接任。",
                   "dated_modified") == set()
    assert _career("2020年5月，他进一步接任领导工作。", "dated_modified") == set()
    assert _career("2021年8月，新当选的代表进一步明确任务。", "dated_modified") == set()
    assert _keys("2019年5月，刚刚成立的工作专班随即转任各项任务。") == set()


# -- the subject of a career clause named before it -----------------------------------------------------------


def test_a_post_and_name_with_what_it_is_then_its_former_posts():
    text = "从调动的岗位来看，山东省委书记刘家义为中央“空降”干部，此前担任审计署党组书记、审计长。"
    assert _career(text, "before") == {("刘家义", "党组书记", "中华人民共和国审计署"),
                                       ("刘家义", "审计长", "中华人民共和国审计署")}
    text = "黑龙江省委书记张庆伟为异地调任，此前担任河北省委副书记，省政府省长、党组书记。"
    assert _career(text, "before") == {("张庆伟", "副书记", "中共河北省委员会"), ("张庆伟", "省长", "河北省人民政府"),
                                       ("张庆伟", "党组书记", "河北省人民政府")}
    assert all(f.former for f in _read(text) if (f.notes or {}).get("career") == "before")
    # variants: a name of two characters; another place, 是 and 曾任
    got = _career("江西省委书记李强为本地提拔，此前担任江西省省长。", "before")
    assert got == {("李强", "省长", "江西省人民政府")}
    got = _career("湖南省长毛某明是本地提拔的干部，曾任湖南省委常委、长沙市委书记。", "former_list")
    assert got == {("毛某明", "常委", "中共湖南省委员会"), ("毛某明", "书记", "中共湖南省长沙市委员会")}


def test_a_name_said_of_then_he_graduated_and_held():
    text = ("据悉，新任北京大学党委书记邱水平是一名“老北大人”。他从北大毕业后，曾任北京大学团委书记、学生工作部部长，"
            "北京市朝阳区副区长，平谷区委副书记、区长、区委书记，北京市委副秘书长、政法委常务副书记。"
            "同样，郝平1982年于北大毕业后，曾任北京大学副校长，北京外国语大学校长，教育部党组成员、副部长。")
    got = _career(text, "former_list")
    assert {("邱水平", "副区长", "北京市朝阳区人民政府"), ("邱水平", "区长", "北京市平谷区人民政府"),
            ("邱水平", "副书记", "中共北京市平谷区委员会"), ("邱水平", "副秘书长", "中共北京市委员会")} <= got
    assert {("郝平", "副校长", "北京大学"), ("郝平", "校长", "北京外国语大学"),
            ("郝平", "副部长", "中华人民共和国教育部")} <= got
    assert not any(p == "郝平" and t == "副区长" for p, t, _ in got)
    # a variant: 她, another university
    got = _keys("新任浙江大学党委书记任某红是一名“老浙大人”。她从浙大毕业后，曾任浙江大学副校长，浙江省教育厅厅长。")
    assert {("任某红", "副校长", "浙江大学"), ("任某红", "厅长", "浙江省教育厅")} <= got


def test_a_post_and_name_then_its_post_before():
    got = _career("许宁生并无多少复旦经历。现任复旦大学党委书记朱之文，此前担任厦门大学党委书记。", "before")
    assert got == {("朱之文", "党委书记", "厦门大学")}
    got = _career("现任江西省南昌市委书记李某，此前担任江西省赣州市市长。", "before")
    assert got == {("李某", "市长", "江西省赣州市人民政府")}


def test_a_name_after_de_then_this_name():
    got = _keys("而实际上，新任副秘长的汪洋此前为青海省委常委、省纪委书记。与前主席同姓同名。")
    assert ("汪洋", "书记", "中共青海省纪律检查委员会") in got
    got = _keys("公开资料显示，新任命的这个汪洋，曾任四川省交通厅长、交通运输部副部长，后调任青海。")
    assert ("汪洋", "副部长", "中华人民共和国交通运输部") in got
    # variants
    got = _keys("新任市长的王某军此前为湖北省襄阳市委常委、常务副市长。")
    assert {("王某军", "常委", "中共湖北省襄阳市委员会"), ("王某军", "常务副市长", "湖北省襄阳市人民政府")} <= got
    got = _keys("新提名的这位刘某，曾任江西省水利厅厅长。")
    assert ("刘某", "厅长", "江西省水利厅") in got


def test_no_subject_from_a_predicate_without_a_career_clause():
    # a name after its post and 为 / 是, with no career clause after: nothing but the mention
    assert _keys("市委书记张某为大会作报告。") <= {("张某", "书记", None)}
    got = _read("山东省委书记张某为获奖者颁奖，此前已公布获奖名单。")
    assert [f for f in got if (f.notes or {}).get("career")] == []
    got = _read("会议由山东省省长李某主持，此前为预备会议。")
    assert [f for f in got if (f.notes or {}).get("career")] == []
    got = _read("新任命的这个项目，曾任务繁重。")
    assert got == []


# -- memberships of central bodies written with their terms ----------------------------------------------------


def test_a_membership_list_goes_on_term_by_term():
    text = ("张宝顺，男，1950年11月生。2005年7月任中共山西省委书记。\n"
            "是十六届中央候补委员，第十四届中纪委委员，第八届全国政协常务委员、九届全国政协委员。")
    got = _career(text, "cc_member")
    assert got == {("张宝顺", "候补委员", "中共中央委员会"), ("张宝顺", "委员", "中共中央纪律检查委员会"),
                   ("张宝顺", "常务委员", "中国人民政治协商会议全国委员会"),
                   ("张宝顺", "委员", "中国人民政治协商会议全国委员会")}
    # a variant: another person, members of the central committee then of the commission
    got = _career("刘某华，男，1958年3月生。他是十九届中央委员，十八届中央纪委委员。", "cc_member")
    assert got == {("刘某华", "委员", "中共中央委员会"), ("刘某华", "委员", "中共中央纪律检查委员会")}


def test_a_membership_written_in_full_and_among_posts():
    text = ("金东寒，男，1961年1月出生，中共党员。2017年9月至今任上海大学党委书记、校长。"
            "中国共产党第十八届、第十九届中央委员会候补委员。")
    assert _career(text, "cc_member") == {("金东寒", "候补委员", "中共中央委员会")}
    got = _keys("而实际上，新任副秘长的汪洋此前为青海省委常委、省纪委书记、二十届中央纪委委员。")
    assert ("汪洋", "委员", "中共中央纪律检查委员会") in got
    got = _keys("王某国是中共第十九届中央委员会委员。")
    assert ("王某国", "委员", "中共中央委员会") in got


def test_no_membership_without_a_member():
    assert _keys("中共第十九届中央委员会第四次全体会议召开。") == set()
    assert _keys("十四届中纪委委员会议听取了报告。") == set()
    assert _keys("第八届全国政协常务委员会会议闭幕。") == set()


# -- precision: posts that describe another person, a word that is no name ---------------------------------------


def test_posts_before_another_persons_name_are_not_the_subjects():
    text = ("2012年3月，主政镇江4年的市委书记许津荣升任江苏省副省长，时任徐州市市长的张敬华接任；2013年4月，任职一年多的"
            "张敬华履新江苏省政府秘书长、党组成员，曾担任过镇江市委副书记、时任连云港市市长的杨省世继任镇江市委书记。")
    got = _keys(text)
    assert ("张敬华", "副书记", "中共江苏省镇江市委员会") not in got
    assert ("张敬华", "秘书长", "江苏省人民政府") in got
    # a variant: another place and person
    got = _keys("李某华，男，1965年生。2016年，他调任湖南省株洲市副市长，曾担任过湘潭市委副书记、时任株洲市市长的刘某明继任湘潭市委书记。")
    assert ("李某华", "副书记", "中共湖南省湘潭市委员会") not in got
    assert ("李某华", "副市长", "湖南省株洲市人民政府") in got


def test_a_heading_word_is_no_name():
    text = "吉林省人民政府副省长吴靖平。\n高知副省长\n根据公开履历，吴靖平生于1963年8月，为经济学博士。"
    assert not any(p == "高知" for p, _, _ in _keys(text))
