"""The ``catalog`` graph: what an export is, for DCAT and VoID tools, and how it was made (PROV).

- ``<base>id/dataset/kg``: ``dcat:Dataset`` + ``void:Dataset`` with title, publisher, licence,
  issued/modified, language, the vocabularies it uses, VoID counts (triples, entities, one
  ``void:classPartition`` per main class) and its parts (the two ``qb:DataSet``s);
- ``<base>id/dataset/sources``: the source documents as a ``dcat:Dataset`` whose
  distributions are the documents (each also a ``prov:Entity``, described in its own graph
  with its SHA-256 ``spdx:checksum``, byte size and media type);
- ``<base>id/build/<generation>``: the ``prov:Activity`` of the store build that used the
  documents, associated with the ``prov:SoftwareAgent`` jixiao and carrying the reader version.

The catalog is the only part of an export that changes when nothing but the build does (its
dates and generation), so it is its own named graph.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

import networkx as nx
from rdflib import Graph, Literal, URIRef

from jixiao.kg import graph as kgg
from jixiao.kg import ids
from jixiao.kg.ontology import (
    DCAT,
    DCTERMS,
    FOAF,
    JX,
    ONTOLOGY,
    ORG,
    OWL,
    PROV,
    QB,
    RDF,
    RDFS,
    VOID,
    XSD,
    Iris,
    bind_prefixes,
)

DEFAULT_TITLE = "绩效目标知识图谱"
LANGUAGE_ZH = URIRef("http://id.loc.gov/vocabulary/iso639-1/zh")
PLACEHOLDER_NOTE = ("IRIs use the placeholder base https://jixiao.example.org/; publish with "
                    "your own base (jixiao build --base, or export/push --base).")
VOCABULARIES = (
    "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/org#",
    "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/", "http://www.w3.org/ns/dcat#",
    "http://purl.org/linked-data/cube#", "http://data.openbudgets.eu/ontology/",
    "https://schema.org/", "http://spdx.org/rdf/terms#",
)
#: Classes counted in ``void:classPartition``s.
COUNTED_CLASSES = (
    ("Project", JX.Project), ("Indicator", JX.Indicator), ("Organization", ORG.Organization),
    ("IndicatorCategory", JX.IndicatorCategory), ("IndicatorConcept", JX.IndicatorConcept),
    ("Year", JX.Year), ("Observation", QB.Observation),
)
# Media types by file format as the reader reports it; text files go by their extension.
_MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xls": "application/vnd.ms-excel",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}
_TEXT_TYPES = {".md": "text/markdown", ".csv": "text/csv", ".tsv": "text/tab-separated-values"}


@dataclass
class SourceDocument:
    """One source document as the store's manifest lists it."""

    name: str
    sha256: str | None = None
    bytes: int | None = None
    format: str | None = None  # text, xlsx, xls, docx, pdf (FileReport.format)
    projects: int = 0
    indicators: int = 0

    @property
    def media_type(self) -> str:
        if self.format in _MEDIA_TYPES:
            return _MEDIA_TYPES[self.format]
        suffix = PurePath(self.name).suffix.lower()
        if suffix in _TEXT_TYPES:
            return _TEXT_TYPES[suffix]
        guessed = mimetypes.guess_type(self.name)[0]
        return guessed if guessed and self.format in (None, "text") else "text/plain"


@dataclass
class Publication:
    """What the catalog says about an export: the store's settings and its manifest."""

    base: str = ids.DEFAULT_BASE
    title: str = DEFAULT_TITLE
    description: str | None = None
    publisher: str | None = None  # a name, or the publisher's IRI
    licence: str | None = None  # an IRI
    issued: str | None = None  # ISO 8601 date-time
    modified: str | None = None
    generation: str | None = None
    reader: str | None = None  # reader fingerprint
    software: str = "jixiao"
    software_version: str | None = None
    documents: list[SourceDocument] = field(default_factory=list)


def _datetime(text: str | None) -> Literal | None:
    """``2025-05-01T10:00:00+0800`` (the manifest's form) → xsd:dateTime with ``+08:00``."""
    if not text:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S"):
        try:
            return Literal(datetime.strptime(text, fmt).isoformat(), datatype=XSD.dateTime)
        except ValueError:
            continue
    return Literal(text, datatype=XSD.dateTime) if "T" in text else None


def _is_iri(text: str) -> bool:
    return text.startswith(("http://", "https://", "urn:"))


