#!/usr/bin/env bash
# The steps of the GitHub Action (action.yml); .ci/run runs this script too.
#   1. Installs alliance-check from this repository's source into a temporary tool folder (from
#      the packages in ALLIANCE_PACKAGES when given, else packed here), unless ALLIANCE_CHECK names
#      an installed one (or it is on PATH).
#   2. Checks the given paths and writes SARIF (for code scanning) to ALLIANCE_SARIF.
#   3. Annotates the run with the findings (--format github).
# Inputs (environment): ALLIANCE_PATHS (space-separated files, directories or globs; default "."),
# ALLIANCE_SARIF (default alliance-check.sarif), ALLIANCE_FAIL_ON (error|warning|new|never; default
# error), ALLIANCE_LANG (en|zh-CN; default en), ALLIANCE_BASELINE (optional JSON report of an
# earlier run). Exit code: the check's (0 passed, 1 findings at or above ALLIANCE_FAIL_ON, 2 invalid).
set -euo pipefail

paths="${ALLIANCE_PATHS:-.}"
sarif="${ALLIANCE_SARIF:-alliance-check.sarif}"
fail_on="${ALLIANCE_FAIL_ON:-error}"
lang="${ALLIANCE_LANG:-en}"
tool="${ALLIANCE_CHECK:-}"

if [ -z "$tool" ] && command -v alliance-check >/dev/null 2>&1; then
  tool="$(command -v alliance-check)"
fi

if [ -z "$tool" ]; then
  source_root="$(cd "$(dirname "$0")/../.." && pwd)"
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  packages="${ALLIANCE_PACKAGES:-}"
  if [ -z "$packages" ]; then
    echo "alliance-check: packing the tool from $source_root"
    packages="$work/packages"
    dotnet pack "$source_root/src/AllianceCompliance.Cli" -c Release -o "$packages" --nologo -v q
  fi
  version="$(dotnet msbuild "$source_root/src/AllianceCompliance.Cli" -getProperty:Version)"
  dotnet tool install --tool-path "$work/tool" --add-source "$packages" AllianceCompliance.Tool --version "$version" >/dev/null
  tool="$work/tool/alliance-check"
fi

# Word splitting of the paths is intended (several paths in one input); globs are expanded by the tool.
set -f
# shellcheck disable=SC2206
targets=($paths)
set +f
options=(--fail-on "$fail_on" --lang "$lang")
if [ -n "${ALLIANCE_BASELINE:-}" ]; then
  options+=(--baseline "$ALLIANCE_BASELINE")
fi

status=0
"$tool" check "${targets[@]}" "${options[@]}" --format sarif --output "$sarif" || status=$?
if [ "$status" -gt 2 ] || [ ! -s "$sarif" ]; then
  echo "alliance-check: the check failed (exit $status) without writing $sarif" >&2
  exit 2
fi

# The same findings as annotations on the pull request; its exit code is the one above.
"$tool" check "${targets[@]}" "${options[@]}" --format github || true

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "sarif=$sarif" >>"$GITHUB_OUTPUT"
fi

exit "$status"
