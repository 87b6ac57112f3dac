#!/usr/bin/env bash
# The item-6 measurements of issue 20 on the installed tool, in one run (see README.md here):
# the cold-check ratio (`ratios --cli TOOL 3`), 10,000 members end to end with peak memory, and a
# batch of 1,000 typical files on one core and on two. Run from the repository root on a quiet machine:
#
#   tests/AllianceCompliance.Benchmarks/measure.sh [TOOL_DIR] [WORK_DIR]
#
# TOOL_DIR: a published tool (`dotnet publish src/AllianceCompliance.Cli -c Release -r linux-x64 -o DIR`,
# the tool package's settings); published from the working tree when omitted. WORK_DIR holds the
# inputs (made once) and the reports; a temporary folder by default.
set -euo pipefail
root=$(pwd)
work=${2:-$(mktemp -d)}
bench=(dotnet run -c Release --project "$root/tests/AllianceCompliance.Benchmarks" --)
if [ -n "${1:-}" ]; then tool=$(cd "$1" && pwd)/alliance-check; else
  dotnet publish src/AllianceCompliance.Cli -c Release -r linux-x64 -o "$work/tool" --nologo -v q >/dev/null
  tool=$work/tool/alliance-check
fi
cd "$work"
[ -f big.yaml ] || "${bench[@]}" generate 10000 big.yaml
[ -f typical.yaml ] || "${bench[@]}" generate 20 typical.yaml
if [ ! -d batch ]; then mkdir batch; for i in $(seq -w 1 1000); do cp typical.yaml "batch/a$i.yaml"; done; fi
echo "== $(date -u '+%Y-%m-%d %H:%M') UTC, commit $(git -C "$root" rev-parse --short HEAD), load $(cut -d' ' -f1-3 /proc/loadavg), tool $tool"

# 1. A typical cold check against a hello world started the same way (30 alternating runs, medians).
(cd "$root" && "${bench[@]}" ratios --cli "$tool" 3)

# 2. 10,000 members end to end, and the peak working set (five runs).
for i in 1 2 3 4 5; do
  /usr/bin/time -f "10k members: %e s, peak %M KB" "$tool" check big.yaml --format json --output out-10k.json 2>&1 | grep '^10k'
done

# 3. A batch of 1,000 typical files on one core and on two (five alternating pairs).
for i in 1 2 3 4 5; do
  one=$( { /usr/bin/time -f %e taskset -c 0 "$tool" check batch/ --format json --output out-1.json; } 2>&1 | tail -1)
  two=$( { /usr/bin/time -f %e taskset -c 0,1 "$tool" check batch/ --format json --output out-2.json; } 2>&1 | tail -1)
  echo "batch of 1,000: one core $one s, two cores $two s, two / one $(python3 -c "print(f'{$one / $two:.2f}')")"
done
