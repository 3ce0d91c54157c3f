"""`jixiao push` against a real Oxigraph server (Graph Store Protocol) and the documented SPARQL
over HTTP, compared with rdflib; push errors against real local HTTP servers."""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from test_rdf import _doc_queries

from jixiao import api
from jixiao.cli import main
from jixiao.errors import JixiaoError
from jixiao.kg import ids, rdf
from jixiao.store import add_to_store, build_store, samples_dir

SAMPLES = sorted(samples_dir().glob("*.txt"))
STARTUP_SECONDS = 30
NUMERIC = ("integer", "decimal", "double", "float", "long", "int", "nonNegativeInteger")


def _oxigraph_binary() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.base_prefix) / "bin" / "oxigraph"
    return str(beside) if beside.is_file() else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Oxigraph:
    """A real `oxigraph serve` on a free loopback port, with its data in a temporary folder."""

    def __init__(self, location: Path) -> None:
        binary = _oxigraph_binary()
        if binary is None:
            pytest.skip("the oxigraph server binary is missing (pip install oxigraph)")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                self.select("ASK { ?s ?p ?o }")
                return
            except (urllib.error.URLError, ConnectionError):
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    err = self.proc.stderr.read().decode() if self.proc.stderr else ""
                    self.stop()
                    pytest.fail(f"oxigraph did not start: {err}")
                time.sleep(0.1)

    @property
    def store(self) -> str:
        return self.url + "/store"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def select(self, query: str) -> dict:
        req = urllib.request.Request(
            self.url + "/query?union-default-graph", data=query.encode("utf-8"),
            headers={"Content-Type": "application/sparql-query",
                     "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            return json.loads(resp.read())

    def graph(self, iri: str) -> Graph:
        """A named graph as the server has it (empty when it has none)."""
        req = urllib.request.Request(f"{self.store}?graph={urllib.parse.quote(iri, safe='')}",
                                     headers={"Accept": "application/n-triples"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                return Graph().parse(data=resp.read().decode("utf-8"), format="nt")
        except urllib.error.HTTPError as exc:
            if exc.code == 404:
                return Graph()
            raise

    def graph_names(self) -> set[str]:
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return {b["g"]["value"] for b in rows["results"]["bindings"]}


@pytest.fixture
def oxigraph(tmp_path):
    server = Oxigraph(tmp_path / "ox")
    yield server
    server.stop()


def _terms(graph: Graph) -> set[tuple]:
    """Triples compared by value: servers may write a decimal in another lexical form (100.0
    and 100 are the same xsd:decimal)."""

    def term(t):
        if isinstance(t, Literal) and t.datatype and str(t.datatype).rsplit("#", 1)[-1] in NUMERIC:
            return ("number", Decimal(str(t)))
        return t

    return {tuple(term(x) for x in triple) for triple in graph}


def _store(root: Path, paths) -> api.Jixiao:
    build_store(paths, root)
    return api.open_store(root)


def _local_graphs(jx: api.Jixiao) -> dict[str, Graph]:
    return {str(k): v for k, v in rdf.named_graphs(jx.store.graph(),
                                                   publication=jx.publication()).items()}


def _doc_graph(name: str) -> str:
    return ids.DEFAULT_BASE + "graph/" + ids.document_id(name)


def test_push_sends_every_graph_then_only_what_changed(tmp_path, oxigraph):
    root = tmp_path / "store"
    jx = _store(root, SAMPLES[:-1])
    first = jx.push(oxigraph.store)
    local = _local_graphs(jx)
    assert set(first.sent) == set(local) and not first.unchanged and not first.deleted
    assert oxigraph.graph_names() == set(local)
    for name, part in local.items():
        assert _terms(oxigraph.graph(name)) == _terms(part), name
    assert first.triples == sum(len(p) for p in local.values())

    again = jx.push(oxigraph.store)
    assert again.sent == [] and set(again.unchanged) == set(local)

    # Add one document: only its graph, the shared graph and the catalog are sent.
    before = {name: _terms(oxigraph.graph(name)) for name in local}
    add_to_store(SAMPLES[-1:], root)
    jx = api.open_store(root)
    added = jx.push(oxigraph.store)
    new_doc = _doc_graph(SAMPLES[-1].name)
    base = ids.DEFAULT_BASE + "graph/"
    assert set(added.sent) == {new_doc, base + "shared", base + "catalog"}
    local = _local_graphs(jx)
    for name, part in local.items():
        assert _terms(oxigraph.graph(name)) == _terms(part), name
        if name not in added.sent:
            assert before[name] == _terms(part), name  # untouched on the server
    count = oxigraph.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert int(count["results"]["bindings"][0]["n"]["value"]) == sum(len(p) for p in local.values())

    # Rebuild without a document: its graph is deleted from the server.
    gone = SAMPLES[0].name
    build_store(SAMPLES[1:], root)
    removed = api.open_store(root).push(oxigraph.store)
    assert removed.deleted == [_doc_graph(gone)]
    assert not len(oxigraph.graph(_doc_graph(gone)))
    assert _doc_graph(gone) not in oxigraph.graph_names()

    full = api.open_store(root).push(oxigraph.store, full=True)
    assert len(full.sent) == len(oxigraph.graph_names())
    assert (root / "push").is_dir() and len(list((root / "push").glob("*.json"))) == 1


def test_push_with_a_base_iri_and_from_the_cli(tmp_path, oxigraph, capsys):
    root = tmp_path / "store"
    _store(root, SAMPLES[:1])
    base = "https://data.example.gov.cn/jx/"
    assert main(["push", oxigraph.store, "--store", str(root), "--base", base, "-q"]) == 0
    err = capsys.readouterr().err
    assert "已发送 4 个图" in err and "占位前缀" not in err
    assert all(g.startswith(base + "graph/") for g in oxigraph.graph_names())
    assert main(["push", oxigraph.store, "--store", str(root), "--dry-run", "--json"]) == 0
    out, err = capsys.readouterr()
    report = json.loads(out)
    # Another base is another set of graphs: all would be sent, the old ones deleted.
    assert report["dry_run"] and len(report["sent"]) == 4 and len(report["deleted"]) == 4
    assert "占位前缀" in err


# ---------------------------------------------------------------- SPARQL over HTTP


@pytest.fixture(scope="module")
def pushed(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("pushed")
    server = Oxigraph(tmp / "ox")
    jx = _store(tmp / "store", None)
    jx.push(server.store)
    ds = Dataset(default_union=True)
    ds.parse(data=jx.export("trig"), format="trig")
    yield server, ds
    server.stop()


def _value(term: dict | None):
    if term is None:
        return None
    datatype = term.get("datatype", "")
    if term["type"] == "literal" and datatype.rsplit("#", 1)[-1] in NUMERIC:
        return Decimal(term["value"])
    return term["value"]


def _rdflib_value(v):
    if v is None:
        return None
    py = v.toPython() if hasattr(v, "toPython") else v
    if isinstance(py, int | float | Decimal) and not isinstance(py, bool):
        try:
            return Decimal(str(py))
        except InvalidOperation:
            return py
    return str(v)


@pytest.mark.parametrize("name", sorted(_doc_queries()))
def test_documented_queries_give_the_same_rows_over_http(pushed, name):
    server, ds = pushed
    query = _doc_queries()[name]
    res = server.select(query)
    names = res["head"]["vars"]
    got = [tuple(_value(b.get(v)) for v in names) for b in res["results"]["bindings"]]
    expected = [tuple(_rdflib_value(v) for v in row) for row in ds.query(query)]
    assert got, name
    # Same rows; ORDER BY may leave ties in either order.
    assert sorted(got, key=repr) == sorted(expected, key=repr)
    if "ORDER BY" in query and name != "projects-per-source-document":
        assert len(got) == len(expected)


def test_a_data_engineer_can_replace_one_document_graph(pushed):
    server, ds = pushed
    doc = _doc_graph(SAMPLES[0].name)
    q = ("PREFIX jx: <https://jixiao.example.org/ontology#> "
         "SELECT (COUNT(?p) AS ?n) WHERE { ?p a jx:Project }")
    before = int(server.select(q)["results"]["bindings"][0]["n"]["value"])
    mine = server.graph(doc)
    projects = len(set(mine.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                                     URIRef("https://jixiao.example.org/ontology#Project"))))
    req = urllib.request.Request(f"{server.store}?graph={urllib.parse.quote(doc, safe='')}",
                                 method="DELETE")
    urllib.request.urlopen(req, timeout=30).read()
    after = int(server.select(q)["results"]["bindings"][0]["n"]["value"])
    assert after == before - projects and projects > 0


# ---------------------------------------------------------------- errors


def test_unreachable_store_is_a_clear_error(tmp_path):
    jx = _store(tmp_path / "s", SAMPLES[:1])
    with pytest.raises(JixiaoError, match="cannot reach http://127.0.0.1:.*is the store running"):
        jx.push(f"http://127.0.0.1:{_free_port()}/store", timeout=5)


def test_a_wrong_endpoint_is_a_clear_error(tmp_path, oxigraph):
    jx = _store(tmp_path / "s", SAMPLES[:1])
    with pytest.raises(JixiaoError, match=r"does not accept Graph Store Protocol PUT.*HTTP 40[45]"):
        jx.push(oxigraph.url + "/nowhere")
    # Nothing was recorded as pushed: the right URL later gets everything.
    assert len(jx.push(oxigraph.store).sent) == 4


@pytest.mark.parametrize("url, message", [
    ("ftp://host/store", "not a Graph Store Protocol URL"),
    ("http://user:pw@127.0.0.1:1/store", "not in the URL"),
    ("127.0.0.1:7878/store", "not a Graph Store Protocol URL"),
])
def test_bad_urls_are_refused_before_anything_is_sent(tmp_path, url, message):
    jx = _store(tmp_path / "s", SAMPLES[:1])
    with pytest.raises(JixiaoError, match=message):
        jx.push(url)


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A Graph Store endpoint that wants basic auth user:secret and records what it got."""

    seen: list[tuple[str, str, str | None]] = []
    delay = 0.0

    def do_PUT(self) -> None:  # noqa: N802 - http.server's naming
        time.sleep(self.delay)
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        auth = self.headers.get("Authorization")
        self.seen.append(("PUT", self.path, auth))
        ok = auth == "Basic dXNlcjpzZWNyZXQ="  # user:secret
        self.send_response(204 if ok else 401)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.seen = []
    _Recorder.delay = 0.0
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/ds/data"
    server.shutdown()
    server.server_close()


def test_basic_auth_comes_from_the_environment(tmp_path, recorder, monkeypatch):
    jx = _store(tmp_path / "s", SAMPLES[:1])
    monkeypatch.delenv(api.PUSH_AUTH_ENV, raising=False)
    with pytest.raises(JixiaoError, match=r"refused PUT \(HTTP 401\).*JIXIAO_PUSH_AUTH"):
        jx.push(recorder)
    monkeypatch.setenv(api.PUSH_AUTH_ENV, "user:wrong")
    with pytest.raises(JixiaoError, match="credentials were refused"):
        jx.push(recorder)
    monkeypatch.setenv("MY_AUTH", "user:secret")
    result = jx.push(recorder, auth_env="MY_AUTH")
    assert len(result.sent) == 4
    assert all(path.startswith("/ds/data?graph=https%3A%2F%2F") for _, path, _ in _Recorder.seen)
    with pytest.raises(JixiaoError, match="NOT_SET is not set"):
        jx.push(recorder, auth_env="NOT_SET")
    monkeypatch.setenv("MY_AUTH", "no-colon")
    with pytest.raises(JixiaoError, match="must be user:password"):
        jx.push(recorder, auth_env="MY_AUTH")


def test_a_slow_store_times_out_clearly(tmp_path, recorder, monkeypatch):
    jx = _store(tmp_path / "s", SAMPLES[:1])
    _Recorder.delay = 3.0
    with pytest.raises(JixiaoError, match=r"did not answer within 0.5 s.*--timeout"):
        jx.push(recorder, timeout=0.5)
