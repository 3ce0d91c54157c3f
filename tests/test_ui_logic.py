"""The web app's logic without a browser: follow-ups, escaping, downloads, upload names."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from jixiao.errors import JixiaoError
from jixiao.ui import downloads, neighbourhood, uploads
from jixiao.ui.followup import Filters, parse_followup, resolve_unit

UNITS = ["天津市医学考试中心", "上海市卫生人才交流服务中心", "上海市医事团体联合管理发展中心"]
HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="alert(1)">'


# --- follow-up refinements -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("只看2024年的", {"year": 2024}),
        ("2024年的呢？", {"year": 2024}),
        ("那只看2025年度的吧", {"year": 2025}),
        ("只看满意度指标", {"level1": "满意度指标"}),
        ("只看成本类的", {"level1": "成本指标"}),
        ("只看质量指标", {"level2": "质量指标"}),
        ("只看服务对象满意度指标", {"level2": "服务对象满意度指标"}),
        ("只看天津市医学考试中心的", {"unit": "天津市医学考试中心"}),
        ("只看医学考试中心的", {"unit": "天津市医学考试中心"}),
        ("只看人才交流中心的", {"unit": "上海市卫生人才交流服务中心"}),
        ("只看项目", {"type": "project"}),
        ("只看2023年的满意度指标", {"year": 2023, "level1": "满意度指标"}),
        ("不限年份", {"year": None}),
    ],
)
def test_followups_become_filter_changes(text: str, expected: dict) -> None:
    refinement = parse_followup(text, UNITS)
    assert refinement is not None
    assert refinement.changes == expected
    assert refinement.extra_terms == ""


@pytest.mark.parametrize("text", ["考生对考试满意吗", "满意度调查", "考生满意度", "天津市医学考试中心", ""])
def test_new_questions_are_not_followups(text: str) -> None:
    assert parse_followup(text, UNITS) is None


def test_unit_named_with_category_words_is_a_unit() -> None:
    refinement = parse_followup("只看质量监督中心的", UNITS)
    assert refinement is not None and refinement.changes == {"unit": "质量监督中心"}


def test_topic_words_narrow_the_query_instead_of_filtering() -> None:
    refinement = parse_followup("只看考试相关的", UNITS)
    assert refinement is not None
    assert refinement.changes == {} and refinement.extra_terms == "考试"


def test_refinements_accumulate_and_clear() -> None:
    filters = Filters()
    for text in ("只看2024年的", "只看满意度指标", "只看医学考试中心的"):
        refinement = parse_followup(text, UNITS)
        assert refinement is not None
        filters = refinement.apply(filters)
    assert filters == Filters(year=2024, unit="天津市医学考试中心", level1="满意度指标")
    assert "2024" in filters.describe() and "满意度指标" in filters.describe()
    cleared = parse_followup("清除筛选", UNITS)
    assert cleared is not None and cleared.apply(filters) == Filters()


def test_level2_brings_its_level1_and_a_new_level1_drops_a_foreign_level2() -> None:
    quality = parse_followup("只看质量指标", UNITS)
    assert quality is not None
    filters = quality.apply(Filters())
    assert (filters.level1, filters.level2) == ("产出指标", "质量指标")
    satisfaction = parse_followup("只看满意度指标", UNITS)
    assert satisfaction is not None
    assert satisfaction.apply(filters) == Filters(level1="满意度指标")


def test_ambiguous_unit_is_left_as_typed() -> None:
    assert resolve_unit("中心", UNITS) == "中心"
    assert resolve_unit("天津市医学考试中心", UNITS) == "天津市医学考试中心"


# --- the neighbourhood picture ----------------------------------------------------------------


def test_neighbourhood_svg_escapes_labels_and_draws_every_node() -> None:
    nodes = [
        SimpleNamespace(id="p1", label="考试项目", kind="project"),
        SimpleNamespace(id="u1", label=HOSTILE, kind="unit"),
        *(SimpleNamespace(id=f"c{i}", label=f"概念{i}", kind="concept") for i in range(5)),
    ]
    edges = [SimpleNamespace(source="p1", target=n.id, label="<有关>") for n in nodes[1:]]
    svg = neighbourhood.render_svg("p1", nodes, edges)
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert "<script" not in svg and "<img" not in svg
    assert "&lt;script&gt;" in svg and "&lt;有关&gt;" in svg
    assert svg.count("<circle") >= len(nodes)
    assert "实施单位" in svg and "指标概念" in svg  # legend


# --- downloads ---------------------------------------------------------------------------------

HEADERS = ["一级指标", "二级指标", "三级指标", "指标值"]
ROWS = [
    ["满意度指标", "服务对象满意度指标", "考生满意度", "≥90(%)"],
    ["产出指标", "数量指标", "考试场次", "=100(%)"],
    ["产出指标", "质量指标", HOSTILE, "+5"],
]


def test_csv_download_is_readable_and_defuses_formulas(tmp_path: Path) -> None:
    path = downloads.write_csv(tmp_path, "建议指标", HEADERS, ROWS)
    assert path.parent == tmp_path and path.suffix == ".csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # BOM, for spreadsheet programs
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == HEADERS
    assert read[1] == ROWS[0]
    # Cells a spreadsheet would evaluate are quoted; the text itself is kept.
    assert read[2][3] == "'=100(%)" and read[3][3] == "'+5"
    assert read[3][2] == HOSTILE


def test_xlsx_download_keeps_targets_as_text(tmp_path: Path) -> None:
    path = downloads.write_xlsx(tmp_path, "建议指标", HEADERS, [*ROWS, ["成本指标", None, "总成本", 20]])
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == HEADERS
    assert values[2] == ["产出指标", "数量指标", "考试场次", "=100(%)"]
    assert sheet.cell(row=3, column=4).data_type == "s"  # text, not a formula
    assert values[4][3] == 20 and values[4][1] is None


def test_download_names_stay_inside_their_directory(tmp_path: Path) -> None:
    path = downloads.write_text(tmp_path, "../../etc/passwd", ".ttl", "@prefix : <x#> .")
    assert path.parent == tmp_path and ".." not in path.name and "/" not in path.name


def test_old_downloads_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(downloads, "KEEP_FILES", 3)
    for i in range(6):
        downloads.write_text(tmp_path, f"f{i}", ".txt", "x")
    assert len(list(tmp_path.iterdir())) <= 4


# --- uploads -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("绩效目标表.txt", "绩效目标表.txt"),
        ("../../etc/passwd", "passwd.txt"),
        ("..\\..\\windows\\win.ini", "win.txt"),
        ("/abs/path/表 格 (1).TXT", "表_格_1.txt"),
        ("..", "upload.txt"),
        (".bashrc", "bashrc.txt"),
        ("a\x00b\nc.txt", "abc.txt"),
        ("report.exe", "report.txt"),
    ],
)
def test_upload_names_are_sanitised(name: str, expected: str) -> None:
    assert uploads.safe_filename(name) == expected


def test_upload_is_copied_inside_the_store_only(tmp_path: Path) -> None:
    source = tmp_path / "incoming.txt"
    source.write_text("项目名称\t测试", encoding="utf-8")
    store_uploads = tmp_path / "store" / "uploads"
    saved = uploads.save_upload(source, "../../evil.txt", store_uploads)
    assert saved.parent == store_uploads.resolve()
    assert saved.name == "evil.txt"
    assert saved.read_text(encoding="utf-8") == "项目名称\t测试"
    assert not (tmp_path / "evil.txt").exists()
    # A second upload of the same name replaces the first, as the store replaces documents.
    source.write_text("项目名称\t第二版", encoding="utf-8")
    again = uploads.save_upload(source, "evil.txt", store_uploads)
    assert again == saved and saved.read_text(encoding="utf-8") == "项目名称\t第二版"
    assert [p.name for p in store_uploads.iterdir()] == ["evil.txt"]


def test_upload_limits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 1000)
    with pytest.raises(JixiaoError, match="太大"):
        uploads.save_upload(big, "big.txt", tmp_path / "up")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(JixiaoError, match="空"):
        uploads.save_upload(empty, "empty.txt", tmp_path / "up")
    small = tmp_path / "small.txt"
    small.write_text("<html></html>", encoding="utf-8")
    with pytest.raises(JixiaoError, match="文本文件"):
        uploads.save_upload(small, "payload.html", tmp_path / "up")
    assert not (tmp_path / "up").exists() or not any((tmp_path / "up").iterdir())


# --- the app's handlers on a real store (no browser) -------------------------------------------


@pytest.fixture()
def app_context(bundled_store, tmp_path: Path):
    """The page's context over a private copy of the bundled store."""
    import shutil

    from jixiao import api
    from jixiao.ui.app import AppContext

    root = tmp_path / "store"
    shutil.copytree(bundled_store.root, root)
    return AppContext.open(api.open_store(root))


