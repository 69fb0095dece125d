#!/bin/sh
# Renders .docx files to PNG pages for a visual check (LibreOffice + poppler-utils:
#   apt-get install -y libreoffice-writer-nogui poppler-utils).
# Usage: scripts/render-docx.sh OUTDIR FILE.docx...   → OUTDIR/NAME.pdf and OUTDIR/NAME-<page>.png
set -eu
if [ "$#" -lt 2 ]; then echo "Usage: $0 OUTDIR FILE.docx..." >&2; exit 2; fi
out="$1"; shift
mkdir -p "$out"
for file in "$@"; do
  name=$(basename "$file" .docx)
  soffice --headless --convert-to pdf --outdir "$out" "$file" >/dev/null
  pdftoppm -png -r "${RENDER_DPI:-60}" "$out/$name.pdf" "$out/$name"
done
ls "$out"
