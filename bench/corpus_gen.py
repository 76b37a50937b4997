"""A synthetic corpus of personnel documents from many places, with their gold facts.

    python bench/corpus_gen.py OUT_DIR [--docs 500] [--seed 7]

Writes ``OUT_DIR/docs/NNNNN-<genre>.txt`` and ``OUT_DIR/gold.jsonl`` (one line per expected
fact: doc, kind, person, title, org). Five genres, as kg meets them in real archives:

- ``appoint``   a county government's 任免通知 (任命 … 为 …；免去 … 的 … 职务)
- ``election``  a people's congress session electing the county head and deputies
- ``notice``    a standing committee's decisions (决定任命 / 决定免去)
- ``roster``    a yearbook's leadership list (title, then names)
- ``bio``       a short official biography (现任 …)

Places come from kg's own place table (current county-level units nationwide) and titles /
departments from a fixed list, so the corpus has many jurisdictions and organizations. Each
county has a pool of people who reappear across documents (careers: appointed, later removed,
listed in rosters, described in biographies), so resolution has real merges to make. The same
seed gives the same corpus byte for byte.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力永健世广志义兴良海山仁波宁贵福生龙元全胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
DEPARTMENTS = ["发展和改革委员会", "教育委员会", "科学技术局", "民政局", "司法局", "财政局",
               "人力资源和社会保障局", "规划和自然资源局", "生态环境局", "住房和城乡建设委员会", "交通局",
               "水利局", "农业农村委员会", "商务委员会", "文化和旅游发展委员会", "卫生健康委员会",
               "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局", "医疗保障局", "林业局"]
CN_DIGITS = "〇一二三四五六七八九"
GENRES = ("appoint", "election", "notice", "roster", "bio")


def cn_number(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def counties(limit: int | None = None) -> list[tuple[str, str, str]]:
    """(full name, short name, level word 县/区/市/旗) of current county-level places."""
    from kg.places import gazetteer

    out = []
    for place in gazetteer().full.values():
        if place.tier != 3 or place.until or not place.resolved or not place.parent or place.level not in ("县", "区", "市"):
            continue
        if len(place.short) < 2 or any(ch in place.short for ch in "·族"):
            continue
        out.append((place.name, place.short, place.level))
    out.sort()
    return out[:limit] if limit else out


class County:
    """One county: its people and who currently holds which post (to write consistent careers)."""

    def __init__(self, rnd: random.Random, full: str, short: str, level: str, index: int):
        self.rnd, self.full, self.short, self.level = rnd, full, short, level
        self.head = {"县": "县长", "区": "区长", "市": "市长"}[level]
        self.names: list[str] = []
        used: set[str] = set()
        while len(self.names) < 60:
            name = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.choice((1, 2, 2))))
            if name not in used:
                used.add(name)
                self.names.append(name)
        self.holders: dict[tuple[str, str], str] = {}  # (org, title) -> person
        self.term = 15 + index % 5

    def org(self, dept: str) -> str:
        return f"{self.full}{dept}"

    def government(self) -> str:
        return f"{self.full}人民政府"

    def person(self) -> str:
        return self.rnd.choice(self.names)


def _date(rnd: random.Random) -> tuple[str, str]:
    y, m, d = rnd.randint(2016, 2024), rnd.randint(1, 12), rnd.randint(1, 28)
    return f"{y}年{m}月{d}日", f"{y:04d}-{m:02d}-{d:02d}"


def gen_appoint(c: County, rnd: random.Random) -> tuple[str, list[dict]]:
    written, _ = _date(rnd)
    gold, lines = [], []
    for _ in range(rnd.randint(10, 30)):
        dept = rnd.choice(DEPARTMENTS)
        title = rnd.choice(("局长", "副局长")) if dept.endswith("局") else rnd.choice(("主任", "副主任"))
        who = c.person()
        if rnd.random() < 0.7:
            lines.append(f"任命{who}为{c.org(dept)}{title}；")
            gold.append({"kind": "appoint", "person": who, "title": title, "org": c.org(dept)})
        else:
            lines.append(f"免去{who}的{c.org(dept)}{title}职务；")
            gold.append({"kind": "remove", "person": who, "title": title, "org": c.org(dept)})
    first = gold[0]["person"]
    text = (f"{c.government()}关于{first}等同志职务任免的通知\n\n各乡镇人民政府，各街道办事处，{c.short}政府各部门：\n"
            f"经{c.short}人民政府研究，决定：\n" + "\n".join(lines) + f"\n\n{c.government()}\n{written}\n")
    return text, gold


def gen_election(c: County, rnd: random.Random) -> tuple[str, list[dict]]:
    written, _ = _date(rnd)
    head, deputies = c.person(), [c.person() for _ in range(rnd.randint(2, 4))]
    deputies = [d for d in dict.fromkeys(deputies) if d != head]
    gold = [{"kind": "elect", "person": head, "title": c.head, "org": c.government()}]
    gold += [{"kind": "elect", "person": d, "title": "副" + c.head, "org": c.government()} for d in deputies]
    text = (f"{c.full}第{cn_number(c.term)}届人民代表大会第{cn_number(rnd.randint(1, 6))}次会议胜利闭幕\n\n"
            f"{written}，{c.full}第{cn_number(c.term)}届人民代表大会第{cn_number(rnd.randint(1, 6))}次会议"
            f"选举{head}为{c.government()}{c.head}，选举{'、'.join(deputies)}为{c.government()}副{c.head}。\n"
            f"会议号召全{c.level}人民团结一心，奋力谱写高质量发展新篇章。\n")
    return text, gold


def gen_notice(c: County, rnd: random.Random) -> tuple[str, list[dict]]:
    written, _ = _date(rnd)
    gold, lines = [], []
    for _ in range(rnd.randint(5, 15)):
        dept = rnd.choice(DEPARTMENTS)
        title = "局长" if dept.endswith("局") else "主任"
        who = c.person()
        if rnd.random() < 0.6:
            lines.append(f"决定任命{who}为{c.org(dept)}{title}。")
            gold.append({"kind": "appoint", "person": who, "title": title, "org": c.org(dept)})
        else:
            lines.append(f"决定免去{who}的{c.org(dept)}{title}职务。")
            gold.append({"kind": "remove", "person": who, "title": title, "org": c.org(dept)})
    text = (f"{c.full}人民代表大会常务委员会任免名单\n\n（{written}{c.full}第{cn_number(c.term)}届人民代表大会常务委员会"
            f"第{cn_number(rnd.randint(2, 30))}次会议通过）\n\n" + "\n".join(lines) + "\n")
    return text, gold


def gen_roster(c: County, rnd: random.Random) -> tuple[str, list[dict]]:
    year = rnd.randint(2016, 2024)
    gold, lines = [], []
    units = [(c.government(), c.head, "副" + c.head)]
    for dept in rnd.sample(DEPARTMENTS, rnd.randint(3, 6)):
        units.append((c.org(dept), *(("局长", "副局长") if dept.endswith("局") else ("主任", "副主任"))))
    for org, head, deputy in units:
        lines.append(org)
        people = list(dict.fromkeys(c.person() for _ in range(3)))
        for i, who in enumerate(people):
            title = head if i == 0 else deputy
            lines.append(f"{who}　　{title}")
            gold.append({"kind": "hold", "person": who, "title": title, "org": org})
    text = f"{c.full}年鉴（{year}）\n\n{c.full}领导名单\n\n" + "\n".join(lines) + "\n"
    return text, gold


def gen_bio(c: County, rnd: random.Random) -> tuple[str, list[dict]]:
    who = c.person()
    dept = rnd.choice(DEPARTMENTS)
    title = "局长" if dept.endswith("局") else "主任"
    y = rnd.randint(1965, 1985)
    text = (f"{who}简历\n\n{who}，男，汉族，{y}年{rnd.randint(1, 12)}月生，{c.short}人，大学学历，"
            f"{y + 22}年7月参加工作，中共党员。\n现任{c.org(dept)}{title}。\n")
    return text, [{"kind": "hold", "person": who, "title": title, "org": c.org(dept)}]


GENERATORS = {"appoint": gen_appoint, "election": gen_election, "notice": gen_notice, "roster": gen_roster, "bio": gen_bio}


def gold_facts(path: str, text: str, gold: list[dict]):
    """The gold facts of one document as kg facts (the JSONL contract), each pointing at the
    line that states it: what a perfect extraction of the document gives."""
    from kg.model import Evidence, Fact

    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out, seen = [], set()
    for g in gold:
        key = (g["kind"], g["person"], g["title"], g["org"])
        if key in seen:
            continue
        seen.add(key)
        start, line = next(((p, ln) for p, ln in lines if g["person"] in ln and g["title"] in ln),
                           next((p, ln) for p, ln in lines if g["person"] in ln))
        ev = Evidence(path, start, start + len(line), line)
        out.append(Fact(kind=g["kind"], status="decided", person=g["person"], title=g["title"], org=g["org"],
                        org_text=g["org"], date=None, source=ev, evidence=[ev]))
    return out


def generate(out: str | Path, n_docs: int, seed: int = 7, places: int | None = None,
             shard_size: int = 1000) -> dict:
    """Write ``n_docs`` documents and their gold facts under ``out``: ``docs/``, ``gold.jsonl``
    and ``gold-shards/`` (the gold facts as kg fact shards, for `kg build --facts`); return counts."""
    import hashlib

    from kg.shards import write_shard

    out = Path(out)
    (out / "docs").mkdir(parents=True, exist_ok=True)
    rnd = random.Random(seed)
    all_places = counties()
    n_places = places or max(5, min(len(all_places), n_docs // 8))
    chosen = random.Random(seed).sample(all_places, n_places)
    pool = [County(random.Random(seed * 1000 + i), *p, i) for i, p in enumerate(chosen)]
    chars = facts = 0
    batch: list = []
    shards = 0
    with open(out / "gold.jsonl", "w", encoding="utf-8") as gold_fh:
        for i in range(n_docs):
            genre = GENRES[i % len(GENRES)]
            county = pool[rnd.randrange(len(pool))]
            text, gold = GENERATORS[genre](county, rnd)
            name = f"{i:06d}-{genre}.txt"
            path = out / "docs" / name
            data = text.encode("utf-8")
            path.write_bytes(data)
            chars += len(text)
            for g in gold:
                gold_fh.write(json.dumps({"doc": name, **g}, ensure_ascii=False) + "\n")
            facts += len(gold)
            sha = hashlib.sha256(data).hexdigest()
            info = {"id": sha[:16], "path": str(path), "title": text.split("\n", 1)[0], "date": None, "year": None,
                    "jurisdiction": county.full, "sha256": sha, "real_paths": [str(path.resolve())]}
            batch.append((info, gold_facts(str(path), text, gold)))
            if len(batch) >= shard_size:
                write_shard(out / "gold-shards" / f"gold-{shards:05d}.jsonl", batch)
                batch, shards = [], shards + 1
    if batch:
        write_shard(out / "gold-shards" / f"gold-{shards:05d}.jsonl", batch)
    return {"documents": n_docs, "places": n_places, "characters": chars, "gold_facts": facts}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--docs", type=int, default=500)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    print(generate(args.out, args.docs, args.seed))


if __name__ == "__main__":
    main()
