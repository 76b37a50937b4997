"""Normalize decoded document text for rule-based extractors, keeping a map back to the original.

``normalize(original) -> (text, offsets)``: ``offsets[i]`` is the index in ``original`` of the
character ``text[i]`` came from, and ``offsets[len(text)] == len(original)``. Offsets are
strictly increasing, so every span of ``text`` maps to one span of ``original``
(:meth:`kg.model.Document.to_original`).

What the normalized text guarantees (extractors rely on it):

1. Lines. Every line break of the original (LF, CRLF, CR alone, NEL, U+2028, U+2029) counts
   as one. ``text`` has no ``\\r``, no empty lines and no leading or trailing spaces or tabs on
   a line; lines are separated by one ``\\n``. A line is a paragraph, a heading, a list item or a
   table / roster row. The ``\\n`` maps to the newline that ended the first source line.
2. Broken lines joined. A source line is joined to the next non-blank one when the PDF (or a page
   break) cut a sentence: the line does not end a sentence (。！？!? optionally followed by a closing
   quote or bracket), the next line does not start a new item (一、 （一） 1. - 【 # ① "23 日，" 是日 …),
   and the line is either as wide as the lines around it (a full column line; only in text laid
   out in columns, see ``_is_columnar``) or longer than 50 characters (a paragraph cut by a page
   break, as in the 巴南人大 journal; then the next line must be 15+ characters or end with
   punctuation, so that table cells listed one per line stay apart). Lines holding "|"
   (metadata tables) are never joined, nor a line ending like a document title (…的通知,
   …的决定（草案）, …实施方案). Nothing is inserted
   between CJK characters; between two Latin letters or digits one space is inserted (mapped to
   the newline). Short lines (headings, table cells, signatures) are never joined to plain lines.
3. Rows. A line holding a wide gap (2+ spaces or a tab) is a row: the gap becomes one ``\\t``
   ("余长明\\t区委书记（8月开始担任）"; the ``\\t`` maps to the first char of the gap). A row takes
   its continuation lines — lines indented by 4+ spaces, more than the row, holding no gap
   themselves, while the row does not end a sentence — with nothing inserted, and never joins
   a non-indented line. A gap right
   after 】 is dropped instead ("【概况】  大渡口区…" → "【概况】大渡口区…").
4. Letter-spaced CJK. Lone CJK characters separated by spaces are read as one word: two of them
   always ("王    俊" → "王俊", "周 正" → "周正", "生  猪" → "生猪"); four as two names
   ("杨 军 杨 伦" → "杨军 杨伦"); three only before a colon or as a whole line (a label: "副 主 任:" → "副主任：",
   a heading: "大 事 记" → "大事记"); five
   or more always ("新 标 准 空 气 …" → "新标准空气…"). Multi-character names in a list keep their
   separating space ("封洪华 余炳友 周正").
5. Spaces. A single space is removed between a CJK character and an ASCII letter or digit
   ("2021 年" → "2021年", "（8 月开始担任）" → "（8月开始担任）") — except after a row number at the
   start of a line when the next character is not a unit ("1 地区生产总值" stays), and between a
   2-3 character CJK word that starts the line and a digit ("王存华 2020年…", a name cell) — and next to
   CJK punctuation ("（兼） （11月" → "（兼）（11月"), and on both sides of an ASCII , ; : inside CJK text
   ("今年5月 , 曾担任" → "今年5月，曾担任"). Other single spaces stay (between digits,
   between two CJK words). Zero-width characters are removed.
6. Widths. Full-width digits, Latin letters and the symbols ％＋－／＝＜＞＠＃＆＊＿ become ASCII;
   U+3000, 〓 (a GB2312 yearbook's gap), NBSP and other Unicode spaces become spaces. ASCII , ; : ! ? next to CJK text become
   ， ； ： ！ ？ (not between two digits); a pair ( … ) becomes （ … ） when its content or the
   character before it is CJK; a single . between a CJK character and a CJK character or the end
   of the line becomes 。. A comma doubled before another mark (",," ",、" ",。" of mirror pages)
   is dropped. ― (U+2015) becomes —, and 一 between the two dates of a range (1984.08一1990.03, an OCR's
   dash) becomes — (session 22). A look-alike of the middle dot between two Han characters
   (‧ • ・ ∙ ⋅: 艾力更‧依明巴海) becomes · (session 45). Quotes and other punctuation are left as written.

7. Markup. An HTML tag left in a text file by a copied web page (<b>…</b>, a "strong>" whose "<" was
   lost) is dropped, its text kept (session 34).

Linear in the size of the input (the 1 MB yearbook normalizes in a fraction of a second).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from kg import fast_re
from kg.simplify import to_simplified

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# CJK punctuation that never wants a space next to it
CJK_PUNCT = "，。、；：？！“”‘’（）【】《》〈〉「」『』—…·〔〕"
_SENT_END = re.compile(r"[。！？!?][”’」』）)》]*$")
_NEW_ITEM = re.compile(
    r"^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．](?!\d)|-\s*(?=[\u4e00-\u9fff])|\[编辑\]"  # (- 委员:…, a page's bullet; an encyclopedia's section)
    r"|[①-⑳]|【|#|(?:[▶►▷●■◆◇★☆•▪◉○□➤→]|[\u4e00-\u9fff]{1,6}[▶►▷➤])(?=\s*[\u4e00-\u9fff])|第[一二三四五六七八九十百\d]+[章节条部篇]|附件|\d{1,2} ?日[，、—]|\d{1,2} ?月 ?\d{1,2} ?日[，,、—]|是日|是月|同日|——|[（(]\d{4} ?年"
    r"|(?:19|20)\d{2}[.．]\d{1,2} ?[-—–－~～至])"  # a résumé's dated line: 1993.09-1994.10 郧县团委书记
    # …written with 年 / 月 (1990年7月—1995年3月 …), in Chinese numerals (一九九〇年七月至…) or with slashes (1990/07-1995/03)
    r"|(?:(?:19|20)\d{2} ?年 ?\d{1,2} ?月|[一二][〇○零0一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月|(?:19|20)\d{2}/\d{1,2}) ?(?:[-—–－~～]|至)"
    r"|(?:19|20)\d{2}[.．]\d{2}(?![.．\d])[ \u3000]*[\u4e00-\u9fff]"  # …or a date and its posts (2001.07和静县党委副书记)
    r"|[◆●■▲◇○•]"  # a bulleted item (◆1990.07-1995.03 …, session 19)
    # a news report's dateline opens its first paragraph (新华社北京2月28日电 / 中新社澳門9月21日電 /
    # 浙江在线01月23日讯): never the rest of a headline above it (session 20)
    r"|[\u4e00-\u9fff]{1,12}?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})日 ?(?:[电讯電訊]|消息[，,])"
)
# its last branch, the dateline (a lazy run of up to 12 characters, tried at a line's every length:
# most of the time of matching a line), and the others; a dateline holds 月 (_item_line)
_DATELINE_AT = _NEW_ITEM.pattern.rindex(r"|[\u4e00-\u9fff]{1,12}?")
_ITEM_LEAD = re.compile(_NEW_ITEM.pattern[:_DATELINE_AT])
_DATELINE = re.compile(_NEW_ITEM.pattern[_DATELINE_AT + 1:])
_TITLE_END = re.compile(
    r"的[\u4e00-\u9fff]{0,4}?(?:通知|决定|报告|议案|意见|批复|函|请示|公告|通报|决议|命令)(?:（[^）]{1,8}）)?$"
    r"|(?:实施方案|纪要|议程)$"
    r"|(?:会议|大会|全会)选举结果(?:名单|公告)?$"  # (…第一次会议选举结果: a list's title; session 32)
)
_PUNCT_END = re.compile(r"[。！？!?；;，,、：:）)”’》」]$")
_PUNCT_ENDS = "。！？!?；;，,、：:）)”’》」"
_DOT_LEADER = re.compile(r"(?:\.{3,}|…{2,}|·{3,})\s*\d*$")
# (what a dot leader needs, "..." / "……" / "···", is looked for with ``in`` before the slow search)
_SPACED = re.compile(rf"[{CJK}] [{CJK}] [{CJK}]")
# a list row written "NAME POST" with one space ("刘永全 区人大常委会主任"): a row of its own, even
# when a short page's rows make the text look columnar
_NAME_ROW = re.compile(rf"^[{CJK}]{{2,4}}[ \u3000](?! )[{CJK}]")
# a line opened by a personnel act's verb (任命张三为…, 免去李四的…职务; session 29): two such lines
# are items of a list, never a sentence a column's width cut
_ACT_LINE = re.compile(r"^(?:(?:会议)?(?:决定|同意|批准)?(?:任命|免去|免职|提名|选举|补选|聘任|聘请|解聘|撤销|罢免)(?![：:\s]*$)"
                       rf"|(?!第)[{CJK}]{{2,4}}?(?:同志)?(?:任(?![命务期职免])|不再担任|辞去|当选))")  # (…or 张三同志任…; never 第一任)
# a member's row of a list: a name and the member's post in brackets, the whole line
# (姬鹏飞（国务院港澳办公室主任）, session 19): a row of its own, never run into the next
# (or posts and a name with its birth in brackets: "厦门市集美区区长倪杰（1982年9月生）", a list of holders; session 41)
_BRACKET_ROW = re.compile(rf"^[{CJK}·]{{2,8}}[（(][^（）()]{{2,40}}[)）]$"
                          rf"|^[{CJK}·、，,]{{4,40}}\s?[（(](?:19|20)\d{{2}}年\d{{1,2}}月(?:\d{{1,2}}日)?出?生[)）]$")
# a label row: a post (or posts) and a colon, then a short name (省委副书记、省长：王文涛, 组长：张三)
_LABEL_ROW = re.compile(rf"^[{CJK}、]{{2,16}}[：:][ \u3000]*[{CJK}·]{{2,8}}$")
# a label and the names under it separated by spaces (副主任：张宗亮 邵桂芳 王道玉 时立军(女)): a row of its own
# (a mirror's pinyin gloss may follow a character: 時(shí)立軍(女))
_GLOSSED = rf"[{CJK}](?:\([a-z\u00c0-\u024f]{{1,7}}\))?"
_LABEL_NAMES_ROW = re.compile(rf"^[^：:。，,]{{2,60}}[：:][ \u3000]*(?:(?:{_GLOSSED}){{2,6}}(?:[（(][女男][)）])?[ \u3000]+){{2,}}"
                              rf"(?:{_GLOSSED}){{2,6}}(?:[（(][女男][)）])?$")
_GAP = re.compile(r"\S[ \t]{2,}\S|\t")
# the row and item tests of _join_decision on one line, as one pattern each: on the line after (an
# item, a name row, a label row) and on the line before (a name row, a label row); a yearbook's
# column lines pass every test (~12,000 pairs of lines on the samples), so _join_decision asks
# them through _row_after and _name_or_label_row below (the same answers)
_ROW_AFTER = re.compile(f"(?:{_NEW_ITEM.pattern})|(?:{_NAME_ROW.pattern})|(?:{_LABEL_ROW.pattern})")
_ROW_BEFORE = re.compile(f"(?:{_NAME_ROW.pattern})|(?:{_LABEL_ROW.pattern})")
_UNITS = "年月日时分秒号个万亿千百元米岁名人位家次项件届期版条款章节多余户所座辆台吨亩倍%"


# _NEW_ITEM, _NAME_ROW and _LABEL_ROW matched at a line's start, each only when the line holds what
# it needs (a dateline 月, a name row its space after 2-4 characters, a label row its colon): the
# same answers as _NEW_ITEM.match, _ROW_AFTER.match and _ROW_BEFORE.match (tests/test_speed24.py)
def _item_line(content: str) -> bool:
    return ((_ITEM_FIRST is None or _ITEM_FIRST.match(content) is not None) and _ITEM_LEAD.match(content) is not None) \
        or ("月" in content and "日" in content and _DATELINE.match(content) is not None)


# the characters a match of _ITEM_LEAD opens with, read from its parse tree (kg.fast_re.first_class;
# None: not known, every line tried)
_ITEM_FIRST = fast_re.first_class(_ITEM_LEAD)


def _name_or_label_row(content: str) -> bool:
    return (("：" in content or ":" in content) and _LABEL_ROW.match(content) is not None) \
        or ((" " in content[2:5] or "\u3000" in content[2:5]) and _NAME_ROW.match(content) is not None)


def _row_after(content: str) -> bool:
    return _item_line(content) or _name_or_label_row(content)

_WIDTH_TABLE = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_WIDTH_TABLE.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_WIDTH_TABLE.update({ord(c): ord(c) - 0xFEE0 for c in "％＋－／＝＜＞＠＃＆＊＿"})
_WIDTH_TABLE.update({cp: 0x20 for cp in (0x3000, 0xA0, 0x202F, 0x205F, *range(0x2000, 0x200B))})
_WIDTH_TABLE[0x0B] = _WIDTH_TABLE[0x0C] = 0x20
# 〓 (GETA MARK) is the gap a GB2312 yearbook library writes between a roster's title and its names
# and inside a padded two-character name ("副书记〓李逢记", "李〓丽(女)"; session 34)
_WIDTH_TABLE[0x3013] = 0x20
_WIDTH_TABLE[0x2015] = 0x2014  # ― (HORIZONTAL BAR) is written for the dash — (1984.08―1990.03; session 22)
# the small form variants Big5 pages write (李紀恆同志任雲南省委書記﹔…): the marks officials' texts use (session 31)
_WIDTH_TABLE.update({ord(small): ord(full) for small, full in zip("﹐﹑﹔﹕﹖﹗︰", "，、；：？！：")})
# runs of the characters the table changes: most documents have none or a few, and translate()
# (a dict look-up per character) runs on those runs only
_WIDTH_CHARS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_WIDTH_TABLE)) + "]+")


def _widen(m: re.Match[str]) -> str:
    return m.group().translate(_WIDTH_TABLE)

Offsets = list[int]


def normalize(original: str) -> tuple[str, Offsets]:
    """Return the normalized text and its offset map into ``original`` (see module doc)."""
    widened = _WIDTH_CHARS.sub(_widen, original)
    s, line_map = _unify_line_breaks(to_simplified(widened))
    text, offsets = _join_lines(s, _scan_lines(s))
    for step in _STEPS:
        text, offsets = step(text, offsets)
    if line_map is not None:
        offsets = [line_map[o] for o in offsets]
    offsets.append(len(original))
    return text, offsets


# every way a file ends a line: CRLF first (one break), then CR alone (old Mac), LF, NEL,
# LINE SEPARATOR, PARAGRAPH SEPARATOR
_LINE_BREAK = re.compile("\r\n|[\r\x85\u2028\u2029]")


def _unify_line_breaks(s: str) -> tuple[str, Offsets | None]:
    """``s`` with every line break as one ``\\n``, and the map of each char to its index in
    ``s`` (None when ``s`` has only ``\\n`` breaks: the identity). A CRLF becomes one ``\\n``
    that maps to its ``\\r``, as the lines' ``eol`` always did."""
    if "\r" not in s and "\x85" not in s and "\u2028" not in s and "\u2029" not in s:
        return s, None  # (what _LINE_BREAK.search finds: four scans for one character, not a search of the class)
    pieces: list[str] = []
    index: Offsets = []
    last = 0
    for m in _LINE_BREAK.finditer(s):
        pieces.append(s[last:m.start()])
        index.extend(range(last, m.start()))
        pieces.append("\n")
        index.append(m.start())
        last = m.end()
    pieces.append(s[last:])
    index.extend(range(last, len(s)))
    return "".join(pieces), index


