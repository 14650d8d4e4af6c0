#!/usr/bin/env bash
# record-done.sh FLV NAME - turn a finished live recording into an HLS replay and tell Plaza.
#
# Run by nginx-rtmp's exec_record_done (deploy/nginx/plaza-live.conf.template) as
#   record-done.sh $path $name
# where $path is the recording (<root>/recordings/<roomId>-<unix time>.flv) and $name the renamed
# stream, i.e. the room's id (see docs/decisions/0024-live-video-from-nginx-rtmp.md).
# nginx clears the environment of what it starts, so the configuration passes these with `env`:
#   PLAZA_REPLAYS_DIR        where replays go: <dir>/<roomId>/index.m3u8 + segments
#   PLAZA_REPLAY_READY_URL   Plaza's replay-ready callback, token included
#   PLAZA_FFMPEG             ffmpeg (default: ffmpeg on PATH)
#   PLAZA_RECORD_DONE_LOG    log file (default: stderr only)
# The recording itself is kept: it is the original, and a replay can be made again from it.

set -euo pipefail
export PATH=/usr/local/bin:/usr/bin:/bin

flv=${1:?usage: record-done.sh FLV NAME}
name=${2:?usage: record-done.sh FLV NAME}
replays=${PLAZA_REPLAYS_DIR:?PLAZA_REPLAYS_DIR is not set}
ready_url=${PLAZA_REPLAY_READY_URL:?PLAZA_REPLAY_READY_URL is not set}
ffmpeg=${PLAZA_FFMPEG:-ffmpeg}
log=${PLAZA_RECORD_DONE_LOG:-/dev/null}

say() { printf '%s record-done[%s] %s: %s\n' "$(date -u +%FT%TZ)" "$$" "$name" "$*" | tee -a "$log" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# The name becomes a folder and a form field: only what Plaza's room ids (and stream keys) are made of.
[[ $name =~ ^[A-Za-z0-9-]+$ ]] || fail "refusing stream name '$name'"
[[ -s $flv ]] || fail "recording '$flv' is missing or empty"

# Build the replay beside its final place and swap it in with one rename, so a player never
# fetches a half-written playlist; a host who reconnected gets a replay of every part.
work=$replays/.work-$name-$$
trap 'rm -rf -- "$work"' EXIT
mkdir -p -- "$work"
# A host whose stream dropped and came back left several parts (<roomId>-<unix time>.flv, record_unique): the replay
# is all of them in order, so each part's end rebuilds it from every part so far.
shopt -s nullglob
parts=("$(dirname -- "$flv")/$name"-*.flv)
[[ ${#parts[@]} -gt 0 ]] || parts=("$flv")
list=$work/parts.txt
for part in "${parts[@]}"; do printf "file '%s'\n" "$part"; done | sort > "$list"
say "converting ${#parts[@]} part(s), the last $flv"
if ! "$ffmpeg" -nostdin -hide_banner -loglevel error -f concat -safe 0 -i "$list" -c copy -f hls -hls_time 4 -hls_playlist_type vod \
    -hls_segment_filename "$work/%05d.ts" "$work/index.m3u8" 2>>"$log"; then
  fail "ffmpeg could not remux $flv"
fi
rm -f -- "$list"
grep -q '^#EXT-X-ENDLIST' "$work/index.m3u8" || fail "ffmpeg wrote no complete playlist"
chmod 755 -- "$work"

final=$replays/$name
old=$replays/.old-$name-$$
if [[ -e $final ]]; then mv -- "$final" "$old"; fi
mv -- "$work" "$final"
rm -rf -- "$old"
say "replay ready in $final ($(grep -c '^#EXTINF' "$final/index.m3u8") segments)"

# Plaza may be restarting (a deploy): try for about a minute before giving up.
if ! curl -fsS -o /dev/null --max-time 10 --retry 6 --retry-delay 5 --retry-all-errors \
    --data-urlencode "name=$name" -- "$ready_url" 2>>"$log"; then
  fail "Plaza did not accept the replay-ready callback"
fi
say "Plaza told"
