"""kg.fast_re: the faster class optimizer gives exactly what CPython's own gives."""

from __future__ import annotations

import random
import re
from re import _compiler, _parser
from re._constants import IN

import pytest

from kg import fast_re


def _classes(pattern: str, flags: int = 0) -> list[list]:
    """The character classes (IN items) of a pattern, as the compiler receives them."""
    found = []

    def walk(items) -> None:  # noqa: ANN001
        for op, av in items:
            if op is IN:
                found.append(list(av))
            elif isinstance(av, (list, tuple)):
                for sub in av:
                    if isinstance(sub, _parser.SubPattern):
                        walk(sub)
                    elif isinstance(sub, (list, tuple)):
                        for x in sub:
                            if isinstance(x, _parser.SubPattern):
                                walk(x)
            if isinstance(av, _parser.SubPattern):
                walk(av)

    walk(_parser.parse(pattern, flags))
    return found


def _kg_patterns() -> list[str]:
    from kg.extract import grammar

    pats = [s.regex.pattern for s in grammar.shapes()]
    pats += [grammar.NAMES, grammar.MARK, r"[\u4e00-\u9fff（）()]{2,40}", r"[^，,；;]+?", r"[一二三四五六七八九十]+、"]
    return pats


CLASSES = [r"[\u4e00-\u9fff]", r"[^\u4e00-\u9fff]", r"[\u4e00-\u9fff·]", r"[\u4e00-\u9fff（）()]", r"[a-z]",
           r"[^a-z0-9]", r"[\x00-\xff]", r"[\xf0-\u0110]", r"[\u00ff\u0100]", r"[0-9一二三四五六七八九十]",
           r"[，,；;]", r"[\uffff]", r"[\u4e00-\u9fff\U00020000-\U0002a6df]", r"[\w\u4e00]", r"[a\u4e00-\u4e01b]"]


def _same(charset: list) -> None:
    assert fast_re.optimize_charset(list(charset)) == fast_re._original(list(charset))


@pytest.mark.parametrize("cls", CLASSES)
def test_same_as_cpython_on_written_classes(cls: str) -> None:
    for charset in _classes(cls):
        _same(charset)
    for charset in _classes(cls, re.IGNORECASE):  # case folding: handed to the original
        _same(charset)


def test_same_as_cpython_on_kg_patterns() -> None:
    checked = 0
    for pattern in _kg_patterns():
        for charset in _classes(pattern):
            _same(charset)
            checked += 1
    assert checked > 50


def test_same_as_cpython_on_random_classes() -> None:
    rng = random.Random(9)
    points = [0, 1, 0x7F, 0xFE, 0xFF, 0x100, 0x101, 0x3000, 0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0xFF0C, 0xFFFE, 0xFFFF,
              0x10000, 0x20000, 0x2A6DF, 0x10FFFF]
    for _ in range(400):
        parts = []
        for _ in range(rng.randint(1, 6)):
            a = rng.choice(points) if rng.random() < 0.5 else rng.randint(0, 0xFFFF)
            if rng.random() < 0.5:
                b = min(0x10FFFF, a + rng.choice([0, 1, 2, 255, 256, 1000, 30000, 70000]))
                parts.append(f"{re.escape(chr(a))}-{re.escape(chr(b))}")
            else:
                parts.append(re.escape(chr(a)))
        cls = "[" + ("^" if rng.random() < 0.3 else "") + "".join(parts) + "]"
        for charset in _classes(cls):
            _same(charset)


def test_compiled_code_unchanged() -> None:
    pattern = _kg_patterns()[0]
    parsed = _parser.parse(pattern)
    fast = _compiler._code(parsed, 0)
    _compiler._optimize_charset = fast_re._original
    try:
        slow = _compiler._code(_parser.parse(pattern), 0)
    finally:
        fast_re.install()
    assert fast == slow


def test_installed_on_checked_python() -> None:
    assert (_compiler._optimize_charset is fast_re.optimize_charset) == fast_re.checked()


# -- fast_re.finditer: the same matches as Pattern.finditer -------------------------------------

FINDITER_CASES = [
    (r"(?:^|(?<=[。；，,\n：:]))[ \t]*(?P<who>[\u4e00-\u9fff]{2,4}?)现任(?P<posts>[^。；;\n]+)", 0),
    (r"(?:^|(?<=[。；;\n]))\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?=曾任|现任)", re.M),
    (r"(?:^|(?<=[，]))a*", 0),  # empty matches: finditer's own rules
    (r"(?:^|(?<=[^x]))ab", 0),  # a negated class: plain finditer
    (r"(?:^|(?<=[,]))(?<=a,)b", 0),  # a lookbehind inside the rest sees the same text
    (r"ab", 0),
]
FINDITER_TEXTS = ["", "a", "王强现任区长，李明现任副区长。张三现任", "，，王强现任区长\n李四曾任书记；赵五现任主任",
                  "a,b,,b,a,b", "，aa，，a，", "ab,ab", "\n王强曾任局长\n\n李明现任"]


