"""Read documents into FileReports: decode, split into forms, read each form, account for lines.

One bad file, one bad form or one reader bug never costs the others: every failure becomes an
error string naming the file (and line), and every input line ends up in a project's span or in
``FileReport.unread``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from jixiao.kg.reader.decode import LOSSY, DecodeError, decode_bytes, strip_controls
from jixiao.kg.reader.ocr.forms import read_segment
from jixiao.kg.reader.ocr.forms.siblings import complete_from_siblings
from jixiao.kg.reader.ocr.segment import Segment, split_segments
from jixiao.kg.records import FileReport, UnreadLine

# Files picked up when a directory is named; files named explicitly are read whatever they end in.
TEXT_SUFFIXES = (".txt", ".md", ".csv", ".tsv")

# Reason given to lines that no component accounted for: a reader bug, surfaced rather than lost.
UNACCOUNTED = "not accounted for by the form reader"
# Lines before the first form (summary-table titles…) that readers take year/unit hints from.
HEADING = "document heading, used only as context (year, unit) for the forms"

# Lines with undecodable bytes named one by one before the rest are summed up.
MAX_LOSSY_LINES = 20

_FORM_LABELS = {"target_declaration": "target declaration", "self_evaluation": "self-evaluation"}


def split_lines(text: str) -> list[tuple[int, str]]:
    """Numbered lines (1-based) as an editor shows them; only \\n separates lines."""
    if text.endswith("\n"):
        text = text[:-1]
    return list(enumerate(text.split("\n"), start=1))


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
        text, encoding = decode_bytes(data, name)
    except DecodeError as exc:
        return FileReport(file=name, errors=[str(exc)])
    except Exception as exc:  # noqa: BLE001 - a decoder bug is reported, not raised
        return FileReport(file=name, errors=[f"{name}: internal error decoding: {_describe(exc)}"])
    report = read_text(text, name)
    report.encoding = encoding
    if encoding.endswith(LOSSY):
        bad = [n for n, line in split_lines(text) if "\ufffd" in line]
        codec = encoding.removesuffix(LOSSY)
        errors = [f"{name}:{n}: bytes not valid {codec} replaced by \ufffd" for n in bad]
        if len(errors) > MAX_LOSSY_LINES:
            more = len(errors) - MAX_LOSSY_LINES
            errors[MAX_LOSSY_LINES:] = [f"{name}: … and {more} more lines with invalid bytes"]
        report.errors[:0] = errors
    return report


def read_text(text: str, name: str) -> FileReport:
    """Read already decoded text (newlines \\n)."""
    # Stray control bytes are skipped (and named) by the grid reader; a NUL after the last
    # newline is no line of its own here either.
    text, _ = strip_controls(text, name)
    lines = split_lines(text)
    report = FileReport(file=name, line_count=len(lines))
    try:
        segments, unattributed = split_segments(lines)
    except Exception as exc:  # noqa: BLE001 - a splitter bug must not lose the file
        report.errors.append(f"{name}: internal error splitting into forms: {_describe(exc)}")
        report.unread.extend(UnreadLine(n, t, "not read: splitting failed") for n, t in lines)
        return report
    report.unread.extend(unattributed)
    if not segments:
        report.errors.append(
            f"{name}: no recognisable form (no 项目名称, 绩效目标申报表/绩效目标表 or 绩效自评表 found)"
        )
    for segment in segments:
        _read_segment(segment, name, report)
    # Indicators cut off in one form are completed from identical ones in the others.
    try:
        complete_from_siblings(report.projects)
    except Exception as exc:  # noqa: BLE001 - the forms as read are still worth returning
        report.errors.append(f"{name}: internal error comparing forms: {_describe(exc)}")
    layouts = list(dict.fromkeys(s.layout for s in segments if s.layout))
    report.layout = ",".join(layouts) or None
    preamble = {n for s in segments for n, _ in s.preamble}
    _account_for_leftovers(report, lines, preamble)
    return report


def _read_segment(segment: Segment, name: str, report: FileReport) -> None:
    form = _FORM_LABELS.get(segment.form, segment.form)
    span = f"{segment.first_line}-{segment.last_line}"
    try:
        project, unread = read_segment(segment, name)
    except Exception as exc:  # noqa: BLE001 - one broken form must not lose the others
        report.errors.append(f"{name}:{span}: internal error reading {form}: {_describe(exc)}")
        report.unread.extend(
            UnreadLine(n, t, f"not read: {form} reader failed")
            for n, t in sorted(segment.preamble + segment.lines)
        )
        return
    report.unread.extend(unread)
    if project is None:
        report.errors.append(f"{name}:{segment.first_line}: {form} could not be read (lines {span})")
        # Lines the reader used as form structure belong to no record now: report them too.
        listed = {u.line for u in unread}
        report.unread.extend(
            UnreadLine(n, t, f"part of a {form} that could not be read")
            for n, t in sorted(segment.preamble + segment.lines)
            if t.strip() and n not in listed
        )
        return
    if not project.indicators:
        report.errors.append(
            f"{name}:{project.source.first_line}: {form} 《{project.name}》 has no indicator table "
            "(truncated form?)"
        )
    report.projects.append(project)


def _account_for_leftovers(
    report: FileReport, lines: list[tuple[int, str]], preamble: set[int]
) -> None:
    missing = set(check_accounting(report, lines).missing)
    report.unread.extend(
        UnreadLine(n, t, HEADING if n in preamble else UNACCOUNTED)
        for n, t in lines
        if n in missing
    )
    report.unread.sort(key=lambda u: u.line)


def _describe(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


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


def check_accounting(report: FileReport, lines: list[tuple[int, str]] | None = None) -> Accounting:
    """Check that every line 1..N lies in a project's span, is an indicator line, is reported
    unread, or is blank. ``lines`` (as from split_lines) tells which lines are blank; without it
    blank lines must be accounted for like any other."""
    total = report.line_count
    blank = {n for n, t in lines or [] if not t.strip()}
    covered: set[int] = set()
    for project in report.projects:
        covered.update(range(project.source.first_line, project.source.last_line + 1))
        covered.update(i.line for i in project.indicators if i.line is not None)
    unread = {u.line for u in report.unread}
    everything = covered | unread
    result = Accounting(total=total)
    result.in_projects = len(covered & set(range(1, total + 1)))
    result.unread = len(unread - covered)
    result.blank = len(blank - everything)
    result.missing = sorted(set(range(1, total + 1)) - everything - blank)
    result.out_of_range = sorted(n for n in everything if not 1 <= n <= total)
    return result


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | FileReport]:
    """Files to read, in order; a FileReport carrying the error for a path that yields none."""
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                kinds = ", ".join(TEXT_SUFFIXES)
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
    """Read files and directories (recursively: *.txt, *.md, *.csv, *.tsv); one report per file."""
    return [item if isinstance(item, FileReport) else read_file(item) for item in expand_paths(paths)]
