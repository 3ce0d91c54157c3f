"""Store writes and cold starts on synthetic stores of 10k, 100k and 1M indicators.

    python bench/store_speed.py --sizes 10000,100000 --json bench/store-speed.json
    nice -n 10 python bench/store_speed.py --sizes 1000000 --workdir /tmp/jx-1m

For each size: synthetic projects (bench/search_speed.py's generator: wordings recombined from
the bundled documents) grouped into documents of DOC_PROJECTS projects, stored with
``build_store`` (records given, not read). Then, in the same run:

- a full rebuild of the stored documents (``jixiao build`` with nothing new to embed);
- in one process holding the store (as the web server does): add a small real document (a
  bundled sample, 7 projects / 77 indicators), replace it with another version, remove it;
- the same through the command line, whole process (`jixiao add`, `jixiao remove`);
- `jixiao search` whole process, cold, beside `python -c "import numpy"` (after one warm-up
  run, interleaved; the store then has the segments the writes above left);
- merging all segments (what the background merge costs).

The embedding cache is shared across sizes and runs (``--workdir``), so a repeated run measures
the store, not the encoder. The load average is printed with the figures (2 shared cores).

Only the cold search, on a store already built (no writes), comparing interpreters:

    python bench/store_speed.py --cold-search /tmp/store-100k --runs 9 \
        --python /tmp/venv-prev/bin/python --pycache-prefix /tmp/pyc

Each ``--python`` (say a venv with the previous commit installed) is timed beside this one and
bare ``python -c "import numpy"``, one of each per round. Compiled modules are cached (as an
installed copy has them: a shell with PYTHONDONTWRITEBYTECODE would recompile the project's
sources in every process, ~0.2 s), in ``--pycache-prefix`` if given rather than beside the
sources; ``--no-bytecode`` measures that recompiling case instead.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from search_speed import synthetic_projects  # noqa: E402

from jixiao.kg.records import FileReport  # noqa: E402

DOC_PROJECTS = 12
QUERY = "考生对考试满意吗"
COLD_RUNS = 7


def synthetic_documents(n_indicators: int) -> list[FileReport]:
    projects = synthetic_projects(n_indicators)
    docs = []
    for i in range(0, len(projects), DOC_PROJECTS):
        name = f"synthetic-{i // DOC_PROJECTS:06d}.txt"
        chunk = projects[i:i + DOC_PROJECTS]
        for line, p in enumerate(chunk, 1):
            p.source.file = name
            p.source.first_line = p.source.last_line = line
        docs.append(FileReport(file=name, projects=chunk))
    return docs


def timed(fn, *args, **kwargs) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn(*args, **kwargs)
    return time.perf_counter() - t, out


def _env(bytecode: bool = True, pycache_prefix: str | None = None) -> dict[str, str]:
    # As installed by default: Python's compiled modules cached (an installed package has them; a
    # shell with PYTHONDONTWRITEBYTECODE would recompile every module of every run, ~0.2 s).
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    elif pycache_prefix:
        env["PYTHONPYCACHEPREFIX"] = pycache_prefix
    return env


def cli(*argv: str, python: str = sys.executable, env: dict[str, str] | None = None,
        cwd: Path = ROOT) -> float:
    t = time.perf_counter()
    proc = subprocess.run([python, "-m", "jixiao", *argv], capture_output=True,
                          text=True, cwd=cwd, env=_env() if env is None else env)
    took = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"jixiao {' '.join(argv)} failed:\n{proc.stderr}")
    return took


def bare_python(python: str = sys.executable, env: dict[str, str] | None = None) -> float:
    t = time.perf_counter()
    subprocess.run([python, "-c", "import numpy"], check=True,
                   env=_env() if env is None else env)
    return time.perf_counter() - t


def cold_search(store: Path, pythons: list[str], runs: int, env: dict[str, str]) -> dict:
    """`jixiao search` whole process per interpreter, interleaved with bare numpy, one warm-up."""
    argv = ("search", QUERY, "--store", str(store), "-k", "5")
    # Not the repository root: `python -m` puts the working directory first on sys.path, which
    # would import this checkout's jixiao whatever the interpreter has installed.
    cwd = store.parent
    for py in pythons:
        cli(*argv, python=py, env=env, cwd=cwd)
    bare_python(env=env)
    times: dict[str, list[float]] = {py: [] for py in pythons}
    bare: list[float] = []
    load = [os.getloadavg()[0]]
    for _ in range(runs):
        for py in pythons:
            times[py].append(cli(*argv, python=py, env=env, cwd=cwd))
        bare.append(bare_python(env=env))
        load.append(os.getloadavg()[0])
    bare_s = statistics.median(bare)
    out = {"runs": runs, "bytecode": "PYTHONDONTWRITEBYTECODE" not in env,
           "load_1min": [round(min(load), 2), round(max(load), 2)],
           "python_import_numpy_s": round(bare_s, 3), "jixiao_search": {}}
    for py, ts in times.items():
        out["jixiao_search"][py] = {
            "median_s": round(statistics.median(ts), 3), "min_s": round(min(ts), 3),
            "ratio": round(statistics.median(ts) / bare_s, 2),
        }
    return out


def run_size(n: int, workdir: Path) -> dict:
    from jixiao.data import samples_dir
    from jixiao.store import (
        StoreContext,
        add_documents,
        build_store,
        compact_store,
        open_store,
        remove_documents,
    )

    samples = sorted(samples_dir().glob("*.txt"))
    store = workdir / f"store-{n}"
    shutil.rmtree(store, ignore_errors=True)
    (store / "cache").mkdir(parents=True)
    shared = workdir / "cache" / "embeddings"
    shared.mkdir(parents=True, exist_ok=True)
    os.symlink(shared, store / "cache" / "embeddings")
    out: dict = {"load_before": [round(x, 2) for x in os.getloadavg()]}
    docs = synthetic_documents(n)
    out["documents"] = len(docs)
    build_s, result = timed(build_store, None, store, reports=docs)
    out["first_build_s"] = round(build_s, 1)
    out["first_build_embedded"] = result.index["embedded"]
    counts = result.store.manifest["counts"]
    out["indicators"], out["projects"] = counts["Indicator"], counts["Project"]
    out["concepts"] = counts["IndicatorConcept"]
    del docs, result
    rebuild_s, _ = timed(build_store, None, store)
    out["rebuild_s"] = round(rebuild_s, 1)

    # One process holding the store, like the server: its state is loaded once.
    context = StoreContext()
    from jixiao import api

    jx = api.Jixiao(open_store(store), context=context).load()
    jx.search(QUERY, k=5)
    name = "bench-document.txt"
    add_s, added = timed(add_documents, [samples[0]], store, as_name=name, context=context)
    replace_s, replaced = timed(add_documents, [samples[1]], store, as_name=name, context=context)
    remove_s, _ = timed(remove_documents, [name], store, context=context)
    switch_s, _ = timed(lambda: jx.refreshed().search(QUERY, k=5))
    out["in_process"] = {
        "add_s": round(add_s, 3), "add_embedded": added.index["embedded"],
        "replace_s": round(replace_s, 3), "replace_embedded": replaced.index["embedded"],
        "remove_s": round(remove_s, 3),
        "switch_to_new_generation_and_search_s": round(switch_s, 3),
        "add_stages_s": {k: round(v, 3) for k, v in added.index["seconds"].items()},
    }
    # Whole processes, as a user types them.
    out["cli"] = {
        "add_s": round(cli("add", str(samples[2]), "--as", name, "--store", str(store), "-q"), 2),
        "replace_s": round(cli("add", str(samples[3]), "--as", name, "--store", str(store),
                               "-q"), 2),
        "remove_s": round(cli("remove", name, "--store", str(store), "-q"), 2),
    }
    cli("search", QUERY, "--store", str(store), "-k", "5")  # warm-up: modules compiled, cached
    searches, bare = [], []
    for _ in range(COLD_RUNS):  # interleaved, so both see the same load
        searches.append(cli("search", QUERY, "--store", str(store), "-k", "5"))
        bare.append(bare_python())
    out["cold_search"] = {
        "jixiao_search_s": round(statistics.median(searches), 3),
        "jixiao_search_min_s": round(min(searches), 3),
        "python_import_numpy_s": round(statistics.median(bare), 3),
        "ratio": round(statistics.median(searches) / statistics.median(bare), 2),
    }
    merge_s, _ = timed(compact_store, store, force=True)
    out["merge_all_segments_s"] = round(merge_s, 1)
    out["store_mb"] = round(sum(f.stat().st_size for f in store.rglob("*")
                                if f.is_file() and "cache" not in f.parts) / 2**20, 1)
    out["load_after"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--workdir", default=None, help="stores and embedding cache (kept)")
    ap.add_argument("--json", default=None)
    ap.add_argument("--cold-search", metavar="STORE", default=None,
                    help="only time the cold search on this existing store (no writes)")
    ap.add_argument("--python", action="append", default=[], metavar="PY",
                    help="with --cold-search: another interpreter to time beside this one")
    ap.add_argument("--runs", type=int, default=COLD_RUNS, help="with --cold-search")
    ap.add_argument("--pycache-prefix", default=None,
                    help="with --cold-search: compiled modules there, not beside the sources")
    ap.add_argument("--no-bytecode", action="store_true",
                    help="with --cold-search: recompile the sources in every process")
    args = ap.parse_args(argv)
    if args.cold_search:
        env = _env(not args.no_bytecode, args.pycache_prefix)
        r = cold_search(Path(args.cold_search).resolve(), [sys.executable, *args.python],
                        args.runs, env)
        print(json.dumps(r, ensure_ascii=False, indent=1))
        if args.json:
            Path(args.json).write_text(json.dumps(r, indent=1, ensure_ascii=False), "utf-8")
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    tmp = None
    if args.workdir:
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="jx-store-speed-")
        workdir = Path(tmp.name)
    results = {"cpus": os.cpu_count(), "sizes": {}}
    try:
        for n in sizes:
            print(f"== {n:,} indicators", flush=True)
            results["sizes"][str(n)] = r = run_size(n, workdir)
            print(json.dumps(r, ensure_ascii=False), flush=True)
            if args.json:
                Path(args.json).write_text(json.dumps(results, indent=1, ensure_ascii=False),
                                           "utf-8")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
