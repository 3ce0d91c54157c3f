"""The store as every visitor sees it: always its live generation.

Documents can be added by any visitor of the page or by `jixiao add` in another process. Each
request asks for `PageStore.current()`, which costs one small file read and re-opens the store
(and its search engine) only when the live generation has changed, so counts, filter choices
and results never lag behind the store. Uploads queue on the store's one writer thread
(`api.LiveStore`), which commits the uploads waiting at that moment together.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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


class PageStore:
    """The opened store behind the page, re-opened when its live generation changes."""

    def __init__(self, jx: api.Jixiao) -> None:
        self._lock = threading.Lock()
        self._live = api.LiveStore(jx)
        self._snapshot = _snapshot(self._live.jx)

    @property
    def root(self) -> Path:
        return self._snapshot.jx.root

    def current(self) -> Snapshot:
        """The snapshot of the live generation (re-opened here if another visitor or process
        changed the store)."""
        fresh = self._live.current()
        snap = self._snapshot
        if fresh.generation == snap.generation:
            return snap
        with self._lock:
            if self._snapshot.generation != fresh.generation:
                self._snapshot = _snapshot(fresh)
            return self._snapshot

    @property
    def jx(self) -> api.Jixiao:
        return self.current().jx

    def add(self, paths: Sequence[Path], names: Sequence[str | None] | None = None
            ) -> api.BuildResult:
        """Add documents through the store's writer queue; returns when they are committed."""
        return self._live.add(paths, names)

    def close(self) -> None:
        self._live.close()


def _snapshot(jx: api.Jixiao) -> Snapshot:
    choices = jx.filter_choices()  # also loads the search engine, so the next question is quick
    stats = jx.stats()
    summary = (
        f"共 {stats.get('projects', 0)} 个项目、{stats.get('indicators', 0)} 条指标、"
        f"{stats.get('concepts', 0)} 种指标表述、{len(choices.units)} 个实施单位"
    )
    return Snapshot(jx, summary, choices)
