# Two commands on a fresh machine (Python >= 3.11): `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test lint messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/woondriehoek demo

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/woondriehoek makemigrations --check --dry-run

# SQLite always; PostgreSQL too when WOONDRIEHOEK_TEST_POSTGRES is set (CI sets it).
test: lint
	@if [ -n "$$CI" ] && [ -z "$$WOONDRIEHOEK_TEST_POSTGRES" ]; then \
		echo "CI needs WOONDRIEHOEK_TEST_POSTGRES for the PostgreSQL run"; exit 1; fi
	$(BIN)/pytest
	@if [ -n "$$WOONDRIEHOEK_TEST_POSTGRES" ]; then \
		echo "== PostgreSQL run =="; \
		DATABASE_URL="$$WOONDRIEHOEK_TEST_POSTGRES" $(BIN)/pytest -m "not browser" -p no:randomly; \
	fi

messages: $(STAMP)
	cd src/woondriehoek && ../../$(BIN)/woondriehoek makemessages -l nl --no-obsolete && ../../$(BIN)/woondriehoek compilemessages -l nl

clean:
	rm -rf $(VENV) var .pytest_cache
