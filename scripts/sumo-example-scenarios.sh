#!/usr/bin/env bash
# Builds SUMO scenarios that are not in ../shared from the networks shipped with Debian's `sumo` package
# (SUMO's game examples: a crossing, a 6x6 grid, Kuehne, the DRT and A10KW OpenStreetMap extracts and
# Braunschweig 3D), each with one hour of random passenger trips from SUMO's randomTrips.py (seed 42).
# Usage: scripts/sumo-example-scenarios.sh OUT_DIR, then
#   SUMO_HOME=/usr/share/sumo ./smartcity bench sumo --data OUT_DIR
# Needs: apt-get install sumo (SUMO 1.15 here), python3.
set -euo pipefail
out=${1:?usage: $0 OUT_DIR}
SUMO_HOME=${SUMO_HOME:-/usr/share/sumo}
export SUMO_HOME
games="$SUMO_HOME/tools/game"
mkdir -p "$out"
for pair in cross:cross grid6:grid6 kuehne:kuehne DRT/osm:drt-osm A10KW/osm:a10kw-osm bs3d/bs:bs3d-bs; do
  src=${pair%%:*}; name=${pair##*:}
  net=$(ls "$games/$src"*.net.xml "$games/${src%/*}/"*.net.xml 2>/dev/null | head -1 || true)
  if [ -z "$net" ]; then echo "skip $name: no network under $games/$src" >&2; continue; fi
  dir="$out/sumo-$name"; mkdir -p "$dir"
  cp "$net" "$dir/net.net.xml"
  python3 "$SUMO_HOME/tools/randomTrips.py" -n "$dir/net.net.xml" -e 3600 -p 2.5 --seed 42 \
    --fringe-factor 5 --min-distance 300 --validate --vehicle-class passenger \
    -o "$dir/trips.rou.xml" >/dev/null 2>&1 || { echo "skip $name: randomTrips failed" >&2; rm -rf "$dir"; continue; }
  rm -f "$dir/routes.rou.xml" "$dir"/*.alt.xml
  printf '<configuration><input><net-file value="net.net.xml"/><route-files value="trips.rou.xml"/></input><time><begin value="0"/><end value="3600"/></time></configuration>\n' \
    > "$dir/$name.sumocfg"
  echo "wrote $dir"
done
