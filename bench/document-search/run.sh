#!/usr/bin/env bash
# Document search benchmark (bench/README.md, "Document search"): starts PhoiHop on a random loopback port with a
# fresh embedded PostgreSQL, generates 100,000 documents with attachment text, then times GET /api/v1/documents?q=
# through HTTP with a bearer token beside the same search statement run bare through JDBC, and prints medians and
# their ratio. Usage: bench/document-search/run.sh [documents] [-Dbench.explain=true]   (default 100000; the second
# argument prints each query's plan with timings and buffers)
set -euo pipefail
cd "$(dirname "$0")/../.."
documents=${1:-100000}
./mvnw -q -Pbench test -Dtest=DocumentSearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.documents="$documents" "${@:2}"
