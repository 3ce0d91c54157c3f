"""The store as every visitor sees it: always its live generation.

Documents can be added by any visitor of the page or by `jixiao add` in another process. Each
request asks for `LiveStore.jx`, which costs one small file read and re-opens the store (and
its search engine) only when the live generation has changed, so counts, filter choices and
results never lag behind the store.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from jixiao import api


@dataclass(frozen=True)
class Snapshot:
    """What one generation of the store offers the page: the opened store, its summary line
    and the values its filters can take."""

    jx: api.Jixiao
    summary: str
    choices: api.FilterChoices

    @property
    def generation(self) -> str:
        return self.jx.generation


class LiveStore:
    """The opened store behind the page, re-opened when its live generation changes."""

    def __init__(self, jx: api.Jixiao) -> None:
        self._lock = threading.Lock()
        self._snapshot = _snapshot(jx)

    @property
    def root(self):  # noqa: ANN201 - a Path
        return self._snapshot.jx.root

    def current(self) -> Snapshot:
        """The snapshot of the live generation (re-opened here if another visitor or process
        changed the store)."""
        snap = self._snapshot
        fresh = snap.jx.reopened()
        if fresh is snap.jx:
            return snap
        with self._lock:
            if self._snapshot.generation != fresh.generation:
                self._snapshot = _snapshot(fresh)
            return self._snapshot

    @property
    def jx(self) -> api.Jixiao:
        return self.current().jx

    def replace(self, jx: api.Jixiao) -> Snapshot:
        """Use `jx` (just returned by an add) unless a newer generation is already live."""
        with self._lock:
            if jx.generation != self._snapshot.generation:
                self._snapshot = _snapshot(jx)
        return self.current()


def _snapshot(jx: api.Jixiao) -> Snapshot:
    choices = jx.filter_choices()  # also loads the search engine, so the next question is quick
    stats = jx.stats()
    summary = (
        f"共 {stats.get('projects', 0)} 个项目、{stats.get('indicators', 0)} 条指标、"
        f"{stats.get('concepts', 0)} 种指标表述、{len(choices.units)} 个实施单位"
    )
    return Snapshot(jx, summary, choices)
