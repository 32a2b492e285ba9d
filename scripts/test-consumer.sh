#!/usr/bin/env bash
# Installs the packed tarball into a scratch project, then imports it the ways
# users do: ESM import, CommonJS require, and type-checking a consumer file
# under moduleResolution bundler, nodenext and node16.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mkdir -p .tmp
rm -f .tmp/*.tgz
tarball="$root/.tmp/$(npm pack --silent --pack-destination .tmp | tail -n 1)"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r test/consumer/. "$scratch/"
cd "$scratch"
zod_version=$(node -p "require('$root/node_modules/zod/package.json').version")
ts_version=$(node -p "require('$root/node_modules/typescript/package.json').version")
cat > package.json <<JSON
{ "name": "consumer", "private": true, "type": "module" }
JSON
npm install --no-audit --no-fund --silent "$tarball" "zod@$zod_version" "typescript@$ts_version"
node esm.mjs
node cjs.cjs
for resolution in bundler nodenext node16; do
  npx tsc -p "tsconfig.$resolution.json"
  echo "types ok under moduleResolution $resolution"
done
