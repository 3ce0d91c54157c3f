"""Look-alike characters OCR swaps (kg.confusables): repaired only with evidence, never inside
real words."""

from __future__ import annotations

from jixiao.kg.reader.ocr.confusables import look_alike, repair_look_alikes
from jixiao.kg.reader.ocr.forms.seams import join_seam
from jixiao.kg.reader.ocr.wordmodel import DocumentText


def test_a_look_alike_printed_correctly_elsewhere_is_repaired():
    doc = DocumentText.of(["成本节约率", "≥0.00(%)"])
    text, notes = repair_look_alikes("成本节约举", doc)
    assert text == "成本节约率"
    assert notes and "举" in notes[0]


def test_without_evidence_a_look_alike_is_left_as_printed():
    # 节约 is a word already; nothing in the document prints 节约率.
    assert repair_look_alikes("成本节约举", DocumentText.of(["按预算执行"]))[0] == "成本节约举"
    assert repair_look_alikes("成本节约举")[0] == "成本节约举"


def test_a_run_of_look_alikes_is_read_together():
    # 丢失 is printed in the row's target; 率 is the usual ending of a rate.
    doc = DocumentText.of(["零丢失", "达成指标"])
    assert repair_look_alikes("系统重要储存信息去矢举", doc)[0] == "系统重要储存信息丢失率"


def test_real_words_holding_a_look_alike_are_never_changed():
    doc = DocumentText.of(["投票率", "丢失率", "设明", "内容", "投入"])
    for word in ("换届选举工作完成率", "证明材料齐全", "坚持原则", "失去联系次数", "肉类抽检合格率"):
        assert repair_look_alikes(word, doc)[0] == word


def test_the_document_decides_between_a_look_alike_and_a_traditional_form():
    # 補 is traditional 补 and a look-alike of 辅: the document prints 辅助人员.
    doc = DocumentText.of(["辅助人员培训", "政府聘用辅助人员经费"])
    assert repair_look_alikes("補助人员人均工位面积", doc)[0] == "辅助人员人均工位面积"
    # Without that evidence it is read as the simplified form of the same character.
    assert repair_look_alikes("補助人员人均工位面积")[0] == "补助人员人均工位面积"


def test_look_alike_pairs():
    assert look_alike("举", "率") and look_alike("率", "举")
    assert look_alike("在", "有")
    assert not look_alike("在", "在")
    assert not look_alike("在", "率")


def test_a_cut_copy_of_the_next_character_is_dropped_at_a_seam():
    # The top of 有 printed before the cut as 在.
    text, note = join_seam("窗口着装在", "有效投诉")
    assert text == "窗口着装有效投诉"
    assert note and "在" in note


def test_a_look_alike_pair_across_a_seam_that_reads_well_is_kept():
    # 存在 / 有: the text reads worse without 在, so nothing is dropped.
    assert join_seam("安全隐患存在", "有无") == ("安全隐患存在有无", None)
