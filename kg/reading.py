"""Read input files into :class:`kg.model.Document`: find them, decode them, strip HTML, normalize.

Reading is per file and a bad file is a value, not a crash: :func:`iter_input_files` yields an
:class:`InputError` next to each path it cannot use, and :func:`read_document` raises one
(message ``"<path>: <reason>"``) for a missing, binary, empty or undecodable file, so a batch goes
on with the other files.

Encodings: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise GB18030 (the
superset of GBK / GB2312) when the result reads as Chinese; otherwise charset-normalizer's guess
when it is confident. ``Document.original`` is the decoded file (for HTML: the decoded HTML
source) and ``Document.offsets`` point into it.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
from html.parser import HTMLParser
from html import unescape
from collections.abc import Iterator, Sequence

from kg.errors import InputError
from kg.model import Document
from kg.normalize import normalize

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
_SUPPORTED_TEXT = "kg reads .txt, .md and .html files"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def iter_input_files(paths: Sequence[str]) -> Iterator[tuple[str, InputError | None]]:
    """Expand files and directories (recursively, sorted) into ``(path, error)`` pairs.

    A supported file yields ``(path, None)``; a missing path, or an unsupported file found inside
    a directory, yields ``(path, InputError)``. A file named explicitly is yielded as given, even
    with an unsupported suffix, so that :func:`read_document` reports what is wrong with it.
    Hidden files and directories (name starting with ".") inside directories are skipped, and
    so are README files (README, README.md, README.txt …): they describe a folder of documents,
    they are not one (name a README explicitly to read it).
    """
    for given in paths:
        if os.path.isdir(given):
            yield from _walk(given)
        elif os.path.exists(given):
            yield given, None
        else:
            yield given, InputError(given, "no such file or directory")


def _walk(root: str) -> Iterator[tuple[str, InputError | None]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.upper().split(".")[0] == "README":
                continue
            path = os.path.join(dirpath, name)
            if name.lower().endswith(SUPPORTED_SUFFIXES):
                yield path, None
            else:
                yield path, InputError(path, f"unsupported file type ({_SUPPORTED_TEXT}); skipped")


def read_document(path: str) -> Document:
    """Read, decode, (HTML → text), normalize and describe one file.

    Raises :class:`InputError` naming ``path`` when it is missing, a directory, of an unsupported
    type, binary, empty (or whitespace only) or undecodable.
    """
    if os.path.isdir(path):
        raise InputError(path, "is a directory (give it to iter_input_files to read its files)")
    if not path.lower().endswith(SUPPORTED_SUFFIXES):
        raise InputError(path, f"unsupported file type ({_SUPPORTED_TEXT})")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:
        raise InputError(path, f"cannot read file ({exc.strerror or exc})") from None
    original, encoding = decode_bytes(data, path)
    is_html = path.lower().endswith(HTML_SUFFIXES)
    doc = _build(path, original, is_html)
    doc.encoding = encoding
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


def document_from_text(text: str, path: str = "<text>", html: bool = False) -> Document:
    """Build a Document from an in-memory string (tests, other engineers' fixtures).

    ``sha256`` is that of the UTF-8 encoding of ``text``; metadata is detected as for a file.
    """
    doc = _build(path, text, html)
    doc.sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return doc


def read_text_document(path: str, original: str) -> Document:
    """Like :func:`read_document` for content already in memory (HTML when ``path`` says so)."""
    return document_from_text(original, path=path, html=path.lower().endswith(HTML_SUFFIXES))


def _build(path: str, original: str, is_html: bool) -> Document:
    from kg.metadata import detect_metadata  # local: metadata imports nothing from here

    if is_html:
        plain, plain_offsets = html_to_text(original)
        text, offsets = normalize(plain)
        offsets = [plain_offsets[i] for i in offsets]
    else:
        text, offsets = normalize(original)
    if not text.strip():
        raise InputError(path, "no text in file (empty or whitespace only)")
    doc = Document(path=path, original=original, text=text, offsets=offsets)
    detect_metadata(doc)
    return doc


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode file bytes; return ``(text, encoding)`` or raise :class:`InputError`."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                reason = f"cannot decode as {encoding} although it starts with a {encoding} BOM"
                raise InputError(path, reason) from None
            return _checked(text, path), encoding.replace("-sig", "")
    if b"\x00" in data:
        raise InputError(path, "binary file (contains NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _try_gb18030(data)
    if text is not None:
        return _checked(text, path), "gb18030"
    guess = _guess(data)
    if guess is None:
        raise InputError(path, "cannot detect the text encoding (not UTF-8, GB18030 or UTF-16 with BOM)")
    return _checked(guess[0], path), guess[1]


def _try_gb18030(data: bytes) -> str | None:
    """GB18030 when it decodes strictly and reads as Chinese: almost all non-ASCII characters
    are in GB2312 (common hanzi and punctuation), which random or Big5 / EUC-KR bytes are not."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 127]
    if not non_ascii:
        return text
    common = sum(1 for c in non_ascii if _in_gb2312(c))
    return text if common >= 0.95 * len(non_ascii) else None


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def _guess(data: bytes) -> tuple[str, str] | None:
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        return None
    return str(best), best.encoding


def _checked(text: str, path: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file that decoded)."""
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    sample = text[:20000]
    controls = sum(1 for c in sample if c not in "\n\r\t\f\v" and unicodedata.category(c) == "Cc")
    if controls > 0.05 * len(sample):
        raise InputError(path, "binary file (mostly control characters), not text")
    return text


# ---------------------------------------------------------------- HTML

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "title", "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "dl",
    "hr", "form", "main", "nav", "aside", "figure", "figcaption", "caption", "tbody", "thead",
}
_CELL_TAGS = {"td", "th"}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg"}


class _TextExtractor(HTMLParser):
    """Collect text with, for each char, its index in the HTML source (html.parser reports the
    position of every event, which is what lets offsets survive HTML → text)."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0]
        for i, c in enumerate(source):
            if c == "\n":
                self.line_starts.append(i + 1)
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.skip = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, start: int, one_to_one: bool) -> None:
        if self.skip:
            return
        for i, c in enumerate(text):
            self.chars.append(" " if c in "\r\n\t" else c)
            self.offsets.append(start + i if one_to_one else start)

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self._newline()
        elif tag in _CELL_TAGS:
            self._tab()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self._newline()

    def _newline(self) -> None:
        if not self.skip:
            self.chars.append("\n")
            self.offsets.append(self._pos())

    def _tab(self) -> None:
        if not self.skip:
            self.chars.append("\t")
            self.offsets.append(self._pos())

    def handle_data(self, data):
        self._emit(data, self._pos(), True)

    def handle_entityref(self, name):
        self._emit(unescape(f"&{name};"), self._pos(), False)

    def handle_charref(self, name):
        self._emit(unescape(f"&#{name};"), self._pos(), False)


def html_to_text(source: str) -> tuple[str, list[int]]:
    """Text of an HTML page (block elements on their own lines, table cells tab-separated,
    scripts and styles dropped) and, for each char, its index in ``source``; the list has one
    more entry, ``len(source)``. Whitespace inside text runs becomes spaces, as a browser does."""
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    offsets = parser.offsets  # non-decreasing: an entity's expansion shares its "&" index
    offsets.append(len(source))
    return "".join(parser.chars), offsets
