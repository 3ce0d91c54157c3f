"""The form interpreter: one document's tokens → forms → Project records, every cell accounted.

A form starts at its title or its first 项目名称 / 部门名称 label; a table found before any of
them is a fragment (a page starting in mid-table). Each form's head is read by adjacency, its
indicator table by its header (jixiao.kg.reader.table). Tokens no record took are returned as
not understood, with their place in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import PurePath

from jixiao.kg.reader.columns import header_of_rows, infer_header, row_like
from jixiao.kg.reader.glued import number_value
from jixiao.kg.reader.grid import Grid, SourceDocument
from jixiao.kg.reader.head import amount_unit, read_head, read_tail, stated_grade, year_of
from jixiao.kg.reader.table import (
    EXTRA_ROLES,
    Header,
    Row,
    Table,
    compose_value,
    find_header,
    is_heading,
    is_tail,
    level_label_text,
    read_rows,
    rows_follow,
)
from jixiao.kg.reader.tokens import OUTLINE_NUMBER, Kind, Token, tokenize
from jixiao.kg.records import Indicator, Location, Project, Source, UnreadLine
from jixiao.kg.targets import clean_target, parse_target
from jixiao.text import compact
from jixiao.vocab import (
    COLUMN_LABELS,
    DIRECTION_OPS,
    NATURE_WORDS,
    FormKind,
    TextFlag,
    is_continued_title,
    is_outline_heading,
    org_name,
)

# Extra-field key of the mid-term indicator printed beside the year's (`中期三级指标`).
MIDTERM_PREFIX = "中期"

# Reasons given to cells no record took.
NOT_UNDERSTOOD = "not understood"
HEADING = "document heading, used only as context (year) for the forms"
IN_FAILED_FORM = "part of a form that could not be read"
# A form with no indicator rows is kept only with a name and an organisation: a mention of a
# form in a report (「详见项目绩效目标表」) is not a form.
_KANA = re.compile(r"[\u3040-\u30ff]")
# Template numbering before an indicator's name: 「指标1：」 (OCR: 「标3:」).
_NAME_POINTS = re.compile(r"[(（](\d+(?:\.\d+)?)分[)）]$")
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[、.．]|[(（]\d{1,2}[)）])(?=[\u4e00-\u9fff])")
_NUMBERING = re.compile(r"^(?:指标|标)\d{1,2}[:：、.]")
_REPLACEMENT = "\ufffd"


@dataclass
class FormSpan:
    start: int
    end: int
    kind: FormKind | None = None
    has_name: bool = False


@dataclass
class Interpretation:
    projects: list[Project] = field(default_factory=list)
    unread: list[UnreadLine] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    shapes: list[str] = field(default_factory=list)
    tokens: int = 0


# The title of a form's own scoring table, not of another form.
_TABLE_TITLE = re.compile(r"(?:评分|得分|打分|指标评分|评价指标|指标体系)表(?:[(（][^()（）]*[)）])?$")


def _starts(tokens: list[Token]) -> list[FormSpan]:
    """Where forms begin, from titles and name labels (a table before them: a fragment)."""
    spans: list[FormSpan] = []
    current: FormSpan | None = None
    content = False  # the current form has more than its title
    title_at: int | None = None
    header_seen = columns_seen = False
    for i, tok in enumerate(tokens):
        if tok.kind is Kind.TITLE and current is not None and columns_seen and (
                rows_follow(tokens, i) or rows_follow(tokens, i, header_repeated=compact(
                    tokens[current.start].text) == compact(tok.text))):
            continue  # a page's running title between the rows of the form's table
        if tok.kind is Kind.TITLE:
            # (A form whose head is so far only some fields in a report's prose goes on under
            # the title of its table: 「一、基本情况 …实施单位为X…」 then 「二、绩效自评得分表」.)
            # (Nor does a form whose head has its name but no table yet, under the title of
            # its scoring table: 项目名称… then 「附表 绩效评价指标评分表」.)
            own_table = current is not None and current.has_name and not columns_seen \
                and _TABLE_TITLE.search(compact(tok.text)) is not None
            # (…自评表（续）: the same form's next page.)
            own_table = own_table or current is not None and is_continued_title(tok.text)
            if current is None or content and not own_table and (
                    current.has_name or columns_seen or not is_outline_heading(tok.text)):
                current = FormSpan(i, len(tokens), tok.form)
                spans.append(current)
                content, header_seen, columns_seen = False, False, False
            else:
                current.kind = tok.form or current.kind
            title_at = i
            continue
        if tok.kind is Kind.FIELD and tok.field in ("name", "department_name") and tok.column is None:
            if current is None or (current.has_name and content):
                start = title_at if title_at is not None and current is not None \
                    and title_at > current.start and not _content_between(tokens, title_at, i) else i
                current = FormSpan(start, len(tokens), None)
                spans.append(current)
                header_seen = False
            current.has_name = True
            content = True
            title_at = None
            continue
        if tok.column and current is None and not header_seen:
            found = find_header(tokens, i)
            if found and found[0] == i:
                current = FormSpan(i, len(tokens), None)
                spans.append(current)
                content, header_seen = True, True
                continue
        columns_seen = columns_seen or bool(tok.column)
        if tok.kind is not Kind.EMPTY and current is not None and tok.kind is not Kind.TITLE:
            content = True
            title_at = None if tok.kind not in (Kind.TEXT,) or len(tok.text) > 30 else title_at
    # Rows before the first form: a page that starts in the middle of a table.
    first = spans[0].start if spans else len(tokens)
    if first > 0 and headerless_table(tokens[:first], False) is not None:
        spans.insert(0, FormSpan(0, first, None))
    for a, b in zip(spans, spans[1:], strict=False):
        a.end = b.start
    return spans


# A table without a header counts when this many of its lines read as indicator rows.
MIN_HEADERLESS_ROWS = 3
MIN_HEADERLESS_LABELS = 2
# Share of a text's lines holding one cell for it to be read as a stream of cells.
STREAM_SHARE = 0.9


def headerless_table(tokens: list[Token], by_x: bool) -> tuple[int, int, Header] | None:
    """A table whose header row is missing (a page starting mid-table, rows right under
    「绩效指标：」): where it starts, and the columns its cells imply."""
    lines: dict[int, list[Token]] = {}
    order: list[int] = []
    for t in tokens:
        if t.kind is Kind.EMPTY:
            continue
        ln = t.cell.location.line or t.row
        if ln not in lines:
            order.append(ln)
        lines.setdefault(ln, []).append(t)
    # Head fields with values end the head; the table starts after the last of them (the
    # labels a report's prose after the table names are no head).
    first_label = next((k for k, t in enumerate(tokens) if t.is_level), len(tokens))
    prose = next((k for k, t in enumerate(tokens) if k > first_label and is_heading(t)),
                 len(tokens))
    last_field = max((k for k, t in enumerate(tokens[:prose]) if t.kind is Kind.FIELD
                      and t.field != "indicators_block" and not is_tail(t)),
                     default=-1)
    for ln in order:
        first = lines[ln][0]
        if first.index <= last_field:
            continue
        starts_table = row_like(lines[ln]) or (first.is_level and any(
            t.kind is Kind.TEXT for t in lines[ln]))
        if not starts_table:
            continue
        rest = [t for t in tokens if t.index >= first.index]
        rows = sum(1 for k in order if k >= ln and row_like(lines[k]))
        if rows < MIN_HEADERLESS_ROWS and not (rows and not by_x):
            continue
        # Evidence that these rows are indicators, not a budget table: category labels, and
        # values that read as targets rather than plain amounts.
        labels = sum(1 for t in rest if t.is_level and (t.level1 or t.level2) and
                     (t.level1 or t.level2).suffixed)
        # (A Chongqing table prints 正向 / 反向 / 定量 beside a bare number: a target.)
        targets = sum(1 for t in rest if t.kind is Kind.VALUE or t.text in NATURE_WORDS)
        amounts = sum(1 for t in rest if t.kind is Kind.NUMBER)
        if labels < MIN_HEADERLESS_LABELS or targets < amounts / 2:
            return None
        header = infer_header(rest, by_x)
        if header is None:
            return None
        pos = tokens.index(first)
        return pos, pos, header
    if order and sum(len(v) == 1 for v in lines.values()) >= STREAM_SHARE * len(lines):
        # (Signatures after the rows, 填报人：…, are fields too: the head is what precedes.)
        return _headerless_stream([t for t in tokens if t.kind is not Kind.EMPTY], tokens, by_x)
    return None


def _headerless_stream(cells: list[Token], tokens: list[Token], by_x: bool
                       ) -> tuple[int, int, Header] | None:
    """One cell per line, no header: from the first category label, names each followed by
    a target (`社会保险待遇按时发放率` / `100%`), under category labels."""
    start = next((k for k, t in enumerate(cells) if t.is_level), None)
    if start is None:
        return None
    rest = cells[start:]
    pairs = sum(1 for a, b in zip(rest, rest[1:], strict=False)
                if a.kind is Kind.TEXT and not a.is_label and b.kind is Kind.VALUE)
    labels = sum(1 for t in rest if t.is_level and (t.level1 or t.level2) and
                 (t.level1 or t.level2).suffixed)
    if pairs < MIN_HEADERLESS_ROWS or labels < MIN_HEADERLESS_LABELS:
        return None
    rows: list[list[Token]] = []
    for t in rest:
        if t.kind is Kind.TEXT and not t.is_label:
            rows.append([t])
        elif rows and t.kind in (Kind.VALUE, Kind.NUMBER):
            rows[-1].append(t)
    pos = tokens.index(rest[0])
    return pos, pos, header_of_rows([r for r in rows if len(r) > 1])


def _content_between(tokens: list[Token], a: int, b: int) -> bool:
    return any(t.kind in (Kind.FIELD, Kind.COLUMN, Kind.LEVEL, Kind.NUMBER) for t in tokens[a + 1:b])


# A cell that is a year and nothing else (`2024年度`, `（2025年度）`), read as a value elsewhere.
_YEAR_CELL = re.compile(r"[(（]?(?:19|20)\d{2}年度?[)）]?")


def _year_word(tokens: list[Token], k: int) -> bool:
    """`2024` followed by `年度）`, or that `年度）`: the two halves of a year."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    prev = tokens[k - 1] if k > 0 else None
    return (nxt is not None and year_of([tokens[k].text + nxt.text]) is not None
            and nxt.text.startswith("年")) or \
        (prev is not None and tokens[k].text.startswith("年")
         and year_of([prev.text + tokens[k].text]) is not None)


