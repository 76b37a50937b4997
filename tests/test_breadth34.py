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


# -- 2. a mirror page's ASCII comma between spaces inside CJK text ("今年5月 , 曾担任…")

def test_spaced_ascii_mark_inside_cjk_text_is_a_full_width_mark():
    from kg.normalize import normalize

    text, offsets = normalize("再比如 , 今年5月 , 曾任某职 ; 8月 , 某某履新。a , b")
    assert text == "再比如，今年5月，曾任某职；8月，某某履新。a , b"
    assert len(offsets) == len(text) + 1


def test_month_dated_move_after_spaced_comma_is_a_holding():
    from conftest import acts_read

    text = "再比如 , 今年5月 , 曾担任国家广播电视总局副局长的周某琳履新上海市委常委、宣传部部长 ; 8月 , 冉某祥履新河北省委常委。"
    assert acts_read(text) == set()
    assert "冉某祥 常委 中共河北省委员会" in holds_read(text)


# -- 3. a question is no act (是否免去…)

def test_question_whether_to_remove_is_no_act():
    from conftest import acts_read

    assert acts_read("官方消息未披露，是否免去张某北大党委常务副书记、副校长的职务。") == set()


# -- 4. a career after how long the person worked at a place, the subject before its age

def test_career_after_years_of_work_at_a_place():
    found = holds_read("尹某59岁，曾在上海工作长达34年，担任上海市长宁区副区长、市政府副秘书长等职务。")
    assert found == {"尹某 副区长 上海市长宁区人民政府", "尹某 副秘书长 上海市人民政府"}


# -- 5. more verbs of the press: 被任命 without 为, 降职任, 撤销…委员资格, 连任 in a career

def test_more_press_verbs():
    from conftest import acts_read

    assert acts_read("北京消息。李某丰被任命怀柔区委副书记。") == {"appoint decided 李某丰 副书记 中共北京市怀柔区委员会"}
    assert acts_read("张某被任命后表示将努力工作。") == set()
    assert "appoint decided 李某国 副主任 新疆维吾尔自治区伊犁哈萨克自治州人民代表大会常务委员会" in \
        acts_read("新疆消息。李某国降职任伊犁州人大党组书记、副主任。")
    assert acts_read("会议通过关于撤销肖某旭第十四届全国政协委员资格，") == \
        {"remove decided 肖某旭 委员 中国人民政治协商会议全国委员会"}


def test_re_elected_in_a_career_is_no_name_end():
    found = holds_read("张某，男，1950年生。2008年1月，张某连任浙江省政协主席。")
    assert found == {"张某 主席 中国人民政治协商会议浙江省委员会"}


# -- 6. a 任前公示's posts of a place it does not name (市（州）党委书记, 设区市) and its nominees

def test_post_of_unnamed_place_keeps_its_title_only():
    from conftest import acts_read

    assert acts_read("浙江消息。高某拟任设区市党委书记。") == {"appoint proposed 高某 书记 None"}
    assert acts_read("甘肃省酒泉市消息。王某奇拟任市（州）党委书记。") == {"appoint proposed 王某奇 书记 None"}
    # the title itself one of several (市长 or 州长): nothing
    assert acts_read("甘肃消息。马某兰拟提名为市（州）长候选人。") == set()
    assert acts_read("江苏消息。葛某娟拟推荐提名为县（市、区）长人选。") == set()


def test_nominee_written_with_posts_before_a_comma():
    from conftest import acts_read

    text = "海南消息。现任三沙市委副书记、宣传部部长邓某，拟提名为三沙市人民政府市长候选人。"
    assert acts_read(text) == {"appoint proposed 邓某 市长 海南省三沙市人民政府"}


# -- 7. a page whose years lost their digits ("年5月，王晓调任…"): a month date all the same

def test_month_without_its_year_digits_is_a_month_date():
    from conftest import acts_read

    assert acts_read("陕西消息。年5月，王某调任青海省委常委、副省长。") == set()
    assert acts_read("山东消息。年5月，任某任临沂市市长。") == set()
    assert acts_read("另有10人用了25至30年时间即升任厅长。") == set()


# -- 8. a move told after another post's taking (在A担任X后，B出任Y): the next step of a career

def test_move_after_another_post_taken_is_a_career_step():
    from conftest import acts_read

    assert acts_read("江苏消息。在李某潮担任江苏省委书记后，孙某军也出任江苏省委常委。") == set()
    assert acts_read("杭州消息。担任三年多的省委秘书长后，赵某德出任杭州市委书记。") == set()
    # a decision in the sentence, or a time counted from an event (一个半月后), keeps the act
    assert acts_read("杭州消息。省委决定，担任省委秘书长后，赵某德出任杭州市委书记。") != set()
    assert acts_read("广西消息。蓝某立落马一个半月后，官方通报太原市委书记韦某出任广西自治区政府党组书记。") != set()


