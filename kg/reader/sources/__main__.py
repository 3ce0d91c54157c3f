"""``python -m jixiao.kg.reader.sources FILE…``: print the cell grids a file becomes.

One line per cell: grid row, column, span (rows×columns), location, text (newlines shown as
⏎). A debugging aid: it shows what the form interpreter is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from jixiao.kg.reader.grid import Cell
from jixiao.kg.reader.sources import read_source


def where(cell: Cell) -> str:
    """Compact location: ``Sheet1!B12:D13``, ``p3 t2 r5``, ``p3 l12``, ``t1 r4``, ``l7``."""
    loc = cell.location
    if loc.sheet is not None:
        return f"{loc.sheet}!{loc.cells}"
    parts = []
    if loc.page:
        parts.append(f"p{loc.page}")
    if loc.table:
        parts.append(f"t{loc.table}")
        if loc.line:
            parts.append(f"r{loc.line}" + (f"-{loc.last_line}" if loc.last_line else ""))
    elif loc.line:
        parts.append(f"l{loc.line}")
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jixiao.kg.reader.sources", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--empty", action="store_true", help="also print empty cells")
    args = parser.parse_args(argv)
    status = 0
    for path in args.files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            print(f"{path}: cannot read ({exc.strerror or exc})", file=sys.stderr)
            status = 1
            continue
        try:
            doc = read_source(data, str(path))
        except (ImportError, NotImplementedError):
            print(f"{path}: text: the text reader (jixiao.kg.reader.sources.text) is not installed", file=sys.stderr)
            status = 1
            continue
        cells = sum(len(g.cells) for g in doc.grids)
        print(f"# {path}: {doc.format}, {len(doc.grids)} grid(s), {cells} cells")
        for grid in doc.grids:
            flags = [] if grid.rows_reliable else ["rows unreliable"]
            flags += [] if grid.columns_reliable else ["columns unreliable"]
            extra = f", {', '.join(flags)}" if flags else ""
            print(f"## {grid.name} ({grid.shape}{extra})")
            print("row\tcol\tspan\tlocation\ttext")
            for cell in grid.cells:
                if cell.empty and not args.empty:
                    continue
                text = cell.text.replace("\n", "⏎")
                print(f"{cell.row}\t{cell.col}\t{cell.rowspan}x{cell.colspan}\t{where(cell)}\t{text}")
        for message in doc.errors:
            print(f"error: {message}")
        for message in doc.warnings:
            print(f"warning: {message}")
        if doc.errors and not doc.grids:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
