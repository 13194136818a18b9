#!/usr/bin/env bash
# Re-records the golden decision records from tests/golden/applications.csv, then (decisions-csv/record.sh) the pinned
# decisions.csv files and the SHA-256 constants of DecisionsGoldenTests. Run it only after a deliberate change of
# behaviour, and review the diff: every changed line is a decision that now comes out differently.
# GoldenCorpusTests replays both .jsonl files on every test run. tests/golden/before-boundaries.jsonl is not
# re-recorded: it keeps records made before traces named the next boundary, to show old records still replay.
set -euo pipefail
cd "$(dirname "$0")/../.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build samples/ChongqingServicePolicy.Cli -v q -nologo
cli() { dotnet run --no-build --project samples/ChongqingServicePolicy.Cli -- "$@"; }
# The records' evaluation_date is the day of the run unless given; it is pinned so that re-recording changes only what changed.
today=2026-11-30
cli evaluate tests/golden/applications.csv --today "$today" --out "$work/default.csv" --json tests/golden/decisions.jsonl > /dev/null
cli evaluate tests/golden/applications.csv --today "$today" --parameters tests/golden/cap-8m.json --out "$work/cap-8m.csv" \
    --json tests/golden/decisions-cap-8m.jsonl > /dev/null
cli replay tests/golden/decisions.jsonl
cli replay tests/golden/decisions-cap-8m.jsonl
bash tests/golden/decisions-csv/record.sh
