"""Reading speed of the file formats, bad files within their time limit, and the PDF library choice.

    python bench/source_speed.py [--json out.json] [--quick]

- XLSX, XLS, DOCX: rows (and cells) per second through ``read_source``, on workbooks and
  documents generated from the tests' form (tests/formfiles.py) repeated many times, and on the
  real files in shared/realfiles/ when present. For XLSX also a sheet with 100k formatted empty
  rows, read by this reader and, in the same run, loaded by openpyxl (normal and read-only).
- PDF: pages per second on the real PDFs and on a generated 200-page PDF of forms.
- PDF library choice: on the real PDFs, in the same run, PyMuPDF's and pdfplumber's table
  finding (seconds per page), whether their table cells agree, and how many characters each
  library's page text gives that lie outside the page (clipped text a reader must not keep).
- Bad files (encrypted, corrupt and truncated ZIP/PDF, the 100k-row sheet, the 200-page PDF):
  each must end with a clear message within ``BAD_FILE_SECONDS``; the exit code says whether all
  did.

The machine has 2 cores shared with other work: compare figures as ratios within one run.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import formfiles  # noqa: E402

from jixiao.kg.reader.sources import read_source  # noqa: E402

# A bad file must be answered (message or result) within this many seconds.
BAD_FILE_SECONDS = 30.0
FORMS_PER_FILE = 400  # forms repeated in the generated XLSX/DOCX
PDF_PAGES = 200


def timed(function, repeat: int = 1):
    """(best seconds, last result) over ``repeat`` runs."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - start)
    return best, result


def rows_of(doc) -> int:
    return sum(sum(1 for _ in g.rows()) for g in doc.grids)


def cells_of(doc) -> int:
    return sum(len(g.cells) for g in doc.grids)


# --- generated files --------------------------------------------------------------------------


def big_xlsx(folder: Path, forms: int) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    height = formfiles.ROWS + 1
    for k in range(forms):
        for cell in formfiles.FORM:
            target = ws.cell(row=k * height + cell.row, column=cell.col, value=cell.stored)
            target.number_format = cell.number_format
            if cell.rowspan > 1 or cell.colspan > 1:
                ws.merge_cells(start_row=k * height + cell.row, start_column=cell.col,
                               end_row=k * height + cell.row + cell.rowspan - 1,
                               end_column=cell.col + cell.colspan - 1)
    path = folder / "forms.xlsx"
    wb.save(path)
    return path


