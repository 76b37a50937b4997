"""Tests of kg.orgs on real organization names from samples/ (tests/fixtures/org_names.txt)
and on every entry of the abbreviation table."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kg.places import gazetteer
from kg.orgs import (
    ABBREVIATIONS_FILE,
    ORG_TYPES,
    PLACES_FILE,
    OrgInfo,
    canonical_org,
    expand_jurisdiction,
    org_chain,
    parse_org,
    parse_orgs,
)

FIXTURE = Path(__file__).parent / "fixtures" / "org_names.txt"
BANAN = "重庆市巴南区"
NATION = "中华人民共和国"  # places.yaml's root: every chain ends there
DADUKOU = "重庆市大渡口区"


def _none(value: str) -> str | None:
    return None if value == "-" else value


def _rows() -> list[tuple[str | None, str, str, str, str | None, str | None]]:
    rows = []
    lines = [ln for ln in FIXTURE.read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    for line in lines[1:]:  # header
        jur, text, name, typ, parent, top = line.split("\t")
        rows.append((_none(jur), text, name, typ, _none(parent), _none(top)))
    return rows


ROWS = _rows()


def test_orgs_fixture_has_at_least_100_real_names():
    assert len(ROWS) >= 100
    assert len({(r[0], r[1]) for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("jur,text,name,typ,parent,top", ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_orgs_parses_real_name(jur, text, name, typ, parent, top):
    info = parse_org(text, jur)
    assert info is not None
    assert (info.name, info.type, info.parent) == (name, typ, parent)
    if top is None:
        return
    chain = org_chain(info.name)
    assert chain[0].name == name
    assert top in [c.name for c in chain]  # the top place of its province …
    assert chain[-1].name == NATION and chain[-1].parent is None  # … under the country
    for child, up in zip(chain, chain[1:]):
        assert child.parent == up.name
    assert info.jurisdiction in [c.name for c in chain]


def test_orgs_types_are_documented():
    assert {r[3] for r in ROWS} <= set(ORG_TYPES)


def test_orgs_canonical_names_round_trip():
    for jur, _, name, typ, parent, _ in ROWS:
        if jur is None:
            continue
        again = parse_org(name)
        assert again is not None and (again.name, again.type, again.parent) == (name, typ, parent)
        assert again.short_names == ()


def test_orgs_unknown_jurisdiction_is_not_guessed():
    """samples/004 never names its district: 区… stays as written, with no place."""
    unknown = [r for r in ROWS if r[0] is None]
    assert len(unknown) >= 30
    for _, text, *_ in unknown:
        info = parse_org(text, None)
        assert info.name == text and info.jurisdiction is None and info.parent is None
        assert org_chain(info.name)[1:] == []
    # a town listed in places.yaml is not placed without the document's jurisdiction
    assert parse_org("蒲吕街道").jurisdiction is None
    assert expand_jurisdiction("蒲吕街道", None) is None


@pytest.mark.parametrize("text,jur,name", [
    ("区委", BANAN, "中共重庆市巴南区委员会"),
    ("区委组织部", BANAN, "中共重庆市巴南区委员会组织部"),
    ("区政府", BANAN, "重庆市巴南区人民政府"),
    ("区人大常委会", BANAN, "重庆市巴南区人民代表大会常务委员会"),
    ("区政协", BANAN, "中国人民政治协商会议重庆市巴南区委员会"),
    ("区纪委", BANAN, "中共重庆市巴南区纪律检查委员会"),
    ("区监委", BANAN, "重庆市巴南区监察委员会"),
    ("区法院", BANAN, "重庆市巴南区人民法院"),
    ("区检察院", BANAN, "重庆市巴南区人民检察院"),
    ("区发展改革委", BANAN, "重庆市巴南区发展和改革委员会"),
    ("区经济信息委", BANAN, "重庆市巴南区经济和信息化委员会"),
    ("区科技局", BANAN, "重庆市巴南区科学技术局"),
    ("区人力社保局", BANAN, "重庆市巴南区人力资源和社会保障局"),
    ("区退役军人事务局", BANAN, "重庆市巴南区退役军人事务局"),
    ("区金融办", BANAN, "重庆市巴南区金融工作办公室"),
    ("区公安分局", BANAN, "重庆市公安局巴南区分局"),
    ("市政协", BANAN, "中国人民政治协商会议重庆市委员会"),
    ("大渡口区委", None, "中共重庆市大渡口区委员会"),
    ("中共大渡口区委员会", None, "中共重庆市大渡口区委员会"),
    ("木洞镇", BANAN, "重庆市巴南区木洞镇"),
    ("安澜镇人民政府", BANAN, "重庆市巴南区安澜镇人民政府"),
    ("区人大常委会花溪街道工作委员会", BANAN,
     "重庆市巴南区人民代表大会常务委员会花溪街道工作委员会"),
    ("重庆市巴南区人民法院行政审判庭(综合审判庭)", None, "重庆市巴南区人民法院行政审判庭"),
    ("区十九届人大", BANAN, "重庆市巴南区第十九届人民代表大会"),
])
def test_orgs_brief_canonical_forms(text, jur, name):
    assert canonical_org(text, jur) == name


def test_orgs_departments_belong_to_the_government():
    info = parse_org("区发展改革委", BANAN)
    assert info.type == "department" and info.parent == "重庆市巴南区人民政府"
    assert info.short_names == ("区发展改革委",)


def test_orgs_court_sub_unit_chain():
    chain = org_chain("重庆市巴南区人民法院民事审判一庭")
    assert [(c.name, c.type) for c in chain] == [
        ("重庆市巴南区人民法院民事审判一庭", "sub_unit"),
        ("重庆市巴南区人民法院", "court"),
        ("重庆市巴南区", "jurisdiction"),
        ("重庆市", "jurisdiction"),
        (NATION, "jurisdiction"),
    ]


def test_orgs_parenthesised_alias_in_short_names():
    for text in ("重庆市巴南区人民法院行政审判庭(综合审判庭)", "重庆市巴南区人民法院行政审判庭（综合审判庭）"):
        info = parse_org(text)
        assert info.name == "重庆市巴南区人民法院行政审判庭"
        assert "重庆市巴南区人民法院综合审判庭" in info.short_names
    assert "重庆市巴南区工商业联合会" == canonical_org("区工商联(区总商会)", BANAN)


def test_orgs_compound_discipline_and_supervision():
    both = parse_orgs("区纪委监委", BANAN)
    assert [(o.name, o.type) for o in both] == [
        ("中共重庆市巴南区纪律检查委员会", "discipline"),
        ("重庆市巴南区监察委员会", "supervision"),
    ]
    assert all(o.short_names == ("区纪委监委",) for o in both)
    assert parse_org("区纪委监委", BANAN).type == "discipline"
    assert canonical_org("区纪委监委案件审理室", DADUKOU) == \
        "中共重庆市大渡口区纪律检查委员会案件审理室"


def test_orgs_expand_jurisdiction():
    assert expand_jurisdiction("巴南区", None) == BANAN
    assert expand_jurisdiction("安澜镇", BANAN) == "重庆市巴南区安澜镇"
    assert expand_jurisdiction("安澜镇", DADUKOU) is None  # not a town of 大渡口区
    assert expand_jurisdiction("巴南区安澜镇", None) == "重庆市巴南区安澜镇"
    assert expand_jurisdiction("区", BANAN) == BANAN
    assert expand_jurisdiction("区", None) is None
    assert expand_jurisdiction("任务", BANAN) is None


def test_orgs_unresolved_marker_keeps_text_and_type():
    info = parse_org("区法院", None)
    assert info == OrgInfo("区法院", "court", None, None, ())
    assert parse_org("镇政府", BANAN) == OrgInfo("镇政府", "township", None, None, ())


@pytest.mark.parametrize("text", [
    "", "任务", "任职", "王俊", "王    俊", "任弼时", "区委书记", "区政府副区长", "副区长", "区人大代表",
    "区法院院长陈浩", "区十九届人大常委会第三十五次会议", "近年来,区政府聚焦“416”科技创新布局",
    "我受区人民政府", "区政府和区委", "全区", "区", "市", "区域性中心", "区县域医疗卫生次中心",
    "区连锁药房成立子公司", "重庆市巴南区中小学幼儿园布局", "社会主义", "市场监管",
])
def test_orgs_must_not_parse(text):
    assert parse_org(text, BANAN) is None
    assert parse_orgs(text, BANAN) == []


# ---------------------------------------------------------------- the abbreviation table


@pytest.fixture(scope="session")
def table() -> dict:
    return yaml.safe_load(ABBREVIATIONS_FILE.read_text(encoding="utf-8"))


def _place_for(inst: dict) -> tuple[str, str]:
    """(written place, canonical place) for a form valid at the entry's levels / tiers."""
    levels, tiers = inst.get("levels"), inst.get("tiers")
    if tiers == [1] or (levels and set(levels) <= {"省", "自治区"}):
        return "浙江省", "浙江省"
    if tiers == [2]:
        return "杭州市", "浙江省杭州市"
    if levels and set(levels) <= {"地区", "盟"}:
        return "阿里地区", "西藏自治区阿里地区"
    if levels and set(levels) <= {"州", "盟"}:
        return "恩施州", "湖北省恩施土家族苗族自治州"
    if not levels or "区" in levels:
        return "巴南区", BANAN
    if "镇" in levels:
        return "巴南区安澜镇", "重庆市巴南区安澜镇"
    if "街道" in levels:
        return "巴南区花溪街道", "重庆市巴南区花溪街道"
    return "重庆市", "重庆市"


