"""One contract for every search backend: the local faiss + BM25 segments and Milvus (on the
embedded milvus-lite). Each is built from the bundled data through the store, searched with
every filter, added to and removed from, and must answer like the local backend."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.local_server import free_port
from jixiao.search.backends import COLLECTIONS, Items, open_backend, parse_spec
from jixiao.store import samples_dir

SAMPLES = sorted(samples_dir().glob("*.txt"))
ROOT = Path(__file__).resolve().parents[1]
QUERIES = [q["query"] for q in json.loads((ROOT / "bench" / "eval_queries.json").read_text(
    "utf-8"))["queries"]]
BACKENDS = ["local", "milvus"]


def spec_for(kind: str, where: Path) -> str:
    return "local" if kind == "local" else f"milvus:{where / 'milvus.db'}"


@pytest.fixture(scope="module", params=BACKENDS)
def built(request, tmp_path_factory):
    where = tmp_path_factory.mktemp(request.param)
    jx, _ = api.build(SAMPLES[:4], where / "store", index=spec_for(request.param, where))
    return request.param, jx


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    jx, _ = api.build(SAMPLES[:4], tmp_path_factory.mktemp("reference") / "store")
    return jx


def test_the_backend_is_recorded_and_used_without_the_option(built):
    kind, jx = built
    assert jx.store.backend_spec.startswith(kind)
    again = api.open_store(jx.root)
    assert again.stats()["backend"] == jx.store.backend_spec
    assert again.search("考生满意度", k=3).hits[0].text == "考生满意度"


def test_every_filter_restricts_every_hit(built):
    _, jx = built
    records = jx.store.records()
    year = Counter(p.year for p in records if p.year).most_common(1)[0][0]
    hits = jx.search("满意度", k=20, year=year).hits
    assert hits and all(u.year == year for h in hits for u in h.uses)
    hits = jx.search("满意度", k=20, level1="满意度").hits
    assert hits and all(u.level1 == "满意度指标" for h in hits for u in h.uses)
    hits = jx.search("考试", k=10, level2="时效").hits
    assert len(hits) >= 5 and all(u.level2 == "时效指标" for h in hits for u in h.uses)
    hits = jx.search("考试", k=20, unit="天津").hits
    assert hits and all("天津" in (u.unit or "") for h in hits for u in h.uses)
    projects = jx.search("考试", type="project", k=20, year=year).hits
    assert projects and all(h.year == year for h in projects)
    with pytest.raises(JixiaoError, match="1999"):
        jx.search("满意度", k=5, year=1999)


def test_answers_agree_with_the_local_backend(built, reference):
    # The criterion: top-5 overlap >= 0.9 on every query of the project's eval. Fusion
    # reads the same evidence for every backend (term statistics and the vocabulary for typing
    # slips are the engine's own when the postings live in Milvus), so nothing may drift.
    _, jx = built
    low = []
    for q in QUERIES:
        for kind in ("indicator", "project"):
            a = [h.id for h in reference.search(q, type=kind, k=5).hits]
            b = [h.id for h in jx.search(q, type=kind, k=5).hits]
            overlap = len(set(a) & set(b)) / max(1, len(a))
            if overlap < 0.9 or a[:1] != b[:1]:
                low.append((q, kind, overlap))
    assert not low, low
    a = reference.similar(reference.projects()[0].id, 5)
    b = jx.similar(reference.projects()[0].id, 5)
    assert [r.id for r in a] == [r.id for r in b]
    assert [s.id for s in reference.suggest("组织卫生专业技术资格考试").indicators] == [
        s.id for s in jx.suggest("组织卫生专业技术资格考试").indicators]


def test_add_and_remove_through_the_backend(built, tmp_path):
    kind, jx = built
    store = tmp_path / "store"
    shutil.copytree(jx.root, store)
    if kind == "milvus":  # a private copy of the database too, recorded under its new path
        shutil.copytree(Path(jx.store.backend_spec[len("milvus:"):]), tmp_path / "milvus.db")
        _retarget(store, f"milvus:{tmp_path / 'milvus.db'}")
    wanted = {p.name for p in api.parse([SAMPLES[4]])[0].projects}
    added, _ = api.add([SAMPLES[4]], store)
    found = {h.text for h in added.search(" ".join(sorted(wanted)), type="project", k=10).hits}
    assert found & wanted
    gone = {p.id: p.name for p in added.projects() if p.source_file == SAMPLES[0].name}
    removed, _ = api.remove([SAMPLES[0].name], store)
    assert gone and not set(gone) & {p.id for p in removed.projects()}
    found = {h.id for name in gone.values() for h in removed.search(name, type="project", k=5).hits}
    assert found and not found & set(gone)
    assert removed.search("考生满意度", k=3).hits


def _retarget(store: Path, spec: str) -> None:
    """Point a copied store at its copied Milvus database (the manifest is sealed: reseal)."""
    from jixiao.files import seal
    from jixiao.store import open_store

    s = open_store(store)
    manifest = dict(s.manifest)
    manifest["index"] = {**manifest["index"], "backend": spec}
    s.close()
    (s.generation / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), "utf-8")
    seal(s.generation, ["manifest.json", "live.npz", "resolution.json"])


@pytest.mark.parametrize("kind", BACKENDS)
def test_the_interface_contract(kind, tmp_path):
    """build / add / remove / search on the interface itself, with random vectors."""
    rng = np.random.default_rng(7)
    dim = 16
    texts = ["考生满意度", "考点满意度", "培训次数", "系统故障率", "资金到位率", "档案完成率"]

    def items(ids: list[int]) -> dict[str, Items]:
        n = len(ids)
        vecs = {f: rng.normal(size=(n, dim)).astype(np.float32) for f in ("vector", "name_vector")}
        for v in vecs.values():
            v /= np.linalg.norm(v, axis=1, keepdims=True)
        return {c: Items(np.asarray(ids, np.int64), {f: vecs[f] for f in fields},
                         [texts[i % len(texts)] for i in ids]) for c, fields in COLLECTIONS.items()}

    from jixiao.files import SealedDir, seal

    backend = open_backend(spec_for(kind, tmp_path), "contract")
    first, second = tmp_path / "seg1", tmp_path / "seg2"
    first.mkdir()
    second.mkdir()
    one = items([0, 1, 2, 3])
    backend.build(first, one, dim)
    seal(first)
    two = items([4, 5])
    backend.add(second, two, dim)
    seal(second)
    backend.remove({"concepts": np.array([1]), "projects": np.array([1])})
    live = {c: np.array([True, False, True, True, True, True]) for c in COLLECTIONS}
    reader = backend.open([SealedDir(first, "x"), SealedDir(second, "x")], live)
    q = one["concepts"].vectors["vector"][2]
    scores, ids = reader.search_dense("concepts", "vector", q, 3)
    assert ids[0] == 2 and np.isclose(scores[0], 1.0, atol=1e-4) and 1 not in ids
    allowed = np.array([False, False, False, True, True, False])
    _, ids = reader.search_dense("concepts", "vector", q, 3, allowed)
    assert set(ids) <= {3, 4} and len(ids) == 2
    assert np.allclose(reader.vectors("concepts", "vector", np.array([4])),
                       two["concepts"].vectors["vector"][:1], atol=1e-5)
    assert np.allclose(reader.dense_scores("concepts", "vector", q, np.array([2, 5])),
                       [1.0, float(two["concepts"].vectors["vector"][1] @ q)], atol=1e-4)
    scores, ids = reader.search_lexical("concepts", "考生满意吗", 5)
    assert ids[0] == 0 and 1 not in ids  # 考生满意度; 考点满意度 (id 1) was removed
    got = reader.lexical_scores("concepts", "考生满意吗", ids)
    assert np.allclose(got, scores, rtol=1e-4)
    assert reader.lexical_max("concepts", "考生满意吗") >= scores[0] - 1e-4
    _, ids = reader.search_lexical("concepts", "满意", 5, allowed)
    assert set(ids) <= {3, 4}


def test_an_unreachable_or_missing_milvus_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("JIXIAO_MILVUS_TIMEOUT", "2")
    port = free_port()
    with pytest.raises(JixiaoError, match=rf"cannot open Milvus at http://127.0.0.1:{port}"):
        api.build(SAMPLES[:1], tmp_path / "s", index=f"milvus://127.0.0.1:{port}")
    with pytest.raises(JixiaoError, match="folder .* does not exist"):
        api.build(SAMPLES[:1], tmp_path / "t", index=f"milvus:{tmp_path}/nowhere/x.db")
    jx, _ = api.build(SAMPLES[:1], tmp_path / "u", index=f"milvus:{tmp_path}/u.db")
    shutil.rmtree(tmp_path / "u.db")
    with pytest.raises(JixiaoError, match="does not exist .*jixiao build"):
        api.open_store(tmp_path / "u").search("满意度")
    with pytest.raises(JixiaoError, match="unknown --index"):
        parse_spec("elastic://x")


@pytest.mark.parametrize("dense", ["sq8", "ivfpq"])
def test_the_lean_dense_options_rerank_from_checked_float_rows(dense, tmp_path):
    """``--dense sq8`` / ``ivfpq``: compressed codes in faiss, exact re-rank from the float32
    rows on disk (read row by row, not mapped whole); the rows are checked on load like every
    file."""
    from jixiao.files import SealedDir, seal
    from jixiao.search.backends.local import LocalBackend

    rng = np.random.default_rng(11)
    n, dim = 3000, 32
    centres = rng.normal(size=(60, dim))  # wordings come in families, as embeddings do

    def near_centres(count: int) -> np.ndarray:
        v = centres[rng.integers(0, len(centres), count)] + 0.5 * rng.normal(size=(count, dim))
        return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)

    vecs = {f: near_centres(n) for f in ("vector", "name_vector")}
    ids = np.arange(n, dtype=np.int64)
    items = {c: Items(ids, {f: vecs[f] for f in fields}, ["考生满意度"] * n)
             for c, fields in COLLECTIONS.items()}
    segment = tmp_path / "seg"
    segment.mkdir()
    files = LocalBackend(dense, large=1).build(segment, items, dim)
    assert "concepts.vector.f32" in files
    seal(segment)
    live = {c: np.ones(n, bool) for c in COLLECTIONS}
    reader = LocalBackend(dense, large=1).open([SealedDir(segment, "rebuild it")], live)
    assert reader.describe("concepts", "vector")["kind"] == dense
    queries = near_centres(20)
    recall = []
    for q in queries:
        exact = np.argsort(-(vecs["vector"] @ q))[:10]
        scores, found = reader.search_dense("concepts", "vector", q, 10)
        recall.append(len(set(found.tolist()) & set(exact.tolist())) / 10)
        assert np.allclose(scores, vecs["vector"][found] @ q, atol=1e-5)  # exact, re-ranked
    assert np.mean(recall) >= 0.95
    picked = np.array([2999, 5, 6, 7, 5, 1200])
    assert np.array_equal(reader.vectors("concepts", "vector", picked), vecs["vector"][picked])
    allowed = np.zeros(n, bool)
    allowed[::7] = True
    _, found = reader.search_dense("concepts", "vector", queries[0], 10, allowed)
    exact = np.flatnonzero(allowed)[np.argsort(-(vecs["vector"][allowed] @ queries[0]))[:10]]
    assert list(found) == list(exact)

    raw = segment / "concepts.vector.f32"
    data = bytearray(raw.read_bytes())
    data[4 * dim * 17 + 3] ^= 0x10
    raw.write_bytes(bytes(data))
    with pytest.raises(JixiaoError, match=r"concepts\.vector\.f32 is damaged.*rebuild it"):
        LocalBackend(dense, large=1).open([SealedDir(segment, "rebuild it")], live)
