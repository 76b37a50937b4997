"""Session 20, statecouncil / scdecision genres (issue 9): a news report's headline stays apart
from the dateline paragraph under it (so the report's own sentence keeps its date and decider),
a special administrative region written with the country before it, and a name followed by a
month of two digits."""

from __future__ import annotations

from kg.extract import extract_document
from kg.normalize import normalize
from kg.extract.posts import canonical
from kg.reading import document_from_text


def _facts(text: str, jur: str | None = None) -> list:
    doc = document_from_text(text, path="statecouncil20_test.txt")
    if jur is not None:
        doc.jurisdiction = jur
    return extract_document(doc)


def _key(f) -> tuple:
    return (f.kind, f.status, f.person, f.title, f.org, f.date, f.decided_by)


def test_a_headline_never_runs_into_the_dateline_under_it():
    """"国务院免去…职务" over "新华社北京2月28日电 …国务院2022年2月24日决定：免去…": the headline is a
    line of its own, so the report's sentence is read with its own date and deciding body."""
    for head, line in (
        ("原标题：国务院免去徐英伟香港特别行政区政府民政事务局局长职务",
         "新华社北京2月28日电 根据香港特别行政区行政长官的建议，国务院2022年2月24日决定：免去徐英伟的香港特别行政区政府民政事务局局长职务。"),
        ("国务院免去李明香港特别行政区政府公务员事务局局长职务",
         "中新社北京3月5日电 国务院2021年3月3日决定：免去李明的香港特别行政区政府公务员事务局局长职务。"),
        ("國務院免去陳華香港特別行政區政府民政事務局局長職務",
         "新華社北京5月9日電 國務院2020年5月8日決定：免去陳華的香港特別行政區政府民政事務局局長職務。"),
    ):
        facts = [f for f in _facts(head + "\n" + line) if f.kind == "remove"]
        assert len(facts) == 1, (head, facts)
        f = facts[0]
        assert f.date and f.date.endswith(("-02-24", "-03-03", "-05-08")), _key(f)
        assert f.decided_by == "中华人民共和国国务院", _key(f)


def test_a_dateline_line_is_a_paragraph_of_its_own():
    """The normalizer never joins a line to the dateline line after it; a line that only holds a
    date inside its text still joins (a paragraph cut by a page break)."""
    head = "国务院免去某某香港特别行政区政府民政事务局局长职务的消息今日正式公布出来了并且引起广泛关注和热烈讨论啊"
    text = normalize(head + "\n新华社北京2月28日电 国务院决定：免去某某的职务。")[0]
    assert text.split("\n")[1].startswith("新华社北京2月28日电")
    # negative: a line that goes on with 2月28日 in the middle (no 电 / 讯 opening it) is joined
    long = "全省各地认真贯彻落实会议精神，扎实推进各项工作任务落地见效，确保取得实实在在的成效并且持续推进各项工作"
    text = normalize(long + "\n会议要求各级各部门在2月28日前完成自查工作并且上报相关的材料。")[0]
    assert "\n" not in text


def test_a_special_administrative_region_with_the_country_before_it():
    """中华人民共和国澳门特别行政区 is the region (the chief executive's org), not a body of its own;
    a committee named after the region stays unresolved."""
    assert canonical("中华人民共和国澳门特别行政区", None) == "澳门特别行政区"
    assert canonical("中华人民共和国香港特别行政区", None) == "香港特别行政区"
    assert canonical("中华人民共和国香港特别行政区政府", None) == "香港特别行政区政府"
    assert canonical("中华人民共和国澳门特别行政区基本法起草委员会", None) == "中华人民共和国澳门特别行政区基本法起草委员会"
    facts = _facts("依据基本法，会议决定任命岑浩辉为中华人民共和国澳门特别行政区第六任行政长官。")
    assert {(f.kind, f.person, f.title, f.org) for f in facts} == {("appoint", "岑浩辉", "行政长官", "澳门特别行政区")}
    facts = _facts("国务院决定任命贺一诚为中华人民共和国澳门特别行政区第五任行政长官。")
    assert {(f.kind, f.person, f.title, f.org) for f in facts} == {("appoint", "贺一诚", "行政长官", "澳门特别行政区")}


