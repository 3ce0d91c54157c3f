"""XLSX and XLS workbooks become grids of cells as displayed, merged ranges once, positions kept."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
from formfiles import FORM, realfile, ref, write_xlsx

from jixiao.kg.reader.sources import read_source, xlsx
from jixiao.kg.reader.sources.__main__ import main as dump
from jixiao.kg.reader.sources.limits import Budget


def read(path):
    return read_source(path.read_bytes(), str(path))


def by_ref(grid):
    return {c.location.cells: c for c in grid.cells}


def openpyxl_shown_refs(path) -> set[str]:
    """Independently: the refs of non-empty cells openpyxl sees, merged ranges as their range."""
    ws = openpyxl.load_workbook(path, data_only=True).active
    ranges = {str(r).split(":")[0]: str(r) for r in ws.merged_cells.ranges}
    covered = {c.coordinate for r in ws.merged_cells.ranges for row in ws[str(r)] for c in row}
    refs = set()
    for row in ws.iter_rows():
        for c in row:
            if c.value is None or not str(c.value).strip():
                continue
            if c.coordinate in ranges:
                refs.add(ranges[c.coordinate])
            elif c.coordinate not in covered:
                refs.add(c.coordinate)
    return refs


# --- real files -----------------------------------------------------------------------------


def test_wuhan_declaration_percentages_are_shown_as_printed():
    path = realfile("sstqa_zh_17.xlsx")
    doc = read(path)
    assert not doc.errors and doc.format == "xlsx"
    cells = by_ref(doc.grids[0])
    assert cells["F44"].text == "100%"
    assert cells["F45"].text == "95%"
    assert cells["F11:G11"].text == "6730.00"  # 0.00 keeps two decimals
    assert cells["F44"].location.sheet == "Sheet1" and cells["F44"].location.line == 44


def test_wuhan_merged_ranges_appear_once_with_spans_and_no_rows_are_invented():
    path = realfile("sstqa_zh_17.xlsx")
    grid = read(path).grids[0]
    cells = by_ref(grid)
    block = cells["A35:B52"]
    assert block.text == "项目年度绩效指标" and (block.rowspan, block.colspan) == (18, 2)
    assert (block.row, block.col) == (34, 0)
    assert [c.text for c in grid.cells].count("项目年度绩效指标") == 1
    assert cells["C36:C47"].text == "产出指标" and cells["C36:C47"].rowspan == 12
    # Exactly the cells Excel shows: no value copied into the cells a merge covers.
    assert set(cells) == openpyxl_shown_refs(path)
    assert len(cells) == len(grid.cells)


def test_every_real_workbook_reads_without_error():
    for name in ("sstqa_zh_1.xlsx", "sstqa_zh_40.xlsx", "sstqa_zh_72.xlsx"):
        path = realfile(name)
        doc = read(path)
        assert not doc.errors and len(doc.grids) == 1
        assert set(by_ref(doc.grids[0])) == openpyxl_shown_refs(path)


def test_the_xls_conversion_gives_the_same_cells_as_the_xlsx():
    original = by_ref(read(realfile("sstqa_zh_72.xlsx")).grids[0])
    converted = read(realfile("derived_sstqa_zh_72.xls"))
    assert converted.format == "xls" and not converted.errors
    cells = by_ref(converted.grids[0])
    assert {k: (c.text, c.rowspan, c.colspan) for k, c in cells.items()} == {
        k: (c.text, c.rowspan, c.colspan) for k, c in original.items()
    }
    assert cells["G21"].text == "88%"


def test_a_wps_xls_with_merged_values_written_into_every_cell_shows_them_once():
    doc = read(realfile("doexecl_template.xls"))
    assert not doc.errors and len(doc.grids) == 11
    monitor = next(g for g in doc.grids if g.name == "项目支出绩效目标执行监控")
    cells = by_ref(monitor)
    assert cells["D5:Q5"].text == "2019年210青少年校园足球扶持资金"
    assert [c.text for c in monitor.cells].count("2019年210青少年校园足球扶持资金") == 1
    assert cells["H8:J8"].text == "190.00" and cells["N8:O8"].text == "0.00%"
    indicator_rows = [r for r in monitor.rows() if r[0].text in ("产出指标", "效益指标", "满意度指标")]
    assert len(indicator_rows) == 14


# --- the tests' own form ----------------------------------------------------------------------


def test_a_written_form_comes_back_cell_for_cell(tmp_path):
    path = write_xlsx(tmp_path / "form.xlsx")
    doc = read(path)
    assert not doc.errors and not doc.warnings
    cells = by_ref(doc.grids[0])
    assert set(cells) == {ref(c) for c in FORM}
    for expected in FORM:
        cell = cells[ref(expected)]
        assert cell.text == expected.shown, ref(expected)
        assert (cell.row, cell.col) == (expected.row - 1, expected.col - 1)
        assert (cell.rowspan, cell.colspan) == (expected.rowspan, expected.colspan)
        assert cell.location.sheet == "申报表" and cell.location.line == expected.row
    # Reading order: row by row, left to right.
    assert [(c.row, c.col) for c in doc.grids[0].cells] == sorted((c.row, c.col) for c in doc.grids[0].cells)


def test_every_sheet_is_read_and_hidden_ones_are_reported(tmp_path):
    def extra(wb):
        hidden = wb.create_sheet("隐藏表")
        hidden["A1"] = "备用数据"
        hidden.sheet_state = "hidden"
        ws = wb["申报表"]
        ws.row_dimensions[12].hidden = True
        ws.column_dimensions["F"].hidden = True

    doc = read(write_xlsx(tmp_path / "hidden.xlsx", extra=extra))
    assert [g.name for g in doc.grids] == ["申报表", "隐藏表"]
    assert by_ref(doc.grids[1])["A1"].text == "备用数据"
    text = "\n".join(doc.warnings)
    assert "sheet 隐藏表 is hidden" in text
    assert "hidden rows 12" in text and "hidden columns F" in text


def test_formulas_give_their_cached_value_or_say_they_have_none(tmp_path):
    def extra(wb):
        ws = wb["申报表"]
        ws["H1"] = 0.875
        ws["H1"].number_format = "0.0%"
        ws["H2"] = "=H1*2"  # openpyxl saves no cached value: Excel would compute it on opening

    path = write_xlsx(tmp_path / "formula.xlsx", extra=extra)
    data = _rewrite_part(path.read_bytes(), "xl/worksheets/sheet1.xml",
                         lambda xml: xml.replace("<v>0.875</v>", "<f>7/8</f><v>0.875</v>"))
    doc = read_source(data, "formula.xlsx")
    cells = by_ref(doc.grids[0])
    assert cells["H1"].text == "87.5%"
    assert "H2" not in cells
    assert any("formulas without a saved value at H2" in w for w in doc.warnings)


def test_macros_are_reported_and_ignored(tmp_path):
    data = _add_part(write_xlsx(tmp_path / "m.xlsx").read_bytes(), "xl/vbaProject.bin", b"\0" * 64)
    doc = read_source(data, "宏.xlsm")
    assert not doc.errors and any("macros" in w for w in doc.warnings)
    assert by_ref(doc.grids[0])["D10"].text == "95%"


def test_a_sheet_with_100k_formatted_empty_rows_gives_only_its_cells(tmp_path):
    path = write_xlsx(tmp_path / "base.xlsx")
    rows = "".join(f'<row r="{r}"><c r="A{r}" s="1"/><c r="B{r}" s="1"/></row>' for r in range(14, 100_014))
    last = '<row r="100014"><c r="A100014" t="inlineStr"><is><t>表尾</t></is></c></row>'
    data = _rewrite_part(path.read_bytes(), "xl/worksheets/sheet1.xml",
                         lambda xml: xml.replace("</sheetData>", rows + last + "</sheetData>"))
    doc = read_source(data, "big.xlsx")
    assert not doc.errors
    cells = by_ref(doc.grids[0])
    assert len(cells) == len(FORM) + 1 and cells["A100014"].text == "表尾"
    assert len(list(doc.grids[0].rows())) == 14


def test_the_cell_limit_stops_reading_with_a_warning_and_keeps_what_was_read(tmp_path):
    data = write_xlsx(tmp_path / "form.xlsx").read_bytes()
    doc = xlsx.read(data, "form.xlsx", Budget("form.xlsx", max_cells=10))
    assert len(doc.grids[0].cells) == 10
    assert any("stopped" in w and "10 cells" in w for w in doc.warnings)


def test_the_debug_dump_prints_cells_with_their_location(tmp_path, capsys):
    path = write_xlsx(tmp_path / "form.xlsx")
    assert dump([str(path)]) == 0
    out = capsys.readouterr().out
    assert re.search(r"^1\t1\t1x2\t申报表!B2:C2\t城乡居民就业服务$", out, re.M)
    assert re.search(r"^9\t3\t1x1\t申报表!D10\t95%$", out, re.M)


# --- helpers ------------------------------------------------------------------------------------


def _rewrite_part(data: bytes, part: str, change) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == part:
                body = change(body.decode("utf-8")).encode("utf-8")
            dst.writestr(info.filename, body)
    return out.getvalue()


def _add_part(data: bytes, part: str, body: bytes) -> bytes:
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr(part, body)
    return out.getvalue()