# ---------------------------------------------------------------- line joining


@dataclass(slots=True)
class _Line:
    start: int  # content start in s (after indentation)
    end: int  # content end in s (before trailing spaces)
    eol: int  # index of the line's "\n" (or "\r"), or len(s)
    indent: int
    width: float
    content: str


def _scan_lines(s: str) -> list[_Line]:
    """Split into non-blank lines with their positions, indentation and display width."""
    lines: list[_Line] = []
    pos = 0
    for raw in s.split("\n"):
        nl = pos + len(raw)
        stripped = raw.strip(" \t\r")
        if stripped:
            lead = len(raw) - len(raw.lstrip(" \t\r"))
            start = pos + lead
            content = stripped
            ascii_count = len(content) if content.isascii() else len(content.encode("ascii", "ignore"))
            eol = pos + len(raw.rstrip("\r")) if raw.endswith("\r") else nl
            indent = raw[:lead].count(" ") + 4 * raw[:lead].count("\t") if lead else 0
            lines.append(_Line(start, start + len(content), eol, indent, len(content) - 0.5 * ascii_count, content))
        pos = nl + 1
    return lines


def _local_widths(lines: list[_Line], radius: int = 5) -> list[float]:
    """Typical line width around each line (70th percentile of a window): the column width."""
    widths = [ln.width for ln in lines]
    n = len(widths)
    window = sorted(widths[:radius])  # kept sorted as it slides (bisect), not sorted per line
    out = []
    for i in range(n):
        if i + radius < n:
            bisect.insort(window, widths[i + radius])
        if i - radius - 1 >= 0:
            del window[bisect.bisect_left(window, widths[i - radius - 1])]
        out.append(window[int(0.7 * (len(window) - 1))])
    return out