def _expected(template: str, canonical: str) -> str:
    place = gazetteer().full[canonical]
    return (template.replace("{P}", canonical).replace("{C}", place.parent or "")
            .replace("{L}", place.short).replace("{N}", "十九"))


def test_orgs_table_loads(table):
    assert table["institutions"] and table["departments"]
    assert {i["type"] for i in table["institutions"]} <= set(ORG_TYPES)


def test_orgs_every_institution_form_parses(table):
    for inst in table["institutions"]:
        written, canonical = _place_for(inst)
        expected = _expected(inst["name"], canonical)
        top = gazetteer().full[canonical].top
        for form in [inst["name"], *(inst.get("forms") or [])]:
            if "{C}" in form:  # the canonical form, written with its city: 重庆市公安局巴南区分局
                text = expected
            else:
                text = form.replace("{P}", written).replace("{N}", "十九")
            info = parse_org(text)
            assert info is not None and info.name == expected, (form, info)
            assert info.type == inst["type"] and info.jurisdiction == canonical
            assert [c.name for c in org_chain(info.name)][-2:] == [top, NATION]


def test_orgs_every_subunit_abbreviation_parses(table):
    for inst in table["institutions"]:
        written, canonical = _place_for(inst)
        parent = _expected(inst["name"], canonical)
        body = parent if "{C}" in inst["name"] else \
            inst["name"].replace("{P}", written).replace("{N}", "十九")
        for abbrev, spec in (inst.get("subunits") or {}).items():
            sub = spec["name"] if isinstance(spec, dict) else spec
            info = parse_org(body + abbrev)
            assert info is not None, (inst["name"], abbrev)
            assert info.name.endswith(sub) and info.parent.endswith(parent[-4:]), (abbrev, info)