def interpret(doc: SourceDocument) -> Interpretation:
    out = Interpretation(shapes=[g.shape for g in doc.grids])
    tokens = tokenize(doc.grids)
    out.tokens = len(tokens)
    grid_of = {id(c): g for g in doc.grids for c in g.cells}
    spans = _starts(tokens)
    heading = tokens[: spans[0].start] if spans else tokens
    doc_year = year_of([t.text for t in heading if t.kind is not Kind.EMPTY])
    doc_unit = amount_unit(heading)
    for k, t in enumerate(heading):
        if t.kind is not Kind.EMPTY and (doc_unit and "单位" in t.text or year_of([t.text])
                                          or _year_word(heading, k)):
            t.use = "context"
    for span in spans:
        form_tokens = tokens[span.start:span.end]
        try:
            context = Context(doc_year, doc_unit)
            project = _read_form(form_tokens, span, grid_of, doc, context)
            # A form without a title block of its own shares the one before it (one heading
            # 「XX单位2024年度项目绩效目标表 单位：万元」 above several forms).
            doc_year, doc_unit = context.year, context.unit
        except Exception as exc:  # noqa: BLE001 - one broken form must not lose the others
            where = _describe_span(form_tokens)
            out.errors.append(f"{doc.name}:{where}: internal error reading a form: "
                              f"{type(exc).__name__}: {exc}")
            for t in form_tokens:
                if t.kind is not Kind.EMPTY and t.use is None:
                    t.use = "failed"
            continue
        if project is not None:
            out.projects.append(project)
    _drop_other_sheets(out.projects)
    first = spans[0].start if spans else len(tokens)
    for t in tokens:
        if t.kind is Kind.EMPTY:
            continue
        heading_token = t.index < first
        if t.use and t.use != "failed" and not heading_token:
            continue
        # The heading above the first form is context (a year, an amount unit) for every form
        # and belongs to none of them: reported, so that nothing is silently taken.
        reason = IN_FAILED_FORM if t.use == "failed" else (
            HEADING if heading_token and spans else NOT_UNDERSTOOD)
        loc = t.cell.location
        out.unread.append(UnreadLine(loc.line or 0, t.text, reason, loc))
        for cell in t.more_cells:  # the other lines of a label joined over lines
            out.unread.append(UnreadLine(cell.location.line or 0, cell.text, reason,
                                         cell.location))
    if not spans:
        # A readable document without forms (a budget report) is not an error, but is said.
        out.warnings.append(f"{doc.name}: no recognisable form (no 项目名称, form title or "
                            "indicator table found)")
    elif not out.projects and not out.errors:
        where = _describe_span(tokens[spans[0].start:])
        out.errors.append(f"{doc.name}:{where}: a form starts here but cannot be read: it has no "
                          "indicator table, and no project name with a 主管部门 or 实施单位")
    return out


