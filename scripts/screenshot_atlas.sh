#!/usr/bin/env bash
# Two pages of the demo atlas (make demo) as PNG for the README: the first commune and Vitry.
set -euo pipefail
cd "$(dirname "$0")/.."
PDF=${1:-out/demo/atlas_communes.pdf}
VITRY=$(for page in $(seq 1 "$(pdfinfo "$PDF" | awk '/^Pages:/{print $2}')"); do
  pdftotext -f "$page" -l "$page" "$PDF" - | head -1 | grep -qx "Vitry-sur-Seine" && echo "$page"; done)
pdftoppm -r 110 -f "$VITRY" -l "$VITRY" -png -singlefile "$PDF" docs/screenshots/atlas_page_fr_1
pdftoppm -r 110 -f 1 -l 1 -png -singlefile "$PDF" docs/screenshots/atlas_page_fr_2
echo "docs/screenshots/atlas_page_fr_1.png (page $VITRY, Vitry-sur-Seine), atlas_page_fr_2.png (page 1)"
