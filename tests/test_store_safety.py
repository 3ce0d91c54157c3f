"""Writers that die, writers that overlap, and readers that keep answering while others write."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from jixiao import api
from jixiao.local_server import serving
from jixiao.store import add_documents, build_store, open_store, samples_dir
from jixiao.store.writer import StoreContext

SAMPLES = sorted(samples_dir().glob("*.txt"))
ROOT = Path(__file__).resolve().parents[1]

# Every point at which a write touches the disk (jixiao.store.writer), in order.
WRITE_POINTS = ["reading", "embedding", "index", "graph", "segment", "generation", "publish",
                "cleaning"]


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    """Two documents, built once; tests copy it."""
    root = tmp_path_factory.mktemp("small") / "store"
    build_store(SAMPLES[:2], root)
    return root


def one_form_documents(count: int) -> list[str]:
    """``count`` small documents: one form each, cut from the bundled documents (a few repeat,
    so identical records in different documents are exercised too)."""
    out = []
    for sample in SAMPLES:
        lines = sample.read_text("utf-8").split("\n")
        for project in api.parse([sample])[0].projects:
            out.append("\n".join(lines[project.source.first_line - 1:project.source.last_line]))
    return [out[i % len(out)] for i in range(count - 2)] + out[:2]


def copy_of(store: Path, tmp_path: Path) -> Path:
    target = tmp_path / "store"
    shutil.copytree(store, target)
    return target


@pytest.mark.parametrize("point", WRITE_POINTS)
def test_a_writer_killed_at_any_write_point_leaves_a_usable_store(small_store, tmp_path, point):
    store = copy_of(small_store, tmp_path)
    before = [d["name"] for d in open_store(store).documents]
    # The child adds a document and is killed (SIGKILL: no cleanup at all) at `point`.
    code = textwrap.dedent(f"""
        import os, signal
        from jixiao.store import add_documents
        def progress(stage, done, total):
            if stage.split(" ")[0] == {point!r}:
                os.kill(os.getpid(), signal.SIGKILL)
        add_documents([{str(SAMPLES[2])!r}], {str(store)!r}, progress=progress)
    """)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)
    assert proc.returncode == -9, proc.stderr
    s = open_store(store)
    names = [d["name"] for d in s.documents]
    # Before the switch the old generation is live; from the switch on, the new one.
    published = WRITE_POINTS.index(point) >= WRITE_POINTS.index("publish")
    assert names == (sorted([*before, SAMPLES[2].name]) if published else before)
    jx = api.open_store(store)
    assert jx.search("满意度", k=3).hits and s.graph().number_of_nodes()
    s.close()
    # The next write removes the leftovers and completes.
    add_documents([SAMPLES[3]], store)
    assert not [p for p in (store / "generations").iterdir() if p.name.endswith(".partial")]
    assert not [p for p in (store / "segments").iterdir() if p.name.endswith(".partial")]
    assert len(open_store(store).documents) == len(before) + 1 + published
    assert api.open_store(store).search("考试", k=3).hits


def test_twenty_concurrent_writers_all_land(small_store, tmp_path):
    store = copy_of(small_store, tmp_path)
    docs = tmp_path / "docs"
    docs.mkdir()
    files = []
    for i, text in enumerate(one_form_documents(20)):
        f = docs / f"doc{i:02d}.txt"
        f.write_text(text, "utf-8")
        files.append(f)
    context = StoreContext()  # shared encoder: as in one server process
    errors: list[BaseException] = []

    def add(f: Path) -> None:
        try:
            add_documents([f], store, context=context)
        except BaseException as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(f,)) for f in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors
    s = open_store(store)
    assert {f.name for f in files} <= {d["name"] for d in s.documents}
    ids = [p.id for p in s.corpus().projects]
    assert len(ids) == len(set(ids)) == sum(d["projects"] for d in s.documents)


def test_twenty_concurrent_uploads_all_land_in_one_server(small_store, tmp_path):
    from jixiao.ui.app import AppContext
    from jixiao.ui.app import add_documents as upload

    store = copy_of(small_store, tmp_path)
    ctx = AppContext.open(api.open_store(store))
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    files = []
    for i, text in enumerate(one_form_documents(20)):
        f = incoming / f"上传{i:02d}.txt"
        f.write_text(text, "utf-8")
        files.append(f)
    views = []
    threads = [threading.Thread(target=lambda f=f: views.append(upload(ctx, [str(f)])))
               for f in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert len(views) == 20
    assert all([r.added for r in v.reports] == [True] and not v.reports[0].errors for v in views)
    names = {d["name"] for d in ctx.jx.store.documents}
    assert {f.name for f in files} <= names
    assert ctx.jx.search("满意度", k=3).hits
    ctx.live.close()


def _search(url: str, query: str) -> dict:
    sys.path.insert(0, str(ROOT / "bench"))
    from ui_load import search_once

    return search_once(url, query, 60)


def test_a_running_server_sees_a_cli_add_and_keeps_answering(small_store, tmp_path):
    store = copy_of(small_store, tmp_path)
    added = SAMPLES[3]
    wanted = {p.name for p in api.parse([added])[0].projects}
    with serving(store, tmp_path / "serve.log") as url:
        before = _search(url, "考试")
        assert before["hits"] and not before.get("error")
        proc = subprocess.run([sys.executable, "-m", "jixiao", "add", str(added), "--store",
                               str(store), "-q"], capture_output=True, text=True, timeout=300,
                              cwd=ROOT)
        assert proc.returncode == 0, proc.stderr
        added_at = time.monotonic()
        seen = False
        while time.monotonic() - added_at < 30 and not seen:
            out = _search(url, " ".join(sorted(wanted))[:200])
            assert not out.get("error"), out
            seen = bool({h["text"] for h in out["hits"] if h["type"] == "project"} & wanted)
            time.sleep(0.5)
        assert seen, "the server never answered from the new generation"
        assert time.monotonic() - added_at < 15
        # The generation the server started with was not deleted under it: it still answers.
        assert _search(url, "培训次数")["hits"]
    log = (tmp_path / "serve.log").read_text()
    assert "Traceback" not in log, log


def test_gradio_copies_of_uploads_are_deleted_and_nothing_else(tmp_path, monkeypatch):
    from jixiao.ui import uploads

    gradio = tmp_path / "gradio"
    (gradio / "abc").mkdir(parents=True)
    copy = gradio / "abc" / "form.txt"
    copy.write_text("x", "utf-8")
    outside = tmp_path / "mine.txt"
    outside.write_text("x", "utf-8")
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(gradio))
    uploads.discard_gradio_copy(copy)
    uploads.discard_gradio_copy(outside)
    assert not (gradio / "abc").exists() and gradio.exists() and outside.exists()
