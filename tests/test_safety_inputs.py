"""Issue 8, inputs: special files, decoding on the evidence of the whole file, bad bytes kept and
reported, every kind of line ending, true error causes — and properties of read + extract on
any text (hypothesis)."""

from __future__ import annotations

import bisect
import json
import os
import re
import signal
import socket
import stat
import string
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.extract import extract_document
from kg.reading import document_from_text, iter_input_files, read_document

from conftest import kg

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SAMPLE_000 = SAMPLES / "000_0945f9fe5f825365.txt"
ACT = "重庆市巴南区人民代表大会常务委员会决定任命王玥为重庆市巴南区人民政府副区长。"
SHORT = "决定任命王玥为副区长。"
TRADITIONAL = "決定任命王玥為副區長。"


def _write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


@contextmanager
def _deadline(seconds: int):
    """Fail instead of hanging (opening a FIFO for reading blocks until a writer comes)."""
    def _timeout(signum, frame):
        raise AssertionError(f"still blocked after {seconds} s")

    old = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def _keys(facts) -> list[str]:
    """Fact identities without the document path."""
    return sorted(repr(f.key()[1:]) for f in facts)


def _plain(facts) -> list[str]:
    """Whole facts (spans, sentences, every field) without the document path."""
    out = []
    for fact in facts:
        data = fact.to_json()
        for ev in [data["source"], *data["evidence"]]:
            ev.pop("doc")
        out.append(json.dumps(data, ensure_ascii=False, sort_keys=True))
    return sorted(out)


# ---------------------------------------------------------------- special files

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")


@needs_fifo
def test_safety_inputs_fifo_in_folder_is_skipped_with_one_error(tmp_path):
    _write(tmp_path / "a.txt", ACT.encode())
    os.mkfifo(tmp_path / "b.txt")
    _write(tmp_path / "c.txt", ACT.encode())
    with _deadline(20):
        got = list(iter_input_files([str(tmp_path)]))
        errors = {Path(p).name: str(e) for p, e in got if e is not None}
        assert errors == {"b.txt": f"{tmp_path / 'b.txt'}: not a regular file (fifo)"}
        docs = [read_document(p) for p, e in got if e is None]
    assert [Path(d.path).name for d in docs] == ["a.txt", "c.txt"]


@needs_fifo
def test_safety_inputs_fifo_named_directly_never_opened(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with _deadline(20):
        assert [(p, str(e)) for p, e in iter_input_files([str(fifo)])] == [
            (str(fifo), f"{fifo}: not a regular file (fifo)")]
        with pytest.raises(InputError, match=r"not a regular file \(fifo\)$"):
            read_document(str(fifo))


@needs_fifo
def test_safety_inputs_symlink_to_fifo_and_broken_symlink(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "docs").mkdir()
    os.symlink(tmp_path / "pipe", tmp_path / "docs" / "link.txt")
    os.symlink(tmp_path / "gone.txt", tmp_path / "docs" / "dangling.txt")
    with _deadline(20):
        errors = {Path(p).name: e.reason for p, e in iter_input_files([str(tmp_path / "docs")]) if e}
    assert errors["link.txt"] == "not a regular file (fifo)"
    assert errors["dangling.txt"].startswith("broken symbolic link")


@needs_fifo
def test_safety_inputs_fifo_swapped_in_after_the_check_does_not_block(tmp_path, monkeypatch):
    """The path may become a FIFO between the check and the open: the open does not block and
    the open descriptor is checked again."""
    fifo = tmp_path / "late.txt"
    os.mkfifo(fifo)
    regular = os.stat(__file__)
    real_stat = os.stat

    def stat_before_the_swap(path, *args, **kwargs):
        return regular if str(path) == str(fifo) else real_stat(path, *args, **kwargs)

    monkeypatch.setattr("kg.reading.os.stat", stat_before_the_swap)
    with _deadline(20), pytest.raises(InputError, match=r"not a regular file \(fifo\)$"):
        read_document(str(fifo))


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="no unix sockets on this platform")
def test_safety_inputs_socket_and_device(tmp_path):
    sock_path = tmp_path / "s.txt"
    if len(str(sock_path)) > 100:
        pytest.skip("temporary path too long for a unix socket")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(sock_path))
        assert stat.S_ISSOCK(os.stat(sock_path).st_mode)
        errors = [e.reason for _, e in iter_input_files([str(tmp_path)]) if e]
        assert errors == ["not a regular file (socket)"]
        with pytest.raises(InputError, match=r"not a regular file \(socket\)"):
            read_document(str(sock_path))
    finally:
        sock.close()
    if os.path.exists("/dev/null"):
        [(path, error)] = list(iter_input_files(["/dev/null"]))
        assert str(error) == "/dev/null: not a regular file (character device)"
        with pytest.raises(InputError, match=r"not a regular file \(character device\)"):
            read_document("/dev/null")


