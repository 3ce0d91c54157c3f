"""Writers queue on the store's lock file instead of failing; readers never take it."""

from __future__ import annotations

import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from jixiao.errors import JixiaoError
from jixiao.store.layout import LOCK

#: How long a writer waits for the one before it (an add is seconds; a full build of a large
#: store may take many minutes). Override with $JIXIAO_WRITE_TIMEOUT (seconds).
DEFAULT_TIMEOUT = 1800.0
_POLL = 0.05


def write_timeout() -> float:
    try:
        return float(os.environ.get("JIXIAO_WRITE_TIMEOUT", DEFAULT_TIMEOUT))
    except ValueError:
        return DEFAULT_TIMEOUT


@contextmanager
def writer_lock(root: Path, timeout: float | None = None,
                waiting: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the store's writer lock, waiting up to ``timeout`` seconds for other writers."""
    timeout = write_timeout() if timeout is None else timeout
    path = Path(root) / LOCK
    with open(path, "a+") as lock:
        started = time.monotonic()
        told = False
        while True:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if not told and waiting is not None:
                    waiting(f"waiting for another writer ({_holder(path)})")
                    told = True
                if time.monotonic() - started >= timeout:
                    raise JixiaoError(
                        f"another writer ({_holder(path)}) has been writing the store {root} "
                        f"for over {timeout:.0f} s; try again when it has finished") from None
                time.sleep(_POLL)
        try:
            info = path.with_name(LOCK + ".holder")
            info.write_text(json.dumps({"pid": os.getpid(), "since": time.time()}), "utf-8")
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.with_name(LOCK + ".holder").read_text("utf-8"))
        since = time.strftime("%H:%M:%S", time.localtime(info["since"]))
        return f"process {info['pid']}, since {since}"
    except (OSError, ValueError, KeyError, TypeError):
        return "another process"
