"""The shape × template probe writes one document and one gold per form × template × shape, and
its gold follows what each template prints (no reader run here: that is the probe's job)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchscripts import load_bench_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def rc():
    return load_bench_script("reader_cross")


def _gold(out: Path, stem: str) -> dict:
    (record,) = json.loads((out / "gold" / f"{stem}.json").read_text("utf-8"))
    return record


def test_every_fitting_form_in_every_shape(rc, tmp_path):
    shapes = ["tab", "run", "pdf_sort"]
    index = rc.build(tmp_path, ["declaration", "chongqing_se", "rubric_criteria"], shapes)
    fits = {t: [f for f, form in rc.FORMS.items() if rc.TEMPLATES[t].fits(form)]
            for t in ("declaration", "chongqing_se", "rubric_criteria")}
    assert len(fits["rubric_criteria"]) == 2 and len(fits["chongqing_se"]) >= 8
    assert len(index) == sum(len(v) for v in fits.values()) * len(shapes)
    for name in index:
        assert (tmp_path / "docs" / name).is_file()
        assert (tmp_path / "gold" / f"{Path(name).stem}.json").is_file()


def test_gold_follows_the_template(rc, tmp_path):
    rc.build(tmp_path, ["declaration", "chongqing", "chongqing_se", "rubric_criteria"], ["tab", "pdf"])
    # F09 prints weights in the Chongqing grid only
    assert {i["weight"] for i in _gold(tmp_path, "F09__declaration__tab")["indicators"]} == {None}
    assert None not in {i["weight"] for i in _gold(tmp_path, "F09__chongqing__tab")["indicators"]}
    # Chongqing self-evaluation: 全年完成值 without the unit of 计量单位, no 财政拨款 printed
    cq = _gold(tmp_path, "F03__chongqing_se__tab")
    assert cq["indicators"][0]["actual"] == "2160" and cq["funds"]["fiscal"] is None
    # a rubric without 指标值 columns has no targets; its ruled PDF holds no header lines
    rub = _gold(tmp_path, "F22__rubric_criteria__tab")
    assert {i["target"] for i in rub["indicators"]} == {None} and rub["name"]
    assert _gold(tmp_path, "F22__rubric_criteria__pdf")["name"] is None
