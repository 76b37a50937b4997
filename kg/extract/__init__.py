"""Extraction stage: one Document in, its facts out (contract: kg.model.Fact, README "facts").

Extraction of a document never looks at another document, so documents can be processed in
parallel or elsewhere; only the resolver (kg.resolve) looks across documents.
"""

from __future__ import annotations

from dataclasses import replace

import re

from kg import titles as T
from kg.extract.acts import BODILESS_COMMITTEES, HIRED_LIST_RE, TITLE_FIRST_APPOINT_RE, extract_acts
from kg.extract.holds import extract_holds
from kg.formats import add_pages
from kg.model import MARKS, Document, Evidence, Fact
from kg.orgs import taiwan_ministry, taiwan_units
from kg.titles import full_title


# a fact's note (during the merge only) that its date is the report's dateline's, no date the text writes
# for the act itself (kg.extract.dating ``_dateline_date``; session 20)
WEAK_DATE = "_dateline_date"


def _decided_by_congress(fact: Fact) -> bool:
    """The head of a State Council department (部长 of a ministry, 主任 of a commission, 行长 of the
    central bank, 审计长: titles.yaml state_council_heads), whom the congress decides on the premier's
    nomination and the press says was "elected" (当选为…部长; session 38: the dev gold writes every such
    act as an appointment, 45 of 45)."""
    if fact.title not in T.state_council_heads() or not fact.org:
        return False
    from kg.orgs import parse_org  # lazy: kg.orgs loads the place table

    info = parse_org(fact.org)
    return info is not None and info.parent == "中华人民共和国国务院"


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """One fact per (document, person, kind, status, title, org), carrying every evidence span.

    A decision reported in the resolution and again in the minutes is one decided fact with two
    spans. Fields missing in the first reading are filled from later ones; a proposed fact is
    dated by its earliest dated reading (the bill before its explanation)."""
    merged: dict[tuple, Fact] = {}
    seen_of: dict[tuple, set] = {}  # evidence keys of each merged fact, kept as it grows (not rebuilt per reading)
    for fact in facts:
        if fact.title and (full := full_title(fact.title)) != fact.title:
            fact.title = full  # 特首 → 行政长官, 主委 → 主任委员: one post whichever way the press wrote it
        if fact.kind == "elect" and _decided_by_congress(fact):
            fact.kind = "appoint"  # "陆昊当选为新组建的自然资源部部长": a minister is decided, never elected
        key = fact.key()
        first = merged.get(key)
        if first is None:
            merged[key] = fact
            continue
        seen = seen_of.get(key)
        if seen is None:
            seen = seen_of[key] = {e.key() for e in first.evidence}
        added = [e for e in fact.evidence if e.key() not in seen]
        first.evidence.extend(added)
        seen.update(e.key() for e in added)
        if first.kind == "hold" and first.end and fact.start == first.end and fact.end and fact.end > first.end:
            first.end = fact.end  # two rows of one tenure (叶飞 | 1954.10 - 1955.02, 叶飞 | 1955.02 - 1959.01): one span
        for name in ("org_text", "decided_by", "meeting", "doc_number", "start", "end", "former", *MARKS,
                     "person_attrs"):
            if getattr(first, name) is None and getattr(fact, name) is not None:
                setattr(first, name, getattr(fact, name))
        weak = bool(first.notes and first.notes.get(WEAK_DATE)) and not (fact.notes and fact.notes.get(WEAK_DATE))
        if fact.date and (first.date is None or (fact.status == "proposed" and fact.date < first.date) or weak):
            # (a date only the report's dateline gave yields to one the text writes for the act)
            first.date = fact.date
            if weak and first.notes:
                first.notes.pop(WEAK_DATE, None)
            if fact.notes and fact.notes.get(WEAK_DATE):
                first.notes = {**(first.notes or {}), WEAK_DATE: True}  # a weak date taken stays weak
        if fact.notes:
            first.notes = {**{k: v for k, v in fact.notes.items() if k != WEAK_DATE}, **(first.notes or {})}
    for fact in merged.values():  # the mark is the merge's own: never in the facts written
        if fact.notes and WEAK_DATE in fact.notes:
            fact.notes.pop(WEAK_DATE)
            fact.notes = fact.notes or None
    facts = _fold_unknown_orgs(list(merged.values()))
    for fact in facts:
        fact.evidence.sort(key=lambda e: (e.start, e.end))
        fact.source = fact.evidence[0]
    return sorted(facts, key=lambda f: (f.source.start, f.kind, f.person, f.title or ""))


