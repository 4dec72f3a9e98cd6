# omsportal: `make run` starts the site on a fresh machine, `make test` runs every test.
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never

# A Python 3.12+ interpreter: on PATH first, then pyenv's builds.
PYTHON ?= $(shell for c in python3.13 python3.12 python3 \
	$$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python 2>/dev/null | sort -rV); do \
	  p=$$(command -v $$c 2>/dev/null) || continue; \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null && { echo $$p; break; }; \
	done)

.PHONY: help run test lint scan up worker beat migrate seed messages bench-tickets bench-pages bench-http bench-notify clean

help:
	@echo "make run    - install, migrate the embedded database, seed demo data, serve on http://127.0.0.1:8000"
	@echo "make test   - run every test on TEST_WORKERS=2 processes (set DATABASE_URL/REDIS_URL for the real services; CI=true forbids skips)"
	@echo "make up     - the production-shaped stack without Docker: gunicorn, celery worker and beat (needs DATABASE_URL, REDIS_URL)"
	@echo "make lint   - ruff"
	@echo "make scan   - security scans: bandit, then wapiti and sqlmap against a throwaway local instance (minutes; not in CI)"

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -n "$(PYTHON)" || { echo "error: Python 3.12 or newer is needed (Django 6). Install one (e.g. pyenv install 3.13) or set PYTHON=/path/to/python3.12" >&2; exit 1; }
	@echo "using $(PYTHON) ($$($(PYTHON) --version))"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check uv || true
	if [ -x $(VENV)/bin/uv ]; then $(VENV)/bin/uv pip sync --python $(PY) --quiet requirements.lock; \
	else $(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock; fi
	touch $@

install: $(VENV)/.installed

migrate: install
	$(PY) manage.py migrate --noinput

seed: migrate
	$(PY) manage.py seed_demo

run: seed
	$(PY) manage.py runserver 127.0.0.1:8000

# pytest-xdist: TEST_WORKERS processes (one per core), each with its own test database and Redis
# database (tests/conftest.py); tests of one xdist_group (real services, a module's browser) stay
# on one worker. TEST_WORKERS=0 runs everything in this one process.
TEST_WORKERS ?= 2

test: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest -n $(TEST_WORKERS) --dist loadgroup $(PYTEST_ARGS)

lint: install
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# Security scans (not part of CI): bandit over the code, then authenticated wapiti and sqlmap
# against a throwaway instance on a free loopback port. deploy/scan.sh says what it does.
scan: install
	PY=$(PY) bash deploy/scan.sh

up: install
	@test -n "$$DATABASE_URL" -a -n "$$REDIS_URL" || { echo "error: set DATABASE_URL and REDIS_URL (see README)" >&2; exit 1; }
	$(PY) manage.py migrate --noinput
	$(PY) manage.py collectstatic --noinput -v 0
	$(VENV)/bin/honcho start -f Procfile

messages: install
	for l in ru fa zh_Hans; do $(PY) manage.py makemessages -l $$l --ignore='.venv/*' --ignore='tests/*'; done
	$(PY) manage.py compilemessages --ignore='.venv/*'

# Outbox benchmark: N e-mails through one real worker into an SMTP sink (needs DATABASE_URL and REDIS_URL).
bench-notify: install
	@test -n "$$DATABASE_URL" -a -n "$$REDIS_URL" || { echo "error: set DATABASE_URL (PostgreSQL) and REDIS_URL" >&2; exit 1; }
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py bench_notify --count $(or $(COUNT),10000)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Pages at scale: N tickets by bulk insert, then every registered page timed beside the authenticated floor
# (median, p95, queries, SQL ms, ratio), failing when one is over the page budget (5x the floor, 10 queries).
bench-tickets: install
	@test -n "$$DATABASE_URL" || { echo "error: set DATABASE_URL to a PostgreSQL database for the benchmark" >&2; exit 1; }
	$(PY) manage.py migrate --noinput -v 0
	$(PY) manage.py seed_demo --password bench-demo-pass >/dev/null
	$(PY) manage.py seed_bench --tickets $(or $(TICKETS),200000)
	$(MAKE) bench-pages

bench-pages: install
	@test -n "$$DATABASE_URL" || { echo "error: set DATABASE_URL to the seeded benchmark database" >&2; exit 1; }
	$(PY) manage.py bench_pages --runs $(or $(RUNS),20) --rounds $(or $(ROUNDS),2) $(BENCH_ARGS)

# Throughput: gunicorn with 2 sync workers, wrk -t2 -c8 -d20s with a logged-in cookie (deploy/bench_http.sh).
bench-http: install
	PY=$(PY) bash deploy/bench_http.sh
