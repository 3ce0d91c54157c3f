"""The store: builds, incremental adds, atomic generations, errors, and the build/export CLI."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
import textwrap

import pyoxigraph
import pytest
from rdflib.namespace import RDF

from jixiao.cli import main
from jixiao.errors import JixiaoError
from jixiao.kg import graph as kgg
from jixiao.kg import rdf
from jixiao.kg.ontology import JX
from jixiao.store import (
    CURRENT,
    add_to_store,
    build_store,
    default_store_dir,
    open_store,
    samples_dir,
)

SAMPLES = sorted(samples_dir().glob("*.txt"))


def build(store, paths=None, **kw):
    kw.setdefault("with_index", False)  # search indexes are exercised by the CLI test
    return build_store(paths or SAMPLES, store, **kw)


def generations(store):
    return sorted(d.name for d in (store / "generations").iterdir())


def test_build_keeps_what_the_reader_read(tmp_path, kg_sample_records):
    result = build(tmp_path / "s")
    store = open_store(tmp_path / "s")
    assert len(store.files) == len(SAMPLES)
    assert all(f["sha256"] and f["records"] for f in store.files)
    def comparable(p):
        data = p.to_json()
        data["source"]["file"] = os.path.basename(data["source"]["file"])
        return data

    assert [comparable(p) for p in store.records()] == [comparable(p) for p in kg_sample_records]
    g = store.graph()
    counts = store.manifest["counts"]
    assert counts["Project"] == len(kg_sample_records) == len(kgg.nodes_of_type(g, "Project"))
    assert counts["Indicator"] == sum(len(p.indicators) for p in kg_sample_records)
    assert store.manifest["format_version"] == 1
    assert result.read == len(SAMPLES) and result.reused == 0


def test_rebuild_gives_identical_iris_and_rereads_nothing(tmp_path):
    first = build(tmp_path / "s").store
    nodes, edges = set(first.graph().nodes), set(first.graph().edges(keys=True))
    ttl = rdf.export(first.graph(), "nt")
    again = build(tmp_path / "s")
    assert again.read == 0 and again.reused == len(SAMPLES)
    assert again.store.generation != first.generation
    g = open_store(tmp_path / "s").graph()
    assert set(g.nodes) == nodes and set(g.edges(keys=True)) == edges
    assert sorted(rdf.export(g, "nt").splitlines()) == sorted(ttl.splitlines())


def test_add_reads_only_the_new_document(tmp_path):
    store_dir = tmp_path / "s"
    base = build(store_dir, SAMPLES[:-1]).store
    old_records = {p: p.stat().st_mtime_ns for p in (store_dir / "records").glob("*.json")}
    old_nodes = set(base.graph().nodes)
    result = add_to_store([SAMPLES[-1]], store_dir, with_index=False)
    assert result.read == 1
    assert [f.name for f in result.files] == [SAMPLES[-1].name]
    store = open_store(store_dir)
    assert [f["name"] for f in store.files] == [p.name for p in SAMPLES]
    # The other documents' records were neither re-read nor rewritten, and keep their IRIs.
    for path, mtime in old_records.items():
        assert path.stat().st_mtime_ns == mtime
    assert old_nodes < set(store.graph().nodes)
    full = build(tmp_path / "full").store
    assert set(full.graph().nodes) == set(store.graph().nodes)


def test_add_replaces_a_document_of_the_same_name(tmp_path):
    store_dir = tmp_path / "s"
    build(store_dir)
    changed = tmp_path / SAMPLES[0].name
    changed.write_text(SAMPLES[1].read_text("utf-8"), "utf-8")
    add_to_store([changed], store_dir, with_index=False)
    store = open_store(store_dir)
    assert len(store.files) == len(SAMPLES)
    names = {p.source.file for p in store.records()}
    assert SAMPLES[0].name in names


class Boom(Exception):
    pass


@pytest.mark.parametrize("stage", ["reading", "graph", "saving"])
def test_interrupted_build_leaves_the_old_store_usable(tmp_path, stage):
    store_dir = tmp_path / "s"
    before = build(store_dir, SAMPLES[:2]).store

    def progress(name, done, total):
        if name.startswith(stage):
            raise Boom(name)

    with pytest.raises(Boom):
        build(store_dir, SAMPLES, progress=progress)
    store = open_store(store_dir)
    assert store.generation == before.generation
    assert len(store.records()) == len(before.records())
    assert set(store.graph().nodes) == set(before.graph().nodes)
    assert not [d for d in generations(store_dir) if d.endswith(".partial")]
    assert len(build(store_dir).store.files) == len(SAMPLES)


def test_killed_build_leaves_the_old_store_usable(tmp_path):
    store_dir = tmp_path / "s"
    before = build(store_dir, SAMPLES[:2]).store
    # The child dies without any cleanup (like kill -9) once it is writing the new generation.
    code = textwrap.dedent(f"""
        import os
        from jixiao.store import build_store
        def progress(stage, done, total):
            if stage == "saving":
                os._exit(9)
        build_store(None, {str(store_dir)!r}, progress=progress, with_index=False)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 9, proc.stderr
    assert [d for d in generations(store_dir) if d.endswith(".partial")]
    store = open_store(store_dir)
    assert store.generation == before.generation
    assert len(store.records()) == len(before.records())
    store.graph()
    # The next build removes the leftovers.
    build(store_dir)
    assert not [d for d in generations(store_dir) if d.endswith(".partial")]


