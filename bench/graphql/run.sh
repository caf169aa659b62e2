#!/usr/bin/env bash
# GraphQL throughput against the running service on the generated 100k-organisation graph, with wrk,
# and in the same run a plain minimal-API JSON endpoint returning the same data as query (a).
# Usage: bench/graphql/run.sh [duration-seconds]   (needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}
work=${BENCH_WORK:-/tmp/innovation-network-bench}
store="$work/graphql-store"
port=5098

dotnet build -c Release services/InnovationNetwork.Api -v q -nologo >/dev/null
dotnet build -c Release services/InnovationNetwork.Cli -v q -nologo >/dev/null
cli="dotnet services/InnovationNetwork.Cli/bin/Release/net10.0/innovation-network.dll"
if [ ! -f "$store/graph.db" ]; then
  mkdir -p "$work"
  [ -f "$work/graph-100000-1.jsonl" ] || $cli generate --orgs 100000 --seed 1 -o "$work/graph-100000-1.jsonl"
  $cli import "$work/graph-100000-1.jsonl" --data-dir "$store" --progress none
fi

GraphStore__DataDirectory="$store" Seed__LoadWhenEmpty=false Benchmarks__PlainEndpoint=true \
  Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$port" \
  dotnet services/InnovationNetwork.Api/bin/Release/net10.0/InnovationNetwork.Api.dll &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.5; done

measure() { # label, wrk arguments...; prints a line and leaves requests/s in $rps
  local label=$1; shift
  wrk -t2 -c16 -d8s "$@" >/dev/null # warm-up: tiered JIT, caches, connection pool (2 s was not enough)
  local out
  out=$(wrk -t2 -c16 -d"${duration}s" --latency "$@")
  rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$out")
  printf '%-40s %10s req/s   p50 %8s   p99 %8s\n' "$label" "$rps" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$out")" "$(awk '$1 == "99%" { print $2 }' <<<"$out")"
}

url="http://127.0.0.1:$port"
export BODY=bench/graphql/labs.json
measure "(a) GraphQL: 20 labs, skills, region" -s bench/graphql/post.lua "$url/graphql"
graphql=$rps
measure "(a) plain minimal-API JSON, same data" "$url/bench/labs"
plain=$rps
export BODY=bench/graphql/node.json
measure "(b) GraphQL: node by id" -s bench/graphql/post.lua "$url/graphql"
awk -v g="$graphql" -v p="$plain" 'BEGIN { printf "ratio GraphQL / plain for (a): %.2f\n", g / p }'