def _is_columnar(lines: list[_Line]) -> bool:
    """Is this PDF-like text laid out in fixed-width columns? True when at least 35% of the
    lines are within a few characters of the most common line width (yearbook: 69%; web pages
    and paragraph-per-line journals: under 20%). Only then can "as wide as its neighbours" mean
    "the line was cut by the layout"."""
    counts: dict[int, int] = {}
    for ln in lines:
        if ln.width >= 8:
            counts[int(ln.width)] = counts.get(int(ln.width), 0) + 1
    if not counts:
        return False
    mode = max(counts, key=counts.__getitem__)
    near = sum(v for k, v in counts.items() if mode - 2 <= k <= mode + 1)
    return mode >= 12 and near >= 0.35 * len(lines)


def _is_row(content: str) -> bool:
    if "\t" not in content and "  " not in content:
        return False  # no gap without a tab or two spaces (a plain search tries every offset)
    return bool(_GAP.search(content)) and not content.startswith("【")


_CLOSERS = "”’」』）)》"


def _ends_sentence(content: str) -> bool:
    """``_SENT_END.search(content)`` without a search from every 。 of the line."""
    body = content.rstrip(_CLOSERS)
    return bool(body) and body[-1] in "。！？!?"


def _spaced(content: str) -> bool:
    return " " in content and bool(_SPACED.search(content))