def test_a_name_before_a_month_of_two_digits():
    """"国务院总理李强10月25日主持召开…": the name is written whole before a month of two digits
    (as before 9月17日); a month written alone after a name is no such date."""
    for text, name in (("国务院总理李强10月25日主持召开国务院第六次全体会议。", "李强"),
                       ("国务院总理王明12月3日主持召开国务院常务会议。", "王明")):
        got = {(f.kind, f.person, f.title, f.org) for f in _facts(text)}
        assert ("hold", name, "总理", "中华人民共和国国务院") in got, got
    assert not [f for f in _facts("会议由主任王伟10月主持。") if f.kind == "hold"]


def test_a_hong_kong_name_of_two_surnames():
    """"行政长官林郑月娥的提名和建议": a woman's name with her husband's surname first, written
    whole before 的 or a mark; two surnames before a count or a word are no name."""
    got = {(f.person, f.title, f.org) for f in _facts("根据香港特别行政区行政长官林郑月娥的提名和建议，国务院决定。")}
    assert ("林郑月娥", "行政长官", "香港特别行政区") in got
    got = {(f.person, f.title) for f in _facts("根据香港特别行政区行政长官陈方安生的建议，国务院决定。")}
    assert ("陈方安生", "行政长官") in got
    for text in ("市长王张两人出席会议。", "市委书记张李两家。", "湖南省省长周强之后，", "副主席苏荣简历",
                 "市委书记王李月年。", "市长王李二人会见客人。"):
        assert not [f for f in _facts(text) if f.kind == "hold" and len(f.person or "") == 4], text


def test_a_move_from_a_post_of_the_same_institution():
    """"郝平由北京大学党委书记转任校长": the bare new post is the university's (the body left is an
    institution or a company), and the post left is a former holding; a place's government or
    party committee left names no body for the bare post."""
    for text, person, old, new, org in (
        ("会上宣布了中共中央、国务院的决定，李家俊同志由天津大学校长转任党委书记。", "李家俊", "校长", "党委书记", "天津大学"),
        ("记者获悉，郝平由北京大学党委书记转任校长。", "郝平", "党委书记", "校长", "北京大学"),
        ("经研究决定，王刚由中国石油化工集团公司副总经理升任总经理。", "王刚", "副总经理", "总经理", "中国石油化工集团公司"),
    ):
        facts = _facts(text)
        assert ("appoint", person, new, org) in {(f.kind, f.person, f.title, f.org) for f in facts}, text
        assert [f for f in facts if f.kind == "hold" and f.person == person and f.title == old and f.org == org and f.former]
    facts = _facts("经研究决定，王刚由天津市人民政府副秘书长转任局长。")
    assert not [f for f in facts if f.kind == "appoint"]


def test_an_act_of_a_report_is_dated_by_its_dateline():
    """"新华社北京3月12日电 …任免下列驻外大使：一、免去…": an act the report tells with no date of its
    own has the report's day (its year from the page's stamp); never when the report says the act
    came before (日前 / 此前 / 上月 / a year), nor without a year, nor for a headline above it."""
    head = "主席任免驻外大使\n2017年03月13日15:39\t来源：人民网\n"
    text = head + ("新华社北京3月12日电 中华人民共和国主席根据全国人民代表大会常务委员会的决定任免下列驻外大使：\n"
                   "一、免去王一的中华人民共和国驻索马里联邦共和国特命全权大使职务；\n"
                   "任命李二为中华人民共和国驻索马里联邦共和国特命全权大使。\n")
    dates = {(f.kind, f.person): f.date for f in _facts(text) if f.kind in ("appoint", "remove")}
    assert dates == {("remove", "王一"): "2017-03-12", ("appoint", "李二"): "2017-03-12"}
    # negatives: told as earlier than the report, or a dateline with no year anywhere
    for body in ("新华社北京3月12日电 记者获悉，国务院日前任命李二为国家统计局局长。\n",
                 "新华社北京3月12日电 此前，国务院任命李二为国家统计局局长。\n"):
        facts = [f for f in _facts(head + body) if f.kind == "appoint"]
        assert facts and {f.date for f in facts} == {None}, body
    facts = [f for f in _facts("新华社北京3月12日电 国务院任命李二为国家统计局局长。\n") if f.kind == "appoint"]
    assert facts and {f.date for f in facts} == {None}


