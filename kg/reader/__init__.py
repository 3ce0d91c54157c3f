"""Read documents into FileReports: bytes → cell grids → forms → records, every cell accounted.

    from jixiao.kg.reader import read_file, read_paths
    report = read_file("form.xlsx")      # never raises for bad input: see report.errors

The file type is told from the content (jixiao.kg.reader.sources); every format becomes a cell
grid, read by one form interpreter (jixiao.kg.reader.forms). Text extracted by OCR from
scanned self-evaluations (tab dumps with labels split down their column and look-alike
characters) is also read by the line reader made for it (jixiao.kg.reader.ocr); the reading
with more well-formed indicator rows wins. One bad file, form or reader bug never costs the
others: failures become error strings naming the file and position.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.kg.reader.forms import HEADING, NOT_UNDERSTOOD, interpret
from jixiao.kg.reader.grid import SourceDocument
from jixiao.kg.reader.sources import read_source
from jixiao.kg.records import FileReport, UnreadLine
from jixiao.kg.targets import looks_like_target
from jixiao.vocab import label_remnant

__all__ = [
    "HEADING", "NOT_UNDERSTOOD", "READABLE_SUFFIXES", "UNACCOUNTED", "check_accounting", "expand_paths",
    "read_bytes", "read_file", "read_paths", "read_text",
]

#: Files picked up when a directory is named; files named explicitly are read whatever they
#: end in (the content decides how).
READABLE_SUFFIXES = (".txt", ".md", ".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".docx", ".pdf")
#: Bump when the reader's output changes for the same input (stored records are re-read).
READER_VERSION = 8
#: Reason given to lines no component accounted for: a reader bug, surfaced rather than lost.
UNACCOUNTED = "not accounted for by the form reader"
#: Reason given to a line that held only markup (a markdown rule) outside every form.
MARKUP = "markup only (a table rule or empty tags)"
# The OCR line reader is tried on text up to this size: it compares forms with each other, so
# its time grows faster than the document.
OCR_READER_MAX_BYTES = 64_000


def read_file(path: str | Path) -> FileReport:
    """Read one document. Never raises for bad input: problems go to ``FileReport.errors``."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return FileReport(file=name, errors=[f"{name}: no such file or directory"])
    except IsADirectoryError:
        return FileReport(file=name, errors=[f"{name}: is a directory"])
    except OSError as exc:
        return FileReport(file=name, errors=[f"{name}: cannot read file ({exc.strerror or exc})"])
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> FileReport:
    """Read a document's bytes (an upload, a file); ``name`` is used in messages and sources."""
    try:
        doc = read_source(data, name)
    except Exception as exc:  # noqa: BLE001 - a source bug is reported, not raised
        return FileReport(file=name, errors=[f"{name}: internal error reading the file: "
                                             f"{type(exc).__name__}: {exc}"])
    report = _from_grids(doc)
    # The OCR line reader only for what it was made for: text whose labels were cut down
    # their column (and not too long: it compares forms with each other).
    if doc.format == "text" and doc.grids and len(data) <= OCR_READER_MAX_BYTES \
            and _split_labels(doc):
        other = _ocr_reading(data, name, doc)
        if other is not None and _clearly_better(reading_score(other), reading_score(report)):
            other.warnings = report.warnings + other.warnings
            report = other
    return report


def read_text(text: str, name: str) -> FileReport:
    """Read already decoded text (a paste, a test)."""
    return read_bytes(text.encode("utf-8"), name)


def _from_grids(doc: SourceDocument) -> FileReport:
    report = FileReport(file=doc.name, encoding=doc.encoding, format=doc.format,
                        line_count=doc.line_count, errors=list(doc.errors),
                        warnings=list(doc.warnings))
    if not doc.grids:
        return report
    try:
        result = interpret(doc)
    except Exception as exc:  # noqa: BLE001 - the grids are still worth reporting
        report.errors.append(f"{doc.name}: internal error reading forms: "
                             f"{type(exc).__name__}: {exc}")
        return report
    report.projects = result.projects
    report.unread = sorted(result.unread, key=lambda u: (u.line, u.location.page or 0
                                                         if u.location else 0))
    report.errors.extend(result.errors)
    report.warnings.extend(result.warnings)
    report.layout = ",".join(dict.fromkeys(s for s in result.shapes if s)) or None
    if doc.format == "text":
        _account_for_leftovers(report, doc)
    for p in report.projects:
        if not p.indicators:
            report.errors.append(f"{doc.name}:{p.source.first_line}: 《{p.name}》 has no "
                                 "indicator table (truncated form?)")
    return report


def _account_for_leftovers(report: FileReport, doc: SourceDocument) -> None:
    """Lines with text that no record and no unread entry holds: a reader bug, reported."""
    lines: dict[int, str] = {}
    for grid in doc.grids:
        for cell in grid.cells:
            if cell.text.strip() and cell.location.line:
                lines.setdefault(cell.location.line, cell.text)
    markup = set(doc.markup_lines)
    for n in markup:
        lines.setdefault(n, "")
    missing = set(check_accounting(report).missing) & set(lines)
    report.unread.extend(UnreadLine(n, lines[n], MARKUP if n in markup else UNACCOUNTED)
                         for n in sorted(missing))
    report.unread.sort(key=lambda u: u.line)


