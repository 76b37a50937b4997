"""Person resolution on fact fixtures made from real sentences of samples 000 and 002."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.model import Evidence, Fact
from kg.resolve import ResolutionReport, explain

FIX = Path(__file__).parent / "fixtures" / "resolve"


def load(*names: str) -> list[Fact]:
    return [Fact.from_json(json.loads(line)) for n in names for line in (FIX / f"{n}.jsonl").read_text("utf-8").splitlines() if line]


def docs() -> list[dict]:
    return [json.loads(line) for line in (FIX / "docs.jsonl").read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def report() -> ResolutionReport:
    return explain(load("000_baonan", "002_roster", "002_chronicle"), docs())


def ambiguous_names(report: ResolutionReport) -> set[str]:
    return {a["name"] for a in report.ambiguous}


def test_resolve_persons_zhao_jichun_is_one_person(report):
    """Bill (proposed), minutes (decided), biography and attendee list: one 赵吉春."""
    [zhao] = report.by_name("赵吉春")
    kinds = sorted((f["kind"], f["status"]) for f in zhao.facts)
    assert kinds == [("appoint", "decided"), ("appoint", "proposed"), ("hold", "decided"), ("hold", "decided"), ("hold", "decided")]
    reasons = " ".join(m["reason"] for m in zhao.merges)
    assert "same post 重庆市巴南区人民政府·副区长" in reasons
    assert "same passage" in reasons  # the biography follows the bill's explanation
    assert "赵吉春" not in ambiguous_names(report)


def test_resolve_persons_liu_song_work_change_joins_chief_and_deputy(report):
    """The deputy who resigns 因工作原因 at the meeting that appoints the bureau chief is the chief:
    one 刘松 (issue 10), joined on the text's own reason, never on the name alone."""
    [liu] = report.by_name("刘松")
    assert "重庆市巴南区第十九届人民代表大会 代表" in liu.posts
    assert any("退役军人事务局" in x for x in liu.posts)
    assert {f["kind"] for f in liu.facts} >= {"appoint", "hold", "resign"}
    assert any("for a change of work" in m["reason"] for m in liu.merges)
    assert "刘松" not in ambiguous_names(report)


def _liu_song_facts(reason: str = "因工作原因", resign_date: str = "2025-06-26", posts=("局长",)) -> list[Fact]:
    doc = "d.txt"

    def fact(kind, title, org, date, text, start):
        ev = Evidence(doc, start, start + len(text), text)
        return Fact(kind, "decided", "刘松", title, org, org, date, ev, [ev], meeting="第三十五次会议")

    out = [fact("resign", "代表", "某区第十九届人民代表大会", resign_date, "决定接受刘松辞去区第十九届人民代表大会代表职务。", 0),
           fact("elect", "代表", "某区第十九届人民代表大会", "2023-12", f"选出的区第十九届人民代表大会代表刘松{reason}，提出辞职。", 100)]
    for i, title in enumerate(posts):
        out.append(fact("appoint", title, "某区退役军人事务局", "2025-06-26", f"决定任命刘松为某区退役军人事务局{title}。", 1000 + 400 * i))
    return out


@pytest.mark.parametrize("case, persons", [
    ({}, 1),
    ({"reason": "因个人原因"}, 2),            # no change of work: the name alone joins nothing
    ({"resign_date": "2025-04-28"}, 2),     # another meeting
    ({"posts": ("局长", "副局长")}, 2),      # two posts acted on for this name: which one?
])
def test_resolve_persons_work_change_rule(case, persons):
    from kg.resolve.persons import resolve_persons

    groups, _ = resolve_persons(_liu_song_facts(**case), lambda f: "某区")
    assert len(groups) == persons


def test_resolve_persons_liu_lei_different_jurisdictions(report):
    persons = report.by_name("刘磊")
    assert sorted(p.jurisdiction for p in persons) == ["重庆市大渡口区", "重庆市巴南区"]
    assert "刘磊" not in ambiguous_names(report)
    assert any("different jurisdiction" in k["reason"] for k in persons[0].kept_apart)


@pytest.mark.parametrize("name", ["王涛", "张亮", "张勇", "李锐"])
def test_resolve_persons_roster_namesakes_stay_two(report, name):
    """Two rows of the 大渡口 roster with the same name and no common post: two people, confidently."""
    persons = report.by_name(name)
    assert len(persons) == 2
    assert name not in ambiguous_names(report)
    assert any("two rows of one roster" in k["reason"] for k in persons[0].kept_apart)


@pytest.mark.parametrize("name", ["张国智", "钟渝", "刘扬", "唐勇", "孟德华", "徐晓勇"])
def test_resolve_persons_roster_rows_with_shared_posts_merge(report, name):
    """The same person listed under 区委 and under 区政府 / 人大: one Person."""
    [person] = report.by_name(name)
    assert any(m["reason"].startswith("same post") for m in person.merges)


def test_resolve_persons_chronicle_joins_the_right_namesake(report):
    """大事记: 王涛 elected 区委常委 joins the 区委常委 row, not the 融媒体中心 head."""
    persons = report.by_name("王涛")
    with_elect = [p for p in persons if any(f["kind"] == "elect" for f in p.facts)]
    assert len(with_elect) == 1
    assert "中共重庆市大渡口区委员会 常委" in with_elect[0].posts
    assert not any("融媒体中心" in x for x in with_elect[0].posts)


