# make run   : set up .venv and reconcile the seeds
# make test  : set up .venv and run the tests
# make screenshot : out/screenshots/*.png of the editor's pages, 1400 and 390 px (make browser installs chromium)
# make bench-serve : p50/p95 of `claimkit serve` checks on the loopback (benchmarks/bench_serve.py)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test schema golden peer compare devset seeds paraphrase dateprobe phraseprobe clean browser screenshot postgres bench-serve

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,serve]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/claimkit reconcile seeds/ --format text

test: $(STAMP) browser postgres
	$(BIN)/python -m pytest

schema: $(STAMP)
	$(BIN)/claimkit schema -o schemas/

golden: $(STAMP)
	$(BIN)/python tests/make_golden.py

# seeds: the shared answer key read as CONTRACT.md reads a conflict (two of its claims are opposed
# when they sit in different value groups); the shared check_seeds.py, which takes any two claims
# of one conflict as opposed, runs after it for information
seeds: $(STAMP)
	cmp ../shared/seeds-answer-key.json tests/seeds-answer-key.json
	$(BIN)/python -m pytest -q -p no:cacheprovider tests/test_seeds.py
	-$(BIN)/python ../shared/tools/check_seeds.py --claimkit $(BIN)/claimkit | tail -1

# paraphrase: invented stories, a wrong outlet wording the measure its own way, and traps of related measures (benchmarks/paraphrase/)
paraphrase: $(STAMP)
	$(BIN)/python benchmarks/paraphrase_probe.py -v

# make dateprobe : dates in 90 invented wire stories, scored as TIDES annotators resolve them
dateprobe: $(STAMP)
	$(BIN)/python benchmarks/probes.py dates

# make phraseprobe : money, durations, quantities and dates in invented sentences, by phrasing class
phraseprobe: $(STAMP)
	$(BIN)/python benchmarks/probes.py phrases

# peer: an empty claim cache, so the cases/s and the wall time are parsing, not cache reads
peer: $(STAMP)
	@cache=$$(mktemp -d); t0=$$(date +%s); \
	{ echo "peer run $$(date -u '+%Y-%m-%d %H:%M UTC'); $$($(BIN)/claimkit --version); empty claim cache"; \
	  CLAIMKIT_CACHE=$$cache $(BIN)/python ../shared/peer/score.py --claimkit $(BIN)/claimkit; \
	  echo "wall time $$(( $$(date +%s) - t0 )) s"; } | tee benchmarks/peer-latest.txt; \
	rm -rf $$cache

# compare: claimkit vs quantulum3 (money, percent) and dateparser.search_dates (date); needs the bench extra
compare: $(STAMP)
	@$(BIN)/python -c "import quantulum3, sklearn" 2>/dev/null || $(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/compare_peer.py

devset: $(STAMP)
	$(BIN)/python ../shared/tools/score_cases.py --claimkit $(BIN)/claimkit | tee benchmarks/devset-latest.txt

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info .pytest_cache

# The browser test and the screenshot drive the system's chromium (never `playwright install`).
# Installed with apt-get only when missing and we are root; otherwise the browser test skips, saying why.
browser:
	@if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing chromium (apt-get)"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "chromium not found and cannot install it (not root or no apt-get): the browser test will be skipped"; fi

# The serve tests start a throwaway PostgreSQL cluster from Debian's server programs (never a
# service of the machine). Installed with apt-get only when missing and we are root, without
# Debian's default cluster; otherwise the PostgreSQL half of the serve tests skips, saying why.
postgres:
	@if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing postgresql (apt-get)"; \
		mkdir -p /etc/postgresql-common; \
		[ -e /etc/postgresql-common/createcluster.conf ] || echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.conf; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else echo "postgresql not found and cannot install it (not root or no apt-get): its serve tests will be skipped"; fi

bench-serve: $(STAMP)
	$(BIN)/python benchmarks/bench_serve.py

# screenshot: both pages (reconcile, check) of the seeds, of tests/fixtures/story (an invented
# multi-outlet story with front matter) and of a generated 300-document story, at 1400 and 390 px:
# out/screenshots/<story>-<page>-<width>.png (whole page) and ...-top.png (the first screen)
SHOTS := out/screenshots
screenshot: $(STAMP) browser
	@mkdir -p $(SHOTS)
	$(BIN)/python tests/make_story.py 300 out/story300 >/dev/null
	sed 's/\$$550,000/$$5.5 million/' seeds/001_b0bfe5803ea1ab71.txt > out/seeds-draft.txt
	$(BIN)/claimkit reconcile seeds/ --format html -o $(SHOTS)/seeds-reconcile.html
	-$(BIN)/claimkit check out/seeds-draft.txt --against seeds/ --format html -q -o $(SHOTS)/seeds-check.html
	$(BIN)/claimkit reconcile tests/fixtures/story --format html -o $(SHOTS)/story-reconcile.html
	-$(BIN)/claimkit check tests/fixtures/story-drafts/wrong.md --against tests/fixtures/story --format html -q -o $(SHOTS)/story-check.html
	$(BIN)/claimkit reconcile out/story300 --format html -o $(SHOTS)/story300-reconcile.html
	@# the dev set's largest story, when ../shared is beside the checkout (a picture, not a test)
	@big=$$(du -s ../shared/devset/*/ 2>/dev/null | sort -n | tail -1 | cut -f2); \
	if [ -n "$$big" ]; then echo "largest dev-set story: $$big"; \
		$(BIN)/claimkit reconcile $$big*.md --format html -o $(SHOTS)/devset-reconcile.html; fi
	-$(BIN)/claimkit check tests/fixtures/story-drafts/wrong.md --against out/story300 --format html -q -o $(SHOTS)/story300-check.html
	@for page in $(SHOTS)/*.html; do for width in 1400 390; do \
		$(BIN)/python tests/browser_setup.py screenshot $$page $${page%.html}-$$width.png $$width || exit 1; done; done

# make bench : speed, memory and growth figures (one table, also written to benchmarks/latest.txt)
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# make fuzz  : fuzz ingest + extract + reconcile for FUZZ_SECONDS (atheris when installed, else Hypothesis;
#              corpus in out/fuzz-corpus). A crash found becomes a test in tests/test_hostile.py.
FUZZ_SECONDS ?= 600
.PHONY: fuzz
fuzz: $(STAMP)
	$(BIN)/python tests/fuzz_target.py --seconds $(FUZZ_SECONDS)
