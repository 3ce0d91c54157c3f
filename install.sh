#!/usr/bin/env bash
# Installs everything needed to run jixiao and its full test suite on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")"

# Headless Chromium for the end-to-end browser test and the screenshots, and a CJK font so
# that Chinese renders as Chinese, not boxes (Debian packages).
has_cjk_font() { command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list :lang=zh 2>/dev/null)" ]; }
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
        || ! has_cjk_font; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
            chromium chromium-driver fonts-noto-cjk >/dev/null
    else
        echo "install.sh: chromium/chromedriver or a CJK font (fonts-noto-cjk) missing;" \
             "browser tests will be skipped and screenshots show boxes" >&2
    fi
fi

# torch is pinned to the CPU build that lies on disk; a bare `torch` pulls a multi-GB CUDA build.
python -m pip install -q torch==2.13.0 -e ".[dev,st]"
