"""The vocabulary: our own terms (JX) and the standard ones the export uses.

The published ontology is ``data/ontology.ttl`` (labels in Chinese and English); SHACL shapes
for the export are ``data/shapes.ttl``. Every JX term used by ``kg.rdf`` must be declared there
(a test checks this).
"""

from __future__ import annotations

from rdflib import Graph, Namespace
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD

from jixiao.data import ontology_path, shapes_path
from jixiao.kg.ids import BASE, ID_BASE

JX = Namespace(BASE + "ontology#")
ID = Namespace(ID_BASE)
SCHEMA = SDO  # https://schema.org/
SH = Namespace("http://www.w3.org/ns/shacl#")

#: The ConceptScheme holding indicator categories (level 1 and 2) and indicator concepts.
INDICATOR_SCHEME = ID["scheme/indicators"]

PREFIXES = {
    "jx": JX,
    "id": ID,
    "skos": SKOS,
    "org": ORG,
    "prov": PROV,
    "dcterms": DCTERMS,
    "schema": SCHEMA,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "rdf": RDF,
}

__all__ = [
    "DCTERMS", "ID", "INDICATOR_SCHEME", "JX", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS",
    "SCHEMA", "SH", "SKOS", "XSD", "bind_prefixes", "load_ontology", "load_shapes",
    "ontology_path", "shapes_path",
]



def bind_prefixes(g: Graph) -> Graph:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def load_ontology() -> Graph:
    return Graph().parse(ontology_path(), format="turtle")


def load_shapes() -> Graph:
    return Graph().parse(shapes_path(), format="turtle")