def test_old_generations_and_unused_records_are_cleaned(tmp_path):
    store_dir = tmp_path / "s"
    for paths in (SAMPLES[:1], SAMPLES[1:2], SAMPLES[2:3]):
        build(store_dir, paths)
    assert len(generations(store_dir)) == 2
    live = open_store(store_dir)
    previous = [d for d in generations(store_dir) if d != live.generation.name][0]
    kept_manifest = json.loads((store_dir / "generations" / previous / "manifest.json").read_text())
    used = {f["records"] for f in live.files} | {f["records"] for f in kept_manifest["files"]}
    assert {p.stem for p in (store_dir / "records").glob("*.json")} == used


def test_missing_or_corrupt_store_is_a_clear_error(tmp_path):
    with pytest.raises(JixiaoError, match="no store at"):
        open_store(tmp_path / "nowhere")
    (tmp_path / "empty").mkdir()
    with pytest.raises(JixiaoError, match="not a jixiao store"):
        open_store(tmp_path / "empty")
    store_dir = tmp_path / "s"
    store = build(store_dir, SAMPLES[:1]).store
    manifest = store.generation / "manifest.json"
    saved = manifest.read_text()
    manifest.write_text("{broken")
    with pytest.raises(JixiaoError, match="corrupt"):
        open_store(store_dir)
    manifest.write_text(json.dumps({**json.loads(saved), "format_version": 99}))
    with pytest.raises(JixiaoError, match="format 99"):
        open_store(store_dir)
    manifest.write_text(saved)
    (store.generation / "graph.json").write_text("[]")
    with pytest.raises(JixiaoError, match="graph"):
        open_store(store_dir).graph()
    shutil.rmtree(store.generation)
    with pytest.raises(JixiaoError, match="corrupt"):
        open_store(store_dir)
    assert main(["export", "--store", str(store_dir)]) == 2


def test_per_file_errors_do_not_stop_the_build(tmp_path, capsys):
    junk = tmp_path / "junk.txt"
    junk.write_text("这不是一张绩效表\n只是两行字\n", "utf-8")
    missing = tmp_path / "missing.txt"
    result = build(tmp_path / "s", [SAMPLES[0], junk, missing])
    errors = "\n".join(result.errors)
    assert "junk.txt" in errors and "missing.txt" in errors
    store = open_store(tmp_path / "s")
    assert store.records() and all(p.source.file == SAMPLES[0].name for p in store.records())
    assert [f["name"] for f in store.files] == [SAMPLES[0].name]
    for hopeless in ([missing], [junk, missing]):
        with pytest.raises(JixiaoError, match="nothing could be read"):
            build(tmp_path / "t", hopeless)
    assert not (tmp_path / "t" / CURRENT).exists()
    # Through the CLI: the errors are printed, the good file is still built.
    assert main(["build", "-q", "--store", str(tmp_path / "u"), str(SAMPLES[0]), str(junk)]) == 0
    err = capsys.readouterr().err
    assert "junk.txt" in err and "：1 个文档（" in err


def test_a_second_concurrent_build_is_refused(tmp_path):
    store_dir = tmp_path / "s"
    build(store_dir, SAMPLES[:1])
    with open(store_dir / "lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        with pytest.raises(JixiaoError, match="another build"):
            build(store_dir, SAMPLES[:1])
    assert (store_dir / CURRENT).is_file()


def test_adding_with_another_encoder_is_refused(tmp_path):
    store_dir = tmp_path / "s"
    build(store_dir, SAMPLES[:1], encoder="use-m3")
    with pytest.raises(JixiaoError, match="encoder"):
        add_to_store(SAMPLES[1:2], store_dir, encoder=f"st:{tmp_path}", with_index=False)


def test_default_store_dir(monkeypatch, tmp_path):
    monkeypatch.setenv("JIXIAO_STORE", str(tmp_path / "a"))
    assert default_store_dir() == tmp_path / "a"
    monkeypatch.delenv("JIXIAO_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_dir() == tmp_path / "xdg" / "jixiao" / "store"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_store_dir() == tmp_path / "home" / ".local" / "share" / "jixiao" / "store"


def test_cli_build_then_export(tmp_path, capsys, monkeypatch):
    store_dir = tmp_path / "store"
    monkeypatch.setenv("JIXIAO_STORE", str(store_dir))
    # No paths: the bundled samples, with search indexes and the real encoder.
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert "读取" in err and f"{len(SAMPLES)} 个文档" in err
    store = open_store()
    assert store.encoder and (store.index_dir / "meta.json").is_file()
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
    extra.write_text(SAMPLES[0].read_text("utf-8"), "utf-8")
    assert main(["add", str(extra), "--store", str(store_dir)]) == 0
    assert "读取 1 个" in capsys.readouterr().err
    assert len(open_store().files) == len(SAMPLES) + 1
    assert os.listdir(store_dir / "generations")
