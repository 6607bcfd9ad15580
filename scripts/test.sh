#!/usr/bin/env bash
# Every test the project has, in the order that fails fastest: file names, formatting, types, lint, the production
# build, then unit, component and browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser tests drive Debian's Chromium; never a browser downloaded by a test tool.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests..."
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium fonts-liberation'." >&2
    exit 1
  fi
fi

node scripts/checkCaseClashes.js
npm run -s format:check
npm run -s typecheck
npm run -s lint
# The production build first: the manifest test checks that dist/manifest.xml names only files the build made.
npx webpack --mode production
npx jest --ci "$@"