_CREDIT_LINE = re.compile(r"(?:来源|來源|发布时间|發佈時間|发布日期|發佈日期)[：:]")


def _join_decision(a: _Line, b: _Line, local: float | None, row_indent: int | None) -> bool:
    """Should line ``b`` continue the logical line that ``a`` ends? ``row_indent`` is the
    indentation of the row that logical line started with, or None if it is not a row;
    ``local`` the column width around ``a``, or None when the text is not in columns."""
    ac, bc = a.content, b.content
    if row_indent is None and _length(ac) < 50 and (local is None or local < 12 or a.width < 0.8 * local):
        return False  # what every test below comes to for a short line that is not a full column line
    if ("源" in ac or "發" in ac or "发" in ac) and _CREDIT_LINE.search(ac):
        return False  # a page's credit line ("中央政府门户网站 www.gov.cn 2008年12月03日 来源：新华社"): the text starts below (round 36)
    if "|" in ac or "|" in bc or (("..." in ac or "……" in ac or "···" in ac) and _DOT_LEADER.search(ac)):
        return False
    if (ac[-1:] in "）)" and _BRACKET_ROW.match(ac)) or (bc[-1:] in "）)" and _BRACKET_ROW.match(bc)):
        return False
    if _ACT_LINE.match(bc) and (_ACT_LINE.match(ac) or ac[-1] in "：:"):
        # "任命张三为…局长" ⏎ "任命李四为…局长": items of a decision's list, however alike their widths; nor
        # does the list's first row run into its heading ("…的决定任免驻外大使：" ⏎ "任命…", "…“换帥”：" ⏎
        # "鄒磊任…"; session 46)
        return False
    ends_sentence = _ends_sentence(ac)
    if row_indent is not None:
        return (b.indent >= 4 and b.indent > row_indent and not ends_sentence and not _item_line(bc)
                and not _is_row(bc))
    if ("的" in ac or "实施方案" in ac or "纪要" in ac or "议程" in ac or "选举结果" in ac) \
            and _TITLE_END.search(ac):  # (words it needs)
        return False  # a document title: the addressee or the body follows on its own line
    if ends_sentence or _row_after(bc) or _is_row(bc) or _spaced(ac) or _spaced(bc) or _name_or_label_row(ac) \
            or (("：" in ac or ":" in ac) and _LABEL_NAMES_ROW.match(ac)):
        return False
    if local is None:
        # a paragraph cut by a page break; not a short cell or list item that follows it
        return _length(ac) >= 50 and (_length(bc) >= 15 or bc[-1] in _PUNCT_ENDS)  # (_PUNCT_END.search(bc): a line is never empty)
    if b.indent >= 4 and b.indent > a.indent + 2 and a.width < 0.8 * local:
        return False  # an indented short line after a short line: a signature or a sub-heading
    if local >= 12 and a.width >= 0.8 * local:
        return True
    return _length(ac) >= 50


