"""Rosters of other places, session 20 (issue 9, roster genre): table rows 'post | names |', holders
with their tenure one a line (an item broken inside its bracket, (兼…) concurrent), wiki tables
flattened to single-space cells with their merged cells left out (kg.extract.pair_rows,
kg.extract.infobox; examples and negatives in kg/data/pair_rows.yaml and kg/data/infobox.yaml run by
tests/test_roster19.py and tests/test_infobox.py; made-up variants of the shapes met in corpus/dev
roster-*-121…124 here)."""

from __future__ import annotations

from kg.extract import extract_document
from conftest import doc_as_written


def _holds(text: str, jur: str | None):
    return [f for f in extract_document(doc_as_written(text, jur)) if f.kind == "hold"]


def _keys(text: str, jur: str | None):
    return {(f.person, f.title, f.org) for f in _holds(text, jur)}


def test_pipe_rows_of_several_bodies_and_places():
    text = ("各省级行政区党委副书记 | |\n中国共产党浙江省委员会副书记 | 王浩 、黄建发 |\n"
            "中国共产党内蒙古自治区委员会副书记 | 王莉霞(女,蒙古族) |\n中国共产党江苏省委员会副书记 | 许昆林 |\n")
    assert _keys(text, None) == {("王浩", "副书记", "中共浙江省委员会"), ("黄建发", "副书记", "中共浙江省委员会"),
                                 ("王莉霞", "副书记", "中共内蒙古自治区委员会"), ("许昆林", "副书记", "中共江苏省委员会")}


def test_pipe_rows_under_a_body_heading():
    text = "中共建德市委员会\n副书记 | 赵一鸣、钱多多 |\n常委 | 孙立平 |\n"
    got = _keys(text, "浙江省杭州市建德市")
    assert ("赵一鸣", "副书记", "中共浙江省杭州市建德市委员会") in got
    assert ("孙立平", "常委", "中共浙江省杭州市建德市委员会") in got


def test_a_pipe_row_of_no_names_or_an_act_gives_nothing():
    assert _keys("县委书记 | 待定 |\n议程 | 张建国讲话 |\n", "浙江省杭州市淳安县") == set()
    assert _keys("拟任副县长 | 赵一鸣 |\n", "浙江省杭州市淳安县") == set()


def test_a_tenure_item_broken_inside_its_bracket_is_one_item_and_concurrent():
    facts = _holds("局长:\n周建平(1980.3~1984.2)\n吴立德(兼1984.3~\n1986.12)\n郑海涛(1987.1~1990.5)\n", None)
    by = {f.person: f for f in facts}
    assert set(by) == {"周建平", "吴立德", "郑海涛"}
    assert (by["吴立德"].start, by["吴立德"].end, by["吴立德"].concurrent) == ("1984-03", "1986-12", True)
    assert by["郑海涛"].title == "局长" and not by["郑海涛"].concurrent


def test_flattened_wiki_table_carries_merged_cells_and_marks_acting():
    text = ("校名 职务 姓名 就任日期 离任日期 备注\n省立临江师范学校 校长 陈国华 1950年2月6日[1] 1952年6月8日\n"
            "代理校长[3] 林佩英1952年6月[3] 1953年1月\n省立临江师范学院 院长 1953年1月 1958年3月 改校名\n")
    facts = _holds(text, "浙江省杭州市淳安县")
    got = {(f.person, f.title, f.start, f.end, bool(f.acting)) for f in facts}
    assert ("陈国华", "校长", "1950-02-06", "1952-06-08", False) in got
    assert ("林佩英", "校长", "1952-06", "1953-01", True) in got
    assert ("林佩英", "院长", "1953-01", "1958-03", False) in got  # the name left out is the row before's


def test_flattened_table_never_carries_a_holder_past_a_vacancy_or_into_prose():
    text = ("单位 职务 姓名 就任日期 离任日期 备注\n临江县税务局 局长 陈国华 1983年5月 1987年3月\n"
            "职务空缺 1987年3月 1988年1月 由副局长主持\n局长 1988年1月 1990年2月\n")
    assert {(f.person, f.start) for f in _holds(text, "浙江省杭州市淳安县")} == {("陈国华", "1983-05")}
    prose = "校名 职务 姓名 就任日期 离任日期 备注\n该校1950年2月成立，陈国华 1950年2月 任校长一职\n"
    assert _holds(prose, "浙江省杭州市淳安县") == []


