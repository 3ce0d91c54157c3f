"""Uploaded form files: size-checked, renamed to a safe name and kept only inside the store."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
import uuid
from pathlib import Path

from jixiao import api
from jixiao.errors import JixiaoError

# Spreadsheets and PDFs of a few projects are well under this; the reader has its own limits.
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_UPLOAD_LABEL = "20 MB"
SUFFIXES: tuple[str, ...] = (*api.READABLE_SUFFIXES, ".text")
_UNSAFE = re.compile(r"[^\w.\-]+")


def safe_filename(name: str) -> str:
    """A file name that cannot leave its directory: no separators, no `..`, no control characters.

    Chinese letters are kept (\\w is Unicode-aware); the suffix is always one of SUFFIXES.
    """
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem:  # no suffix, or a dot-file such as `.bashrc`
        stem, suffix = base, ""
    stem = _UNSAFE.sub("_", stem).strip("._-")[:80] or "upload"
    suffix = "." + suffix.lower() if "." + suffix.lower() in SUFFIXES else ".txt"
    return stem + suffix


def save_upload(source: Path, original_name: str, uploads_dir: Path) -> Path:
    """Copy an uploaded file into `uploads_dir` under its sanitised name; return the new path.

    Raises JixiaoError (shown on the page) for files that are too large or of a kind the reader
    does not take.
    """
    display = safe_filename(original_name)
    size = source.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise JixiaoError(f"{display}: 文件太大（{size / 1e6:.1f} MB，上限 {MAX_UPLOAD_LABEL}）")
    if size == 0:
        raise JixiaoError(f"{display}: 文件是空的")
    suffix = "." + original_name.rsplit(".", 1)[-1].lower() if "." in original_name else ""
    if suffix not in SUFFIXES:
        raise JixiaoError(f"{display}: 只接受这些文件：{'、'.join(SUFFIXES)}")
    uploads_dir.mkdir(parents=True, exist_ok=True)
    # Same name, same file: the store replaces a document by one of the same name, so a corrected
    # upload replaces the earlier one.
    target = (uploads_dir / display).resolve()
    # Belt and braces: the sanitised name cannot escape, and we check that it did not.
    if target.parent != uploads_dir.resolve():
        raise JixiaoError(f"{display}: 文件名不合法")
    partial = target.with_name(f".{uuid.uuid4().hex}.part")
    shutil.copyfile(source, partial)
    os.replace(partial, target)
    return target


def gradio_temp_dir() -> Path:
    """Where Gradio keeps uploaded files ($GRADIO_TEMP_DIR, which `jixiao serve` sets)."""
    return Path(os.environ.get("GRADIO_TEMP_DIR") or Path(tempfile.gettempdir()) / "gradio")


def discard_gradio_copy(path: Path) -> None:
    """Delete Gradio's copy of an upload (and its folder), so it is neither kept nor served;
    a file outside Gradio's directory is never touched."""
    root = gradio_temp_dir().resolve()
    try:
        path = Path(path).resolve()
        if root not in path.parents:
            return
        path.unlink(missing_ok=True)
        if path.parent != root and not any(path.parent.iterdir()):
            path.parent.rmdir()
    except OSError:
        return
