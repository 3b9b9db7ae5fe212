#!/usr/bin/env bash
# Copies the real-world scenarios that ship with SUMO (tools/sumolib/scenario/scenarios/RealWorld: three
# districts of Bologna, Italy - acosta, pasubio, joined - and the four RiLSA example junctions) into
# OUT_DIR as sumo-*/ folders that `smartcity bench sumo` reads: every file the scenario's run.sumo.cfg
# names, and the configuration as NAME.sumocfg. The files are copied as they are; only what keeps SUMO
# 1.15 itself from running them is changed, and the script says so for each:
#   - acosta, joined, pasubio: the configuration names a route file *_busses.rou.xml that does not
#     exist; the buses are in *_busses.add.xml, which is named instead.
#   - pasubio: SUMO refuses its traffic light file pasubio_tls_2.add.xml ("Mismatching phase size in
#     tls '233'"; the other pasubio*.tls.add.xml files too), so it runs with the network's own programs.
# Usage: scripts/sumo-realworld-scenarios.sh OUT_DIR, then
#   SUMO_HOME=/usr/share/sumo ./smartcity bench sumo --data OUT_DIR
# Needs: apt-get install sumo (SUMO 1.15 here).
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
SUMO_HOME=${SUMO_HOME:-/usr/share/sumo}
real="$SUMO_HOME/tools/sumolib/scenario/scenarios/RealWorld"
[ -d "$real" ] || { echo "no SUMO real-world scenarios under $real" >&2; exit 1; }
mkdir -p "$out"
for name in acosta joined pasubio RiLSA_example1 RiLSA_example2 RiLSA_example3 RiLSA_example4; do
  src="$real/$name"; cfg="$src/run.sumo.cfg"
  [ -f "$cfg" ] || { echo "skip $name: no $cfg" >&2; continue; }
  dir="$out/sumo-realworld-$(echo "$name" | tr 'A-Z_' 'a-z-')"
  rm -rf "$dir"; mkdir -p "$dir"
  text=$(cat "$cfg")
  if [ ! -f "$src/${name}_busses.rou.xml" ] && [ -f "$src/${name}_busses.add.xml" ] \
      && grep -q "${name}_busses.rou.xml" <<<"$text"; then
    text=${text//${name}_busses.rou.xml/${name}_busses.add.xml}
    echo "$name: the configuration names ${name}_busses.rou.xml, which does not exist; using ${name}_busses.add.xml"
  fi
  if [ "$name" = pasubio ] && grep -q "pasubio_tls_2.add.xml" <<<"$text"; then
    text=${text//,pasubio_tls_2.add.xml/}
    echo "pasubio: SUMO 1.15 refuses pasubio_tls_2.add.xml (mismatching phase size in tls '233'); dropped, the network's own programs run"
  fi
  # every file the configuration names (values of its options that exist in the scenario's folder)
  for f in $(grep -E "<(net-file|net|n|route-files|routes|r|additional-files|additional|a) " <<<"$text" | grep -o 'value="[^"]*"' | sed 's/^value="//; s/"$//' | tr ',' ' '); do
    if [ -f "$src/$f" ]; then cp "$src/$f" "$dir/"; fi
  done
  printf '%s\n' "$text" > "$dir/$name.sumocfg"
  echo "wrote $dir"
done
