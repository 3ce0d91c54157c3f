"""The document reader on the bundled samples: every form read, every line accounted for."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.commands import display
from jixiao.kg.reader import UNACCOUNTED, check_accounting, read_file, read_paths, split_lines
from jixiao.kg.records import FileReport, Project, UnreadLine

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
HOLDOUT = Path(__file__).resolve().parent.parent / "bench" / "holdout"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

# Forms per document, counted by reading them: self-evaluations end with a 评分等级 row, target
# declarations start with a 绩效目标申报表 / 绩效目标表 title (003 starts mid-form at 主管部门).
EXPECTED = {
    "000_234d64ab89c6838a.txt": (7, "self_evaluation"),
    "001_6d5ee8cbe97a2a69.txt": (10, "target_declaration"),
    "002_32f32fcf7c831214.txt": (4, "target_declaration"),
    "003_f8069f5105426267.txt": (7, "self_evaluation"),
    "004_1552419d50086a74.txt": (3, "target_declaration"),
}


@pytest.fixture(scope="module")
def reports():
    return {p.name: read_file(p) for p in SAMPLE_FILES}


def test_all_samples_present():
    assert sorted(p.name for p in SAMPLE_FILES) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_projects(reports, name):
    report = reports[name]
    count, form = EXPECTED[name]
    assert report.errors == []
    assert report.encoding == "utf-8"
    assert len(report.projects) == count
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert report.line_count == len(split_lines(text))
    for project in report.projects:
        assert project.form == form
        assert project.name.strip()
        assert project.indicators, project.name
        assert project.source.file == str(SAMPLES / name)
        assert 1 <= project.source.first_line <= project.source.last_line <= report.line_count
        for indicator in project.indicators:
            # level3 can be lost in extraction (003 line 144 prints only the target)
            assert (indicator.level3 or "").strip() or indicator.target
            if indicator.line is not None:
                assert 1 <= indicator.line <= report.line_count


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_spans_are_ordered_and_disjoint(reports, name):
    spans = [(p.source.first_line, p.source.last_line) for p in reports[name].projects]
    for (_, last), (first, _) in zip(spans, spans[1:], strict=False):
        assert last < first


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_sample_line_is_accounted_for(reports, name):
    report = reports[name]
    lines = split_lines((SAMPLES / name).read_text(encoding="utf-8"))
    accounting = check_accounting(report, lines)
    assert accounting.ok, (accounting.missing, accounting.out_of_range)
    # The reader fills gaps with UNACCOUNTED lines so users lose nothing; on the samples the form
    # readers themselves must account for every line.
    assert [u for u in report.unread if u.reason == UNACCOUNTED] == []
    assert accounting.in_projects + accounting.unread + accounting.blank == report.line_count


def test_samples_total_about_31_projects(reports):
    assert sum(len(r.projects) for r in reports.values()) == sum(c for c, _ in EXPECTED.values())


def test_check_accounting_notices_lost_lines(reports):
    name = "000_234d64ab89c6838a.txt"
    report = reports[name]
    lines = split_lines((SAMPLES / name).read_text(encoding="utf-8"))
    lost = report.projects[0]
    partial = FileReport(file=report.file, line_count=report.line_count,
                         projects=report.projects[1:], unread=list(report.unread))
    span = range(lost.source.first_line, lost.source.last_line + 1)
    unread = {u.line for u in report.unread}
    expected = [n for n, t in lines if n in span and t.strip() and n not in unread]
    assert expected
    assert check_accounting(partial, lines).missing == expected
    assert not check_accounting(partial, lines).ok


def test_check_accounting_flags_lines_that_do_not_exist(reports):
    report = reports["002_32f32fcf7c831214.txt"]
    bogus = FileReport(file=report.file, line_count=report.line_count,
                         projects=report.projects, unread=list(report.unread))
    bogus.unread.append(UnreadLine(report.line_count + 5, "x", "bogus"))
    assert check_accounting(bogus).out_of_range == [report.line_count + 5]


def test_directory_is_read_recursively_sorted_and_filtered(tmp_path):
    nested = tmp_path / "b" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(SAMPLES / "002_32f32fcf7c831214.txt", tmp_path / "z.txt")
    shutil.copy(SAMPLES / "004_1552419d50086a74.txt", nested / "a.md")
    shutil.copy(SAMPLES / "001_6d5ee8cbe97a2a69.txt", tmp_path / "ignored.dat")
    reports = read_paths([tmp_path])
    assert [Path(r.file).relative_to(tmp_path).as_posix() for r in reports] == [
        "b/deeper/a.md", "z.txt"]
    assert [len(r.projects) for r in reports] == [3, 4]


def test_explicit_file_of_any_extension_is_read(tmp_path):
    target = tmp_path / "export.dat"
    shutil.copy(SAMPLES / "001_6d5ee8cbe97a2a69.txt", target)
    [report] = read_paths([target])
    assert report.file == str(target)
    assert len(report.projects) == 10


def test_same_file_named_twice_is_read_once():
    path = SAMPLES / "002_32f32fcf7c831214.txt"
    assert len(read_paths([path, SAMPLES])) == len(SAMPLE_FILES)


def test_reader_bug_in_one_form_loses_only_that_form(monkeypatch):
    """A crash on the second form: an error naming its lines, its cells unread, the rest read."""
    from jixiao.kg import reader
    from jixiao.kg.reader import forms

    path = HOLDOUT / "h01_zhejiang_markdown.txt"
    real = forms._read_form
    calls = []

    def flaky(tokens, *args):
        calls.append(tokens)
        if len(calls) == 2:
            raise ZeroDivisionError("boom")
        return real(tokens, *args)

    monkeypatch.setattr(forms, "_read_form", flaky)
    monkeypatch.setattr(reader, "OCR_READER_MAX_BYTES", 0)  # only the grid reader here
    report = read_file(path)
    assert [p.name for p in report.projects] == ["基层慢性病综合管理能力提升项目"]
    [error] = report.errors
    lines = [t.cell.location.line for t in calls[1] if t.text]
    assert error.startswith(f"{path}:{min(lines)}-{max(lines)}: ")
    assert "ZeroDivisionError: boom" in error
    unread = {u.text for u in report.unread}
    assert "重点传染病监测与防控经费" in unread
    assert check_accounting(report, split_lines(path.read_text(encoding="utf-8"))).ok


def test_cli_json_lists_every_project(capsys):
    code = main(["parse", str(SAMPLES), "--json"])
    out, err = capsys.readouterr()
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == sum(c for c, _ in EXPECTED.values())
    for row in rows:
        # The record contract, plus the ids and IRIs the store will give (docs/rdf.md).
        record = {k: v for k, v in row.items()
                  if k not in ("schema_version", "id", "iri", "document_id", "document_iri")}
        record["indicators"] = [{k: v for k, v in i.items() if k not in ("id", "iri", "concept_id")}
                                for i in row["indicators"]]
        assert Project.from_json(row).to_json() == record
    assert "\\u" not in out  # Chinese printed as is (ensure_ascii=False)
    for path in SAMPLE_FILES:
        count = EXPECTED[path.name][0]
        assert f"{path}：{count} 个项目，" in err
    assert "Traceback" not in err


def _first_columns(line: str, columns: int) -> str:
    """The start of `line` that takes `columns` terminal columns."""
    out = ""
    for ch in line:
        if display.width(out + ch) > columns:
            break
        out += ch
    return out


def test_cli_table_and_verbose(capsys):
    path = SAMPLES / "000_234d64ab89c6838a.txt"
    code = main(["parse", str(path), "--verbose"])
    out, err = capsys.readouterr()
    assert code == 0
    report = read_file(path)
    lines = out.splitlines()
    assert lines[0].split() == ["项目", "实施单位", "年度", "表格", "指标", "来源"]
    assert max(display.width(line) for line in lines) <= display.MAX_COLUMNS
    # One row per project (a long name or unit continues on the next lines).
    starts = [i for i, line in enumerate(lines[1:], 1) if path.name in line]
    assert len(starts) == len(report.projects)
    for project, first, end in zip(report.projects, starts, [*starts[1:], len(lines)],
                                   strict=True):
        row = lines[first:end]
        name_columns = display.width(lines[0][: lines[0].index("实施单位")])
        name = "".join(_first_columns(line, name_columns).strip() for line in row)
        assert name == "".join(project.name.split())
        assert f" {len(project.indicators)} " in row[0]
    not_understood = [u for u in report.unread if u.text.strip()]
    assert f"{len(not_understood)} 行没有读懂" in err
    for u in not_understood:
        assert f"{path} 第 {u.line} 行：" in err
