#!/usr/bin/env bash
# Command 2 of the README (and all of .ci/run): set up everything the tests need, then
# lint and run the whole suite.
#   - a virtual environment with the game and its test tools (pytest, hypothesis, ruff,
#     Playwright for Python, pygbag, PyYAML for the Pages workflow's test);
#   - Pyodide from the npm registry (core only), for the rules engine inside a browser;
#   - Debian's Chromium, installed with apt when CI=true or INSTALL_BROWSER=1 (and apt is
#     there); elsewhere the browser tests skip with their reason if no Chromium is found.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m venv .venv
.venv/bin/pip install -e ".[test]"
if command -v npm >/dev/null 2>&1; then
    npm install
fi
if [ "${CI:-}" = "true" ] || [ "${INSTALL_BROWSER:-}" = "1" ]; then
    if ! command -v chromium >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
        apt-get update && apt-get install -y chromium
    fi
fi
.venv/bin/python -m ruff check .
.venv/bin/python -m pytest -q
