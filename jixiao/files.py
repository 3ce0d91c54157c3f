"""Files the store writes: atomically, durably, and with a checksum that is verified on load.

Every directory of index files (a segment, a generation) ends with a ``CHECKSUMS.json`` that lists
each file's size and checksum; it is written last, so a directory without it is incomplete and is
never used. The checksum is the wrapping 64-bit sum of the file's little-endian words (``sum64``):
any changed byte changes it (a byte's change is at most ±255·2⁵⁶, never 0 mod 2⁶⁴), and numpy
sums ~10 GB/s where CRC-32 does 2.5, so verifying a 250 MB index costs ~25 ms of a cold start.
It catches damage, not tampering (faiss would otherwise happily return scores from garbage).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from jixiao.errors import JixiaoError

CHECKSUMS = "CHECKSUMS.json"
_CHUNK = 1 << 24


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file, fsync, rename)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode("utf-8"))


def write_json(path: Path, data: Any) -> None:
    write_text(path, json.dumps(data, ensure_ascii=False, indent=1))


def sum64(data: Any) -> int:
    """The wrapping 64-bit sum of a buffer's little-endian words (the tail zero-padded)."""
    import numpy as np

    view = memoryview(data).cast("B")
    whole = len(view) // 8 * 8
    total = int(np.frombuffer(view[:whole], dtype="<u8").sum(dtype=np.uint64)) if whole else 0
    if len(view) > whole:
        total += int.from_bytes(bytes(view[whole:]).ljust(8, b"\0"), "little")
    return total % (1 << 64)


