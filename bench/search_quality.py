"""Search quality on bench/eval_queries.json: recall@5 and MRR@10, dense vs lexical vs fused.

    python bench/search_quality.py                 # bundled samples through the reader
    python bench/search_quality.py --records gold  # hand-checked records in bench/gold/
    python bench/search_quality.py --store DIR     # an existing store
    python bench/search_quality.py -v              # per-query misses

Fusion weights are chosen by cross-validation: the queries are split into folds; for each fold
the configuration with the best mean (recall@5 + MRR@10) on the *other* folds is scored on it.
The "cv" row is therefore an estimate for queries nobody tuned on. See docs/search.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from jixiao.kg.ids import concept_key  # noqa: E402
from jixiao.search.engine import SearchEngine  # noqa: E402
from jixiao.search.fusion import DEFAULT_FUSION, FusionConfig  # noqa: E402
from jixiao.search.results import Hit  # noqa: E402
from jixiao.text import compact  # noqa: E402

K_RECALL = 5
K_MRR = 10
GRID = (
    [FusionConfig("weighted", w / 10) for w in range(1, 10)]
    + [FusionConfig("rrf", rrf_k=k) for k in (5, 10, 30, 60)]
)


@dataclass
class QueryScore:
    recall: float
    rr: float
    found: list[str]
    missed: list[str]
    top: list[str]


def wording_matches(hit_text: str, wording: str) -> bool:
    a, b = concept_key(hit_text), concept_key(wording)
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    # A wording truncated by PDF extraction (政府聘用辅助 ← 政府聘用辅助人员…).
    return len(short) >= 4 and long.startswith(short)


def _locations(item: dict) -> list[tuple[str, int, int]]:
    out = []
    for at in item.get("at", []):
        file, _, span = at.rpartition(":")
        first, _, last = span.partition("-")
        out.append((file, int(first), int(last or first)))
    return out


def item_matches(hit: Hit, item: dict, engine: SearchEngine) -> bool:
    if hit.type == "project":
        if "project" not in item or "wording" in item:
            return False
        if compact(item["project"]) in compact(hit.text):
            return "unit" not in item or compact(item["unit"]) in compact(hit.unit or "")
        # A name damaged by extraction: the same stretch of the same document.
        info = engine.corpus.projects[engine.corpus.project_index(hit.id)]
        for file, first, last in _locations(item):
            if info.source_file == file and info.first_line and info.last_line:
                overlap = min(last, info.last_line) - max(first, info.first_line) + 1
                if overlap >= (last - first + 1) / 2:
                    return True
        return False
    if "wording" not in item:
        return False
    if wording_matches(hit.text, item["wording"]):
        return "project" not in item or any(
            compact(item["project"]) in compact(u.project) for u in hit.uses
        )
    # A wording damaged by extraction: a row printed where the item is, worded similarly.
    similar = SequenceMatcher(None, concept_key(hit.text), concept_key(item["wording"])).ratio()
    return similar >= 0.5 and any(
        u.file == file and u.line is not None and abs(u.line - line) <= 2
        for u in hit.uses
        for file, line, _ in _locations(item)
    )


def score_query(hits: list[Hit], relevant: list[dict], engine: SearchEngine) -> QueryScore:
    found, first = set(), None
    for rank, hit in enumerate(hits[:K_MRR], 1):
        for i, item in enumerate(relevant):
            if item_matches(hit, item, engine):
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


def evaluate(engine: SearchEngine, queries: list[dict], config: FusionConfig) -> list[QueryScore]:
    out = []
    for q in queries:
        hits = engine.search(q["query"], type=q.get("type", "indicator"), k=K_MRR, fusion=config)
        out.append(score_query(hits, q["relevant"], engine))
    return out


def mean(scores: list[QueryScore]) -> tuple[float, float]:
    n = max(len(scores), 1)
    return sum(s.recall for s in scores) / n, sum(s.rr for s in scores) / n


def fold_of(query: str, folds: int) -> int:
    return int(hashlib.sha1(query.encode()).hexdigest(), 16) % folds


def cross_validate(
    per_config: dict[FusionConfig, list[QueryScore]], queries: list[dict], folds: int
) -> tuple[float, float, list[FusionConfig]]:
    """Held-out recall/MRR when each fold's configuration is picked on the other folds."""
    held: list[QueryScore] = []
    chosen = []
    for f in range(folds):
        train = [i for i, q in enumerate(queries) if fold_of(q["query"], folds) != f]
        test = [i for i, q in enumerate(queries) if fold_of(q["query"], folds) == f]
        if not test:
            continue

        def objective(cfg: FusionConfig, train: list[int] = train) -> float:
            r, m = mean([per_config[cfg][i] for i in train])
            return r + m

        best = max(per_config, key=objective)
        chosen.append(best)
        held += [per_config[best][i] for i in test]
    r, m = mean(held)
    return r, m, chosen