# -- 9. HTML tags left in a text file by a copied web page

def test_stray_html_tags_are_dropped_with_offsets_kept():
    from kg.normalize import normalize

    for raw, want in (("黄浦区 | strong>陈某宁 | 2022-11 |", "黄浦区 | 陈某宁 | 2022-11 |"),
                      ("<b>张某</b>任副市长<br/>", "张某任副市长"), ("a > b，5>3", "a > b，5>3")):
        text, offsets = normalize(raw)
        assert text == want and len(offsets) == len(text) + 1


# -- 10. the State Council's meeting on a region's report of its chief executive's election; Hong Kong
# married names (林郑月娥: the husband's surname before her own)

def test_chief_executive_election_report():
    from conftest import acts_read

    text = "会议审议了香港特别行政区政府关于选举林郑月某为香港特别行政区第五任行政长官人选的报告。"
    assert {a.rsplit(" ", 1)[0] for a in acts_read(text)} == {"elect decided 林郑月某 行政长官"}


def test_hong_kong_married_name_only_where_delimited():
    from kg.names import is_person_name

    assert is_person_name("林郑月娥", delimited=True) and is_person_name("陈冯富珍", delimited=True)
    assert not is_person_name("林郑月娥")
    assert not is_person_name("王李二人", delimited=True) and not is_person_name("张王会见", delimited=True)


# -- 11. the holder named after a relative clause of the act (批准任命的…检察长陈颖, 会议选举的…检察长陈勇)

def test_act_told_in_a_relative_clause_before_the_name():
    from conftest import acts_read

    assert "appoint decided 陈某 检察长 福建省宁德市人民检察院" in \
        acts_read("福建消息。由省人大常委会第十四次会议批准任命的宁德市人民检察院检察长陈某宣誓。")
    assert acts_read("会议选举的结果当场宣布。") == set()


# -- 12. 当属 / 属于 before a titled name; posts 都由 / 均由 one person held

def test_titled_name_after_dang_shu_and_posts_held_by_one():
    assert holds_read("江苏泰州消息。其中最年轻当属于靖江市市长叶某华（1974年12月生）。") == \
        {"叶某华 市长 江苏省泰州市靖江市人民政府"}
    assert holds_read("江苏泰州消息。姜堰区委书记、区长都由李某飙担任。") == \
        {"李某飙 书记 中共江苏省泰州市姜堰区委员会", "李某飙 区长 江苏省泰州市姜堰区人民政府"}


# -- 13. a note after the post of the State Council's list of a new Hong Kong government ((留任))

def test_kept_on_note_after_a_post():
    from conftest import acts_read

    text = ("香港特别行政区第五届政府主要官员。根据香港特别行政区行政长官林某月某的提名，国务院任命曾某卫为入境事务处处长（留任），"
            "卢某聪为警务处处长（留任）。")
    assert {"appoint decided 曾某卫 处长 香港特别行政区政府入境事务处", "appoint decided 卢某聪 处长 香港特别行政区政府警务处"} \
        <= acts_read(text)


# -- 14. `kg build .` in the folder that holds its own database: kg.db and kg.db.lock are no input

def test_build_in_the_folder_of_its_own_database_reports_no_error(tmp_path):
    import shutil

    from conftest import ROOT, kg

    shutil.copy(ROOT / "samples" / "003_c62ba9d0d4872cf1.txt", tmp_path / "a.txt")
    for _ in range(2):  # the second time kg.db is there
        run = kg("build", ".", cwd=tmp_path)
        assert run.returncode == 0 and "Error" not in run.stderr, run.stderr
    (tmp_path / "notes.xyz").write_text("a file of the user's own", encoding="utf-8")
    run = kg("build", ".", cwd=tmp_path)
    assert "notes.xyz" in run.stderr and "kg.db" not in run.stderr.split("\n")[0]  # other files still reported


def test_rebuild_of_unchanged_documents_reports_the_same_counts(tmp_path):
    import shutil

    from conftest import ROOT, kg

    shutil.copy(ROOT / "samples" / "003_c62ba9d0d4872cf1.txt", tmp_path / "a.txt")
    first, second = (kg("build", ".", cwd=tmp_path).stderr.strip().splitlines()[-1] for _ in range(2))
    assert first == second and "nodes" in first
