#!/usr/bin/env bash
# One consultation with curl against the demo, exactly as docs/walkthrough.md tells it.
# Start the service first (in another terminal, in the project folder):
#   ROUNDTABLE_DEMO=true ROUNDTABLE_MIN_COMMENT_PERIOD=30s ROUNDTABLE_MIN_VOTING_WINDOW=30s ./mvnw spring-boot:run
# then run:  bash docs/walkthrough.sh   (BASE=http://host:port to point elsewhere)
set -euo pipefail
B=${BASE:-http://localhost:8080}
ROUND=${ROUND:-swift-storm-$(date +%s)}
J='Content-Type: application/json'
at() { date -u -d "+$1 seconds" +%Y-%m-%dT%H:%M:%SZ; }
say() { printf '\n== %s\n' "$*"; }
phase() { curl -s "$B/api/rounds/$ROUND" | sed -E 's/.*"phase":"([A-Z_]+)".*/\1/'; }
wait_for() { until [ "$(phase)" = "$1" ]; do sleep 2; done; echo "phase: $1"; }

say "1. Anyone reads the proposal HR submitted: which numbers change, before and after"
curl -s "$B/api/proposals/swift-storm-pay"; echo

say "2. The convener opens a round: the nine worker representatives are the electorate"
curl -s -u convener:demo-password -H "$J" -X POST "$B/api/rounds" -d "{
  \"roundId\": \"$ROUND\", \"platformId\": \"swift\", \"proposalId\": \"swift-storm-pay\",
  \"electorateKind\": \"REPRESENTATIVES\",
  \"commentStartsAt\": \"$(at 5)\", \"commentEndsAt\": \"$(at 40)\"}" -o /dev/null -w "%{http_code} $B/api/rounds/$ROUND\n"
wait_for COMMENTING

say "3. A rider gives an opinion; HR answers it in public"
OPINION=$(curl -s -u worker1:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/opinions" \
  -d '{"text": "2.5 CNY is not enough in a typhoon; make it 3.", "parameter": "bad_weather_surcharge"}' \
  -D - -o /dev/null | sed -nE 's/^[Ll]ocation: .*\/([^/\r]+)\r?$/\1/p')
echo "opinion $OPINION"
curl -s -u hr:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/opinions/$OPINION/answer" \
  -d '{"answer": "PARTLY_ADOPTED", "reason": "We accept 3 CNY for typhoon warnings; see the amendment."}' -w "%{http_code}\n"

say "4. Negotiation: a representative tables an amendment and HR accepts it (revision 2)"
wait_for NEGOTIATING
AMENDMENT=$(curl -s -u rep2:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/amendments" -d '{
  "changes": [{"ruleId": "swift-pricing", "parameter": "bad_weather_surcharge", "currentValue": "1.0",
               "proposedValue": "3.0", "unit": "CNY"}],
  "reasons": "As riders asked in the comment period."}' -D - -o /dev/null | sed -nE 's/^[Ll]ocation: .*\/([^/\r]+)\r?$/\1/p')
echo "amendment $AMENDMENT"
curl -s -u hr:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/amendments/$AMENDMENT/acceptance" \
  -d '{"reason": "Agreed at the meeting of the chief representatives."}' -w "%{http_code}\n"

say "5. The convener opens voting for 60 seconds; the representatives vote"
curl -s -u convener:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/voting" \
  -d "{\"closesAt\": \"$(at 60)\"}" -w "%{http_code}\n"
wait_for VOTING
for n in 1 2 3 4 5 6; do
  curl -s -u rep$n:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/votes" -d '{"choice": "FOR"}'; echo
done
curl -s -u rep7:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/votes" -d '{"choice": "AGAINST"}'; echo
echo "a worker outside the electorate is refused:"
curl -s -u worker1:demo-password -H "$J" -X POST "$B/api/rounds/$ROUND/votes" -d '{"choice": "FOR"}'; echo
echo "participation so far (the choices stay secret until voting closes):"
curl -s "$B/api/rounds/$ROUND/participation"; echo

say "6. Voting closes on its deadline; the outcome carries its arithmetic"
wait_for CLOSED
curl -s "$B/api/rounds/$ROUND/outcome"; echo
echo "every counted receipt, with its choice:"
curl -s "$B/api/rounds/$ROUND/receipts"; echo

say "7. Both chief representatives sign; the convener publishes; the rule registry has version 2"
curl -s -u rep1:demo-password -X POST "$B/api/rounds/$ROUND/signatures" -w "%{http_code}\n"
curl -s -u hr:demo-password -X POST "$B/api/rounds/$ROUND/signatures" -w "%{http_code}\n"
curl -s -u convener:demo-password -X POST "$B/api/rounds/$ROUND/publication" -w "%{http_code}\n"
wait_for PUBLISHED
sleep 2
curl -s "$B/api/rules/swift-pricing"; echo
