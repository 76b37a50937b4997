"""The graph of all five samples, built end to end: every organization has a canonical name, a
type and a PART_OF chain up to the country through its jurisdiction (issue 4's "done when"),
and `kg org-tree 重庆市巴南区人民法院` shows the court's 庭 with their posts."""

from __future__ import annotations

import json

import pytest
from conftest import kg

from kg.orgs import ORG_TYPES, PLACED_BY_STRENGTH, nation
from kg.store import open_store

NATION = "中华人民共和国"


@pytest.fixture(scope="module")
def db(samples_db) -> str:
    return samples_db  # built once per session (conftest.samples_db)


@pytest.fixture(scope="module")
def orgs(db) -> dict[str, dict]:
    with open_store(db, read_only=True) as store:
        rows = store.run(
            "MATCH (o:Organization) OPTIONAL MATCH (o)-[:PART_OF]->(p:Organization) "
            "RETURN o.name AS name, o.type AS type, o.jurisdiction AS jurisdiction, "
            "o.placed_by AS placed_by, p.name AS parent")
    return {r["name"]: r for r in rows}


def chain(orgs: dict[str, dict], name: str) -> list[str]:
    out = [name]
    while orgs[out[-1]]["parent"] and len(out) < 12:
        out.append(orgs[out[-1]]["parent"])
    return out


def test_samples_graph_the_country_is_the_root():
    assert nation() == NATION


def test_samples_graph_every_organization_has_a_type_and_a_chain_to_its_jurisdiction(orgs):
    assert len(orgs) > 400
    broken = []
    for name, row in orgs.items():
        up = chain(orgs, name)
        ok = (row["type"] in ORG_TYPES and row["placed_by"] in PLACED_BY_STRENGTH
              and up[-1] == NATION and (row["jurisdiction"] or NATION) in up)
        if not ok:
            broken.append((name, row["type"], row["placed_by"], up))
    assert not broken, broken[:10]


@pytest.mark.parametrize("name, parent, placed_by", [
    # the name says where: a place in full, a short place name, a national body
    ("重庆市巴南区人民法院民事审判一庭", "重庆市巴南区人民法院", "name"),
    ("巴南不动产登记中心", "重庆市巴南区", "name"),
    ("成都银行巴南支行", "重庆市巴南区", "name"),
    ("重庆市大渡口区建胜镇司法所", "重庆市大渡口区建胜镇", "name"),
    ("重庆理工大学", "重庆市", "name"),
    ("九三学社中央委员会", NATION, "name"),
    ("中共中央政治局", "中共中央委员会", "name"),
    ("中国国民党革命委员会湖南省委员会祖国和平统一促进委员会", "中国国民党革命委员会湖南省委员会", "name"),
    ("重庆市巴县人民代表大会常务委员会", "重庆市巴县", "name"),
    # written without a place by a document of that place (the roster's 区属 companies)
    ("重庆市大渡口区大晟公司", "重庆市大渡口区", "document"),
    ("重庆市巴南区南投集团", "重庆市巴南区", "document"),
    ("重庆市綦江区工业园区管理委员会", "重庆市綦江区", "document"),
    # nothing says where in China
    ("中建隧道建设有限公司", NATION, "country"),
    ("长江环保集团上游公司", NATION, "country"),
])
def test_samples_graph_placement_and_its_evidence(orgs, name, parent, placed_by):
    assert orgs[name]["parent"] == parent
    assert orgs[name]["placed_by"] == placed_by


def test_samples_graph_short_names_of_placed_companies(db):
    with open_store(db, read_only=True) as store:
        [row] = store.run("MATCH (o:Organization {name: $name}) RETURN o.short_names AS s",
                          {"name": "重庆市大渡口区大晟公司"})
    assert "大晟公司" in row["s"]


def test_samples_graph_org_tree_of_the_court_shows_its_divisions_with_posts(db):
    run = kg("org-tree", "重庆市巴南区人民法院", "--json", "--db", db)
    assert run.returncode == 0, run.stderr
    tree = json.loads(run.stdout)
    divisions = {c["name"]: c for c in tree["children"]}
    assert "重庆市巴南区人民法院民事审判一庭" in divisions
    assert all(name.endswith("庭") for name in divisions if name.startswith(tree["name"] + "民事"))
    assert any(c["posts"] for c in divisions.values())


@pytest.mark.parametrize("name, persons, jurisdiction", [
    ("赵吉春", 1, None), ("张国智", 1, None), ("余长明", 1, None), ("钟渝", 1, None),
    ("刘扬", 1, "重庆市大渡口区"),  # 綦江's 区法院专委 刘扬 (sample 003) is a namesake of another jurisdiction
    ("唐勇", 1, None), ("孟德华", 1, None), ("徐晓勇", 1, None),
    ("王涛", 2, None), ("张亮", 2, None), ("张勇", 2, None), ("李锐", 2, None), ("刘磊", 2, None),
    ("刘松", 2, None),  # the bureau chief (= the 代表 who resigned for a change of work) and the 联通 manager
])
def test_samples_graph_person_identity(db, name, persons, jurisdiction):
    """The issue's cases on the whole build: one node per real person, namesakes apart.
    张国智's chronicle mentions ("区长、区总河长张国智") join the roster row that shares
    their passage."""
    with open_store(db, read_only=True) as store:
        rows = store.run("MATCH (p:Person {name: $name}) WHERE $j = '' OR p.jurisdiction = $j RETURN p.id AS id",
                         {"name": name, "j": jurisdiction or ""})
    assert len(rows) == persons
