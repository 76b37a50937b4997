"""Session 24's speed work gives what the code it replaced gave (kg/normalize.py's passes)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kg import normalize as N
from kg.simplify import to_simplified

SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))


def _joined(path: Path) -> tuple[str, list[int]]:
    s, _ = N._unify_line_breaks(to_simplified(N._WIDTH_CHARS.sub(N._widen, path.read_text(encoding="utf-8"))))
    return N._join_lines(s, N._scan_lines(s))


def _texts() -> list[str]:
    rnd = random.Random(24)
    alpha = list("王国中年月号人12ab") + [" "] * 8 + ["\n"] * 3 + list("-•*,:!?;(。）：\t.一")
    return ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 40))) for _ in range(3000)]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_passes_as_the_substitutions_they_replace_on_the_samples(path: Path) -> None:
    text, offsets = _joined(path)
    _check_passes(text, offsets)


def test_passes_as_the_substitutions_they_replace_on_random_texts() -> None:
    for text in _texts():
        _check_passes(text, list(range(len(text))))


def _check_passes(text: str, offsets: list[int]) -> None:
    assert N._single_spaces(text, offsets) == N._sub(text, offsets, N._SPACE, N._single_space)
    assert N._full_width_punct(text, offsets) == N._sub(text, offsets, N._ASCII_PUNCT, N._ascii_punct)
    for pattern, repl in ((N._PARENS, N._parens), (N._PERIOD, N._period), (N._DATE_DASH, N._dash)):
        assert (N._replace(text, pattern, repl), offsets) == N._sub(text, offsets, pattern, repl)
    assert N._pinyin_glosses(text, offsets) == N._sub(text, offsets, N._PINYIN_GLOSS, N._drop)
