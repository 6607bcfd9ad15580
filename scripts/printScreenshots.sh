#!/usr/bin/env bash
# The printed summary's screenshots in docs/screenshots (printed-summary-1.png, -2, ...), made the way a finance
# officer would check the print: the sample tracker in mid-year (scripts/midYearTracker.ts) through
# `jac-summary --out`, the copy printed to PDF by LibreOffice, and each page of the summary sheet as a PNG.
# LibreOffice reads the page setup, the print titles and the charts' cached values from the copy; nothing is
# recalculated or redrawn by us.
#
#   bash scripts/printScreenshots.sh
#
# Needs LibreOffice (soffice) and poppler-utils (pdftoppm, pdftotext, pdfinfo); CI has neither, so the PNGs are
# committed. Fonts: without Calibri, LibreOffice substitutes a font of its own (Carlito if installed).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "printScreenshots: needs $tool (LibreOffice and poppler-utils)." >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npx tsx scripts/midYearTracker.ts "$work/tracker.xlsx"
node bin/jac-summary.js "$work/tracker.xlsx" --as-of 28/08/2024 --since 24/07/2024 --out "$work/summary.xlsx" >/dev/null
# A profile of its own, so a LibreOffice already open (or another run) does not take the conversion over.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/summary.xlsx" >/dev/null 2>&1
[ -s "$work/summary.pdf" ] || { echo "printScreenshots: LibreOffice wrote no PDF." >&2; exit 1; }

# The charts' titles are drawn only by the charts (the tables' titles differ), so finding them in the PDF's text
# shows LibreOffice rendered the chart parts.
pdftotext "$work/summary.pdf" "$work/summary.txt"
for title in 'The plan by stage' 'Open actions by risk and due date'; do
  grep -q "$title" "$work/summary.txt" || { echo "printScreenshots: the chart \"$title\" is not in the PDF." >&2; exit 1; }
done

# LibreOffice prints every visible sheet; the summary's pages are those headed by its title (repeated on each).
rm -f docs/screenshots/printed-summary-*.png
pages="$(pdfinfo "$work/summary.pdf" | awk '/^Pages:/ { print $2 }')"
n=0
for page in $(seq 1 "$pages"); do
  pdftotext -f "$page" -l "$page" "$work/summary.pdf" "$work/page.txt"
  if grep -q 'Joint Audit Committee: internal audit summary' "$work/page.txt"; then
    n=$((n + 1))
    pdftoppm -f "$page" -l "$page" -r 72 -png -singlefile "$work/summary.pdf" "docs/screenshots/printed-summary-$n"
    # A thin grey edge, so the white page stands out on a white README.
    if command -v convert >/dev/null; then
      convert "docs/screenshots/printed-summary-$n.png" -bordercolor '#bfbfbf' -border 1 -define png:exclude-chunk=date,time "docs/screenshots/printed-summary-$n.png"
    fi
  fi
done
[ "$n" -gt 0 ] || { echo "printScreenshots: no page of the PDF shows the summary." >&2; exit 1; }
echo "Wrote $n pages: docs/screenshots/printed-summary-1.png to -$n.png"