def _length(content: str) -> int:
    """A line's length as read, its pinyin glosses not counted: a headline of 43 characters written
    選舉產(chǎn)生… is no paragraph cut by a page break (round 35)."""
    if "(" not in content and "（" not in content:
        return len(content)
    return len(_PINYIN_GLOSS.sub("", content)) if _TONED_CHAR.search(content) else len(content)


def _join_lines(s: str, lines: list[_Line]) -> tuple[str, Offsets]:
    """Concatenate the lines, joining broken ones, with the offset of every kept char."""
    pieces: list[str] = []
    offsets: Offsets = []
    if not lines:
        return "", offsets
    local: list[float] | list[None] = _local_widths(lines) if _is_columnar(lines) else [None] * len(lines)
    row_indent: int | None = None
    for i, ln in enumerate(lines):
        if i:
            prev = lines[i - 1]
            if _join_decision(prev, ln, local[i - 1], row_indent):
                if prev.content[-1].isascii() and prev.content[-1].isalnum() and ln.content[0].isascii() \
                        and ln.content[0].isalnum():
                    pieces.append(" ")
                    offsets.append(prev.eol)
            else:
                pieces.append("\n")
                offsets.append(prev.eol)
                row_indent = None
        if row_indent is None and _is_row(ln.content) and (not pieces or pieces[-1] == "\n"):
            row_indent = ln.indent
        pieces.append(ln.content)
        offsets.extend(range(ln.start, ln.end))
    return "".join(pieces), offsets


# ---------------------------------------------------------------- in-line passes

Repl = Callable[[re.Match], "tuple[str, list[int]] | None"]


def _sub(text: str, offsets: Offsets, pattern: re.Pattern, repl: Repl,
         first: re.Pattern | None = None) -> tuple[str, Offsets]:
    """Regex substitution that carries offsets: ``repl`` returns the new string and, for each
    of its chars, the index in ``text`` it comes from (or None to leave the match alone).
    ``first``: a class holding the first character of every match (kg.fast_re.finditer_at)."""
    out: list[str] = []
    out_off: Offsets = []
    last = 0
    for m in fast_re.finditer_at(pattern, text, first) if first else fast_re.finditer(pattern, text):
        r = repl(m)
        if r is None:
            continue
        new, src = r
        start = m.start()
        out.append(text[last:start])
        out_off += offsets[last:start]
        if new:  # (most changes drop what they matched)
            out.append(new)
            out_off += [offsets[p] for p in src]
        last = m.end()
    if not out:
        return text, offsets
    out.append(text[last:])
    out_off.extend(offsets[last:])
    return "".join(out), out_off


def _replace(text: str, pattern: re.Pattern, repl: Repl, first: re.Pattern | None = None) -> str:
    """:func:`_sub` of a pass whose every change keeps the length and each character's source
    (``repl`` gives ``len(m.group())`` characters from ``range(m.start(), m.end())``): the offsets
    stay as they are, only the text changes (no copy of the offset list per pass)."""
    out: list[str] = []
    last = 0
    for m in fast_re.finditer_at(pattern, text, first) if first else fast_re.finditer(pattern, text):
        r = repl(m)
        if r is None:
            continue
        out.append(text[last:m.start()])
        out.append(r[0])
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


def _cut(text: str, offsets: Offsets, cut: list[int]) -> tuple[str, Offsets]:
    """``text`` and ``offsets`` without the characters at the indexes ``cut`` (rising)."""
    if not cut:
        return text, offsets
    out: list[str] = []
    out_off: Offsets = []
    last = 0
    for p in cut:
        out.append(text[last:p])
        out_off += offsets[last:p]
        last = p + 1
    out.append(text[last:])
    out_off += offsets[last:]
    return "".join(out), out_off


