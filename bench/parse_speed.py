"""Reading time against input size: is the reader linear?

    python bench/parse_speed.py              # 100 KB … 5 MB of text forms
    python bench/parse_speed.py --json out.json

Documents are made by repeating the development set's text documents (every layout family)
until the size is reached, so each size holds the same mix of shapes. Time is the whole
`read_bytes` (decode, grid, interpretation, accounting); the ratio column divides seconds per MB
by the smallest size's, so 1.0 everywhere is linear. Compare within one run: the machine is
shared.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from jixiao.kg.reader import read_bytes

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "bench" / "reader_eval" / "dev" / "docs"
SIZES_KB = (100, 250, 500, 1000, 2500, 5000)
TEXT_SUFFIXES = (".txt", ".md", ".tsv", ".csv")


def corpus() -> bytes:
    """The dev set's UTF-8 text documents, one after another (encodings differ per file, so
    each is decoded and re-encoded as UTF-8)."""
    parts = []
    for path in sorted(DOCS.iterdir()):
        if path.suffix not in TEXT_SUFFIXES:
            continue
        report_text = None
        for enc in ("utf-8-sig", "gb18030", "utf-16"):
            try:
                report_text = path.read_bytes().decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if report_text:
            parts.append(report_text.replace("\x00", ""))
    return "\n\n".join(parts).encode("utf-8")


def document(size_kb: int, base: bytes) -> bytes:
    out = bytearray()
    while len(out) < size_kb * 1024:
        out += base + b"\n\n"
    return bytes(out[: size_kb * 1024])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES_KB))
    args = parser.parse_args()
    base = corpus()
    rows = []
    first = None
    print(f"{'size':>8} {'seconds':>8} {'s/MB':>7} {'ratio':>6} {'projects':>9} {'rows':>7}")
    for kb in args.sizes:
        data = document(kb, base)
        start = time.perf_counter()
        report = read_bytes(data, f"bench-{kb}kb.txt")
        seconds = time.perf_counter() - start
        per_mb = seconds / (len(data) / 1e6)
        first = first or per_mb
        rows.append({"kb": kb, "seconds": round(seconds, 2), "s_per_mb": round(per_mb, 2),
                     "ratio": round(per_mb / first, 2), "projects": len(report.projects),
                     "rows": sum(len(p.indicators) for p in report.projects)})
        r = rows[-1]
        print(f"{kb:>6}KB {r['seconds']:>8} {r['s_per_mb']:>7} {r['ratio']:>6} "
              f"{r['projects']:>9} {r['rows']:>7}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