def _fold_unknown_orgs(facts: list[Fact]) -> list[Fact]:
    """A fact whose organization the text left unknown ("陈伟俊当选书记") is the same fact as
    the one reading of it that names the organization in the same document ("陈伟俊当选市委书记"):
    its evidence joins that fact. With two or more named organizations it stays apart (which
    one it is, the text does not say)."""
    known: dict[tuple, list[Fact]] = {}
    for f in facts:
        if f.org is not None:
            known.setdefault((f.source.doc, f.kind, f.status, f.person, f.title), []).append(f)
    out = []
    for f in facts:
        targets = known.get((f.source.doc, f.kind, f.status, f.person, f.title), []) if f.org is None else []
        if len(targets) == 1:
            seen = {e.key() for e in targets[0].evidence}
            targets[0].evidence.extend(e for e in f.evidence if e.key() not in seen)
            continue
        out.append(f)
    return out


def extract_document(doc: Document) -> list[Fact]:
    """Every fact of one document: personnel acts and office-holding statements, merged
    (evidence of a PDF also gets its page: kg.formats.add_pages)."""
    facts = _drop_predecessors_with_acts(_drop_took_office_holds(merge_facts(_post_forms(_party_posts_held(extract_acts(doc)) + extract_holds(doc)))))
    facts = _fold_headline_appoints(facts, doc)
    _unplace_pre_prc_bodies(facts, doc)
    _unplace_roc_ministries(facts, doc)
    add_pages(doc, facts)
    return facts


def _post_forms(facts: list[Fact]) -> list[Fact]:
    """Each fact's post as the conventions write it (kg.titles.post_form: 书记 of 中共中央书记处)."""
    from kg.titles import post_form

    for f in facts:
        if f.org:
            f.title, f.org = post_form(f.title, f.org)
    return facts


# bodies of the People's Republic kg names by expanding a short form (北京市长 → 北京市人民政府):
# none of them existed before 1949 (session 20, roster breadth)
PRC_BODY_RE = re.compile(r"人民政府|人民代表大会")
YEAR_RE = re.compile(r"(?<![0-9０-９])(1[6-9][0-9]{2}|20[0-9]{2})(?=年|[-—–.．/])")
PRC_FIRST_YEAR = 1949
BIRTH_AFTER_RE = re.compile(r"年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:以?[前后])?(?:出)?生")


def _post_years(text: str, start: int, end: int) -> list[int]:
    """The years written in text[start:end], but a birth's ("生于1944年的天津市市长…", "1945年1月前出生")."""
    return [int(m.group(1)) for m in YEAR_RE.finditer(text, start, end)
            if not BIRTH_AFTER_RE.match(text, m.end()) and not text[max(0, m.start() - 3):m.start()].endswith(("生于", "生於"))]


def _unplace_pre_prc_bodies(facts: list[Fact], doc: Document) -> None:
    """"1938年1月1日，江朝宗正式就任北京市长", "林云陔：1928年5月恢复市长制。…林云陔任市长。": a
    post held before 1949 is no post of the People's Republic body kg would expand its short form to
    (北京市人民政府); the fact keeps its title and the organization as written, with no org (never
    guessed; docs/conventions.md). Read when the fact's own dates, else the years written on its
    line up to its evidence, are all before 1949; a body the text writes in full (…人民政府) stays.
    Rank facts carry no org; nothing else changes."""
    for f in facts:
        if not f.org or not PRC_BODY_RE.search(f.org) or (f.org_text and PRC_BODY_RE.search(f.org_text)):
            continue
        # (a holding's date is the document's, no date of the post: its own start and end only)
        own = [int(v[:4]) for v in (None if f.kind == "hold" else f.date, f.start, f.end) if v and v[:4].isdigit()]
        if not own:
            text = doc.original
            line_start = text.rfind("\n", 0, f.source.start) + 1
            sentence_start = max(line_start, *(text.rfind(c, 0, f.source.start) + 1 for c in "。；;"))
            own = _post_years(text, sentence_start, f.source.end) or _post_years(text, line_start, f.source.end)
        if own and max(own) < PRC_FIRST_YEAR:
            f.org = None


# the government of the Republic of China (in Taiwan, or before 1949): its five 院 and what only it has.
# A page that names two of them writes 外交部 / 财政部 for its own ministries, never the People's Republic's
ROC_MARKS = ("行政院", "立法院", "监察院", "考试院", "司法院", "总统府", "陆委会", "大陆委员会", "立委", "民进党", "国民党")
ROC_MIN_MARKS = 2
# what a page of the People's Republic's own bodies writes (a history page may name 行政院 and 国民党 too)
PRC_MARKS_RE = re.compile(r"人民政府|国务院|全国人大|中共中央|人民代表大会|政治协商会议|人大常委会")
PRC_STATE = "中华人民共和国"
# a local body of the People's Republic, by the province its name opens with
PRC_LOCAL_BODY_RE = re.compile(r"^(?:中共|中国人民政治协商会议)?(?P<province>[\u4e00-\u9fff]{2,8}?(?:省|自治区))"
                               r"(?=[^。]*(?:人民政府|人民代表大会|委员会|局|厅))")


