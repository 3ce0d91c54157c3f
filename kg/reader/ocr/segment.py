"""Split a document's lines into form segments (one form = one project) and classify them.

A new form starts at a form title (…绩效目标申报表, N.…绩效目标表, …绩效自评表), at a 项目名称 label,
or at a 主管部门 label when no 项目名称 opened the form, provided the current form already has
a body (indicator header or indicator rows); after a closing 评分等级 line, a new form starts
at the next head-looking line even when its 项目名称 label is garbled. Lines before a form
(a document title, a section heading with no form under it) become that form's `preamble` and
header context (year, unit, amount unit), so that they are either read or reported, never lost.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from jixiao.kg.reader.ocr.layouts import detect_layout, strip_markup
from jixiao.kg.reader.sources.text import is_prose
from jixiao.kg.records import UnreadLine
from jixiao.text import compact, normalize_width
from jixiao.vocab import (
    LEVEL1,
    SELF_EVALUATION_MARKERS,
    amount_unit,
    is_outline_heading,
    label_key,
    org_name,
    scan_fields,
)

DECLARATION = "target_declaration"
SELF_EVALUATION = "self_evaluation"


@dataclass
class Segment:
    """The lines of one form, in input order, with 1-based line numbers.

    ``form``: ``target_declaration`` or ``self_evaluation``.
    ``layout``: see kg.layouts (``tab_table``, ``cell_per_line``, ``token_per_line``).
    ``context``: hints from lines outside the form proper, e.g. ``{"year": 2023,
    "amount_unit": "元", "unit": "上海市…中心", "title": "…"}``, plus document-wide evidence
    for repairs (``orgs``, ``unit_spellings``, ``department_spellings``, ``name_spellings``,
    ``doc_year``, see ``document_evidence``); the heading lines before the form are in
    ``preamble`` (same (line_no, text) shape), which readers must account for.
    """

    lines: list[tuple[int, str]]
    form: str = DECLARATION
    layout: str = "tab_table"
    context: dict = field(default_factory=dict)
    preamble: list[tuple[int, str]] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        nums = [n for n, _ in self.preamble] + [n for n, _ in self.lines]
        return min(nums) if nums else 0

    @property
    def last_line(self) -> int:
        nums = [n for n, _ in self.preamble] + [n for n, _ in self.lines]
        return max(nums) if nums else 0


# --- splitting ------------------------------------------------------------------------

_TITLE = re.compile(r"(绩效目标申报表|绩效目标表|绩效自评表|支出绩效自评表|绩效目标申报|自评表)$")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?")
_SUMMARY_TITLE = re.compile(r"^(?P<org>.+?)\s*(?:(?:19|20)\d\d)\s*年度?.*(汇总表|目标表|自评)")


def _key(text: str) -> str:
    return label_key(strip_markup(text))


def marker_kind(text: str) -> str | None:
    """`title`, `name` or `department` when the line can open a form, else None."""
    key = _key(text)
    if not key:
        return None
    if _TITLE.search(key) and "汇总" not in key and len(key) <= 80:
        return "title"
    pos = key.find("项目名称")
    if 0 <= pos <= 2:
        return "name"
    # 主管部门 opens a form only as the first label of a row (not in 主管部门满意度).
    if key.startswith("主管部门") and not key.startswith("主管部门满意"):
        return "department"
    return None


def _is_body(text: str) -> bool:
    key = _key(text)
    if any(h in key for h in ("一级指标", "二级指标", "三级指标")):
        return True
    return any(key.startswith(lv) for lv in LEVEL1)


def _is_self_evaluation(lines: list[tuple[int, str]]) -> bool:
    """Self-evaluations have columns declarations lack (实际完成值, 全年执行数, 得分 …).

    Matched on whole cells, so that an indicator like 预算执行率 does not count.
    """
    cells: set[str] = set()
    for _, t in lines:
        cells.update(label_key(c) for c in re.split(r"\t|\s{2,}|\|", strip_markup(t)) if c.strip())
    key = "".join(_key(t) for _, t in lines)
    if any(m in key for m in ("实际完成值", "全年执行数", "偏差原因", "评分等级", "自评表")):
        return True
    return bool(cells & set(SELF_EVALUATION_MARKERS)) or (
        "得分" in cells and bool(cells & {"分值", "权重"})
    )


def header_context(lines: list[tuple[int, str]]) -> dict:
    """Hints a document's opening lines give every form: year, unit, amount unit, title."""
    ctx: dict = {}
    for _, text in lines:
        t = normalize_width(strip_markup(text)).strip()
        if not t:
            continue
        key = compact(t)
        if "year" not in ctx and (m := _YEAR.search(key)):
            ctx["year"] = int(m.group(1))
        if "amount_unit" not in ctx and (u := amount_unit(key)):
            ctx["amount_unit"] = u
        if "汇总" in key or _TITLE.search(key):
            ctx.setdefault("title", key)
            m = _SUMMARY_TITLE.match(key)
            if m and org_name(m.group("org")):
                ctx.setdefault("unit", org_name(m.group("org"))[0])
    return ctx


