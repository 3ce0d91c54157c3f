"""A document re-encoded (GBK, GB18030, UTF-16 with/without BOM, UTF-8 BOM, CRLF) reads the same."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from jixiao.kg.reader import read_file
from jixiao.kg.reader.decode import decode_bytes

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))

# (codec, prefix, encoding name the reader should report)
ENCODINGS = {
    "gbk": ("gbk", b"", "gbk"),
    "gb18030": ("gb18030", b"", None),  # "gbk" when the bytes happen to be plain GBK
    "utf-16-le": ("utf-16-le", b"", "utf-16-le"),
    "utf-16-be": ("utf-16-be", b"", "utf-16-be"),
    "utf-16-le-bom": ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le with BOM"),
    "utf-16-be-bom": ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be with BOM"),
    "utf-8-bom": ("utf-8", codecs.BOM_UTF8, "utf-8 with BOM"),
}


def _records(report) -> list[dict]:
    out = []
    for project in report.projects:
        data = project.to_json()
        data["source"] = {k: v for k, v in data["source"].items() if k != "file"}
        out.append(data)
    return out


def _gbk_encodable(path: Path) -> bool:
    try:
        path.read_text(encoding="utf-8").encode("gbk")
    except UnicodeEncodeError:
        return False
    return True


@pytest.fixture(scope="module")
def originals():
    return {p.name: read_file(p) for p in SAMPLE_FILES}


CASES = [
    (enc, path)
    for enc in ENCODINGS
    for path in SAMPLE_FILES
    if enc != "gbk" or _gbk_encodable(path)
]


@pytest.mark.parametrize(("enc", "path"), CASES, ids=[f"{e}-{p.name[:3]}" for e, p in CASES])
def test_reencoded_sample_reads_the_same(tmp_path, originals, enc, path):
    codec, prefix, expected_name = ENCODINGS[enc]
    target = tmp_path / path.name
    target.write_bytes(prefix + path.read_text(encoding="utf-8").encode(codec))
    report = read_file(target)
    original = originals[path.name]
    if expected_name is not None:
        assert report.encoding == expected_name
    else:
        assert report.encoding in ("gbk", "gb18030")
    assert [e.replace(str(target), "F") for e in report.errors] == [
        e.replace(str(path), "F") for e in original.errors]
    assert report.line_count == original.line_count
    assert _records(report) == _records(original)
    assert [(u.line, u.text) for u in report.unread] == [(u.line, u.text) for u in original.unread]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_newlines_read_the_same(tmp_path, originals, newline):
    path = SAMPLES / "000_234d64ab89c6838a.txt"
    target = tmp_path / path.name
    target.write_bytes(path.read_text(encoding="utf-8").replace("\n", newline).encode())
    report = read_file(target)
    assert report.line_count == originals[path.name].line_count
    assert _records(report) == _records(originals[path.name])


def test_gb18030_needs_four_byte_sequences():
    # Characters outside GBK (here Korean and an emoji) are encoded in 4 bytes by GB18030.
    text = "项目名称\t수 信息化运维🕏\n" * 10
    assert decode_bytes(text.encode("gb18030"), "x.txt") == (text, "gb18030")


def test_utf8_mojibake_is_not_preferred_over_utf8():
    # Every Chinese UTF-8 byte sequence here also decodes strictly as GB18030; UTF-8 must win.
    text = "其他资金\t0.00\n上年结转资金\t0.00\n总分\t\t100.00\n" * 5
    data = text.encode("utf-8")
    data.decode("gb18030")
    assert decode_bytes(data, "x.txt") == (text, "utf-8")


def test_utf16_without_bom_in_chinese_text():
    text = "产出指标\t数量指标\t培训次数\t2次\n" * 20
    assert decode_bytes(text.encode("utf-16-le"), "x.txt") == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be"), "x.txt") == (text, "utf-16-be")
