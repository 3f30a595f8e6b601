#!/bin/sh
# Converts DOCX files (e.g. a document downloaded from /documents/{id}/docx) to PDF with LibreOffice headless, to
# check that the official layout opens and renders in LibreOffice.
#
# Usage: scripts/docx-to-pdf.sh FILE.docx [MORE.docx ...] [-o OUTPUT_DIR]
#   The PDFs are written beside each input, or into OUTPUT_DIR.
# Needs: soffice (Debian/Ubuntu: apt-get install libreoffice-writer-nogui). Times New Roman is replaced by the
# metric-compatible Liberation Serif when it is not installed (apt-get install fonts-liberation); both carry the
# Vietnamese letters. To look at the first page: pdftoppm -png -r 80 -f 1 -l 1 FILE.pdf page (poppler-utils).
# LibreOffice runs with a profile of its own in a temporary directory, so it neither needs nor touches a user
# profile and may run while another LibreOffice is open.
set -eu

outdir=""
files=""
while [ $# -gt 0 ]; do
    case "$1" in
        -o) outdir="$2"; shift 2 ;;
        -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
        *) files="$files
$1"; shift ;;
    esac
done
if [ -z "$files" ]; then
    echo "usage: $0 FILE.docx [MORE.docx ...] [-o OUTPUT_DIR]" >&2
    exit 2
fi
command -v soffice >/dev/null 2>&1 || { echo "soffice not found: apt-get install libreoffice-writer-nogui" >&2; exit 3; }

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM

echo "$files" | while IFS= read -r file; do
    [ -n "$file" ] || continue
    [ -f "$file" ] || { echo "no such file: $file" >&2; exit 4; }
    target=${outdir:-$(dirname "$file")}
    mkdir -p "$target"
    # soffice warns about its Java helper (javaldx) on systems without Java integration; the conversion needs none.
    soffice -env:UserInstallation="file://$profile" --headless --norestore --convert-to pdf --outdir "$target" \
        "$file" 2>&1 >/dev/null | grep -v javaldx >&2 || true
    pdf="$target/$(basename "${file%.*}").pdf"
    [ -s "$pdf" ] || { echo "conversion failed: $file" >&2; exit 5; }
    echo "$pdf"
done
