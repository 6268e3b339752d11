#!/usr/bin/env bash
# Regenerates src/main/resources/boundaries/ (kabkota.geojson.gz, kecamatan/*.geojson.gz, titik/*.tsv.gz) and
# tools/boundaries/MATCH-REPORT.md from the boundary source named in
# src/main/resources/boundaries/NOTICE.md. Needs git, node (>= 18) and npm.
#
#   tools/boundaries/build.sh
#
# Environment (all optional):
#   SOURCE_REPO    git URL or local path of the source (default: GitHub cahyadsn/wilayah_boundaries)
#   SOURCE_COMMIT  the source commit the committed files were built from (default below)
#   WORK           scratch folder for the source checkout (~360 MB) and mapshaper
#                  (default: ${TMPDIR:-/tmp}/idn-boundaries-build); nothing there is committed
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SOURCE_REPO=${SOURCE_REPO:-https://github.com/cahyadsn/wilayah_boundaries.git}
SOURCE_COMMIT=${SOURCE_COMMIT:-3c5a7960f4d227a38489094d84252bdbb3f978a5}
MAPSHAPER_VERSION=0.7.70
WORK=${WORK:-${TMPDIR:-/tmp}/idn-boundaries-build}
REF="$ROOT/src/main/resources/reference/idn-area-data"
OUT="$ROOT/src/main/resources/boundaries"
REPORT="$HERE/MATCH-REPORT.md"

mkdir -p "$WORK"

# 1. the source, at the pinned commit (db/kab, db/kec and db/kel SQL dumps; not committed here)
SRC="$WORK/wilayah_boundaries"
if [ "$(git -C "$SRC" rev-parse HEAD 2>/dev/null || true)" != "$SOURCE_COMMIT" ]; then
  echo "fetching $SOURCE_REPO @ $SOURCE_COMMIT ..."
  rm -rf "$SRC"
  git init -q "$SRC"
  git -C "$SRC" fetch -q --depth 1 "$SOURCE_REPO" "$SOURCE_COMMIT" \
    || git -C "$SRC" fetch -q "$SOURCE_REPO" # servers that refuse a fetch by commit id
  git -C "$SRC" -c advice.detachedHead=false checkout -q "$SOURCE_COMMIT"
fi
test "$(git -C "$SRC" rev-parse HEAD)" = "$SOURCE_COMMIT"

# 2. mapshaper (MPL-2.0), used as a library by build.mjs; installed in WORK, not in the repo
if [ "$(node -p "try{require('$WORK/tools/node_modules/mapshaper/package.json').version}catch(e){''}")" != "$MAPSHAPER_VERSION" ]; then
  echo "installing mapshaper $MAPSHAPER_VERSION ..."
  mkdir -p "$WORK/tools"
  (cd "$WORK/tools" && { [ -f package.json ] || echo '{"private":true}' > package.json; } \
    && npm install --no-audit --no-fund --silent "mapshaper@$MAPSHAPER_VERSION")
fi

# 3. build (about 3 minutes on 2 cores), then check
rm -f "$OUT"/kabkota.geojson.gz "$OUT"/kecamatan/*.geojson.gz "$OUT"/titik/*.tsv.gz
MAPSHAPER_DIR="$WORK/tools" node --max-old-space-size=6144 "$HERE/build.mjs" "$SRC" "$REF" "$OUT" "$REPORT"
node "$HERE/check.mjs" "$OUT" "$REF" "$REPORT"
