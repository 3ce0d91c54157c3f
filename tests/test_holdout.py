"""Documents the reader was not tuned on (bench/holdout: other provinces' layouts, GBK and
UTF-16 files) read as well as their hand-written gold says they should."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "bench" / "holdout"

# Measured with `python bench/parse_quality.py --samples bench/holdout --gold bench/holdout/gold`.
MIN_EXACT_ROWS = 53


def _parse_quality():
    spec = importlib.util.spec_from_file_location("parse_quality", ROOT / "bench" / "parse_quality.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def test_held_out_documents_read_with_every_project_and_row():
    pq = _parse_quality()
    gold = pq.load_gold(HOLDOUT / "gold")
    paths = sorted(HOLDOUT.glob("*.txt"))
    assert len(gold) == len(paths) == 4
    pred, extra = pq.read_predictions(paths)
    report = pq.score(gold, pred)
    counts = report.to_json()["counts"]
    assert counts["matched_projects"] == counts["gold_projects"] == counts["found_projects"]
    assert counts["exact_rows"] >= MIN_EXACT_ROWS, pq.format_report(report, verbose=True)
    assert not [e for info in extra.values() for e in info.errors]
    # Encodings come out right: names read in GBK and UTF-16 files are the gold names.
    names = {p["name"] for projects in pred.values() for p in projects}
    assert names == {p["name"] for projects in gold.values() for p in projects}
