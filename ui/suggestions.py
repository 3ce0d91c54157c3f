"""The suggestion tab's table: rows a user ticks or unticks and whose targets they edit, then
downloads as CSV and XLSX (with a second sheet naming the projects each row comes from)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.ui import cards, downloads

SUGGESTED = 24
SOURCES_PER_ROW = 20  # projects listed per suggested indicator in the sources sheet

CHOSEN = "选用"
TARGET = "建议指标值"
#: The on-screen table: 选用 (a tick box) and 建议指标值 can be changed, the rest cannot.
COLUMNS = (CHOSEN, "一级指标", "二级指标", "三级指标", TARGET, "已设目标与实际完成", "说明",
           "使用项目数")
EDITABLE = (COLUMNS.index(CHOSEN), COLUMNS.index(TARGET))
DATATYPES = ["bool", "str", "str", "str", "str", "str", "str", "number"]
#: Columns of the download (the tick box is not one of them).
FILE_COLUMNS = COLUMNS[1:]
SOURCE_COLUMNS = ("三级指标", "使用项目", "实施单位", "年度", "该项目的指标值", "来源文件", "位置")


@dataclass
class SuggestionTable:
    """A suggestion as the tab shows it: the rows and, per row, the wording's concept id."""

    description: str = ""
    rows: list[list[Any]] = field(default_factory=list)
    concept_ids: list[str] = field(default_factory=list)
    similar: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.rows


def _note(s: api.SuggestedIndicator) -> str:
    """Where the recommended target comes from, or how to quantify a vague one."""
    note = s.target_evidence or ""
    if s.vague:
        vague = f"常见写法「{s.target}」不够明确。" if s.target else ""
        note = vague + (s.advice or note or "建议量化")
    damaged = cards.flag_labels(s.flags)
    return "；".join([note, *damaged]) if note and damaged else note or "；".join(damaged)


def make_table(suggestion: api.Suggestion) -> SuggestionTable:
    """Every suggested indicator, ticked, grouped by 一级/二级指标 in the forms' order."""
    rows, concept_ids = [], []
    for level1, by_level2 in suggestion.grouped().items():
        for level2, items in by_level2.items():
            for s in items:
                usual = s.set_and_achieved or "；".join(f"{t} ×{n}" for t, n in s.targets[:3])
                rows.append([True, level1, level2, s.text, s.recommended_target or "", usual,
                             _note(s), s.used_by])
                concept_ids.append(s.id)
    return SuggestionTable(
        suggestion.description, rows, concept_ids,
        [cards.name_text(p.text) for p in suggestion.similar_projects[:5]],
    )


def suggest(jx: api.Jixiao, description: str) -> SuggestionTable:
    return make_table(jx.suggest(description or "", SUGGESTED))


def intro_html(table: SuggestionTable) -> str:
    if table.empty:
        return cards.message_html("没有找到相似的项目，无法给出建议。请把项目内容描述得更具体一些。")
    similar = "、".join(cards.esc(p) for p in table.similar)
    return (
        f'<p>参考的相似项目：{similar or "无"}</p>'
        f'<p class="jx-muted">共 {len(table.rows)} 条建议。取消勾选「{CHOSEN}」可以去掉一行，'
        f"点「{TARGET}」可以修改；改好后点「下载选中的指标」。</p>"
    )


def _truthy(value: object) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "是", "yes", "✓")
    return bool(value)


def chosen(table: SuggestionTable, edited: Sequence[Sequence[Any]] | None
           ) -> list[tuple[list[Any], str]]:
    """The ticked rows with their (possibly edited) targets, each with its concept id.

    `edited` is the table as the page holds it now; rows are matched to the suggestion by
    position and checked by wording, so an edit can only change ticks and targets."""
    if edited is None:
        edited = table.rows
    out = []
    for i, row in enumerate(edited):
        if i >= len(table.rows) or not row or not _truthy(row[0]):
            continue
        original = table.rows[i]
        if str(row[3]) != str(original[3]):
            raise JixiaoError("建议表与生成时不一致，请重新生成建议指标表。")
        values = list(original)
        values[COLUMNS.index(TARGET)] = str(row[COLUMNS.index(TARGET)] or "").strip()
        out.append((values[1:], table.concept_ids[i]))
    return out


def source_rows(jx: api.Jixiao, picked: Sequence[tuple[list[Any], str]]) -> list[list[Any]]:
    """For each chosen row, the projects that use its wording (newest first) and where."""
    rows = []
    for values, concept_id in picked:
        wording = values[FILE_COLUMNS.index("三级指标")]
        for src in jx.indicator_sources(concept_id)[:SOURCES_PER_ROW]:
            rows.append([wording, cards.name_text(src.project), src.unit or "", src.year or "",
                         src.target or "", src.file or "", src.location])
    return rows


def write_downloads(
    jx: api.Jixiao, table: SuggestionTable, edited: Sequence[Sequence[Any]] | None,
    directory: Path,
) -> tuple[list[Path], int]:
    """CSV and XLSX of the chosen rows; returns the files and how many rows they hold."""
    picked = chosen(table, edited)
    if not picked:
        raise JixiaoError("没有选中任何指标：请至少勾选一行。")
    values = [v for v, _ in picked]
    csv_path = downloads.write_csv(directory, "建议指标", FILE_COLUMNS, values)
    xlsx_path = downloads.write_xlsx(
        directory, "建议指标", FILE_COLUMNS, values, "建议指标",
        [downloads.Sheet("来源", SOURCE_COLUMNS, source_rows(jx, picked))],
    )
    return [csv_path, xlsx_path], len(values)
