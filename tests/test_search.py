"""Search over the bundled data with the real reader, encoder, faiss index and BM25."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import numpy as np
import pytest

from jixiao import api
from jixiao.cli import main
from jixiao.errors import JixiaoError
from jixiao.kg.ids import concept_key
from jixiao.search.dense import DenseIndex
from jixiao.search.fusion import FusionConfig
from jixiao.search.lexical import BM25Index, tokenize
from jixiao.store import samples_dir
from jixiao.text import compact

# Paraphrases a user would type → an indicator wording the bundled documents contain.
PARAPHRASES = [
    ("考生对考试满意吗", {"考生满意度"}),
    ("培训办了几次", {"培训次数", "考务人员培训次数"}),
    ("钱有没有按时拨到位", {"项目资金划拨到位及时率", "项目资金到位率"}),
    ("系统坏了多久能修好", {"系统故障修复及时性", "系统故障响应及时性"}),
    ("工作服一共买了多少套", {"工作服数量"}),
    ("有没有发生贪污腐败", {"舞弊腐败发生数"}),
]


def _keys(words) -> set[str]:
    return {concept_key(w) for w in words}


@pytest.mark.parametrize(("query", "expected"), PARAPHRASES)
def test_paraphrased_queries_find_their_indicators(bundled_store, query, expected):
    hits = bundled_store.search(query, k=5).hits
    assert _keys(h.text for h in hits) & _keys(expected), [h.text for h in hits]


def test_hits_with_the_same_wording_are_grouped_with_their_targets(bundled_store):
    records = bundled_store.store.records()
    usage = Counter(concept_key(i.level3) for p in records for i in p.indicators)
    wording, uses = next((w, n) for w, n in usage.most_common() if "满意度" in w)
    assert uses > 1  # the bundled data repeats satisfaction wordings across projects
    hits = bundled_store.search(wording, k=10).hits
    hit = next(h for h in hits if concept_key(h.text) == wording)
    assert hit.count == uses == len(hit.uses)
    assert hits.count(hit) == 1 and sum(concept_key(h.text) == wording for h in hits) == 1
    expected_targets = Counter(
        i.target for p in records for i in p.indicators if concept_key(i.level3) == wording and i.target
    )
    assert dict(hit.targets) == dict(expected_targets)
    assert hit.targets == sorted(hit.targets, key=lambda t: (-t[1], t[0]))
    assert "×" in hit.targets_text


def test_filters_restrict_every_hit(bundled_store):
    records = bundled_store.store.records()
    year = Counter(p.year for p in records if p.year).most_common(1)[0][0]
    for hit in bundled_store.search("满意度", k=20, year=year).hits:
        assert hit.uses and all(u.year == year for u in hit.uses)
    for hit in bundled_store.search("满意度", k=20, level1="满意度").hits:
        assert all(u.level1 == "满意度指标" for u in hit.uses)
    unit = next(p.unit for p in records if p.unit and "天津" in p.unit)
    hits = bundled_store.search("考试", k=20, unit="天津").hits
    assert hits and all(u.unit and "天津" in u.unit for h in hits for u in h.uses)
    assert any(u.unit == unit for h in hits for u in h.uses)
    projects = bundled_store.search("考试", type="project", k=20, year=year).hits
    assert projects and all(h.type == "project" and h.year == year for h in projects)
    # A value the store does not have is named, with the ones it has, not answered "nothing".
    with pytest.raises(JixiaoError, match="没有这个年度：「1999」。已知的年度：" + str(year)[:2]):
        bundled_store.search("满意度", k=5, year=1999)
    with pytest.raises(JixiaoError, match="没有这个实施单位：「火星」"):
        bundled_store.search("满意度", k=5, unit="火星")
    with pytest.raises(JixiaoError, match="没有这个一级指标：「产品」。已知的一级指标：产出指标"):
        bundled_store.search("满意度", k=5, level1="产品")


def test_level2_filter_keeps_its_category_and_reaches_past_the_unfiltered_top_k(bundled_store):
    records = bundled_store.store.records()
    uses_of = Counter(i.level2 for p in records for i in p.indicators if i.level2)
    assert uses_of["时效指标"] >= 5  # enough rows in the category for a top 5 of its own
    unfiltered = {h.id for h in bundled_store.search("考试", k=5).hits}
    timely = bundled_store.search("考试", k=5, level2="时效指标")
    assert timely.filters["level2"] == "时效指标"
    assert len(timely.hits) == 5
    assert all(h.uses and all(u.level2 == "时效指标" for u in h.uses) for h in timely.hits)
    assert all(h.level2 == "时效指标" for h in timely.hits)
    # The filter ranks inside the category, so it surfaces wordings the plain top 5 never shows.
    assert {h.id for h in timely.hits} - unfiltered
    # Printed and short forms name the same category (kg.vocab canonicalisation).
    for variant in ("时效", "時效指標", "时效类指标", "进度"):
        assert [h.id for h in bundled_store.search("考试", k=5, level2=variant).hits] == [
            h.id for h in timely.hits
        ], variant
    # Projects: only those with a row in the category.
    with_timely = {p.name for p in records if any(i.level2 == "时效指标" for i in p.indicators)}
    projects = bundled_store.search("考试", type="project", k=40, level2="时效").hits
    assert projects and {h.text for h in projects} <= with_timely
    # A level2 outside its level1 leaves nothing rather than ignoring one of the two.
    assert bundled_store.search("考试", k=5, level1="满意度", level2="时效").hits == []
    with pytest.raises(JixiaoError, match="没有这个二级指标：「不存在的类别」。已知的二级指标：数量指标"):
        bundled_store.search("考试", level2="不存在的类别")


def test_cli_search_level2(bundled_store, capsys):
    store = str(bundled_store.root)
    assert main(["search", "考试", "--store", store, "--level2", "质量", "--json", "-k", "4"]) == 0
    hits = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(hits) == 4
    assert all(u["level2"] == "质量指标" for h in hits for u in h["uses"])
    assert main(["search", "考试", "--store", store, "--level2", "质量"]) == 0
    assert "[产出指标/质量指标]" in capsys.readouterr().out
    assert main(["search", "考试", "--store", store, "--level2", "xyz"]) == 2
    assert "没有这个二级指标：「xyz」" in capsys.readouterr().err
    assert main(["search", "考试", "--store", store, "--level1", "产品"]) == 2
    err = capsys.readouterr().err
    assert "没有这个一级指标：「产品」" in err and "满意度指标" in err


def test_project_search_and_mixed_results(bundled_store):
    hits = bundled_store.search("医师资格考试", type="project", k=3).hits
    assert hits[0].type == "project" and "医师资格考试" in compact(hits[0].text)
    mixed = bundled_store.search("考试", type="all", k=15).hits
    assert {h.type for h in mixed} == {"project", "indicator"}
    assert [h.score for h in mixed] == sorted((h.score for h in mixed), reverse=True)


def test_fused_ranking_beats_either_scorer_on_a_paraphrase_set(bundled_store):
    """Fusion is what makes both kinds of query work: count top-5 successes per method."""
    engine = bundled_store.engine

    def successes(cfg: FusionConfig) -> int:
        return sum(
            bool(_keys(h.text for h in engine.search(q, k=5, fusion=cfg)) & _keys(exp))
            for q, exp in PARAPHRASES
        )

    fused = successes(engine.index.fusion)
    assert fused >= successes(FusionConfig("dense")) and fused >= successes(FusionConfig("lexical"))
    assert fused == len(PARAPHRASES)


def test_similar_projects_share_unit_or_indicators_and_say_why(bundled_store):
    exam = bundled_store.search("国家医师资格考试", type="project", k=1).hits[0]
    related = bundled_store.similar(exam.id, k=5)
    assert related and all(r.id != exam.id and r.reasons for r in related)
    top = related[0]
    assert top.shared_concepts  # the sibling exam project uses the same indicator wordings
    assert any("共用指标" in reason for reason in top.reasons)
    scores = [r.score for r in related]
    assert scores == sorted(scores, reverse=True)


def test_similar_indicators(bundled_store):
    hit = bundled_store.search("考点满意度", k=1).hits[0]
    related = bundled_store.similar(hit.id, k=5)
    assert related and all(r.type == "indicator" and r.id != hit.id for r in related)
    assert any("满意" in r.text for r in related)
    # An indicator row id works as well as the wording's concept id.
    by_row = bundled_store.similar(hit.uses[0].indicator_id, k=5)
    assert [r.id for r in by_row] == [r.id for r in related]


def test_project_details(bundled_store):
    records = bundled_store.store.records()
    hit = bundled_store.search("工作服置装费", type="project", k=1).hits[0]
    details = bundled_store.project(hit.id)
    record = next(p for p in records if p.name == details.name)
    assert len(details.indicators) == len(record.indicators)
    assert details.funds.get("total") == record.funds.total
    assert details.related and json.dumps(details.to_json(), ensure_ascii=False)
    assert "@prefix" in bundled_store.export("turtle", project=hit.id)


@pytest.mark.parametrize(
    ("query", "message"),
    [("", "empty"), ("   ", "empty"), ("？？！！……", "punctuation"), ("考" * 600, "too long")],
)
def test_bad_queries_are_refused_clearly(bundled_store, query, message):
    with pytest.raises(JixiaoError, match=message):
        bundled_store.search(query)


@pytest.mark.parametrize(
    ("item", "message"),
    [("project/00000000000000000000", "no project"), ("concept/00000000000000000000", "no indicator"),
     ("nonsense", "not an identifier"), ("year/2024", "similar works on"), ("", "empty id")],
)
def test_bad_ids_are_refused_clearly(bundled_store, item, message):
    with pytest.raises(JixiaoError, match=message):
        bundled_store.similar(item)


def test_cli_search_json_lines(bundled_store, capsys):
    code = main(["search", "考生对考试满意吗", "--store", str(bundled_store.root), "--json", "-k", "3"])
    assert code == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    for line in lines:
        hit = json.loads(line)
        for key in ("id", "type", "score", "text", "project", "unit", "year", "level1", "level2",
                    "target", "actual", "count", "targets"):
            assert key in hit


def test_cli_similar_and_suggest_print_readable_text(bundled_store, capsys):
    store = str(bundled_store.root)
    pid = bundled_store.search("考试", type="project", k=1).hits[0].id
    assert main(["similar", pid, "--store", store, "-k", "3"]) == 0
    out = capsys.readouterr().out
    name = bundled_store.project(pid, related=0).name
    # The subject comes first, then the related projects with their ids.
    assert out.splitlines()[0].startswith(f"与项目「{name}」")
    assert out.splitlines()[0].endswith("相关的项目：")
    assert "编号 project/" in out
    assert main(["suggest", "组织一次全市统一考试", "--store", store, "-k", "8"]) == 0
    out = capsys.readouterr().out
    assert "产出指标" in out and "满意度指标" in out


@pytest.mark.parametrize(
    "argv",
    [["search", ""], ["search", "!!!"], ["similar", "project/00000000000000000000"], ["suggest", " "]],
)
def test_cli_bad_input_gives_a_message_not_a_traceback(bundled_store, capsys, argv):
    assert main([*argv, "--store", str(bundled_store.root)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("jixiao: ") and "Traceback" not in err


def test_missing_and_corrupt_stores_give_clear_messages(bundled_store, tmp_path, capsys):
    assert main(["search", "满意度", "--store", str(tmp_path / "nowhere")]) == 2
    assert "处没有库" in capsys.readouterr().err
    broken = tmp_path / "broken"
    shutil.copytree(bundled_store.root, broken)
    jx = api.open_store(broken)
    segment = jx.store.segments[0].directory
    jx.store.close()
    (segment / "concepts.vector.faiss").write_bytes(b"not a faiss index")
    with pytest.raises(JixiaoError, match="concepts.vector.faiss.*jixiao build"):
        api.open_store(broken).search("满意度")
    (broken / "CURRENT").write_bytes(b"\xff\xfe garbage")
    assert main(["search", "满意度", "--store", str(broken)]) == 2
    assert "已损坏" in capsys.readouterr().err


def test_encoder_mismatch_is_refused(bundled_store, tmp_path):
    with pytest.raises(JixiaoError, match="built with encoder 'use-m3'"):
        api.open_store(bundled_store.root, encoder=f"st:{tmp_path}")


def test_dense_index_kinds_agree_and_filter(tmp_path):
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(2000, 64)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    flat, hnsw = DenseIndex.build(vecs, "flat"), DenseIndex.build(vecs, "hnsw")
    q = vecs[7] + 0.05 * vecs[8]
    _, exact = flat.search(q, 10)
    _, approx = hnsw.search(q, 10)
    assert exact[0] == 7 and len(set(exact) & set(approx)) >= 9
    allowed = np.zeros(2000, dtype=bool)
    allowed[::3] = True
    for index in (flat, hnsw):
        _, rows = index.search(q, 10, allowed)
        assert len(rows) == 10 and all(r % 3 == 0 for r in rows)
        index.save(tmp_path / f"{index.kind}.faiss")
        again = DenseIndex.load(tmp_path / f"{index.kind}.faiss")
        assert again.kind == index.kind and np.allclose(again.vectors(rows), vecs[rows])


def test_bm25_matches_chinese_by_characters_and_agrees_with_a_direct_formula(tmp_path):
    docs = ["考生满意度", "考点满意度", "培训次数", "系统故障率"]
    # Width folded, PDF spaces ignored, unigrams + bigrams within Chinese runs, Latin words whole.
    assert tokenize("考生 满意度（%）") == ["考", "生", "满", "意", "度", "考生", "生满", "满意", "意度"]
    assert tokenize("ＩＳＯ9001认证") == ["iso9001", "认", "证", "认证"]
    bm = BM25Index.build(docs)
    scores, rows = bm.top("考生满意吗", 4)
    assert rows[0] == 0 and set(rows[:2]) == {0, 1} and 2 not in rows
    bm.save(tmp_path / "x.bm25.npz")
    again = BM25Index.load(tmp_path / "x.bm25.npz")
    s2, r2 = again.top("考生满意吗", 4)
    assert list(r2) == list(rows) and np.allclose(s2, scores)
    # Direct BM25 of document 0 for a one-term query (a single character is one unigram).
    n, df, tf, dl = 4, 1, 1, len(tokenize(docs[0]))
    avgdl = sum(len(tokenize(d)) for d in docs) / n
    idf = np.log1p((n - df + 0.5) / (df + 0.5))
    expected = idf * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * dl / avgdl))
    got_rows, got = bm.scores("生")
    assert np.isclose(got[list(got_rows).index(0)], expected, rtol=1e-5)


def test_rebuilds_and_additions_embed_only_new_texts(tmp_path):
    samples = sorted(samples_dir().glob("*.txt"))
    store = tmp_path / "store"
    _, first = api.build(samples[:2], store)
    assert first.index["embedded"] == first.index["texts"] > 0
    _, again = api.build(samples[:2], store)
    assert again.index["embedded"] == 0  # everything came from the embedding cache
    jx, added = api.add(samples[2:3], store)
    # An add considers only the new document's texts, and embeds those the cache lacks.
    assert 0 < added.index["embedded"] <= added.index["texts"] < first.index["texts"]
    assert jx.search("满意度", k=3).hits
    # The same content under another name brings no new wording and no new vector.
    _, copy = api.add(samples[2:3], store, as_name="copy.txt")
    assert copy.index["embedded"] == 0 and copy.files[0].action == "added"


def test_open_store_builds_from_the_bundled_data_only_when_asked(tmp_path):
    with pytest.raises(JixiaoError, match="no store"):
        api.open_store(tmp_path / "fresh")
    stages = []
    jx = api.open_store(tmp_path / "fresh", build_if_missing=True,
                        progress=lambda stage, done, total: stages.append(stage))
    assert "embedding" in stages
    assert jx.stats()["projects"] == len(jx.store.records()) > 0