def test_members_of_a_branch_procuratorate_or_court():
    """"任命A为…人民检察院广州铁路运输分院检察长、检察委员会委员、检察员": the 检察员 is the branch's,
    as its committee is; a procuratorate's own members stay its own."""
    got = {(f.kind, f.title, f.org) for f in _facts("任命杨宇为广东省人民检察院广州铁路运输分院检察长、检察委员会委员、检察员。")}
    assert ("appoint", "检察员", "广东省人民检察院广州铁路运输分院") in got
    assert ("appoint", "委员", "广东省人民检察院广州铁路运输分院检察委员会") in got
    got = {(f.kind, f.title, f.org) for f in _facts("任命赵六为北京市高级人民法院第一分院副院长、审判委员会委员、审判员。")}
    assert ("appoint", "审判员", "北京市高级人民法院第一分院") in got
    got = {(f.kind, f.title, f.org) for f in _facts("任命李四为广东省人民检察院副检察长、检察委员会委员、检察员。")}
    assert ("appoint", "检察员", "广东省人民检察院") in got


def test_a_deputy_of_the_national_congress_written_short():
    """"辞去第十二届全国人大代表职务": a deputy of 第十二届全国人民代表大会 (the term kept, as the corpus
    writes a deputy's congress); the standing committee written short keeps its own name."""
    for text, org in (("会议决定接受许前飞辞去省高级人民法院院长职务、辞去第十二届全国人大代表职务。", "第十二届全国人民代表大会"),
                      ("会议决定接受李四辞去十三届全国人大代表职务的请求。", "第十三届全国人民代表大会")):
        got = {(f.kind, f.title, f.org) for f in _facts(text, "江苏省")}
        assert ("resign", "代表", org) in got, got
    got = {(f.kind, f.title, f.org) for f in _facts("会议决定接受李四辞去第十三届全国人大常委会委员职务的请求。", "江苏省")}
    assert ("resign", "委员", "全国人民代表大会常务委员会") in got


def test_a_news_apps_dateline_and_a_cited_report():
    """"山西日报客户端6月4日消息，…会议决定任命…" under a page stamp: the report's day; "据澎湃新闻8月15日
    消息" inside a sentence is a report cited, no dateline of the page."""
    text = ("2021-06-04 11:45\n山西日报客户端6月4日消息，省十三届人大常委会第二十八次会议在太原举行。"
            "会议决定任命王强为山西省人民政府副省长。\n")
    facts = [f for f in _facts(text, "山西省") if f.kind == "appoint"]
    assert [(f.person, f.date) for f in facts] == [("王强", "2021-06-04")]
    text = ("2021-08-16 23:59\n近日，某县机构编制网信息显示，王强已任某县委书记。\n"
            "据澎湃新闻8月15日消息，国务院任命李四为国家统计局局长。\n")
    facts = [f for f in _facts(text) if f.kind == "appoint" and f.person == "李四"]
    assert facts and {f.date for f in facts} != {"2021-08-15"}


def test_a_date_the_text_writes_for_the_act_wins_over_the_dateline():
    """The report's day is only a fallback: the same act dated in the text ("2011年3月28日，中央决定任命…")
    keeps that date, and the mark used for it never reaches the facts written."""
    text = ("发表于2011年4月8日23:44:26\n王明出任海关总署党组书记\n"
            "中新社北京4月8日电 经中央决定，任命王明为海关总署党组书记。\n"
            "消息说，“2011年3月28日，中央决定任命王明同志为海关总署党组书记；4月5日，国务院决定任命王明同志为海关总署署长”。\n")
    facts = [f for f in _facts(text) if f.kind == "appoint" and f.person == "王明"]
    assert [f.date for f in facts] == ["2011-03-28"]
    assert all(not f.notes or "_dateline_date" not in f.notes for f in _facts(text))


