#!/usr/bin/env bash
# Installs Debian's chromium for the browser test of the comparison report
# (tests/compare/report.browser.test.ts drives /usr/bin/chromium with playwright-core).
# Safe to run repeatedly: does nothing when /usr/bin/chromium is already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then echo "install-chromium: /usr/bin/chromium already installed"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "install-chromium: need root (apt-get install chromium)" >&2; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium >/dev/null
echo "install-chromium: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
