"""What a store says about itself when exported as RDF: base IRI, title, publisher, licence.

The settings live in the manifest and carry over from write to write until changed, so a
``jixiao add`` does not forget the ``--base`` the store was built with."""

from __future__ import annotations

import time
from typing import Any

from jixiao.errors import JixiaoError
from jixiao.store.generation import Store

#: Publication settings a store keeps for its RDF exports.
PUBLICATION_KEYS = ("base", "title", "publisher", "licence")


def publication_settings(
    previous: Store | None, given: dict[str, str | None] | None
) -> dict[str, Any]:
    """The previous write's settings updated with the given ones (an empty string clears one);
    ``issued`` is the time of the store's first build."""
    old = dict(previous.manifest.get("publication") or {}) if previous else {}
    for key, value in (given or {}).items():
        if key not in PUBLICATION_KEYS:
            raise JixiaoError(f"unknown publication setting {key!r}: use one of "
                              + ", ".join(PUBLICATION_KEYS))
        if value is not None:
            old[key] = value or None
    first = previous.manifest.get("created") if previous else None
    old["issued"] = old.get("issued") or first or time.strftime("%Y-%m-%dT%H:%M:%S%z")
    return {k: v for k, v in old.items() if v is not None}