@needs_fifo
def test_safety_inputs_cli_extract_folder_with_fifo_and_bad_byte_goes_on(tmp_path):
    """`kg extract dir/` with a FIFO in it hung; now: one Error line for the FIFO, one Warning
    line for a file with a bad byte (read all the same), the facts of every other file."""
    folder = tmp_path / "in"
    _write(folder / "a.txt", ACT.encode())
    os.mkfifo(folder / "b.txt")
    _write(folder / "c.txt", SHORT.encode("gbk"))
    bad = _write(folder / "d.txt", b"\x80" + ACT.encode())
    result = kg("extract", str(folder))
    assert result.returncode == 1  # one file could not be read
    assert result.stderr.splitlines() == [
        f"Error: {folder / 'b.txt'}: not a regular file (fifo)",
        f"Warning: {bad}: read as utf-8 with 1 undecodable byte sequence replaced by U+FFFD (at byte 0)",
    ]
    docs = sorted(Path(json.loads(line)["source"]["doc"]).name for line in result.stdout.splitlines())
    assert docs == ["a.txt", "c.txt", "d.txt"]


# ---------------------------------------------------------------- the encoding matrix


def _bom(bom: bytes, encoding: str):
    return lambda text: bom + text.encode(encoding)


_MATRIX = {
    # name: (encode, expected encoding)
    "utf-8": (lambda t: t.encode("utf-8"), "utf-8"),
    "utf-8 BOM": (_bom(b"\xef\xbb\xbf", "utf-8"), "utf-8"),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030"),
    "gbk": (lambda t: t.encode("gbk"), "gb18030"),
    "utf-16-le BOM": (_bom(b"\xff\xfe", "utf-16-le"), "utf-16"),
    "utf-16-be BOM": (_bom(b"\xfe\xff", "utf-16-be"), "utf-16"),
    "utf-16-le": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
    "utf-16-be": (lambda t: t.encode("utf-16-be"), "utf-16-be"),
    "utf-32 BOM": (_bom(b"\xff\xfe\x00\x00", "utf-32-le"), "utf-32"),
}


@pytest.fixture(scope="module")
def act_facts() -> dict[str, list[str]]:
    """The facts of each reference text read from UTF-8: the same facts, spans included, must
    come from every encoding (offsets index the decoded text, so a BOM changes nothing)."""
    out = {text: _plain(extract_document(document_from_text(text, path="doc.txt"))) for text in (ACT, ACT + "\n")}
    assert all(out.values()), "the reference sentence must give a fact"
    return out


@pytest.mark.parametrize("name", list(_MATRIX))
@pytest.mark.parametrize("text", [SHORT, ACT, ACT + "\n"], ids=["short", "act", "act-newline"])
def test_safety_inputs_encoding_matrix_short(tmp_path, name, text, act_facts):
    encode, expected = _MATRIX[name]
    doc = read_document(_write(tmp_path / "doc.txt", encode(text)))
    assert (doc.original, doc.encoding, doc.warnings) == (text, expected, [])
    if text != SHORT:
        assert _plain(extract_document(doc)) == act_facts[text]


@pytest.mark.parametrize("name", ["gbk", "gb18030", "utf-16-le", "utf-16-be", "utf-16-le BOM", "utf-8 BOM"])
def test_safety_inputs_encoding_matrix_long(tmp_path, name):
    original = SAMPLE_000.read_text(encoding="utf-8")
    encode, expected = _MATRIX[name]
    doc = read_document(_write(tmp_path / "000.txt", encode(original)))
    assert (doc.original == original, doc.encoding, doc.warnings) == (True, expected, [])


