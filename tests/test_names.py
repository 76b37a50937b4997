"""kg.names: the names officials write."""

from __future__ import annotations

import pytest

from kg.names import clean_name, is_list_name, is_person_name, split_names


@pytest.mark.parametrize("raw,name", [
    ("王    俊", "王俊"), ("胡 云", "胡云"), ("张三（女）", "张三"), ("王涛（兼）", "王涛"),
    ("马伟（回族）", "马伟"), ("李四(女、蒙古族)", "李四"), ("买买提•艾力", "买买提·艾力"),
    ("程晋意同志", "程晋意"),
])
def test_names_clean_name(raw, name):
    assert clean_name(raw) == name


@pytest.mark.parametrize("name", ["王强", "王晓一", "欧阳明", "司马相如", "买买提·艾力",
                                  "约尔古丽·加帕尔", "铁力瓦尔迪·阿不都热西提", "帕巴拉·格列朗杰"])
def test_names_accepted(name):
    assert is_person_name(name)


@pytest.mark.parametrize("text", ["王强同志", "任命王强", "王强为", "王俊出席", "的·人", "·艾力",
                                  "王强·", "王", "王强等人", "和镇", "和县", "代表"])
def test_names_refused(text):
    assert not is_person_name(text)


def test_names_list_items_without_surname_only_in_lists():
    assert not is_person_name("阿沛晋美") and is_list_name("阿沛晋美")  # 阿沛: no listed name part
    assert not is_list_name("副主任") and not is_list_name("全体同志") and not is_list_name("出席会议")


def test_names_split_names():
    assert split_names("程晋意、黄强两位同志") == ["程晋意", "黄强"]
    assert split_names("王强、副主任") == []


@pytest.mark.parametrize("name", ["强卫", "宇文杰", "花建慧", "谌贻琴", "栗战书", "嵇世山", "濮阳兴", "司空明"])
def test_names_surnames_of_the_baijiaxing(name):
    """kg/data/surnames.txt is extended by tools/surnames_baijiaxing.py (百家姓 + a short list)."""
    assert is_person_name(name)


@pytest.mark.parametrize("text", ["班子", "谈话", "国家", "东方", "于是"])
def test_names_word_starts_left_out_of_the_surname_table(text):
    assert not is_person_name(text)


def test_names_marks_with_concurrent_after_an_ethnicity():
    assert clean_name("杨晶（蒙古族、兼）") == "杨晶"


@pytest.mark.parametrize("text", ["张三已", "李四仍", "王五还", "赵六现"])
def test_names_an_adverb_before_a_verb_is_not_part_of_the_name(text):
    """此前，张三已任江西省副省长 / 李四仍任… / 赵六现任…: the adverb ends the name."""
    from kg.names import is_person_name

    assert not is_person_name(text)


def test_names_two_names_joined_by_he():
    """和 joins two names (免去张勇和毕井泉的…职务); a name never holds 和, so nothing is cut."""
    assert split_names("张勇和毕井泉") == ["张勇", "毕井泉"]
    assert split_names("王强和李明、赵刚") == ["王强", "李明", "赵刚"]
    assert split_names("王小和") == []


def test_names_he_list_gives_an_act_for_each_name():
    from kg.extract import merge_facts
    from kg.extract.acts import extract_acts
    from kg.reading import document_from_text

    doc = document_from_text("国务院任免国家工作人员。免去张勇和毕井泉的国务院副秘书长职务。", path="t.txt")
    facts = {(f.kind, f.person, f.title) for f in merge_facts(extract_acts(doc))}
    assert facts == {("remove", "张勇", "副秘书长"), ("remove", "毕井泉", "副秘书长")}


@pytest.mark.parametrize("name,ok", [
    ("扎西平措", True), ("次仁卓玛", True), ("乌云其木格", True), ("那顺孟和", True), ("尼玛卓玛", True),
    ("扎西", False),  # one part alone is no name
    ("乌兰察布", False), ("格桑花开", False), ("扎西平措书记", False),
])
def test_names_tibetan_and_mongolian_names_without_surname(name, ok):
    """kg/data/minority_name_parts.txt: a name made of two or more known parts (no Han surname)."""
    assert is_person_name(name) is ok


def test_names_minority_name_read_after_its_title():
    from kg.extract import extract_document
    from kg.reading import document_from_text

    doc = document_from_text("锡林郭勒盟委书记那顺孟和、盟长乌云其木格出席。", path="t.txt")
    assert {(f.person, f.title) for f in extract_document(doc)} >= {("那顺孟和", "书记"), ("乌云其木格", "盟长")}
