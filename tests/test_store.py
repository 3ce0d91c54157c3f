"""The store: builds, incremental adds/replaces/removes equal to rebuilds, document identity,
damage detection, and the build/add/remove/list/export CLI."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil

import numpy as np
import pyoxigraph
import pytest
from rdflib.namespace import RDF

from jixiao import api
from jixiao.cli import main
from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import rdf
from jixiao.kg.graph import build_graph
from jixiao.kg.ontology import JX
from jixiao.store import (
    CURRENT,
    add_documents,
    build_store,
    compact_store,
    default_store_dir,
    merge_plan,
    open_store,
    remove_documents,
    samples_dir,
)
from jixiao.store.context import StoreContext

SAMPLES = sorted(samples_dir().glob("*.txt"))
UNREADABLE = "这不是一张绩效表\n只是两行字\n"


def generations(store):
    return sorted(d.name for d in (store / "generations").iterdir())


SCORE_TOLERANCE = 1e-6  # segment-wise and one-segment float sums differ in the last bits


class Score(float):
    """A score that equals another within SCORE_TOLERANCE, so answers compare as a user sees them."""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, float) and abs(self - other) <= SCORE_TOLERANCE

    __hash__ = float.__hash__


def answers(jx, queries=("考生满意度", "培训次数", "资金到位", "系统故障")):
    out = []
    for q in queries:
        for kind in ("indicator", "project"):
            out.append([(h.id, Score(h.score)) for h in jx.search(q, type=kind, k=8).hits])
    return out


def same_graph(a, b):
    assert dict(a.nodes(data=True)) == dict(b.nodes(data=True))
    assert sorted(map(str, a.edges(keys=True, data=True))) == sorted(
        map(str, b.edges(keys=True, data=True)))


def test_build_keeps_what_the_reader_read(tmp_path, kg_sample_records):
    result = build_store(SAMPLES, tmp_path / "s")
    store = open_store(tmp_path / "s")
    assert [d["name"] for d in store.documents] == [p.name for p in SAMPLES]
    assert all(d["sha256"] and d["records"] for d in store.documents)

    def comparable(p):
        data = p.to_json()
        data["source"]["file"] = os.path.basename(data["source"]["file"])
        return data

    assert [comparable(p) for p in store.records()] == [comparable(p) for p in kg_sample_records]
    g = store.graph()
    same_graph(g, build_graph(store.records()))
    counts = store.manifest["counts"]
    assert counts == {t: len(kgg.nodes_of_type(g, t)) for t in kgg.NODE_TYPES}
    assert counts["Indicator"] == sum(len(p.indicators) for p in kg_sample_records)
    assert store.manifest["format_version"] == 2
    assert result.read == len(SAMPLES) and result.reused == 0


def test_rebuild_gives_identical_iris_and_rereads_nothing(tmp_path):
    first = build_store(SAMPLES, tmp_path / "s").store
    nodes, edges = set(first.graph().nodes), set(first.graph().edges(keys=True))
    triples = rdf.export(first.graph(), "nt")
    # With no documents named, a build rebuilds the store's own documents.
    again = build_store(None, tmp_path / "s")
    assert again.read == 0 and again.reused == len(SAMPLES)
    assert again.store.generation != first.generation
    g = open_store(tmp_path / "s").graph()
    assert set(g.nodes) == nodes and set(g.edges(keys=True)) == edges
    assert sorted(rdf.export(g, "nt").splitlines()) == sorted(triples.splitlines())


def test_incremental_writes_answer_exactly_like_a_rebuild(tmp_path):
    inc = tmp_path / "inc"
    build_store(SAMPLES[:2], inc)
    records_before = {p: p.stat().st_mtime_ns for p in (inc / "records").glob("*.json")}
    added = add_documents(SAMPLES[2:4], inc)
    assert [(f.name, f.action) for f in added.files] == [(p.name, "added") for p in SAMPLES[2:4]]
    assert added.read == 2  # only the new documents were read
    for path, mtime in records_before.items():  # the others' records were not rewritten
        assert path.stat().st_mtime_ns == mtime
    add_documents([SAMPLES[4]], inc)
    remove_documents([SAMPLES[1].name], inc)
    add_documents([SAMPLES[1]], inc)
    store = open_store(inc)
    assert len(store.manifest["segments"]) == 5  # nothing was rebuilt
    full = tmp_path / "full"
    build_store(SAMPLES, full)
    ref = open_store(full)
    same_graph(store.graph(), ref.graph())
    a, b = store.corpus(), ref.corpus()
    assert a.concept_keys == b.concept_keys and a.concept_texts == b.concept_texts
    assert np.array_equal(a.row_digest, b.row_digest)
    assert [p.to_json() for p in a.projects] == [p.to_json() for p in b.projects]
    assert store.manifest["counts"] == ref.manifest["counts"]
    assert answers(api.open_store(inc)) == answers(api.open_store(full))
    # Each document's idf mass (lexical precision): derived over five segments with deletions,
    # read as saved from the rebuild's one segment.
    for name in ("concept_lexical", "project_lexical"):
        views = [getattr(s.search_index(), name) for s in (store, ref)]
        rows = np.arange(views[0].n_docs)
        got, want = (v.term_stats().doc_mass(rows) for v in views)
        assert want.min() > 0 and np.allclose(got, want, rtol=1e-6)
    # Merging the segments changes nothing either.
    assert compact_store(inc, force=True) is not None
    merged = open_store(inc)
    assert len(merged.manifest["segments"]) == 1
    same_graph(merged.graph(), ref.graph())
    assert answers(api.open_store(inc)) == answers(api.open_store(full))


def corpus_columns(corpus):
    """Every stored column of a corpus, comparable (arrays with their dtype)."""
    out = {}
    for f in dataclasses.fields(corpus):
        if f.name.startswith("_") or f.name in ("concept_rows", "project_rows"):
            continue  # derived from the columns
        value = getattr(corpus, f.name)
        if f.name == "projects":
            value = [p.to_json() for p in value]
        elif isinstance(value, np.ndarray):
            value = (value.dtype.str, value.tolist())
        else:
            value = list(value)
        out[f.name] = value
    return out


def test_a_writing_process_assembles_what_a_fresh_one_does(tmp_path):
    """A long-lived writer (the server) keeps its loaded parts, and their string indexes, from
    write to write: each generation's corpus it assembles is the one a fresh process assembles,
    column for column (string codes included), and answers alike."""
    store = tmp_path / "s"
    context = StoreContext()
    build_store(SAMPLES[:2], store, context=context)
    writes = [
        lambda: add_documents([SAMPLES[2]], store, context=context),
        # The same content as a stored document: ordinals counted over the stored projects.
        lambda: add_documents([SAMPLES[1]], store, as_name="0-copy.txt", context=context),
        lambda: add_documents([SAMPLES[3]], store, as_name=SAMPLES[2].name, context=context),
        lambda: remove_documents([SAMPLES[0].name], store, context=context),
        lambda: add_documents([SAMPLES[4]], store, context=context),
    ]
    for write in writes:
        write()
        held = open_store(store).corpus(context.parts)
        assert corpus_columns(held) == corpus_columns(open_store(store).corpus())
        keys = list(held.concept_keys)
        assert [held.concept_of_key(k) for k in keys] == list(range(len(keys)))
        assert held.concept_of_key("no such wording") is None
    assert len(open_store(store).manifest["segments"]) == 6
    jx = api.Jixiao(open_store(store), context=context).load()
    assert answers(jx) == answers(api.open_store(store))


def test_a_concept_follows_the_wording_most_rows_print(tmp_path):
    store = tmp_path / "s"
    text = SAMPLES[0].read_text("utf-8")
    wording = "编制人员工资发放准确率"  # printed once in this document
    assert text.count(wording) == 1
    # The same concept (keys fold case), printed two ways.
    upper, lower = tmp_path / "upper.txt", tmp_path / "lower.txt"
    upper.write_text(text.replace(wording, "OA" + wording), "utf-8")
    lower.write_text(text.replace(wording, "oa" + wording), "utf-8")

    def shown() -> str:
        corpus = open_store(store).corpus()
        return corpus.concept_texts[corpus.concept_keys.index("oa" + wording)]

    build_store([upper], store)
    assert shown() == "OA" + wording
    add_documents([lower], store, as_name="v1.txt")
    assert shown() == "OA" + wording  # a tie goes to the wording read first
    add_documents([lower], store, as_name="v2.txt")
    assert shown() == "oa" + wording  # two rows print it now
    jx = api.open_store(store)
    assert jx.search("oa" + wording, k=1).hits[0].text == "oa" + wording
    remove_documents(["v1.txt", "v2.txt"], store)
    assert shown() == "OA" + wording


def test_document_identity_is_name_and_folder(tmp_path):
    store = tmp_path / "s"
    build_store(SAMPLES[:2], store)
    other = tmp_path / "other"
    other.mkdir()
    twin = other / SAMPLES[0].name  # same name, another folder: another document
    twin.write_text(SAMPLES[2].read_text("utf-8"), "utf-8")
    result = add_documents([twin], store)
    stem, suffix = SAMPLES[0].stem, SAMPLES[0].suffix
    assert result.files[0].name == f"{stem} (other){suffix}" and result.files[0].action == "added"
    assert len(open_store(store).documents) == 3
    # The same file again (edited) replaces that document, and only it.
    twin.write_text(SAMPLES[3].read_text("utf-8"), "utf-8")
    result = add_documents([twin], store)
    assert result.files[0].action == "replaced"
    docs = open_store(store).documents
    assert len(docs) == 3 and {d["name"] for d in docs} == {
        SAMPLES[0].name, SAMPLES[1].name, f"{stem} (other){suffix}"}
    # Unchanged content is a no-op; --as names (and replaces) a document explicitly.
    assert add_documents([twin], store).changed is False
    result = add_documents([twin], store, as_name=SAMPLES[1].name)
    assert result.files[0].action == "replaced"
    assert {p.source.file for p in open_store(store).records()} == {
        SAMPLES[0].name, SAMPLES[1].name, f"{stem} (other){suffix}"}


def test_an_unreadable_replacement_keeps_the_stored_document(tmp_path, capsys):
    store = tmp_path / "s"
    build_store(SAMPLES, store)
    before = open_store(store)
    projects = len(before.records())
    broken = tmp_path / "broken"
    broken.mkdir()
    bad = broken / SAMPLES[0].name
    bad.write_text(UNREADABLE, "utf-8")
    result = add_documents([bad], store, as_name=SAMPLES[0].name)
    assert result.changed is False and result.files[0].action == "kept"
    assert "stored version is kept" in "\n".join(result.errors)
    after = open_store(store)
    assert after.generation == before.generation and len(after.records()) == projects
    # Through the CLI: exit 1, the message says so, nothing is lost.
    code = main(["add", str(bad), "--as", SAMPLES[0].name, "--store", str(store), "-q"])
    err = capsys.readouterr().err
    assert code == 1 and "保留库中原有版本" in err
    assert len(open_store(store).records()) == projects


def test_remove_and_list(tmp_path, capsys):
    store = tmp_path / "s"
    build_store(SAMPLES, store)
    with pytest.raises(JixiaoError, match="did you mean"):
        remove_documents([SAMPLES[0].name[:-1]], store)
    with pytest.raises(JixiaoError, match="empty"):
        remove_documents([p.name for p in SAMPLES], store)
    assert main(["remove", SAMPLES[0].name, "--store", str(store), "-q"]) == 0
    assert main(["list", "--store", str(store), "--json"]) == 0
    listed = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [d["name"] for d in listed] == [p.name for p in SAMPLES[1:]]
    assert all(d["projects"] > 0 and d["origin"] for d in listed)
    jx = api.open_store(store)
    assert {p.source_file for p in jx.projects()} == {p.name for p in SAMPLES[1:]}
    assert SAMPLES[0].name not in {u.file for h in jx.search("考试", k=30).hits for u in h.uses}


def test_segments_are_merged_when_they_get_many(tmp_path):
    store = tmp_path / "s"
    build_store(SAMPLES[:1], store)
    doc = SAMPLES[1]
    for i in range(10):
        add_documents([doc], store, as_name=f"copy{i}.txt")
    s = open_store(store)
    assert merge_plan(s) is not None
    before = answers(api.open_store(store))
    assert len(s.manifest["segments"]) == 11
    assert compact_store(store) is not None
    merged = open_store(store)
    assert len(merged.manifest["segments"]) == 2 and merge_plan(merged) is None  # base + the rest
    assert answers(api.open_store(store)) == before


def test_flipped_bytes_in_any_file_are_reported(tmp_path):
    store = tmp_path / "s"
    build_store(SAMPLES[:2], store)
    s = open_store(store)
    targets = [s.generation / n for n in json.loads((s.generation / "CHECKSUMS.json").read_text())]
    for seg in s.segments:
        targets += [seg.directory / n for n in json.loads((seg.directory / "CHECKSUMS.json").read_text())]
    s.close()
    assert len(targets) >= 14
    for path in targets:
        saved = path.read_bytes()
        data = bytearray(saved)
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
        try:
            with pytest.raises(JixiaoError) as info:
                opened = open_store(store)
                opened.search_index()
                opened.graph()
            assert path.name in str(info.value) and "jixiao build" in str(info.value), path
        finally:
            path.write_bytes(saved)
    open_store(store).search_index()  # intact again


def test_missing_or_corrupt_store_is_a_clear_error(tmp_path):
    with pytest.raises(JixiaoError, match="no store at"):
        open_store(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(JixiaoError, match="not a jixiao store"):
        open_store(tmp_path / "empty")
    store_dir = tmp_path / "s"
    build_store(SAMPLES[:1], store_dir)
    (store_dir / CURRENT).write_bytes(b"\x89\xff\x00garbage")
    with pytest.raises(JixiaoError, match="damaged.*jixiao build"):
        open_store(store_dir)
    assert main(["export", "--store", str(store_dir)]) == 2
    # `jixiao build` is the repair: it rebuilds from the documents the store keeps.
    (store_dir / CURRENT).write_text(generations(store_dir)[-1] + "\n")
    store = open_store(store_dir)
    store.close()
    (store.segments[0].directory / "graph.json").write_text("[]")
    with pytest.raises(JixiaoError, match="graph.json"):
        open_store(store_dir).graph()
    build_store(None, store_dir)
    assert open_store(store_dir).graph().number_of_nodes()
    with pytest.raises(JixiaoError, match="nothing could be read"):
        junk = tmp_path / "junk.txt"
        junk.write_text(UNREADABLE, "utf-8")
        build_store([junk, tmp_path / "missing.txt"], tmp_path / "t")
    assert not (tmp_path / "t" / CURRENT).exists()


def test_per_file_errors_do_not_stop_the_build(tmp_path, capsys):
    junk = tmp_path / "junk.txt"
    junk.write_text(UNREADABLE, "utf-8")
    missing = tmp_path / "missing.txt"
    result = build_store([SAMPLES[0], junk, missing], tmp_path / "s")
    errors = "\n".join(result.errors)
    assert "junk.txt" in errors and "missing.txt" in errors
    store = open_store(tmp_path / "s")
    assert [d["name"] for d in store.documents] == [SAMPLES[0].name]
    assert main(["build", "-q", "--store", str(tmp_path / "u"), str(SAMPLES[0]), str(junk)]) == 0
    err = capsys.readouterr().err
    assert "junk.txt" in err and "：1 个文档（" in err


def test_an_old_generation_in_use_is_kept_until_released(tmp_path):
    store_dir = tmp_path / "s"
    build_store(SAMPLES[:1], store_dir)
    held = open_store(store_dir)
    for i, doc in enumerate(SAMPLES[1:4]):
        add_documents([doc], store_dir)
        assert held.generation.is_dir(), i
    # Still fully usable: its segments and records were kept for it.
    assert held.graph().number_of_nodes() and held.search_index().corpus.projects
    name = held.generation
    held.close()
    add_documents([SAMPLES[4]], store_dir)
    assert not name.exists()
    assert len(generations(store_dir)) == 2


def test_adding_with_another_encoder_is_refused(tmp_path):
    store_dir = tmp_path / "s"
    build_store(SAMPLES[:1], store_dir, encoder="use-m3")
    with pytest.raises(JixiaoError, match="encoder"):
        add_documents(SAMPLES[1:2], store_dir, encoder=f"st:{tmp_path}")


def test_default_store_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("JIXIAO_STORE", str(tmp_path / "a"))
    assert default_store_dir() == tmp_path / "a"
    monkeypatch.delenv("JIXIAO_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_dir() == tmp_path / "xdg" / "jixiao" / "store"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store_dir() == tmp_path / "home" / ".local" / "share" / "jixiao" / "store"


def test_cli_build_then_export_and_add(tmp_path, capsys, monkeypatch):
    store_dir = tmp_path / "store"
    monkeypatch.setenv("JIXIAO_STORE", str(store_dir))
    # No paths and no store yet: the bundled samples.
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert "读取" in err and f"{len(SAMPLES)} 个文档" in err
    store = open_store()
    assert store.encoder == "use-m3" and store.backend_spec == "local"
    assert store.embedding_cache_dir.is_dir()

    out = tmp_path / "kg.ttl"
    assert main(["export", "--format", "turtle", "-o", str(out)]) == 0
    g = rdf.parse(out.read_text("utf-8"), "turtle")
    assert len(set(g.subjects(RDF.type, JX.Project))) == store.manifest["counts"]["Project"]
    ox = pyoxigraph.Store()
    ox.load(path=str(out), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(ox) == len(g)
    pid = kgg.nodes_of_type(store.graph(), "Project")[0]
    capsys.readouterr()
    assert main(["export", "--store", str(store_dir), "-f", "json-ld", "--project", pid]) == 0
    part = rdf.parse(capsys.readouterr().out, "json-ld")
    assert len(set(part.subjects(RDF.type, JX.Project))) == 1

    assert main(["export", "--project", "project/00000000000000000000"]) == 2
    assert "库中没有 project/00000000000000000000" in capsys.readouterr().err

    extra = tmp_path / "extra.txt"
    shutil.copyfile(SAMPLES[0], extra)
    assert main(["add", str(extra), "--store", str(store_dir)]) == 0
    err = capsys.readouterr().err
    assert "已加入 extra.txt" in err and "读取 1 个" in err
    assert len(open_store().documents) == len(SAMPLES) + 1


def test_corpus_tables_round_trip_in_both_layouts():
    from jixiao.search.corpus import decode_tables, encode_tables

    tables = {
        "projects": [{"slot": 0, "name": "甲项目", "unit": None, "year": 2024, "funds": 1.5},
                     {"slot": 1, "name": "", "unit": "乙单位", "year": None, "funds": None}],
        "keys": ["考生满意度", "", "培训次数"], "targets": [],
    }
    binary = encode_tables(tables)
    assert not binary.startswith(b"{") and decode_tables(binary) == tables
    # A string the binary layout cannot hold is written (and read back) as JSON.
    odd = {**tables, "keys": ["a\x00b"]}
    assert encode_tables(odd).startswith(b"{") and decode_tables(encode_tables(odd)) == odd
    assert decode_tables(encode_tables({"projects": []})) == {"projects": []}


def test_a_store_written_before_the_binary_tables_still_answers(tmp_path):
    import io

    import orjson

    from jixiao.files import seal
    from jixiao.search.corpus import CorpusPart, decode_tables

    store = tmp_path / "s"
    build_store(SAMPLES[:3], store)
    add_documents(SAMPLES[3:4], store)
    before = answers(api.open_store(store))
    s = open_store(store)
    for seg in s.segments:  # rewrite every segment as the previous version wrote it
        d = seg.directory
        tables = decode_tables((d / CorpusPart.TABLES).read_bytes())
        # (the stated projects decode as columns: written out as the dicts JSON held)
        (d / CorpusPart.LEGACY_TABLES).write_bytes(
            orjson.dumps({k: list(v) for k, v in tables.items()}))
        (d / CorpusPart.TABLES).unlink()
        for lex in d.glob("*.lex.npz"):
            with np.load(lex) as z:
                arrays = {k: z[k] for k in z.files if k != "mass"}
            buf = io.BytesIO()
            np.savez(buf, **arrays)
            lex.write_bytes(buf.getvalue())
        (d / "CHECKSUMS.json").unlink()
        seal(d)
    s.close()
    assert not list(store.glob("segments/*/corpus.tables"))
    assert answers(api.open_store(store)) == before


def test_generation_names_made_within_one_second_sort_in_the_order_they_were_made():
    # The cleaner keeps the newest generations by name: a random suffix alone would order
    # the writes of one second by chance (and delete the wrong one).
    from jixiao.store.layout import new_name

    names = [new_name("") for _ in range(50)]
    assert names == sorted(names) and len(set(names)) == 50