def test_safety_inputs_big5_traditional(tmp_path):
    for text in (TRADITIONAL, TRADITIONAL * 40, "重慶市巴南區人民代表大會常務委員會" + TRADITIONAL + "\n"):
        doc = read_document(_write(tmp_path / "big5.txt", text.encode("big5")))
        assert (doc.original, doc.encoding, doc.warnings) == (text, "big5", [])


def test_safety_inputs_short_gbk_is_not_korean(tmp_path):
    """The reproduction of issue 8: 决定任命王玥为副区长。 in GBK was read as cp949 (0 facts)."""
    doc = read_document(_write(tmp_path / "gbk.txt", SHORT.encode("gbk")))
    assert doc.encoding == "gb18030" and doc.original == SHORT
    assert [(f.person, f.title) for f in extract_document(doc)] == [("王玥", "副区长")]


@pytest.mark.parametrize("charset", ["gbk", "gb2312", "GB2312", "iso-8859-1"])
def test_safety_inputs_html_meta_charset(tmp_path, charset):
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f"<title>任免</title></head><body><p>{ACT}</p></body></html>\n")
    doc = read_document(_write(tmp_path / "page.html", page.encode("gbk")))
    assert doc.original == page and doc.encoding == "gb18030"
    assert ACT in doc.text
    if charset == "iso-8859-1":  # a wrong declaration is overridden, and said so
        assert doc.warnings and "iso-8859-1" in doc.warnings[0]
    else:
        assert doc.warnings == []
    [fact] = [f for f in extract_document(doc) if f.kind == "appoint"]
    assert doc.original[fact.source.start:fact.source.end].endswith(ACT)  # "任免" joins the sentence


def test_safety_inputs_html_meta_charset_short_form(tmp_path):
    page = f'<!DOCTYPE html><meta charset="GBK"><p>{SHORT}</p>'
    doc = read_document(_write(tmp_path / "p.htm", page.encode("gbk")))
    assert (doc.original, doc.encoding) == (page, "gb18030")


# ---------------------------------------------------------------- line endings


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\u2029", "\x85"],
                         ids=["crlf", "cr", "u2028", "u2029", "nel"])
def test_safety_inputs_line_endings_same_text(newline):
    original = SAMPLE_000.read_text(encoding="utf-8")
    ref = document_from_text(original, path="000.txt")
    doc = document_from_text(original.replace("\n", newline), path="000.txt")
    assert doc.text == ref.text
    if len(newline) == 1:  # one char for one char: the very same offsets
        assert doc.offsets == ref.offsets


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"], ids=["crlf", "cr", "u2028"])
def test_safety_inputs_html_line_endings(newline):
    """Inside a page a line break is white space whatever its kind (a CRLF is not a wide gap)."""
    page = (f"<html>\n<head><title>关于任免的通知</title></head>\n<body>\n<p>经研究，\n决定：</p>\n"
            f"<p>{ACT}</p>\n</body></html>\n")
    ref = document_from_text(page, path="p.html", html=True)
    doc = document_from_text(page.replace("\n", newline), path="p.html", html=True)
    assert doc.text == ref.text == f"关于任免的通知\n经研究，决定：\n{ACT}"
    [fact] = extract_document(doc)
    assert doc.original[fact.source.start:fact.source.end] == ACT


@pytest.fixture(scope="module")
def sample_000_facts():
    original = SAMPLE_000.read_text(encoding="utf-8")
    return original, extract_document(document_from_text(original, path="000.txt"))


@pytest.mark.parametrize("newline", ["\r", "\r\n"], ids=["cr", "crlf"])
def test_safety_inputs_sample_000_line_endings_same_facts(tmp_path, sample_000_facts, newline):
    """CR-only lost 55 facts of sample 000; CRLF and CR must give the LF facts, with spans that
    cover the same characters of the original (line breaks aside)."""
    original, ref = sample_000_facts
    path = _write(tmp_path / "000.txt", original.replace("\n", newline).encode("utf-8"))
    doc = read_document(path)
    facts = extract_document(doc)
    assert len(facts) == len(ref) and len(ref) > 50

    def _plain(f):
        return repr(f.key()[1:])  # the key without the path

    by_key = {_plain(f): f for f in ref}
    assert sorted(by_key) == sorted(_plain(f) for f in facts)
    for fact in facts:
        expected = by_key[_plain(fact)]
        assert [e.text for e in fact.evidence] == [e.text for e in expected.evidence]
        for ev, ev_ref in zip(fact.evidence, expected.evidence):
            assert doc.original[ev.start:ev.end].replace(newline, "\n") == original[ev_ref.start:ev_ref.end]
            if newline == "\r":
                assert (ev.start, ev.end) == (ev_ref.start, ev_ref.end)
            if original[ev_ref.start:ev_ref.end] == ev_ref.text:
                assert doc.original[ev.start:ev.end] == ev.text  # the span reads as the source text


