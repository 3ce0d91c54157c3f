"""The JSON Schema of `jixiao parse --json` records: real output and constructed records
validate, the schema describes every field, and the ids are the ones the store gives."""

from __future__ import annotations

import contextlib
import io
import json

import jsonschema
import pytest

from jixiao import api
from jixiao.cli import main
from jixiao.data import records_schema_path
from jixiao.kg import graph as kgg
from jixiao.kg.records import (
    RECORDS_SCHEMA,
    FileReport,
    Funds,
    Indicator,
    Location,
    Project,
    Source,
    TargetValue,
)
from jixiao.store import samples_dir
from jixiao.vocab import FormKind, TextFlag

SAMPLES = sorted(samples_dir().glob("*.txt"))


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(records_schema_path().read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def printed():
    """What `jixiao parse --json` prints for the bundled samples, one record per line."""
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf), contextlib.redirect_stderr(io.StringIO()):
        assert main(["parse", *map(str, SAMPLES), "--json"]) == 0
    return [json.loads(line) for line in buf.getvalue().splitlines()]


def _errors(validator, record):
    return [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(record)]


def test_parse_json_output_validates(validator, printed):
    assert len(printed) > 20
    for record in printed:
        assert record["schema_version"] == RECORDS_SCHEMA
        assert not _errors(validator, record), record["name"]


def _full_record() -> Project:
    """Every field of contract v2 filled (the bundled text samples leave many empty)."""
    ind = Indicator(
        "满意度指标", "服务对象满意度指标", "考生满意度", "≥90(%)",
        target_parsed=TargetValue("≥", 90.0, "%"), actual="96(%)",
        actual_parsed=TargetValue("=", 96.0, "%"), weight=10.0, score=9.5, deviation="无",
        level1_as_printed="满意度", level2_as_printed="服务对象满意度", line=12,
        midterm_target="≥92(%)", extra={"指标解释": "问卷调查"}, flags=[str(TextFlag.REPAIRED)],
        location=Location(line=12, last_line=12, sheet="Sheet1", cells="B12:F12", page=2,
                          table=1),
    )
    empty = Indicator("产出指标", "数量指标", None, line=13)
    return Project(
        name="职称评审", name_as_printed="职称评审", department="天津市卫生健康委员会",
        unit="天津市医学考试中心", year=2024, form=FormKind.DEPARTMENT_SELF_EVALUATION,
        funds=Funds(1.0, 1.0, 0.0, 0.0, 1.0, 100.0), goal="完成", total_score=95.0, grade="优",
        indicators=[ind, empty],
        source=Source("book.xlsx", 1, 20, sheet="Sheet1", cells="A1:H20", page=1, last_page=2,
                      format="xlsx"),
        warnings=["amount unit not printed; assumed 万元"], department_code="11120000000000000X",
        unit_code="12120000MB1234567X", project_code="XM-1", extra={"项目负责人": "张三"},
        flags=[str(TextFlag.GARBLED)],
    )


def test_constructed_records_with_every_field_validate(validator):
    report = FileReport(file="book.xlsx", projects=[_full_record()], format="xlsx")
    (record,) = api.records_json([report], base="https://data.example.gov.cn/jx/")
    assert not _errors(validator, record)
    assert record["iri"] == "https://data.example.gov.cn/jx/id/" + record["id"]
    assert record["indicators"][1]["concept_id"] is None  # no wording, no concept


def _keys(schema_part: dict) -> set[str]:
    return set(schema_part.get("properties", {}))


def test_the_schema_describes_every_field(validator):
    schema = validator.schema
    (record,) = api.records_json([FileReport(file="book.xlsx", projects=[_full_record()])])
    assert set(record) <= _keys(schema)
    assert set(record["source"]) <= _keys(schema["properties"]["source"])
    assert set(record["funds"]) <= _keys(schema["properties"]["funds"])
    ind = schema["$defs"]["indicator"]
    for row in record["indicators"]:
        assert set(row) <= _keys(ind)
    assert set(record["indicators"][0]["location"]) <= _keys(schema["$defs"]["location"])
    assert schema["$defs"]["form"]["enum"] == [str(k) for k in FormKind]
    assert schema["$defs"]["flag"]["enum"] == [str(f) for f in TextFlag]
    assert schema["properties"]["schema_version"]["const"] == RECORDS_SCHEMA


@pytest.mark.parametrize("change, where", [
    (lambda r: r.update(schema_version=1), "schema_version"),
    (lambda r: r.update(id="project/123"), "id"),
    (lambda r: r.update(form="annual_report"), "form"),
    (lambda r: r["indicators"][0].update(target_parsed={"op": "~", "value": 1}), "indicators"),
    (lambda r: r.pop("funds"), "funds"),
])
def test_broken_records_do_not_validate(validator, printed, change, where):
    record = json.loads(json.dumps(printed[0]))
    change(record)
    errors = _errors(validator, record)
    assert errors and any(where in e for e in errors), errors


def test_record_ids_are_the_ids_the_store_gives(graph_store, printed):
    g = graph_store.store.graph()
    projects = set(kgg.nodes_of_type(g, kgg.PROJECT))
    assert {r["id"] for r in printed} == projects
    for r in printed:
        rows = kgg.indicators_of(g, r["id"])
        assert sorted(i["id"] for i in r["indicators"]) == sorted(rows)
        assert r["document_id"] == g.nodes[r["id"]]["document"]
        for i in r["indicators"]:
            assert i["concept_id"] == kgg.concept_of(g, i["id"])


def test_search_hits_and_suggestion_rows_carry_iris(bundled_store):
    hit = bundled_store.search("考生满意度", k=3).hits[0]
    assert hit.iri == bundled_store.iri(hit.id) and hit.to_json()["iri"].endswith(hit.id)
    rows = bundled_store.export_suggestion_rows(bundled_store.suggest("组织卫生专业技术资格考试", 5))
    assert rows and all(r["IRI"].endswith(r["指标概念ID"]) for r in rows)
