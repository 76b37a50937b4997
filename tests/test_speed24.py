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


def _spans(matches) -> list:  # noqa: ANN001
    return [(m.span(), m.groups()) for m in matches]


def _documents() -> list[str]:
    from kg.reading import read_document

    rnd = random.Random(9)
    alpha = list("王国姓名：: \n会议第一次2021年5月3日主任简历生平小传.．（(任—")
    return [read_document(str(p)).text for p in SAMPLES] + \
        ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 80))) for _ in range(2000)]


def test_searches_on_the_lines_that_can_hold_a_match() -> None:
    import re

    from kg import fast_re
    from kg.extract import careers, notice_tables, pair_rows
    from kg.metadata import _MEETING

    tenure = re.compile(r"(?=[.．（(第])(?:[.．]\d{1,2}[ \u3000]*(?:[-—–~～至]|任)|[（(]\d{4}|第[一二三四五六七八九十\d]{1,3}任)")
    for t in _documents():
        assert _spans(careers.LABEL_HEAD_RE.finditer(t)) == _spans(fast_re.finditer_lines(careers.LABEL_HEAD_RE, t, careers._COLON))
        assert _spans(careers.HEADING_POSTS_RE.finditer(t)) == \
            _spans(fast_re.finditer_lines(careers.HEADING_POSTS_RE, t, careers._PROFILE_WORD))
        assert _spans(notice_tables.CARD_NAME_RE.finditer(t)) == _spans(fast_re.finditer_near(notice_tables.CARD_NAME_RE, t, "姓", 1))
        assert _spans(_MEETING.finditer(t)) == _spans(fast_re.finditer_in_lines(_MEETING, t, "会议"))
        assert _spans(tenure.finditer(t)) == _spans(pair_rows.TENURE_HINT_RE.finditer(t))


def test_place_level_words_and_towns_as_the_one_search() -> None:
    from kg import fast_re
    from kg.metadata import _CONTEXT, _TOWN, _context_levels

    for t in _documents() + _level_texts():
        assert _context_levels(t) == tuple((m.group(1) or m.group(2), m.end(2) if m.group(2) else None)
                                           for m in _CONTEXT.finditer(t))
        assert _spans(fast_re.finditer_near_any(_TOWN, t, ("镇", "街道"), 3)) == _spans(_TOWN.finditer(t))


def _level_texts() -> list[str]:
    rnd = random.Random(11)
    alpha = list("本全自治区省市州盟县旗委员党政府人大协纪监中级法院检察代表会第十届镇街道乡，、 \n")
    return ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 60))) for _ in range(5000)]


def test_row_and_item_tests_of_the_line_join() -> None:
    rnd = random.Random(13)
    alpha = list("王国中新华社北京年月日电讯消息一二三（()）、.．12 ：:【#第附件是同—◆·") + ["\u3000"]
    lines = [ln.content for p in SAMPLES for ln in N._scan_lines(N._unify_line_breaks(p.read_text(encoding="utf-8"))[0])]
    lines += ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 30))) for _ in range(20000)]
    for c in lines:
        assert N._row_after(c) == bool(N._ROW_AFTER.match(c))
        assert N._name_or_label_row(c) == bool(N._ROW_BEFORE.match(c))
        assert N._item_line(c) == bool(N._NEW_ITEM.match(c))
        assert (c[-1] in N._PUNCT_ENDS) == bool(N._PUNCT_END.search(c))


def test_clean_name_of_a_plain_name_is_the_name() -> None:
    from kg import names

    def slow(text: str) -> str:
        text = names._MARKS_RE.sub("", text)
        text = names._SPACES_RE.sub("", text)
        text = names.DOT_RE.sub("·", text)
        return names._COUNT_RE.sub("", text) if len(text) > 2 else text

    rnd = random.Random(17)
    alpha = list("王李张强国等志位名人表员代委同两2一（(女)）族、 ·•．\n\t") + ["\u3000"]
    texts = ["".join(rnd.choice(alpha) for _ in range(rnd.randint(0, 8))) for _ in range(30000)]
    texts += [t for p in SAMPLES for t in p.read_text(encoding="utf-8").split()[:3000]]
    for t in texts:
        assert names.clean_name(t) == slow(t), t


def test_line_hint_as_the_one_search() -> None:
    from kg.extract import pair_rows

    rnd = random.Random(19)
    alpha = list("王国强局长书记任主席委员理官监师、：:；（）) 12.\n\t\r\x1c") + ["\u3000", "\u2028"]
    texts = _documents() + ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 60))) for _ in range(20000)]
    for t in texts:
        assert pair_rows._line_hint_starts(t) == [m.start() for m in pair_rows.LINE_HINT_RE.finditer(t)], t


