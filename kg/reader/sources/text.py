"""Text → one cell grid, by the shape the text has.

Text reaches us from PDF, Word and web extraction in a handful of shapes (docs/parsing.md):
tab tables, pipe/markdown tables, space-aligned columns, one cell per line (blank lines for
empty cells), one token per line, or everything run together on a few lines. Each line is
split by the strongest separator it has; the document's shape decides whether a new line is a
new table row (tables) or only the next cell (streams).
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from itertools import accumulate

from jixiao.kg.reader.decode import LOSSY, DecodeError, decode_bytes, strip_controls
from jixiao.kg.reader.grid import Cell, Grid, SourceDocument
from jixiao.kg.records import Location
from jixiao.text import normalize_width
from jixiao.vocab import anchor_pattern, is_outline_heading, scan_fields

CSV_TABLE = "csv_table"
TAB_TABLE = "tab_table"
PIPE_TABLE = "pipe_table"
SPACE_COLUMNS = "space_columns"
CELL_PER_LINE = "cell_per_line"
TOKEN_PER_LINE = "token_per_line"
RUN_TOGETHER = "run_together"

# A line is a table row of its shape when it has at least this many cells.
MIN_ROW_CELLS = 2
# The document is a table of a shape when this share of its non-blank lines are rows of it.
MIN_TABLE_SHARE = 0.3
# Runs of this many spaces separate columns in space-aligned text (one space is a word gap).
COLUMN_GAP = 2
# Lines longer than this with single spaces between words are cells run onto one line.
LONG_LINE = 40
# Median length of a text's lines from which they are cells run together, whatever their width.
RUN_LINE_MEDIAN = 14
UNSPACED_SHARE = 0.8
# Lines with undecodable bytes named one by one before the rest are summed up.
MAX_LOSSY_LINES = 20

_MARKUP = re.compile(r"\[bookmark:[^\]]*\]|</?(?:u|b|i|em|strong|sup|sub|span|br|p|td|tr|th)\b[^>]*>",
                     re.I)
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^(\s*)#{1,6}\s+")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_GAP = re.compile(f" {{{COLUMN_GAP},}}")
_SPACES = re.compile(r"\s+")
# Page furniture printed by PDF export: — 3 —, - 3 -, 第 2 页 共 5 页, 3/12.
_PAGE_MARK = re.compile(
    r"^\s*(?:[—–\-－]\s*\d{1,4}\s*[—–\-－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}|共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页)\s*$"
)


def split_lines(text: str) -> list[str]:
    """Lines as an editor shows them (only \\n separates lines)."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.split("\n")


def strip_markup(text: str) -> str:
    """Remove extraction markup (`<u> </u>`, `[bookmark: …]`, heading `#`), keep the text."""
    text = _MARKUP.sub("", text)
    if _MD_RULE.match(text):
        return ""
    return _HEADING.sub(r"\1", text)


def is_page_mark(text: str) -> bool:
    return bool(_PAGE_MARK.match(normalize_width(text)))


# The same furniture at the end of a line that runs a whole page together.
_TRAILING_PAGE_MARK = re.compile(r"\s+[—–－]\s*\d{1,4}\s*[—–－]\s*$|\s+-\s*\d{1,4}\s*-\s*$"
                                 r"|\s+第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?\s*$")