def _value_cells(joined: str, start: int, stop: int) -> str:
    """Text between plain offsets start..stop of `joined` (cells split by \\x1f), with a
    leading one-character cell (a label remnant) dropped."""
    out, pos = [], 0
    for cell in joined.split("\x1f"):
        lo, hi = pos, pos + len(cell)
        pos = hi
        piece = cell[max(start, lo) - lo: max(min(stop, hi) - lo, 0)] if hi > start and lo < stop else ""
        if piece:
            out.append(piece)
    if len(out) > 1 and len(compact(out[0])) == 1:
        out = out[1:]
    return compact("".join(out))


def document_evidence(lines: list[tuple[int, str]]) -> dict:
    """Spellings and hints from the whole document, for repairs.

    `orgs`: organisation names seen in any cell; `unit_spellings` / `department_spellings` /
    `name_spellings`: what follows each 实施单位 / 主管部门 / 项目名称 label on any line (cells
    joined), however garbled; `doc_year`: the year the text mentions most; `document`: what
    the document prints (kg.wordmodel.DocumentText), evidence for mending cut characters.
    """
    from jixiao.kg.reader.ocr.wordmodel import (
        DocumentText,  # loads jieba: only when a document is read
    )

    orgs: list[str] = []
    cells: list[str] = []
    spellings: dict[str, list[str]] = {"unit": [], "department": [], "name": []}
    years: Counter[int] = Counter()
    for _, text in lines:
        t = normalize_width(strip_markup(text))
        cells.extend(t.split("\t"))
        for cell in re.split(r"\t|\s{2,}", t):
            if (org := org_name(cell)) is not None:
                orgs.append(org[0])
        # Cells joined with a marker, so that a one-character remnant of a label cut over two
        # cells (`实施单位` `位` `上海市…`) can be dropped from the value.
        joined = "\x1f".join(c.strip() for c in t.split("\t") if c.strip())
        found = scan_fields(joined.replace("\x1f", ""))
        plain = joined.replace("\x1f", "")
        for k, (fname, _start, end) in enumerate(found):
            if fname in spellings:
                stop = found[k + 1][1] if k + 1 < len(found) else len(plain)
                value = _value_cells(joined, end, stop)
                if 2 <= len(value) <= 60:
                    spellings[fname].append(value)
        years.update(int(y) for y in re.findall(r"((?:19|20)\d\d)\s*年", t))
    ev: dict = {"orgs": orgs, "document": DocumentText.of(cells)}
    ev.update({f"{k}_spellings": v for k, v in spellings.items()})
    if years:
        ev["doc_year"] = years.most_common(1)[0][0]
    return ev


@dataclass
class _Open:
    start: int
    has_title: bool = False
    has_name: bool = False
    has_department: bool = False
    has_body: bool = False


def _opens_new(cur: _Open | None, kind: str) -> bool:
    if cur is None or cur.has_body:
        return True
    if kind == "title":
        return cur.has_title or cur.has_name or cur.has_department
    if kind == "name":
        return cur.has_name
    return False


_CLOSES = ("评分等级", "自评等级", "评价等级")
_HEAD_WORDS = ("部门", "单位", "资金", "预算", "项目名称")


def _implicit_start(lines: list[tuple[int, str]], i: int) -> bool:
    """After a closing line (评分等级 …), does a new form's head follow from line i?

    A form whose 项目名称 label is garbled still shows head words (部门, 资金 …) soon after.
    """
    # (A report's headings and prose after the form name such words in passing.)
    if is_outline_heading(lines[i][1]) or is_prose(lines[i][1]):
        return False
    window = [_key(t) for _, t in lines[i:i + 6] if not is_prose(t)]
    return any(w in k for k in window for w in _HEAD_WORDS)


