#!/usr/bin/env bash
# Installs the packed tarball into a scratch project, then imports it the ways
# users do: ESM import, CommonJS require, type-checking a consumer file under
# moduleResolution bundler, nodenext, node16 and node10 (through typesVersions),
# and running the shipped examples from node_modules as a user would copy them.
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
for resolution in bundler nodenext node16 node10; do
  npx tsc -p "tsconfig.$resolution.json"
  echo "types ok under moduleResolution $resolution"
done
# The examples import 'mentorship-kit' by name: from node_modules that is the
# installed package itself (Node resolves a package's own name through its exports).
tsx="$root/node_modules/.bin/tsx"
"$tsx" node_modules/mentorship-kit/examples/custom-criterion.ts > /dev/null
"$tsx" node_modules/mentorship-kit/examples/demo.ts --locale de-DE | grep 'Mentor:innen' > /dev/null
echo "examples run from node_modules"