def _unplace_roc_ministries(facts: list[Fact], doc: Document) -> None:
    """"外交部长吴钊燮", "财政部政务次长庄翠云" on a Taiwan page: the ministry is the Republic of China's,
    not the People's Republic's kg would expand a bare ministry to (中华人民共和国外交部). On a page
    that names two of the ROC's own bodies (ROC_MARKS) and none of the PRC's, a fact placed in a body
    of the People's Republic its text did not name so is placed in the 行政院's ministry of that name
    when the text writes the ministry bare (外交部, as Taiwan names it: kg.orgs.taiwan_ministry,
    session 42), else keeps the title and org_text with no org (never guessed; docs/conventions.md)."""
    text = doc.text
    # (a Taiwan county or city named counts as one mark: 新北市民政局…, 国民党; session 42)
    marks = sum(m in text for m in ROC_MARKS) + any(u in text for u in taiwan_units())
    if marks < ROC_MIN_MARKS or PRC_MARKS_RE.search(text):
        return
    for f in facts:
        if f.org and f.org.startswith(PRC_STATE) and not (f.org_text or "").startswith((PRC_STATE, "国家", "国务院")):
            f.org = taiwan_ministry(f.org_text) if f.org_text else None
        elif f.org and PRC_LOCAL_BODY_RE.match(f.org) and (m := PRC_LOCAL_BODY_RE.match(f.org)) \
                and m.group("province")[:2] not in (f.org_text or ""):
            f.org = None  # "新北市…泰山区长": a district the page names bare is Taiwan's, not 山东省泰安市's (session 42)


# the committee an act's title was read of when no body is written before it (acts._bodiless_party)
BODILESS_COMMITTEE_RE = re.compile(f"(?:{'|'.join(BODILESS_COMMITTEES)})$")
# career shapes whose holding repeats an act the act reader reads in the same words (session 19)
ACT_TOLD_AGAIN = frozenset({"took_office", "dated_passive"})
DAY_DATE_RE = re.compile(r"[0-9０-９一二三四五六七八九十]\s*[日号]")


# a party body's own meeting named in the act's sentence ("…举行了中共重庆市委四届一次全体会议，张德江当选中共
# 重庆市委书记"): the election is the party's, whatever meeting an earlier paragraph dated (session 25)
# (a party committee's plenum written without 中共: 深圳市委五届一次全体会议, session 27)
PARTY_MEETING_RE = re.compile(r"(?:中共|中国共产党)[^，,。；;]{0,30}?(?:全体会议|全会|代表大会|党代会)"
                              r"|[省市县区州]委(?:第?[一二三四五六七八九十]+届)?[一二三四五六七八九十]+(?:次|中)(?:全体会议|全会)")


def _party_posts_held(acts: list[Fact]) -> list[Fact]:
    """"周文同志当选为扎赉特旗委常委、人民政府副旗长" at a people's congress: a local congress, its
    standing committee or a CPPCC elects no party committee's post — the party post written with
    the new one is a holding (docs/conventions.md; session 23, the new election pages). (An
    appointment keeps its kind: its decider may be read wrong, 中共中央已批准…; the centre's bodies
    too: 中央军事委员会 is also the state's.)"""
    out = []
    for f in acts:
        if f.kind == "elect" and f.org and f.org.startswith("中共") and f.decided_by \
                and ("人民代表大会" in f.decided_by or f.decided_by.startswith("中国人民政治协商会议")):
            if not f.org.startswith("中共中央") and not PARTY_MEETING_RE.search(f.source.text):
                f = replace(f, kind="hold", decided_by=None, meeting=None, former=False)
            else:
                f = replace(f, decided_by=None, meeting=None)  # (the party's meeting, not the congress an earlier paragraph named)
        out.append(f)
    return out


def _drop_predecessors_with_acts(facts: list[Fact]) -> list[Fact]:
    """A predecessor's holding (kg.extract.predecessors: 接替A出任X) of a post the same page reports an
    act of for A — A's appointment to it, A's leaving it (卸任, 免去): the act tells the tenure; the
    development gold writes the act alone (session 44)."""
    acts = {(f.person, f.title, f.org) for f in facts if f.kind not in ("hold", "rank")}
    return [f for f in facts if not (f.kind == "hold" and (f.notes or {}).get("predecessor")
                                     and (f.person, f.title, f.org) in acts)]