def _drop_other_sheets(projects: list[Project]) -> None:
    """A workbook describes one project on several sheets (基本信息, 立项依据, 绩效目标表):
    the sheets without an indicator table are not projects of their own."""
    named = {p.name for p in projects if p.indicators and p.name}
    projects[:] = [p for p in projects if p.indicators or p.name not in named]


def _describe_span(tokens: list[Token]) -> str:
    lines = [n for t in tokens for n in _lines_of(t)]
    if not lines:
        return "?"
    first = tokens[0].cell.location
    prefix = f"{first.sheet}!" if first.sheet else (f"p{first.page}:" if first.page else "")
    return f"{prefix}{min(lines)}-{max(lines)}"


def _grid_flags(tokens: list[Token], grid_of: dict[int, Grid]) -> tuple[bool, bool, bool]:
    grids = {id(grid_of[id(t.cell)]): grid_of[id(t.cell)] for t in tokens if id(t.cell) in grid_of}
    gs = list(grids.values())
    if not gs:
        return True, False, False
    rows = all(g.rows_reliable for g in gs)
    cols = all(g.columns_reliable for g in gs)
    xs = not cols and all(g.rows_reliable for g in gs) and any(
        t.cell.x0 is not None and t.cell.x1 for t in tokens)
    return rows, cols, xs


