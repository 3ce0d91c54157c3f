"""Funds, targets and actual values as W3C Data Cube observations (``qb:Observation``).

Two ``qb:DataSet``s, their structures published in ``data/ontology.ttl``:

- ``<base>id/dataset/funds`` (``jx:FundsStructure``, aligned with OpenBudgets.eu): one
  observation per project, budget phase and funding source, dimensions
  ``obeu-dimension:organization`` (the implementing unit, else the department), ``jx:fiscalYear``
  (``xsd:gYear``), ``jx:project``, ``jx:budgetPhase``, ``jx:fundingSource``; measure
  ``obeu-measure:amount`` in 元 (``xsd:decimal``); attribute ``obeu-attribute:currency`` CNY.
- ``<base>id/dataset/indicator-values`` (``jx:IndicatorValuesStructure``): one observation per
  quantitative target, actual value or mid-term target of an indicator row, dimensions
  ``jx:indicator`` and ``jx:valueKind``, measure ``jx:numericValue``, attribute
  ``jx:comparator``. The same node is the row's ``schema:QuantitativeValue`` (``minValue`` for
  ≥ and >, ``maxValue`` for ≤ and <, ``value`` otherwise; ``schema:unitText``).

A project whose organisation or year the form does not give has no funds observations (every
dimension is required); it gets a ``jx:warning`` saying so instead.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rdflib import Graph, Literal, URIRef

from jixiao.kg.ontology import (
    CURRENCY,
    JX,
    OBEU_ATTRIBUTE,
    OBEU_DIMENSION,
    OBEU_MEASURE,
    QB,
    RDF,
    RDFS,
    SCHEMA,
    XSD,
    Iris,
)
from jixiao.vocab import FormKind

FUNDS_DATASET = "funds"
VALUES_DATASET = "indicator-values"

#: Record field of ``Funds`` → funding source code.
FUNDING_SOURCES = (
    ("total", JX.AllSources),
    ("fiscal", JX.FiscalAppropriation),
    ("carryover", JX.CarryOver),
    ("other", JX.OtherSources),
)
#: The notation of each code, used in observation IRIs.
_NOTATION = {
    JX.AllSources: "total", JX.FiscalAppropriation: "fiscal", JX.CarryOver: "carryover",
    JX.OtherSources: "other", JX.InitialBudget: "initial", JX.AdjustedBudget: "adjusted",
    JX.Execution: "executed",
}
#: Row attribute holding the parsed value → (value kind, the row's link, IRI suffix).
VALUE_KINDS = (
    ("target_parsed", JX.Target, JX.targetValue, "target"),
    ("actual_parsed", JX.Actual, JX.actualValue, "actual"),
    ("midterm_parsed", JX.MidtermTarget, JX.midtermTargetValue, "midterm"),
)
_MIN_OPS = {"≥", ">", ">="}
_MAX_OPS = {"≤", "<", "<="}

MISSING_YEAR = "funds not published as Data Cube observations: the form gives no year"
MISSING_ORG = ("funds not published as Data Cube observations: the form names no unit or "
               "department")


def decimal(x: float | int) -> Literal:
    # Plain positional notation: str(Decimal) may give `1E-5`, which is not a valid xsd:decimal.
    return Literal(format(Decimal(repr(float(x))), "f"), datatype=XSD.decimal)


def gyear(year: int) -> Literal:
    return Literal(f"{int(year):04d}", datatype=XSD.gYear)


def budget_phase(form: str) -> URIRef:
    """Declarations state the year's budget at its start; self-evaluations the full-year one."""
    return JX.AdjustedBudget if FormKind(form).is_self_evaluation else JX.InitialBudget


def fund_observations(
    out: Graph, iris: Iris, project: URIRef, a: dict[str, Any], org: str | None
) -> bool:
    """The project's amounts as observations; False (and a warning) when a dimension is
    unknown."""
    funds = a.get("funds") or {}
    amounts = [(budget_phase(a["form"]), source, funds[key])
               for key, source in FUNDING_SOURCES if funds.get(key) is not None]
    if funds.get("executed") is not None:
        amounts.append((JX.Execution, JX.AllSources, funds["executed"]))
    if not amounts:
        return False
    missing = MISSING_YEAR if not a.get("year") else MISSING_ORG if not org else None
    if missing:
        out.add((project, JX.warning, Literal(missing)))
        return False
    dataset = iris.dataset(FUNDS_DATASET)
    for phase, source, amount in amounts:
        obs = URIRef(f"{project}/funds/{_NOTATION[phase]}/{_NOTATION[source]}")
        out.add((obs, RDF.type, QB.Observation))
        out.add((obs, QB.dataSet, dataset))
        out.add((obs, OBEU_DIMENSION.organization, iris.node(org)))
        out.add((obs, JX.fiscalYear, gyear(a["year"])))
        out.add((obs, JX.project, project))
        out.add((obs, JX.budgetPhase, phase))
        out.add((obs, JX.fundingSource, source))
        out.add((obs, OBEU_MEASURE.amount, decimal(amount)))
        out.add((obs, OBEU_ATTRIBUTE.currency, CURRENCY.CNY))
    return True


def value_observations(out: Graph, iris: Iris, row: URIRef, a: dict[str, Any]) -> bool:
    """The row's quantitative target, actual and mid-term values; True when there was any."""
    dataset = iris.dataset(VALUES_DATASET)
    found = False
    for attr, kind, link, suffix in VALUE_KINDS:
        tv = a.get(attr)
        if not tv or tv.get("value") is None:
            continue
        found = True
        obs = URIRef(f"{row}/{suffix}")
        out.add((row, link, obs))
        out.add((obs, RDF.type, QB.Observation))
        out.add((obs, RDF.type, SCHEMA.QuantitativeValue))
        out.add((obs, QB.dataSet, dataset))
        out.add((obs, JX.indicator, row))
        out.add((obs, JX.valueKind, kind))
        op = tv.get("op") or "="
        value = decimal(tv["value"])
        out.add((obs, JX.numericValue, value))
        out.add((obs, JX.comparator, Literal(op)))
        schema_prop = (SCHEMA.minValue if op in _MIN_OPS
                       else SCHEMA.maxValue if op in _MAX_OPS else SCHEMA.value)
        out.add((obs, schema_prop, value))
        if tv.get("unit"):
            out.add((obs, SCHEMA.unitText, Literal(tv["unit"])))
    return found


def describe_datasets(out: Graph, iris: Iris, funds: bool, values: bool) -> None:
    """The ``qb:DataSet`` resources the observations belong to."""
    if funds:
        ds = iris.dataset(FUNDS_DATASET)
        out.add((ds, RDF.type, QB.DataSet))
        out.add((ds, QB.structure, JX.FundsStructure))
        out.add((ds, RDFS.label, Literal("项目资金", lang="zh")))
        out.add((ds, RDFS.label, Literal("project funds", lang="en")))
    if values:
        ds = iris.dataset(VALUES_DATASET)
        out.add((ds, RDF.type, QB.DataSet))
        out.add((ds, QB.structure, JX.IndicatorValuesStructure))
        out.add((ds, RDFS.label, Literal("绩效指标值", lang="zh")))
        out.add((ds, RDFS.label, Literal("indicator target and actual values", lang="en")))
