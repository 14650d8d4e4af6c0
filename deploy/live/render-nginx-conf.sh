#!/usr/bin/env bash
# render-nginx-conf.sh - fill in deploy/nginx/plaza-live.conf.template and prepare the media folder.
#
#   PLAZA_LIVE_ROOT=/var/lib/plaza-live PLAZA_CALLBACK_TOKEN=... deploy/live/render-nginx-conf.sh
#
# Writes $PLAZA_LIVE_ROOT/nginx.conf and creates hls/, recordings/, replays/, logs/, tmp/ beside it
# (owned by the nginx user when run as root), then prints the command that starts nginx with it.
# Settings (environment), with their defaults:
#   PLAZA_LIVE_ROOT        (required) the media folder
#   PLAZA_CALLBACK_TOKEN   (required) the same value as Plaza's Live:Media:CallbackToken; letters, digits, . _ ~ -
#   PLAZA_CALLBACK_BASE    http://127.0.0.1:5080   Plaza as nginx reaches it (http only)
#   PLAZA_RTMP_LISTEN      1935                    RTMP listen address (PLAZA_RTMP_PORT: its port)
#   PLAZA_HTTP_LISTEN      127.0.0.1:8088          where /hls/ and /replays/ are served
#   PLAZA_NGINX_USER       www-data as root, else you
#   PLAZA_RTMP_MODULE      /usr/lib/nginx/modules/ngx_rtmp_module.so
#   PLAZA_FFMPEG           ffmpeg on PATH
#   PLAZA_RECORD_DONE      record-done.sh beside this script

set -euo pipefail
here=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
template=$here/../nginx/plaza-live.conf.template

: "${PLAZA_LIVE_ROOT:?set PLAZA_LIVE_ROOT, the media folder}"
: "${PLAZA_CALLBACK_TOKEN:?set PLAZA_CALLBACK_TOKEN (Plaza: Live:Media:CallbackToken), e.g. openssl rand -hex 32}"
[[ $PLAZA_CALLBACK_TOKEN =~ ^[A-Za-z0-9._~-]+$ ]] ||
  { echo "render-nginx-conf.sh: PLAZA_CALLBACK_TOKEN may hold only letters, digits and . _ ~ -" >&2; exit 2; }
export PLAZA_LIVE_ROOT=$(readlink -m "$PLAZA_LIVE_ROOT")
export PLAZA_CALLBACK_BASE=${PLAZA_CALLBACK_BASE:-http://127.0.0.1:5080}
PLAZA_CALLBACK_BASE=${PLAZA_CALLBACK_BASE%/}
export PLAZA_RTMP_LISTEN=${PLAZA_RTMP_LISTEN:-1935}
export PLAZA_RTMP_PORT=${PLAZA_RTMP_PORT:-${PLAZA_RTMP_LISTEN##*:}}
export PLAZA_HTTP_LISTEN=${PLAZA_HTTP_LISTEN:-127.0.0.1:8088}
if [[ $EUID -eq 0 ]]; then default_user=www-data; else default_user=$(id -un); fi
export PLAZA_NGINX_USER=${PLAZA_NGINX_USER:-$default_user}
export PLAZA_RTMP_MODULE=${PLAZA_RTMP_MODULE:-/usr/lib/nginx/modules/ngx_rtmp_module.so}
export PLAZA_FFMPEG=${PLAZA_FFMPEG:-$(command -v ffmpeg || echo /usr/bin/ffmpeg)}
export PLAZA_RECORD_DONE=${PLAZA_RECORD_DONE:-$here/record-done.sh}

[[ $PLAZA_CALLBACK_BASE == http://* ]] ||
  { echo "render-nginx-conf.sh: PLAZA_CALLBACK_BASE must start with http:// (nginx-rtmp cannot call https)" >&2; exit 2; }
[[ -f $PLAZA_RTMP_MODULE ]] || echo "render-nginx-conf.sh: warning: $PLAZA_RTMP_MODULE not found (apt-get install libnginx-mod-rtmp)" >&2

conf=$(<"$template")
for var in PLAZA_RTMP_MODULE PLAZA_NGINX_USER PLAZA_LIVE_ROOT PLAZA_RTMP_LISTEN PLAZA_RTMP_PORT PLAZA_HTTP_LISTEN \
           PLAZA_CALLBACK_BASE PLAZA_CALLBACK_TOKEN PLAZA_RECORD_DONE PLAZA_FFMPEG; do
  # quoted pattern and replacement: the value is taken literally (bash 5.2 would expand & otherwise)
  conf=${conf//"\${$var}"/"${!var}"}
done
if [[ $conf == *'${PLAZA_'* ]]; then
  echo "render-nginx-conf.sh: the template has a placeholder this script does not know:" >&2
  grep -o '\${PLAZA_[A-Z_]*}' <<<"$conf" | sort -u >&2
  exit 1
fi

mkdir -p "$PLAZA_LIVE_ROOT"/{hls,recordings,replays,logs,tmp}
if [[ $EUID -eq 0 ]]; then
  chown "$PLAZA_NGINX_USER" "$PLAZA_LIVE_ROOT"/{hls,recordings,replays,logs,tmp}
  # e.g. a folder under /root: the workers could not write HLS there, and nginx would only say so per stream
  runuser -u "$PLAZA_NGINX_USER" -- test -w "$PLAZA_LIVE_ROOT/hls" ||
    echo "render-nginx-conf.sh: warning: $PLAZA_NGINX_USER cannot reach $PLAZA_LIVE_ROOT; choose a folder it can" >&2
fi
(umask 077 && printf "%s\n" "$conf" >"$PLAZA_LIVE_ROOT/nginx.conf") # it holds the token

echo "wrote $PLAZA_LIVE_ROOT/nginx.conf; start nginx with it:"
echo "  nginx -p $PLAZA_LIVE_ROOT -e $PLAZA_LIVE_ROOT/logs/error.log -c $PLAZA_LIVE_ROOT/nginx.conf -g 'daemon off;'"