def _drop_took_office_holds(facts: list[Fact]) -> list[Fact]:
    """"王蒙徽已履新住房和城乡建设部部长", "去年8月31日被任命为…副主任": the act reader reads the
    move (appoint); the career reader's reading of the same words as a holding (career shapes
    took_office, dated_passive) is that act told again, not a statement of its own (the corpus
    writes the act alone; session 19). A holding the act reader did not read as an act stays.
    A title+name mention whose body kg cannot place, inside the evidence of an act of the same
    person and title ("补选了常务委员会主任。现将名单公告如下：主任：严金海"), is that act told
    again: the act has the body (session 36)."""
    spans: dict[tuple, list[tuple[int, int]]] = {}
    elected: dict[tuple, list[tuple[int, int]]] = {}
    acted: dict[tuple, list[tuple[int, int]]] = {}
    for f in facts:
        if f.kind not in ("hold", "rank"):
            acted.setdefault((f.person, f.title), []).extend((e.start, e.end) for e in f.evidence)
            if f.org is None and f.title and (committee := BODILESS_COMMITTEE_RE.search(f.org_text or "")):
                # (当选第一届机关党委书记: the act's 书记 of 机关党委 is the mention's 机关党委书记)
                acted.setdefault((f.person, committee.group(0) + f.title), []).extend((e.start, e.end) for e in f.evidence)
    for f in facts:
        if f.kind in ("appoint", "acting", "elect"):
            spans.setdefault((f.person, f.title, f.org), []).extend((e.start, e.end) for e in f.evidence)
        if f.status == "decided" and (f.kind == "elect" or (f.kind == "appoint" and (
                HIRED_LIST_RE.search(f.source.text) or TITLE_FIRST_APPOINT_RE.search(f.source.text)))):
            # (向新聘任的国务院参事A、B颁发聘书: the appointments of a hired list, its titles before the names, told
            # once; acts.HIRED_LIST_RE, session 39; …人事异动，新任外交部长吴钊燮、国防部长严德发: round 31)
            elected.setdefault((f.person, f.title, f.org), []).extend((e.start, e.end) for e in f.evidence)
    return [f for f in facts
            if not (f.kind == "hold" and _told_again(f)
                    and any(s <= f.source.start < e for s, e in spans.get((f.person, f.title, f.org), ())))
            # (此次出任X: the move the page reports, wherever its act was read — the headline; session 46)
            and not (f.kind == "hold" and (f.notes or {}).get("career") == "this_time" and (f.person, f.title, f.org) in spans)
            and not (f.kind == "hold" and _elected_there(f, elected))
            and not (f.kind == "hold" and f.org is None and (f.notes or {}).get("mention")
                     and any(s <= f.source.start < e for s, e in acted.get((f.person, f.title), ())))]


def _elected_there(hold: Fact, elected: dict[tuple, list[tuple[int, int]]]) -> bool:
    """"选举产生七里坪镇人大主席潘卫国、副主席涂华文，镇长黄红星…": a title+name mention inside the
    sentence that elects that person to that very post is the election told, not a holding of its
    own (the corpus writes the act alone; session 20). An acting post before the election (代区长张三
    当选为区长: held until the vote) and a post the sentence does not elect to stay."""
    if not (hold.notes or {}).get("mention") or hold.acting or hold.former:
        return False
    return any(s <= hold.source.start < e for s, e in elected.get((hold.person, hold.title, hold.org), ()))


def _told_again(hold: Fact) -> bool:
    """A career reading that repeats an act: the shapes of ACT_TOLD_AGAIN, and a step dated to its
    day (2022年1月5日，张三当选为…: an act by docs/conventions.md, not a holding; session 20)."""
    career = (hold.notes or {}).get("career")
    if career in ACT_TOLD_AGAIN:
        return True
    text = hold.source.text
    lead = text[: text.find(hold.person)] if hold.person in text else ""
    return career == "dated" and DAY_DATE_RE.search(lead) is not None


def _fold_headline_appoints(facts: list[Fact], doc: Document) -> list[Fact]:
    """"鹿心社任江西省人大常委会主任 刘奇任省长" over "…大会…选举鹿心社为省十三届人大常委会主任": a
    headline's short 任 tells the election its report gives; the appoint read from the title line
    alone joins the elect of the same person, post and body (session 19)."""
    stripped = doc.original.lstrip()
    head_start = len(doc.original) - len(stripped)
    head_end = head_start + (stripped.find("\n") if "\n" in stripped else len(stripped))
    elected = {(f.person, f.title, f.org): f for f in facts if f.kind == "elect" and f.status == "decided"}
    out = []
    for f in facts:
        target = elected.get((f.person, f.title, f.org)) if f.kind == "appoint" and f.status == "decided" else None
        if target is not None and all(head_start <= e.start < head_end for e in f.evidence):
            seen = {e.key() for e in target.evidence}
            target.evidence.extend(e for e in f.evidence if e.key() not in seen)
            target.evidence.sort(key=lambda e: (e.start, e.end))
            target.source = target.evidence[0]
            continue
        out.append(f)
    return out


__all__ = ["extract_document", "extract_acts", "extract_holds", "merge_facts", "Evidence"]
