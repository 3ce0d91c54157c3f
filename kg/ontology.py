"""The vocabulary: our own terms (JX), the standard ones the export uses, and the IRIs it mints.

The published ontology is ``data/ontology.ttl`` (labels in Chinese and English, the Data Cube
structures and their code lists); the form-kind classes are added from ``jixiao.vocab`` so
their labels are defined once (``load_ontology``). SHACL shapes for the export are
``data/shapes.ttl``. Every JX term used by ``kg.rdf`` must be declared (a test checks this).

The vocabulary namespace is fixed (``https://jixiao.example.org/ontology#``) whatever base IRI
a store publishes its data under: ``Iris`` mints the data IRIs from that base.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import (
    DCAT,
    DCTERMS,
    FOAF,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    SDO,
    SKOS,
    VOID,
    XSD,
)

from jixiao.data import ontology_path, shapes_path
from jixiao.kg.ids import BASE, DEFAULT_BASE
from jixiao.vocab import FormKind

JX = Namespace(BASE + "ontology#")
ONTOLOGY = URIRef(BASE + "ontology")
ID = Namespace(DEFAULT_BASE + "id/")
SCHEMA = SDO  # https://schema.org/
SH = Namespace("http://www.w3.org/ns/shacl#")
SPDX = Namespace("http://spdx.org/rdf/terms#")
OBEU = Namespace("http://data.openbudgets.eu/ontology/")
OBEU_DIMENSION = Namespace("http://data.openbudgets.eu/ontology/dsd/dimension/")
OBEU_MEASURE = Namespace("http://data.openbudgets.eu/ontology/dsd/measure/")
OBEU_ATTRIBUTE = Namespace("http://data.openbudgets.eu/ontology/dsd/attribute/")
OBEU_BUDGET_PHASE = Namespace("http://data.openbudgets.eu/resource/codelist/budget-phase/")
#: The EU Publications Office currency authority table (what OBEU's currency attribute uses).
CURRENCY = Namespace("http://publications.europa.eu/resource/authority/currency/")
IANA_MEDIA = Namespace("https://www.iana.org/assignments/media-types/")

#: The ConceptScheme holding indicator categories (level 1 and 2) and indicator concepts.
INDICATOR_SCHEME = ID["scheme/indicators"]

#: The form kind → its class (a subclass of jx:Project).
FORM_CLASS = {
    FormKind.TARGET_DECLARATION: JX.TargetDeclaration,
    FormKind.SELF_EVALUATION: JX.SelfEvaluation,
    FormKind.DEPARTMENT_TARGET: JX.DepartmentTargetDeclaration,
    FormKind.DEPARTMENT_SELF_EVALUATION: JX.DepartmentSelfEvaluation,
}

PREFIXES = {
    "jx": JX,
    "id": ID,
    "skos": SKOS,
    "org": ORG,
    "prov": PROV,
    "dcterms": DCTERMS,
    "dcat": DCAT,
    "void": VOID,
    "qb": QB,
    "spdx": SPDX,
    "foaf": FOAF,
    "obeu": OBEU,
    "obeu-dimension": OBEU_DIMENSION,
    "obeu-measure": OBEU_MEASURE,
    "obeu-attribute": OBEU_ATTRIBUTE,
    "schema": SCHEMA,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "rdf": RDF,
}

__all__ = [
    "CURRENCY", "DCAT", "DCTERMS", "FOAF", "FORM_CLASS", "IANA_MEDIA", "ID", "INDICATOR_SCHEME",
    "JX", "Iris", "OBEU", "OBEU_ATTRIBUTE", "OBEU_BUDGET_PHASE", "OBEU_DIMENSION",
    "OBEU_MEASURE", "ONTOLOGY", "ORG", "OWL", "PREFIXES", "PROV", "QB", "RDF", "RDFS", "SCHEMA",
    "SH", "SKOS", "SPDX", "VOID", "XSD", "bind_prefixes", "load_ontology", "load_shapes",
    "ontology_path", "shapes_path",
]


@dataclass(frozen=True)
class Iris:
    """The data IRIs of one publication: nodes, helper resources and named graphs."""

    base: str = DEFAULT_BASE

    def node(self, short: str) -> URIRef:
        return URIRef(f"{self.base}id/{short}")

    @property
    def scheme(self) -> URIRef:
        return URIRef(f"{self.base}id/scheme/indicators")

    def dataset(self, name: str) -> URIRef:
        """``kg`` (the whole export), ``funds``, ``indicator-values``, ``sources``."""
        return URIRef(f"{self.base}id/dataset/{name}")

    def graph(self, name: str) -> URIRef:
        """Named graphs: ``vocabulary``, ``shared``, ``catalog``, ``document/…``."""
        return URIRef(f"{self.base}graph/{name}")

    def agent(self, name: str) -> URIRef:
        return URIRef(f"{self.base}id/agent/{name}")

    def build(self, generation: str) -> URIRef:
        return URIRef(f"{self.base}id/build/{generation}")


def bind_prefixes(g: Graph, base: str = DEFAULT_BASE) -> Graph:
    for prefix, ns in PREFIXES.items():
        if prefix == "id":
            ns = Namespace(base + "id/")
        g.bind(prefix, ns, override=True, replace=True)
    return g


def load_ontology() -> Graph:
    """The published vocabulary: ``data/ontology.ttl`` plus the form-kind classes."""
    g = Graph().parse(ontology_path(), format="turtle")
    for kind, cls in FORM_CLASS.items():
        g.add((cls, RDF.type, OWL.Class))
        g.add((cls, RDFS.subClassOf, JX.Project))
        g.add((cls, RDFS.label, Literal(kind.label_zh, lang="zh")))
        g.add((cls, RDFS.label, Literal(kind.label_en, lang="en")))
        g.add((cls, SKOS.notation, Literal(str(kind))))
        g.add((cls, RDFS.isDefinedBy, ONTOLOGY))
    return g


def load_shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")