_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff"
_ZERO_WIDTH = re.compile(f"[{_ZERO_WIDTH_CHARS}]+")
# a pinyin gloss inside a word: 會(huì)議, 區(qū), 習(xí)近平, 會(huì )議 — one syllable with a tone mark
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_GLOSS = re.compile(
    rf"(?<=[{CJK}])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,6}} ?[)）]"
)
# (the opening "(?:^|(?<=[…]))" lets kg.fast_re.finditer skip to the next space, tab, line or colon)
_LETTER_RUN = re.compile(
    rf"(?:^|(?<=[ \t\n:：]))[{CJK}](?: +[{CJK}])+(?=[ \t\n:：，。、；（）()]|$)", re.M
)
# a tab, or two or more spaces and tabs: the longest run (written to start with a class, which
# the engine skips to; the same matches as "[ \t]{2,}|\t")
_WIDE = re.compile(r"[ \t](?:(?<=\t)[ \t]*|[ \t]+)")
# a single space that _single_space may remove: next to CJK punctuation, or between a CJK
# character and an ASCII letter or digit (the spaces between two CJK words are not even tried);
# the pass itself runs as _SPACE_CUT (the same spaces: tests/test_speed24.py)
_SPACE = re.compile(  # (the CJK of _is_cjk)
    r" (?:(?=[" + CJK_PUNCT + r"])|(?<=[" + CJK_PUNCT + r"] )|(?<=[\u3400-\u9fff\uf900-\ufaff] )(?=[A-Za-z0-9])"
    r"|(?<=[A-Za-z0-9] )(?=[\u3400-\u9fff\uf900-\ufaff]))"
)
# the spaces _single_space drops, as one pattern (its tests written as lookarounds: what a match
# needs on each side), so that the ~15,000 spaces of a yearbook's "2021 年" are cut without a step
# of Python each: next to CJK punctuation (not the text's first or last character); a CJK character
# and a Latin letter; a CJK character and a digit, unless a 2-3 character word opens the line before
# the space (_line_start_word); a Latin letter and a CJK character; a digit and a unit; a digit and
# another CJK character (group ``n``: unless a row number opens the line, _line_start_number, which
# the caller asks)
_SPACE_CUT = re.compile(
    r" (?:(?<=[\s\S] )(?=[" + CJK_PUNCT + r"])|(?<=[" + CJK_PUNCT + r"] )(?=[\s\S])"
    r"|(?<=[\u3400-\u9fff\uf900-\ufaff] )(?=[A-Za-z])"
    r"|(?<=[\u3400-\u9fff\uf900-\ufaff] )(?=[0-9])(?<!^[\u3400-\u9fff\uf900-\ufaff]{2} )(?<!^[\u3400-\u9fff\uf900-\ufaff]{3} )"
    r"|(?<=[A-Za-z] )(?=[\u3400-\u9fff\uf900-\ufaff])"
    r"|(?<=[0-9] )(?=[" + "".join(c for c in _UNITS if "\u3400" <= c <= "\u9fff") + r"])"
    r"|(?<=[0-9] )(?=[\u3400-\u9fff\uf900-\ufaff])(?P<n>))",
    re.M,
)
_CJK_CHAR = re.compile(rf"[{CJK}]")


# a comma doubled before another mark, as mirror pages of traditional news write every
# punctuation (珠海市十屆人大常委會舉行第三十一次會議,,決定…; 處長,、綜合處; 一位,。): one mark
_DOUBLED_COMMA = re.compile("，(?=[，、。；：！？])")


def _drop(_m: re.Match) -> tuple[str, list[int]]:
    return "", []


def _letter_run(m: re.Match) -> tuple[str, list[int]] | None:
    """Merge lone CJK chars separated by spaces (padded names, letter-spaced headings)."""
    chars = [(m.start() + i, c) for i, c in enumerate(m.group()) if c not in " \t"]
    k = len(chars)
    after = m.string[m.end(): m.end() + 1]
    whole_line = (m.start() == 0 or m.string[m.start() - 1] == "\n") and after in ("", "\n")
    if k == 3 and after not in (":", "：") and not whole_line:
        return None
    if k == 4 and after not in (":", "：") and not whole_line:
        first_space = chars[1][0] + 1
        return (chars[0][1] + chars[1][1] + " " + chars[2][1] + chars[3][1],
                [chars[0][0], chars[1][0], first_space, chars[2][0], chars[3][0]])
    return "".join(c for _, c in chars), [p for p, _ in chars]


# a roster's label padded with spaces inside its words, before its colon (主 任委 员：许柏年): joined when the
# joined words are a title of kg/data/titles.yaml (session 26, round 9 rosters; single characters are
# _LETTER_RUN's)
_SPACED_LABEL = re.compile(rf"(?:^|(?<=[\n \t\u3000]))[{CJK}]{{1,3}}(?:[ \u3000]+[{CJK}]{{1,3}}){{1,4}}(?=[ \u3000]*[:：])", re.M)


def _spaced_label(m: re.Match) -> tuple[str, list[int]] | None:
    from kg.titles import is_title

    chars = [(m.start() + i, c) for i, c in enumerate(m.group()) if c not in " \u3000"]
    joined = "".join(c for _, c in chars)
    if not is_title(joined):
        return None
    return joined, [p for p, _ in chars]