def describe(iris: Iris, pub: Publication, data: Mapping[URIRef, Graph],
             g: nx.MultiDiGraph) -> Graph:
    """The catalog graph for an export whose data graphs are ``data``."""
    out = bind_prefixes(Graph(), iris.base)
    kg = iris.dataset("kg")
    sources = iris.dataset("sources")
    out.add((kg, RDF.type, DCAT.Dataset))
    out.add((kg, RDF.type, VOID.Dataset))
    out.add((kg, RDF.type, PROV.Entity))
    out.add((kg, DCTERMS.title, Literal(pub.title, lang="zh")))
    if pub.description:
        out.add((kg, DCTERMS.description, Literal(pub.description, lang="zh")))
    out.add((kg, DCTERMS.language, LANGUAGE_ZH))
    out.add((kg, DCTERMS.conformsTo, ONTOLOGY))
    for when, prop in ((pub.issued, DCTERMS.issued), (pub.modified, DCTERMS.modified)):
        lit = _datetime(when)
        if lit is not None:
            out.add((kg, prop, lit))
    if pub.licence:
        out.add((kg, DCTERMS.license, URIRef(pub.licence)))
    if pub.publisher:
        publisher = URIRef(pub.publisher) if _is_iri(pub.publisher) else iris.agent("publisher")
        out.add((kg, DCTERMS.publisher, publisher))
        out.add((publisher, RDF.type, FOAF.Agent))
        if not _is_iri(pub.publisher):
            out.add((publisher, FOAF.name, Literal(pub.publisher)))
    if ids.is_placeholder(iris.base):
        out.add((kg, RDFS.comment, Literal(PLACEHOLDER_NOTE, lang="en")))
    for vocab in VOCABULARIES:
        out.add((kg, VOID.vocabulary, URIRef(vocab)))
    _counts(out, kg, iris, data, g)

    out.add((sources, RDF.type, DCAT.Dataset))
    out.add((sources, DCTERMS.title, Literal("源文档", lang="zh")))
    out.add((sources, DCTERMS.title, Literal("source documents", lang="en")))
    out.add((kg, PROV.wasDerivedFrom, sources))
    out.add((kg, DCTERMS.source, sources))

    activity = iris.build(pub.generation or "unknown")
    agent = iris.agent(pub.software)
    out.add((activity, RDF.type, PROV.Activity))
    out.add((activity, RDFS.label, Literal(f"build {pub.generation or ''}".strip())))
    out.add((activity, PROV.wasAssociatedWith, agent))
    out.add((activity, PROV.generated, kg))
    if pub.reader:
        out.add((activity, JX.readerVersion, Literal(pub.reader)))
    ended = _datetime(pub.modified)
    if ended is not None:
        out.add((activity, PROV.endedAtTime, ended))
    out.add((kg, PROV.wasGeneratedBy, activity))
    out.add((agent, RDF.type, PROV.SoftwareAgent))
    out.add((agent, RDFS.label, Literal(pub.software)))
    if pub.software_version:
        out.add((agent, OWL.versionInfo, Literal(pub.software_version)))

    for doc in pub.documents:
        d = iris.node(ids.document_id(doc.name))
        out.add((sources, DCAT.distribution, d))
        out.add((kg, PROV.wasDerivedFrom, d))
        out.add((activity, PROV.used, d))
    return out


def _counts(out: Graph, kg: URIRef, iris: Iris, data: Mapping[URIRef, Graph],
            g: nx.MultiDiGraph) -> None:
    """VoID statistics of the data graphs (vocabulary and catalog not counted)."""
    triples = sum(len(part) for part in data.values())
    subjects = set()
    for part in data.values():
        subjects.update(part.subjects(unique=True))
    entities = {s for part in data.values() for s in part.subjects(DCTERMS.identifier)}
    out.add((kg, VOID.triples, Literal(triples, datatype=XSD.integer)))
    out.add((kg, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    out.add((kg, VOID.entities, Literal(len(entities), datatype=XSD.integer)))
    out.add((kg, VOID.uriSpace, Literal(iris.base + "id/")))
    projects = kgg.nodes_of_type(g, kgg.PROJECT)
    if projects:
        out.add((kg, VOID.exampleResource, iris.node(projects[0])))
    for name, cls in COUNTED_CLASSES:
        members = {s for part in data.values() for s in part.subjects(RDF.type, cls)}
        partition = URIRef(f"{kg}/class/{name}")
        out.add((kg, VOID.classPartition, partition))
        out.add((partition, VOID["class"], cls))
        out.add((partition, VOID.entities, Literal(len(members), datatype=XSD.integer)))
    for part in data.values():
        for ds in part.subjects(RDF.type, QB.DataSet):
            out.add((kg, DCTERMS.hasPart, ds))
    out.add((kg, VOID.rootResource, iris.scheme))
