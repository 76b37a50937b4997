"""Session 21 (lead engineer): a title, then its holders as a list — 名单为 / 包括 as the intro,
the last holder after 和, and no body made of a clause (…全会选出中央政治局)."""

from __future__ import annotations

import pytest

from conftest import holds_read

GD = {"黄坤明 常委 中共广东省委员会", "王伟中 常委 中共广东省委员会", "林克庆 常委 中共广东省委员会"}


@pytest.mark.parametrize("text", [
    "新一届广东省委常委名单为：黄坤明、王伟中、林克庆。",
    "新一屆廣東省委常委名單為：黃坤明、王偉中、林克慶。",
    "新一届广东省委常委包括黄坤明、王伟中、林克庆。",
    "新一届广东省委常委依次为黄坤明、王伟中和林克庆。",
])
def test_a_title_then_its_holders(text):
    assert GD <= holds_read(text)


def test_the_last_after_he_only_when_the_sentence_ends():
    assert "李希 常委 中共中央政治局" in holds_read("七名政治局常委依次为习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥和李希。")
    assert not any(f.startswith("王五") for f in holds_read("副市长张三、李四和王五一行到村里调研。"))


def test_no_body_made_of_a_clause():
    facts = holds_read("中共二十届一中全会选出中央政治局常委：习近平、李强、赵乐际。")
    assert not any("选出" in f for f in facts)


def test_a_list_heading_over_a_line_of_names():
    facts = holds_read("宜春市人民政府副市长名单\n周文 吴刚 郑敏\n")
    assert {"周文 副市长 江西省宜春市人民政府", "郑敏 副市长 江西省宜春市人民政府"} <= facts
