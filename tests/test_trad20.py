"""Traditional-character pages, session 20 (issue 9, the trad genre): constructions found on new
pages of the genre, each read on made-up variants (other names, places, titles) and on sentences
that must give nothing or something else."""

from __future__ import annotations

import pytest
from conftest import acts_read, holds_read

_acts, _holds = acts_read, holds_read  # (tests/conftest.py: the strings these tests compare)


# -- 拟任 A为…: the verb 拟任, never a name 任A (任 is a surname) ---------------------------------------
@pytest.mark.parametrize("text,fact", [
    ("經省委研究,擬任張偉為湖州市委書記。", "appoint proposed 张伟 书记 中共浙江省湖州市委员会"),
    ("擬任王芳同志為杭州市副市長。", "appoint proposed 王芳 副市长 浙江省杭州市人民政府"),
    ("经研究，拟任刘强为郑州市公安局局长。", "appoint proposed 刘强 局长 河南省郑州市公安局"),
    # a person whose surname is 任 after 拟任 keeps it
    ("拟任任学锋为广州市委书记。", "appoint proposed 任学锋 书记 中共广东省广州市委员会"),
])
def test_niren_is_the_verb_not_part_of_the_name(text, fact):
    assert _acts(text) == {fact}


@pytest.mark.parametrize("text", ["拟任职务为县长。", "擬任職務一欄由組織部填寫。"])
def test_niren_zhiwu_names_no_one(text):
    assert _acts(text) == set()


# -- 继A后 / 继A之后: 后 closes the clause, it ends no name -------------------------------------------
@pytest.mark.parametrize("text,hold", [
    ("他也是繼省委組織部長夏杰後,第二位現任回族河南省委常委。", "夏杰 部长 中共河南省委员会组织部"),
    ("是继湖南省省长周强之后，全国范围内第二位“60后”地方大员。", "周强 省长 湖南省人民政府"),
    ("继江西省委宣传部部长王明后，他是第三位女部长。", "王明 部长 中共江西省委员会宣传部"),
])
def test_a_name_before_hou_of_ji_hou(text, hold):
    holds = _holds(text)
    assert hold in holds
    assert not any(h.split()[0].endswith("后") for h in holds)


def test_a_name_ending_in_hou_without_ji_is_kept():
    # (后 ends no name only inside 继…后; elsewhere a name may end so)
    assert _holds("昨日，河南省副省长王建后出席会议。") == {"王建后 副省长 河南省人民政府"}


# -- a career list: a 纪委 / 市委 after a department of a named city's committee is that city's -------
def test_career_list_bare_bodies_take_the_city_of_the_department_before():
    holds = _holds("张三，男，汉族。曾任郑州市委常委，此后历任洛阳市委宣传部长、纪委书记、市委副书记等，现任郑州市委书记。")
    assert "张三 书记 中共河南省洛阳市纪律检查委员会" in holds
    assert "张三 副书记 中共河南省洛阳市委员会" in holds
    assert "张三 部长 中共河南省洛阳市委员会宣传部" in holds
    assert not any("此后" in h for h in holds)
    assert "张三 副书记 中共河南省郑州市委员会" not in holds


def test_career_list_of_a_department_then_jiwei_of_another_city():
    holds = _holds("李四，男，1965年生。曾任开封市委组织部长、纪委书记，现任商丘市委副书记。")
    assert "李四 书记 中共河南省开封市纪律检查委员会" in holds


# -- 如 citing officials written with the post they left (原…): the change is made --------------------
def test_ru_with_the_post_left_is_done_without_it_a_list_of_examples_is_not():
    assert _acts("如湖北省黃岡市委原書記劉雪榮出任荊州市委書記。") == {
        "appoint decided 刘雪荣 书记 中共湖北省荆州市委员会"}
    assert _acts("这批干部中有22人在原单位变动。如区财政局副局长张三升任重庆市巴南区财政局局长。") == set()


# -- 提议: a proposal, unless a decision is taken upon it ---------------------------------------------
@pytest.mark.parametrize("text,fact", [
    ("省委提議,免去張三湖州市市長職務。", "remove proposed 张三 市长 浙江省湖州市人民政府"),
    ("市委建议，任命李四为温州市人民政府副市长。", "appoint proposed 李四 副市长 浙江省温州市人民政府"),
    ("根據主任會議的提議,會議決定任命李四為溫州市人民政府副市長。", "appoint decided 李四 副市长 浙江省温州市人民政府"),
    ("經市委提議,溫州市人大常委會決定任命王五為溫州市人民政府副市長。", "appoint decided 王五 副市长 浙江省温州市人民政府"),
    ("會議同意省委建議,任命趙六為溫州市人民政府副市長。", "appoint decided 赵六 副市长 浙江省温州市人民政府"),
])
def test_a_proposal_clause_before_the_act(text, fact):
    assert _acts(text) == {fact}


# -- 卸任 / 离任X的Y: the post Y has left (a former holding) ------------------------------------------
def test_the_post_left_before_de_name():
    holds = _holds("卸任鄭州市委書記的吳天君,今年59歲(1957年2月生),河南濮陽人。")
    assert holds == {"吴天君 书记 中共河南省郑州市委员会"}


def test_a_name_after_jieban_shengren_de_is_the_object_never_the_subject_of_the_next_clause():
    # "接班升任河南省副省长的赵建才，出任郑州市委副书记": the one who 出任 is the subject of the sentence
    # (马懿), never 赵建才 (whom he succeeded)
    holds = _holds("马懿，男，1959年4月生。2011年底重返郑州，接班升任河南省副省长的赵建才，出任郑州市委副书记。")
    assert not any(h.startswith("赵建才 副书记") for h in holds)


