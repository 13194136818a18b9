#!/usr/bin/env bash
# Re-records the pinned decisions.csv files in this folder and the SHA-256 constants of the generated file in
# tests/ChongqingServicePolicy.Cli.Tests/Writing/DecisionsGoldenTests.cs, by running those tests with
# CQPOLICY_RERECORD=1 (they write instead of comparing, under the tests' fixed clock). Run it only after a deliberate
# change of what decisions.csv holds, then review the diff; the tests compare again on the next run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
CQPOLICY_RERECORD=1 dotnet test tests/ChongqingServicePolicy.Cli.Tests -v q --nologo \
    --filter "FullyQualifiedName~ChongqingServicePolicy.Cli.Tests.Writing.DecisionsGoldenTests"
dotnet test tests/ChongqingServicePolicy.Cli.Tests -v q --nologo \
    --filter "FullyQualifiedName~ChongqingServicePolicy.Cli.Tests.Writing.DecisionsGoldenTests"
git status --short tests/golden/decisions-csv tests/ChongqingServicePolicy.Cli.Tests/Writing/DecisionsGoldenTests.cs
