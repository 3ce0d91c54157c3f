"""The Gradio web app: chat-like search, project pages, suggestions, RDF export, uploads.

Everything it knows comes from `jixiao.api`; this module only wires events to the API and to the
renderers in `ui.cards`, `ui.neighbourhood` and `ui.downloads`.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import uuid
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import gradio as gr

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.ui import cards, downloads, neighbourhood, uploads
from jixiao.ui.followup import Filters, parse_followup
from jixiao.vocab import LEVEL1, parent_level1

log = logging.getLogger(__name__)

ANSWER_HITS = 8
USES_OFFERED = 3  # projects offered for opening per indicator hit
RELATED_SHOWN = 8
SUGGESTED = 24
RDF_FORMATS = [("Turtle (.ttl)", "turtle"), ("JSON-LD (.jsonld)", "json-ld")]
ANY = ""  # the value of 「不限」 in the filter widgets
TYPE_CHOICES = [("全部", "all"), ("指标", "indicator"), ("项目", "project")]
# Gradio keeps every session's state (a copy of the page's config, ~130 KB, and gr.State) and
# every API call is a session of its own: without a bound the server grows by that much per
# search (measured with bench/server_memory.py, docs/store.md). Older sessions are dropped first.
MAX_SESSIONS = 500
# Files Gradio serves (uploads, downloads) are deleted this long after they were made, checked
# this often (seconds); a session's files also go when it ends.
DELETE_FILES_AFTER = 3600
DELETE_FILES_EVERY = 600

CSS = """
.jx-card{border:1px solid #d1d5db;border-radius:8px;padding:8px 12px;margin:8px 0;background:#fff}
.jx-head{display:flex;gap:8px;align-items:baseline;flex-wrap:wrap}
.jx-rank{font-weight:bold;color:#6b7280}
.jx-kind{font-size:12px;border-radius:4px;padding:0 6px;background:#e0e7ff;color:#3730a3}
.jx-project .jx-kind{background:#dcfce7;color:#166534}
.jx-title{font-weight:bold;font-size:15px}
.jx-score{margin-left:auto;font-size:12px;color:#6b7280}
.jx-path{font-size:13px;color:#4b5563}
.jx-line{font-size:13px}
.jx-uses{margin:4px 0 0 18px;padding:0;font-size:13px}
.jx-muted{color:#6b7280}
.jx-note{font-size:13px;color:#92400e}
.jx-msg.jx-error{color:#b91c1c}
.jx-table{border-collapse:collapse;font-size:13px;margin:6px 0}
.jx-table th,.jx-table td{border:1px solid #e5e7eb;padding:3px 6px;text-align:left;vertical-align:top}
.jx-table th{background:#f3f4f6}
.jx-meta{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:14px}
.jx-ok{color:#15803d;font-weight:bold}
.jx-bad{color:#b91c1c;font-weight:bold}
.jx-problems{margin:0;padding-left:16px}
"""


@dataclass
class AppContext:
    """The opened store behind the page. ``jx`` is replaced as a whole when the store changes
    (an upload here, or another process's `jixiao add`, noticed by ``live``)."""

    jx: api.Jixiao
    downloads_dir: Path
    uploads_dir: Path
    lock: threading.Lock = field(default_factory=threading.Lock)
    units: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    live: api.LiveStore | None = None

    @classmethod
    def open(cls, jx: api.Jixiao) -> AppContext:
        ctx = cls(jx, jx.root / "ui" / "downloads", jx.root / "uploads")
        ctx.refresh(jx)
        # Uploads queue on one writer thread; a watcher follows other processes' writes.
        ctx.live = api.LiveStore(ctx.jx, on_change=ctx.refresh)
        return ctx

    def refresh(self, jx: api.Jixiao) -> None:
        projects = jx.projects()  # also loads the search engine, so the first question is quick
        with self.lock:
            self.jx = jx
            self.units = sorted({p.unit for p in projects if p.unit})
            self.years = sorted({p.year for p in projects if p.year}, reverse=True)

    def summary(self) -> str:
        stats = self.jx.stats()
        return (
            f"共 {stats.get('projects', 0)} 个项目、{stats.get('indicators', 0)} 条指标、"
            f"{stats.get('concepts', 0)} 种指标表述、{len(self.units)} 个实施单位"
        )


@dataclass
class ChatSession:
    """What a follow-up refines: the last question and the filters it was answered under."""

    question: str | None = None
    filters: Filters = field(default_factory=Filters)


# ------------------------------------------------------------------------------- search chat


def _widget_filters(type_value: str, year: str, unit: str, level1: str, level2: str | None) -> Filters:
    return Filters(
        type=type_value or "all",
        year=int(year) if str(year or "").isdigit() else None,
        unit=unit or None,
        level1=level1 or None,
        level2=level2,
    )


def _run_search(ctx: AppContext, question: str, filters: Filters) -> list[Any]:
    return ctx.jx.search(
        question, type=filters.type, k=ANSWER_HITS, unit=filters.unit, year=filters.year,
        level1=filters.level1, level2=filters.level2,
    ).hits


def _hit_choices(hits: list[Any]) -> list[tuple[str, str]]:
    """「打开项目」 choices: each project a hit points at (values unique per choice)."""
    choices = []
    for rank, hit in enumerate(hits, start=1):
        if hit.type == "project":
            year = f"，{hit.year}年" if hit.year else ""
            label = f"{rank}. 〔项目〕{hit.text}（{hit.unit or '单位不详'}{year}）"
            choices.append((label, f"{hit.project_id}#{len(choices)}"))
            continue
        for use in hit.uses[:USES_OFFERED]:
            year = f"，{use.year}年" if use.year else ""
            label = f"{rank}. {hit.text} → {use.project}（{use.unit or '单位不详'}{year}）"
            choices.append((label, f"{use.project_id}#{len(choices)}"))
    return choices


def ask(
    ctx: AppContext,
    message: str,
    history: list[dict[str, Any]] | None,
    session: ChatSession | None,
    type_value: str,
    year: str,
    unit: str,
    level1: str,
) -> tuple[Any, ...]:
    """Answer a question or refine the last one; returns the chat and the updated widgets."""
    history = list(history or [])
    session = session or ChatSession()
    message = (message or "").strip()
    if not message:
        return (gr.skip(),) * 8
    filters = _widget_filters(type_value, year, unit, level1, session.filters.level2)
    refinement = parse_followup(message, ctx.units)
    note = ""
    if refinement is not None and not (refinement.changes or refinement.extra_terms):
        reply = cards.message_html(
            "没听懂这个筛选条件。可以说「只看2024年的」「只看满意度指标」「只看某某中心的」"
            "或「不限年份」。"
        )
        return _answered(history, message, reply, session, filters, None)
    if refinement is not None and not session.question and not refinement.extra_terms:
        # Filters before any question: set them, and say so.
        filters = refinement.apply(filters)
        session = ChatSession(None, filters)
        reply = cards.message_html(f"已设置筛选条件（{filters.describe() or '不限'}），请输入问题。")
        return _answered(history, message, reply, session, filters, None)
    question = message
    if refinement is not None:
        # 「只看考试相关的」 before any question asks about 考试.
        filters = refinement.apply(filters)
        question = f"{session.question or ''} {refinement.extra_terms}".strip()
        note = "已按追问调整条件" + (f"：{filters.describe()}" if filters.describe() else "：不限")
    try:
        hits = _run_search(ctx, question, filters)
        reply = cards.answer_html(question, filters.describe(), hits, note)
        session = ChatSession(question, filters)
    except JixiaoError as exc:
        hits, reply = [], cards.message_html(f"无法检索：{exc}", "error")
    return _answered(history, message, reply, session, filters, hits)


def _answered(
    history: list[dict[str, Any]],
    message: str,
    reply: str,
    session: ChatSession,
    filters: Filters,
    hits: list[Any] | None,
) -> tuple[Any, ...]:
    """The outputs of `ask`: chat, cleared box, session, filter widgets, 「打开项目」 choices."""
    history = [*history, {"role": "user", "content": cards.esc(message)},
               {"role": "assistant", "content": reply}]
    return (
        history,
        "",
        session,
        gr.update(value=filters.type),
        gr.update(value=str(filters.year) if filters.year else ANY),
        gr.update(value=filters.unit or ANY),
        gr.update(value=filters.level1 or ANY),
        gr.skip() if hits is None else gr.update(choices=_hit_choices(hits), value=None),
    )


def rerun(
    ctx: AppContext,
    history: list[dict[str, Any]] | None,
    session: ChatSession | None,
    type_value: str,
    year: str,
    unit: str,
    level1: str,
) -> tuple[Any, ...]:
    """The user changed a filter beside the chat: answer the last question again under it."""
    session = session or ChatSession()
    if not session.question:
        return gr.skip(), gr.skip(), gr.skip()
    # A level2 from a follow-up survives unless the new level1 is not its parent.
    level2 = session.filters.level2
    if level2 and parent_level1(level2) != (level1 or None):
        level2 = None
    filters = _widget_filters(type_value, year, unit, level1, level2)
    history = list(history or [])
    try:
        hits = _run_search(ctx, session.question, filters)
        reply = cards.answer_html(session.question, filters.describe(), hits, "已按新的筛选条件重新检索")
    except JixiaoError as exc:
        hits, reply = [], cards.message_html(f"无法检索：{exc}", "error")
    history.append({"role": "assistant", "content": reply})
    return history, ChatSession(session.question, filters), gr.update(choices=_hit_choices(hits), value=None)


# ---------------------------------------------------------------------------------- projects


def _related_choices(related: list[Any]) -> list[tuple[str, str]]:
    choices = []
    for r in related:
        year = f"，{r.year}年" if r.year else ""
        choices.append((f"{r.text}（{r.unit or '单位不详'}{year}）", f"{r.id}#{len(choices)}"))
    return choices


def open_project(ctx: AppContext, choice: str | None) -> tuple[Any, ...]:
    """Show a project chosen from the answer or from its related projects."""
    if not choice:
        return (gr.skip(),) * 6
    project_id = choice.split("#", 1)[0]
    try:
        details = ctx.jx.project(project_id, related=RELATED_SHOWN)
        hood = api.project_neighbourhood(ctx.jx, project_id)
    except JixiaoError as exc:
        error = cards.message_html(str(exc), "error")
        return error, "", gr.update(choices=[], value=None), "", None, gr.Tabs(selected="project")
    picture = neighbourhood.render_svg(hood.center, hood.nodes, hood.edges)
    return (
        cards.project_page_html(details),
        cards.related_html(details.related),
        gr.update(choices=_related_choices(details.related), value=None),
        picture,
        details.id,
        gr.Tabs(selected="project"),
    )


# ------------------------------------------------------------------------- downloads, uploads


def export_rdf(ctx: AppContext, fmt: str, scope: str, project_id: str | None) -> tuple[Any, str]:
    """RDF of everything, or of the project on screen, as a downloadable file."""
    if scope == "project" and not project_id:
        return None, cards.message_html("请先在「检索」里打开一个项目。", "error")
    try:
        text = ctx.jx.export(fmt, project=project_id if scope == "project" else None)
    except JixiaoError as exc:
        return None, cards.message_html(str(exc), "error")
    stem = f"jixiao-{project_id.replace('/', '-')}" if scope == "project" and project_id else "jixiao-all"
    suffix = ".ttl" if fmt == "turtle" else ".jsonld"
    path = downloads.write_text(ctx.downloads_dir, stem, suffix, text)
    return str(path), cards.message_html(f"已生成 {path.name}（{len(text.encode()) / 1024:.1f} KB）")


def export_project(ctx: AppContext, fmt: str, project_id: str | None) -> tuple[Any, str]:
    return export_rdf(ctx, fmt, "project", project_id)


def suggest(ctx: AppContext, description: str) -> tuple[Any, ...]:
    """Suggested indicator table for a described project, plus CSV and XLSX files of it."""
    try:
        suggestion = ctx.jx.suggest(description or "", SUGGESTED)
    except JixiaoError as exc:
        return cards.message_html(str(exc), "error"), None
    rows = ctx.jx.export_suggestion_rows(suggestion)
    if not rows:
        return cards.suggestion_html(suggestion), None
    headers = list(rows[0])
    values = [[row[h] for h in headers] for row in rows]
    csv_path = downloads.write_csv(ctx.downloads_dir, "建议指标", headers, values)
    xlsx_path = downloads.write_xlsx(ctx.downloads_dir, "建议指标", headers, values, "建议指标")
    return cards.suggestion_html(suggestion), [str(csv_path), str(xlsx_path)]


def add_documents(ctx: AppContext, files: list[str] | None) -> tuple[Any, ...]:
    """Read uploaded forms into the store; they are searchable as soon as this returns.

    Uploads wait for the store's one writer (several at once are committed together); a file
    with the name of a stored upload replaces it, unless it cannot be read. Gradio's copy of
    each upload is deleted once read."""
    if not files:
        return gr.skip(), gr.skip(), gr.skip(), gr.skip()
    report: list[tuple[str, bool, int, int, list[str]]] = []
    incoming = ctx.jx.root / "ui" / "incoming" / uuid.uuid4().hex
    saved: dict[Path, str] = {}  # our copy → name as uploaded
    try:
        for file in files:
            name = Path(file).name
            try:
                saved[uploads.save_upload(Path(file), name, incoming)] = name
            except JixiaoError as exc:
                report.append((name, False, 0, 0, [str(exc)]))
            finally:
                uploads.discard_gradio_copy(Path(file))
        if saved:
            paths = list(saved)
            try:
                assert ctx.live is not None
                result = ctx.live.add(paths, names=[p.name for p in paths])
                for f in result.files:
                    ok = f.readable or f.action == "unchanged"
                    report.append((saved.get(Path(f.path), f.name), ok, f.projects, f.indicators,
                                   f.errors))
                    if ok:  # keep a copy of what the store holds, under its document name
                        ctx.uploads_dir.mkdir(parents=True, exist_ok=True)
                        os.replace(f.path, ctx.uploads_dir / f.name)
            except JixiaoError as exc:
                report += [(name, False, 0, 0, [str(exc)]) for name in saved.values()]
    finally:
        shutil.rmtree(incoming, ignore_errors=True)
    return (
        cards.upload_report_html(report),
        gr.update(choices=[("不限", ANY), *((u, u) for u in ctx.units)]),
        gr.update(choices=[("不限", ANY), *((str(y), str(y)) for y in ctx.years)]),
        ctx.summary(),
    )


# ------------------------------------------------------------------------------ HTTP API


def api_search(
    ctx: AppContext, query: str, type: str = "all", k: int = 8, unit: str = "", year: int = 0,
    level1: str = "", level2: str = "",
) -> dict[str, Any]:
    """Search as JSON (the same API the page uses); errors come back as {"error": message}."""
    try:
        return ctx.jx.search(query, type=type, k=int(k), unit=unit or None, year=year or None,
                             level1=level1 or None, level2=level2 or None).to_json()
    except JixiaoError as exc:
        return {"error": str(exc)}


# ---------------------------------------------------------------------------------- layout


def build_app(ctx: AppContext) -> gr.Blocks:
    """The page. Each handler gets the context through functools.partial (no module state)."""
    with gr.Blocks(title="绩效指标检索 · jixiao",
                   delete_cache=(DELETE_FILES_EVERY, DELETE_FILES_AFTER)) as demo:
        gr.HTML('<h1 style="margin:0">绩效指标检索 <small class="jx-muted">jixiao</small></h1>')
        summary = gr.Markdown(ctx.summary(), elem_id="jx-summary")
        session = gr.State(ChatSession())
        current_project = gr.State(None)
        with gr.Tabs(elem_id="jx-tabs") as tabs:
            with gr.Tab("检索", id="search"), gr.Row():
                with gr.Column(scale=3):
                    chat = gr.Chatbot(
                        elem_id="jx-chat", label="问答", height=600, latex_delimiters=[],
                        allow_tags=False, sanitize_html=True, feedback_options=None,
                        placeholder="输入问题，例如「考生对考试满意吗」；追问「只看2024年的」"
                        "「只看满意度指标」「只看某某中心的」可以在上一次结果里筛选。",
                    )
                    with gr.Row():
                        box = gr.Textbox(
                            elem_id="jx-query", show_label=False, scale=5, max_lines=3,
                            placeholder="想找什么指标或项目？",
                        )
                        send = gr.Button("提问", variant="primary", elem_id="jx-send", scale=1)
                with gr.Column(scale=2):
                    type_value = gr.Radio(TYPE_CHOICES, value="all", label="类型",
                                          elem_id="jx-type")
                    year = gr.Dropdown([("不限", ANY), *((str(y), str(y)) for y in ctx.years)],
                                       value=ANY, label="年度", elem_id="jx-year",
                                       allow_custom_value=True)
                    unit = gr.Dropdown([("不限", ANY), *((u, u) for u in ctx.units)],
                                       value=ANY, label="实施单位", elem_id="jx-unit",
                                       allow_custom_value=True)
                    level1 = gr.Dropdown([("不限", ANY), *((x, x) for x in LEVEL1)],
                                         value=ANY, label="一级指标", elem_id="jx-level1")
                    hits = gr.Radio([], label="打开项目（选择一项查看详情）", elem_id="jx-hits")
            with gr.Tab("项目详情", id="project"):
                project_page = gr.HTML('<p class="jx-muted">在「检索」里选择一个结果即可打开项目。</p>',
                                       elem_id="jx-project")
                with gr.Row():
                    with gr.Column(scale=3):
                        gr.Markdown("### 项目关系图")
                        picture = gr.HTML(elem_id="jx-graph")
                    with gr.Column(scale=2):
                        gr.Markdown("### 相关项目")
                        related = gr.Radio([], label="打开相关项目", elem_id="jx-related")
                        related_cards = gr.HTML(elem_id="jx-related-cards")
                with gr.Row():
                    project_fmt = gr.Radio(RDF_FORMATS, value="turtle", label="导出本项目 RDF",
                                           elem_id="jx-project-format")
                    project_export = gr.Button("导出本项目", elem_id="jx-project-export")
                project_file = gr.File(label="本项目 RDF 文件", elem_id="jx-project-file",
                                       interactive=False)
                project_msg = gr.HTML()
            with gr.Tab("指标建议", id="suggest"):
                description = gr.Textbox(
                    label="描述新项目", lines=4, elem_id="jx-describe",
                    placeholder="例如：组织全市卫生专业技术资格考试，保障考生顺利参加考试",
                )
                suggest_btn = gr.Button("生成建议指标表", variant="primary", elem_id="jx-suggest")
                suggestion = gr.HTML(elem_id="jx-suggestion")
                suggestion_files = gr.File(label="下载建议表（CSV / XLSX）", file_count="multiple",
                                           interactive=False, elem_id="jx-suggestion-files")
            with gr.Tab("导出", id="export"):
                gr.Markdown("导出整个知识图谱（或「项目详情」里正在看的项目）为 RDF。")
                fmt = gr.Radio(RDF_FORMATS, value="turtle", label="格式", elem_id="jx-format")
                scope = gr.Radio([("全部", "all"), ("当前项目", "project")], value="all",
                                 label="范围", elem_id="jx-scope")
                export_btn = gr.Button("生成导出文件", variant="primary", elem_id="jx-export")
                export_file = gr.File(label="RDF 文件", elem_id="jx-export-file", interactive=False)
                export_msg = gr.HTML(elem_id="jx-export-msg")
            with gr.Tab("添加文档", id="upload"):
                gr.Markdown(
                    f"上传绩效目标申报表或自评表的文本文件（.txt / .md，每个不超过 "
                    f"{uploads.MAX_UPLOAD_LABEL}）。读取后立即加入检索；同名文件会替换之前上传的版本。"
                )
                upload = gr.File(label="上传文件", file_count="multiple",
                                 file_types=list(uploads.SUFFIXES), elem_id="jx-upload")
                upload_report = gr.HTML(elem_id="jx-upload-report")

        filters = [type_value, year, unit, level1]
        ask_outputs = [chat, box, session, *filters, hits]
        for trigger in (box.submit, send.click):
            trigger(partial(ask, ctx), [box, chat, session, *filters], ask_outputs,
                    api_visibility="private")
        for widget in filters:
            widget.input(partial(rerun, ctx), [chat, session, *filters], [chat, session, hits],
                         api_visibility="private")
        open_outputs = [project_page, related_cards, related, picture, current_project, tabs]
        hits.input(partial(open_project, ctx), hits, open_outputs, api_visibility="private")
        related.input(partial(open_project, ctx), related, open_outputs, api_visibility="private")
        project_export.click(partial(export_project, ctx), [project_fmt, current_project],
                             [project_file, project_msg], api_visibility="private")
        export_btn.click(partial(export_rdf, ctx), [fmt, scope, current_project],
                         [export_file, export_msg], api_visibility="private")
        suggest_btn.click(partial(suggest, ctx), description, [suggestion, suggestion_files],
                          api_visibility="private")
        upload.upload(partial(add_documents, ctx), upload, [upload_report, unit, year, summary],
                      api_visibility="private")

        # gr.api reads the endpoint's schema from type hints, which a partial does not carry.
        def search(query: str, type: str = "all", k: int = 8, unit: str = "", year: int = 0,
                   level1: str = "", level2: str = "") -> dict:
            return api_search(ctx, query, type, k, unit, year, level1, level2)

        gr.api(search, api_name="search")
    return demo


def launch(ctx: AppContext, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Serve the app (blocking). Never a public share link; uploads are size-limited."""
    demo = build_app(ctx)
    demo.queue(default_concurrency_limit=4, max_size=256)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        max_file_size=uploads.MAX_UPLOAD_BYTES,
        state_session_capacity=MAX_SESSIONS,
        ssr_mode=False,
        show_error=False,
        css=CSS,
        footer_links=["api"],
    )
