"""The Gradio web app: chat-like search, project pages in place, suggestions, RDF, uploads.

Everything it knows comes from `jixiao.api`. What each event shows is decided in `ui.page`
(search tab), `ui.suggestions` and the small functions below, which return plain values; the
Gradio layer here only turns those into widget updates. Buttons inside the HTML (open a
project, ask an example, remove a filter chip, click a node of the picture) report their
`data-*` attributes through `trigger('click', …)` of the HTML component that holds them.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr
from starlette.middleware import Middleware

from jixiao import api
from jixiao.errors import JixiaoError
from jixiao.ui import cards, downloads, page, suggestions, uploads
from jixiao.ui.followup import TYPE_LABELS
from jixiao.ui.language import ChinesePage
from jixiao.ui.live import PageStore
from jixiao.vocab import LEVEL1, LEVEL2, parent_level1

log = logging.getLogger(__name__)

ANY = ""  # the value of 「不限」 in the filter widgets
# Gradio keeps every session's state (a copy of the page's config, ~130 KB, and gr.State) and
# every API call is a session of its own: without a bound the server grows by that much per
# search (measured with bench/server_memory.py, docs/store.md). Older sessions are dropped first.
MAX_SESSIONS = 500
# Files Gradio serves (uploads, downloads) are deleted this long after they were made, checked
# this often (seconds); a session's files also go when it ends.
DELETE_FILES_AFTER = 3600
DELETE_FILES_EVERY = 600
TYPE_CHOICES = [(label, value) for value, label in TYPE_LABELS.items()]
_FORMAT_LABELS = {"turtle": "Turtle", "json-ld": "JSON-LD", "nt": "N-Triples",
                  "trig": "TriG，按文档分命名图", "nquads": "N-Quads，按文档分命名图"}
RDF_FORMATS = [
    (f"{_FORMAT_LABELS.get(f, f)}（{api.EXPORT_EXTENSIONS.get(f, '')}）", f)
    for f in api.EXPORT_FORMATS
]
LEVEL2_CHOICES = [("不限", ANY), *((f"{l2}（{parent_level1(l2)}）", l2) for l2 in LEVEL2)]

# One click handler per HTML component, delegated, so re-rendered content needs none.
_CLICKS = """
const act = (el) => trigger('click', {open: el.dataset.open || '', ask: el.dataset.ask || '',
                                      remove: el.dataset.remove || ''});
element.addEventListener('click', (e) => {
  const el = e.target.closest('[data-open],[data-ask],[data-remove]');
  if (el && element.contains(el)) { e.preventDefault(); act(el); }
});
element.addEventListener('keydown', (e) => {
  const el = e.target.closest('[data-open]');
  if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); act(el); }
});
"""
# The newest exchange starts at the top of the conversation: its question, then its first card.
CHAT_JS = _CLICKS + """
const toNewest = () => {
  const box = element.querySelector('.jx-turns');
  const turns = element.querySelectorAll('.jx-turn');
  if (!box || !turns.length) return;
  box.scrollTop = turns[turns.length - 1].offsetTop;
  const top = box.getBoundingClientRect().top;
  if (top < 0 || top > window.innerHeight * 0.6) box.scrollIntoView({block: 'start'});
};
watch('value', () => requestAnimationFrame(toNewest));
"""
PROJECT_JS = """
watch('value', () => requestAnimationFrame(() => {
  const panel = document.getElementById('jx-project-panel') || element;
  panel.scrollIntoView({block: 'start'});
}));
"""
GRAPH_JS = _CLICKS + """
element.addEventListener('mousemove', (e) => {
  const tip = element.querySelector('.jx-tip');
  const wrap = element.querySelector('.jx-graph-wrap');
  if (!tip || !wrap) return;
  const node = e.target.closest('[data-label]');
  if (!node) { tip.hidden = true; return; }
  const r = wrap.getBoundingClientRect();
  tip.textContent = node.dataset.label;
  tip.style.left = (e.clientX - r.left + 14) + 'px';
  tip.style.top = (e.clientY - r.top + 14) + 'px';
  tip.hidden = false;
});
element.addEventListener('mouseleave', () => {
  const tip = element.querySelector('.jx-tip');
  if (tip) tip.hidden = true;
});
"""
CLICK_JS = _CLICKS

CSS = """
#jx-chat .jx-turns{height:calc(100vh - 330px);min-height:360px;max-height:640px;overflow-y:auto;position:relative;padding:4px 8px;
  border:1px solid #e5e7eb;border-radius:8px;background:#f9fafb}
