#!/usr/bin/env bash
# Roll-up benchmark (bench/README.md, "Roll-up"): starts PhoiHop on a random loopback port with a fresh embedded
# PostgreSQL, generates 3,321 commune police units under the 34 provincial police forces, 60 monthly periods and 20
# indicators (about 4 million accepted values) with their roll-up totals, then times the national 12-month roll-up
# through GET /api/v1/reporting/rollup (HTTP, bearer token) beside the bare SQL sum over the raw values, and the cost
# of one acceptance at depths 2, 3 and 4. Usage: bench/reporting-rollup/run.sh [communes] [months]
set -euo pipefail
cd "$(dirname "$0")/../.."
communes=${1:-3321}
months=${2:-60}
timeout 1800 ./mvnw -q -Pbench test -Dtest=RollupBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.communes="$communes" -Dbench.months="$months"