def empty_rows_xlsx(folder: Path, rows: int = 100_000) -> Path:
    """The form, then ``rows`` rows of formatted empty cells (as a whole-column border leaves)."""
    base = formfiles.write_xlsx(folder / "base.xlsx").read_bytes()
    filler = "".join(
        f'<row r="{r}">' + "".join(f'<c r="{col}{r}" s="1"/>' for col in "ABCDEFGHIJ") + "</row>"
        for r in range(formfiles.ROWS + 1, formfiles.ROWS + 1 + rows)
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                body = body.decode().replace("</sheetData>", filler + "</sheetData>").encode()
            dst.writestr(info.filename, body)
    path = folder / "empty_rows.xlsx"
    path.write_bytes(out.getvalue())
    return path


def big_docx(folder: Path, forms: int) -> Path:
    import docx

    one = docx.Document(formfiles.write_docx(folder / "one.docx"))
    body = one.element.body
    blocks = [el for el in body if not el.tag.endswith("sectPr")]
    from copy import deepcopy

    for _ in range(forms - 1):
        for el in blocks:
            body.insert(len(body) - 1, deepcopy(el))
    path = folder / "forms.docx"
    one.save(path)
    return path


def pdf_of_forms(folder: Path, pages: int) -> Path:
    return formfiles.write_pdf(folder / f"forms_{pages}.pdf", pages=pages)


# --- PDF library comparison -----------------------------------------------------------------


def squeeze(text) -> str:
    return re.sub(r"\s+", "", text or "")


def compare_pdf_libraries(paths: list[Path]) -> dict:
    import pdfplumber
    import pymupdf

    if hasattr(pymupdf, "no_recommend_layout"):
        pymupdf.no_recommend_layout()
    out = {"pymupdf": pymupdf.VersionBind, "pdfplumber": pdfplumber.__version__, "files": []}
    for path in paths:
        def with_pymupdf(path=path):
            cells = []
            with pymupdf.open(path) as pdf:
                for page in pdf:
                    for table in page.find_tables().tables:
                        cells.extend(squeeze(c) for row in table.extract() for c in row if squeeze(c))
            return cells

        def with_pdfplumber(path=path):
            cells = []
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    for table in page.extract_tables():
                        cells.extend(squeeze(c) for row in table for c in row if squeeze(c))
            return cells

        t_mu, mu = timed(with_pymupdf)
        t_pl, pl = timed(with_pdfplumber)
        with pymupdf.open(path) as pdf:
            pages = pdf.page_count
            mu_outside = 0  # PyMuPDF clips text to the page by default
            for page in pdf:
                raw = page.get_text("rawdict")
                h = page.rect.height
                mu_outside += sum(1 for b in raw["blocks"] if b.get("type") == 0 for ln in b["lines"]
                                  for s in ln["spans"] for ch in s["chars"]
                                  if ch["c"].strip() and (ch["bbox"][3] < 0 or ch["bbox"][1] > h))
        with pdfplumber.open(path) as pdf:
            pl_outside = sum(1 for page in pdf.pages for ch in page.chars
                             if ch["text"].strip() and (ch["bottom"] < 0 or ch["top"] > page.height))
        same = sum((_counter(mu) & _counter(pl)).values())
        out["files"].append({
            "file": path.name, "pages": pages,
            "pymupdf_s_per_page": t_mu / pages, "pdfplumber_s_per_page": t_pl / pages,
            "pymupdf_cells": len(mu), "pdfplumber_cells": len(pl), "cells_in_both": same,
            "pymupdf_chars_outside_page": mu_outside, "pdfplumber_chars_outside_page": pl_outside,
        })
    return out


def _counter(items):
    from collections import Counter

    return Counter(items)


# --- bad files ----------------------------------------------------------------------------------


def bad_files(folder: Path, big_empty: Path, pdf200: Path) -> list[dict]:
    import pymupdf
    from msoffcrypto.format.ooxml import OOXMLFile

    xlsx = formfiles.write_xlsx(folder / "bad_base.xlsx").read_bytes()
    pdf = formfiles.write_pdf(folder / "bad_base.pdf").read_bytes()
    encrypted = io.BytesIO()
    OOXMLFile(io.BytesIO(xlsx)).encrypt("secret", encrypted)
    locked_pdf = pymupdf.open(stream=pdf, filetype="pdf").tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    cases = [
        ("encrypted.xlsx", encrypted.getvalue()),
        ("corrupt.xlsx", b"PK\x03\x04" + os.urandom(20000)),
        ("truncated.xlsx", xlsx[: len(xlsx) // 2]),
        ("encrypted.pdf", locked_pdf),
        ("corrupt.pdf", b"%PDF-1.7\n" + os.urandom(20000)),
        ("truncated.pdf", pdf[: len(pdf) // 2]),
        ("empty_rows.xlsx", big_empty.read_bytes()),
        (pdf200.name, pdf200.read_bytes()),
    ]
    results = []
    for name, data in cases:
        seconds, doc = timed(lambda name=name, data=data: read_source(data, name))
        message = (doc.errors or doc.warnings or [f"read: {cells_of(doc)} cells"])[0]
        results.append({"file": name, "seconds": seconds, "within_limit": seconds <= BAD_FILE_SECONDS,
                        "errors": len(doc.errors), "message": message})
    return results


# --- main -----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures here too")
    parser.add_argument("--quick", action="store_true", help="smaller generated files")
    args = parser.parse_args(argv)
    forms = 40 if args.quick else FORMS_PER_FILE
    pages = 20 if args.quick else PDF_PAGES
    real = formfiles.realfiles_folder()
    report: dict = {"load_average": os.getloadavg()[0]}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # XLSX
        path = big_xlsx(folder, forms)
        seconds, doc = timed(lambda: read_source(path.read_bytes(), path.name), repeat=3)
        report["xlsx_generated"] = {"rows": rows_of(doc), "cells": cells_of(doc), "seconds": seconds,
                                    "rows_per_s": rows_of(doc) / seconds}
        empty = empty_rows_xlsx(folder)
        seconds, doc = timed(lambda: read_source(empty.read_bytes(), empty.name))
        import openpyxl

        t_full, _ = timed(lambda: list(openpyxl.load_workbook(empty, data_only=True).active.iter_rows()))
        def read_only():
            ws = openpyxl.load_workbook(empty, data_only=True, read_only=True).active
            ws.reset_dimensions()  # the saved dimension covers only the form: read every row
            return [c.value for row in ws.iter_rows() for c in row if c.value is not None]

        t_ro, _ = timed(read_only)
        report["xlsx_100k_empty_rows"] = {"seconds": seconds, "cells": cells_of(doc),
                                          "openpyxl_seconds": t_full, "openpyxl_read_only_seconds": t_ro}
        # XLS and real spreadsheets
        if real:
            for kind in ("xlsx", "xls"):
                files = sorted(real.glob(f"*.{kind}"))
                total_rows = total_s = 0.0
                for file in files:
                    data = file.read_bytes()
                    seconds, doc = timed(lambda data=data, file=file: read_source(data, file.name), repeat=5)
                    total_rows += rows_of(doc)
                    total_s += seconds
                report[f"{kind}_real"] = {"files": len(files), "rows": total_rows, "seconds": total_s,
                                          "rows_per_s": total_rows / total_s if total_s else None}
        # DOCX
        path = big_docx(folder, forms)
        seconds, doc = timed(lambda: read_source(path.read_bytes(), path.name), repeat=3)
        report["docx_generated"] = {"rows": rows_of(doc), "cells": cells_of(doc), "seconds": seconds,
                                    "rows_per_s": rows_of(doc) / seconds}
        # PDF
        pdf200 = pdf_of_forms(folder, pages)
        seconds, doc = timed(lambda: read_source(pdf200.read_bytes(), pdf200.name))
        report["pdf_generated"] = {"pages": pages, "cells": cells_of(doc), "seconds": seconds,
                                   "pages_per_s": pages / seconds, "errors": doc.errors}
        if real:
            pdfs = sorted(real.glob("*.pdf"))
            per_file = []
            for file in pdfs:
                data = file.read_bytes()
                seconds, doc = timed(lambda data=data, file=file: read_source(data, file.name))
                n_pages = max((c.location.page or 0 for g in doc.grids for c in g.cells), default=0)
                per_file.append({"file": file.name, "pages": n_pages, "seconds": seconds,
                                 "pages_per_s": n_pages / seconds, "errors": doc.errors})
            total_pages = sum(f["pages"] for f in per_file)
            total_s = sum(f["seconds"] for f in per_file)
            report["pdf_real"] = {"files": per_file, "pages": total_pages, "seconds": total_s,
                                  "pages_per_s": total_pages / total_s}
            try:
                report["pdf_libraries"] = compare_pdf_libraries(pdfs)
            except ImportError as exc:
                report["pdf_libraries"] = {"skipped": str(exc)}
        report["bad_files"] = bad_files(folder, empty, pdf200)
    print_report(report)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    return 0 if all(case["within_limit"] for case in report["bad_files"]) else 1


def print_report(r: dict) -> None:
    print(f"load average {r['load_average']:.2f}")
    g = r["xlsx_generated"]
    print(f"XLSX generated: {g['rows']} rows, {g['cells']} cells in {g['seconds']:.2f} s = {g['rows_per_s']:,.0f} rows/s")
    e = r["xlsx_100k_empty_rows"]
    print(f"XLSX 100k formatted empty rows: {e['seconds']:.2f} s ({e['cells']} cells); openpyxl load "
          f"{e['openpyxl_seconds']:.2f} s, read-only {e['openpyxl_read_only_seconds']:.2f} s")
    for kind in ("xlsx_real", "xls_real"):
        if kind in r:
            k = r[kind]
            print(f"{kind.replace('_', ' ').upper()}: {k['files']} files, {k['rows']:.0f} rows in {k['seconds']:.3f} s = {k['rows_per_s']:,.0f} rows/s")
    d = r["docx_generated"]
    print(f"DOCX generated: {d['rows']} rows, {d['cells']} cells in {d['seconds']:.2f} s = {d['rows_per_s']:,.0f} rows/s")
    p = r["pdf_generated"]
    print(f"PDF generated: {p['pages']} pages in {p['seconds']:.2f} s = {p['pages_per_s']:.1f} pages/s")
    if "pdf_real" in r:
        for f in r["pdf_real"]["files"]:
            print(f"  {f['file']}: {f['pages']} pages, {f['seconds']:.2f} s = {f['pages_per_s']:.1f} pages/s {f['errors'] or ''}")
        print(f"PDF real: {r['pdf_real']['pages']} pages = {r['pdf_real']['pages_per_s']:.1f} pages/s")
    libs = r.get("pdf_libraries", {})
    if "files" in libs:
        print(f"PDF libraries (PyMuPDF {libs['pymupdf']} vs pdfplumber {libs['pdfplumber']}), tables only:")
        for f in libs["files"]:
            print(f"  {f['file']}: {f['pymupdf_s_per_page'] * 1000:.0f} vs {f['pdfplumber_s_per_page'] * 1000:.0f} ms/page; "
                  f"cells {f['pymupdf_cells']} vs {f['pdfplumber_cells']}, {f['cells_in_both']} identical; "
                  f"chars outside the page {f['pymupdf_chars_outside_page']} vs {f['pdfplumber_chars_outside_page']}")
        mu = statistics.fmean(f["pymupdf_s_per_page"] for f in libs["files"])
        pl = statistics.fmean(f["pdfplumber_s_per_page"] for f in libs["files"])
        print(f"  mean: pdfplumber / PyMuPDF time = {pl / mu:.2f}")
    print(f"Bad files (limit {BAD_FILE_SECONDS:g} s):")
    for case in r["bad_files"]:
        flag = "ok" if case["within_limit"] else "TOO SLOW"
        print(f"  {case['file']}: {case['seconds']:.2f} s {flag}: {case['message'][:110]}")


if __name__ == "__main__":
    sys.exit(main())
