"""Session 41: readings added or fixed on the development corpus (issue 9, Nationwide; round 29 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from readings import read_facts

CASES = [
    # a yearbook's roster of a place: a row whose label names its body heads the bare rows after it;
    # a biography after the row's one name (任现职 gives the start), a padded name of two (韩 伟),
    # names continuing a row on the next line (kg.extract.leadership._labelled_rows; 市人大主任: the
    # standing committee's)
    ("黑龙江省黑河市\n市委书记:于某东 1953年4月生,大学学历,中共党员,1970年8月参加工作,1997年11 月任现职。\n"
     "副书记:徐某和 赵某礼 韩 伟\n市人大主任:张某田\n副主任:关某贵 岳某荣\n梁某先\n"
     "市政协主席:孙某舟\n副主席:李某德 王某翠(女)\n曹某远 范某仁\n【概况】\n",
     {"hold decided 于某东 书记 中共黑龙江省黑河市委员会", "hold decided 徐某和 副书记 中共黑龙江省黑河市委员会",
      "hold decided 韩伟 副书记 中共黑龙江省黑河市委员会",
      "hold decided 张某田 主任 黑龙江省黑河市人民代表大会常务委员会",
      "hold decided 梁某先 副主任 黑龙江省黑河市人民代表大会常务委员会",
      "hold decided 曹某远 副主席 中国人民政治协商会议黑龙江省黑河市委员会",
      "hold decided 范某仁 副主席 中国人民政治协商会议黑龙江省黑河市委员会"}, ("1953",)),
    # the press's frame before a respective statement is no career line (此前不久，…亦曾报道，)
    ("此前不久，黄河新闻网亦曾报道，乔某峰、王某锋分别任吕梁市中阳县、方山县县委书记。",
     {"appoint decided 乔某峰 书记 中共山西省吕梁市中阳县委员会", "appoint decided 王某锋 书记 中共山西省吕梁市方山县委员会"}, ()),
    # a career step dated to its day, its subject named: the appointment beside the holding; a résumé's line
    # with no subject, a range of days or 起 (a tenure's start) stays a holding (careers._appointments)
    ("2018年4月28日，吴某文任苏州市委常委。", {"appoint decided 吴某文 常委 中共江苏省苏州市委员会"}, ()),
    ("张某，男，1960年生。\n2017年1月15日，任西藏自治区人民政府主席。", set(), ("appoint",)),
    ("林某陔：1923年2月8日起任广州市市长。", set(), ("appoint",)),
    # a headline's next clause after a space is no part of the posts (谢伏瞻辞 is no body)
    ("郭某茂辞去河南省人大常委会主任 谢某瞻辞省长", {"resign decided 郭某茂 主任 河南省人民代表大会常务委员会"}, ("谢某瞻辞",)),
    # posts joined by 或, said of several people: no post is anyone's
    ("会议通过了关于接受姬某海等13名同志辞去省人大常委会委员或专委会主任、委员等职务请求的决定。", set(), ("姬某海",)),
    # a meeting passing a draft decision (决定（草案）) proposes; the deciding body's vote (表决通过) decides
    ("会议通过了关于接受巩某顺辞去陕西省人民政府副省长职务的请求的决定（草案）。",
     {"resign proposed 巩某顺 副省长 陕西省人民政府"}, ("decided",)),
    # lines of posts and a name with its birth in brackets are rows of a list, never one paragraph (kg.normalize)
    ("福州市长乐区区长廖某军（1982年12月生）\n福州市闽清县县长赵某荣（1981年9月生）\n厦门市集美区区长倪某（1982年9月生）\n"
     "漳州市龙海区区长陈某章（1982年4月生）\n",
     {"hold decided 倪某 区长 福建省厦门市集美区人民政府", "hold decided 陈某章 区长 福建省漳州市龙海区人民政府"}, ()),
    # a title's other name in brackets after it (校长（院长）: a body of two names) is no part of the post
    ("宣布段某永任齐鲁工业大学（山东省科学院）党委副书记、校长（院长）。",
     {"appoint decided 段某永 校长 齐鲁工业大学", "appoint decided 段某永 党委副书记 齐鲁工业大学"}, ()),
    # a year inside a report's title (关于2019年上半年…的报告) dates no act
    ("会议听取了区人民政府关于2019年上半年国民经济和社会发展计划执行情况的报告；审议通过了关于接受张某虎辞去区人大代表职务的决定。",
     set(), ("2019",)),
    # an age before the name opening a sentence opens that person's biography: the next paragraph's career
    # is not the previous official's (careers.AGE_BEFORE_RE)
    ("现年55岁的李某明则有体育工作背景。2017年8月，李某明调任国家体育总局纪检组组长。\n"
     "现年58岁的杜某才则一直在体育系统工作。2002年至2006年曾任辽宁省体育局副局长。",
     {"hold decided 杜某才 副局长 辽宁省体育局"}, ("李某明 副局长",)),
    # a board's members appointed in a government's release: the line that appoints (委任…委员会…成员) and the
    # lines of "…成员为A、B及C" after it (group_sentences.read_board_members)
    ("政府今日宣布委任四名基本法推广督导委员会（基广会）新成员及再度委任九名现任成员。\n"
     "四名新成员为郭某强、李某辉、孙某及汤某齐。\n",
     {"appoint decided 郭某强 成员 基本法推广督导委员会", "appoint decided 汤某齐 成员 基本法推广督导委员会"}, ()),
    ("该委员会的成员为郭某强、李某辉。", set(), ("appoint",)),
    # a Tibetan name of five characters in a list with a surname kg lacks (索): the list still reads
    ("会议选出桑某悦希为州长，郜某远、索观瀛、华尔功成烈、苏某、王某清等为副州长。",
     {"elect decided 华尔功成烈 副州长 None", "elect decided 索观瀛 副州长 None"}, ()),
    # a signature line never opens with a word of time (新任: news of a move, no body 新任国防部)
    ("新任国防部长 严某发\n", set(), ("新任",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session41_readings(text, wanted, never):
    facts, got = read_facts(text)
    assert wanted <= got
    assert not any(word in fact for word in never for fact in got | {str(f.date) for f in facts})
