#!/usr/bin/env bash
# Validates manifest.xml (and dist/manifest.xml when built) offline with xmllint against the XSDs in
# ../shared/schemas/office-addin-manifest/ (relative to the repository root; override with MANIFEST_SCHEMA_DIR).
# Last line of stdout is always "manifest: N passed, M failed"; exit status is non-zero if anything failed.
set -u

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
schema_dir=${MANIFEST_SCHEMA_DIR:-$root/../shared/schemas/office-addin-manifest}
schema=$schema_dir/OfficeAppManifestV1_1.xsd
passed=0
failed=0

summary() { echo "manifest: $passed passed, $failed failed"; }

if ! command -v xmllint >/dev/null 2>&1; then
  echo "xmllint not found: install it with 'apt-get install -y libxml2-utils'" >&2
  failed=1
  summary
  exit 1
fi
if [[ ! -f $schema ]]; then
  echo "schema not found: $schema" >&2
  failed=1
  summary
  exit 1
fi

files=("$root/manifest.xml")
[[ -f $root/dist/manifest.xml ]] && files+=("$root/dist/manifest.xml")

for f in "${files[@]}"; do
  rel=${f#"$root"/}
  if [[ ! -f $f ]]; then
    echo "FAIL $rel: file not found"
    failed=$((failed + 1))
  elif out=$(xmllint --noout --nonet --schema "$schema" "$f" 2>&1); then
    echo "ok   $rel"
    passed=$((passed + 1))
  else
    echo "FAIL $rel"
    printf '%s\n' "$out" | sed 's/^/     /'
    failed=$((failed + 1))
  fi
done

summary
((failed == 0))