def test_first_characters_of_the_name_after_patterns() -> None:
    from kg import fast_re
    from kg.extract import mentions as M

    for pattern, first in ((M._JI_HOU_AT, set(M._HOU_FIRST)), (M.LOST_CHAR_AT, set(M._QMARKS)),
                           (M.NUMBER_AFTER_NAME, set(M._NUMBER_FIRST)), (M.NAME_MARK_AT, set(M._BRACKETS)),
                           (M.DAY_AFTER_NAME_AT, {"1"}), (M.ETC_AT, {"等"})):
        cls = fast_re.first_class(pattern)
        assert cls is not None
        assert {chr(cp) for cp in range(0x10000) if cls.match(chr(cp))} == first, pattern.pattern


def test_careers_text_passes_as_the_searches_they_replace() -> None:
    import re

    from kg.extract import careers as C

    old_note = re.compile(r"[（(](?!(?:集团|控股)[)）])[^（）()]*[)）]|\[\d+\]")
    rnd = random.Random(23)
    alpha = list("一二三四五六七八九十〇○零年月日 （()）[]12集团控股其间期间王任") + ["\n"]
    texts = _documents() + ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 50))) for _ in range(20000)]

    def number(m: re.Match) -> str:
        return f"<{m.group('n')}>"

    for t in texts:
        assert old_note.sub(lambda m: "#" * len(m.group(0)), t) == C.NOTE_RE.sub(lambda m: "#" * len(m.group(0)), t)
        assert C._sub_matches(t, C.fast_re.finditer_after(C.CN_MONTH_RE, t, "年"), number) == C.CN_MONTH_RE.sub(number, t)
        assert C._sub_matches(t, C.fast_re.finditer_after(C.CN_DAY_RE, t, "月"), number) == C.CN_DAY_RE.sub(number, t)
        assert C._in_the_meantime(t) == (C.IN_THE_MEANTIME.search(t) is not None)


def test_dating_searches_as_the_plain_ones() -> None:
    from kg import fast_re
    from kg.extract import dating as D

    rnd = random.Random(29)
    alpha = list("刚日此前不久些天当同是闭幕结束召开举行的会议，。2021年5月3日二〇一九（）) 关于通知决定市政府委员会") + ["\n", "\t"]
    texts = _documents() + ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 80))) for _ in range(20000)]
    pieces = ["某市人民政府\n", "2021年5月3日\n", "（2021年5月3日）  \n", "关于任免的通知\n", "市关于某某的决定 \n",
              "刚刚闭幕的市第三次会议", "当天刚闭幕的会议，", "日前召开的大会会议", "前不久举行的会议。", "\n", "正文，"]
    texts += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(5000)]
    for t in texts:
        for _ in range(3):
            a = rnd.randint(0, len(t))
            b = rnd.randint(a, len(t))
            for plain, fast in (
                    (D.CLOSED_BEFORE.search(t, a, b), fast_re.search_first(D.CLOSED_BEFORE, t, a, b)),
                    (D.SIGNED_LINE.search(t, a, b), fast_re.search_lines(D.SIGNED_LINE, t, a, b, D.SIGNED_LINE_END)),
                    (D.NOTICE_TITLE_LINE.search(t, a, b),
                     fast_re.search_lines(D.NOTICE_TITLE_LINE, t, a, b, D.NOTICE_TITLE_END))):
                assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups()))


def test_colon_pieces_and_birth_lines_as_the_plain_searches() -> None:
    from kg import fast_re
    from kg.extract import careers as C
    from kg.extract import colon_lists as L

    rnd = random.Random(31)
    pieces = ["张三\n", "省委副书记：李四 |\n", "  男，1970年1月生，", "1945年1月生，黑龙江人", "名单如下：王五", "如下:", "\n",
              "正文如下，", "女，1960年出生于", " \t", "王六", "：", "2001年"]
    texts = _documents() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(20000)]
    for t in texts:
        assert L._piece_lines(t) == [(m.start(), m.group(0)) for m in L.PIECE_RE.finditer(t)]
        starts = sorted({s for m in C._BIRTH_NEXT_LINE.finditer(t) for s in C._line_starts_before(t, m.start(), 4)})
        assert _spans(fast_re.finditer_starts(C.BIRTH_LINE_RE, t, starts)) == _spans(C.BIRTH_LINE_RE.finditer(t))
        assert _spans(C._subject_matches(C.BIRTH_LINE_RE, t)) == _spans(C.BIRTH_LINE_RE.finditer(t))


def test_head_titles_and_member_lists_as_the_plain_searches() -> None:
    from kg.extract import infobox as I
    from kg.extract import mentions as M

    rnd = random.Random(37)
    pieces = ["副市长", "市长", "（", "张三", "县长", "副县长", "，", "\n", "中共", "县委", "常委", "常委会", "成员", "为", "：", "王五",
              "省长", "委", "会", "共有7人，", "党委", "区委"]
    texts = _documents() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 16))) for _ in range(20000)]
    for t in texts:
        assert _spans(M._head_title_matches(t)) == _spans(M._head_titles_re().finditer(t))
        assert _spans(I._member_matches(t)) == _spans(I._members_re().finditer(t))


