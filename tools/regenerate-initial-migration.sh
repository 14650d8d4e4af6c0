#!/usr/bin/env bash
# Before the first release only: rewrite 0001_initial.sql for both providers from the model.
# After a release, never edit an applied migration: add NNNN_next.sql with the change instead.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=src/Plaza.Web/Platform/Data/Migrations
dotnet build src/Plaza.Web -v q >/dev/null
dotnet run --project src/Plaza.Web --no-build --no-launch-profile -- schema-script > "$dir/sqlite/0001_initial.sql"
Database__Provider=postgres ConnectionStrings__Plaza="Host=unused;Database=unused" \
  dotnet run --project src/Plaza.Web --no-build --no-launch-profile -- schema-script > "$dir/postgres/0001_initial.sql"
echo "rewrote $dir/{sqlite,postgres}/0001_initial.sql"
