"""Send named graphs to any SPARQL 1.1 store through the Graph Store HTTP Protocol.

``push`` PUTs each graph to ``<endpoint>?graph=<graph IRI>`` (N-Triples), DELETEs graphs it
pushed before that are gone, and remembers per endpoint the checksum of every graph it sent
(a small JSON state file), so a later push sends only the graphs that changed. The state is
written after every graph that succeeds: a push that fails half-way leaves a state that is
true, and the next push sends what is still missing.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jixiao.errors import JixiaoError

if TYPE_CHECKING:
    import urllib.error

STATE_FORMAT = 1
DEFAULT_TIMEOUT = 30.0
CONTENT_TYPE = "application/n-triples; charset=utf-8"
_BODY_SHOWN = 300  # characters of an error response shown to the user

#: progress(graph IRI, done, total)
Progress = Callable[[str, int, int], None]


@dataclass
class Target:
    """A Graph Store Protocol endpoint, e.g. ``http://127.0.0.1:7878/store`` (Oxigraph)."""

    url: str
    auth: tuple[str, str] | None = None  # basic auth (user, password)
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise JixiaoError(f"not a Graph Store Protocol URL: {self.url!r} (expected e.g. "
                              "http://127.0.0.1:7878/store)")
        if parts.username or parts.password:
            raise JixiaoError("put the credentials in the environment variable "
                              "(see `jixiao push --help`), not in the URL: the URL is kept in "
                              "the store's push state")
        if parts.fragment:
            raise JixiaoError(f"the URL {self.url!r} has a fragment (#…); remove it")
        if self.timeout <= 0:
            raise JixiaoError(f"the timeout must be positive, not {self.timeout}")

    def graph_url(self, graph: str) -> str:
        sep = "&" if urllib.parse.urlsplit(self.url).query else "?"
        return f"{self.url}{sep}graph={urllib.parse.quote(graph, safe='')}"


@dataclass
class PushResult:
    url: str
    sent: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    triples: int = 0  # triples sent
    bytes: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"url": self.url, "sent": self.sent, "unchanged": self.unchanged,
                "deleted": self.deleted, "triples": self.triples, "bytes": self.bytes,
                "seconds": round(self.seconds, 3), "dry_run": self.dry_run}


def state_path(directory: Path, url: str) -> Path:
    """Where the state of pushes to ``url`` is kept (one file per endpoint)."""
    return Path(directory) / (hashlib.sha256(url.encode("utf-8")).hexdigest()[:16] + ".json")


def load_state(path: Path, url: str) -> dict[str, str]:
    """Graph IRI → checksum of what was last pushed to ``url``; empty when never pushed."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise JixiaoError(f"the push state {path} is unreadable ({exc}): delete it and push "
                          "again with --full") from exc
    if not isinstance(data, dict) or data.get("url") != url or data.get("format") != STATE_FORMAT:
        return {}
    return {str(k): str(v) for k, v in (data.get("graphs") or {}).items()}


def _save_state(path: Path, url: str, graphs: Mapping[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"format": STATE_FORMAT, "url": url, "graphs": dict(sorted(graphs.items())),
               "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def push(
    graphs: Mapping[str, tuple[str, str, int]],
    target: Target,
    state_file: Path,
    full: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> PushResult:
    """Send ``graphs`` (IRI → (N-Triples text, checksum, triple count)) to ``target``.

    Only graphs whose checksum differs from the last push to this URL are sent (all of them
    with ``full``); graphs pushed before and no longer present are deleted.
    """
    started = time.perf_counter()
    note = progress or (lambda graph, done, total: None)
    known = {} if full else load_state(state_file, target.url)
    state = dict(load_state(state_file, target.url))
    result = PushResult(url=target.url, dry_run=dry_run)
    todo = [(iri, g) for iri, g in graphs.items() if known.get(iri) != g[1]]
    result.unchanged = [iri for iri in graphs if known.get(iri) == graphs[iri][1]]
    gone = sorted(iri for iri in state if iri not in graphs)
    for i, (iri, (text, checksum, triples)) in enumerate(todo):
        note(iri, i, len(todo))
        body = text.encode("utf-8")
        if not dry_run:
            _request(target, "PUT", iri, body)
            state[iri] = checksum
            _save_state(state_file, target.url, state)
        result.sent.append(iri)
        result.triples += triples
        result.bytes += len(body)
    for iri in gone:
        if not dry_run:
            _request(target, "DELETE", iri, None, missing_ok=True)
            state.pop(iri, None)
            _save_state(state_file, target.url, state)
        result.deleted.append(iri)
    note("", len(todo), len(todo))
    result.seconds = time.perf_counter() - started
    return result


def _request(target: Target, method: str, graph: str, body: bytes | None,
             missing_ok: bool = False) -> None:
    import urllib.error  # imported here: urllib.request is slow to import, a search needs none
    import urllib.request

    req = urllib.request.Request(target.graph_url(graph), data=body, method=method)
    if body is not None:
        req.add_header("Content-Type", CONTENT_TYPE)
    if target.auth:
        token = base64.b64encode(":".join(target.auth).encode("utf-8")).decode("ascii")
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=target.timeout) as resp:
            resp.read()
    except urllib.error.HTTPError as exc:
        if missing_ok and exc.code == 404:
            return
        raise JixiaoError(_http_message(target, method, graph, exc)) from exc
    except TimeoutError as exc:
        raise JixiaoError(f"{target.url} did not answer within {target.timeout:g} s while "
                          f"sending graph {graph}: try a longer --timeout") from exc
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise JixiaoError(f"{target.url} did not answer within {target.timeout:g} s: try a "
                              "longer --timeout") from exc
        why = getattr(reason, "strerror", None) or str(reason)
        raise JixiaoError(f"cannot reach {target.url}: {why} (is the store running, and is "
                          "this its Graph Store Protocol endpoint?)") from exc
    except OSError as exc:
        raise JixiaoError(f"cannot send graph {graph} to {target.url}: {exc}") from exc


def _http_message(target: Target, method: str, graph: str, exc: urllib.error.HTTPError) -> str:
    try:
        body = exc.read().decode("utf-8", "replace").strip()
    except OSError:
        body = ""
    detail = f": {body[:_BODY_SHOWN]}" if body else ""
    if exc.code in (401, 403):
        hint = ("the credentials were refused" if target.auth
                else "give credentials as user:password in the environment variable "
                     "(`jixiao push --auth-env NAME`, default JIXIAO_PUSH_AUTH)")
        return f"{target.url} refused {method} (HTTP {exc.code}): {hint}"
    if exc.code in (404, 405):
        return (f"{target.url} does not accept Graph Store Protocol {method} requests "
                f"(HTTP {exc.code}): give the store's graph store endpoint, e.g. "
                f"http://127.0.0.1:7878/store for Oxigraph{detail}")
    return f"{target.url} answered HTTP {exc.code} to {method} of graph {graph}{detail}"
