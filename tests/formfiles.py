"""A small 绩效目标申报表 written as XLSX, DOCX and PDF by the tests themselves.

FORM lists the form's cells once: the stored value, its number format and the text a reader
must give back, with merged ranges. The writers use openpyxl, python-docx and reportlab (with
reportlab's built-in Chinese font STSong-Light, so no font file is needed).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True)
class FormCell:
    row: int  # 1-based, as in the sheet
    col: int  # 1-based
    shown: str  # what Excel, Word and the PDF print
    value: object = None  # what the sheet stores (None: the shown text)
    number_format: str = "General"
    rowspan: int = 1
    colspan: int = 1

    @property
    def stored(self) -> object:
        return self.shown if self.value is None else self.value


TITLE = "2024年度项目支出绩效目标申报表"
COLUMNS = 6
FORM: list[FormCell] = [
    FormCell(1, 1, TITLE, colspan=6),
    FormCell(2, 1, "项目名称"), FormCell(2, 2, "城乡居民就业服务", colspan=2),
    FormCell(2, 4, "主管部门"), FormCell(2, 5, "某市人力资源和社会保障局", colspan=2),
    FormCell(3, 1, "实施单位"), FormCell(3, 2, "某市就业服务中心", colspan=2),
    FormCell(3, 4, "填报日期"),
    FormCell(3, 5, "2024年3月15日", datetime(2024, 3, 15), 'yyyy"年"m"月"d"日"', colspan=2),
    FormCell(4, 1, "项目资金（万元）", rowspan=2), FormCell(4, 2, "年度资金总额"),
    FormCell(4, 3, "6730.00", 6730, "0.00"), FormCell(4, 4, "其中：财政拨款"),
    FormCell(4, 5, "6,730.00", 6730, "#,##0.00", colspan=2),
    FormCell(5, 2, "其他资金"), FormCell(5, 3, "0.00", 0, "0.00"),
    FormCell(5, 4, "上年结转"), FormCell(5, 5, "无", colspan=2),
    FormCell(6, 1, "年度绩效目标"),
    FormCell(6, 2, "完成城镇新增就业25000人，培训合格率不低于95%。", colspan=5),
    FormCell(7, 1, "一级指标"), FormCell(7, 2, "二级指标"), FormCell(7, 3, "三级指标"),
    FormCell(7, 4, "指标值"), FormCell(7, 5, "权重"), FormCell(7, 6, "备注"),
    FormCell(8, 1, "产出指标", rowspan=3), FormCell(8, 2, "数量指标", rowspan=2),
    FormCell(8, 3, "城镇新增就业人数"), FormCell(8, 4, "≥25000人"), FormCell(8, 5, "20", 20),
    FormCell(9, 3, "职业技能培训人次"), FormCell(9, 4, "3000人次"), FormCell(9, 5, "20", 20),
    FormCell(10, 2, "质量指标"), FormCell(10, 3, "培训合格率"),
    FormCell(10, 4, "95%", 0.95, "0%"), FormCell(10, 5, "20", 20),
    FormCell(11, 1, "效益指标", rowspan=2), FormCell(11, 2, "社会效益指标"),
    FormCell(11, 3, "就业困难人员帮扶率"), FormCell(11, 4, "100%", 1, "0%"),
    FormCell(11, 5, "20", 20), FormCell(11, 6, "按年度考核"),
    FormCell(12, 2, "可持续影响指标"), FormCell(12, 3, "服务长效机制"), FormCell(12, 4, "长期"),
    FormCell(12, 5, "10", 10),
    FormCell(13, 1, "满意度指标"), FormCell(13, 2, "服务对象满意度指标"),
    FormCell(13, 3, "服务对象满意度"), FormCell(13, 4, "90.5%", 0.905, "0.0%"),
    FormCell(13, 5, "10", 10),
]
ROWS = max(c.row + c.rowspan - 1 for c in FORM)


def ref(cell: FormCell) -> str:
    from openpyxl.utils import get_column_letter

    first = f"{get_column_letter(cell.col)}{cell.row}"
    if cell.rowspan == 1 and cell.colspan == 1:
        return first
    return f"{first}:{get_column_letter(cell.col + cell.colspan - 1)}{cell.row + cell.rowspan - 1}"


def row_texts(cells=FORM, first_row: int = 1) -> list[list[str]]:
    """The form's printed texts row by row (rows from ``first_row``)."""
    rows: dict[int, list[FormCell]] = {}
    for cell in cells:
        if cell.row >= first_row:
            rows.setdefault(cell.row, []).append(cell)
    return [[c.shown for c in sorted(rows[r], key=lambda c: c.col)] for r in sorted(rows)]


# --- XLSX -----------------------------------------------------------------------------------