def _fact(person: str, birth: str | None, start: int, title: str = "局长") -> Fact:
    ev = Evidence("samples/000_0945f9fe5f825365.txt", start, start + 10, "…")
    attrs = {"birth": birth} if birth else None
    return Fact("hold", "decided", person, title, "重庆市巴南区退役军人事务局", None, None, ev, person_attrs=attrs)


def test_resolve_persons_conflicting_birth_stays_apart():
    """Same name, same post, different birth: the evidence of the post is outweighed."""
    rep = explain([_fact("张三", "1974-03", 100), _fact("张三", "1980-01", 5000)], docs())
    persons = rep.by_name("张三")
    assert len(persons) == 2
    assert any("different birth" in k["reason"] for k in persons[0].kept_apart)
    assert "张三" not in ambiguous_names(rep)


def test_resolve_persons_transitive_conflict_blocked():
    """A shares a post with B and with C, but B and C conflict: A joins one of them only."""
    facts = [_fact("张三", None, 100), _fact("张三", "1974-03", 5000), _fact("张三", "1980-01", 9000)]
    rep = explain(facts, docs())
    assert sorted(len(p.facts) for p in rep.by_name("张三")) == [1, 2]


def test_resolve_persons_order_independent():
    facts = load("000_baonan", "002_roster", "002_chronicle")
    a = explain(facts, docs())
    b = explain(list(reversed(facts)), list(reversed(docs())))
    assert [(p.id, len(p.facts)) for p in a.persons] == [(p.id, len(p.facts)) for p in b.persons]
    assert a.ambiguous == b.ambiguous


def _row(person: str, title: str, org: str | None, row: str, section: str, start: int, listed: bool = False) -> Fact:
    ev = Evidence("samples/000_0945f9fe5f825365.txt", start, start + 10, "…")
    return Fact("hold", "decided", person, title, org, None, None, ev, section=section, row=row,
                list_row=True if listed else None)


def test_resolve_persons_lists_in_different_sections_not_exclusive():
    """Attendee lists: rows of different sections may describe one person differently — no refusal."""
    a = _row("张三", "副主任", "重庆市巴南区人民代表大会常务委员会", "list-1", "区级领导", 100, listed=True)
    b = _row("张三", "副主任", None, "list-9", "编辑委员会", 5000, listed=True)
    rep = explain([a, b], docs())
    [person] = rep.by_name("张三")
    assert "same title 副主任" in person.merges[0]["reason"]


def test_resolve_persons_list_rows_in_one_section_exclusive():
    a = _row("张三", "主任", "重庆市巴南区人民政府办公室", "list-1", "区级领导", 100, listed=True)
    b = _row("张三", "局长", "重庆市巴南区财政局", "list-2", "区级领导", 200, listed=True)
    rep = explain([a, b], docs())
    assert len(rep.by_name("张三")) == 2 and not rep.ambiguous


def _act(kind: str, person: str, title: str, org: str, start: int, status: str = "decided", **kw) -> Fact:
    from kg.model import Evidence

    doc = "samples/000_0945f9fe5f825365.txt"
    return Fact(kind, status, person, title, org, None, "2025-06-26", Evidence(doc, start, start + 10, f"{person}{title}"), **kw)


def test_resolve_persons_biography_joins_the_act_of_its_bill():
    """肖秉文: the bill proposes him as 东泉人民法庭副庭长; the biography attached to the bill,
    1,200 characters later, says 执行局副局长 — one person."""
    court = "重庆市巴南区人民法院"
    facts = [_act("appoint", "肖秉文", "副庭长", court + "东泉人民法庭", 67184, "proposed"),
             _act("appoint", "肖秉文", "副庭长", court + "东泉人民法庭", 7057),
             _act("hold", "肖秉文", "副局长", court + "执行局", 68391, bio=True)]
    [xiao] = explain(facts, docs()).by_name("肖秉文")
    assert any("biography accompanying the act" in m["reason"] for m in xiao.merges)


def test_resolve_persons_biography_not_joined_when_acts_concern_two_posts():
    """Acts on two posts for one name in the document (刘松: 局长 and a 代表's resignation):
    the biography is not joined by this rule (it would have to choose)."""
    facts = [_act("appoint", "甲乙", "局长", "重庆市巴南区退役军人事务局", 100),
             _act("resign", "甲乙", "代表", "重庆市巴南区第十九届人民代表大会", 5000),
             _act("hold", "甲乙", "副主任", "重庆市巴南区人民政府办公室", 9000, bio=True)]
    assert len(explain(facts, docs()).by_name("甲乙")) == 3


def test_resolve_persons_ids_stable_when_a_namesake_appears():
    facts = load("000_baonan", "002_roster", "002_chronicle")
    before = {p.id for p in explain(facts, docs()).by_name("赵吉春")}
    namesake = _act("hold", "赵吉春", "主任", "重庆市巴南区某某服务中心", 150000)
    after = explain(facts + [namesake], docs())
    assert len(after.by_name("赵吉春")) == 2
    assert before <= {p.id for p in after.by_name("赵吉春")}
    [group] = [a for a in after.ambiguous if a["name"] == "赵吉春"]
    assert any("重庆市巴南区某某服务中心 主任" in d["posts"] for d in group["described"])
