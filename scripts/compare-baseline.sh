#!/usr/bin/env bash
# Runs every shipped ruleset × sample forecast (and the demo) with a fixed clock into DIR, for
# byte-for-byte comparison of decisions.json (and the demo's notices) before and after an engine change.
# usage: scripts/compare-baseline.sh DIR            (record)
#        scripts/compare-baseline.sh DIR BEFORE     (record, then diff against BEFORE)
set -u
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=$1
now=2024-12-01T16:00:00+08:00
mkdir -p "$out"
cd "$root"
for r in rulesets/chongqing-2024.dss rulesets/chongqing-2022.dss rulesets/delhi-grap.dss; do
  for f in samples/forecast-*.csv; do
    name=$(basename "$r" .dss)_$(basename "$f" .csv)
    ./dss simulate --ruleset "$r" --forecast "$f" --enterprises samples/enterprises.csv --sites samples/sites.csv \
      --now $now --no-notices --out "$out/$name" > "$out/$name.stdout" 2>&1
    echo "$name rc=$?" >> "$out/rc.txt"
  done
done
./dss simulate --demo --now $now --out "$out/demo" > "$out/demo.stdout" 2>&1
echo "demo rc=$?" >> "$out/rc.txt"
[[ $# -lt 2 ]] && exit 0
before=$2
status=0
diff -q "$before/rc.txt" "$out/rc.txt" || status=1
for d in "$before"/*/; do
  name=$(basename "$d")
  [[ -f "$d/decisions.json" ]] || continue
  cmp -s "$d/decisions.json" "$out/$name/decisions.json" && echo "same  $name/decisions.json" || { echo "DIFF  $name/decisions.json"; status=1; }
done
diff -r -q "$before/demo" "$out/demo" -x trace.json && echo "same  demo tree" || status=1
for s in "$before"/*.stdout; do diff -q <(sed "s|$before|DIR|g" "$s") <(sed "s|$out|DIR|g" "$out/$(basename "$s")") >/dev/null || { echo "DIFF  $(basename "$s")"; status=1; }; done
exit $status
