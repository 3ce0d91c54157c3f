"""PDF with a text layer: ruled tables with cells intact, text rows, no page numbers, no hidden text."""

from __future__ import annotations

import re

import pymupdf
import pytest
from formfiles import TITLE, realfile, row_texts, write_pdf

from jixiao.kg.reader.sources import pdf as pdf_source
from jixiao.kg.reader.sources import read_source


def read(path):
    return read_source(path.read_bytes(), str(path))


def texts(rows):
    return [[c.text for c in row if not c.empty] for row in rows]


def squeeze(text: str) -> str:
    """Without whitespace: a PDF wraps long cell texts where the sheet did not."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def form_pdf(tmp_path_factory):
    return write_pdf(tmp_path_factory.mktemp("pdf") / "form.pdf", invisible="不可见的批注文字")


def test_a_written_form_comes_back_row_for_row(form_pdf):
    doc = read(form_pdf)
    assert doc.format == "pdf" and not doc.errors
    rows = list(doc.grids[0].rows())
    assert texts(rows) == [[TITLE], *row_texts(first_row=2)]
    title = rows[0][0]
    assert title.location.page == 1 and title.location.table is None and title.location.line == 1
    table_rows = rows[1:]
    assert {c.location.table for row in table_rows for c in row} == {1}
    assert [row[0].location.line for row in table_rows] == list(range(1, len(table_rows) + 1))


def test_merged_cells_keep_their_spans_and_positions(form_pdf):
    grid = read(form_pdf).grids[0]
    cells = {c.text: c for c in grid.cells if not c.empty}
    assert (cells["产出指标"].rowspan, cells["产出指标"].colspan) == (3, 1)
    assert (cells["项目资金（万元）"].rowspan, cells["项目资金（万元）"].colspan) == (2, 1)
    goal = cells["完成城镇新增就业25000人，培训合格率不低于95%。"]
    assert (goal.rowspan, goal.colspan) == (1, 5) and goal.col == 1
    assert cells["95%"].col == 3 and cells["培训合格率"].col == 2
    for row in grid.rows():
        xs = [c.x0 for c in row]
        assert all(x is not None for x in xs) and xs == sorted(xs)
        assert all(c.x1 > c.x0 for c in row)


def test_invisible_text_and_page_numbers_are_left_out(form_pdf):
    doc = read(form_pdf)
    shown = [c.text for c in doc.grids[0].cells]
    assert not any("不可见" in t for t in shown)
    assert not any("—" in t for t in shown)
    assert any("1 page numbers" in w for w in doc.warnings)
    # The invisible text is in the file: a plain text extraction would have given it.
    assert "不可见的批注文字" in "".join(p.get_text() for p in pymupdf.open(form_pdf))


@pytest.mark.parametrize("footer", ["- {page} -", "第 {page} 页 共 {pages} 页", "{page}/{pages}", "{page}"])
def test_page_number_styles_are_recognised(tmp_path, footer):
    doc = read(write_pdf(tmp_path / "f.pdf", pages=2, footer=footer))
    assert any("2 page numbers" in w for w in doc.warnings), doc.warnings
    assert texts(doc.grids[0].rows())[0] == [TITLE]


def test_a_table_continued_on_the_next_pages_is_one_table(tmp_path):
    doc = read(write_pdf(tmp_path / "long.pdf", long_table_rows=120))
    rows = list(doc.grids[0].rows())
    long_rows = [r for r in rows if r[0].location.table == 2]
    assert texts(long_rows[:2]) == [["序号", "三级指标", "指标值"], ["1", "指标1", "1人"]]
    assert texts(long_rows[1:]) == [[str(i), f"指标{i}", f"{i}人"] for i in range(1, 121)]
    # Row numbers run on across pages; each cell keeps its own page.
    assert [r[0].location.line for r in long_rows] == list(range(1, 122))
    pages = sorted({r[0].location.page for r in long_rows})
    assert len(pages) > 2 and pages == list(range(2, 2 + len(pages)))
    repeated = len(pages) - 1
    assert any(f"{repeated} table header rows repeated" in w for w in doc.warnings)


def test_a_page_without_a_text_layer_needs_ocr(tmp_path, form_pdf):
    source = pymupdf.open(form_pdf)
    scan = pymupdf.open()
    page = scan.new_page(width=source[0].rect.width, height=source[0].rect.height)
    page.insert_image(page.rect, pixmap=source[0].get_pixmap(dpi=72))
    typed = scan.new_page()
    typed.insert_text((72, 72), "第二页有文字", fontname="china-s")
    path = tmp_path / "scan.pdf"
    scan.save(path)
    doc = read(path)
    assert len(doc.errors) == 1
    assert doc.errors[0].startswith(f"{path}: page 1: ") and "OCR" in doc.errors[0]
    assert [c.text for c in doc.grids[0].cells] == ["第二页有文字"]
    assert doc.grids[0].cells[0].location.page == 2


def test_encrypted_damaged_and_truncated_pdfs_give_clear_messages(tmp_path, form_pdf):
    data = form_pdf.read_bytes()
    locked = pymupdf.open(form_pdf).tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    doc = read_source(locked, "加密.pdf")
    assert len(doc.errors) == 1 and doc.errors[0].startswith("加密.pdf: ") and "password" in doc.errors[0]
    doc = read_source(b"%PDF-1.7\n" + b"\x00garbage" * 100, "坏.pdf")
    assert len(doc.errors) == 1 and doc.errors[0].startswith("坏.pdf: ") and "damaged" in doc.errors[0]
    doc = read_source(data[: len(data) // 2], "半.pdf")
    messages = doc.errors + doc.warnings
    assert messages and all(m.startswith("半.pdf: ") for m in messages)
    assert any("damaged" in m for m in messages)


def test_only_an_owner_password_does_not_stop_reading(form_pdf):
    restricted = pymupdf.open(form_pdf).tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o", permissions=0)
    doc = read_source(restricted, "restricted.pdf")
    assert not doc.errors and texts(doc.grids[0].rows())[0] == [TITLE]


def test_past_the_page_limit_the_rest_is_left_with_a_warning(tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_source, "MAX_PAGES", 2)
    doc = read(write_pdf(tmp_path / "three.pdf", pages=3))
    assert {c.location.page for c in doc.grids[0].cells} == {1, 2}
    assert any("3 pages; only the first 2" in w for w in doc.warnings)


def test_a_200_page_pdf_is_read_whole(tmp_path):
    document = pymupdf.open()
    for number in range(1, 201):
        page = document.new_page()
        page.insert_text((72, 100), f"第{number}项 城镇新增就业人数", fontname="china-s")
        page.insert_text((290, 800), f"- {number} -", fontname="china-s")
    path = tmp_path / "200.pdf"
    document.save(path)
    doc = read(path)
    assert not doc.errors
    rows = texts(doc.grids[0].rows())
    assert rows == [[f"第{n}项 城镇新增就业人数"] for n in range(1, 201)]
    assert any("200 page numbers" in w for w in doc.warnings)


# --- real files -----------------------------------------------------------------------------


def test_the_pdf_conversion_gives_the_indicator_rows_of_the_xlsx():
    sheet = read(realfile("sstqa_zh_72.xlsx")).grids[0]
    converted = read(realfile("derived_sstqa_zh_72.pdf"))
    assert not converted.errors

    def indicator_rows(grid):
        rows = [[squeeze(c.text) for c in r if not c.empty] for r in grid.rows()]
        start = next(i for i, r in enumerate(rows) if r and r[0] == "指标类型")
        end = next(i for i, r in enumerate(rows) if r and r[0] == "合计")
        return rows[start:end]

    expected = indicator_rows(sheet)
    assert len(expected) == 17  # the header and 16 indicators
    assert indicator_rows(converted.grids[0]) == expected


SHANGHAI = {"gbc_putuo_shangwuwei_2025_budget.pdf": 26, "gbc_putuo_sifaju_2026_dept_budget.pdf": 23,
            "gbc_putuo_guihuaziyuan_2024_final_accounts.pdf": 30}


@pytest.fixture(scope="module")
def shanghai():
    """The three Shanghai budget books (department budgets and final accounts), read once."""
    return {name: read(realfile(name)) for name in SHANGHAI}


def test_shanghai_budget_pdfs_read_without_error_and_without_clipped_text(shanghai):
    for name, pages in SHANGHAI.items():
        doc = shanghai[name]
        assert not doc.errors, doc.errors
        cells = doc.grids[0].cells
        assert {c.location.page for c in cells} <= set(range(1, pages + 1))
        assert any(c.location.table for c in cells)
        assert all(c.location.page for c in cells)
    # Text clipped at the top of page 4 (the end of page 3 once more) is not read twice.
    doc = shanghai["gbc_putuo_shangwuwei_2025_budget.pdf"]
    pieces = [c for c in doc.grids[0].cells if "导本区相关企业技术创新" in c.text]
    assert [c.location.page for c in pieces] == [3]


def test_a_budget_table_continued_on_the_next_page_is_joined(shanghai):
    doc = shanghai["gbc_putuo_shangwuwei_2025_budget.pdf"]
    rows = [r for r in doc.grids[0].rows() if r[0].location.table]
    tables = {}
    for row in rows:
        tables.setdefault(row[0].location.table, set()).add(row[0].location.page)
    joined = [t for t, pages in tables.items() if len(pages) > 1]
    assert joined
    first = joined[0]
    lines = [r[0].location.line for r in rows if r[0].location.table == first]
    assert lines == sorted(lines) and len(lines) == len(set(lines))


def test_a_wide_sheet_printed_across_pages_comes_back_as_whole_rows():
    """LibreOffice prints the Wuhan sheet's columns F–G on pages 3–4, after A–E on pages 1–2;
    merged cells crossing the page break lose their top border on page 2."""
    sheet = read(realfile("sstqa_zh_17.xlsx")).grids[0]
    converted = read(realfile("derived_sstqa_zh_17.pdf"))
    assert not converted.errors
    pdf_rows = [{squeeze(c.text) for c in r if not c.empty} for r in converted.grids[0].rows()]
    pairs = []
    for row in sheet.rows():
        by_col = {c.location.cells[0]: squeeze(c.text) for c in row}
        if row[0].location.line >= 36 and "E" in by_col and "F" in by_col:
            pairs.append((by_col["E"], by_col["F"]))
    assert len(pairs) == 13  # the 13 filled indicator rows: name and target
    for name, target in pairs:
        assert any({name, target} <= r for r in pdf_rows), (name, target)
    # One table: the rows of pages 2 and 4 continue those of pages 1 and 3.
    tables = {c.location.table for c in converted.grids[0].cells if c.location.table}
    assert tables == {1}
    assert any("continue a table of an earlier page to the right" in w for w in converted.warnings)


def test_generated_wide_form_split_over_two_pages_is_joined(tmp_path):
    from formfiles import FONT, PAGE, _register_font, table_data
    from reportlab.platypus import PageBreak, SimpleDocTemplate, Table

    _register_font()
    data, _ = table_data(rows=range(7, 14))  # the indicator table, without merges
    style = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONT", (0, 0), (-1, -1), FONT, 9)]
    left = Table([r[:3] for r in data], colWidths=[100, 110, 130], rowHeights=24, style=style)
    right = Table([r[3:] for r in data], colWidths=[90, 50, 110], rowHeights=24, style=style)
    path = tmp_path / "split.pdf"
    SimpleDocTemplate(str(path), pagesize=PAGE).build([left, PageBreak(), right])
    rows = list(read(path).grids[0].rows())
    assert [[c.text for c in r] for r in rows] == data
    assert [c.col for c in rows[0]] == [0, 1, 2, 3, 4, 5]
    assert [c.location.page for c in rows[0]] == [1, 1, 1, 2, 2, 2]
    xs = [c.x0 for c in rows[0]]
    assert xs == sorted(xs)
