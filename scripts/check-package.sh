#!/usr/bin/env bash
# Packs the package as npm would publish it and checks the tarball itself,
# not the working tree: publint --strict, then attw on every entry point.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
rm -f .tmp/*.tgz
tarball=$(npm pack --silent --pack-destination .tmp | tail -n 1)
npx publint --strict ".tmp/$tarball"
npx attw ".tmp/$tarball" --profile node16