def _title_lines(lines: list[tuple[int, str]], start: int) -> list[tuple[int, str]]:
    """The lines of a form from its title down to (not including) its 项目名称/主管部门 row;
    none when the form does not open with a title."""
    if start >= len(lines) or marker_kind(lines[start][1]) != "title":
        return []
    out = [lines[start]]
    for n, text in lines[start + 1: start + 6]:
        if marker_kind(text) in ("name", "department") or _is_body(text):
            break
        out.append((n, text))
    return out


# How many lines after a title are looked at for the head or header of the form it opens.
TITLE_LOOKAHEAD = 8


def _running_title(lines: list[tuple[int, str]], i: int) -> bool:
    """A title line whose next lines carry no form head (项目名称, 主管部门 …) and no indicator
    header, but indicator rows: the document's title repeated at a page break."""
    after = [t for _, t in lines[i + 1: i + 1 + TITLE_LOOKAHEAD] if t.strip()]
    if not after:
        return False
    if any(marker_kind(t) in ("name", "department", "title") or
           any(h in _key(t) for h in ("一级指标", "二级指标", "三级指标", "指标名称", "部门名称"))
           for t in after):
        return False
    return any(_is_body(t) or re.search(r"[≥≤=]\s*\d|\d\s*%", t) for t in after)


def split_segments(lines: list[tuple[int, str]]) -> tuple[list[Segment], list[UnreadLine]]:
    """Form segments of a document, plus the lines that belong to no form (if any)."""
    opened: list[_Open] = []
    cur: _Open | None = None
    closed = False
    for i, (_, text) in enumerate(lines):
        kind = marker_kind(text)
        if kind == "title" and cur is not None and cur.has_body and _running_title(lines, i):
            kind = None  # a page's running header or footer inside a table, not a new form
        explicit = bool(kind) and _opens_new(cur, kind)
        implicit = closed and not kind and bool(text.strip()) and _implicit_start(lines, i)
        if explicit or implicit:
            cur = _Open(i)
            opened.append(cur)
        if text.strip():
            closed = False
        if cur is None:
            continue
        key = _key(text)
        cur.has_title |= kind == "title"
        cur.has_name |= kind == "name" or "项目名称" in key[:6]
        cur.has_department |= "主管部门" in key
        cur.has_body |= _is_body(text)
        if cur.has_body and key.startswith(_CLOSES):
            closed = True
    if not opened:
        if not any(_is_body(t) for _, t in lines):
            unread = [UnreadLine(n, t, "no performance form found in the document")
                      for n, t in lines if t.strip()]
            return [], unread
        opened = [_Open(0, has_body=True)]
    doc_ctx = document_evidence(lines)
    layout = detect_layout(lines)
    segments: list[Segment] = []
    heading = lines[: opened[0].start]  # lines before a form: header context of the next one
    for j, op in enumerate(opened):
        end = opened[j + 1].start if j + 1 < len(opened) else len(lines)
        body = lines[op.start:end]
        if not (op.has_name or op.has_department or op.has_body) and j + 1 < len(opened):
            heading = heading + body  # a title with no form under it: a heading
            continue
        ctx = {**doc_ctx, **header_context(heading)} if heading else dict(doc_ctx)
        if not segments and not heading:
            ctx = {**doc_ctx, **header_context([])}
        segments.append(Segment(
            lines=body,
            form=SELF_EVALUATION if _is_self_evaluation(body) else DECLARATION,
            layout=detect_layout(body) if len(body) >= 20 else layout,
            context=ctx,
            preamble=heading,
        ))
        heading = []
    # The document's own heading (before the first form) speaks for every form in it.
    first_ctx = header_context(lines[: opened[0].start])
    # A document whose first line is itself a form title (`…2024年度项目支出绩效目标表`, then
    # `单位：万元`) states year and amount unit once, above the first form's head, for all.
    for key, value in header_context(_title_lines(lines, opened[0].start)).items():
        if key in ("year", "amount_unit"):
            first_ctx.setdefault(key, value)
    for seg in segments[1:]:
        for key, value in first_ctx.items():
            seg.context.setdefault(key, value)
    return segments, []