def _ocr_reading(data: bytes, name: str, doc: SourceDocument) -> FileReport | None:
    from jixiao.kg.reader import ocr

    try:
        report = ocr.read_bytes(data, name)
    except Exception:  # noqa: BLE001 - the grid reading stands
        return None
    report.format = doc.format
    report.warnings = list(doc.warnings)
    return report


# Cells that are pieces of category labels (`度指`, `标`, `可持`) mark a PDF/OCR dump whose
# merged labels were cut down their column: what the OCR reader was made for.
MIN_LABEL_PIECES = 3


def _split_labels(doc: SourceDocument) -> bool:
    pieces = sum(1 for g in doc.grids for c in g.cells if c.text.strip() and label_remnant(c.text))
    return pieces >= MIN_LABEL_PIECES


# The OCR reader must lead clearly: where the grid reader also reads a document well, the two
# differ in details the score cannot judge, and the grid reader is the better one on the
# documents it was developed on (docs/parsing.md).
OCR_MARGIN = 1.15
OCR_LEAD = 2.0


def _clearly_better(ocr: float, grid: float) -> bool:
    return ocr > max(grid, 0.0) * OCR_MARGIN + OCR_LEAD


def reading_score(report: FileReport) -> float:
    """How much of a reading looks like well-formed forms: rows with a name and a target
    (and, in self-evaluations, a weight and score), less what was not understood."""
    score = 0.0
    for p in report.projects:
        score += 2.0 if p.name else 0.0
        score += 1.0 if p.unit else 0.0
        for ind in p.indicators:
            good = bool(ind.level3) and looks_like_target(ind.target) and not _label_debris(ind.level3)
            if p.form.is_self_evaluation:
                # (A Chongqing self-evaluation prints weights and actuals, no scores.)
                good = good and ind.weight is not None and (
                    ind.score is not None or bool(ind.actual))
            score += 1.0 if good else -0.5
            score += 0.2 if ind.level1 and ind.level2 else 0.0
    score -= 0.2 * sum(1 for u in report.unread if u.text.strip() and u.reason != HEADING)
    return score


def _label_debris(name: str | None) -> bool:
    """A name that is (or starts with) a piece of a category label: a misread row."""
    if not name or len(name) <= 2:
        return True
    return bool(_DEBRIS.match(name))


_DEBRIS = re.compile(r"^(?:数量|质量|时效|成本|产出|效益|满意|对象|服务|度指|指标|标|可持|续影|响指|社会|经济|生态)"
                     r"(?:指标|指|标)?(?=.)")


# ----------------------------------------------------------------------------- accounting


@dataclass
class Accounting:
    """Where every input line of a report went."""

    total: int
    in_projects: int = 0
    unread: int = 0
    blank: int = 0
    missing: list[int] = field(default_factory=list)
    out_of_range: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.out_of_range


def split_lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines (1-based) as an editor shows them; only \\n separates lines."""
    if text.endswith("\n"):
        text = text[:-1]
    return list(enumerate(text.split("\n"), start=1))


def _last_line(u: UnreadLine) -> int:
    return (u.location.last_line if u.location is not None else None) or u.line


def check_accounting(report: FileReport, lines: list[tuple[int, str]] | None = None) -> Accounting:
    """Check that every line 1..N lies in a project's span, is an indicator line, is reported
    unread, or is blank (text sources; ``lines`` as from split_lines tells which are blank)."""
    total = report.line_count
    blank = {n for n, t in lines or [] if not t.strip()}
    covered: set[int] = set()
    for project in report.projects:
        covered.update(range(project.source.first_line, project.source.last_line + 1))
        covered.update(i.line for i in project.indicators if i.line is not None)
    # (An unread cell of text run together spans the lines its paragraph was joined from.)
    unread = {n for u in report.unread
              for n in range(u.line, max(u.line, _last_line(u)) + 1)}
    everything = covered | unread
    result = Accounting(total=total)
    result.in_projects = len(covered & set(range(1, total + 1)))
    result.unread = len(unread - covered)
    result.blank = len(blank - everything)
    result.missing = sorted(set(range(1, total + 1)) - everything - blank)
    result.out_of_range = sorted(n for n in everything if not 1 <= n <= total)
    return result


# ------------------------------------------------------------------------------- paths


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | FileReport]:
    """Files to read, in order; a FileReport carrying the error for a path that yields none."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                kinds = ", ".join(READABLE_SUFFIXES)
                yield FileReport(file=str(path), errors=[f"{path}: directory holds no {kinds} files"])
            for file in files:
                if file.resolve() not in seen:
                    seen.add(file.resolve())
                    yield file
        elif path.exists():
            if path.resolve() not in seen:
                seen.add(path.resolve())
                yield path
        else:
            yield FileReport(file=str(path), errors=[f"{path}: no such file or directory"])


def read_paths(paths: Iterable[str | Path]) -> list[FileReport]:
    """Read files and directories (recursively, the READABLE_SUFFIXES); one report per file."""
    return [item if isinstance(item, FileReport) else read_file(item) for item in expand_paths(paths)]


__all__ += ["Accounting", "UnreadLine", "reading_score", "split_lines"]
