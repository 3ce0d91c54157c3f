"""DOCX documents: paragraphs and tables in document order, merged cells once with their spans."""

from __future__ import annotations

import docx
from formfiles import FORM, NOTE, TITLE, row_texts, write_docx

from jixiao.kg.reader.sources import read_source


def read(path):
    return read_source(path.read_bytes(), str(path))


def texts(rows):
    return [[c.text for c in row if not c.empty] for row in rows]


def test_a_written_form_comes_back_with_paragraphs_around_its_table(tmp_path):
    doc = read(write_docx(tmp_path / "form.docx"))
    assert doc.format == "docx" and not doc.errors and not doc.warnings
    assert len(doc.grids) == 1
    rows = list(doc.grids[0].rows())
    assert texts(rows) == [[TITLE], *row_texts(first_row=2), [NOTE]]
    title, note = rows[0][0], rows[-1][0]
    assert title.location.table is None and title.location.line == 1
    assert note.location.table is None
    # Table rows are numbered within the table.
    assert {c.location.table for row in rows[1:-1] for c in row} == {1}
    assert [row[0].location.line for row in rows[1:-1]] == list(range(1, len(rows) - 1))


def test_merged_cells_are_one_cell_with_their_spans(tmp_path):
    grid = read(write_docx(tmp_path / "form.docx")).grids[0]
    at = {(c.location.line, c.col): c for c in grid.cells if c.location.table}
    for expected in FORM:
        if expected.row == 1:
            continue
        cell = at[(expected.row - 1, expected.col - 1)]  # the title row is a paragraph
        assert cell.text == expected.shown
        assert (cell.rowspan, cell.colspan) == (expected.rowspan, expected.colspan), expected.shown
    assert [c.text for c in grid.cells].count("产出指标") == 1
    cells = {c.text: c for c in grid.cells if not c.empty}
    # Grid column widths give horizontal positions, in points.
    goal = cells["完成城镇新增就业25000人，培训合格率不低于95%。"]
    label = cells["年度绩效目标"]
    assert label.x0 == 0 and label.x1 == goal.x0 and goal.x1 > goal.x0


def test_empty_table_cells_are_kept_as_structure(tmp_path):
    grid = read(write_docx(tmp_path / "form.docx")).grids[0]
    first_indicator = next(r for r in grid.rows() if r[-1].location.table and "城镇新增就业人数" in [c.text for c in r])
    assert first_indicator[-1].empty and first_indicator[-1].col == 5  # the empty 备注 cell


def test_a_nested_table_follows_the_row_that_holds_it(tmp_path):
    rows = list(read(write_docx(tmp_path / "nested.docx", nested=True)).grids[0].rows())
    host = next(i for i, r in enumerate(rows) if "城镇新增就业人数" in [c.text for c in r])
    assert texts(rows[host + 1 : host + 3]) == [["季度", "目标"], ["一季度", "6000人"]]
    inner = rows[host + 1][0]
    assert inner.location.table == 2 and inner.location.line == 1
    assert inner.col == 5  # under the 备注 column that holds it
    assert texts([rows[host + 3]])[0][0] == "职业技能培训人次"  # the outer table goes on


def test_tracked_deletions_and_field_codes_are_not_text(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("项目名称：")
    run = paragraph.add_run("就业服务")
    deleted = run._r.makeelement(docx.oxml.ns.qn("w:del"), {})
    old = paragraph.add_run("旧名称")._r
    old.getparent().remove(old)
    for t in old.iter(docx.oxml.ns.qn("w:t")):
        t.tag = docx.oxml.ns.qn("w:delText")
    deleted.append(old)
    paragraph._p.append(deleted)
    path = tmp_path / "tracked.docx"
    document.save(path)
    grid = read(path).grids[0]
    assert [c.text for c in grid.cells] == ["项目名称：就业服务"]


def test_a_truncated_docx_is_an_error_naming_the_file(tmp_path):
    data = write_docx(tmp_path / "form.docx").read_bytes()
    doc = read_source(data[: len(data) * 2 // 3], "坏.docx")
    assert len(doc.errors) == 1 and doc.errors[0].startswith("坏.docx: ")


def test_a_macro_enabled_document_is_read_and_its_macros_reported(tmp_path):
    import io
    import zipfile

    data = write_docx(tmp_path / "form.docx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = body.replace(
                    b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            dst.writestr(info, body)
        dst.writestr("word/vbaProject.bin", b"\0" * 64)
    doc = read_source(out.getvalue(), "宏.docm")
    assert doc.format == "docx" and not doc.errors
    assert any("macros" in w for w in doc.warnings)
    assert doc.grids[0].cells[0].text == TITLE