_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff"
                   "\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """Terminal columns (CJK and full-width forms take two): where space-aligned cells start."""
    return len(text) + len(_WIDE.findall(text))


def read(data: bytes, name: str) -> SourceDocument:
    """Decode text bytes and lay them out as one grid."""
    doc = SourceDocument(name=name, format="text")
    try:
        text, encoding = decode_bytes(data, name)
    except DecodeError as exc:
        doc.errors.append(str(exc))
        return doc
    doc.encoding = encoding
    lines = split_lines(text)
    if encoding.endswith(LOSSY):
        codec = encoding.removesuffix(LOSSY)
        bad = [f"{name}:{n}: bytes not valid {codec} replaced by \ufffd"
               for n, line in enumerate(lines, 1) if "\ufffd" in line]
        if len(bad) > MAX_LOSSY_LINES:
            bad[MAX_LOSSY_LINES:] = [f"{name}: … and {len(bad) - MAX_LOSSY_LINES} more lines "
                                     "with invalid bytes"]
        doc.errors.extend(bad)
    text, skipped = strip_controls(text, name)
    doc.warnings.extend(skipped)
    lines = split_lines(text)
    doc.line_count = len(lines)
    grid, dropped = text_grid(lines, name)
    # Lines of markup only: a markdown rule, empty tags, a lone `|` of an HTML table copy.
    doc.markup_lines = [n for n, ln in enumerate(lines, 1)
                        if ln.strip() and not strip_markup(normalize_width(ln)).strip("| \t")]
    if dropped:
        doc.warnings.append(f"{name}: {dropped} page header/footer line(s) dropped")
    doc.grids.append(grid)
    return doc


def _row_cells(line: str, shape: str, columns: list[int] | None = None) -> list[tuple[str, int, int]]:
    """(text, x0, x1) of a line's cells in the given table shape; x in display columns, or at
    `columns[i]` for the line's character i (where it stood in the document as printed)."""
    if shape == TAB_TABLE:
        out, x = [], 0
        for part in line.split("\t"):
            out.append((part, x, x + display_width(part)))
            x += display_width(part) + 1
        return out
    if shape == PIPE_TABLE:
        body = line.strip()
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") else body
        out, x = [], 0
        for part in body.split("|"):
            out.append((part, x, x + display_width(part)))
            x += display_width(part) + 1
        return out
    if columns is None:
        columns = print_columns(line, line, True)
    out = []
    pos = 0
    for m in list(_GAP.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        part = line[pos:end]
        if part.strip():
            lead = len(part) - len(part.lstrip())
            start = pos + lead
            stop = start + len(part.strip())
            out.append((part.strip(), columns[start], columns[stop]))
        if m:
            pos = m.end()
    return out


def print_columns(raw: str, line: str, wide: bool) -> list[int]:
    """Column of each character of `line` (`raw` with its widths folded) and of its end, as
    `raw` was printed: in display columns when `wide`, else in characters. Folding （ to (
    must not move the cells after it."""
    cols, x = [], 0
    folded = []
    for ch in raw:
        piece = normalize_width(ch)
        cols.extend([x] * len(piece))
        folded.append(piece)
        x += display_width(ch) if wide else 1
    cols.append(x)
    if "".join(folded) != line:
        # Folding that joins characters (a combining mark), or a line a page mark cut short:
        # positions of the text as it is.
        width = display_width if wide else len
        return [0, *accumulate(width(ch) for ch in line)]
    return cols


# Lines either side of a line whose cell starts are compared with it.
ALIGN_WINDOW = 6
# Cell starts this close (in columns) are one column's.
ALIGN_SLACK = 1
# How much better characters must line the cells up for a text to be read in characters: a
# text typed in an editor also lines up by chance where CJK and ASCII cells alternate.
CHARS_CLEARLY_BETTER = 0.1


def aligned_share(lines: list[str], wide: bool) -> float:
    """Share of cells (after each line's first) that start where a cell of a nearby line
    starts, positions measured in display columns (`wide`) or in characters."""
    starts = [[x0 for _, x0, _ in _row_cells(ln, SPACE_COLUMNS, print_columns(ln, ln, wide))]
              for ln in lines]
    hit = total = 0
    for i, mine in enumerate(starts):
        if len(mine) < MIN_ROW_CELLS:
            continue
        near = {x for j in range(max(0, i - ALIGN_WINDOW), min(len(starts), i + ALIGN_WINDOW + 1))
                if j != i and len(starts[j]) >= MIN_ROW_CELLS for x in starts[j]}
        for x in mine[1:]:
            total += 1
            hit += any(abs(x - o) <= ALIGN_SLACK for o in near)
    return hit / total if total else 1.0


def counts_wide(lines: list[str]) -> bool:
    """Whether space-aligned text lines its columns up in display columns (typed in an editor,
    CJK two columns wide) rather than in characters (`pdftotext -layout` puts each glyph in one
    column, so CJK text before a cell shifts it by half its width on screen)."""
    return aligned_share(lines, False) < aligned_share(lines, True) + CHARS_CLEARLY_BETTER


_SENTENCE_END = re.compile(r"[。！？]$")
_CLAUSE = re.compile(r"[，,；;]")


def is_prose(line: str) -> bool:
    """A line of a report's prose around its forms: clauses ending in a full stop, with no
    column separator, target sign or more than one field label."""
    s = line.strip()
    if not _SENTENCE_END.search(s) or not _CLAUSE.search(s) or "\t" in s or "|" in s \
            or _GAP.search(s) or re.search(r"[≥≤]", s):
        return False
    return len(scan_fields(s)) < MIN_ROW_CELLS


# Share of lines holding several cells for unspaced text to be cells run together.
CROWDED_SHARE = 0.5
_CATEGORY_WORD = re.compile(r"指标")
_TARGET_MARK = re.compile(r"[≥≤]|\d\s*%")


def _cells_in(line: str) -> int:
    """About how many of a form's cells a line holds: labels, and a target if it has one."""
    return len(scan_fields(line)) + len(_CATEGORY_WORD.findall(line)) + bool(_TARGET_MARK.search(line))


def _report_text(line: str) -> bool:
    return is_prose(line) or is_outline_heading(line)


_NUMBERS_APART = re.compile(r"(?<=[\d.%‰—–-])\s+(?=[\d.%‰—–≥≤=-])")


def _between_numbers(line: str) -> str:
    """The line without the spaces that only keep numbers apart (`210 225 219.6 10`): text run
    together prints those too, they do not make a spaced layout."""
    return _NUMBERS_APART.sub("", line.strip())


def detect_shape(lines: list[str]) -> str:
    """The document's shape, from how its non-blank lines split (prose says nothing of it)."""
    body = [ln for ln in lines if ln.strip()]
    forms = [ln for ln in body if not _report_text(ln)]
    body = forms or body
    if not body:
        return CELL_PER_LINE
    tabs = sum(1 for ln in body if sum(1 for p in ln.split("\t") if p.strip()) >= MIN_ROW_CELLS)
    pipes = sum(1 for ln in body if ln.count("|") >= MIN_ROW_CELLS)
    spaced = sum(1 for ln in body if len(_row_cells(ln.replace("\t", "  "), SPACE_COLUMNS)) >= MIN_ROW_CELLS)
    n = len(body)
    if pipes >= MIN_TABLE_SHARE * n and pipes >= tabs:
        return PIPE_TABLE
    if tabs >= MIN_TABLE_SHARE * n:
        return TAB_TABLE
    if spaced >= MIN_TABLE_SHARE * n:
        return SPACE_COLUMNS
    long_lines = sum(1 for ln in body if len(ln.strip()) > LONG_LINE)
    # (A page run together and broken at a narrow width has no long lines, but hardly any short
    # one: one cell per line makes most lines a label or a number.)
    unspaced = [len(ln.strip()) for ln in body if not _SPACES.search(_between_numbers(ln))]
    # (Or broken narrower still: then most lines hold several of a form's cells, labels and
    # targets, where one cell per line holds one.)
    crowded = sum(1 for ln in body if not _SPACES.search(_between_numbers(ln)) and _cells_in(ln) >= 2)
    if long_lines >= 0.5 * n or (len(unspaced) >= UNSPACED_SHARE * n
                                 and (statistics.median(unspaced) >= RUN_LINE_MEDIAN
                                      or crowded >= CROWDED_SHARE * n)):
        return RUN_TOGETHER
    worded = sum(1 for ln in body if " " in ln.strip())
    return TOKEN_PER_LINE if worded >= MIN_TABLE_SHARE * n else CELL_PER_LINE


# `1,280.00`: a thousands separator (a CSV quotes such a cell, so an unquoted one is text).
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def _separators(line: str) -> int:
    return _THOUSANDS.sub("", line).count(",")


def _csv_rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """(first line, cells) per record when the text is comma-separated values, else None."""
    body = [ln for ln in lines if ln.strip() and not _report_text(ln)]
    if not body or sum(1 for ln in body if _separators(ln) >= MIN_ROW_CELLS) < 0.6 * len(body):
        return None
    if sum(1 for ln in body if "\t" in ln) > 0.3 * len(body):
        return None
    reader = csv.reader(io.StringIO("\n".join(lines) + "\n"))
    out = []
    start = 1
    try:
        for record in reader:
            out.append((start, record))
            start = reader.line_num + 1
    except csv.Error:
        return None
    wide = sum(1 for _, r in out if len(r) >= MIN_ROW_CELLS + 1)
    filled = sum(1 for _, r in out if any(c.strip() for c in r)
                 and not (len(r) == 1 and _report_text(r[0])))
    return out if wide >= 0.6 * max(1, filled) else None


def text_grid(lines: list[str], name: str) -> tuple[Grid, int]:
    """The grid of a text document, and how many page header/footer lines were dropped."""
    records = _csv_rows(lines)
    if records is not None:
        # Spreadsheets saved as CSV keep every column, empty cells included.
        grid = Grid(name=name, shape=CSV_TABLE, rows_reliable=True, columns_reliable=True)
        for row, (number, cells) in enumerate(records):
            for col, text in enumerate(cells):
                text = strip_markup(normalize_width(text)).strip()
                if text:
                    grid.cells.append(Cell(text, row, col, Location(line=number)))
        return grid, 0
    marked = [strip_markup(ln) for ln in lines]
    cleaned = [strip_markup(normalize_width(ln)) for ln in lines]
    barred = strip_cell_bars(cleaned)
    cells_whole = barred is not cleaned
    cleaned = barred
    shape = detect_shape(cleaned)
    table = shape in (TAB_TABLE, PIPE_TABLE, SPACE_COLUMNS)
    # Text tables omit merged cells and PDF text shifts cells, so a cell's index in its line
    # does not say its column; only space-aligned text keeps horizontal positions.
    grid = Grid(name=name, shape=shape, rows_reliable=table, columns_reliable=False,
                cells_whole=cells_whole)
    dropped = 0
    if shape == TAB_TABLE and '"' in "".join(cleaned):
        cleaned = join_quoted_cells(cleaned)
    if shape == RUN_TOGETHER:
        return _run_together_grid(cleaned, grid)
    spaced = not table and double_spaced(cleaned)
    wide = shape != SPACE_COLUMNS or counts_wide([ln.replace("\t", "  ") for ln in marked])
    for number, line in enumerate(cleaned, start=1):
        row = number - 1
        if is_page_mark(line):
            dropped += 1
            continue
        if _TRAILING_PAGE_MARK.search(line):
            line = _TRAILING_PAGE_MARK.sub("", line)
            dropped += 1
        if spaced and not line:
            continue  # double-spaced text: an empty line only separates cells
        if not line.strip():
            if not table:
                # In a stream a blank line may stand for an empty cell: keep it, as empty.
                grid.cells.append(Cell("", row, 0, Location(line=number)))
            continue
        line_shape = shape
        if table:
            if shape == PIPE_TABLE and "|" not in line:
                line_shape = TAB_TABLE if "\t" in line else SPACE_COLUMNS
            elif shape == TAB_TABLE and "\t" not in line:
                line_shape = SPACE_COLUMNS
            elif shape == SPACE_COLUMNS and "\t" in line:
                line = line.replace("\t", "  ")
            columns = print_columns(marked[number - 1].replace("\t", "  "), line, wide)
            parts = _row_cells(line, line_shape, columns)
        else:
            parts = _stream_cells(line)
        positioned = line_shape == SPACE_COLUMNS if table else False
        for col, (text, x0, x1) in enumerate(parts):
            grid.cells.append(Cell(text.strip(), row, col, Location(line=number),
                                   x0=float(x0) if positioned else None,
                                   x1=float(x1) if positioned else None))
    return grid, dropped


# Share of a text's lines that end in a lone cell bar (`耕地保有量 |`) for the bars to be the
# cells' edges of an HTML table copied one cell per line.
CELL_BAR_SHARE = 0.5
_CELL_BAR = re.compile(r"\s*\|\s*$")


def strip_cell_bars(lines: list[str]) -> list[str]:
    """An HTML table copied one cell per line ends each cell with its bar (`正向 |`, and ` |`
    alone for an empty cell): without the bars the text is one cell per line, the bar-only
    lines blank (empty cells)."""
    body = [ln for ln in lines if ln.strip()]
    barred = [ln for ln in body if ln.count("|") == 1 and _CELL_BAR.search(ln)]
    if not body or len(barred) < CELL_BAR_SHARE * len(body):
        return lines
    return [_CELL_BAR.sub("", ln) if ln.count("|") == 1 else ln for ln in lines]


# Most physical lines one quoted cell may span before the quote is taken as a mere character.
MAX_QUOTED_LINES = 8


def join_quoted_cells(lines: list[str]) -> list[str]:
    """Tab text copied from a spreadsheet quotes a cell holding line breaks (`"项目预算执行情况` /
    `（万元）"`): each such cell becomes one cell of the line it starts on (the lines it took
    become empty). Returns `lines` unchanged when a quote does not close as a cell's end."""
    out = list(lines)
    reader = csv.reader(io.StringIO("\n".join(lines) + "\n"), delimiter="\t", strict=True)
    start = 0
    try:
        for record in reader:
            end = reader.line_num  # the record's last line, counted from 1
            if end - 1 - start > MAX_QUOTED_LINES:
                return lines
            if end - 1 > start:
                out[start] = "\t".join(cell.replace("\n", "") for cell in record)
                out[start + 1:end] = [""] * (end - 1 - start)
            start = end
    except csv.Error:
        return lines
    return out


_STARTS_FORM = re.compile(r"^(?:\d{4}年度?)?[^，。]{0,30}?(?:绩效目标(?:申报)?表|绩效自评表|评分表)|^项目名称")


# Share of a stream's cells followed by exactly one empty line for the empty lines to be mere
# separators (a copy that double-spaces its lines); a cell left empty is then a line of spaces.
DOUBLE_SPACED_SHARE = 0.9


def double_spaced(lines: list[str]) -> bool:
    """Every cell is followed by one empty line, and some cells are lines of spaces."""
    cells = [k for k, ln in enumerate(lines) if ln]
    if len(cells) < MIN_DOUBLE_SPACED or not any(lines[k].strip() == "" for k in cells):
        return False
    followed = sum(1 for k in cells if k + 2 < len(lines) and lines[k + 1] == "" and lines[k + 2])
    return followed >= DOUBLE_SPACED_SHARE * (len(cells) - 1)


MIN_DOUBLE_SPACED = 20


# A line of a form run together whose cells are spaced apart has at least this many words.
SPACED_LINE_WORDS = 3


def _run_together_grid(lines: list[str], grid: Grid) -> tuple[Grid, int]:
    """Forms run together over a few long lines break lines anywhere, mid-word included: a
    paragraph of lines is one cell (cut later at the vocabulary), located on all its lines."""
    dropped = 0
    start, buf = None, []
    row = 0
    after_prose = False

    def flush(end: int) -> None:
        nonlocal start, buf, row
        if buf:
            # Lines whose cells are spaced apart break between cells: a line's end is a
            # space too. Lines without spaces break anywhere, mid-word included.
            spaced = sum(1 for b in buf if len(_SPACES.split(_between_numbers(b))) >= SPACED_LINE_WORDS)
            text = join_points(" ".join(buf) if spaced * 2 >= len(buf) else _join_broken(buf, ends))
            for k, word in enumerate(w for w in _SPACES.split(text) if w):
                grid.cells.append(Cell(word, row, k, Location(line=start, last_line=end)))
            row += 1
        start, buf = None, []
        ends.clear()

    ends: list[bool] = []  # whether each buffered line ended in a space (a cell boundary)
    for number, line in enumerate(lines, start=1):
        if is_page_mark(line):
            dropped += 1
            continue
        if _TRAILING_PAGE_MARK.search(line):
            line = _TRAILING_PAGE_MARK.sub("", line)
            dropped += 1
        if not line.strip():
            flush(number - 1)
            grid.cells.append(Cell("", row, 0, Location(line=number)))
            row += 1
            continue
        if buf and _STARTS_FORM.match(line.strip()):
            flush(number - 1)  # a line of its own that starts a form starts a paragraph
        # The report's headings and the prose after them are lines of their own, not pieces
        # of a form broken anywhere.
        if is_outline_heading(line) or is_prose(line) and (not buf or after_prose):
            flush(number - 1)
            grid.cells.append(Cell(line.strip(), row, 0, Location(line=number)))
            row += 1
            after_prose = True
            continue
        after_prose = False
        if start is None:
            start = number
        buf.append(line.strip())
        ends.append(line != line.rstrip())
    flush(len(lines))
    return grid, dropped


_SHORT_LEVEL1 = ("产出", "效益", "满意度", "成本", "效果")
# How far from a line break a label or value that the break cuts can start or end.
JUNCTION_REACH = 12
_VALUE_START = re.compile(r"^(?:[≥≤><=]|\d)")
_VALUE_END = re.compile(r"(?:%|‰|\d(?:[个人次户家项件天台套篇场册份名张条处所座辆吨亩元起例]|万元|人次|公里|平方米)"
                        r"|前|以上|以下)$")
_CUT_NUMBER = re.compile(r"(?:[≥≤><=]|\d|\d\.)$")
_NUMBER_GOES_ON = re.compile(r"^[\d.%‰年月日万亿千个人次户家项件天台套篇场册份名张条处所座辆吨亩元]")


# A count's unit that goes on as …次 on the next line (人 / 次 = 人次, 户次, 场次 …).
_COUNT_UNIT_END = re.compile(r"\d万?[人户件场车册批家篇项份架]$")


def _join_broken(lines: list[str], spaced_ends: list[bool] | None = None) -> str:
    """Lines of a form run together, joined: with nothing where a break cuts a label or a value
    (`…数` / `量指标`, `≥3` / `家`), with a space (a cell boundary) where the next line starts
    with a label, the line ends a value (`…设施52处` / `接待…`) or the line ends in a space."""
    out = lines[0]
    anchors = anchor_pattern()
    for k, line in enumerate(lines[1:]):
        if spaced_ends and spaced_ends[k]:
            out += " " + line
            continue
        tail, head = out[-JUNCTION_REACH:], line[:JUNCTION_REACH]
        window = tail + head
        cut = len(tail)
        crossing = any(m.start() < cut < m.end() for m in anchors.finditer(window))
        glued = _CUT_NUMBER.search(tail) is not None and _NUMBER_GOES_ON.match(head) is not None \
            or _COUNT_UNIT_END.search(tail) is not None and head.startswith("次")  # 1542人 / 次
        first = anchors.search(head)
        # (A level 1 printed short runs into its level 2: `效益社会效益指标…`.)
        boundary = first is not None and (first.start() == 0 or head[:first.start()] in _SHORT_LEVEL1) or (
            _VALUE_END.search(tail) is not None and _VALUE_START.match(head) is None)
        out += (" " if boundary and not crossing and not glued else "") + line
    return out


def _stream_cells(line: str) -> list[tuple[str, int, int]]:
    """A stream line's words: cells that run together are told apart later, by vocabulary."""
    return [(p, 0, 0) for p in _SPACES.split(join_points(line).strip()) if p]


# A rubric's points printed with a space inside the bracket: `项目决策(20 分)`.
_POINTS_GAP = re.compile(r"([(（]\s*\d+(?:\.\d+)?)\s+(分\s*[)）])")


def join_points(text: str) -> str:
    """`(20 分)` → `(20分)`: one word, not two cells."""
    return _POINTS_GAP.sub(r"\1\2", text)
