"""Resident memory of `jixiao serve` over many searches through its HTTP API.

    python bench/server_memory.py --searches 10000
    python bench/server_memory.py --url http://127.0.0.1:7860/ --pid 1234

Starts the web app on a temporary store of the bundled documents (or uses a running one), sends
searches one after another through the same endpoint the page uses (distinct questions, so
query embeddings are computed and the query cache cycles), and prints the server's RSS every
``--every`` searches. Memory is "flat" when the last checkpoints differ by less than
``FLAT_MB`` from each other.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from ui_load import ASPECTS, TOPICS, search_once  # noqa: E402

from jixiao.local_server import serving  # noqa: E402

FLAT_MB = 20.0


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def questions(n: int) -> list[str]:
    tails = ["", "吗", "怎么样", "有多少", "情况", "是否达标", "及时性", "合格率"]
    out = [f"{t}{a}{x}{i // 960 or ''}" for i, (t, a, x) in enumerate(
        (t, a, x) for x in tails for a in ASPECTS for t in TOPICS)]
    return [out[i % len(out)] + (str(i // len(out)) if i >= len(out) else "") for i in range(n)]


def run(url: str, pid: int, searches: int, every: int, timeout: float) -> dict:
    points = [(0, rss_mb(pid))]
    started = time.perf_counter()
    errors = 0
    for i, q in enumerate(questions(searches), 1):
        try:
            out = search_once(url, q, timeout)
            errors += bool(out.get("error"))
        except Exception:  # noqa: BLE001 - counted
            errors += 1
        if i % every == 0:
            points.append((i, rss_mb(pid)))
            print(f"{i:>6} searches: RSS {points[-1][1]:.0f} MB "
                  f"({(time.perf_counter() - started) / i * 1000:.1f} ms/search)", flush=True)
    tail = [mb for _, mb in points[len(points) // 2:]]
    return {"searches": searches, "errors": errors, "rss_mb": points,
            "growth_second_half_mb": round(max(tail) - min(tail), 1),
            "flat": max(tail) - min(tail) < FLAT_MB}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url")
    ap.add_argument("--pid", type=int, help="the server's process id (with --url)")
    ap.add_argument("--searches", type=int, default=10_000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    with contextlib.ExitStack() as stack:
        if args.url:
            url, pid = args.url, args.pid
        else:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="jx-mem-")))
            url, proc = stack.enter_context(serving(tmp / "store", tmp / "serve.log",
                                                    with_process=True))
            pid = proc.pid
        result = run(url, pid, args.searches, args.every, args.timeout)
    print(json.dumps({k: v for k, v in result.items() if k != "rss_mb"}))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1), "utf-8")
    return 0 if result["errors"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