def test_neighbourhood_of_a_project_comes_from_the_graph(bundled_store) -> None:
    from jixiao import api

    project = next(p for p in bundled_store.projects() if p.unit and p.year)
    hood = api.project_neighbourhood(bundled_store, project.id)
    ids = {n.id for n in hood.nodes}
    kinds = {n.id: n.kind for n in hood.nodes}
    assert hood.center == project.id and kinds[project.id] == "project"
    assert any(n.kind == "unit" and n.label == project.unit for n in hood.nodes)
    assert any(n.kind == "year" and n.label == str(project.year) for n in hood.nodes)
    assert any(n.kind == "concept" for n in hood.nodes)
    assert all(e.source in ids and e.target in ids for e in hood.edges)
    # Every other project drawn is tied to something of this project's.
    for other in (n.id for n in hood.nodes if n.kind == "project" and n.id != hood.center):
        assert any(e.source == other for e in hood.edges)
    with pytest.raises(JixiaoError):
        api.project_neighbourhood(bundled_store, "project/00000000000000000000")


def test_followup_in_the_chat_refines_filters_and_hits(app_context) -> None:
    from jixiao.ui.app import ChatSession, ask

    out = ask(app_context, "考试组织工作", [], ChatSession(), "all", "", "", "")
    history, _, session = out[:3]
    assert session.question == "考试组织工作" and len(history) == 2
    year = max(app_context.years)
    out = ask(app_context, f"只看{year}年的", history, session, "all", "", "", "")
    history, _, session, _, year_widget, _, _, hits_widget = out
    assert session.filters.year == year and session.question == "考试组织工作"
    assert year_widget["value"] == str(year)
    assert hits_widget["choices"] and all(f"{year}年" in label for label, _ in hits_widget["choices"])
    assert f"年份：{year}" in history[-1]["content"]


