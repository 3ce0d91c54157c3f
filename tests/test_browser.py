"""End to end in headless Chromium: `jixiao serve` on a fresh store, driven like a user would.

One server (and one browser) for the whole module. Needs the Debian packages `chromium` and
`chromium-driver` (install.sh installs them); skipped when they are missing.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import socket
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT = 90  # seconds; generous, the CI machine may be slow

if not (os.access(CHROMIUM, os.X_OK) and os.access(CHROMEDRIVER, os.X_OK)):
    pytest.skip("chromium and chromium-driver are not installed (see install.sh)",
                allow_module_level=True)

from rdflib import Graph  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from jixiao.local_server import ROOT, serving  # noqa: E402

# A declaration form (the tab-table layout of the bundled samples) whose indicator wording and
# goal carry markup that would run if the page ever inserted document text as HTML.
HOSTILE_FORM = ROOT / "tests" / "fixtures" / "hostile_form.txt"
SCRIPT_WORDING = "<script>window.__pwned=1</script>注入演示次数"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`jixiao serve` on a loopback port with an empty store directory: it builds the store."""
    work = tmp_path_factory.mktemp("serve")
    try:
        with serving(work / "store", work / "serve.log") as url:
            yield url
    except RuntimeError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def downloads() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="jx-downloads-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[WebDriver]:
    # Never let Selenium Manager look for (or download) a browser or driver.
    os.environ["SE_OFFLINE"] = "true"
    profile = tempfile.mkdtemp(prefix="jx-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--window-size=1400,1100", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


# ---- helpers ------------------------------------------------------------------------------------


def wait(driver: WebDriver) -> WebDriverWait:
    return WebDriverWait(driver, WAIT, poll_frequency=0.2)


def text_of(driver: WebDriver, element_id: str) -> str:
    return driver.find_element(By.ID, element_id).text


def open_page(driver: WebDriver, url: str) -> None:
    driver.get(url)
    wait(driver).until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-query textarea")))


def ask(driver: WebDriver, question: str, answers_before: int) -> str:
    """Type a question, wait for its answer, return the answer's text."""
    box = driver.find_element(By.CSS_SELECTOR, "#jx-query textarea")
    box.send_keys(question)
    box.send_keys(Keys.ENTER)
    answers = wait(driver).until(
        lambda d: (found := d.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-answer, #jx-chat .jx-msg"))
        and len(found) > answers_before and found
    )
    return answers[-1].text


def choose(driver: WebDriver, group_id: str, contains: str) -> str:
    """Click the radio choice of `group_id` whose label contains `contains`; return the label."""
    label: WebElement = wait(driver).until(EC.element_to_be_clickable(
        (By.XPATH, f"//*[@id='{group_id}']//label[contains(normalize-space(.), '{contains}')]")
    ))
    text = label.text
    label.click()
    return text


def go_to_tab(driver: WebDriver, name: str) -> None:
    tab = wait(driver).until(EC.element_to_be_clickable(
        (By.XPATH, f"//*[@id='jx-tabs']//button[@role='tab' and normalize-space(.)='{name}']")
    ))
    tab.click()


def not_pwned(driver: WebDriver) -> None:
    assert driver.execute_script("return window.__pwned === undefined")
    assert driver.execute_script(
        "return [...document.querySelectorAll('script')].every(s => !s.text.includes('__pwned'))"
    )
    assert not driver.find_elements(By.CSS_SELECTOR, "img[onerror]")


# ---- tests ---------------------------------------------------------------------------------------


def test_search_open_project_follow_related(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    answer = ask(browser, "考生对考试满意吗", 0)
    assert "考生满意度" in answer
    assert "满意度指标" in answer  # the category path is on the card

    label = choose(browser, "jx-hits", "考生满意度 →")
    project = label.split("→", 1)[1].split("（", 1)[0].strip()
    wait(browser).until(lambda d: project in text_of(d, "jx-project"))
    page = text_of(browser, "jx-project")
    assert "考生满意度" in page  # the full indicator table
    assert "资金" in page and "年度总体目标" in page
    picture = browser.find_element(By.CSS_SELECTOR, "#jx-graph svg")
    assert len(picture.find_elements(By.TAG_NAME, "circle")) >= 3

    related_labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#jx-related label")]
    assert related_labels, "the project page lists related projects"
    other = related_labels[0].split("（", 1)[0]
    choose(browser, "jx-related", other)
    wait(browser).until(
        lambda d: d.find_element(By.CSS_SELECTOR, "#jx-project h2").text.strip() == other
    )
    assert "绩效指标" in text_of(browser, "jx-project")


def test_followup_refines_the_last_question(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    first = ask(browser, "考试组织工作", 0)
    assert "最佳结果" in first
    refined = ask(browser, "只看2024年的", 1)
    assert "年份：2024" in refined
    year = browser.find_element(By.CSS_SELECTOR, "#jx-year input").get_attribute("value")
    assert year == "2024"
    choices = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#jx-hits label")]
    assert choices and all("2024年" in c for c in choices)
    satisfaction = ask(browser, "只看满意度指标", 2)
    assert "一级指标：满意度指标" in satisfaction and "年份：2024" in satisfaction
    cards = browser.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-answer")[-1].find_elements(
        By.CSS_SELECTOR, ".jx-indicator .jx-path")
    assert cards and all(c.text.startswith("满意度指标") for c in cards)


def test_turtle_export_downloads_and_parses(server: str, browser: WebDriver, downloads: Path) -> None:
    open_page(browser, server)
    go_to_tab(browser, "导出")
    choose(browser, "jx-format", "Turtle")
    browser.find_element(By.ID, "jx-export").click()
    link = wait(browser).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-export-file a[download]"))
    )
    name = link.get_attribute("download")
    assert name.endswith(".ttl")
    link.click()
    path = downloads / name
    wait(browser).until(lambda d: path.is_file() and path.stat().st_size > 0
                        and not list(downloads.glob("*.crdownload")))
    g = Graph().parse(path, format="turtle")
    assert len(g) > 1000
    labels = {str(o) for o in g.objects()}
    assert "考生满意度" in labels


def test_upload_is_searchable_and_markup_stays_text(
    server: str, browser: WebDriver, tmp_path: Path
) -> None:
    hostile = tmp_path / "防注入演示.txt"
    shutil.copyfile(HOSTILE_FORM, hostile)
    junk = tmp_path / "不是表格.txt"
    junk.write_text("这只是一段普通的文字，\n没有任何表格。\n", encoding="utf-8")
    open_page(browser, server)
    go_to_tab(browser, "添加文档")
    upload = wait(browser).until(
        EC.presence_of_element_located((By.CSS_SELECTOR, "#jx-upload input[type=file]"))
    )
    upload.send_keys(f"{hostile}\n{junk}")
    report = wait(browser).until(
        lambda d: (t := text_of(d, "jx-upload-report")).count(".txt") >= 2 and t
    )
    rows = {r.text.split()[0]: r.text for r in
            browser.find_elements(By.CSS_SELECTOR, "#jx-upload-report tbody tr")}
    assert "已加入" in rows["防注入演示.txt"], report
    assert "未加入" in rows["不是表格.txt"] and "不是表格.txt" in rows["不是表格.txt"], report

    go_to_tab(browser, "检索")
    answer = ask(browser, "注入演示次数", 0)
    assert SCRIPT_WORDING in answer  # shown as text, tags and all
    not_pwned(browser)

    choose(browser, "jx-hits", "注入演示次数 →")
    wait(browser).until(lambda d: "防注入演示项目" in text_of(d, "jx-project"))
    page = text_of(browser, "jx-project")
    assert SCRIPT_WORDING in page
    assert '<img src=x onerror="window.__pwned=2">' in page
    time.sleep(0.5)  # give an injected onerror handler the chance to fire, were there one
    not_pwned(browser)


def test_suggestions_table_and_downloads(server: str, browser: WebDriver) -> None:
    open_page(browser, server)
    go_to_tab(browser, "指标建议")
    box = wait(browser).until(
        EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-describe textarea"))
    )
    box.send_keys("组织全市卫生专业技术资格考试，保障考生顺利参加考试")
    browser.find_element(By.ID, "jx-suggest").click()
    table = wait(browser).until(lambda d: (t := text_of(d, "jx-suggestion")) and "建议指标值" in t and t)
    assert "满意度指标" in table and "考" in table
    links = wait(browser).until(lambda d: len(
        found := d.find_elements(By.CSS_SELECTOR, "#jx-suggestion-files a[download]")) >= 2 and found)
    assert sorted(Path(a.get_attribute("download")).suffix for a in links) == [".csv", ".xlsx"]
    csv_link = next(a for a in links if a.get_attribute("download").endswith(".csv"))
    with urllib.request.urlopen(csv_link.get_attribute("href"), timeout=30) as response:
        rows = list(csv.reader(io.StringIO(response.read().decode("utf-8-sig"))))
    assert "三级指标" in rows[0] and "建议指标值" in rows[0]
    wordings = [r[rows[0].index("三级指标")] for r in rows[1:]]
    assert len(wordings) >= 3 and all(w and w in table for w in wordings)


def _non_loopback_address() -> str | None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("10.255.255.255", 1))  # no packet is sent; this only picks an interface
            address = s.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_server_limits_uploads_serves_no_other_files_and_listens_on_loopback(server: str) -> None:
    boundary = "jxboundary"
    big = b"a" * (5 * 1024 * 1024 + 1)
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; "
            f"filename=\"big.txt\"\r\nContent-Type: text/plain\r\n\r\n").encode() + big + (
            f"\r\n--{boundary}--\r\n").encode()
    request = urllib.request.Request(
        server + "gradio_api/upload", body,
        {"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=60)
    assert refused.value.code == 413
    for path in ("/etc/passwd", str(ROOT / "pyproject.toml")):
        with pytest.raises(urllib.error.HTTPError) as denied:
            urllib.request.urlopen(f"{server}gradio_api/file={path}", timeout=30)
        assert denied.value.code in (403, 404)
    address = _non_loopback_address()
    if address:
        port = int(server.rstrip("/").rsplit(":", 1)[1])
        with pytest.raises(OSError), socket.create_connection((address, port), timeout=5):
            pass