def describe(cfg: FusionConfig) -> str:
    if cfg.method == "weighted":
        return f"weighted w_dense={cfg.dense_weight:.1f}"
    if cfg.method == "rrf":
        return f"rrf k={cfg.rrf_k:g}"
    return cfg.method


def open_engine(args: argparse.Namespace, workdir: Path) -> tuple[SearchEngine, str]:
    if args.store:
        from jixiao import api

        return api.open_store(args.store).engine, f"store {args.store}"
    if args.records == "gold":
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
        index, _ = build_index(projects, workdir / "index", workdir / "cache", args.encoder)
        return SearchEngine(index), f"gold records ({len(projects)} projects)"
    from jixiao import api

    jx, result = api.build(None, workdir / "store", encoder=args.encoder)
    n = jx.engine.index.meta["counts"]
    return jx.engine, f"bundled samples via the reader ({n['projects']} projects, {n['indicators']} indicators)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--queries", default=str(ROOT / "bench" / "eval_queries.json"))
    ap.add_argument("--store", default=None, help="evaluate an existing store")
    ap.add_argument("--records", choices=("reader", "gold"), default="reader")
    ap.add_argument("--encoder", default=None)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--json", default=None, help="also write the figures to this file")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    queries = json.loads(Path(args.queries).read_text("utf-8"))["queries"]
    with tempfile.TemporaryDirectory(prefix="jixiao-quality-") as tmp:
        engine, source = open_engine(args, Path(tmp))
        dense_only = FusionConfig("dense")
        lexical_only = FusionConfig("lexical")
        configs = [dense_only, lexical_only, DEFAULT_FUSION, *GRID]
        per_config = {}
        for cfg in configs:
            if cfg not in per_config:
                per_config[cfg] = evaluate(engine, queries, cfg)

    print(f"search quality: {len(queries)} queries, {source}, encoder {engine.index.encoder_name}")
    print(f"{'method':<28} {'recall@5':>9} {'MRR@10':>8}")
    rows = {}
    for name, cfg in (("dense", dense_only), ("lexical", lexical_only),
                      (f"fused ({describe(DEFAULT_FUSION)})", DEFAULT_FUSION)):
        r, m = mean(per_config[cfg])
        rows[name] = {"recall@5": round(r, 4), "mrr@10": round(m, 4)}
        print(f"{name:<28} {r:>9.3f} {m:>8.3f}")
    grid = [c for c in per_config if c.method in ("weighted", "rrf")]
    cv_r, cv_m, chosen = cross_validate({c: per_config[c] for c in grid}, queries, args.folds)
    rows["fused, cross-validated"] = {"recall@5": round(cv_r, 4), "mrr@10": round(cv_m, 4)}
    print(f"{'fused, ' + str(args.folds) + '-fold CV (held out)':<28} {cv_r:>9.3f} {cv_m:>8.3f}")
    print("  configuration chosen per fold: " + "; ".join(describe(c) for c in chosen))
    print("grid (all queries; for reference, not a held-out figure):")
    for cfg in grid:
        r, m = mean(per_config[cfg])
        print(f"  {describe(cfg):<26} {r:>9.3f} {m:>8.3f}")
    if args.verbose:
        print("\nqueries with misses (fused):")
        for q, s in zip(queries, per_config[DEFAULT_FUSION], strict=True):
            if s.missed:
                print(f"  {q['query']}: missed {s.missed}; top5 {s.top}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "source": source, "queries": len(queries), "results": rows,
            "chosen": [describe(c) for c in chosen],
            "grid": {describe(c): dict(zip(("recall@5", "mrr@10"), mean(per_config[c]), strict=True))
                     for c in grid},
        }, ensure_ascii=False, indent=1), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
