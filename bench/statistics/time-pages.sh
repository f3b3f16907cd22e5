#!/usr/bin/env bash
# Times the console statistics pages of one town and year with curl, signed in as demo accounts: ducha (区级督查员,
# reads every town) for petitions, mediation, information requests and consultations; gongkai (the town's 政务公开员)
# for disclosure. First call (cold), then 5 more. Usage: time-pages.sh <base url> <org id> <year>
set -euo pipefail
BASE=$1; ORG=$2; YEAR=$3
sign_in() {
  JAR=$(mktemp)
  CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$1" --data-urlencode "password=Fazhi@2024" \
    --data-urlencode "_csrf=$CSRF" "$BASE/login"
}
time_page() {
  local times=() out code
  for i in 1 2 3 4 5 6; do
    out=$(curl -s -o /dev/null -b "$JAR" -w '%{http_code} %{time_total}' "$BASE$1")
    code=${out% *}; times+=("${out#* }")
  done
  printf '%-52s HTTP %s  first %.3f s  next 5: %s s\n' "$1" "$code" "${times[0]}" "$(printf '%.3f ' "${times[@]:1}")"
}
sign_in ducha
for page in petitions/statistics mediation/statistics inforequests/report legal/statistics; do
  time_page "/console/$page?org=$ORG&year=$YEAR"
done
rm -f "$JAR"
sign_in gongkai
time_page "/console/disclosure/statistics?year=$YEAR"
rm -f "$JAR"
