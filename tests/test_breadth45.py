"""Session 45: readings added or fixed on the development corpus (issue 9, Nationwide; round 33 read
as dev), one row each: the text, the facts it must give ("kind status person title org") and words
no fact may hold."""

import pytest

from kg.extract import extract_document
from kg.normalize import normalize
from kg.reading import document_from_text

CASES = [
    # 任命 a list of names each after its post, then 为 and the new post: the new post, not the old ones
    ("国务院任命原驻日大使崔某凯、驻英大使傅某、外交部部长助理翟某为外交部副部长；同时免去何某非、武某伟的外交部副部长职务。",
     {"appoint decided 崔某凯 副部长 中华人民共和国外交部", "appoint decided 傅某 副部长 中华人民共和国外交部",
      "appoint decided 翟某 副部长 中华人民共和国外交部", "remove decided 何某非 副部长 中华人民共和国外交部",
      "remove decided 武某伟 副部长 中华人民共和国外交部"}, ("appoint decided 崔某凯 大使",)),
    # 受命出任: 受命 is no part of the name
    ("苟某文受命出任国家体育总局局长。", {"appoint decided 苟某文 局长 国家体育总局"}, ("受命",)),
    # 辞去…的职务决定 (的 before 职务)
    ("关于孙某、熊某文辞去江西省人民政府副省长的职务决定",
     {"resign decided 孙某 副省长 江西省人民政府", "resign decided 熊某文 副省长 江西省人民政府"}, ()),
    # a traditional page's dotted name (‧) inside a list of the elected
    ("李某國、王某俊、艾力更‧依明巴海、萬某湘當選為副委員長。",
     {"elect decided 李某国 副委员长 None", "elect decided 艾力更·依明巴海 副委员长 None", "elect decided 万某湘 副委员长 None"}, ()),
    # 推选出 a body's members, then 他们是 and the names (no count); a name written whole with 和 in it
    ("会议推选出主席团常务委员会委员。他们是：卢某工、郭某茂、周和某。",
     {"elect decided 卢某工 委员 主席团常务委员会", "elect decided 周和某 委员 主席团常务委员会"}, ()),
    # a headline's acts spaced apart: the post after 为 is the name's before it, never the next name's
    ("选举朱某舒为市委书记 张某文、黄某树为市委副书记\n中共兰州市委十四届一次全会举行", set(), ("hold decided 张某文 书记",)),
    # 新 before a title after a whole body: no part of the body
    ("记者见到了国家体育总局新局长苟某文。", {"hold decided 苟某文 局长 国家体育总局"}, ("新局",)),
    # 不 never ends a name (原副局长赵某不在名单中)
    ("原副局长赵勇不在名单中。", set(), ("赵勇不",)),
]


@pytest.mark.parametrize("text,wanted,never", CASES, ids=range(len(CASES)))
def test_session45_readings(text, wanted, never):
    facts = extract_document(document_from_text(text))
    got = {f"{f.kind} {f.status} {f.person} {f.title} {f.org}" for f in facts}
    assert wanted <= got, sorted(got)
    assert not any(word in fact for word in never for fact in got), sorted(got)


@pytest.mark.parametrize("dot", ["‧", "•", "・", "∙", "⋅"])
def test_name_dot_lookalikes_become_the_middle_dot(dot):
    text, offsets = normalize(f"艾力更{dot}依明巴海当选。• 列表")
    assert text.startswith("艾力更·依明巴海当选")
    assert "• 列表" in text  # (a bullet before a space stays)
    assert len(offsets) == len(text) + 1
