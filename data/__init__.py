"""Bundled data: sample documents (``samples/``), the ontology and the SHACL shapes.

Found through ``importlib.resources``, so an installed wheel works from any directory.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _path(name: str) -> Path:
    # pip unpacks wheels, so the package's files are real paths on disk.
    return Path(str(files(__name__) / name))


def samples_dir() -> Path:
    """The bundled sample documents."""
    return _path("samples")


def ontology_path() -> Path:
    return _path("ontology.ttl")


def shapes_path() -> Path:
    return _path("shapes.ttl")


def records_schema_path() -> Path:
    """The JSON Schema of `jixiao parse --json` records."""
    return _path("records.schema.json")
