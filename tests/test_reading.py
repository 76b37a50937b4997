"""kg.reading: finding files, encodings, HTML with offsets, and one-line errors for bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.reading import (
    document_from_text,
    html_to_text,
    iter_input_files,
    read_document,
    read_text_document,
)

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
ROW = "王    俊    区委书记（8 月调离）\n\n汪    建    区委常委、纪委书记、监委主任（8 月调离）\n"


def _write(path: Path, data: bytes) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


# ---------------------------------------------------------------- finding files


def test_reading_iter_input_files_mixed_directory(tmp_path):
    for name in ("b.txt", "a.md", "c.html", "d.png", "e.doc", "g.pdf", "h.docx", "sub/f.txt", ".hidden.txt"):
        _write(tmp_path / name, "王俊".encode())
    missing = str(tmp_path / "nope.txt")
    got = list(iter_input_files([str(tmp_path), missing]))
    names = [Path(p).relative_to(tmp_path).as_posix() for p, _ in got]
    assert names == ["a.md", "b.txt", "c.html", "d.png", "e.doc", "g.pdf", "h.docx", "sub/f.txt", "nope.txt"]
    errors = {Path(p).name: e for p, e in got if e is not None}
    assert set(errors) == {"d.png", "e.doc", "nope.txt"}  # .pdf and .docx are read (and judged) one by one
    for path, err in got:
        if err is not None:
            assert isinstance(err, InputError) and path in str(err) and "\n" not in str(err)


def test_reading_iter_input_files_keeps_path_as_given(tmp_path, monkeypatch):
    _write(tmp_path / "docs" / "x.txt", "王俊".encode())
    monkeypatch.chdir(tmp_path)
    assert list(iter_input_files(["docs"])) == [("docs/x.txt", None)]


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "name, data, reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\t\r\n  ", "empty"),
        ("image.txt", bytes.fromhex("89504e470d0a1a0a0000000d49484452") * 8, "binary"),
        ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16]) * 20, "binary"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 4, "encoding"),
        ("picture.png", b"\x89PNG\r\n", "unsupported"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "unsupported file type (kg reads .txt, .md, .html, .pdf and .docx"),
        ("cut.pdf", b"%PDF-1.4", "not a readable PDF"),
        ("empty.pdf", b"", "empty"),
        ("letter.docx", "王俊".encode(), "not a readable DOCX"),
    ],
)
def test_reading_bad_file_gives_one_line_error(tmp_path, name, data, reason):
    path = _write(tmp_path / name, data)
    with pytest.raises(InputError) as info:
        read_document(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and reason in message and "\n" not in message
    assert info.value.path == path


def test_reading_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "missing.txt"))
    with pytest.raises(InputError, match="is a directory"):
        read_document(str(tmp_path))


def test_reading_batch_goes_on_after_bad_files(tmp_path):
    _write(tmp_path / "1_good.txt", ROW.encode())
    _write(tmp_path / "2_empty.txt", b"")
    _write(tmp_path / "3_binary.txt", b"\x00\x01\x02" * 50)
    _write(tmp_path / "4_image.png", b"\x89PNG")
    _write(tmp_path / "5_good.md", ROW.encode("gb18030"))
    docs, errors = [], []
    for path, err in iter_input_files([str(tmp_path)]):
        if err is None:
            try:
                docs.append(read_document(path))
            except InputError as exc:
                err = exc
        if err is not None:
            errors.append(Path(err.path).name)
    assert [Path(d.path).name for d in docs] == ["1_good.txt", "5_good.md"]
    assert errors == ["2_empty.txt", "3_binary.txt", "4_image.png"]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "encoding, data_encoding, expected",
    [
        ("utf-8", "utf-8", "utf-8"),
        ("utf-8 BOM", "utf-8-sig", "utf-8"),
        ("gb18030", "gb18030", "gb18030"),
        ("gbk", "gbk", "gb18030"),
        ("utf-16 LE BOM", "utf-16-le", "utf-16"),
        ("utf-16 BE BOM", "utf-16-be", "utf-16"),
    ],
)
def test_reading_encodings(tmp_path, encoding, data_encoding, expected):
    data = ROW.encode(data_encoding)
    if data_encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    elif data_encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    doc = read_document(_write(tmp_path / "roster.txt", data))
    assert doc.encoding == expected
    assert doc.original == ROW
    assert doc.text == "王俊\t区委书记（8月调离）\n汪建\t区委常委、纪委书记、监委主任（8月调离）"
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_reading_sample_000_offsets_point_into_original():
    doc = read_document(str(SAMPLES / "000_0945f9fe5f825365.txt"))
    start = doc.text.index("决定任命赵吉春为重庆市巴南区人民政府副区长")
    o_start, o_end = doc.to_original(start, start + len("决定任命赵吉春为重庆市巴南区人民政府副区长"))
    assert doc.original[o_start:o_end] == "决定任命赵吉春为重庆市巴南区人民政府副区长"
    assert doc.id == doc.sha256[:16]


# ---------------------------------------------------------------- HTML

PAGE = """<!DOCTYPE html>
<html><head><title>关于王俊同志职务任免的通知</title>
<style>p { color: red }</style><script>var x = "<p>不要</p>";</script></head>
<body><div class="nav">首页 &gt; 政务公开</div>
<p>经研究，决定：</p>
<p>王俊同志任重庆市大渡口区人民政府副区长&nbsp;；</p>
<table><tr><td>王    俊</td><td>区委书记</td></tr></table>
<p>重庆市大渡口区人民政府<br>2021年6月27日</p>
</body></html>
"""


def test_reading_html_text_and_offsets(tmp_path):
    doc = read_document(_write(tmp_path / "page.html", PAGE.encode()))
    assert doc.original == PAGE
    lines = doc.text.split("\n")
    assert lines[0] == "关于王俊同志职务任免的通知"
    assert "首页 > 政务公开" in lines
    assert "王俊同志任重庆市大渡口区人民政府副区长；" in lines
    assert "王俊\t区委书记" in lines
    assert "不要" not in doc.text and "color" not in doc.text
    assert doc.title == "关于王俊同志职务任免的通知"
    phrase = "王俊同志任重庆市大渡口区人民政府副区长"
    start = doc.text.index(phrase)
    o_start, o_end = doc.to_original(start, start + len(phrase))
    assert doc.original[o_start:o_end] == phrase
    assert doc.offsets[-1] == len(PAGE)
    assert all(a <= b for a, b in zip(doc.offsets, doc.offsets[1:]))


def test_reading_html_to_text_maps_entities():
    text, offsets = html_to_text("<p>A&amp;B</p>")
    assert text.strip("\n") == "A&B"
    i = text.index("&")
    assert offsets[i] == len("<p>A")
    assert offsets[-1] == len("<p>A&amp;B</p>")


# ---------------------------------------------------------------- in-memory documents


def test_reading_document_from_text():
    doc = document_from_text(ROW, path="roster")
    assert doc.path == "roster" and doc.original == ROW
    assert doc.text.startswith("王俊\t区委书记")
    assert len(doc.offsets) == len(doc.text) + 1 and doc.offsets[-1] == len(ROW)
    with pytest.raises(InputError):
        document_from_text("   \n")


def test_reading_read_text_document_html_by_suffix():
    doc = read_text_document("page.html", PAGE)
    assert doc.path == "page.html" and doc.title == "关于王俊同志职务任免的通知"
    assert "<p>" not in doc.text


def test_reading_folder_skips_readme(tmp_path):
    (tmp_path / "README.md").write_text("# about these documents", encoding="utf-8")
    (tmp_path / "a.txt").write_text("决定任命赵吉春为重庆市巴南区人民政府副区长。", encoding="utf-8")
    from kg.reading import iter_input_files

    assert [p for p, _ in iter_input_files([str(tmp_path)])] == [str(tmp_path / "a.txt")]


# ---------------------------------------------------------------- true causes (issue 8)


def test_reading_permission_problem_names_the_cause(tmp_path, monkeypatch):
    path = _write(tmp_path / "locked.txt", ROW.encode())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("kg.reading.os.open", refuse)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert str(info.value) == f"{path}: cannot open (Permission denied)"


def test_reading_decoded_reports_bad_bytes():
    from kg.decoding import decode_bytes, plausibility

    decoded = decode_bytes("王俊".encode() + b"\xff" + "区委书记（8月调离）".encode(), "x.txt")
    assert (decoded.text, decoded.encoding, decoded.bad) == ("王俊\ufffd区委书记（8月调离）", "utf-8", [6])
    assert decoded.warning("x.txt") == (
        "x.txt: read as utf-8 with 1 undecodable byte sequence replaced by U+FFFD (at byte 6)")
    assert decode_bytes(ROW.encode(), "x.txt").warning("x.txt") is None
    # common hanzi and punctuation read as Chinese, kana and hangul do not, U+FFFD counts against
    assert plausibility("决定任命王玥为副区长。") > 0.9
    assert plausibility("決定任命王玥為副區長。") > 0.9
    assert plausibility("ヴ㏑∕﹚") <= 0
    assert plausibility("\ufffd\ufffd王") < 0
    assert plausibility("plain ASCII text") == 1.0