# ---------------------------------------------------------------- bad bytes


@pytest.fixture(scope="module")
def sample_000_bytes() -> bytes:
    return SAMPLE_000.read_bytes()


def test_safety_inputs_one_stray_byte_is_replaced_and_reported(tmp_path, sample_000_facts, sample_000_bytes):
    """One stray byte in the 268 KB of sample 000 rejected the document ("not UTF-8")."""
    original, ref = sample_000_facts
    at = sample_000_bytes.index("附件".encode())  # a character boundary outside every fact
    path = _write(tmp_path / "000.txt", sample_000_bytes[:at] + b"\xff" + sample_000_bytes[at:])
    doc = read_document(path)
    assert doc.encoding == "utf-8"
    assert doc.warnings == [f"{path}: read as utf-8 with 1 undecodable byte sequence replaced by U+FFFD "
                            f"(at byte {at})"]
    char = len(sample_000_bytes[:at].decode("utf-8"))
    assert doc.original == original[:char] + "\ufffd" + original[char:]
    facts = extract_document(doc)
    assert _keys(facts) == _keys(ref) and len(ref) > 50  # not two empty extractions
    for fact in facts:
        for ev in fact.evidence:
            assert "\ufffd" not in doc.original[ev.start:ev.end]


def test_safety_inputs_bad_bytes_positions_listed(tmp_path):
    data = ACT.encode() * 200
    spots = [100, 1000, 2000, 3000, 4000, 5000, 6000]
    spots = [data.index(ACT.encode(), s) for s in spots]  # on character boundaries
    for s in reversed(spots):
        data = data[:s] + b"\x80" + data[s:]
    doc = read_document(_write(tmp_path / "x.txt", data))
    [warning] = doc.warnings
    positions = [s + i for i, s in enumerate(spots)]  # each insertion shifts the next
    assert f"with {len(spots)} undecodable byte sequences" in warning
    assert ", ".join(map(str, positions[:5])) + ", …)" in warning
    assert doc.original.count("\ufffd") == len(spots)


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "utf-16-le"])
def test_safety_inputs_truncated_last_character(tmp_path, encoding):
    text = ACT + "\n" + ACT
    data = text.encode(encoding)[:-1]
    doc = read_document(_write(tmp_path / "cut.txt", data))
    assert doc.original == text[:-1] + "\ufffd"
    expected = "utf-16-le" if encoding == "utf-16-le" else ("gb18030" if encoding == "gbk" else "utf-8")
    assert doc.encoding == expected
    at = len(data) - (2 if encoding == "utf-8" else 1)  # where the cut character starts
    assert doc.warnings == [f"{tmp_path / 'cut.txt'}: read as {expected} with 1 undecodable byte sequence "
                            f"replaced by U+FFFD (at byte {at})"]
    assert [f.person for f in extract_document(doc) if f.kind == "appoint"] == ["王玥"]


# ---------------------------------------------------------------- true causes


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"", r"empty file$"),
        (b"\xff\xfe" + b" \x00\n\x00", r"empty file \(whitespace only\)$"),
        (b"\x00\x01\x02" * 50, r"binary file, not text \(50 NUL bytes, first at byte 0"),
        (b"\x00\x01\x02PK\x00", r"binary file, not text \(2 NUL bytes"),  # not UTF-16 "Ā倂K"
        (bytes(range(0x80, 0x100)) * 4, r"cannot detect the text encoding: not text in UTF-8, UTF-16, GB18030 or Big5"),
        (b"\xef\xbb\xbf" + b"\xff\xfe\xfd\xfc" * 20,
         r"starts with a utf-8 byte-order mark but 80 of its 80 characters do not decode as utf-8 "
         r"\(at bytes 3, 4, 5, 6, 7, …\)$"),
        (b"\xff\xfe\xfa\x80\x81\xfe\xff\x00abc",  # 4 characters of nonsense and a cut one
         r"starts with a utf-16 byte-order mark but 1 of its 5 characters does not decode as utf-16 \(at byte 10\)$"),
        ("王俊".encode() + b"\xff" + "区委书".encode(),
         r"^too damaged to read: as utf-8, 1 of its 6 characters does not decode \(at byte 6\)$"),
        (ACT.encode() + b"\x80" * 400, r"the closest, [\w-]+, has 400 undecodable byte sequences"),
    ],
    ids=["empty", "blank-utf16", "nul", "nul-short", "high-bytes", "bom-but-not", "bom-odd-length", "short-damaged",
         "mostly-bad"],
)
def test_safety_inputs_error_names_true_cause(tmp_path, data, cause):
    path = _write(tmp_path / "x.txt", data)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert re.search(cause, info.value.reason), info.value.reason
    assert str(info.value) == f"{path}: {info.value.reason}" and "\n" not in str(info.value)
    assert "not UTF-8" not in info.value.reason


def test_safety_inputs_utf16_without_bom_is_not_binary(tmp_path):
    """UTF-16 without BOM was called a binary file."""
    doc = read_document(_write(tmp_path / "u16.txt", ("第1条\n" + ACT + "\n").encode("utf-16-le")))
    assert doc.encoding == "utf-16-le" and ACT in doc.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_safety_inputs_utf16_nuls_on_both_sides(tmp_path, encoding):
    """一 (U+4E00), 开 (U+5F00), 最 (U+6700) have a zero byte where ASCII has none: in a text with
    little ASCII the NUL bytes fall on both sides, and it is still UTF-16."""
    text = "政协第十一届委员会第一次会议开幕\n一一一最一\n"
    doc = read_document(_write(tmp_path / "u16.txt", text.encode(encoding)))
    assert (doc.original, doc.encoding) == (text, encoding)


