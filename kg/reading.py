"""Read input files into :class:`kg.model.Document`: find them, decode them, strip HTML, normalize.

Reading is per file and a bad file is a value, not a crash: :func:`iter_input_files` yields an
:class:`InputError` next to each path it cannot use, and :func:`read_document` raises one
(message ``"<path>: <reason>"``, the reason being the true cause) for a missing, special (FIFO,
socket, device), binary, empty or undecodable file, so a batch goes on with the other files.
Special files are recognised from their metadata and never opened for reading: a FIFO would
block the batch.

Encodings are decided on the evidence of the whole file (:mod:`kg.decoding`): a BOM, strict
UTF-8, an HTML page's ``<meta charset>``, then the most plausible Chinese reading among UTF-8,
UTF-16 without BOM, GB18030 and Big5; charset-normalizer only when none decodes cleanly. A few
undecodable bytes are replaced by U+FFFD and reported in ``Document.warnings`` (and logged on
the ``kg.reading`` logger as one ``Warning: <file>: …`` line).
``Document.original`` is the decoded file (for HTML: the decoded HTML source) and
``Document.offsets`` point into it. PDF and DOCX files (:mod:`kg.formats`: pypdfium2,
python-docx) have no decoded file: their extracted text is ``Document.original``, and a PDF's
page starts are in ``Document.meta["pages"]`` so that each evidence span also names its page.
Traditional characters are read as simplified (:mod:`kg.simplify`, inside
:func:`kg.normalize.normalize`); ``original`` keeps them as written.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import stat
from html.parser import HTMLParser
from html import unescape
from collections.abc import Iterator, Sequence

from kg.decoding import Decoded, decode_bytes
from kg.errors import InputError
from kg.formats import SUFFIXES as FORMAT_SUFFIXES, extract_text
from kg.model import Document
from kg.normalize import normalize

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FORMAT_SUFFIXES
_SUPPORTED_TEXT = "kg reads .txt, .md, .html, .pdf and .docx files"

log = logging.getLogger(__name__)

__all__ = [
    "Decoded", "decode_bytes", "document_from_text", "html_to_text", "iter_input_files",
    "read_document", "read_text_document", "special_file_kind",
]


def special_file_kind(mode: int) -> str | None:
    """What a non-regular, non-directory file is ("fifo", "socket", …), or None for a regular
    file or a directory."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode):
        return "character device"
    if stat.S_ISBLK(mode):
        return "block device"
    return "special file"


def _not_regular(path: str, kind: str) -> InputError:
    return InputError(path, f"not a regular file ({kind})")


def _missing(path: str) -> InputError:
    """A path that does not resolve: a dangling symbolic link, or nothing at all."""
    if os.path.islink(path):
        return InputError(path, f"broken symbolic link (to {os.readlink(path)}, which does not exist)")
    return InputError(path, "no such file or directory")


def iter_input_files(paths: Sequence[str], skip: Sequence[str] = ()) -> Iterator[tuple[str, InputError | None]]:
    """Expand files and directories (recursively, sorted) into ``(path, error)`` pairs.

    A supported file yields ``(path, None)``; a missing path, a special file (FIFO, socket,
    device — never opened), or an unsupported file found inside a directory, yields
    ``(path, InputError)``. A regular file named explicitly is yielded as given, even with an
    unsupported suffix, so that :func:`read_document` reports what is wrong with it.
    Hidden files and directories (name starting with ".") inside directories are skipped, and
    so are README files (README, README.md, README.txt …): they describe a folder of documents,
    they are not one (name a README explicitly to read it). ``skip``: files a directory holds that
    are no input of this run, silently passed over (``kg build .`` next to its own database:
    kg.db and its kg.db.lock are the build's, not documents that failed to read).
    """
    skipped = frozenset(os.path.realpath(p) for p in skip)
    for given in paths:
        try:
            mode = os.stat(given).st_mode
        except FileNotFoundError:
            yield given, _missing(given)
            continue
        except OSError as exc:
            yield given, InputError(given, f"cannot access ({exc.strerror or exc})")
            continue
        kind = special_file_kind(mode)
        if kind is not None:
            yield given, _not_regular(given, kind)
        elif stat.S_ISDIR(mode):
            yield from _walk(given, skipped)
        else:
            yield given, None


