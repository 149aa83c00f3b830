# make run   : set up .venv and reconcile the seeds
# make test  : set up .venv and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test schema golden peer devset seeds clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/claimkit reconcile seeds/ --format text

test: $(STAMP)
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/claimkit schema -o schemas/

golden: $(STAMP)
	$(BIN)/python tests/make_golden.py

seeds: $(STAMP)
	$(BIN)/python ../shared/tools/check_seeds.py --claimkit $(BIN)/claimkit

peer: $(STAMP)
	$(BIN)/python ../shared/peer/score.py --claimkit $(BIN)/claimkit | tee benchmarks/peer-latest.txt

devset: $(STAMP)
	$(BIN)/python ../shared/tools/score_cases.py --claimkit $(BIN)/claimkit | tee benchmarks/devset-latest.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache
