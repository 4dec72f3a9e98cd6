#!/usr/bin/env bash
# `make scan`: bandit over the code, then an authenticated wapiti scan and sqlmap on the search
# and filter parameters against a throwaway instance on loopback. Not part of CI: the dynamic
# scans take minutes and need wapiti and sqlmap, which are installed into a venv under /tmp
# when missing. Reports land in $SCAN_DIR (default /tmp/omsportal-scan).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
SCAN_DIR=${SCAN_DIR:-/tmp/omsportal-scan}
TOOLS=${SCAN_TOOLS_VENV:-/tmp/omsportal-scan-tools}
WAPITI_SECONDS=${WAPITI_SECONDS:-420}
PASSWORD=scan-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
mkdir -p "$SCAN_DIR"
status=0

echo "== bandit"
if $PY -m bandit -r accounts core notifications tickets omsportal -q -c deploy/bandit.yml 2>/dev/null; then
  echo "bandit: no findings"
else
  echo "bandit: findings above" && status=1
fi

echo "== tools"
if ! command -v wapiti >/dev/null || ! command -v sqlmap >/dev/null; then
  if [ ! -x "$TOOLS/bin/wapiti" ] || [ ! -x "$TOOLS/bin/sqlmap" ]; then
    python3 -m venv "$TOOLS"
    "$TOOLS/bin/pip" install --quiet --disable-pip-version-check wapiti3 sqlmap ||
      { echo "wapiti/sqlmap could not be installed: only bandit ran" >&2; exit $status; }
  fi
  export PATH="$TOOLS/bin:$PATH"
fi

echo "== a throwaway instance on loopback"
work=$(mktemp -d /tmp/omsportal-scan-XXXXXX)
port=$($PY -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# "localhost", not 127.0.0.1: curl keeps the Secure session cookie only for a secure context.
base="http://localhost:$port"
export DATABASE_URL="${SCAN_DATABASE_URL:-sqlite:///$work/db.sqlite3}" REDIS_URL= CELERY_BROKER_URL=memory:// \
       DEBUG=false SECRET_KEY="$PASSWORD-$PASSWORD-$PASSWORD" ALLOWED_HOSTS=localhost SECURE_SSL_REDIRECT=false \
       STATIC_ROOT="$work/static" MEDIA_ROOT="$work/media" PRIVATE_MEDIA_ROOT="$work/private" \
       LOGIN_FAILURE_LIMIT=1000 LOG_LEVEL=WARNING
$PY manage.py migrate --noinput -v 0
$PY manage.py collectstatic --noinput -v 0
$PY manage.py seed_demo --password "$PASSWORD" >/dev/null
# One worker: SQLite takes one writer at a time, and a scanner's parallel POSTs would only
# measure "database is locked" (set SCAN_DATABASE_URL to a PostgreSQL database to scan with more).
.venv/bin/gunicorn omsportal.wsgi --bind "127.0.0.1:$port" --workers "${SCAN_WORKERS:-1}" --log-level warning \
  >"$SCAN_DIR/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.2; done

# Log in as USER through the real login page; prints the Cookie header for the scanners.
login() {
  local jar="$work/$1.cookies"
  curl -fs -c "$jar" -b "$jar" "$base/accounts/login/" -o /dev/null
  local csrf
  csrf=$(awk '$6 == "csrftoken" {print $7}' "$jar")
  curl -fs -c "$jar" -b "$jar" -o /dev/null -H "Referer: $base/accounts/login/" \
    --data-urlencode "csrfmiddlewaretoken=$csrf" --data-urlencode "username=$1" \
    --data-urlencode "password=$PASSWORD" "$base/accounts/login/"
  local session
  session=$(awk '$6 == "sessionid" {print $7}' "$jar")
  [ -n "$session" ] || { echo "login as $1 failed" >&2; exit 1; }
  echo "sessionid=$session; csrftoken=$csrf"
}
agent_cookie=$(login agent)
customer_cookie=$(login customer)

echo "== wapiti (authenticated as the support agent, at most ${WAPITI_SECONDS}s)"
wapiti -u "$base/staff/" --scope domain --header "Cookie: $agent_cookie" \
  -x "$base/accounts/logout/" -x "$base/i18n/setlang/" -x "$base/admin/*" \
  --flush-session --max-scan-time "$WAPITI_SECONDS" --max-attack-time 60 -d 4 \
  -f txt -o "$SCAN_DIR/wapiti.txt" >"$SCAN_DIR/wapiti.log" 2>&1 || status=1
wapiti_customer_seconds=$((WAPITI_SECONDS / 2))
wapiti -u "$base/portal/" --scope domain --header "Cookie: $customer_cookie" \
  -x "$base/accounts/logout/" -x "$base/i18n/setlang/" \
  --flush-session --max-scan-time "$wapiti_customer_seconds" --max-attack-time 60 -d 4 \
  -f txt -o "$SCAN_DIR/wapiti-portal.txt" >"$SCAN_DIR/wapiti-portal.log" 2>&1 || status=1
for report in wapiti wapiti-portal; do
  echo "-- $report: vulnerabilities and anomalies found"
  if awk '/^Summary of (vulnerabilities|anomalies)/,/^\*+$/' "$SCAN_DIR/$report.txt" | grep -E ':\s*[1-9]'; then
    status=1
  else
    echo "none"
  fi
done

echo "== sqlmap on the search and filter parameters"
sqlmap_run() {
  local name=$1 url=$2 cookie=$3 params=$4
  sqlmap -u "$url" --cookie "$cookie" -p "$params" --batch --level 2 --risk 1 \
    --output-dir "$SCAN_DIR/sqlmap" --disable-coloring --flush-session >"$SCAN_DIR/sqlmap-$name.log" 2>&1 || true
  if grep -q "is vulnerable\|sqlmap identified the following injection" "$SCAN_DIR/sqlmap-$name.log"; then
    echo "sqlmap $name: INJECTABLE (see $SCAN_DIR/sqlmap-$name.log)"; status=1
  else
    echo "sqlmap $name ($params): $(grep -c 'does not seem to be injectable' "$SCAN_DIR/sqlmap-$name.log") parameters tested, none injectable"
  fi
}
sqlmap_run staff-search "$base/staff/tickets/search/?q=router&customer=north&contract=CN-1&status=open&queue=1&owner=1&since=2024-01-01&until=2030-01-01" \
  "$agent_cookie" "q,customer,contract,status,queue,owner,since,until"
sqlmap_run portal-list "$base/portal/tickets/?q=line&state=open&sort=-date&day=2024-01-01&page=1" \
  "$customer_cookie" "q,state,sort,day,page"
sqlmap_run staff-interactions "$base/staff/tickets/interactions/?customer=1&page=1" "$agent_cookie" "customer,page"

errors=$(grep -c "Internal Server Error" "$SCAN_DIR/server.log" || true)
echo "== server errors during the scans: $errors (details in $SCAN_DIR/server.log)"
[ "$errors" = 0 ] || status=1
echo "== done: reports in $SCAN_DIR"
exit $status
