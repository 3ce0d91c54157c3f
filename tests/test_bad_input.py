"""Bad input: a clear message naming the file (and line), the other files still read."""

from __future__ import annotations

import shutil
import zlib
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.kg.reader import check_accounting, read_file, read_paths, split_lines

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
DECLARATIONS = SAMPLES / "001_6d5ee8cbe97a2a69.txt"  # 10 target declarations, tab tables
SELF_EVALUATIONS = SAMPLES / "000_234d64ab89c6838a.txt"  # 7 self-evaluations


@pytest.fixture
def good(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    shutil.copy(DECLARATIONS, path)
    return path


def _png() -> bytes:
    raw = b"\x00" + bytes(range(256)) * 4
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + zlib.compress(raw) + b"\x00\x00IEND"


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\r\n\xe3\x80\x80\n", "blank"),
    "image.txt": (_png(), "binary"),
    "controls.txt": (bytes(range(1, 9)) * 50, "binary"),
    "big5.txt": ("項目名稱 圖書館專項經費 績效目標申報表\n".encode("big5") * 20, "encoding"),
}
# Readable text without a form: nothing read, said as a warning (a budget report is no error).
PROSE = "会议纪要\n今天讨论了明年的预算安排。\n下次会议在周五。\n".encode()


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_gives_message_naming_it(tmp_path, good, name):
    data, words = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    reports = read_paths([bad, good])
    assert [r.file for r in reports] == [str(bad), str(good)]
    bad_report, good_report = reports
    assert bad_report.projects == []
    assert len(bad_report.errors) == 1
    assert bad_report.errors[0].startswith(f"{bad}: ")
    assert words in bad_report.errors[0]
    assert good_report.errors == [] and len(good_report.projects) == 10


