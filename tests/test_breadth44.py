"""Session 44: readings added or fixed on the development corpus (issue 9, Nationwide; round 32 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from readings import read_facts

CASES = [
    # a page about several officials likens the next to the last: the one named after the likeness is the subject
    ("天津市委常委、纪委书记邓某明。\n\n与张某辅类似，邓某明在西南政法大学毕业后，在四川政法系统工作20余年，曾任四川省高级人民法院副院长。",
     {"hold decided 邓某明 副院长 四川省高级人民法院"}, ("张某辅",)),
    ("与刘某新一样，新晋山东省纪委书记陈某宽同样来自中纪委，他此前是中纪委第十纪检监察室主任。",
     {"hold decided 陈某宽 主任 中共中央纪律检查委员会第十纪检监察室"}, ("刘某新",)),
    # 其中，A担任… opens A's paragraph; A目前分管… opens the next one's
    ("张某生于1960年；秦某生于1966年。\n\n其中，李某来担任部长助理的时间最长。之前，他曾担任外交部办公厅主任等职。\n\n"
     "陈某东目前分管西亚北非事务。担任部长助理之前，他曾担任外交部西亚北非司司长。",
     {"hold decided 李某来 主任 中华人民共和国外交部办公厅", "hold decided 陈某东 司长 中华人民共和国外交部西亚北非司"}, ("秦某",)),
    # a name, a comma, what the person came from, then the career
    ("熟悉刘某华的人士评价称，“为人随和。”\n苏某，出身发展改革系统，曾在原机械部工作，曾任国家发改委中小企业司司长。",
     {"hold decided 苏某 司长 中华人民共和国国家发展和改革委员会中小企业司"}, ("刘某华",)),
    # a name after 的, then the work it did and its posts
    ("与刘某新一样，陈某宽来自中纪委。\n\n在进入中纪委之前，刑侦专业出身的陈某宽在上海市公检法系统工作超过30年时间，担任过上海市人民检察院副检察长等职。",
     {"hold decided 陈某宽 副检察长 上海市人民检察院"}, ("刘某新",)),
    # 而A是…: the paragraph's subject changes
    ("其中，杜某波先后在北京理工大学担任职务。\n\n而杜某元是教育部首位“60后”副部长，曾长期在科技部任职，2008年8月任科技部副部长。",
     {"hold decided 杜某元 副部长 中华人民共和国科学技术部"}, ("hold decided 杜某波 副部长",)),
    # a news report with the person's résumé below it: the résumé's places are his career, not the issuer
    ("10月12日下午，福州市全市公安机关领导干部大会在市公安局召开。\n会上宣布了市委关于市公安局主要领导的任职决定：\n"
     "王某章同志任市政府党组成员、市公安局党委书记。\n王某章简历\n王某章，男，汉族，1972年10月生。\n"
     "曾任福建省漳州市公安局副局长；\n2019年11月任三明市政府党组成员、三明市公安局党委书记；\n2019年12月起任三明市人民政府副市长。",
     {"appoint decided 王某章 党委书记 福建省福州市公安局", "appoint decided 王某章 党组成员 福建省福州市人民政府"}, ()),
    # 任命A为X等有关人事任免事项
    ("海口市十六届人大常委会第二十次会议闭幕。会议还表决通过了任命冯某浩为市人民政府副市长等有关人事任免事项。",
     {"appoint decided 冯某浩 副市长 海南省海口市人民政府"}, ("事项",)),
    # 任命A任X、免去B…职务: two acts, the appointment is not lost to the removal
    ("工信部召开干部大会，宣布中央关于任命苗某任工信部党组书记、免去李某中党组书记职务的通知。",
     {"appoint decided 苗某 党组书记 中华人民共和国工业和信息化部", "remove decided 李某中 党组书记 None"}, ()),
    # a bare state body, a name, the body's head's title, and more names after 和 (a standing committee's attendees)
    ("浙江省第十一届人民代表大会常务委员会第二十六次会议在杭州举行。省人民政府吕某善省长和陈某元、郑某伟副省长，"
     "省人民检察院陈某龙检察长和刘某刚、张某樵副检察长列席会议。",
     {"hold decided 吕某善 省长 浙江省人民政府", "hold decided 陈某元 副省长 浙江省人民政府", "hold decided 郑某伟 副省长 浙江省人民政府",
      "hold decided 陈某龙 检察长 浙江省人民检察院", "hold decided 刘某刚 副检察长 浙江省人民检察院"}, ("和",)),
    # 排在 / 排序 after a titled name: the name ends there
    ("深圳市委召开会议。宝安区纪委书记张某彪排序第五，暨南大学校长胡某排在最前面。",
     {"hold decided 张某彪 书记 中共广东省深圳市宝安区纪律检查委员会", "hold decided 胡某 校长 暨南大学"}, ("胡某排",)),
    # the predecessor a move names held the post: 接替A出任X (the head's post of a list; nothing of an acting post)
    ("厦门市常务副市长张某平将接替朱某衍出任厦门市长。", {"hold decided 朱某衍 市长 福建省厦门市人民政府"}, ()),
    ("王某接替阮某发，出任云南省委委员、常委、书记。", {"hold decided 阮某发 书记 中共云南省委员会"},
     ("hold decided 阮某发 委员", "hold decided 阮某发 常委")),
    ("李某恒则接替王君调任内蒙古自治区党委书记。", {"hold decided 王君 书记 中共内蒙古自治区委员会"}, ("王君调",)),
    ("国务院任命张某接替马某瑞任广东省代理省长。", set(), ("hold decided 马某瑞",)),
    # a clause of posts alone after an appointment of one person: more posts of that act
    ("2016年11月3日，中共中央日前批准：刘某新同志任中共福建省委委员、常委，中共福建省纪委委员、常委、书记。",
     {"appoint decided 刘某新 书记 中共福建省纪律检查委员会", "appoint decided 刘某新 常委 中共福建省纪律检查委员会",
      "appoint decided 刘某新 常委 中共福建省委员会"}, ()),
    # … never a clause of its own (此前他任…, 原…任…, 时任…)
    ("吕某任中国大唐集团董事长，此前他任中粮集团董事长。", {"appoint decided 吕某 董事长 中国大唐集团"},
     ("中粮集团",)),
    # 该校: the school where the decision is announced
    ("1月14日，中组部在上海交通大学宣布姜某宪担任该校党委书记。", {"appoint decided 姜某宪 党委书记 上海交通大学"}, ()),
    ("张某从复旦大学调任，后在上海交通大学和同济大学宣布李某担任该校党委书记。", set(), ("复旦大学",)),
    # a titled name, then what the person held before: both holdings
    ("四所大学的党委书记均由官员调任：姜某宪曾任海南省委常委，中国人民大学党委书记靳某此前担任新疆维吾尔自治区人民政府副主席。",
     {"hold decided 靳某 党委书记 中国人民大学", "hold decided 靳某 副主席 新疆维吾尔自治区人民政府"},
     ("hold decided 姜某宪 副主席",)),
    # a résumé's undated first posts after its label, 至今 and a place before 先后担任过
    ("于某，男，1952年6月生。至今在海南先后担任过海南省计划厅厅长；海南省副省长等职。",
     {"hold decided 于某 厅长 海南省计划厅", "hold decided 于某 副省长 海南省人民政府"}, ()),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session44_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got, sorted(got)
    assert not any(word in fact for word in never for fact in got), sorted(got)
