#!/usr/bin/env bash
# Service start-up time and resident memory on the generated 100k-organisation graph.
# Usage: bench/startup.sh   (run the analytics benchmark first: it imports the graph into $store)
set -euo pipefail
cd "$(dirname "$0")/.."
store=${BENCH_STORE:-/tmp/innovation-network-bench/analytics-100000-1}
port=5096
[ -f "$store/graph.db" ] || { echo "no store at $store: run 'dotnet run -c Release --project bench/InnovationNetwork.Bench -- analytics' first"; exit 1; }
dotnet build -c Release services/InnovationNetwork.Api -v q -nologo >/dev/null

now() { date +%s.%N; }
start=$(now)
GraphStore__DataDirectory="$store" Seed__LoadWhenEmpty=false Logging__LogLevel__Default=Warning \
  ASPNETCORE_URLS="http://127.0.0.1:$port" dotnet services/InnovationNetwork.Api/bin/Release/net10.0/InnovationNetwork.Api.dll &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1; do sleep 0.05; done
ready=$(now)
query='{"query":"{ partnerSuggestions(organisation: \"lab:g000001\", first: 5) { score } }"}'
until curl -fs -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql" | grep -q '"score"'; do sleep 0.1; done
analytics=$(now)
rss=$(awk '/VmRSS/ { print $2 }' "/proc/$server/status")
peak=$(awk '/VmHWM/ { print $2 }' "/proc/$server/status")
awk -v s="$start" -v r="$ready" -v a="$analytics" -v rss="$rss" -v peak="$peak" 'BEGIN {
  printf "start-up to /health/ready: %.1f s\n", r - s
  printf "start-up to first partnerSuggestions answer (analytics snapshot built): %.1f s\n", a - s
  printf "resident memory after that: %.0f MiB (peak %.0f MiB)\n", rss / 1024, peak / 1024 }'