@dataclass
class Context:
    """What a document says once for the forms below it."""

    year: int | None = None
    unit: str | None = None


def _read_form(tokens: list[Token], span: FormSpan, grid_of: dict[int, Grid],
               doc: SourceDocument, context: Context) -> Project | None:
    rows_reliable, by_col, by_x = _grid_flags(tokens, grid_of)
    found = find_header(tokens) or headerless_table(tokens, by_x)
    table: Table | None = None
    if found:
        first, end, header = found
        head_tokens = tokens[:first]
        for t in header.tokens:
            t.use = "structure"
        body = [t for t in tokens[end:] if t.kind is not Kind.EMPTY]
        if body and sum(t.pieces > 1 for t in body) > len(body) / 2:
            # The table was run together into few cells: its rows are the vocabulary's to find.
            rows_reliable, by_col, by_x = False, False, False
        table = read_rows(tokens[end:], header, rows_reliable, by_col, by_x)
        tail = table.tail
    else:
        head_tokens, tail = tokens, []
    for t in tokens:
        if t.kind is Kind.TITLE:
            t.use = "structure"
    block = []
    for t in head_tokens:
        # (A unit note under the title, 单位：万元, is the title block's: later forms of the
        # document without one of their own print their amounts in it too.)
        if t.kind is Kind.FIELD and t.field != "amount_unit":
            break
        block.append(t)
    context.unit = amount_unit(block) or context.unit
    head = read_head(head_tokens, by_col, context.unit)
    read_tail(head, tail, scored=bool(table and table.header.has("score")))
    head.grade = head.grade or stated_grade(tokens)
    for t in block:
        if t.kind is Kind.TEXT and t.use is None and head.unit is None and \
                (org := org_name(t.text)) is not None:
            # An organisation printed under the title without a label: the unit filing it.
            head.unit, head.unit_code = org[0], head.unit_code or org[1]
            t.use = "field:unit"
    # The title block: the title and short lines before the first field (（2023年度）).
    title_texts = []
    for k, t in enumerate(head_tokens):
        if t.kind is Kind.FIELD or is_heading(t):
            break
        if t.kind is Kind.TITLE or (t.kind is Kind.TEXT and len(t.text) <= 16) or \
                _YEAR_CELL.fullmatch(compact(t.text)):
            title_texts.append(t.text)
            if t.kind is Kind.TEXT and year_of([t.text]) and t.use is None:
                t.use = "field:year"
        elif t.kind is not Kind.EMPTY and len(t.text) <= _TITLE_PIECE:
            title_texts.append(t.text)  # (`（` / `2024` / `年度）`: read across, by year_of)
            if t.use is None and _year_word(head_tokens, k):
                t.use = "field:year"
    for t in block:
        if t.kind is Kind.TEXT and t.use is None and amount_unit([t]):
            t.use = "field:unit"

    kind = span.kind or FormKind.TARGET_DECLARATION
    if table and any(r in table.header.roles for r in ("actual", "score")) \
            and not kind.is_self_evaluation:
        kind = FormKind.DEPARTMENT_SELF_EVALUATION if kind.is_department else FormKind.SELF_EVALUATION
    if head.is_department and not kind.is_department:
        kind = FormKind.DEPARTMENT_SELF_EVALUATION if kind.is_self_evaluation else FormKind.DEPARTMENT_TARGET
    if table:
        _fold_long_term(table, tokens)
    indicators = _indicators(table) if table else []
    if _weights_total(head.total_score, indicators):
        head.total_score = None
    name = head.name or _name_from_title(title_texts)
    if kind.is_department and not name:
        org = head.department or head.unit
        name = f"{org}部门整体支出" if org else None
    if not indicators and not (name and (head.department or head.unit)):
        for t in tokens:
            if t.use and t.use != "failed":
                t.use = None
        return None
    context.year = year_of(title_texts) or context.year
    year = head.year or year_of(title_texts) or year_of([name or ""]) or context.year
    first_loc = _span_location([t for t in tokens if t.kind is not Kind.EMPTY])
    fmt = doc.format
    warnings: list[str] = []
    flags: list[str] = []
    if name and (_KANA.search(name) or _REPLACEMENT in name):
        flags.append(TextFlag.GARBLED.value)
        warnings.append(f"project name looks damaged by OCR or extraction: {name}")
    if not name:
        warnings.append("no project name: the form starts in the middle of its indicator table")
    if table and not indicators:
        warnings.append("indicator table without rows")
    if head.funds_unit_assumed:
        warnings.append("amount unit not printed; assumed 万元 (the templates' unit)")
    project = Project(
        name=name or "",
        name_as_printed=name or "",
        department=head.department if not kind.is_department or head.department else None,
        unit=head.unit or (head.department if kind.is_department else None),
        year=year,
        form=kind,
        funds=head.funds,
        goal=head.goal,
        total_score=head.total_score,
        grade=head.grade,
        indicators=indicators,
        source=Source(file=str(PurePath(doc.name)), first_line=first_loc.line or 0,
                      last_line=first_loc.last_line or first_loc.line or 0, sheet=first_loc.sheet,
                      cells=None, page=first_loc.page, format=fmt),
        warnings=warnings,
        department_code=head.department_code,
        unit_code=head.unit_code,
        project_code=head.project_code,
        extra=dict(head.extra) | ({"实际完成情况": head.goal_actual} if head.goal_actual else {}),
        flags=flags,
    )
    return project


