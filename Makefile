# simctl — the two commands a newcomer needs: `make run` and `make test`.
# Both install the system libraries they need first (Debian/Ubuntu; needs root or sudo).

SWIFT ?= swift
SCENARIO ?= scenarios/10k-devices.json
RELEASE_BIN = .build/release/simctl
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)

.PHONY: deps build release run test bench clean

## deps: install libsqlite3-dev, libjemalloc-dev and a headless chromium (report test) when missing
deps:
	@if ! dpkg -s libsqlite3-dev libjemalloc-dev >/dev/null 2>&1; then \
		echo "installing libsqlite3-dev libjemalloc-dev"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libsqlite3-dev libjemalloc-dev; \
	fi
	@if ! command -v chromium-headless-shell >/dev/null 2>&1 && ! command -v chromium >/dev/null 2>&1; then \
		echo "installing chromium-headless-shell (the HTML report's browser test)"; \
		$(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium-headless-shell; \
	fi
	@command -v python3 >/dev/null 2>&1 || $(SUDO) apt-get install -y -qq python3

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release --product simctl

## run: simulate an hour of 10,000 devices, print the summary and write reports/latest.html
run: release
	$(RELEASE_BIN) run $(SCENARIO) --report reports/latest.html

## test: simctl gating its own simulated results (baselines/self.json), then the whole test suite
## (unit, property, determinism, canary, end-to-end, tidy)
test: deps
	$(SWIFT) build --product simctl
	.build/debug/simctl gate --baseline baselines/self.json
	$(SWIFT) test

## bench: release run of the 10k-device scenario; prints and writes reports/bench.json
bench: release
	$(RELEASE_BIN) bench $(SCENARIO) --out reports/bench.json

clean:
	rm -rf .build
