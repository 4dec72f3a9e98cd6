#!/usr/bin/env bash
# `make bench-http`: throughput of the staff queue page and the customer list under gunicorn
# (2 sync workers), measured with wrk (-t2 -c8 -d20s) and a logged-in session cookie beside the floor view, on the
# benchmark data of `make bench-tickets`. Needs DATABASE_URL (PostgreSQL, seeded) and REDIS_URL,
# and runs with DEBUG=false like production (collectstatic is done here).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
WORKERS=${WORKERS:-2}
DURATION=${DURATION:-20s}
: "${DATABASE_URL:?set DATABASE_URL to the seeded PostgreSQL benchmark database}"
: "${REDIS_URL:?set REDIS_URL: the workers share sessions and cached counts through it}"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
export DEBUG=false SECURE_SSL_REDIRECT=false ALLOWED_HOSTS=localhost,127.0.0.1 LOG_LEVEL=WARNING \
       STATIC_ROOT="${STATIC_ROOT:-/tmp/omsportal-bench-static}" \
       SECRET_KEY="${SECRET_KEY:-bench-http-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
$PY manage.py collectstatic --noinput -v 0

# Each page with a session cookie of its user (a real session, as after logging in).
# The floor (an authenticated view that renders nothing, home.bench_wsgi) first: the same load falls on it.
pages=$($PY manage.py shell -v 0 -c '
from django.test import Client
from core.bench import FLOOR_URL
from tickets.bench_pages import pages
found = [page for page in pages() if page.label in ("staff queue page", "customer list")]
for label, url, user in [("floor", FLOOR_URL, found[0].user)] + [(p.label, p.url, p.user) for p in found]:
    client = Client()
    client.force_login(user)
    print(label.replace(" ", "_"), url, client.cookies["sessionid"].value)
')
[ -n "$pages" ] || { echo "no benchmark data: run make bench-tickets first" >&2; exit 1; }

port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.venv/bin/gunicorn home.bench_wsgi --bind "127.0.0.1:$port" --workers "$WORKERS" --worker-class sync \
  --log-level warning >/tmp/omsportal-bench-http.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

printf '%-20s %12s %10s %10s\n' page "requests/s" "p50" "p99"
while read -r label url session; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Host: localhost" -b "sessionid=$session" "http://127.0.0.1:$port$url")
  [ "$status" = 200 ] || { echo "$label: $url answered $status" >&2; exit 1; }
  out=$(wrk -t2 -c8 -d"$DURATION" --latency -H "Host: localhost" -H "Cookie: sessionid=$session" \
        "http://127.0.0.1:$port$url")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  [ -z "$non2xx" ] || { echo "$label: $non2xx answers were not 2xx" >&2; echo "$out" >&2; exit 1; }
  printf '%-20s %12s %10s %10s\n' "${label//_/ }" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" "$(awk '$1 == "99%" {print $2}' <<<"$out")"
done <<<"$pages"
