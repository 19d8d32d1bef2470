#!/usr/bin/env bash
# Pages against the static CSS from the same Tomcat, from a separate process (wrk), 32 clients.
# Usage: docs/benchmark/pages.sh [base-url] [rounds] [seconds]
#   base-url defaults to http://localhost:8080 (a running Casebook, e.g. with demo data:
#   java -Xmx512m -jar target/casebook-*.jar --casebook.data-dir=/tmp/pages/data --server.port=8080)
# Environment: CASEBOOK_USER / CASEBOOK_PASSWORD (default admin / demo), CLIENTS (32), THREADS (2).
# Signs in with curl, takes the content-hashed CSS URL and the first scenario from the catalogue,
# then runs wrk against the CSS and each page in turn, round after round (interleaved), and prints
# one line per target and round: requests/s, p50, p99 and the ratio to the CSS of the same round,
# plus the load average. Every response is checked to be a 200 (wrk counts others as errors).
set -euo pipefail
BASE=${1:-http://localhost:8080}
ROUNDS=${2:-2}
SECONDS_PER=${3:-15}
USER_NAME=${CASEBOOK_USER:-admin}
PASSWORD=${CASEBOOK_PASSWORD:-demo}
CLIENTS=${CLIENTS:-32}
THREADS=${THREADS:-2}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

jar="$WORK/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$csrf" ] || { echo "no CSRF token on $BASE/login" >&2; exit 1; }
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$USER_NAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)
[ -n "$session" ] || { echo "sign-in failed" >&2; exit 1; }
cookie="JSESSIONID=$session"
catalogue=$(curl -s -H "Cookie: $cookie" "$BASE/scenarios")
css=$(printf '%s' "$catalogue" | grep -o 'href="/css/[^"]*\.css"' | head -1 | sed 's/href="\(.*\)"/\1/')
scenario=$(printf '%s' "$catalogue" | grep -o 'href="/scenarios/[0-9][0-9]*"' | head -1 | sed 's/href="\(.*\)"/\1/')
[ -n "$css" ] && [ -n "$scenario" ] || { echo "not signed in, or no CSS / scenario link on /scenarios" >&2; exit 1; }
search="/search?q=%E6%8E%92%E7%8F%AD%20%E9%A2%84%E6%B5%8B"   # 排班 预测
for path in "$css" /scenarios "$search" "$scenario"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
  [ "$code" = 200 ] || { echo "$path answered $code" >&2; exit 1; }
done
echo "# $(date -u +%FT%TZ) $BASE, $CLIENTS clients, $THREADS wrk threads, ${SECONDS_PER}s per target, $ROUNDS rounds"
echo "# static: $css  scenario: $scenario"
printf '%-5s %-24s %10s %9s %9s %7s %7s  %s\n' round target req/s p50 p99 x-css errors load
run() { # round name path
  local out rps p50 p99 errors
  out=$(wrk -t"$THREADS" -c"$CLIENTS" -d"${SECONDS_PER}s" --timeout 30s --latency -H "Cookie: $cookie" \
    -H 'Accept-Encoding: identity' "$BASE$3")
  rps=$(printf '%s\n' "$out" | awk '/^Requests\/sec/ { print $2 }')
  p50=$(printf '%s\n' "$out" | awk '$1 == "50%" { print $2 }')
  p99=$(printf '%s\n' "$out" | awk '$1 == "99%" { print $2 }')
  errors=$(printf '%s\n' "$out" | awk '/Non-2xx|Socket errors/ { sub(/^ +/, ""); printf "%s; ", $0 }')
  [ "$2" = css ] && css_rps=$rps
  printf '%-5s %-24s %10s %9s %9s %7s %7s  %s\n' "$1" "$2" "$rps" "$p50" "$p99" \
    "$(awk -v a="$rps" -v b="$css_rps" 'BEGIN { printf "%.2f", a / b }')" "${errors:-0}" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
}
for round in $(seq 1 "$ROUNDS"); do
  run "$round" css "$css"
  run "$round" catalogue /scenarios
  run "$round" search "$search"
  run "$round" scenario "$scenario"
done