def test_places_read_back_as_built() -> None:
    import dataclasses

    from kg import places as P

    built = P._build(P.PLACES_TSV.read_text(encoding="utf-8"), P.PLACES_YAML.read_text(encoding="utf-8"))
    back = P._from_payload(P._payload(built))
    assert back.full == built.full
    for name, place in built.full.items():
        assert dataclasses.astuple(back.full[name]) == dataclasses.astuple(place) and hash(back.full[name]) == hash(place)
    assert {w: [(p.name, how) for p, how in v] for w, v in back.words.items()} == \
        {w: [(p.name, how) for p, how in v] for w, v in built.words.items()}


def test_han_count_as_a_list_of_matches() -> None:
    from kg import simplify as S

    for p in SAMPLES:
        t = p.read_text(encoding="utf-8")
        assert S._han_count(t) == (len(S._HAN.findall(t)) if len(t) <= 65536 else 8 * len(S._HAN.findall(t[::8])))


def test_dataclass_methods_as_dataclasses_makes_them(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import dataclasses
    from dataclasses import dataclass, field

    from kg import fast_classes

    if not fast_classes.checked():
        pytest.skip("kg.fast_classes is installed only on the Python whose dataclasses._create_fn it copies")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(fast_classes, "_codes", None)

    def make() -> list[type]:
        @dataclass(frozen=True)
        class A:
            name: str
            n: int = 0
            tags: list[str] = field(default_factory=list, compare=False)

        @dataclass(slots=True, order=True)
        class B:
            x: float
            y: "str | None" = None

        @dataclass(eq=False, kw_only=True)
        class C:
            a: int
            b: dict = field(default_factory=dict)

        return [A, B, C]

    def methods(classes: list[type]) -> list[tuple]:
        out = []
        for cls in classes:
            for name, fn in sorted(vars(cls).items()):
                if callable(fn) and hasattr(fn, "__code__") and fn.__code__.co_filename == "<string>":
                    c = fn.__code__
                    out.append((cls.__name__, name, c.co_code, c.co_consts, c.co_names, c.co_varnames, c.co_flags,
                                repr(fn.__annotations__), repr(fn.__defaults__), repr(fn.__kwdefaults__)))
        return out

    monkeypatch.setattr(dataclasses, "_create_fn", fast_classes._original)
    plain = methods(make())
    monkeypatch.setattr(dataclasses, "_create_fn", fast_classes.create_fn)
    assert methods(make()) == plain  # compiled here
    assert methods(make()) == plain  # from the codes kept


def test_career_shapes_tried_after_their_first_character(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.extract import careers as C
    from kg.reading import read_document

    texts = [C.shape_text(C._unannotated(read_document(str(p)).text)) for p in SAMPLES]
    got = [[(h.span(), s["name"]) for h, s in C._shape_hits(t)] for t in texts]
    monkeypatch.setattr(C, "_first_of", lambda i: None)
    assert got == [[(h.span(), s["name"]) for h, s in C._shape_hits(t)] for t in texts]


def test_first_meeting_as_the_plain_search() -> None:
    from kg.extract import sections as S

    rnd = random.Random(41)
    pieces = ["重庆市巴南区", "第十九届", "十九届", "人大常委会", "人民代表大会常务委员会", "第三十五次会议", "市", "届", "第", "，",
              "一", "二十", "区", "自治区", " ", "次会议", "召开"]
    texts = _documents() + ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(30000)]
    for t in texts:
        m, p = S._first_meeting(t), S.MEETING_RE.search(t)
        assert (m and m.span()) == (p and p.span()), t


def test_characters_converted_alone_as_opencc_converts_them(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg import simplify as S

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    S._char_table.cache_clear()
    try:
        table = S._char_table()
        assert table is not None
        S._char_table.cache_clear()
        assert S._char_table() == table  # read back from the cache folder
        for c in S._table_chars():
            out = S._converter().convert(c)
            assert table.get(c, c) == (out if len(out) == 1 else c), c
    finally:
        S._char_table.cache_clear()


def test_pinyin_notes_where_a_bracket_opens_a_letter() -> None:
    from kg import fast_re
    from kg.extract import careers as C

    rnd = random.Random(43)
    alpha = list("王亓延军（()）qíabǚZ1 ，")
    texts = _documents() + ["".join(rnd.choice(alpha) for _ in range(rnd.randint(1, 30))) for _ in range(20000)]
    for t in texts:
        assert _spans(fast_re.finditer_at(C.PINYIN_NOTE_RE, t, C._NOTE_OPEN)) == _spans(C.PINYIN_NOTE_RE.finditer(t))


def test_first_chars_as_the_first_class_of_the_career_shapes() -> None:
    from kg import fast_re
    from kg.extract import careers as C

    checked = 0
    for spec in C.shapes():
        chars = fast_re.first_chars(spec["regex"])
        if chars is None:
            continue
        cls = fast_re.first_class(spec["regex"])
        assert cls is not None
        assert all(bool(cls.match(c)) == (c in chars[0] or (chars[1] and c.isdecimal())) for c in map(chr, range(0x10000)))
        checked += 1
    assert checked