def _lines_of(t: Token) -> list[int]:
    """Every source line a token was read from (a label joined over lines has several, a
    paragraph of run-together text spans its lines)."""
    out = []
    for c in (t.cell, *t.more_cells):
        loc = c.location
        if loc.line:
            out.extend(range(loc.line, (loc.last_line or loc.line) + 1))
    return out


_TITLE_TAIL = re.compile(
    r"(?:项目支出|部门整体支出|整体支出)?(?:绩效(?:目标(?:申报|申请)?|自评|评价)(?:指标)?(?:评分|得分)?表?"
    r"|申报表|评分表|自评表)(?:[(（]\d{4}年度?[)）])?$")
_TITLE_YEAR = re.compile(r"^\d{4}年度?")
_PROJECT_WORDS = re.compile(r"(项目|资金|经费|补助|补贴|工程|计划|专项)$")


def _name_from_title(titles: list[str]) -> str | None:
    """A form that prints its project only in its title (「2024年度高标准农田建设项目绩效自评评分表」)."""
    for title in titles:
        text = _TITLE_TAIL.sub("", _TITLE_YEAR.sub("", compact(title)))
        if len(text) >= MIN_TITLE_NAME and _PROJECT_WORDS.search(text) and org_name(text) is None:
            return text
    return None


