"""Whatever the bytes, read_file returns a FileReport and accounts for every line."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jixiao.errors import JixiaoError
from jixiao.kg.reader import UNACCOUNTED, check_accounting, read_file, split_lines
from jixiao.kg.reader.decode import decode_bytes, strip_controls
from jixiao.kg.reader.sources import sniff
from jixiao.kg.records import FileReport

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
SAMPLE_BYTES = [p.read_bytes() for p in sorted(SAMPLES.glob("*.txt"))]

FAST = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _read(data: bytes) -> tuple[FileReport, list[tuple[int, str]] | None]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.txt"
        path.write_bytes(data)
        report = read_file(path)
    assert isinstance(report, FileReport)
    assert report.file == str(path)
    for error in report.errors:
        assert error.startswith(f"{path}:"), error
    if sniff(data) != "text":
        # Bytes that begin like a spreadsheet, Word file or PDF are read as one: a broken one
        # is an error naming the file, never a crash.
        assert report.projects or report.errors
        return report, None
    try:
        text, _ = decode_bytes(data, "doc.txt")
    except JixiaoError:
        # Not text at all: nothing read, and the reason is given.
        assert report.projects == [] and report.errors
        return report, None
    # Stray control bytes are skipped, each line holding some named in a warning: a line of
    # nothing else is blank.
    text, skipped = strip_controls(text, "doc.txt")
    for note in skipped:
        assert any(w.endswith(note.split(":", 2)[2]) for w in report.warnings), note
    lines = split_lines(text)
    assert report.line_count == len(lines)
    accounting = check_accounting(report, lines)
    assert accounting.ok, (accounting.missing, accounting.out_of_range)
    # The reader's safety net must not be what keeps the books balanced: form readers account
    # for their own lines even on damaged input.
    assert [u for u in report.unread if u.reason == UNACCOUNTED] == []
    if not report.projects:
        assert report.errors or report.warnings, "a file that yields nothing must say why"
    return report, lines


sample = st.sampled_from(SAMPLE_BYTES)


@FAST
@given(sample, st.floats(0, 1))
def test_truncated_anywhere(data, where):
    _read(data[: int(len(data) * where)])


@FAST
@given(sample, st.randoms(use_true_random=False), st.integers(2, 40))
def test_lines_shuffled_in_a_window(data, rnd: random.Random, window):
    lines = data.split(b"\n")
    start = rnd.randrange(len(lines))
    chunk = lines[start : start + window]
    rnd.shuffle(chunk)
    lines[start : start + window] = chunk
    _read(b"\n".join(lines))


@FAST
@given(sample, st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=12)), max_size=5))
def test_junk_bytes_inserted(data, junk):
    buf = bytearray(data)
    for where, chunk in junk:
        at = int(len(buf) * where)
        buf[at:at] = chunk
    _read(bytes(buf))


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes(data):
    _read(data)


@FAST
@given(st.text(alphabet=st.sampled_from(list("项目名称主管部门实施单位产出指标数量≥%\t\n 1.0年度总分评分等级优")),
               max_size=400))
def test_form_like_noise(text):
    _read(text.encode("utf-8"))


def test_an_unread_paragraph_accounts_for_every_line_it_was_joined_from() -> None:
    # Found by test_truncated_anywhere: a form's title and two head lines of text run together
    # are one paragraph; reported unread, it covers all three lines, not only its first.
    report, _ = _read(" 1.基本公共卫生服务绩效目标表\n\t368227某市医学考试中心\n\t单位：万元".encode())
    assert not report.projects and report.errors
