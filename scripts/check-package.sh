#!/usr/bin/env bash
# Packs the package as npm would publish it and checks the tarball itself,
# not the working tree: publint --strict, then attw on every entry point under
# every resolution it knows (the "strict" profile: node10, node16 from CJS and
# from ESM, bundler), so TypeScript users on the old node10 resolution get
# types for the subpaths too (typesVersions).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/*.tgz
tarball=$(npm pack --silent --pack-destination .tmp | tail -n 1)
npx publint --strict ".tmp/$tarball"
npx attw ".tmp/$tarball" --profile strict
# One output file per source module (tsup.config.ts): a shared chunk would
# carry other entries' code into small imports again.
if tar -tzf ".tmp/$tarball" | grep -E '^package/dist/chunk-' > /dev/null; then
  echo "dist/ has shared chunks: the per-module output layout is broken" >&2
  exit 1
fi
echo "per-module output: no shared chunks"