# What the command line (in Chinese) says about each bad file.
CLI_WORDS = {"empty.txt": "文件是空的", "blank.txt": "文件只有空白", "image.txt": "二进制文件",
             "controls.txt": "二进制文件", "big5.txt": "无法判断文字编码",
             "prose.txt": "找不到可识别的表格"}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_cli_bad_file_alone_exits_1_with_message(tmp_path, capsys, name):
    data, _ = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    assert main(["parse", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert f"{bad}：0 个项目，0 条指标" in err
    assert f"  {bad}：" in err and CLI_WORDS[name] in err
    assert "Traceback" not in err


def test_prose_without_a_form_is_a_warning_not_an_error(tmp_path, capsys):
    prose = tmp_path / "prose.txt"
    prose.write_bytes(PROSE)
    [report] = read_paths([prose])
    assert report.projects == [] and report.errors == []
    assert report.warnings and report.warnings[0].startswith(f"{prose}: no recognisable form")
    assert main(["parse", str(prose)]) == 1
    assert "提示：" in (err := capsys.readouterr().err) and "找不到可识别的表格" in err


def test_cli_bad_file_next_to_good_one_exits_0(tmp_path, good, capsys):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert main(["parse", str(bad), str(good), "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 10
    assert f"{bad}：文件是空的" in err
    assert f"{good}：10 个项目" in err


def test_prose_lines_are_all_reported_unread(tmp_path):
    bad = tmp_path / "prose.txt"
    bad.write_bytes(PROSE)
    report = read_file(bad)
    assert [u.line for u in report.unread] == [1, 2, 3]
    assert check_accounting(report).ok


def test_missing_path(tmp_path, good, capsys):
    missing = tmp_path / "nope" / "x.txt"
    assert main(["parse", str(missing)]) == 1
    _, err = capsys.readouterr()
    assert f"{missing}：文件不存在" in err
    assert main(["parse", str(missing), str(good)]) == 0
    out, err = capsys.readouterr()
    assert f"{missing}：文件不存在" in err
    assert "2023年图书馆专项经费" in out


def test_directory_without_documents(tmp_path, capsys):
    (tmp_path / "notes.png").write_bytes(b"%PDF-1.4")
    [report] = read_paths([tmp_path])
    assert report.errors and report.errors[0].startswith(f"{tmp_path}: directory holds no ")
    assert main(["parse", str(tmp_path)]) == 1
    assert "Traceback" not in capsys.readouterr().err


def _form_starts(lines: list[tuple[int, str]]) -> list[int]:
    return [n for n, t in lines if "绩效目标申报表" in t]


def test_truncated_mid_table_keeps_earlier_forms(tmp_path):
    """Cut the last form in the middle of its indicator table (as a failed download would)."""
    full = read_file(DECLARATIONS)
    text = DECLARATIONS.read_text(encoding="utf-8")
    lines = split_lines(text)
    last = full.projects[-1]
    first_indicator = min(i.line for i in last.indicators if i.line)
    cut = first_indicator + 2
    cut_path = tmp_path / "cut.txt"
    cut_path.write_text("\n".join(t for n, t in lines if n <= cut) + "\n", encoding="utf-8")
    report = read_file(cut_path)
    assert check_accounting(report, lines[:cut]).ok
    assert len(report.projects) == len(full.projects)
    strip = [_without_file(p.to_json()) for p in report.projects[:-1]]
    assert strip == [_without_file(p.to_json()) for p in full.projects[:-1]]
    partial = report.projects[-1]
    assert partial.name == last.name
    assert 0 < len(partial.indicators) < len(last.indicators)


def test_truncated_before_indicator_table_names_file_and_line(tmp_path):
    """A form whose header survived but whose indicator table did not."""
    text = DECLARATIONS.read_text(encoding="utf-8")
    lines = split_lines(text)
    full = read_file(DECLARATIONS)
    last = full.projects[-1]
    first_indicator = min(i.line for i in last.indicators if i.line)
    # Keep the header rows (name, department, funds, goal) but no indicator row.
    header_end = max(n for n, t in lines if n < first_indicator and "一级指标" in t) - 1
    cut_path = tmp_path / "cut.txt"
    cut_path.write_text("\n".join(t for n, t in lines if n <= header_end) + "\n", encoding="utf-8")
    report = read_file(cut_path)
    assert check_accounting(report, lines[:header_end]).ok
    assert len(report.projects) >= len(full.projects) - 1
    assert [p.to_json()["name"] for p in report.projects[: len(full.projects) - 1]] == [
        p.name for p in full.projects[:-1]]
    [error] = report.errors
    assert error.startswith(f"{cut_path}:{last.source.first_line}: ")
    assert "indicator" in error


def _without_file(data: dict) -> dict:
    data = dict(data)
    data["source"] = {k: v for k, v in data["source"].items() if k != "file"}
    return data


def test_undecodable_bytes_name_the_line(tmp_path):
    """A few corrupt bytes in a UTF-8 file: the file is still read, the line is named."""
    data = SELF_EVALUATIONS.read_bytes()
    lines = data.split(b"\n")
    target = 30  # 1-based line number of the damaged line
    lines[target - 1] = lines[target - 1] + b"\xff\xfe\xff"
    bad = tmp_path / "damaged.txt"
    bad.write_bytes(b"\n".join(lines))
    report = read_file(bad)
    assert report.encoding == "utf-8 (lossy)"
    assert any(e.startswith(f"{bad}:{target}: ") for e in report.errors)
    assert len(report.projects) == len(read_file(SELF_EVALUATIONS).projects)


def test_unreadable_path_is_an_error_not_a_crash(tmp_path, capsys):
    weird = tmp_path / "dir.txt"
    weird.mkdir()
    (weird / "inner.bin").write_bytes(b"x")
    reports = read_paths([weird])
    assert reports[0].errors and str(weird) in reports[0].errors[0]
    assert main(["parse", str(weird)]) == 1
    assert "Traceback" not in capsys.readouterr().err
