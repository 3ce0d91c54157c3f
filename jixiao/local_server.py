"""`jixiao serve` in a child process on a free loopback port, for the browser test and benches."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(store_dir: Path, log_path: Path, timeout: float = 300,
            with_process: bool = False) -> Iterator[Any]:
    """Start `jixiao serve --store store_dir`, wait until the page answers, yield its URL (and
    the server process, with ``with_process``).

    Raises RuntimeError with the server's log when it exits or does not answer in time.
    """
    port = free_port()
    env = {**os.environ, "GRADIO_ANALYTICS_ENABLED": "False", "JIXIAO_DEBUG": "1"}
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jixiao", "serve", "--store", str(store_dir),
             "--port", str(port)],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        )
        url = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + timeout
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"jixiao serve exited ({proc.returncode}):\n"
                                       + Path(log_path).read_text())
                with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=5) as r:
                    if r.status == 200:
                        break
                if time.monotonic() > deadline:
                    raise RuntimeError("jixiao serve did not answer:\n"
                                       + Path(log_path).read_text())
                time.sleep(0.5)
            yield (url, proc) if with_process else url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
