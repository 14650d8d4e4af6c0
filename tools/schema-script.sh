#!/usr/bin/env bash
# Prints the CREATE script EF Core derives from the model, for one provider (sqlite|postgres).
# Use it to write the next versioned migration by hand: diff against the previous script.
set -euo pipefail
cd "$(dirname "$0")/.."
provider="${1:-sqlite}"
if [ "$provider" = postgres ]; then
  Database__Provider=postgres ConnectionStrings__Plaza="Host=unused;Database=unused" \
    dotnet run --project src/Plaza.Web --no-launch-profile -- schema-script
else
  dotnet run --project src/Plaza.Web --no-launch-profile -- schema-script
fi
