"""The parser quality report scores the real gold correctly: perfect on itself, errors where planted."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from benchscripts import load_bench_script

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pq():
    return load_bench_script("parse_quality")


@pytest.fixture(scope="module")
def gold(pq):
    data = pq.load_gold(ROOT / "bench" / "gold")
    assert data, "bench/gold holds no gold files"
    return data


def _first_project_with_rows(gold):
    for file, projects in gold.items():
        for i, project in enumerate(projects):
            if len(project["indicators"]) >= 2:
                return file, i
    raise AssertionError("no gold project with two indicator rows")


def test_gold_scored_against_itself_is_perfect(pq, gold):
    report = pq.score(gold, copy.deepcopy(gold))
    tallies = {**report.project_fields, **report.indicator_fields}
    for name, tally in tallies.items():
        if tally.gold:
            assert (tally.precision, tally.recall) == (1.0, 1.0), name
    assert report.row_accuracy == 1.0
    assert report.mismatches == []


def test_changed_target_counts_as_one_target_error(pq, gold):
    pred = copy.deepcopy(gold)
    file, i = _first_project_with_rows(gold)
    row = pred[file][i]["indicators"][1]
    row["target"] = "≥1234567(个)"
    report = pq.score(gold, pred)

    target = report.indicator_fields["target"]
    assert target.correct == target.gold - 1
    assert target.predicted == target.gold
    assert report.indicator_fields["level3"].recall == 1.0
    gold_rows = report.total("gold_rows")
    assert report.total("exact_rows") == gold_rows - 1
    assert [(m.file, m.field, m.predicted) for m in report.mismatches] == [
        (file, "row.target", "≥1234567(个)")
    ]
    listing = "\n".join(pq.format_mismatches(report))
    assert f"L{row['line']}" in listing and "≥1234567(个)" in listing


def test_width_and_space_variants_are_not_errors(pq, gold):
    pred = copy.deepcopy(gold)
    file, i = _first_project_with_rows(gold)
    project = pred[file][i]
    project["name"] = " ".join(project["name"])  # PDF-style spaces inside the name
    row = project["indicators"][0]
    row["target"] = row["target"].translate(str.maketrans("%()", "％（）"))
    row["level3"] = f" {row['level3']} "
    report = pq.score(gold, pred)
    assert report.mismatches == []


def test_missing_project_and_extra_row_hit_recall_and_precision(pq, gold):
    pred = copy.deepcopy(gold)
    file, i = _first_project_with_rows(gold)
    dropped = pred[file].pop(i)
    other_file, other = next((f, p) for f, ps in pred.items() for p in ps if p["indicators"])
    other["indicators"].append(dict(other["indicators"][0], level3="凭空多出的指标", line=None))
    report = pq.score(gold, pred)

    name = report.project_fields["name"]
    assert name.precision == 1.0 and name.recall < 1.0
    assert report.total("matched_projects") == report.total("gold_projects") - 1
    level3 = report.indicator_fields["level3"]
    assert level3.gold - level3.correct == len(dropped["indicators"])
    assert level3.predicted - level3.correct == 1
    kinds = {m.kind for m in report.mismatches}
    assert {"missing_project", "missing_row", "extra_row"} <= kinds


def test_cli_json_report_from_prediction_dir(pq, gold, tmp_path, capsys):
    pred = copy.deepcopy(gold)
    file, i = _first_project_with_rows(gold)
    # Beyond the ±0.5 % the bench allows amounts.
    pred[file][i]["funds"]["total"] = (gold[file][i]["funds"]["total"] or 1000.0) * 1.1
    for name, projects in pred.items():
        (tmp_path / name.replace(".txt", ".json")).write_text(
            json.dumps(projects, ensure_ascii=False), encoding="utf-8"
        )
    assert pq.main(["--set", "bundled", "--pred", str(tmp_path), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)["bundled"]
    total = summary["project_fields"]["funds.total"]
    assert total["correct"] == total["gold"] - 1
    assert summary["row_accuracy"] == 1.0


def test_in_report_scores_a_sample_read_inside_report_prose_as_alone(pq, capsys):
    # The bundled sample read from OCR-like text, between a report's headings and prose: the
    # same rows, and no form made of the prose.
    sample = "002_32f32fcf7c831214.txt"
    alone = pq.run_set(pq.SAMPLES_DIR, ROOT / "bench" / "gold")
    assert pq.main(["--set", "bundled", "--in-report", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)["bundled"]
    files = {f["file"]: f for f in report["files"]} if isinstance(report["files"], list) \
        else report["files"]
    assert files[sample]["exact_rows"] == alone.files[sample].exact_rows
    assert all(not f.get("errors") for f in files.values())
