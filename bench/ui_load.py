"""Load test of the web app on loopback: N concurrent searches through the app's API.

    python bench/ui_load.py                 # starts `jixiao serve` on a temporary store
    python bench/ui_load.py --url http://127.0.0.1:7860/ --requests 50

Calls the app's `search` endpoint (the same search the page runs) over plain HTTP, the way any
client of the Gradio API does (POST /gradio_api/call/search, then read the event stream): first a
few sequential warm requests, then N at once from N threads. Bounded in count (--requests) and time
(--timeout per run). Prints error count and latency p50/p95/max; exits 1 on any error.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor, wait
from pathlib import Path

from jixiao.local_server import serving

WARM_QUERIES = ["考生对考试满意吗", "资金执行率", "系统故障率", "按时完成项目", "成本控制"]
# Distinct texts for the concurrent run, so every request embeds its query afresh (the engine
# caches query embeddings): topic × aspect, as users phrase them.
TOPICS = ["考试", "培训", "住院医师", "信息系统", "档案", "药品采购", "数据库", "图书馆", "体检",
          "宣传", "人才招录", "医师考核"]
ASPECTS = ["满意度", "完成率", "及时吗", "做了多少次", "质量怎么样"]
QUERIES = [f"{t}{a}" for a in ASPECTS for t in TOPICS]


@contextlib.contextmanager
def local_server(timeout: float = 300) -> Iterator[str]:
    """`jixiao serve` on a free loopback port and a temporary store; stopped on exit."""
    with tempfile.TemporaryDirectory(prefix="jx-load-") as tmp:
        try:
            with serving(Path(tmp) / "store", Path(tmp) / "serve.log", timeout) as url:
                yield url
        except RuntimeError as exc:
            raise SystemExit(str(exc)) from None


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def search_once(url: str, query: str, timeout: float) -> dict:
    """One search through the app's HTTP API; the JSON result (or {"error": ...})."""
    base = url.rstrip("/") + "/gradio_api/call/search"
    body = json.dumps({"data": [query, "all", 8, "", 0, "", ""]}).encode()
    request = urllib.request.Request(base, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        event_id = json.load(response)["event_id"]
    event = None
    with urllib.request.urlopen(f"{base}/{event_id}", timeout=timeout) as stream:
        for raw in stream:
            line = raw.decode("utf-8").rstrip("\n")
            if line.startswith("event:"):
                event = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and event in ("complete", "error"):
                data = json.loads(line.split(":", 1)[1])
                if event == "error":
                    return {"error": f"server error: {data}"}
                return data[0]
    return {"error": "the event stream ended without a result"}


def run(url: str, requests: int, timeout: float) -> dict:
    def one(query: str) -> tuple[float, str | None]:
        started = time.perf_counter()
        try:
            out = search_once(url, query, timeout)
        except Exception as exc:  # noqa: BLE001 - every failure is counted and reported
            return time.perf_counter() - started, f"{type(exc).__name__}: {exc}"
        error = out.get("error") if isinstance(out, dict) else f"unexpected answer {out!r}"
        if not error and not out.get("hits"):
            error = f"no hits for {out.get('query')!r}"
        return time.perf_counter() - started, error

    warm = [one(q)[0] for q in WARM_QUERIES]
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=requests) as pool:
        futures = [pool.submit(one, QUERIES[i % len(QUERIES)]) for i in range(requests)]
        done, not_done = wait(futures, timeout=timeout)
    wall = time.perf_counter() - started
    results = [f.result() for f in done]
    latencies = [t for t, _ in results]
    errors = [e for _, e in results if e] + ["timed out"] * len(not_done)
    return {
        "requests": requests, "completed": len(results), "errors": len(errors),
        "first_errors": errors[:3], "wall_s": wall,
        "throughput_per_s": len(results) / wall if wall else 0.0,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else None,
        "p95_ms": 1000 * _percentile(latencies, 0.95) if latencies else None,
        "max_ms": 1000 * max(latencies) if latencies else None,
        "warm_sequential_p50_ms": 1000 * statistics.median(warm),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", help="a running app (default: start one on a temporary store)")
    parser.add_argument("--requests", type=int, default=50, help="concurrent searches (default 50)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed for the run")
    args = parser.parse_args()
    if not 1 <= args.requests <= 500:
        parser.error("--requests must be between 1 and 500")
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_server())
        result = run(url, args.requests, args.timeout)
    print(f"{result['completed']}/{result['requests']} concurrent searches completed, "
          f"{result['errors']} errors, in {result['wall_s']:.2f} s "
          f"({result['throughput_per_s']:.1f}/s)")
    if result["p50_ms"] is not None:
        print(f"latency under load: p50 {result['p50_ms']:.0f} ms, p95 {result['p95_ms']:.0f} ms, "
              f"max {result['max_ms']:.0f} ms; one at a time (warm): p50 "
              f"{result['warm_sequential_p50_ms']:.0f} ms")
    for error in result["first_errors"]:
        print(f"error: {error}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