def write_xlsx(path: Path, *, sheet: str = "申报表", extra=None) -> Path:
    """The form on one sheet; ``extra(workbook)`` may add to the workbook before saving."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for cell in FORM:
        target = ws.cell(row=cell.row, column=cell.col, value=cell.stored)
        target.number_format = cell.number_format
        if cell.rowspan > 1 or cell.colspan > 1:
            ws.merge_cells(ref(cell))
    if extra:
        extra(wb)
    wb.save(path)
    return path


# --- DOCX -----------------------------------------------------------------------------------

NOTE = "注：本表由项目单位填报。"


def write_docx(path: Path, *, nested: bool = False) -> Path:
    """The title as a paragraph, rows 2.. as a table, a note paragraph after it."""
    import docx
    from docx.shared import Cm

    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=ROWS - 1, cols=COLUMNS)
    table.style = "Table Grid"
    for column in table.columns:
        column.width = Cm(2.5)
    for cell in FORM:
        if cell.row == 1:
            continue
        top = table.cell(cell.row - 2, cell.col - 1)
        if cell.rowspan > 1 or cell.colspan > 1:
            bottom = table.cell(cell.row - 2 + cell.rowspan - 1, cell.col - 1 + cell.colspan - 1)
            top = top.merge(bottom)
        top.text = cell.shown
    if nested:
        # A small table inside the 备注 cell of the first indicator row.
        host = table.cell(8 - 2, 6 - 1)
        inner = host.add_table(rows=2, cols=2)
        for r, texts in enumerate([["季度", "目标"], ["一季度", "6000人"]]):
            for c, text in enumerate(texts):
                inner.cell(r, c).text = text
    document.add_paragraph(NOTE)
    document.save(path)
    return path


# --- PDF ------------------------------------------------------------------------------------

FONT = "STSong-Light"
# Landscape A4, columns wide enough that no text runs over its cell's border.
COLUMN_WIDTHS = [100, 110, 130, 90, 50, 110]
PAGE = (841.89, 595.28)  # landscape A4, points


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def table_data(cells=FORM, rows: range | None = None):
    """reportlab Table data and SPAN commands for form rows ``rows`` (1-based, inclusive)."""
    rows = rows or range(1, ROWS + 1)
    first = rows[0]
    data = [["" for _ in range(COLUMNS)] for _ in rows]
    spans = []
    for cell in cells:
        if cell.row in rows:
            data[cell.row - first][cell.col - 1] = cell.shown
            if cell.rowspan > 1 or cell.colspan > 1:
                spans.append(("SPAN", (cell.col - 1, cell.row - first),
                              (cell.col + cell.colspan - 2, cell.row - first + cell.rowspan - 1)))
    return data, spans


def write_pdf(path: Path, *, pages: int = 1, footer: str = "— {page} —", header_title: bool = True,
              invisible: str | None = None, long_table_rows: int = 0) -> Path:
    """The form as a ruled table under a title paragraph, on each of ``pages`` pages.

    ``footer`` is drawn at the bottom of each page; ``invisible`` is a text drawn with render
    mode 3 (not shown) on the first page; ``long_table_rows`` adds a table of that many
    indicator rows that runs onto the following pages, its header row repeated on each page.
    """
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    _register_font()
    style = ParagraphStyle("zh", fontName=FONT, fontSize=14, leading=18)
    grid = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), FONT, 9),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    story = []
    for page in range(pages):
        if header_title:
            story.append(Paragraph(TITLE, style))
            story.append(Spacer(1, 12))
        data, spans = table_data(rows=range(2, ROWS + 1))
        story.append(Table(data, colWidths=COLUMN_WIDTHS, style=grid + spans))
        if page < pages - 1 or long_table_rows:
            story.append(PageBreak())
    if long_table_rows:
        head = ["序号", "三级指标", "指标值"]
        body = [[str(i), f"指标{i}", f"{i}人"] for i in range(1, long_table_rows + 1)]
        story.append(LongTable([head] + body, colWidths=[60, 200, 100], repeatRows=1, style=grid))

    def decorate(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 9)
        if footer:
            canvas.drawCentredString(PAGE[0] / 2, 30, footer.format(page=doc.page, pages=pages))
        if invisible and doc.page == 1:
            text = canvas.beginText(72, 60)
            text.setFont(FONT, 9)
            text.setTextRenderMode(3)
            text.textLine(invisible)
            text.setTextRenderMode(0)
            canvas.drawText(text)
        canvas.restoreState()

    SimpleDocTemplate(str(path), pagesize=PAGE).build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


# --- real files and odd containers ------------------------------------------------------------


def realfiles_folder() -> Path | None:
    """shared/realfiles beside the repository (or beside one of its parents), if present."""
    here = Path(__file__).resolve().parent
    for parent in here.parents:
        candidate = parent / "shared" / "realfiles"
        if candidate.is_dir():
            return candidate
    return None


def realfile(name: str) -> Path:
    """A file from shared/realfiles; the test is skipped, saying why, when it is absent."""
    import pytest

    folder = realfiles_folder()
    if folder is None or not (folder / name).is_file():
        pytest.skip(f"real file {name} not found (shared/realfiles/ beside the repository is absent)")
    return folder / name


def ole_file(stream: str, payload: bytes = b"") -> bytes:
    """A minimal OLE2 compound file holding one stream (4096 bytes, in regular sectors).

    Enough for content sniffing: an old Word document is a compound file with a
    ``WordDocument`` stream, an encrypted OOXML package one with ``EncryptionInfo``.
    """
    import struct

    sector = 512
    data = payload.ljust(4096, b"\0")[:4096]
    free, end, fat_sector = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    # Sector 0: FAT; sector 1: directory; sectors 2–9: the stream.
    fat = [fat_sector, end] + [3, 4, 5, 6, 7, 8, 9, end] + [free] * (128 - 10)
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, end, 0, end, 0)
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108

    def entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (name + "\0").encode("utf-16-le") if name else b""
        return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
                + struct.pack("<iii", -1, -1, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
                + struct.pack("<IQ", start, size))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry(stream, 2, -1, 2, len(data))
                 + entry("", 0, -1, 0, 0) * 2)
    return header + struct.pack("<128I", *fat) + directory.ljust(sector, b"\0") + data
