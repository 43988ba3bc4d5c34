#!/usr/bin/env bash
# Open the demo project in a real QGIS window (Xvfb 1366x768) with a fresh profile in the given
# language and the staged plugin, screenshot it as it opens and after "Zoom to full extent".
# Usage: scripts/screenshot_demo_project.sh [project.qgz] [out_dir] [locale] [script.py]
# (the script QGIS runs once the project is open: screenshot_demo_project.py by default)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROJECT="${1:-$ROOT/out/demo/gup_demo.qgz}"
OUT="${2:-/tmp/gup_demo_shots}"
LOCALE="${3:-fr}"
SCRIPT="${4:-$ROOT/scripts/screenshot_demo_project.py}"
PROFILES="$(mktemp -d /tmp/gup_qgis_profiles_XXXXXX)"
mkdir -p "$PROFILES/profiles/default/QGIS" "$OUT"
cat > "$PROFILES/profiles/default/QGIS/QGIS3.ini" <<EOF
[locale]
userLocale=$LOCALE
overrideFlag=true

[PythonPlugins]
gup_signalement_plugin=true

[qgis]
showTips=false
EOF
# shapely 2 is in the venv (a desktop QGIS has it from pip: see README)
SITE="$("$ROOT/.venv/bin/python" -c 'import os, shapely; print(os.path.dirname(os.path.dirname(shapely.__file__)))')"
export GUP_SHOT_DIR="$OUT" QGIS_PLUGINPATH="$ROOT/build" XDG_RUNTIME_DIR="$PROFILES" PYTHONPATH="$SITE"
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1366x768x24" qgis --noversioncheck --nologo \
    --profiles-path "$PROFILES" --code "$SCRIPT" "$PROJECT" \
    > "$OUT/qgis.log" 2>&1 || true
rm -rf "$PROFILES"
cat "$OUT/report.txt" 2>/dev/null || true