.jx-turn{padding:6px 0;border-bottom:1px dashed #e5e7eb}
.jx-user{text-align:right;margin:4px 0}
.jx-user span{display:inline-block;background:#dbeafe;border-radius:12px;padding:4px 12px}
.jx-empty{padding:24px 12px}
.jx-examples{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0}
.jx-example{border:1px solid #93c5fd;background:#eff6ff;color:#1d4ed8;border-radius:16px;
  padding:4px 14px;cursor:pointer;font-size:14px}
.jx-example:hover{background:#dbeafe}
.jx-chips{display:flex;flex-wrap:wrap;gap:6px;align-items:center;margin:4px 0 8px;font-size:14px}
.jx-chip{display:inline-flex;align-items:center;gap:4px;background:#fef3c7;border:1px solid #fcd34d;
  border-radius:14px;padding:2px 4px 2px 10px}
.jx-chip-x{border:none;background:none;cursor:pointer;font-size:15px;color:#92400e;padding:0 6px}
.jx-chip-x:hover{color:#b91c1c}
.jx-chip-clear{border:none;background:none;color:#2563eb;cursor:pointer;text-decoration:underline}
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
.jx-actions{margin-top:6px}
.jx-open{border:1px solid #2563eb;background:#2563eb;color:#fff;border-radius:6px;padding:2px 12px;
  cursor:pointer;font-size:13px}
.jx-open:hover{background:#1d4ed8}
.jx-link{border:none;background:none;color:#1d4ed8;cursor:pointer;padding:0;font-size:inherit;
  text-decoration:underline;text-align:left}
.jx-flag{font-size:12px;color:#9a3412;background:#ffedd5;border-radius:4px;padding:0 6px;margin-left:4px}
.jx-flag-note{margin:6px 0;font-size:13px;color:#9a3412}
.jx-muted{color:#6b7280}
.jx-note{font-size:13px;color:#92400e}
.jx-msg p{margin:4px 0}
.jx-msg.jx-error{color:#b91c1c}
.jx-msg.jx-notice{color:#92400e}
.jx-tips{margin:2px 0 4px 18px;font-size:13px;color:#374151}
.jx-table{border-collapse:collapse;font-size:13px;margin:6px 0}
.jx-table th,.jx-table td{border:1px solid #e5e7eb;padding:3px 6px;text-align:left;vertical-align:top}
.jx-table th{background:#f3f4f6}
.jx-meta{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:14px}
.jx-ok{color:#15803d;font-weight:bold}
.jx-bad{color:#b91c1c;font-weight:bold}
.jx-problems{margin:0;padding-left:16px}
.jx-upload{width:100%}
.jx-upload td:nth-child(1),.jx-upload td:nth-child(2),.jx-upload td:nth-child(4){white-space:nowrap}
.jx-unread li{font-size:13px}
.jx-graph-wrap{position:relative}
.jx-node-open{cursor:pointer}
.jx-node-open:hover circle,.jx-node-open:focus circle{stroke:#111827;stroke-width:2}
.jx-tip{position:absolute;z-index:5;background:#111827;color:#fff;font-size:12px;padding:3px 8px;
  border-radius:4px;pointer-events:none;max-width:320px}
#jx-back{max-width:420px}
/* Gradio's progress overlay writes "processing | 0.4s", "queue: 1/2" in English only; the
   spinner says the same without words. */
.meta-text,.meta-text-center,.progress-text{display:none !important}
"""


@dataclass
class AppContext:
    """The live store behind the page and the directories the page writes to."""

    live: PageStore
    downloads_dir: Path
    uploads_dir: Path

    @classmethod
    def open(cls, jx: api.Jixiao) -> AppContext:
        return cls(PageStore(jx), jx.root / "ui" / "downloads", jx.root / "uploads")

    @property
    def jx(self) -> api.Jixiao:
        return self.live.jx

    def summary(self) -> str:
        return self.live.current().summary


# ------------------------------------------------------------------------ non-search tabs


@dataclass
class FileResult:
    """A download offered on the page (or why there is none)."""

    paths: list[Path]
    message_html: str


def export_rdf(ctx: AppContext, fmt: str, project_id: str | None) -> FileResult:
    """RDF of everything, or of one project (with its neighbourhood), as a file."""
    try:
        text = ctx.jx.export(fmt, project=project_id)
    except JixiaoError as exc:
        return FileResult([], cards.message_html(str(exc), "error"))
    stem = f"jixiao-{project_id.replace('/', '-')}" if project_id else "jixiao-all"
    suffix = api.EXPORT_EXTENSIONS.get(fmt, ".rdf")
    path = downloads.write_text(ctx.downloads_dir, stem, suffix, text)
    size = len(text.encode()) / 1024
    return FileResult([path], cards.message_html(f"已生成 {path.name}（{size:.1f} KB）"))


@dataclass
class UploadView:
    """What the upload tab shows after files were sent: one report per file."""

    reports: list[api.DocumentReport]
    summary: str

    @property
    def html(self) -> str:
        return cards.upload_report_html(self.reports)


def add_documents(ctx: AppContext, files: list[str] | None) -> UploadView:
    """Read uploaded forms into the store; they are searchable as soon as this returns.

    Uploads wait for the store's one writer (several at once are committed together); a file
    with the name of a stored document replaces it, unless it cannot be read. Gradio's copy of
    each upload is deleted once read."""
    reports: list[api.DocumentReport] = []
    incoming = ctx.jx.root / "ui" / "incoming" / uuid.uuid4().hex
    saved: dict[str, str] = {}  # document name → name as uploaded
    try:
        for file in files or []:
            name = Path(file).name
            try:
                saved[uploads.save_upload(Path(file), name, incoming).name] = name
            except JixiaoError as exc:
                reports.append(api.DocumentReport(name, False, errors=[str(exc)]))
            finally:
                uploads.discard_gradio_copy(Path(file))
        if saved:
            paths = [incoming / n for n in saved]
            try:
                result = ctx.live.add(paths, names=list(saved))
                reports += api.document_reports(ctx.jx, result, saved)
                for f in result.files:
                    if f.readable:  # a copy of what the store holds, under its document name
                        ctx.uploads_dir.mkdir(parents=True, exist_ok=True)
                        os.replace(f.path, ctx.uploads_dir / f.name)
            except JixiaoError as exc:
                reports += [api.DocumentReport(name, False, errors=[str(exc)])
                            for name in saved.values()]
    finally:
        shutil.rmtree(incoming, ignore_errors=True)
    return UploadView(reports, ctx.summary())


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


def _search_updates(view: page.PageView, open_tab: bool = False) -> tuple[Any, ...]:
    """A PageView as updates of the search tab's widgets (see `build_app` for the order)."""
    f = view.filters
    choices = view.choices
    panel = view.project
    return (
        view.session,
        _summary_html(view.summary),
        view.chips_html,
        view.chat_html,
        gr.update(value=f.type),
        gr.update(choices=[("不限", ANY), *((str(y), str(y)) for y in choices.years)],
                  value=str(f.year) if f.year else ANY),
        gr.update(choices=[("不限", ANY), *((u, u) for u in choices.units)],
                  value=f.unit or ANY),
        gr.update(value=f.level1 or ANY),
        gr.update(value=f.level2 or ANY),
        gr.update(visible="hidden" if panel else True),
        gr.update(visible=True if panel else "hidden"),
        gr.update(value=panel.back_label if panel else "← 返回检索结果"),
        panel.html if panel else "",
        panel.graph_html if panel else "",
        panel.related_html if panel else "",
        gr.Tabs(selected="search") if open_tab else gr.skip(),
    )


def _summary_html(summary: str) -> str:
    return f'<p class="jx-summary">{cards.esc(summary)}</p>'


def build_app(ctx: AppContext) -> gr.Blocks:
    """The page. Handlers are closures over `ctx` (no module state)."""
    live = ctx.live
    snap = live.current()
    with gr.Blocks(title="绩效指标检索 · jixiao",
                   delete_cache=(DELETE_FILES_EVERY, DELETE_FILES_AFTER)) as demo:
        gr.HTML('<h1 style="margin:0">绩效指标检索 <small class="jx-muted">jixiao</small></h1>')
        summary = gr.HTML(_summary_html(snap.summary), elem_id="jx-summary")
        session = gr.State(page.Session())
        suggestion_state = gr.State(suggestions.SuggestionTable())
        with gr.Tabs(elem_id="jx-tabs") as tabs:
            with gr.Tab("检索", id="search", elem_id="jx-tab-search"):
                with gr.Column(elem_id="jx-results-panel") as results_panel, gr.Row():
                    with gr.Column(scale=3):
                        chips = gr.HTML(cards.chips_html([]), elem_id="jx-chips",
                                        js_on_load=CLICK_JS)
                        chat = gr.HTML(cards.chat_html([], page.EXAMPLES), elem_id="jx-chat",
                                       js_on_load=CHAT_JS)
                        with gr.Row():
                            box = gr.Textbox(
                                label="问题", elem_id="jx-query", show_label=False, scale=5, max_lines=3,
                                placeholder="想找什么指标或项目？例如「考生对考试满意吗」",
                            )
                            send = gr.Button("提问", variant="primary", elem_id="jx-send",
                                             scale=1)
                    with gr.Column(scale=1, min_width=260):
                        type_value = gr.Radio(TYPE_CHOICES, value="all", label="类型",
                                              elem_id="jx-type")
                        year = gr.Dropdown([("不限", ANY), *((str(y), str(y)) for y in snap.choices.years)],
                                           value=ANY, label="年度", elem_id="jx-year")
                        unit = gr.Dropdown([("不限", ANY), *((u, u) for u in snap.choices.units)],
                                           value=ANY, label="实施单位", elem_id="jx-unit",
                                           allow_custom_value=True, filterable=True)
                        level1 = gr.Dropdown([("不限", ANY), *((x, x) for x in LEVEL1)],
                                             value=ANY, label="一级指标", elem_id="jx-level1")
                        level2 = gr.Dropdown(LEVEL2_CHOICES, value=ANY, label="二级指标",
                                             elem_id="jx-level2")
                with gr.Column(elem_id="jx-project-panel", visible="hidden") as project_panel:
                    back_btn = gr.Button("← 返回检索结果", elem_id="jx-back", size="sm")
                    project_page = gr.HTML(elem_id="jx-project", js_on_load=PROJECT_JS)
                    with gr.Row():
                        with gr.Column(scale=3):
                            gr.HTML("<h3>项目关系图</h3>")
                            picture = gr.HTML(elem_id="jx-graph", js_on_load=GRAPH_JS)
                        with gr.Column(scale=2):
                            gr.HTML("<h3>相关项目</h3>")
                            related = gr.HTML(elem_id="jx-related", js_on_load=CLICK_JS)
                    with gr.Row():
                        project_fmt = gr.Radio(RDF_FORMATS, value="turtle",
                                               label="导出本项目 RDF", elem_id="jx-project-format")
                        project_export = gr.Button("导出本项目", elem_id="jx-project-export")
                    project_file = gr.File(label="本项目 RDF 文件", elem_id="jx-project-file",
                                           interactive=False)
                    project_msg = gr.HTML()
            with gr.Tab("指标建议", id="suggest", elem_id="jx-tab-suggest"):
                description = gr.Textbox(
                    label="描述新项目", lines=4, elem_id="jx-describe",
                    placeholder="例如：组织全市卫生专业技术资格考试，保障考生顺利参加考试",
                )
                suggest_btn = gr.Button("生成建议指标表", variant="primary", elem_id="jx-suggest")
                suggestion_intro = gr.HTML(elem_id="jx-suggestion")
                suggestion_table = gr.Dataframe(
                    headers=list(suggestions.COLUMNS), datatype=suggestions.DATATYPES,
                    type="array", interactive=True, wrap=True, elem_id="jx-suggestion-table",
                    static_columns=[i for i in range(len(suggestions.COLUMNS))
                                    if i not in suggestions.EDITABLE],
                    label="建议指标（可勾选、可修改建议指标值）", visible=False,
                    column_widths=["6%", "10%", "12%", "22%", "14%", "16%", "12%", "8%"],
                )
                download_btn = gr.Button("下载选中的指标（CSV / XLSX）", elem_id="jx-download",
                                         visible=False)
                suggestion_msg = gr.HTML(elem_id="jx-suggestion-msg")
                suggestion_files = gr.File(label="下载建议表", file_count="multiple",
                                           interactive=False, elem_id="jx-suggestion-files")
            with gr.Tab("导出", id="export", elem_id="jx-tab-export"):
                gr.HTML("<p>把整个知识图谱（或「检索」里正在看的项目）导出为 RDF，"
                        "供其他工具使用。</p>")
                fmt = gr.Radio(RDF_FORMATS, value="turtle", label="格式", elem_id="jx-format")
                scope = gr.Radio([("全部", "all"), ("当前项目", "project")], value="all",
                                 label="范围", elem_id="jx-scope")
                export_btn = gr.Button("生成导出文件", variant="primary", elem_id="jx-export")
                export_file = gr.File(label="RDF 文件", elem_id="jx-export-file", interactive=False)
                export_msg = gr.HTML(elem_id="jx-export-msg")
            with gr.Tab("添加文档", id="upload", elem_id="jx-tab-upload"):
                gr.HTML(
                    "<p>上传绩效目标申报表或自评表的文件"
                    f"（{'、'.join(uploads.SUFFIXES)}，"
                    f"每个不超过 {uploads.MAX_UPLOAD_LABEL}，可一次选多个）。读取后立即加入检索；"
                    "同名文件会替换库中的版本（读不出的新版本不会替换）。下面会列出每个文件读到的项目、指标、提示和没有读懂的内容，"
                    "点项目名即可打开。</p>"
                )
                upload = gr.UploadButton("选择文件上传（可多选）", file_count="multiple",
                                         file_types=list(uploads.SUFFIXES), elem_id="jx-upload",
                                         variant="primary")
                upload_report = gr.HTML(elem_id="jx-upload-report", js_on_load=CLICK_JS)

        search_outputs = [session, summary, chips, chat, type_value, year, unit, level1, level2,
                          results_panel, project_panel, back_btn, project_page, picture, related,
                          tabs]

        def on_load(state: page.Session) -> tuple[Any, ...]:
            return _search_updates(page.load(live, state))

        def on_ask(state: page.Session, message: str) -> tuple[Any, ...]:
            return (*_search_updates(page.ask(live, state, message)), "")

        def on_click(state: page.Session, evt: gr.EventData) -> tuple[Any, ...]:
            data = evt._data or {}
            if data.get("ask"):
                return _search_updates(page.ask(live, state, data["ask"]))
            if data.get("remove"):
                return _search_updates(page.remove_filter(live, state, data["remove"]))
            if data.get("open"):
                return _search_updates(page.open_item(live, state, data["open"]), open_tab=True)
            return _search_updates(page.load(live, state))

        def on_back(state: page.Session) -> tuple[Any, ...]:
            return _search_updates(page.back(live, state))

        def filter_handler(name: str):  # noqa: ANN202 - a Gradio handler
            def handler(state: page.Session, value: Any) -> tuple[Any, ...]:
                return _search_updates(page.set_filter(live, state, name, value))
            return handler

        demo.load(on_load, session, search_outputs, api_visibility="private",
                  show_progress="hidden")
        for trigger in (box.submit, send.click):
            trigger(on_ask, [session, box], [*search_outputs, box], api_visibility="private")
        for html in (chat, chips, related, picture, upload_report):
            html.click(on_click, session, search_outputs, api_visibility="private")
        back_btn.click(on_back, session, search_outputs, api_visibility="private")
        for name, widget in (("type", type_value), ("year", year), ("unit", unit),
                             ("level1", level1), ("level2", level2)):
            widget.input(filter_handler(name), [session, widget], search_outputs,
                         api_visibility="private")

        def on_project_export(fmt_value: str, state: page.Session) -> tuple[Any, str]:
            pid = state.stack[-1] if state and state.stack else None
            if not pid:
                return None, cards.message_html("请先打开一个项目。", "error")
            result = export_rdf(ctx, fmt_value, pid)
            return (str(result.paths[0]) if result.paths else None), result.message_html

        def on_export(fmt_value: str, scope_value: str, state: page.Session) -> tuple[Any, str]:
            pid = state.stack[-1] if state and state.stack else None
            if scope_value == "project" and not pid:
                return None, cards.message_html("请先在「检索」里打开一个项目。", "error")
            result = export_rdf(ctx, fmt_value, pid if scope_value == "project" else None)
            return (str(result.paths[0]) if result.paths else None), result.message_html

        project_export.click(on_project_export, [project_fmt, session],
                             [project_file, project_msg], api_visibility="private")
        export_btn.click(on_export, [fmt, scope, session], [export_file, export_msg],
                         api_visibility="private")

        def on_suggest(text: str) -> tuple[Any, ...]:
            try:
                table = suggestions.suggest(ctx.jx, text)
            except JixiaoError as exc:
                return (suggestions.SuggestionTable(), cards.message_html(str(exc), "error"),
                        gr.update(visible=False), gr.update(visible=False), "", None)
            shown = not table.empty
            return (table, suggestions.intro_html(table),
                    gr.update(value=table.rows if shown else None, visible=shown),
                    gr.update(visible=shown), "", None)

        def on_download(table: suggestions.SuggestionTable, edited: Any) -> tuple[Any, str]:
            try:
                paths, n = suggestions.write_downloads(ctx.jx, table, _rows(edited),
                                                       ctx.downloads_dir)
            except JixiaoError as exc:
                return None, cards.message_html(str(exc), "error")
            return [str(p) for p in paths], cards.message_html(f"已生成 {n} 条指标的 CSV 和 XLSX。")

        suggest_btn.click(on_suggest, description,
                          [suggestion_state, suggestion_intro, suggestion_table, download_btn,
                           suggestion_msg, suggestion_files], api_visibility="private")
        download_btn.click(on_download, [suggestion_state, suggestion_table],
                           [suggestion_files, suggestion_msg], api_visibility="private")

        def on_upload(files: list[str] | None) -> tuple[Any, ...]:
            if not files:
                return gr.skip(), gr.skip()
            view = add_documents(ctx, files)
            return view.html, _summary_html(view.summary)

        upload.upload(on_upload, upload, [upload_report, summary], api_visibility="private")

        # gr.api reads the endpoint's schema from type hints.
        def search(query: str, type: str = "all", k: int = 8, unit: str = "", year: int = 0,
                   level1: str = "", level2: str = "") -> dict:
            return api_search(ctx, query, type, k, unit, year, level1, level2)

        gr.api(search, api_name="search")
    return demo


def _rows(value: Any) -> list[list[Any]] | None:
    """The Dataframe's value as rows (Gradio may hand over a dict or a DataFrame)."""
    if value is None:
        return None
    if isinstance(value, dict) and "data" in value:
        return [list(r) for r in value["data"]]
    if hasattr(value, "values") and hasattr(value, "columns"):
        return [list(r) for r in value.values.tolist()]
    return [list(r) for r in value]


def launch(ctx: AppContext, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Serve the app (blocking). Never a public share link; uploads are size-limited; Gradio's
    own start-up messages (in English, with a share-link hint) are silenced."""
    demo = build_app(ctx)
    demo.queue(default_concurrency_limit=4, max_size=256)
    demo.launch(
        server_name=host,
        server_port=port,
        share=False,
        quiet=True,
        max_file_size=uploads.MAX_UPLOAD_BYTES,
        state_session_capacity=MAX_SESSIONS,
        ssr_mode=False,
        show_error=False,
        css=CSS,
        footer_links=[],
        # A browser that asks for English still gets Gradio's widgets in Chinese.
        app_kwargs={"middleware": [Middleware(ChinesePage)]},
    )
