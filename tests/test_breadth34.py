"""Session 34: gaps found on the development pages of round 22 (session 33's independent check, used as
development pages from this session on). Each: the construction, made-up variants and negatives. Clause
shapes carry their own examples in kg/data/act_shapes.yaml."""

from __future__ import annotations

from conftest import holds_read


# -- 1. a GB2312 yearbook's roster: 〓 for the gap, a title written once over all its holders

ROSTER = ("金乡县\n·领导人名录·\n县 委\n书 记〓曹某群\n张某明\n副书记〓李某记\n孙某民(挂职)\n常〓委〓付某琦\n"
          "李〓丽(女)\n县人大\n主〓任〓曹某群\n副主任〓侯某林\n马〓驰\n县武装部\n政〓委〓安某华\n赵某林\n"
          "·国民经济和社会发展综述·\n金乡县隶属山东省济宁市。\n")


def test_yearbook_roster_names_under_one_title():
    found = holds_read(ROSTER)
    county = "山东省济宁市金乡县"
    for person, title, org in (("张某明", "书记", f"中共{county}委员会"), ("孙某民", "副书记", f"中共{county}委员会"),
                               ("李丽", "常委", f"中共{county}委员会"),
                               ("马驰", "副主任", f"{county}人民代表大会常务委员会"),
                               ("赵某林", "政委", f"{county}人民武装部")):
        assert f"{person} {title} {org}" in found


def test_roster_heading_of_a_congress_is_its_standing_committee():
    found = holds_read(ROSTER)
    assert "曹某群 主任 山东省济宁市金乡县人民代表大会常务委员会" in found
    assert not any(h.startswith("曹某群 主任 中共") for h in found)


def test_name_line_before_its_posts_is_no_continuation():
    # a page of name lines each followed by its posts: the name opens its own row
    text = "嘉兴市教育局领导\n局长 张某\n王某五\n副局长\n"
    found = holds_read(text)
    assert "王某五 局长 浙江省嘉兴市教育局" not in found
