"""The distribution: one import root, every subpackage listed, bundled data found anywhere."""

from __future__ import annotations

import tomllib
from pathlib import Path

from jixiao.data import ontology_path, samples_dir, shapes_path

ROOT = Path(__file__).resolve().parents[1]
MAPPED = {"jixiao": "jixiao", "jixiao.kg": "kg", "jixiao.search": "search", "jixiao.ui": "ui",
          "jixiao.data": "data"}


def _config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]


def test_every_package_folder_is_in_the_distribution() -> None:
    config = _config()
    assert config["package-dir"] == MAPPED
    found = set()
    for name, folder in MAPPED.items():
        for init in (ROOT / folder).rglob("__init__.py"):
            rel = init.parent.relative_to(ROOT / folder).parts
            found.add(".".join((name, *rel)))
    assert found == set(config["packages"]), "add new subpackages to pyproject's packages list"
    assert all(p == "jixiao" or p.startswith("jixiao.") for p in config["packages"])


def test_bundled_data_is_package_data() -> None:
    assert sorted(p.name for p in samples_dir().glob("*.txt"))
    assert ontology_path().is_file() and shapes_path().is_file()
    patterns = _config()["package-data"]["jixiao.data"]
    assert "samples/*" in patterns and "*.ttl" in patterns