@pytest.mark.parametrize("pattern,flags", FINDITER_CASES)
def test_finditer_same_matches(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    for text in FINDITER_TEXTS:
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast_re.finditer(rx, text)] == expected, text


def test_finditer_same_matches_on_samples() -> None:
    from pathlib import Path

    from kg.extract import careers

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    patterns = [careers.SUBJECT_RE, careers.OPENER_RE, careers.TIMED_OPENER_RE, *(s["regex"] for s in careers.shapes())]
    assert sum(fast_re._after_marks(p) is not None for p in patterns) >= 3
    for rx in patterns:
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast_re.finditer(rx, text)] == \
                [(m.span(), m.groups()) for m in rx.finditer(text)]


def test_finditer_at_same_dates_on_samples() -> None:
    from pathlib import Path

    from kg.dates import NUMERAL
    from kg.extract.dating import DATE_EXPR

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    texts += ["二〇二一年八月二日，8月28上午", "第1２2025年3月5日", "Ｏ一年十二月", "〔2021〕3号 3日", ""]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast_re.finditer_at(DATE_EXPR, text, NUMERAL)] == \
            [(m.span(), m.groups()) for m in DATE_EXPR.finditer(text)]


def test_finditer_before_same_dates_on_samples_and_corpus() -> None:
    """Dating's candidates (numerals with 年 / 日 / 号 / 午 in reach) find every date."""
    from pathlib import Path

    from kg.dates import NUMERAL
    from kg.extract.dating import BARE_MONTH, DATE_EXPR, DATE_MARKS, DATE_REACH

    root = Path(__file__).parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("samples/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("corpus/dev/docs/*.txt"))]
    texts += ["二〇二一年八月二日，8月28上午", "12 月 31 日", "三十一 日", "9月2上午 10月12下午", "二〇二一 年",
              "第1２2025年3月5日", "Ｏ一年十二月", "〔2021〕3号 3日", "十二月三十一日", "十二月份，", "3月底 12月初", ""]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast_re.finditer_before(DATE_EXPR, text, DATE_MARKS, DATE_REACH,
                                                                        NUMERAL)] == \
            [(m.span(), m.groups()) for m in DATE_EXPR.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast_re.finditer_near(BARE_MONTH, text, "月", 2)] == \
            [(m.span(), m.groups()) for m in BARE_MONTH.finditer(text)]


def test_first_meeting_is_the_search() -> None:
    """kg.extract.sections._first_meeting (MEETING_RE tried only before each 届) finds what
    MEETING_RE.search finds."""
    from pathlib import Path

    from kg.extract import sections

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    rng = random.Random(3)
    pieces = ["重庆市", "巴南区", "自治区", "第", "十", "九", "届", "人大常委会", "第一次会议", "十次会议", " ", "区",
              "第十届", "在", "内蒙古自治区呼和浩特市", "大大大大大大大大大大大大", "市第十九届人大常委会第"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        expected = sections.MEETING_RE.search(text)
        found = sections._first_meeting(text)
        assert (found and found.span()) == (expected and expected.span()), text


def test_shape_triggered_is_the_trigger_search() -> None:
    """Act shapes test plain-word triggers with ``in`` (grammar.Shape.triggered): the same
    answer as the trigger's search, on every line of the samples."""
    from pathlib import Path

    from kg.extract import grammar

    lines = [line for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    shapes = grammar.shapes()
    assert any(s.trigger_words for s in shapes)
    for shape in shapes:
        for line in lines[::7]:
            assert shape.triggered(line) == (shape.trigger is None or shape.trigger.search(line) is not None)


def test_sentence_trigger_finds_every_triggered_sentence_shape() -> None:
    """A sentence without grammar.sentence_trigger() tries no sentence shape: no shape is
    triggered by a text the union misses (every line of the samples and every example)."""
    from pathlib import Path

    from kg.extract import grammar

    texts = [line for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines()]
    texts += [e.text for s in grammar.shapes() for e in s.examples] + [n for s in grammar.shapes() for n in s.negatives]
    wanted = grammar.sentence_trigger()
    assert wanted is not None
    for text in texts:
        if wanted.search(text) is None:
            assert not any(s.triggered(text) for s in grammar.sentence_shapes()), text


def test_born_matches_are_the_finditer() -> None:
    """kg.extract.careers._born_matches (BORN_RE tried only before each "，1955年…生") finds what
    BORN_RE.finditer finds."""
    from pathlib import Path

    from kg.extract import careers

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    rng = random.Random(5)
    pieces = ["王强", "欧阳", "·", "，", "1955年", "12月", "出生", "生", " ", "李", "，1970年9月生", "、", "他",
              "张三丰丰丰丰丰丰丰丰丰丰丰丰丰", "2021年", "\n", ","]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in careers._born_matches(text)] == \
            [(m.span(), m.groups()) for m in careers.BORN_RE.finditer(text)], text


def test_mentions_patterns_same_matches_on_samples() -> None:
    """The mention reader's bracketed names ((?:(?<=[…])|^) form) and head titles (tried at
    their first characters) give the plain finditer's matches."""
    from pathlib import Path

    from kg.extract import mentions

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    texts += ["陈刚（自治区党委书记）、蓝天立（自治区主席）出席", "张曙光副省长、王强市长\n李四（市委书记）", ""]
    assert fast_re._after_marks(mentions.BRACKETED) is not None
    for text in texts:
        assert [m.span() for m in fast_re.finditer(mentions.BRACKETED, text)] == \
            [m.span() for m in mentions.BRACKETED.finditer(text)]
        rx = mentions._head_titles_re()
        assert [m.span() for m in fast_re.finditer_at(rx, text, mentions._head_titles_first())] == \
            [m.span() for m in rx.finditer(text)]


def test_person_after_is_the_eager_named_person() -> None:
    """acts._PersonAfter (the person a clause hands on, worked out when read) is what
    _named_person computed eagerly, along chains of clauses."""
    from kg.extract.acts import _named_person, _PersonAfter

    clauses = ["宣布原漳州市市长李建国", "调任", "黄强", "今年增长5%", "副主任李昭", "决定", "王晓一同志", "他"]
    rng = random.Random(7)
    for _ in range(500):
        eager: list[str] = ["王强"] if rng.random() < 0.5 else []
        lazy: list[str] = list(eager)
        for _ in range(rng.randint(1, 6)):
            c = rng.choice(clauses)
            eager, lazy = _named_person(c, eager), _PersonAfter(c, lazy)
        assert list(lazy) == list(eager)
    chain: list[str] = ["王强"]
    for i in range(3000):  # a long sentence of clauses: no recursion
        chain = _PersonAfter(f"增长{i}", chain)
    assert list(chain) == ["王强"]


def test_required_words() -> None:
    """Words every match holds (a text without them has no match, finditer skips the scan)."""
    assert fast_re.required_words(re.compile(r"(?:ab|cd)e+f?(?:g|h)")) == (("ab", "cd"), ("e",))
    assert fast_re.required_words(re.compile(r"x{0,3}y(?=z)")) == (("y",),)
    assert fast_re.required_words(re.compile(r"a(?i:b)c")) == (("a",), ("c",))
    assert fast_re.required_words(re.compile(r"ab", re.I)) == ()
    assert fast_re.required_words(re.compile(r"(?:ab|[cd])x")) == (("x",),)
    rng = random.Random(11)
    patterns = [re.compile(p) for p in (r"(?:ab|cd)e+f?(?:g|h)", r"a(?:b|c)*d", r"(?P<x>ab)?c", r"[ab]c(?:d|e)")]
    for _ in range(2000):
        text = "".join(rng.choice("abcdefgh") for _ in range(rng.randint(0, 10)))
        for rx in patterns:
            assert [m.span() for m in fast_re.finditer(rx, text)] == [m.span() for m in rx.finditer(text)]


# -- compiled patterns kept between runs (fast_re.cached_compile) -------------------------------

@pytest.fixture
def cache_in(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """A fresh pattern cache in tmp_path (the module's state put back afterwards)."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fast_re, "_cache", None)
    monkeypatch.setattr(fast_re, "_used", set())
    monkeypatch.setattr(fast_re, "_added", False)
    return tmp_path


def _fresh_read() -> None:
    fast_re._cache = None
    fast_re._used.clear()


def test_cached_patterns_are_the_compiled_ones(cache_in) -> None:  # noqa: ANN001
    patterns = [(p, 0) for p in _kg_patterns()] + [(r"(?P<a>x)(?:y|z)+\d", re.M), (r"(?i)abc", 0), ("", 0)]
    first = [fast_re.cached_compile(p, f) for p, f in patterns]
    fast_re._save()
    assert fast_re.cache_file() is not None and fast_re.cache_file().exists()
    _fresh_read()
    again = [fast_re.cached_compile(p, f) for p, f in patterns]
    assert not fast_re._added  # every one read from the file
    for (p, f), a, b in zip(patterns, first, again):
        original = fast_re._original_compile(p, f)
        # Pattern equality compares the pattern text, the flags and the compiled code
        assert a == original and b == original
        assert (b.groups, b.groupindex, b.flags) == (original.groups, original.groupindex, original.flags)


def test_corrupt_or_foreign_cache_is_ignored(cache_in) -> None:  # noqa: ANN001
    fast_re.cached_compile(r"[\u4e00-\u9fff]{2,4}", 0)
    fast_re._save()
    path = fast_re.cache_file()
    data = path.read_bytes()
    for bad in (data[:-7] + b"garbage", b"not a cache", data[: len(data) // 2], b""):
        path.write_bytes(bad)
        _fresh_read()
        rx = fast_re.cached_compile(r"[\u4e00-\u9fff]{2,4}", 0)
        assert rx == fast_re._original_compile(r"[\u4e00-\u9fff]{2,4}", 0)
        assert fast_re._added  # compiled anew, and written again at exit
        fast_re._save()
        assert path.read_bytes().startswith(fast_re._FORMAT)


def test_pattern_analysis_kept_between_runs(cache_in, monkeypatch) -> None:  # noqa: ANN001
    """What the shortcuts read from a pattern's parse tree (required words, clause-start
    windows) is written at exit and read back: the same answers; a corrupt file is ignored."""
    from kg.extract import careers

    patterns = [careers.SUBJECT_RE, careers.OPENER_RE, *(s["regex"] for s in careers.shapes())]
    monkeypatch.setattr(fast_re, "_analysis", None)
    monkeypatch.setattr(fast_re, "_analysis_added", False)
    want = [(fast_re._find_required_words(p), fast_re._plain_window(fast_re._find_word_window(p))) for p in patterns]

    def answers() -> list:
        fast_re.required_words.cache_clear()
        fast_re._word_window.cache_clear()
        return [(fast_re.required_words(p), fast_re._plain_window(fast_re._word_window(p))) for p in patterns]

    try:
        assert answers() == want
        assert any(w for _, w in want) and any(r for r, _ in want)
        fast_re._save_analysis()
        path = fast_re._analysis_file()
        assert path is not None and path.exists()
        fast_re._analysis = None
        assert answers() == want and not fast_re._analysis_added  # every answer read from the file
        path.write_bytes(path.read_bytes()[:-5] + b"xxxxx")
        fast_re._analysis = None
        assert answers() == want and fast_re._analysis_added  # analysed anew
    finally:
        fast_re.required_words.cache_clear()
        fast_re._word_window.cache_clear()


def test_code_refused_by_sre_is_compiled_anew(cache_in) -> None:  # noqa: ANN001
    fast_re._cache = {("ab", 0): (32, bytes(12), 0, {}, (None,))}  # not valid code
    rx = fast_re.cached_compile("ab", 0)
    assert rx == fast_re._original_compile("ab", 0) and rx.match("ab")


def test_no_cache_when_kg_cache_dir_is_empty(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert fast_re.cache_dir() is None and fast_re.cache_file() is None


def test_installed_with_the_cache_on_checked_python() -> None:
    if fast_re.checked() and fast_re.cache_dir() is not None:
        assert _compiler.compile is fast_re.cached_compile


# -- fast_re._windowed: clause starts tried only before the pattern's words -------------------

WINDOW_CASES = [
    (r"(?:^|(?<=[。；，,\n：:]))[ \t]*(?:(?P<who>[\u4e00-\u9fff]{2,4}?)\s*)?现任(?P<posts>[^。；;\n]+)", 0),
    (r"(?:^|(?<=[。；;\n]))[^，,。；;\n]{0,12}?(?:年|月|日)[，,]\s*(?P<name>[\u4e00-\u9fff]{2,4}?)(?=调任|出任)", re.M),
    (r"(?:^|(?<=[，,]))(?:曾任|历任)(?P<posts>[^。]+)", 0),
    (r"(?:^|(?<=[，]))a*b?", 0),  # no word after the lead: no window
]
WINDOW_TEXTS = FINDITER_TEXTS + ["王强现任区长，李明现任副区长。", "2020年，王强调任市长；3月，李四出任书记\n5日，赵五调任",
                                 "曾任局长，历任科长、处长。，曾任", "现任现任，，现任"]


@pytest.mark.parametrize("pattern,flags", WINDOW_CASES)
def test_windowed_same_matches(pattern: str, flags: int) -> None:
    rx = re.compile(pattern, flags)
    window = fast_re._word_window(rx)
    if pattern.endswith("a*b?"):
        assert window is None
        return
    assert window is not None
    for text in WINDOW_TEXTS:
        expected = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in fast_re._windowed(rx, text, window)] == expected, text


def test_windowed_same_matches_on_samples() -> None:
    from pathlib import Path

    from kg.extract import careers

    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(__file__).parent.parent.glob("samples/*.txt"))]
    patterns = [careers.SUBJECT_RE, careers.OPENER_RE, careers.TIMED_OPENER_RE, *(s["regex"] for s in careers.shapes())]
    windowed = [(rx, w) for rx in patterns if (w := fast_re._word_window(rx)) is not None]
    assert len(windowed) >= 5
    for rx, window in windowed:
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast_re._windowed(rx, text, window)] == \
                [(m.span(), m.groups()) for m in rx.finditer(text)], rx.pattern[:60]


def test_cache_file_keeps_the_run_s_patterns_within_its_size(cache_in, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(fast_re, "_MAX_BYTES", 2000)
    old = [fast_re.cached_compile(f"(?:old{i})+[\\u4e00-\\u9fff]{{2,4}}", 0) for i in range(30)]
    fast_re._save()
    _fresh_read()
    fast_re.cached_compile("(?:new)+x", 0)  # the only pattern this run uses
    fast_re._save()
    _fresh_read()
    fast_re.cached_compile("y", 0)  # (loads the file)
    kept = set(fast_re._cache)
    assert ("(?:new)+x", 0) in kept and 1 < len(kept) < len(old) + 1
    size = sum(len(k[0]) + len(v[1]) for k, v in fast_re._cache.items() if k != ("y", 0))
    assert size <= 2000


def test_finditer_near_gives_finditer_matches():
    """A pattern whose every match has a word within ``reach`` of its start is tried only there:
    the same matches as finditer, lookaheads included (kg.extract.infobox's 常委 lists,
    kg.extract.careers' 现年N岁)."""
    from kg.extract import careers, infobox

    text = ("县委常委班子成员包括张三、李四。1954年8月县委建立常委会，常委为王五、赵六。"
            "李世峰30岁时即出任局长，王强现年52岁。常委会议召开。\n常委\n") * 3
    for pattern, word, reach in ((infobox._members_re(), "常委", infobox._MEMBERS_REACH),
                                 (careers.AGE_AFTER_RE, "岁", 12)):
        want = [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]
        got = [(m.start(), m.end(), m.groupdict()) for m in fast_re.finditer_near(pattern, text, word, reach)]
        assert got == want and want


def test_finditer_before_same_subjects_on_samples_and_corpus() -> None:
    """The career subjects found only before their words (careers.BEFORE_WORDS) are the plain
    finditer's, on the samples, corpus/dev and texts made to sit at the edges of the reach."""
    from pathlib import Path

    from kg.extract import careers

    root = Path(__file__).parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("samples/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(root.glob("corpus/dev/docs/*.txt"))]
    lead = "据悉" + "甲" * 38 + "书记"
    texts += [f"{lead}王小明将升任省长。", f"，{lead}王小明已经调任市长", "省委书记李强已升任", "市长张三将出任", ""]
    # (TITLED_OPENER_RE: its comma 40 + 4 characters after the start at most; session 21)
    texts += ["据悉" + "甲" * 36 + "书记王小明，已调任市长", "。据悉" + "甲" * 38 + "书记王小明，今年3月出任", "市委书记李强，任"]
    # (TITLED_IS_RE: only a 为 / 是 followed by a career clause is a mark; two close together, one of each)
    texts += ["山东省委书记刘家义为中央干部，此前担任审计署审计长", "新任北京大学党委书记邱水平是一名老北大人。他从北大毕业后，曾任副书记",
              "省委书记张三为是为人低调，是老干部，曾任市长。省长李四是本地人，为官多年，此前任副省长", f"{lead}王小明为人，历任"]
    for rx, (marks, reach, first) in careers.BEFORE_WORDS.items():
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast_re.finditer_before(rx, text, marks, reach, first)] == \
                [(m.span(), m.groups()) for m in rx.finditer(text)]
