#!/usr/bin/env bash
# The browser the page tests drive: Debian's chromium and chromium-driver (and CJK fonts, so that
# screenshots show Chinese), installed from Debian's
# packages when missing (as root on Debian). The tests use /usr/bin/chromium and /usr/bin/chromedriver
# and never let Selenium download a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -d /usr/share/fonts/opentype/noto ]; then
    exit 0
fi
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