def sum64_file(path: Path) -> int:
    """``sum64`` of a file, read through a memory map (no copy: the pages stay cached for the
    mmap that usually follows)."""
    import mmap

    import numpy as np

    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        if size == 0:
            return 0
        # MAP_POPULATE maps every page up front: ~10x faster than faulting them in one by one.
        flags = mmap.MAP_SHARED | getattr(mmap, "MAP_POPULATE", 0)
        with mmap.mmap(fh.fileno(), 0, flags=flags, prot=mmap.PROT_READ) as view:
            words = np.frombuffer(view, dtype="<u8", count=size // 8)
            total = 0
            for start in range(0, len(words), _CHUNK // 8):
                total += int(words[start:start + _CHUNK // 8].sum(dtype=np.uint64))
            del words
            tail = view[size // 8 * 8:]
        if tail:
            total += int.from_bytes(tail.ljust(8, b"\0"), "little")
        return total % (1 << 64)


def npz_arrays(data: bytes) -> dict[str, Any]:
    """The arrays of an ``np.savez`` archive held in memory, as read-only views of ``data``: no
    copy and no second checksum (the caller verified the bytes; numpy would copy every member
    and check its zip CRC-32). A compressed or object member falls back to ``np.load``."""
    import io
    import zipfile

    import numpy as np
    from numpy.lib import format as npy

    out = {}
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for info in archive.infolist():
            at = info.header_offset
            name_len = int.from_bytes(data[at + 26:at + 28], "little")
            extra_len = int.from_bytes(data[at + 28:at + 30], "little")
            start = at + 30 + name_len + extra_len
            head = io.BytesIO(data[start:start + min(info.file_size, 1 << 17)])
            version = npy.read_magic(head)
            read = npy.read_array_header_1_0 if version == (1, 0) else npy.read_array_header_2_0
            shape, fortran, dtype = read(head)
            if info.compress_type != zipfile.ZIP_STORED or dtype.hasobject:
                with np.load(io.BytesIO(data)) as z:
                    return {k: z[k] for k in z.files}
            count = int(np.prod(shape, dtype=np.int64))
            array = np.frombuffer(data, dtype=dtype, count=count, offset=start + head.tell())
            name = info.filename[:-4] if info.filename.endswith(".npy") else info.filename
            out[name] = array.reshape(shape, order="F" if fortran else "C")
    return out


def seal(directory: Path, names: Iterable[str] | None = None) -> dict[str, Any]:
    """fsync the files of ``directory`` and write its CHECKSUMS.json (last)."""
    directory = Path(directory)
    files = sorted(names) if names is not None else sorted(
        p.name for p in directory.iterdir() if p.is_file() and p.name != CHECKSUMS
    )
    table = {}
    for name in files:
        path = directory / name
        with open(path, "rb+") as fh:
            os.fsync(fh.fileno())
        table[name] = {"size": path.stat().st_size, "sum64": f"{sum64_file(path):016x}"}
    write_json(directory / CHECKSUMS, table)
    fsync_dir(directory)
    return table


def damaged(where: Path, what: str, repair: str) -> JixiaoError:
    return JixiaoError(f"{where} is damaged ({what}): {repair}")


def read_checksums(directory: Path, repair: str) -> dict[str, dict[str, int]]:
    path = Path(directory) / CHECKSUMS
    try:
        table = json.loads(path.read_text("utf-8"))
        if not isinstance(table, dict):
            raise ValueError("not an object")
        return table
    except FileNotFoundError:
        raise damaged(directory, f"{CHECKSUMS} is missing: it was never completed", repair) from None
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise damaged(path, f"unreadable: {exc}", repair) from exc


def verified_bytes(directory: Path, name: str, table: dict[str, dict[str, int]], repair: str) -> bytes:
    """The bytes of ``directory/name`` after checking them against ``table``."""
    path = Path(directory) / name
    entry = table.get(name)
    if entry is None:
        raise damaged(path, f"not listed in {CHECKSUMS}", repair)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise damaged(path, "the file is missing", repair) from None
    except OSError as exc:
        raise damaged(path, f"cannot read it: {exc.strerror or exc}", repair) from exc
    if len(data) != entry.get("size") or f"{sum64(data):016x}" != entry.get("sum64"):
        raise damaged(path, "its checksum does not match: the file was changed or corrupted",
                      repair)
    return data


def verify_file(directory: Path, name: str, table: dict[str, dict[str, int]], repair: str) -> Path:
    """Check a file that is then opened by name (memory-mapped); return its path."""
    path = Path(directory) / name
    entry = table.get(name)
    if entry is None:
        raise damaged(path, f"not listed in {CHECKSUMS}", repair)
    try:
        size = path.stat().st_size
        crc = f"{sum64_file(path):016x}" if size == entry.get("size") else None
    except FileNotFoundError:
        raise damaged(path, "the file is missing", repair) from None
    except OSError as exc:
        raise damaged(path, f"cannot read it: {exc.strerror or exc}", repair) from exc
    if size != entry.get("size") or crc != entry.get("sum64"):
        raise damaged(path, "its checksum does not match: the file was changed or corrupted",
                      repair)
    return path


class _Ahead:
    """Checks of files (``verify_file``) and verified reads (``verified_bytes``) run one after
    another in one background thread (one thread: starting each waits for the GIL);
    ``result`` waits for them and gives one's value, or raises what it raised."""

    def __init__(self, jobs: list[tuple[tuple[str, str], Any, tuple[Any, ...]]]) -> None:
        import threading

        self._jobs = jobs
        self._out: dict[tuple[str, str], tuple[bool, Any]] = {}
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        for key, fn, args in self._jobs:
            try:
                self._out[key] = (True, fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the thread that waits
                self._out[key] = (False, exc)

    def keys(self) -> list[tuple[str, str]]:
        return [key for key, _, _ in self._jobs]

    def result(self, key: tuple[str, str]) -> Any:
        self._thread.join()
        ok, value = self._out.pop(key)
        if not ok:
            raise value
        return value


class SealedDir:
    """A sealed directory (``seal``) whose files are checked against its CHECKSUMS.json."""

    def __init__(self, directory: Path, repair: str) -> None:
        self.directory = Path(directory)
        self.repair = repair
        self._table: dict[str, dict[str, int]] | None = None
        self._ahead: dict[tuple[str, str], _Ahead] = {}

    def check_ahead(self, paths: Iterable[str] = (), reads: Iterable[str] = ()) -> None:
        """Start checking files in the background, to be opened by name (``paths``) or read
        (``reads``) later: ``path`` and ``read`` then wait for that check instead of doing it.
        The checksum is the bulk of opening a large index (~40 ms for 200 MB) and numpy sums
        without holding the GIL, so the caller's other loading overlaps it; nothing is used
        before its check has passed."""
        table = self.table
        jobs = [((kind, name), fn, (self.directory, name, table, self.repair))
                for kind, names, fn in (("path", paths, verify_file),
                                        ("read", reads, verified_bytes))
                for name in names if name in table and (kind, name) not in self._ahead]
        if jobs:
            ahead = _Ahead(jobs)
            self._ahead.update(dict.fromkeys(ahead.keys(), ahead))

    @property
    def name(self) -> str:
        return self.directory.name

    @property
    def table(self) -> dict[str, dict[str, int]]:
        if self._table is None:
            self._table = read_checksums(self.directory, self.repair)
        return self._table

    def read(self, name: str) -> bytes:
        ahead = self._ahead.pop(("read", name), None)
        if ahead is not None:
            return ahead.result(("read", name))
        return verified_bytes(self.directory, name, self.table, self.repair)

    def path(self, name: str) -> Path:
        ahead = self._ahead.pop(("path", name), None)
        if ahead is not None:
            return ahead.result(("path", name))
        return verify_file(self.directory, name, self.table, self.repair)

    def has(self, name: str) -> bool:
        return name in self.table
