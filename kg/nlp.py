"""The spaCy pipeline: ``spacy.blank("zh")`` plus kg's own rule components.

There is no usable Chinese model offline, and personnel documents are formulaic, so the
pipeline is rules over spaCy's character tokens:

- ``sentencizer`` (spaCy's, configured) — sentence boundaries after 。！？ and at line breaks (officials end list
  items with ；, which stays inside the sentence so a list is one evidence sentence);
- ``kg_entities`` — ``doc.ents`` with DATE (2025年6月26日, 8月), TITLE and RANK (the lexicon in
  kg/data/titles.yaml), ORG (names ending in an institution word: 人民政府, 人民法院, …局, 庭, …)
  and PERSON (a valid name — kg.names — in the positions officials put names: before 同志 / 为 /
  的…职务 / 辞去, after a title).

The extractors read ``doc.sents`` and ``doc.ents``; nothing here downloads anything.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.names import HAN, clean_name, is_person_name
from kg.titles import ranks, titles

SENT_END = set("。！？!?")

DATE_RE = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?|\d{4}年(?:\d{1,2}月)?")
ORG_SUFFIXES = (
    "人民代表大会常务委员会|人民代表大会|人大常委会|人民政府|人民法院|人民检察院|委员会|"
    "办事处|工作委员会|[局委办院庭室科所站队中心社厅部会]"
)
ORG_SUFFIX_RE = re.compile(ORG_SUFFIXES)
ORG_START_RE = re.compile(r"中共|中国人民政治协商会议|[\u4e00-\u9fff]{1,6}?(?:省|市|区|县|镇|乡|街道)")
# Characters that cannot be inside an organization name: where a look-back stops.
_ORG_STOP = set("，。、；：,;:！？!?的为在和与及对从向把被由是了将任免\n\t 《》“”\"")
_NAME_CTX_RE = re.compile(rf"([{HAN}]{{2,4}})(?=同志|为|的[{HAN}（）()]{{2,40}}职务|辞去|不再担任)")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern[str]:
    words = sorted(set(titles()) | set(ranks()), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _char_spans(doc: Doc, pattern: re.Pattern[str], label_of) -> list[Span]:
    spans = []
    for m in pattern.finditer(doc.text):
        label = label_of(m)
        if not label:
            continue
        span = doc.char_span(m.start(1) if m.re.groups else m.start(), m.end(1) if m.re.groups else m.end(),
                             label=label, alignment_mode="contract")
        if span is not None and len(span):
            spans.append(span)
    return spans


def _org_spans(doc: Doc) -> list[Span]:
    """ORG: from each institution word, look back (at most 30 chars, not across punctuation or
    function words) to where a place name or 中共 starts. Linear in the text length."""
    text, spans = doc.text, []
    for m in ORG_SUFFIX_RE.finditer(text):
        lo = m.start()
        while lo > 0 and m.end() - lo < 30 and text[lo - 1] not in _ORG_STOP:
            lo -= 1
        start = ORG_START_RE.search(text, lo, m.start() + 1)
        if start is None:
            continue
        span = doc.char_span(start.start(), m.end(), label="ORG", alignment_mode="contract")
        if span is not None and len(span) > 1:
            spans.append(span)
    return spans


@Language.component("kg_entities", assigns=["doc.ents"])
def kg_entities(doc: Doc) -> Doc:
    """DATE, TITLE, RANK, ORG and PERSON spans from the rules above (longest span wins)."""
    rank_set = set(ranks())
    spans = _char_spans(doc, DATE_RE, lambda m: "DATE")
    spans += _org_spans(doc)
    spans += _char_spans(doc, _title_re(), lambda m: "RANK" if m.group() in rank_set else "TITLE")
    spans += _char_spans(doc, _NAME_CTX_RE, lambda m: "PERSON" if is_person_name(clean_name(m.group(1))) else None)
    doc.ents = filter_spans(spans)
    return doc


@lru_cache(maxsize=1)
def get_pipeline() -> Language:
    """The shared pipeline (built once per process)."""
    nlp = spacy.blank("zh")
    # spaCy's own sentencizer with Chinese enders and line breaks (a "\n" is its own token).
    nlp.add_pipe("sentencizer", config={"punct_chars": sorted(SENT_END | {"\n"})})
    nlp.add_pipe("kg_entities")
    nlp.max_length = 20_000_000
    return nlp
