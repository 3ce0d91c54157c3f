"""Target values: printed forms → (op, value, unit); vague targets are recognised."""

from __future__ import annotations

import pytest

from jixiao.kg.targets import clean_target, is_vague, parse_target


@pytest.mark.parametrize(
    ("printed", "op", "value", "unit"),
    [
        ("≥90(%)", "≥", 90, "%"),
        ("=100.00(%)", "=", 100, "%"),
        ("≥60000.00(人)", "≥", 60000, "人"),
        ("≤20万元", "≤", 20, "万元"),
        ("100%", "=", 100, "%"),
        ("约9组", "≈", 9, "组"),
        ("2次", "=", 2, "次"),
        ("＞80％", ">", 80, "%"),
        ("≧95%", "≥", 95, "%"),
        ("大于 80%", ">", 80, "%"),
        ("不低于90%", "≥", 90, "%"),
        ("不少于3次", "≥", 3, "次"),
        ("不超过5个工作日", "≤", 5, "个工作日"),
        ("达到95%", "≥", 95, "%"),
        ("98%以上", "≥", 98, "%"),
        ("3个月以内", "≤", 3, "个月"),
        (">10659.00 (条)", ">", 10659, "条"),
        ("约600余册", "≈", 600, "册"),
        ("=0(起)", "=", 0, "起"),
        ("1,200人次", "=", 1200, "人次"),
    ],
)
def test_quantitative_targets(printed, op, value, unit):
    t = parse_target(printed)
    assert t is not None
    assert (t.op, t.value, t.unit) == (op, value, unit)


@pytest.mark.parametrize(
    "printed",
    ["优", "及时", "显著提高", "问题重复率0%", "2023年12月30日前完成", "考前1个月 内完成培训",
     "2023-12-31", "90%-95%", "完成5场工作咨询会", "", None],
)
def test_not_quantitative(printed):
    assert parse_target(printed) is None


@pytest.mark.parametrize("printed", ["优", "提升", "提高", "完成", "及时", "满意", "显著提高", "有效"])
def test_vague_targets(printed):
    assert is_vague(printed)


@pytest.mark.parametrize("printed", ["≥90%", "2次", "无泄密", "是", "2023年12月30日前完成", ""])
def test_measurable_targets_are_not_vague(printed):
    assert not is_vague(printed)


def test_clean_target_folds_width_and_drops_stray_spaces():
    assert clean_target("≥ 90 （%）") == "≥90(%)"
    assert clean_target("大于 80%") == "大于80%"
    assert clean_target("未影响考试 正常进行") == "未影响考试正常进行"
    assert clean_target("Q and A") == "Q and A"
