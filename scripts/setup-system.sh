#!/usr/bin/env bash
# Installs the Debian packages chitieu's optional features and tests use:
#   chromium          headless browser for the HTML report / review page tests (driven by playwright-core)
#   poppler-utils     pdftotext, the baseline of `npm run bench`
# OCR needs nothing from here: tesseract.js and its Vietnamese data install from npm.
# Safe to run repeatedly; skips what is already installed.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -eq 0 ]; then echo "setup-system: nothing to install"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "setup-system: need root to install ${need[*]} (apt-get)" >&2; exit 1; fi
echo "setup-system: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup-system: done"
