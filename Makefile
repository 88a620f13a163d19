# Two commands matter: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
STORE ?= store
PORT ?= 8000
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: demo test install install-llm llm-server train bench bench-qa bench-load bench-scale bench-ingest serve clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# The CPU build of torch first, pinned, so nothing pulls the multi-GB CUDA build.
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

# The optional local LLM (llama.cpp, built from source: minutes). Neither the demo nor the default
# install needs it; CI installs it so the LLM tests run (see .ci/run).
LLM_STAMP := $(VENV)/.llm-stamp
$(LLM_STAMP): $(STAMP)
	CMAKE_ARGS="-DGGML_NATIVE=OFF" $(PY) -m pip install -q -e ".[dev,llm]"
	touch $(LLM_STAMP)

install-llm: $(LLM_STAMP)

demo: $(STAMP)
	$(PY) -m qa index samples/immunogen_8k_2011-10-27.txt --store $(STORE)
	-$(PY) -m qa ask "What was net loss per share this quarter, and how did it change from a year earlier?" --store $(STORE)
	@echo
	@echo "Starting the service on http://127.0.0.1:$(PORT) (Ctrl-C stops it). Try:"
	@echo "  curl -s http://127.0.0.1:$(PORT)/v1/ask -H 'Content-Type: application/json' -d '{\"question\": \"What were total revenues for the three months ended September 30, 2010?\"}'"
	$(PY) -m qa serve --store $(STORE) --host 127.0.0.1 --port $(PORT)

test: $(STAMP)
	$(PY) -m pytest -q

# Rebuild the chooser (qa/data/chooser.*) from ../shared/data and the shared filings' iXBRL tags; prints held-out figures
train: $(STAMP)
	$(PY) -m qa.train_chooser

bench: $(STAMP)
	$(PY) -m index.bench

bench-ingest: $(STAMP)
	$(PY) -m index.bench --ray --backends ""

bench-scale: $(STAMP)
	$(PY) -m index.bench_scale

bench-qa: $(STAMP)
	$(PY) -m qa.bench

bench-load: $(STAMP)
	$(PY) -m api.loadbench

clean:
	rm -rf $(VENV) $(STORE) .pytest_cache

# A local OpenAI-compatible LLM on loopback (llama.cpp + the small bundled GGUF); then
# `$(PY) -m qa serve --llm-url http://127.0.0.1:$(LLM_PORT)/v1`. See docs/LLM.md.
LLM_PORT ?= 8080
llm-server: $(LLM_STAMP)
	$(PY) -m qa.llm_server --port $(LLM_PORT)