def test_transliterated_names_run_together_give_no_piece_of_a_name():
    # (fixed after half B, roster-central-127: the pieces were read as two false names)
    text = "中国人民政治协商会议全国委员会\n副主席：彭真、帕巴拉·格列朗杰阿沛·阿旺晋美、买买提·艾力\n"
    assert _keys(text, None) == {("彭真", "副主席", "中国人民政治协商会议全国委员会"),
                                 ("买买提·艾力", "副主席", "中国人民政治协商会议全国委员会")}
    text = "政协淳安县委员会\n副主席：李明华、阿依古丽·买买提吐尔逊·艾力\n"
    assert {p for p, _t, _o in _keys(text, "浙江省杭州市淳安县")} == {"李明华"}


def test_a_label_line_over_names_in_other_bodies_and_places():
    text = "临安区财政局\n副局长\n周海燕　吴立德\n"
    assert _keys(text, "浙江省杭州市临安区") == {("周海燕", "副局长", "浙江省杭州市临安区财政局"),
                                              ("吴立德", "副局长", "浙江省杭州市临安区财政局")}
    text = "区人大常委会\n副主任：\n郑海涛、陈国华\n"
    got = _keys(text, "浙江省杭州市临安区")
    assert {p for p, _t, _o in got} == {"郑海涛", "陈国华"}


def test_a_single_name_or_a_non_name_line_under_a_label_is_not_this_readers():
    facts = _holds("副县长\n讲话　强调\n", "浙江省杭州市淳安县")
    assert facts == []
    # one name under the label: kg.extract.people_lists reads it (not a second fact)
    facts = _holds("淳安县人民政府\n县长\n王强\n", "浙江省杭州市淳安县")
    assert [(f.person, f.title) for f in facts] == [("王强", "县长")]


def test_a_wrapped_holder_and_a_continued_unit_in_other_places():
    from kg.reading import document_from_text

    def read(text, jur):  # normalized as kg reads a file (indents and full-width gaps go)
        doc = document_from_text(text, "t.txt")
        doc.jurisdiction, doc.date, doc.year = jur, None, None
        return {(f.person, f.title, f.org) for f in extract_document(doc) if f.kind == "hold"}

    got = read("临安区教育局\n局长　周海燕\n副局长　吴立德\n　　　　郑海涛（挂职）\n", "浙江省杭州市临安区")
    assert ("郑海涛", "副局长", "浙江省杭州市临安区教育局") in got
    got = read("单位 | 职务 | 姓名 |\n区财政局 | 局长 | 周海燕 |\n | 副局长 | 吴立德 |\n", "浙江省杭州市临安区")
    assert ("吴立德", "副局长", "浙江省杭州市临安区财政局") in got
    # a name line that opens a name-first run is not a wrapped holder
    got = read("区委书记　周海燕\n吴立德\n区长\n", "浙江省杭州市临安区")
    assert ("吴立德", "书记", "中共浙江省杭州市临安区委员会") not in got


def test_columns_of_labels_over_names_in_another_place():
    text = "区委书记 区长 区人大常委会主任\n周海燕 吴立德 郑海涛\n"
    assert _keys(text, "浙江省杭州市临安区") == {("周海燕", "书记", "中共浙江省杭州市临安区委员会"),
                                              ("吴立德", "区长", "浙江省杭州市临安区人民政府"),
                                              ("郑海涛", "主任", "浙江省杭州市临安区人民代表大会常务委员会")}
    assert _keys("区委书记 区长 区人大常委会主任\n周海燕 吴立德\n", "浙江省杭州市临安区") == set()


def test_party_posts_of_a_bureau_and_townships_in_another_county():
    got = _keys("临安区教育局领导班子\n党委书记、局长：周海燕\n党委委员、副局长：吴立德\n", "浙江省杭州市临安区")
    assert ("周海燕", "党委书记", "浙江省杭州市临安区教育局") in got and ("吴立德", "副局长", "浙江省杭州市临安区教育局") in got
    got = _keys("昌化镇 党委书记 周海燕 镇长 吴立德\n", "浙江省杭州市临安区")
    assert ("吴立德", "镇长", "浙江省杭州市临安区昌化镇人民政府") in got


def test_a_padded_row_the_normalizer_closed_up_is_read_under_its_body():
    from kg.reading import document_from_text

    def read(text, jur):
        doc = document_from_text(text, "t.txt")
        doc.jurisdiction, doc.date, doc.year = jur, None, None
        return {(f.person, f.title, f.org) for f in extract_document(doc) if f.kind == "hold"}

    got = read("临安区教育局\n局　长　周海燕\n副局长　吴立德\n", "浙江省杭州市临安区")
    assert ("周海燕", "局长", "浙江省杭州市临安区教育局") in got
    got = read("浙江省民政厅\n厅　长　吴立德\n", "浙江省")
    assert ("吴立德", "厅长", "浙江省民政厅") in got
    # written glued in the source: running text, no row (and no crash at the end of the text): the
    # mention only, with no body (session 36)
    assert read("临安区教育局\n局长周海燕讲\n", "浙江省杭州市临安区") == {("周海燕", "局长", None)}
