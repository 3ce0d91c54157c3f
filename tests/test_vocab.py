"""Label vocabulary: printed variants of indicator levels and field labels."""

from __future__ import annotations

import pytest

from jixiao.vocab import (
    amount_unit,
    canonical_level1,
    canonical_level2,
    match_field,
    match_header,
    match_level2,
    org_name,
    parent_level1,
    scan_fields,
)


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("产出", "产出指标"),
        ("产出指标", "产出指标"),
        ("产出类指标", "产出指标"),
        ("产出 指标", "产出指标"),
        ("效益类指标", "效益指标"),
        ("满意 度指 标", "满意度指标"),
        ("满意度", "满意度指标"),
        ("成本指标", "成本指标"),
        ("社会效益指标", None),
        ("培训对象满意度", None),
    ],
)
def test_level1_variants(printed, canonical):
    assert canonical_level1(printed) == canonical


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("数量", "数量指标"),
        ("数量 指标", "数量指标"),
        ("社会效益", "社会效益指标"),
        ("社会效益指标", "社会效益指标"),
        ("可持 续影 响指 标", "可持续影响指标"),
        ("可持續影响指标", "可持续影响指标"),
        ("服务 对象 满意 度指 标", "服务对象满意度指标"),
        ("服务対象満意度指标", "服务对象满意度指标"),
        ("社会公众或服务对象满意度指标", "服务对象满意度指标"),
        ("经济 成本 指标", "经济成本指标"),
        ("生态环境成本指标", "生态环境成本指标"),
        ("生态效益", "生态效益指标"),
        ("产出指标", None),
        ("按时完成率", None),
    ],
)
def test_level2_variants(printed, canonical):
    assert canonical_level2(printed) == canonical


def test_level2_knows_its_level1():
    assert parent_level1(canonical_level2("时效")) == "产出指标"
    assert parent_level1(canonical_level2("可持续影响")) == "效益指标"
    assert parent_level1(canonical_level2("经济成本指标")) == "成本指标"
    assert parent_level1(canonical_level2("满意度")) == "满意度指标"


def test_bare_label_is_flagged_unsuffixed():
    # 社会效益 printed alone may be a level-3 text; readers need to know it had no 指标.
    assert match_level2("社会效益").suffixed is False
    assert match_level2("社会效益指标").suffixed is True


@pytest.mark.parametrize(
    ("printed", "field"),
    [
        ("项目名称", "name"),
        ("项目 名称", "name"),
        ("主管\t部门", "department"),
        ("主管部门：", "department"),
        ("实施单位", "unit"),
        ("预算单位", "unit"),
        ("年度资金申请总额：", "total"),
        ("年度资金总额:", "total"),
        ("预算数", "total"),
        ("其中：当年财政拨款", "fiscal"),
        ("其中: 当年财政 拨款", "fiscal"),
        ("其中：财政    资金", "fiscal"),
        ("上年结转资金", "carryover"),
        ("其他资金", "other"),
        ("年度总体目标", "goal"),
        ("项目 绩效 目标", "goal_block"),
        ("项目资金 (元)", "funds_block"),
        ("项目资金（万元）", "funds_block"),
        ("上海市卫生健康委员会", None),
    ],
)
def test_field_labels_tolerate_spaces_and_colons(printed, field):
    assert match_field(printed) == field


@pytest.mark.parametrize(
    ("printed", "column"),
    [
        ("一级指标", "level1"),
        ("一级 指标", "level1"),
        ("三级指标", "level3"),
        ("年度(/项目)指标值", "target"),
        ("年度指标值", "target"),
        ("指标值", "target"),
        ("绩效指标描述", "description"),
        ("实际完成值", "actual"),
    ],
)
def test_table_headers(printed, column):
    assert match_header(printed) == column


def test_scan_fields_in_a_one_line_head():
    line = "项目名称 信息化运维项目 主管部门 上海市卫生健康委员会 实施单位 上海市卫生人才交流服务中心"
    found = [f for f, _, _ in scan_fields(line)]
    assert found == ["name", "department", "unit"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [("单位：万元", "万元"), ("项目资金 (元)", "元"), ("项目资金（万元）", "万元"), ("项目名称", None)],
)
def test_amount_unit(text, unit):
    assert amount_unit(text) == unit


def test_org_name_strips_a_numeric_code():
    assert org_name("368227天津市医学考试中心") == ("天津市医学考试中心", "368227")
    assert org_name("[201]某县教育局") == ("某县教育局", "201")
    assert org_name("按时完成职称评审") is None


def test_labels_printed_inside_brackets_are_the_labels() -> None:
    assert canonical_level1("【产出指标】") == "产出指标"
    assert canonical_level2("〔数量指标〕") == "数量指标"
    assert canonical_level2("[服务对象满意度]") == "服务对象满意度指标"
    assert canonical_level1("【产出指标】及说明") is None


def test_sign_off_labels_are_field_labels() -> None:
    from jixiao.vocab import field_label

    assert field_label("审核人") == field_label("复核人") == field_label("填报人") == "contact"
