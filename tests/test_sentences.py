"""kg.sentences gives exactly the sentences of spaCy's sentencizer, in linear time."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sentences import SENT_END, sentence_spans

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    "决定任命王强为副省长。免去李四的厅长职务。",
    "他说：“任命已经宣布。”随后散会！",
    "第一行\n第二行\n\n第三行  有空格 。 下一句",
    "  开头空格。结尾空格  ",
    "",
    "。。！？）下一句",
    "a b  c\n d",
]


def _spacy_spans(text: str) -> list[tuple[int, int]]:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("zh")
    nlp.add_pipe("sentencizer", config={"punct_chars": sorted(SENT_END)})
    return [(s.start_char, s.end_char) for s in nlp(text).sents]


@pytest.mark.parametrize("text", CASES)
def test_sentences_equal_spacy_sentencizer_on_cases(text):
    assert sentence_spans(text) == _spacy_spans(text)


@pytest.mark.parametrize("name", ["000_0945f9fe5f825365.txt", "001_c20813c4169b5919.txt", "004_3acbdc6da8fda54b.txt"])
def test_sentences_equal_spacy_sentencizer_on_samples(name):
    text = (ROOT / "samples" / name).read_text(encoding="utf-8")
    assert sentence_spans(text) == _spacy_spans(text)


@pytest.mark.parametrize("text", [
    "甲。 \n\n乙", "甲。 乙", "甲\n \n乙", " \n甲", "\n\n", "甲 \n乙。”）丙", "甲。\n\n\n乙", "  ", "。", "甲 ",
    "甲。 ", "甲。\u3000乙", "（一）任命\n  张三为局长；\n李四为副局长。", "甲。 \n乙", "甲。  乙",
])
def test_sentences_equal_spacy_sentencizer_on_whitespace_edges(text):
    assert sentence_spans(text) == _spacy_spans(text)


def test_last_index_is_the_max_of_rfinds() -> None:
    import random

    from kg.sentences import last_index

    rng = random.Random(1)
    for _ in range(3000):
        n = rng.randint(0, 3000)
        alphabet = "ab。\n；cd" if rng.random() < 0.5 else "abcdefgh" * 5 + "。"
        text = "".join(rng.choice(alphabet) for _ in range(n))
        end = rng.randint(0, n)
        start = rng.randint(0, end)
        for chars in ("。\n", "。；：\n", "；", "x"):
            assert last_index(text, chars, end, start) == max(text.rfind(c, start, end) for c in chars)