def test_safety_inputs_ascii_with_stray_byte_is_not_utf16(tmp_path):
    """Pairs of ASCII letters are CJK code points in UTF-16: plain text with one bad byte must
    not turn into ideographs."""
    text = "Minutes of the meeting held on 2021-06-27, all members present.\n" * 3
    data = text.encode()
    data = data[:20] + b"\xff" + data[20:]
    doc = read_document(_write(tmp_path / "en.txt", data[: len(data) // 2 * 2]))
    assert not doc.encoding.startswith("utf-16") and "Minutes of the meeti" in doc.original


# ---------------------------------------------------------------- properties (hypothesis)

FRAGMENTS = [
    "决定任命", "王玥为", "重庆市巴南区人民政府副区长", "；", "。", "，", "免去", "刘伦波的", "职务",
    "提请", "决定接受罗伟辞去", "检察长职务", "同志", "（女）", "为", "代理检察长", "\n", "\n\n", "  ",
    "\r\n", "\r", "\u2028", "　", "王    俊    区委书记（8 月调离）\n", "2021年6月27日", "第一条",
    "# 关于王俊同志职务任免的通知\n", "**", "|", "\t", "副区长", "区长", "巴南区人大常委会", "选举",
    "当选为", "主任", "（兼）", "原", "任", "免", "A", "1", "(", ")", "：", ":", ".",
]
SENTENCES = [  # real appointment sentences (samples 000 and 003), whole
    ACT,
    "决定任命赵吉春为重庆市巴南区人民政府副区长；刘松为重庆市巴南区退役军人事务局局长。",
    "提请决定免去刘伦波的重庆市巴南区人民政府副区长职务。",
    "决定接受罗伟辞去重庆市巴南区人民检察院检察长职务，任命曾庆云为重庆市巴南区人民检察院副检察长。",
    "经研究，决定：\n王俊同志任重庆市大渡口区人民政府副区长；\n李娜同志任重庆市大渡口区教育委员会主任。\n",
    "余长明    区委书记（8 月开始担任）\n陈中举    区委副书记\n",
    "重庆市巴南区第十九届人民代表大会第五次会议选举王玥为重庆市巴南区人民政府区长。",
]
_texts = st.lists(
    st.one_of(
        st.sampled_from(SENTENCES),
        st.sampled_from(SENTENCES),
        st.sampled_from(FRAGMENTS),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6),
        st.text(alphabet=string.whitespace + "一二三四五王李刘陈。，、；（）()", max_size=4),
    ),
    max_size=30,
).map("".join)

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


def _squeeze(s: str) -> str:
    """Text without whitespace and the Markdown marks extractors drop (** and # of headings)."""
    return re.sub(r"[\s*#]", "", s)


def _check_spans(doc, facts) -> None:
    """What README's facts contract says: ``start``/``end`` are character offsets into the
    original (decoded) file, and ``text`` is the sentence read there — the normalized text of
    exactly that span (whitespace collapsed)."""
    for fact in facts:
        assert fact.source in fact.evidence
        for ev in fact.evidence:
            assert ev.doc == doc.path
            assert 0 <= ev.start < ev.end <= len(doc.original)
            ts = bisect.bisect_left(doc.offsets, ev.start)
            te = bisect.bisect_left(doc.offsets, ev.end)
            assert doc.to_original(ts, te) == (ev.start, ev.end)  # the span is a text span's image
            assert _squeeze(ev.text) == _squeeze(doc.text[ts:te])
            assert ev.text and ev.text == ev.text.strip()


@PROPERTY
@given(text=_texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_safety_inputs_property_read_and_extract_never_crash(tmp_path_factory, text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    path = _write(tmp_path_factory.mktemp("p") / "doc.txt", data)
    try:
        doc = read_document(path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
        return
    assert len(doc.offsets) == len(doc.text) + 1 and doc.offsets[-1] == len(doc.original)
    assert all(a < b for a, b in zip(doc.offsets, doc.offsets[1:]))
    _check_spans(doc, extract_document(doc))


@PROPERTY
@given(text=_texts)
def test_safety_inputs_property_decoding_round_trips(tmp_path_factory, text):
    """Any text written as UTF-8 (with or without BOM) or UTF-16 with BOM reads back as itself."""
    if not text.strip():
        return
    folder = tmp_path_factory.mktemp("r")
    for encoding in ("utf-8", "utf-8-sig", "utf-16"):
        path = _write(folder / f"{encoding}.txt", text.encode(encoding))
        try:
            doc = read_document(path)
        except InputError as exc:
            assert "binary" in exc.reason or "empty" in exc.reason or "no text" in exc.reason
            continue
        assert doc.original == text and doc.warnings == []


@PROPERTY
@given(sentences=st.lists(st.sampled_from([ACT, SHORT, "免去刘伦波的重庆市巴南区人民政府副区长职务。",
                                           "王    俊    区委书记（8 月调离）", "巴南区人大常委会", "2021年6月27日"]),
                          min_size=1, max_size=8),
       newline=st.sampled_from(["\n", "\r\n", "\r", "\u2028"]))
def test_safety_inputs_property_line_endings_do_not_change_facts(sentences, newline):
    lf = "\n".join(sentences)
    ref = extract_document(document_from_text(lf, path="d.txt"))
    doc = document_from_text(lf.replace("\n", newline), path="d.txt")
    facts = extract_document(doc)
    assert _keys(facts) == _keys(ref)
    _check_spans(doc, facts)


@PROPERTY
@given(text=_texts, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16-le", "big5"]),
       damage=st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=1, max_size=2)), max_size=3),
       noise=st.binary(max_size=64))
def test_safety_inputs_property_damaged_bytes_never_crash(tmp_path_factory, text, encoding, damage, noise):
    """Encoded text with bytes inserted, or raw noise: read_document returns a document (bad
    bytes replaced and each one reported) or one InputError line; extraction never crashes."""
    data = text.encode(encoding, errors="ignore") or noise
    for at, junk in damage:
        at %= len(data) + 1
        data = data[:at] + junk + data[at:]
    path = _write(tmp_path_factory.mktemp("d") / "doc.txt", data)
    try:
        doc = read_document(path)
    except InputError as exc:
        assert str(exc).startswith(f"{path}: ") and "\n" not in str(exc)
        return
    assert doc.original.count("\ufffd") >= (1 if doc.warnings else 0)
    for warning in doc.warnings:
        assert warning.startswith(f"{path}: ") and "\n" not in warning
    _check_spans(doc, extract_document(doc))
