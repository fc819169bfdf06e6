#!/usr/bin/env bash
# Installs the Debian packages chitieu's optional features and tests use:
#   chromium          headless browser for the HTML report / review page tests (driven by playwright-core)
#   poppler-utils     pdftotext and pdfinfo, the baseline of `npm run bench`
#   time              GNU time (/usr/bin/time), which measures each pdftotext run's CPU for the bench
# OCR needs nothing from here: tesseract.js and its Vietnamese data install from npm.
#
# Usage: scripts/setup-system.sh [tests|bench]...   (no argument: everything)
#   tests   what `npm test` uses (.ci/run)
#   bench   what `npm run bench` uses (it runs this first)
# Safe to run repeatedly; skips what is already installed.
set -euo pipefail
groups=("$@")
[ ${#groups[@]} -eq 0 ] && groups=(tests bench)
need=()
for group in "${groups[@]}"; do
  case "$group" in
    tests)
      command -v chromium >/dev/null 2>&1 || need+=(chromium) ;;
    bench)
      { command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; } || need+=(poppler-utils)
      [ -x /usr/bin/time ] || need+=(time) ;;
    *)
      echo "setup-system: unknown group '$group' (tests, bench)" >&2; exit 2 ;;
  esac
done
if [ ${#need[@]} -eq 0 ]; then echo "setup-system: nothing to install (${groups[*]})"; exit 0; fi
if [ "$(id -u)" != 0 ]; then echo "setup-system: need root to install ${need[*]} (apt-get); run it as root, or install those Debian packages" >&2; exit 1; fi
echo "setup-system: installing ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "setup-system: done"