def test_query_markup_is_escaped_in_the_chat(app_context) -> None:
    from jixiao.ui.app import ChatSession, ask

    history = ask(app_context, "<script>alert(1)</script>满意度", [], ChatSession(), "all", "", "", "")[0]
    for message in history:
        assert "<script" not in message["content"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;满意度" in history[0]["content"]


def test_uploaded_forms_are_searchable_at_once_and_stay_in_the_store(
    app_context, tmp_path: Path
) -> None:
    from jixiao.ui.app import add_documents

    incoming = tmp_path / "incoming"
    incoming.mkdir()
    good = incoming / "防注入演示.txt"
    good.write_bytes((Path(__file__).parent / "fixtures" / "hostile_form.txt").read_bytes())
    junk = incoming / "不是表格.txt"
    junk.write_text("只是几句话。\n", encoding="utf-8")
    before = app_context.jx.stats()["projects"]
    report_html = add_documents(app_context, [str(good), str(junk)])[0]
    assert "已加入" in report_html and "未加入" in report_html
    assert app_context.jx.stats()["projects"] == before + 1
    assert "上海市安全测试中心" in app_context.units
    hits = app_context.jx.search("注入演示次数", k=3).hits
    assert any(h.text == "<script>window.__pwned=1</script>注入演示次数" for h in hits)
    # Uploads are kept inside the store, and only those the store lists as documents.
    stored = {p.name for p in app_context.uploads_dir.iterdir()}
    assert "防注入演示.txt" in stored
    assert stored <= {f["name"] for f in app_context.jx.store.files}
    assert sorted(p.name for p in incoming.iterdir()) == ["不是表格.txt", "防注入演示.txt"]


def test_filters_said_before_any_question_apply_to_the_next(app_context) -> None:
    from jixiao.ui.app import ChatSession, ask

    out = ask(app_context, "只看满意度指标", [], ChatSession(), "all", "", "", "")
    history, _, session, _, _, _, level1_widget, _ = out
    assert session.question is None and session.filters.level1 == "满意度指标"
    assert level1_widget["value"] == "满意度指标" and "请输入问题" in history[-1]["content"]
    out = ask(app_context, "考试", history, session, "all", "", "", level1_widget["value"])
    history, session = out[0], out[2]
    assert session.question == "考试" and "一级指标：满意度指标" in history[-1]["content"]
    paths = re.findall(r'class="jx-path">([^<]*)', history[-1]["content"])
    assert paths and all(p.startswith("满意度指标") for p in paths if "›" in p)


def test_level2_followup_is_answered_by_the_search_filter(app_context) -> None:
    from jixiao.ui import cards
    from jixiao.ui.app import ANSWER_HITS, ChatSession, ask

    out = ask(app_context, "考试", [], ChatSession(), "indicator", "", "", "")
    history, session = out[0], out[2]
    out = ask(app_context, "只看时效指标", history, session, "indicator", "", "", "")
    history, _, session, _, _, _, level1_widget, _ = out
    assert (session.filters.level1, session.filters.level2) == ("产出指标", "时效指标")
    assert level1_widget["value"] == "产出指标" and "二级指标：时效指标" in history[-1]["content"]
    paths = re.findall(r'class="jx-path">([^<]*)', history[-1]["content"])
    # A full page of answers, every one in the category: the API filters before ranking.
    assert len(paths) == ANSWER_HITS and all(p.endswith("时效指标") for p in paths)
    expected = app_context.jx.search("考试", type="indicator", k=ANSWER_HITS, level2="时效指标")
    titles = re.findall(r'class="jx-title">([^<]*)', history[-1]["content"])
    assert titles == [cards.esc(h.text) for h in expected.hits]