@pytest.mark.parametrize("section", ["departments", "mass_organizations", "others",
                                     "public_institutions"])
def test_orgs_every_named_body_and_abbreviation_parses(table, section):
    for canonical, abbrevs in table[section].items():
        for written in [canonical, *(abbrevs or [])]:
            info = parse_org("区" + written, BANAN)
            assert info is not None and info.name == BANAN + canonical, (written, info)
            unresolved = parse_org("区" + written, None)
            assert unresolved.name == "区" + written and unresolved.jurisdiction is None


def test_orgs_places_know_chongqing_districts():
    districts = [p.short for p in gazetteer().children["重庆市"] if p.until is None]
    assert len(districts) >= 38
    for district in districts:
        assert expand_jurisdiction(district, "重庆市") == "重庆市" + district
    # 江北区 is also a district of 宁波: without a jurisdiction it names no one place
    assert expand_jurisdiction("江北区", None) is None
    assert expand_jurisdiction("江北区", BANAN) == "重庆市江北区"
    assert expand_jurisdiction("江北区", "浙江省宁波市") == "浙江省宁波市江北区"


def test_orgs_every_gold_org_has_a_chain_to_its_jurisdiction():
    """The organizations of the hand-checked facts (tests/gold) all parse, with a type and
    a PART_OF chain ending at the country (through 重庆市 for the bodies of 重庆)."""
    import json

    gold = sorted((Path(__file__).parent / "gold").glob("*.jsonl"))
    if not gold:
        pytest.skip("no gold files")
    names = set()
    for path in gold:
        for line in path.read_text(encoding="utf-8").splitlines():
            fact = json.loads(line) if line.strip() else {}
            names |= {fact[k] for k in ("org", "decided_by") if fact.get(k)}
    assert names
    unplaced = []
    for name in sorted(names):
        chain = org_chain(name)
        if not (chain and chain[0].name == name and chain[-1].name == NATION):
            unplaced.append(name)
            continue
        assert chain[0].type in ORG_TYPES, name
    assert not unplaced, unplaced