def _walk(root: str, skipped: frozenset[str] = frozenset()) -> Iterator[tuple[str, InputError | None]]:
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".")
                             and not (skipped and os.path.realpath(os.path.join(dirpath, d)) in skipped))
        for name in sorted(filenames):
            if name.startswith(".") or name.upper().split(".")[0] == "README":
                continue
            path = os.path.join(dirpath, name)
            if skipped and os.path.realpath(path) in skipped:
                continue
            try:
                kind = special_file_kind(os.stat(path).st_mode)
            except FileNotFoundError:
                yield path, _missing(path)
                continue
            except OSError as exc:
                yield path, InputError(path, f"cannot access ({exc.strerror or exc})")
                continue
            if kind is not None:
                yield path, _not_regular(path, kind)
            elif name.lower().endswith(SUPPORTED_SUFFIXES):
                yield path, None
            else:
                yield path, InputError(path, f"unsupported file type ({_SUPPORTED_TEXT}); skipped")


def read_document(path: str) -> Document:
    """Read, decode, (HTML → text), normalize and describe one file.

    Raises :class:`InputError` naming ``path`` when it is missing, a directory, a special file
    (FIFO, socket, device), of an unsupported type, binary, empty (or whitespace only) or
    undecodable. A few undecodable bytes do not stop it: they become U+FFFD and a line in
    ``Document.warnings`` names the encoding and their byte positions.
    """
    data = _read_regular_file(path)
    if path.lower().endswith(FORMAT_SUFFIXES):
        return _read_formatted(path, data)
    is_html = path.lower().endswith(HTML_SUFFIXES)
    decoded = decode_bytes(data, path, html=is_html)
    doc = _build(path, _checked(decoded.text, path), is_html)
    doc.encoding = decoded.encoding
    doc.sha256 = hashlib.sha256(data).hexdigest()
    warning = decoded.warning(path)
    if warning:
        doc.warnings.append(warning)
    if decoded.note:
        doc.warnings.append(f"{path}: read as {decoded.encoding}: the page {decoded.note}")
    for line in doc.warnings:
        # one line on stderr ("Warning: <file>: …") through logging's last-resort handler
        # unless the program configured logging; programs can read doc.warnings instead
        log.warning("Warning: %s", line)
    return doc


def _read_formatted(path: str, data: bytes) -> Document:
    """A PDF or DOCX file: its extracted text is ``Document.original`` (evidence offsets point
    into it); a PDF's page starts go to ``Document.meta["pages"]`` (the ``page`` of evidence)."""
    if not data:
        raise InputError(path, "empty file")
    extracted = extract_text(path, data)
    doc = _build(path, _checked(extracted.text, path), False)
    doc.encoding = extracted.format
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.meta["format"] = extracted.format
    if extracted.pages:
        doc.meta["pages"] = extracted.pages
    return doc


def _read_regular_file(path: str) -> bytes:
    """The bytes of a regular file; an :class:`InputError` with the true cause otherwise.

    The type is checked before opening (a FIFO would block, a device may act on open) and again
    on the open descriptor (the path may have been replaced in between); the open itself is
    non-blocking for the same reason."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise InputError(path, f"cannot access ({exc.strerror or exc})") from None
    if stat.S_ISDIR(mode):
        raise InputError(path, "is a directory (give it to iter_input_files to read its files)")
    kind = special_file_kind(mode)
    if kind is not None:
        raise _not_regular(path, kind)
    if not path.lower().endswith(SUPPORTED_SUFFIXES):
        raise InputError(path, f"unsupported file type ({_SUPPORTED_TEXT})")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise _missing(path) from None
    except OSError as exc:
        raise InputError(path, f"cannot open ({exc.strerror or exc})") from None
    with open(fd, "rb", closefd=True) as fh:
        kind = special_file_kind(os.fstat(fh.fileno()).st_mode)
        if kind is not None:
            raise _not_regular(path, kind)
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(path, f"cannot read ({exc.strerror or exc})") from None


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


# ---------------------------------------------------------------- checks


# the control characters (Unicode category Cc: U+0000–001F, U+007F–009F) but for the white space
# of text files (\t \n \v \f \r, NEL)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")


def _checked(text: str, path: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file that decoded)."""
    if not text.strip():
        raise InputError(path, "empty file (whitespace only)")
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
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
# line breaks of every kind and tabs inside a text run are white space in a page, like spaces
_HTML_SPACE = frozenset("\r\n\t\x85\u2028\u2029")


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
            if c == "\r" and text[i + 1: i + 2] == "\n":
                continue  # a CRLF is one white space, as its LF alone would be
            self.chars.append(" " if c in _HTML_SPACE else c)
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