# A name read from a title is at least this long (shorter leftovers are no project's name).
MIN_TITLE_NAME = 4


def _span_location(tokens: list[Token]) -> Location:
    lines = [n for t in tokens for n in _lines_of(t)]
    first = tokens[0].cell.location if tokens else Location()
    pages = [t.cell.location.page for t in tokens if t.cell.location.page]
    return Location(line=min(lines) if lines else None, last_line=max(lines) if lines else None,
                    sheet=first.sheet, page=min(pages) if pages else None)


# Headings of the two indicator tables a multi-year form prints one after the other.
# (Not 长期目标 / 年度目标: the goal's two columns above them.)
_LONG_TERM_TABLE = re.compile(r"^(?:长期|中期|实施期|项目期|整体|总体)(?:绩效)?指标(?:表)?$")
_YEAR_TABLE = re.compile(r"^(?:年度|本年度|当年)(?:绩效)?指标(?:表)?$")


def _fold_long_term(table: Table, tokens: list[Token]) -> None:
    """A 长期绩效指标 table, then a 年度绩效指标 table of the same rows: one row each, the
    year's target as the target and the long-term one beside it (as 中期目标 columns are)."""
    def index_of(pattern: re.Pattern[str]) -> int | None:
        return next((t.index for t in tokens if pattern.match(compact(t.text))), None)

    long_at, year_at = index_of(_LONG_TERM_TABLE), index_of(_YEAR_TABLE)
    if long_at is None or year_at is None or long_at >= year_at:
        return

    def first(row: Row) -> int:
        return min((t.index for t in row.tokens), default=-1)

    early = [r for r in table.rows if long_at < first(r) < year_at]
    late = [r for r in table.rows if first(r) > year_at]
    by_name = {r.text("level3"): r for r in early}
    if not late or not all(r.text("level3") in by_name for r in late):
        return
    for r in late:
        if not r.values.get("midterm"):
            r.values["midterm"] = by_name[r.text("level3")].values.get("target", [])
    for r in early:
        for t in r.tokens:
            t.use = "row:long-term"  # read into the year's rows
    gone = {id(r) for r in early}
    table.rows = [r for r in table.rows if id(r) not in gone]


# How close two totals must be to be the same number.
TOTAL_TOLERANCE = 0.01


def _weights_total(total: float | None, indicators: list[Indicator]) -> bool:
    """A 合计 that adds up the weights, where the scores add up to something else: no score."""
    weights = [i.weight for i in indicators if i.weight is not None]
    if total is None or not weights:
        return False
    scores = sum(i.score for i in indicators if i.score is not None)
    return abs(sum(weights) - total) < TOTAL_TOLERANCE and abs(scores - total) >= TOTAL_TOLERANCE


def _column_label(header: Header, role: str) -> str:
    """A column's printed label, or the vocabulary's for a column the rows implied (a page
    without its header)."""
    col = next((c for c in header.columns if c.role == role), None)
    if col is not None and (col.header.column is not None or col.header.kind is Kind.COLUMN):
        return compact(col.header.text)
    return COLUMN_LABELS[role][0] if role in COLUMN_LABELS else role