def test_orgs_town_level_markers_resolve_against_a_town_jurisdiction():
    town = "重庆市巴南区安澜镇"
    assert canonical_org("镇政府", town) == "重庆市巴南区安澜镇人民政府"
    assert canonical_org("镇党委", town) == "中共重庆市巴南区安澜镇委员会"
    assert canonical_org("区政府", town) == "重庆市巴南区人民政府"
    assert canonical_org("市政府", town) == "重庆市人民政府"
    assert canonical_org("街道党工委", "重庆市巴南区花溪街道") == "中共重庆市巴南区花溪街道工作委员会"
    assert parse_org("县政府", BANAN).jurisdiction is None  # 巴南区 has no 县 above it


@pytest.mark.parametrize("text, place", [
    ("中行巴南支行", "重庆市巴南区"),
    ("人保寿险巴南支公司", "重庆市巴南区"),
    ("中国联通巴南分公司", "重庆市巴南区"),
])
def test_orgs_branch_placed_by_the_district_it_names(text, place):
    info = parse_org(text, None)
    assert info is not None and info.jurisdiction == place and org_chain(info.name)[-1].name == NATION


def test_orgs_agenda_item_is_not_an_organization():
    assert parse_org("三、听取区政府", "重庆市巴南区") is None


@pytest.mark.parametrize("full, short, jur", [
    ("中共重庆市大渡口区人民武装部委员会", "区人武部党委", DADUKOU),
    ("中共重庆市巴南区退役军人事务局党组", "区退役军人事务局党组", BANAN),
])
def test_orgs_party_unit_written_two_ways_is_one_body(full, short, jur):
    """中共<org>委员会 (a decision's wording) and <org>党委 (a roster's) name one node."""
    assert canonical_org(full, jur) == canonical_org(short, jur) == canonical_org(full)


@pytest.mark.parametrize("text,name", [
    ("吉林省镇赉县委", "中共吉林省白城市镇赉县委员会"),
    ("吉林省镇赉县人民政府", "吉林省白城市镇赉县人民政府"),
    ("河北省正定县委", "中共河北省石家庄市正定县委员会"),
    ("湖南省浏阳市委", "中共湖南省长沙市浏阳市委员会"),
    ("广东省英德市政府", "广东省清远市英德市人民政府"),
    ("河南省新县团县委", "共青团河南省信阳市新县委员会"),
    ("十堰市团市委", "共青团湖北省十堰市委员会"),
    # a prefecture's (地区) party committee, and its 地委 short form
    ("中共喀什地区委员会", "中共新疆维吾尔自治区喀什地区委员会"),
    ("新疆阿勒泰地委", "中共新疆维吾尔自治区阿勒泰地区委员会"),
    ("阿里地委", "中共西藏自治区阿里地区委员会"),
    # a former unit, the only one of its name in the province (济南市章丘区 since 2016)
    ("山东省章丘市人民政府", "山东省济南市章丘市人民政府"),
])
def test_orgs_county_written_right_after_its_province(text, name):
    """Résumés and news skip the prefecture (河北省正定县委书记): the county is placed under it
    when one current unit of the province has that name."""
    assert canonical_org(text, None) == name


def test_orgs_county_after_province_is_not_guessed_when_two_share_the_name():
    assert canonical_org("河北省新华区人民政府", None) is None  # 石家庄市新华区, 沧州市新华区


@pytest.mark.parametrize("text,name,parent", [
    ("喀什地区教育局", "新疆维吾尔自治区喀什地区教育局", "新疆维吾尔自治区喀什地区行政公署"),
    ("阿勒泰地区公安局", "新疆维吾尔自治区阿勒泰地区公安局", "新疆维吾尔自治区阿勒泰地区行政公署"),
    ("和田地区妇联", "新疆维吾尔自治区和田地区妇女联合会", "新疆维吾尔自治区和田地区"),
])
def test_orgs_a_prefecture_without_a_government_has_its_bureaus_under_its_office(text, name, parent):
    """A 地区 has an administrative office (行政公署), not a people's government: its bureaus
    belong to the office."""
    info = parse_org(text, None)
    assert info is not None and (info.name, info.parent) == (name, parent)
