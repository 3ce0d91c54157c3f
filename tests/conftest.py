"""Shared fixtures. Expensive things (a store built from the bundled data with the real encoder)
are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory: pytest.TempPathFactory):
    """The bundled samples read, graphed and indexed (real reader, real USE encoder, real faiss)
    into a session-wide store. Tests must not modify it: copy it first."""
    from jixiao import api

    jx, _ = api.build(None, tmp_path_factory.mktemp("bundled") / "store")
    return jx


# ---- knowledge graph (issue 3) -------------------------------------------------------------

FIXTURES = ROOT / "tests" / "fixtures"


def load_fixture_records(name: str) -> list:
    """Hand-written records in tests/fixtures/<name>.json (a JSON list of Project records)."""
    import json

    from jixiao.kg.records import Project

    data = json.loads((FIXTURES / f"{name}.json").read_text("utf-8"))
    return [Project.from_json(x) for x in data]


@pytest.fixture(scope="session")
def kg_sample_records() -> list:
    """The bundled samples read by the real reader, once per session."""
    from jixiao.kg.reader import read_paths
    from jixiao.store import samples_dir

    return [p for r in read_paths(sorted(samples_dir().glob("*.txt"))) for p in r.projects]


@pytest.fixture(scope="session")
def kg_sample_graph(kg_sample_records):
    from jixiao.kg.graph import build_graph

    return build_graph(kg_sample_records)


@pytest.fixture(scope="session")
def graph_store(tmp_path_factory: pytest.TempPathFactory):
    """The bundled samples read and graphed into a store without search indexes (what exports
    and pushes need). Tests must not modify it: build their own to add or push."""
    from jixiao import api
    from jixiao.store import build_store

    root = tmp_path_factory.mktemp("graph") / "store"
    build_store(None, root)
    return api.open_store(root)