def test_the_state_councils_decree_decides():
    """"国务院总理签署第655号国务院令，任命…": the State Council decides; a decree only read out, in
    another sentence, decides nothing here."""
    facts = [f for f in _facts("9月17日，国务院总理李克强签署第655号国务院令，任命崔世安为澳门特别行政区第四任行政长官。")
             if f.kind == "appoint"]
    assert [f.decided_by for f in facts] == ["中华人民共和国国务院"]
    facts = [f for f in _facts("会上宣读了国务院令。任命张三为某某局局长。") if f.kind == "appoint"]
    assert {f.decided_by for f in facts} == {None}


def test_changes_a_round_up_reports():
    """"原北航党委书记张华上月调任…" (a time relative to the report: the news) and "除A调任X外，其余…"
    (the exception named is a change made); a change to come stays no act."""
    got = {(f.kind, f.person, f.title, f.org) for f in _facts("原北航党委书记张华上月调任教育部党组副书记、副部长。")}
    assert ("appoint", "张华", "副部长", "中华人民共和国教育部") in got
    got = {(f.kind, f.person, f.title, f.org) for f in _facts("除中山大学校长王明调任复旦大学校长外，其余均只涉及副校级干部。")}
    assert ("appoint", "王明", "校长", "复旦大学") in got
    assert ("hold", "王明", "校长", "中山大学") in got  # (除 opens no organization)
    assert not [f for f in _facts("据悉，张三将于下月调任某某局局长。") if f.kind == "appoint"]
    assert [f.org for f in _facts("张三调任市外事办主任。") if f.kind == "appoint"] == [None]


def test_an_institutions_secretary_and_its_former_head():
    """"华中师范大学书记丁烈云": the university's 党委书记 (the title the corpus writes); "复旦大学原校长
    杨玉良": a former holding of the university; a county's 书记 and a 团委 stay as they were."""
    got = {(f.kind, f.person, f.title, f.org, f.former) for f in _facts("华中师范大学书记丁烈云调任东北大学校长。")}
    assert ("hold", "丁烈云", "党委书记", "华中师范大学", True) in got or ("hold", "丁烈云", "党委书记", "华中师范大学", None) in got \
        or ("hold", "丁烈云", "党委书记", "华中师范大学", False) in got
    got = {(f.person, f.title, f.org, bool(f.former)) for f in _facts("复旦大学原校长杨玉良已经到龄到届。") if f.kind == "hold"}
    assert got == {("杨玉良", "校长", "复旦大学", True)}
    got = {(f.person, f.title) for f in _facts("某集团公司副书记李四出席。") if f.kind == "hold"}
    assert got == {("李四", "党委副书记")}
    assert {(f.title) for f in _facts("县委书记王五出席。") if f.kind == "hold"} == {"书记"}
    got = {(f.person, f.title, f.org) for f in _facts("中组部干部三局局长喻云林评价其大局意识强。") if f.kind == "hold"}
    assert got == {("喻云林", "局长", "中共中央组织部干部三局")}


def test_the_head_of_state_who_signs_the_acts():
    """"国家主席习近平任免驻外大使", "中华人民共和国主席习近平根据…决定任免…": the head of state (org 中华人民
    共和国); 任免 after another title is a word (代表和人事任免), never a name's end."""
    for text in ("国家主席习近平任免驻外大使", "中华人民共和国主席习近平根据全国人民代表大会常务委员会的决定任免下列驻外大使。"):
        got = {(f.person, f.title, f.org) for f in _facts(text) if f.kind == "hold"}
        assert got == {("习近平", "主席", "中华人民共和国")}, text
    got = {(f.person, f.title, f.org) for f in _facts("国务院总理王明任命张三为某某。") if f.kind == "hold"}
    assert ("王明", "总理", "中华人民共和国国务院") in got
    assert not [f for f in _facts("自治区出席第十三届全国人民代表大会代表和人事任免事项。") if f.kind == "hold"]


def test_elected_in_the_election_of_a_post():
    """"崔世安在8月31日举行的澳门特区第四任行政长官选举中成功当选": elected to the post the election is of (澳门特区
    is the region); an election of no post (村委会换届选举) gives nothing."""
    got = {(f.kind, f.person, f.title, f.org) for f in _facts("此前，崔世安在8月31日举行的澳门特区第四任行政长官选举中成功当选。")}
    assert ("elect", "崔世安", "行政长官", "澳门特别行政区") in got
    assert not [f for f in _facts("张三在村委会换届选举中当选。") if f.kind == "elect"]
