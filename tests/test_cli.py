"""The command line as a user reads it: Chinese, fitted to 100 columns, helpful on typos."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jixiao.cli import main
from jixiao.commands import display
from jixiao.errors import in_chinese

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
LATIN_WORD = re.compile(r"\b[a-z]{3,}\b")  # a lower-case English word (not -k, 2024, ids)


def test_widths_count_chinese_as_two_columns() -> None:
    assert display.width("考试ab") == 6
    assert display.truncate("上海市卫生人才交流服务中心", 9) == "上海市卫…"
    assert display.width(display.truncate("上海市卫生人才交流服务中心", 9)) <= 9
    assert display.truncate("短", 9) == "短"
    lines = display.wrap("上海市卫生人才交流服务中心 report.txt 第 12 行", 12)
    assert all(display.width(line) <= 12 for line in lines)
    assert "".join(lines).replace(" ", "") == "上海市卫生人才交流服务中心report.txt第12行"
    assert "report.txt" in lines  # a word is kept whole when it fits on a line


def test_tables_fit_100_columns_and_keep_every_character() -> None:
    rows = [("上海市卫生行业医学生就业年度报告编撰工作经费", "上海市卫生人才交流服务中心",
             "2024", "绩效自评表", "9", "000_234d64ab89c6838a.txt 第 48–71 行")] * 3
    lines = display.table(("项目", "实施单位", "年度", "表格", "指标", "来源"), rows,
                          right=(2, 4), wrapped=(0, 1, 5), limit=100)
    assert max(display.width(line) for line in lines) <= 100
    assert len(lines) > 4  # long cells continued on further lines
    assert "".join(lines).count("上海市卫生人才交流服务") == 3


def test_parse_table_of_all_samples_fits_100_columns(capsys) -> None:
    assert main(["parse", str(SAMPLES)]) == 0
    out, err = capsys.readouterr()
    assert max(display.width(line) for line in out.splitlines()) <= display.MAX_COLUMNS
    assert out.splitlines()[0].split() == ["项目", "实施单位", "年度", "表格", "指标", "来源"]
    names = re.sub(r"\S+\.txt", "", err)
    assert "个项目" in err and not LATIN_WORD.findall(names)


def test_a_mistyped_flag_gets_the_subcommand_usage_and_the_nearest_flag(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search", "考试", "--levl1", "产出"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：jixiao search ")
    assert "不认识的参数：--levl1 产出" in err and "是不是 --level1？" in err


def test_argparse_messages_and_help_are_chinese(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["serch", "考试"])
    err = capsys.readouterr().err
    assert "没有 'serch' 这个选项" in err and "'search'" in err
    with pytest.raises(SystemExit):
        main(["search"])
    assert "缺少参数：问题" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：") and "显示帮助并退出" in out and "只看这个二级指标" in out
    # Help lines stay aligned although metavars are Chinese (two columns each).
    starts = {display.width(line) - display.width(line.lstrip()) for line in out.splitlines()
              if line.startswith("  --") and "  只看" in line}
    helps = {display.width(line.split("  只看")[0]) for line in out.splitlines()
             if line.startswith("  --") and "  只看" in line}
    assert starts == {2} and len(helps) == 1


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        ("a.txt: no recognisable form (no 项目名称, form title or indicator table found)",
         "a.txt：找不到可识别的表格"),
        ("a.xlsx:Sheet1!3-20: a form starts here but cannot be read: it has no indicator table, "
         "and no project name with a 主管部门 or 实施单位", "a.xlsx 表 Sheet1 第 3–20 行：这里开始一张表格"),
        ("(unnamed self-evaluation, lines 50-88)", "（未命名的绩效自评表，第 50–88 行）"),
        ("a.txt:12: target declaration could not be read (lines 12-40)",
         "a.txt 第 12 行：绩效目标申报表无法读取（第 12–40 行）"),
        ("no store at /x: build it with `jixiao build --store /x`",
         "/x 处没有库：请用 `jixiao build --store /x` 建库"),
        ("line 5: indicator '考试' has no target value", "第 5 行：指标「考试」没有指标值"),
    ],
)
def test_known_messages_are_put_into_chinese(message: str, chinese: str) -> None:
    assert in_chinese(message).startswith(chinese)


def test_widths_known_without_wcwidth_are_wcwidths() -> None:
    import random

    from wcwidth import wcswidth, wcwidth

    known = [chr(o) for o in range(0x20, 0x7F)] + sorted(display._NARROW)
    known += [chr(o) for low, high in display._WIDE for o in range(low, high + 1)]
    assert [c for c in known if display._known_width(c) != wcwidth(c)] == []
    rng = random.Random(0)
    for _ in range(200):
        text = "".join(rng.choice(known) for _ in range(rng.randint(0, 30)))
        assert display.width(text) == wcswidth(text)
    assert display._known_width("①") is None and display.width("①\u200b") == wcswidth("①\u200b")


def test_every_english_message_needs_a_latin_letter() -> None:
    # in_chinese skips the patterns for text without a Latin letter (a project's name): that
    # is only right while every pattern requires one outside its groups and alternatives.
    from re import _parser

    from jixiao.errors import _PHRASE_PATTERNS

    def requires_latin(pattern: str) -> bool:
        return any(op is _parser.LITERAL and chr(av).isascii() and chr(av).isalpha()
                   for op, av in _parser.parse(pattern, re.S))

    assert [p for p, _ in _PHRASE_PATTERNS if not requires_latin(p)] == []
    assert requires_latin(r"no document (?P<n>.*)") and not requires_latin(r"(?P<a>.*)|x")


def test_what_the_reader_says_about_the_bundled_documents_reads_in_chinese() -> None:
    # Officers see these notes beside each project: no English may be left but quoted text.
    from jixiao.api import parse
    from jixiao.data import samples_dir

    reports = parse([samples_dir()])
    messages = [m for r in reports for m in (*r.warnings, *r.errors)]
    messages += [w for r in reports for p in r.projects for w in p.warnings]
    assert messages
    for message in messages:
        text = re.sub(r"「[^」]*」|'[^']*'|\S+\.(?:txt|md|csv|xlsx|pdf)", "", in_chinese(message))
        assert not re.search(r"[A-Za-z]{3,}", text), message


def test_unknown_messages_are_kept_as_written() -> None:
    assert in_chinese("something new from the reader") == "something new from the reader"
