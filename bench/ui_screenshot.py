"""Screenshots of the web app: the README picture and one per tab for docs/ui.md.

    python bench/ui_screenshot.py [--out-dir docs] [--url URL]

Starts `jixiao serve` on a fresh temporary store (or uses `--url`), drives it in headless
Chromium (/usr/bin/chromium) as a user would and writes
  docs/screenshot.png          a question, its answer and the filter chips (README)
  docs/ui/1-search.png         the same after a follow-up (「只看质量指标」)
  docs/ui/2-project.png        a project opened from a card, with its picture and related projects
  docs/ui/3-suggest.png        the suggestion table
  docs/ui/4-export.png         the RDF export tab after an export
  docs/ui/5-upload.png         the upload report of a form and a file that is not one
Chinese text needs a CJK font (Debian fonts-noto-cjk, installed by install.sh).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait
from ui_load import local_server

from jixiao.local_server import ROOT

QUESTION = "考生对考试满意吗"
FOLLOW_UP = "只看质量指标"
DESCRIPTION = "组织全市卫生专业技术资格考试，保障考生顺利参加考试"
WINDOW = (1400, 1000)


def _browser(profile: str) -> WebDriver:
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager download anything
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", "--force-device-scale-factor=1",
                "--hide-scrollbars", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def _settle(driver: WebDriver) -> None:
    WebDriverWait(driver, 90).until(
        lambda d: not d.find_elements(By.CSS_SELECTOR, ".wrap.pending, .eta-bar"))
    time.sleep(0.6)  # the newest answer is scrolled into place on the next frame


def _ask(driver: WebDriver, question: str) -> None:
    before = len(driver.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-turn"))
    box = driver.find_element(By.CSS_SELECTOR, "#jx-query textarea")
    box.send_keys(question, Keys.ENTER)
    WebDriverWait(driver, 90).until(
        lambda d: len(d.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-turn")) > before)
    _settle(driver)


def _tab(driver: WebDriver, name: str) -> None:
    driver.find_element(
        By.XPATH, f"//*[@id='jx-tabs']//button[@role='tab' and normalize-space(.)='{name}']"
    ).click()
    time.sleep(0.5)


def _shot(driver: WebDriver, path: Path, top: str | None = None) -> None:
    if top:
        driver.execute_script(
            "document.querySelector(arguments[0]).scrollIntoView(); window.scrollBy(0, -12)", top)
    else:
        driver.execute_script("window.scrollTo(0, 0)")
    time.sleep(0.3)
    path.parent.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(path))
    print(f"wrote {path}")


def take(url: str, out_dir: Path) -> None:
    profile = tempfile.mkdtemp(prefix="jx-chromium-")
    work = Path(tempfile.mkdtemp(prefix="jx-shots-"))
    driver = _browser(profile)
    wait = WebDriverWait(driver, 90)
    try:
        driver.get(url)
        wait.until(EC.element_to_be_clickable((By.CSS_SELECTOR, "#jx-query textarea")))
        _ask(driver, QUESTION)
        _shot(driver, out_dir / "screenshot.png")
        _ask(driver, FOLLOW_UP)
        _shot(driver, out_dir / "ui" / "1-search.png")

        card = driver.find_elements(By.CSS_SELECTOR, "#jx-chat .jx-turn:last-child .jx-open")[0]
        card.click()
        wait.until(lambda d: d.find_element(By.ID, "jx-project-panel").size["height"] > 100)
        _settle(driver)
        driver.set_window_size(WINDOW[0], 1500)  # the page, its picture and related projects
        _shot(driver, out_dir / "ui" / "2-project.png", "#jx-project-panel")
        driver.set_window_size(*WINDOW)

        _tab(driver, "指标建议")
        driver.find_element(By.CSS_SELECTOR, "#jx-describe textarea").send_keys(DESCRIPTION)
        driver.find_element(By.ID, "jx-suggest").click()
        wait.until(lambda d: d.find_elements(
            By.CSS_SELECTOR, "#jx-suggestion-table [data-testid='cell-0-3']"))
        _settle(driver)
        _shot(driver, out_dir / "ui" / "3-suggest.png")

        _tab(driver, "导出")
        driver.find_element(By.ID, "jx-export").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#jx-export-file a[download]"))
        _settle(driver)
        _shot(driver, out_dir / "ui" / "4-export.png")

        _tab(driver, "添加文档")
        form = work / "防注入演示.txt"
        shutil.copyfile(ROOT / "tests" / "fixtures" / "hostile_form.txt", form)
        junk = work / "会议纪要.txt"
        junk.write_text("会议纪要\n今天讨论了明年的预算安排。\n", encoding="utf-8")
        driver.find_element(By.CSS_SELECTOR, "#jx-tab-upload input[type=file]").send_keys(
            f"{form}\n{junk}")
        wait.until(lambda d: d.find_element(By.ID, "jx-upload-report").text.count(".txt") >= 2)
        _settle(driver)
        _shot(driver, out_dir / "ui" / "5-upload.png")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    parser.add_argument("--url", help="a running app (default: start one on a fresh store; "
                        "the upload step adds a document to it)")
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        url = args.url or stack.enter_context(local_server())
        take(url, args.out_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