# -- 如 / 比如 / 例如 before a province opens no organization; 如东县 / 如皋市 stay places ---------------
@pytest.mark.parametrize("text,hold", [
    ("如河南省鶴壁市委原書記丁巍出任安陽市委書記。", "丁巍 书记 中共河南省鹤壁市委员会"),
    ("例如江蘇省如皋市委書記李四出席。", "李四 书记 中共江苏省南通市如皋市委员会"),
    ("如東縣委書記張三出席會議。", "张三 书记 中共江苏省南通市如东县委员会"),
])
def test_ru_before_a_place(text, hold):
    assert hold in _holds(text)


# -- the press of Taiwan and Hong Kong: 中共 before a state body, a region's head written short -------
@pytest.mark.parametrize("text,hold", [
    ("中共國家監委主任劉金國指出。", "刘金国 主任 国家监察委员会"),
    ("中共國家監察委員會主任劉金國指出。", "刘金国 主任 国家监察委员会"),
    ("中共最高人民法院院長張軍表示。", "张军 院长 最高人民法院"),
    ("澳門特區行政長官賀一誠表示。", "贺一诚 行政长官 澳门特别行政区"),
    ("香港行政長官梁振英出席會議。", "梁振英 行政长官 香港特别行政区"),
])
def test_press_forms_of_state_bodies(text, hold):
    assert _holds(text) == {hold}


def test_zhonggong_before_the_party_cmc_stays():
    assert _holds("中共中央軍委副主席張又俠出席。") == {"张又侠 副主席 中共中央军事委员会"}


# -- (from half B) a deputy's duty between the body and the title --------------------------------------
@pytest.mark.parametrize("text,hold", [
    ("中央組織部分管日常工作的副部長姜信治宣布中央決定并講話。", "姜信治 副部长 中共中央组织部"),
    ("浙江省政府主持日常工作的副省长李四出席。", "李四 副省长 浙江省人民政府"),
])
def test_daily_duty_between_body_and_title(text, hold):
    assert _holds(text) == {hold}


# -- (older trad dev pages) the body a post belongs to: 原 after a tribunal, 处 inside a 司, 中共 before a ministry
@pytest.mark.parametrize("text,hold", [
    ("荊州市中級人民法院民一庭原庭長沈維瓊被查。", "沈维琼 庭长 湖北省荆州市中级人民法院民一庭"),
    ("王毅，男，1953年生。先后任外交部亚洲司副处长、处长。", "王毅 副处长 中华人民共和国外交部亚洲司"),
    ("许达哲，男，1956年生。曾任中共工业和信息化部副部长、党组副书记。", "许达哲 副部长 中华人民共和国工业和信息化部"),
    ("张三，男，1960年生。曾任湖北省公安厅副处长。", "张三 副处长 湖北省公安厅"),
])
def test_the_body_of_a_post_in_press_and_career_forms(text, hold):
    assert hold in _holds(text)


@pytest.mark.parametrize("text,hold", [
    ("中共浙江省委組織部部長李四出席。", "李四 部长 中共浙江省委员会组织部"),
    ("中共中央組織部副部長王五出席。", "王五 副部长 中共中央组织部"),
])
def test_zhonggong_before_a_party_department_stays(text, hold):
    assert _holds(text) == {hold}


# -- (older trad dev pages) 等职务 / 等职 closes the posts of an act ---------------------------------------
@pytest.mark.parametrize("text,fact", [
    ("中共中央今天公布,強衛不再擔任江西省委書記等職務。", "remove decided 强卫 书记 中共江西省委员会"),
    ("湖北省省長王國生升任青海省委書記等職。", "appoint decided 王国生 书记 中共青海省委员会"),
    ("会议决定，免去张三的浙江省教育厅厅长等职务。", "remove decided 张三 厅长 浙江省教育厅"),
])
def test_deng_zhiwu_closes_the_posts(text, fact):
    assert _acts(text) == {fact}


def test_the_direction_of_a_move_between_name_and_verb():
    assert _acts("黑龍江省長陸昊調任自然資源部部長,張慶偉則北上出任黑龍江省委書記。") == {
        "appoint decided 陆昊 部长 中华人民共和国自然资源部", "appoint decided 张庆伟 书记 中共黑龙江省委员会"}


# -- (older trad dev pages) national bodies by their press names, a Mongolian name, a caption's mark ---
@pytest.mark.parametrize("text,hold", [
    ("圖為中紀委書記王岐山(左)。", "王岐山 书记 中共中央纪律检查委员会"),
    ("原吉林省委書記巴音朝魯出席。", "巴音朝鲁 书记 中共吉林省委员会"),
    ("國家審計署審計長劉家義出席。", "刘家义 审计长 中华人民共和国审计署"),
    ("中國僑聯副主席李波出席。", "李波 副主席 中华全国归国华侨联合会"),
    ("國家電網董事長毛偉明出席。", "毛伟明 董事长 国家电网有限公司"),
])
def test_press_names_of_national_bodies_and_caption_marks(text, hold):
    assert _holds(text) == {hold}


def test_bayin_alone_and_a_place_are_no_names():
    from kg.names import is_person_name
    assert not is_person_name("巴音") and not is_person_name("巴音郭楞")


def test_counted_elected_names_ending_in_nian_and_without_surname():
    acts = _acts("会议选出了3名副主任。这3人分别是张三、唐英年、向巴平措。")
    assert {a.split()[2] for a in acts} == {"唐英年", "向巴平措", "张三"}
    # the names must be as many as the count
    assert _acts("会议选出了3名副主任。他们是张三、李四。") == set()