def _indicators(table: Table) -> list[Indicator]:
    out: list[Indicator] = []
    for k, row in enumerate(table.rows):
        name = row.text("level3")
        if not name or _not_an_indicator(row, name):
            continue
        l1, l1p = level_label_text(row.level1)
        l2, l2p = level_label_text(row.level2)
        target = compose_value(row, "target", table.header)
        actual = compose_value(row, "actual", table.header)
        extra = {}
        for role in EXTRA_ROLES:
            text = row.text(role)
            if text:
                key = _column_label(table.header, role)
                extra[MIDTERM_PREFIX + key if role == "midterm_name" else key] = text
        target_parsed = parse_target(target)
        nature = row.text("op")
        if nature in NATURE_WORDS:
            # The sign column says what kind of value the row sets: kept, and a direction
            # turns a bare value into the floor or ceiling it means.
            extra[_column_label(table.header, "op")] = nature
            if target_parsed is not None and target_parsed.op == "=" and nature in DIRECTION_OPS \
                    and not re.match(r"^[=＝]", target or ""):
                target_parsed = replace(target_parsed, op=DIRECTION_OPS[nature])
        tokens = row.tokens
        for role, toks in row.values.items():
            for t in toks:
                t.use = f"row:{k}:{role}"
                if t.part_of is not None:
                    t.part_of.use = t.use
        loc = _row_location(tokens)
        flags = []
        if _KANA.search(name) or _REPLACEMENT in name:
            flags.append(TextFlag.GARBLED.value)
        name = _NUMBERING.sub("", compact(name)) or compact(name)
        if _LIST_NUMBER.match(name) and table.header.roles[:1] != ["seq"]:
            # An outline's running number before the name (1.立项依据充分性, （3）…).
            name = _LIST_NUMBER.sub("", name)
        weight = number_value(row.text("weight"))
        points = _NAME_POINTS.search(name)
        if points and points.start() > 0 and weight in (None, float(points.group(1))):
            # A rubric prints each indicator's points in its label (立项依据充分性(4分)).
            name, weight = name[: points.start()], float(points.group(1))
        out.append(Indicator(
            level1=l1, level2=l2, level3=name,
            target=target, target_parsed=target_parsed,
            actual=actual, actual_parsed=parse_target(actual),
            weight=weight, score=number_value(row.text("score")),
            deviation=row.text("deviation"),
            level1_as_printed=l1p, level2_as_printed=l2p,
            line=loc.line, midterm_target=clean_target(row.text("midterm")),
            extra=extra, flags=flags, location=loc,
        ))
    return out


_PLACEHOLDER = re.compile(r"^(?:指标\d*[:：]?|[/／\\]+|[…．.。·]{2,}|[—–\-]+|"
                          r"[(（]\d+(?:\.\d+)?分[)）])+$")


# Longest word of a title printed one word per line that may carry its year (`年度）`).
_TITLE_PIECE = 4


def _not_an_indicator(row: Row, name: str) -> bool:
    """Text after a table that ran into its last rows: a heading or a sentence, no values."""
    values = [row.text(r) for r in ("target", "actual", "weight", "score", "midterm")]
    if _PLACEHOLDER.match(compact(name)) and all(
            v is None or _PLACEHOLDER.match(compact(v)) for v in values):
        # A template's blank row left in (指标1： / …… / /), or a category's points alone.
        return True
    has_values = any(values)
    if has_values:
        return False
    return bool(OUTLINE_NUMBER.match(name) or re.search(r"[。；;]", name) or len(name) > 30
                or len(compact(name)) <= 1)


def _row_location(tokens: list[Token]) -> Location:
    if not tokens:
        return Location()
    locs = [t.cell.location for t in tokens]
    lines = [n for t in tokens for n in _lines_of(t)]
    first = locs[0]
    cells = None
    refs = [loc.cells for loc in locs if loc.cells]
    if refs:
        cells = _cell_range(refs)
    return Location(line=min(lines) if lines else None,
                    last_line=max(lines) if lines and max(lines) != min(lines) else None,
                    sheet=first.sheet, cells=cells, page=first.page, table=first.table)


_A1 = re.compile(r"^([A-Z]+)(\d+)$")


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _cell_range(refs: list[str]) -> str | None:
    corners = []
    for ref in refs:
        for part in ref.split(":"):
            m = _A1.match(part)
            if m:
                corners.append((m.group(1), int(m.group(2))))
    if not corners:
        return refs[0]
    c0 = min(corners, key=lambda c: _col_number(c[0]))[0]
    c1 = max(corners, key=lambda c: _col_number(c[0]))[0]
    r0 = min(c[1] for c in corners)
    r1 = max(c[1] for c in corners)
    a, b = f"{c0}{r0}", f"{c1}{r1}"
    return a if a == b else f"{a}:{b}"
