# Shortcuts over dev.py (which also works on Windows: py dev.py run / py dev.py test).
PY ?= python3

.PHONY: run test setup bench lint
run:
	$(PY) dev.py run
test:
	$(PY) dev.py test
setup:
	$(PY) dev.py setup
lint:
	.venv/bin/ruff check . && .venv/bin/ruff format --check .
bench:
	.venv/bin/python -m bench.bench_core --sizes 1000,10000