def _wide_gap(m: re.Match) -> tuple[str, list[int]] | None:
    text = m.string
    s, e = m.start(), m.end()
    if s == 0 or e == len(text) or text[s - 1] == "\n" or text[e] == "\n":
        return "", []  # leading / trailing (defensive: lines are already stripped)
    if text[s - 1] in "】":
        return "", []
    return "\t", [s]


def _is_cjk(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def _single_space(m: re.Match) -> tuple[str, list[int]] | None:
    text = m.string
    s = m.start()
    if s == 0 or s + 1 >= len(text):
        return None
    a, b = text[s - 1], text[s + 1]
    if a in CJK_PUNCT or b in CJK_PUNCT:
        return "", []
    a_alnum = a.isascii() and a.isalnum()
    b_alnum = b.isascii() and b.isalnum()
    if _is_cjk(a) and b_alnum:
        if b.isdigit() and _line_start_word(text, s):
            return None
        return "", []
    if a_alnum and _is_cjk(b):
        if a.isdigit() and b not in _UNITS and _line_start_number(text, s):
            return None
        return "", []
    return None


def _line_start_word(text: str, space: int) -> bool:
    """Is ``text[:space]`` ended by a 2-3 character CJK word that starts its line (a name or
    label cell: "王存华 2020年重庆市优秀劳动保障监察机构负责人")?"""
    if space > 3 and "\n" not in text[space - 4:space]:
        return False  # such a word starts at most 3 characters before the space, after a line break
    i = space
    while i > 0 and space - i <= 3 and _is_cjk(text[i - 1]):
        i -= 1
    return 2 <= space - i <= 3 and (i == 0 or text[i - 1] == "\n")


def _line_start_number(text: str, space: int) -> bool:
    """Is ``text[:space]`` ended by a number that starts its line (a row number)?"""
    i = space
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    while i > 0 and text[i - 1] in "-*• ":
        i -= 1  # a bullet before the number
    return i == 0 or text[i - 1] == "\n"


_PUNCT_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？"}
_ASCII_PUNCT = re.compile(r"[,;:!?]")
_PARENS = re.compile(r"\(([^()\n]{1,80})\)")
_PERIOD = re.compile(rf"(?<=[{CJK}])\.(?=[{CJK}]|$)", re.M)


def _ascii_punct(m: re.Match) -> tuple[str, list[int]] | None:
    text = m.string
    s = m.start()
    a = text[s - 1] if s else ""
    b = text[s + 1] if s + 1 < len(text) else ""
    if a.isdigit() and b.isdigit():
        return None
    if (a and (_is_cjk(a) or a in CJK_PUNCT)) or (b and (_is_cjk(b) or b in CJK_PUNCT)):
        return _PUNCT_FULL[m.group()], [s]
    return None


def _parens(m: re.Match) -> tuple[str, list[int]] | None:
    text = m.string
    s = m.start()
    before = text[s - 1] if s else ""
    if _CJK_CHAR.search(m.group(1)) or (before and _is_cjk(before)):
        inner = m.group(1)
        return "（" + inner + "）", list(range(s, m.end()))
    return None


# a list item written "帕巴拉.格列朗杰" (the Hong Kong press's ASCII dot of a transliterated name):
# the item opens after 、 or a colon and runs to the next 、 or the list's end
_DOT_ITEM_BEFORE = re.compile(rf"[、：][{CJK}]{{2,6}}$")
_DOT_ITEM_AFTER = re.compile(rf"[{CJK}]{{2,10}}(?:[、，。；]|等|$)")


def _period(m: re.Match) -> tuple[str, list[int]] | None:
    text, s = m.string, m.start()
    if _DOT_ITEM_BEFORE.search(text, max(0, s - 7), s) and _DOT_ITEM_AFTER.match(text, s + 1):
        return "·", [s]  # the dot inside a list's name, not a full stop
    return "。", [m.start()]


# 一 written for the dash between the dates of a résumé's range (OCR and PDF copies: 1984.08一1990.03,
# 1984年8月一1990年3月, 1995.06一至今; session 22): never a numeral there
_DATE_DASH = re.compile(r"(?:(?<=(?:19|20)\d\d[.．/]\d)|(?<=(?:19|20)\d\d[.．/]\d\d)|(?<=\d月))一"
                        r"(?=(?:19|20)\d\d(?:[.．/]\d|年)|至今|今\b|现在)")


def _dash(m: re.Match) -> tuple[str, list[int]] | None:
    return "—", [m.start()]


def _step(pattern: re.Pattern, repl: Repl,
          first: re.Pattern | None = None) -> Callable[[str, Offsets], tuple[str, Offsets]]:
    return lambda text, offsets: _sub(text, offsets, pattern, repl, first)


def _same_length(pattern: re.Pattern, repl: Repl,
                 first: re.Pattern | None = None) -> Callable[[str, Offsets], tuple[str, Offsets]]:
    return lambda text, offsets: (_replace(text, pattern, repl, first), offsets)


def _single_spaces(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """``_sub(text, offsets, _SPACE, _single_space)``: the spaces of :data:`_SPACE_CUT` cut."""
    cut = [m.start() for m in _SPACE_CUT.finditer(text)
           if m.lastgroup is None or not _line_start_number(text, m.start())]
    return _cut(text, offsets, cut)


# the ASCII marks _ascii_punct makes full width: those next to a CJK character or CJK punctuation
# (never a digit: the rule's "not between two digits" is then met)
_ASCII_PUNCT_CJK = re.compile(
    r"[,;:!?](?:(?<=[\u3400-\u9fff\uf900-\ufaff" + CJK_PUNCT + r"].)|(?=[\u3400-\u9fff\uf900-\ufaff" + CJK_PUNCT + r"]))")


def _full_width_punct(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """``_sub(text, offsets, _ASCII_PUNCT, _ascii_punct)`` in one pass of the engine (each mark
    for one: the offsets stay)."""
    return _ASCII_PUNCT_CJK.sub(lambda m: _PUNCT_FULL[m.group()], text), offsets


# a minority name's dot written as one of its look-alikes between two Han characters (艾力更‧依明巴海 of a
# traditional page, 努尔•白克力): the one middle dot every reader's NAME takes (session 45)
_NAME_DOT = re.compile(r"(?<=[\u4e00-\u9fff])[‧•・∙⋅](?=[\u4e00-\u9fff])")


def _name_dots(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """The look-alike dots between Han characters made ``·`` (same length); most texts have none
    (five ``in`` tests, not a search)."""
    if not any(d in text for d in "‧•・∙⋅"):
        return text, offsets
    return _NAME_DOT.sub("·", text), offsets


_TONED_CHAR = re.compile(f"[{_TONED}]")


def _pinyin_glosses(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """The pinyin glosses dropped; a text with no toned letter has none (one search, not a look
    at every bracket)."""
    if not _TONED_CHAR.search(text):
        return text, offsets
    return _sub(text, offsets, _PINYIN_GLOSS, _drop, re.compile("[(（]"))


# an ASCII mark written between two spaces inside CJK text (a mirror page's "今年5月 , 曾担任…"): the
# spaces dropped, so that the mark is then made full width like any other next to CJK (session 34)
_SPACED_MARK = re.compile(rf"(?<=[{CJK}]) ([,;:]) (?=[{CJK}\d])")
_SPACED_MARKS = (" , ", " ; ", " : ")


def _spaced_marks(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """The spaces around an ASCII mark inside CJK text dropped; most texts have none (three ``in``
    tests, not a search)."""
    if not any(m in text for m in _SPACED_MARKS):
        return text, offsets
    return _sub(text, offsets, _SPACED_MARK, lambda m: (m.group(1), [m.start(1)]), re.compile(" "))


# an HTML tag left in a text file by a copy of a web page ("黄浦区 | strong>陈吉宁 |", "<b>张三</b>"): its
# markup dropped, its text kept (session 34; a real HTML file is read by kg.reading's HTML parser instead)
_TAG_LEFT = re.compile(r"</?(?:strong|b|em|i|u|span|font|p|br|div|td|tr|th)\b[^<>\n]{0,60}>"
                       r"|(?<![A-Za-z</])(?:strong|span|font)>", re.I)


def _tags_left(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """The stray tags dropped; a text with no ``>`` has none (one ``in`` test, not a search)."""
    if ">" not in text:
        return text, offsets
    return _sub(text, offsets, _TAG_LEFT, _drop, re.compile("[<sSfF]"))


def _zero_width(text: str, offsets: Offsets) -> tuple[str, Offsets]:
    """The zero-width characters dropped; most texts have none (five ``in`` tests, not a search)."""
    if not any(c in text for c in _ZERO_WIDTH_CHARS):
        return text, offsets
    return _sub(text, offsets, _ZERO_WIDTH, _drop)


# (the passes whose every change keeps the length and the sources, ASCII punctuation made full
# width, brackets, periods, dashes, change the text only: _same_length)
# a space between a name and the bracket of its sex note (苗延红 (女,组织部部长) in a row of names parted by
# spaces): the note is the name's, as the same row writes it for the others (session 46); the bracket is
# made full width by _parens first, so the space is cut after it
_SPACE_BEFORE_SEX_NOTE = re.compile(rf"(?<=[{CJK}]) (?=（[女男][，、）])")

_STEPS = [
    _zero_width,
    _tags_left,
    _pinyin_glosses,
    _step(_LETTER_RUN, _letter_run),
    _step(_SPACED_LABEL, _spaced_label),
    _step(_WIDE, _wide_gap),
    _spaced_marks,
    _single_spaces,
    _full_width_punct,
    _step(_DOUBLED_COMMA, _drop),  # (a literal first: the engine's own search skips to it)
    _same_length(_PARENS, _parens),
    _step(_SPACE_BEFORE_SEX_NOTE, _drop),
    _same_length(_PERIOD, _period, re.compile(r"\.")),
    _same_length(_DATE_DASH, _dash, re.compile("一")),
    _name_dots,
]
