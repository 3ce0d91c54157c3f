"""Repairs driven by evidence inside one document: characters cut in two at a cell seam, and
an organisation name voted from several garbled spellings."""

from __future__ import annotations

from jixiao.kg.reader.ocr.forms.seams import join_cut_text, join_seam
from jixiao.kg.reader.ocr.repair import collapse_repeats, consensus_spelling, same_name
from jixiao.kg.reader.ocr.wordmodel import DocumentText


def test_character_cut_in_two_is_mended_from_a_word_the_document_prints():
    doc = DocumentText.of(["考务人员培训工作及时性", "按预算执行"])
    text, note = join_seam("考务人员均", "音训次数", doc)
    assert text == "考务人员培训次数"
    assert note and "培训" in note


def test_without_document_evidence_the_seam_is_left_as_printed():
    doc = DocumentText.of(["按预算执行", "报名点满意度"])  # 培训 printed nowhere
    text, _note = join_seam("考务人员均", "音训次数", doc)
    assert text == "考务人员均音训次数"
    assert join_seam("考务人员均", "音训次数")[0] == "考务人员均音训次数"


def test_a_word_across_the_seam_is_never_mended():
    # 编排 is one word cut by the cell break: 效率 printed elsewhere must not replace it.
    doc = DocumentText.of(["提高工作效率", "考场编排"])
    assert join_seam("考场编", "排率", doc)[0] == "考场编排率"


def test_longer_printed_context_decides_between_candidates():
    # Both 对于 and 对接 are printed; only 对接 is printed with this row's own neighbours.
    doc = DocumentText.of(["外部单位对接数量7100万条", "对于建立健全本市制度"])
    text, _ = join_cut_text(["外部单位对技", "妾数据数量"], doc)
    assert text == "外部单位对接数据数量"


def test_no_mending_when_the_printed_pieces_are_backed_as_well():
    # 工资 is printed with these neighbours (`编制人员工资发放`): 工的|资 holds a stray piece,
    # not a character cut in two, so 工作 (printed too) must not replace it.
    doc = DocumentText.of(["编制人员工资发放准确率", "工作完成率"])
    assert "工作" not in join_seam("编制人员工的", "资支付标准", doc)[0]


def test_document_context_length():
    doc = DocumentText.of(["外部单位对接数量"])
    assert doc.context("外部单位对接数据数量", 5) == len("外部单位对接数")
    assert doc.context("外部单位对于数据数量", 5) == 0


def test_piece_printed_twice_over_itself_is_collapsed():
    assert collapse_repeats("甲市乙丙丁戊局(甲市乙丙丁戊局(甲市乙丙中心)") == "甲市乙丙丁戊局(甲市乙丙中心)"
    assert collapse_repeats("上海市卫生局") == "上海市卫生局"


def test_unit_name_voted_from_garbled_spellings():
    spellings = [
        # a text layer printed over itself, with the next label glued on
        "北京市药品集中和新采购事务管理所(北京市药品集中和新采购事务管理所(北京药品采购中心)项目资金(万元)",
        "药品集中招标另(北京药品采则",
        "药品集中招标另(北京药品采则",
        "药品集中招标?(北京药品采》",
        "药品集中招标(北京药品采)",
    ]
    name, notes = consensus_spelling(spellings)
    assert name == "北京市药品集中招标采购事务管理所(北京药品采购中心)"
    assert notes and "招标" in notes[0]


def test_no_consensus_between_different_organisations():
    assert consensus_spelling(["上海市卫生局", "上海市教育委员会"]) is None
    assert not same_name("上海市卫生局", "浙江省教育委员会")
    assert same_name("医药集中招标另(上海医药采则", "上海市医药集中招标采购事务管理所(上海医药采购中心)")


def test_a_single_clean_spelling_is_kept():
    name, notes = consensus_spelling(["上海市卫生人才交流服务中心", "上海市卫生人才交流服务中心"])
    assert name == "上海市卫生人才交流服务中心" and notes == []
