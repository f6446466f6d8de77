# Community Workstation: one entry point for people and CI.
#   make run    install what is missing, build, and open the app (default data folder)
#   make test   install what is missing, then every check and test CI runs
#   make build  the release binary and the Linux bundles (.deb, .rpm)
SHELL := /bin/bash
.DEFAULT_GOAL := help

TAURI  := ui/node_modules/.bin/tauri
APP    := target/debug/community-workstation
APT_PACKAGES := libwebkit2gtk-4.1-dev build-essential pkg-config curl wget file libssl-dev \
	libxdo-dev libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver \
	fonts-wqy-microhei dbus-bin dbus-daemon procps python3

.PHONY: help deps deps-apt deps-npm deps-driver run test check lint rust-test ui-test \
	build-debug e2e build bench bench-core bench-startup bench-sheet bench-today bindings crash-test fuzz clean

help:
	@echo "make run | make test | make build | make e2e | make bench | make bindings"

deps: deps-apt deps-npm

# Debian/Ubuntu: the WebKitGTK stack Tauri needs, Xvfb and WebKitWebDriver for e2e, a CJK font.
deps-apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

deps-npm:
	@[ -x $(TAURI) ] && [ ui/node_modules/.package-lock.json -nt ui/package-lock.json ] || npm ci --prefix ui --no-audit --no-fund

deps-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --locked --version '^2'

# The app as users get it (ui/dist embedded), in debug: what `make run` and the e2e suite use.
build-debug: deps
	$(TAURI) build --debug --no-bundle

run: build-debug
	./$(APP)

lint: deps-npm
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	npm --prefix ui run typecheck
	npm --prefix ui run lint

# Rust tests include the bindings staleness check (workstation-core bindings::tests).
rust-test:
	cargo test --workspace

ui-test: deps-npm
	npm --prefix ui test

e2e: build-debug deps-driver
	tests/e2e/run.sh

test: deps deps-driver lint rust-test ui-test e2e

# Release binary and Linux bundles. AppImage needs tools fetched from GitHub, so it is left out here.
build: deps
	$(TAURI) build --bundles deb,rpm
	@ls -la target/release/community-workstation target/release/bundle/*/*

# Core benchmarks (criterion, release profile) and the start-up/memory comparison against a bare
# Tauri window; both tables land in docs/PERFORMANCE.md.
bench: bench-core bench-startup bench-sheet bench-today

# Cases at 10k, 100k and 1M on the city store (about 25 min here; the 1M store is ~1 GB in /tmp).
CASES_BENCH_SIZES ?= 10000,100000,1000000
bench-core:
	rm -rf target/criterion && mkdir -p target/criterion
	CASES_BENCH_SIZES=$(CASES_BENCH_SIZES) BENCH_NOTES=$(CURDIR)/target/criterion/generation.tsv \
		cargo bench -p workstation-core
	node tests/bench/report.mjs

# The release app on the city store (`demo --city`, 100k cases) against src-tauri/bare, under Xvfb.
STARTUP_DIR ?= /tmp/cw-bench-city
bench-startup: build
	cargo build --release -p bare-window --features custom-protocol
	[ -f $(STARTUP_DIR)/workstation.sqlite3 ] || target/release/community-workstation --data-dir $(STARTUP_DIR) demo --city
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
		node tests/bench/startup.mjs target/release/community-workstation target/release/bare-window $(STARTUP_DIR)

# Today in the real window on 1M cases and 100k visits (issue #7's figure; the store, ~1 GB,
# takes ~2 min to make the first time).
TODAY_DIR ?= /tmp/cw-bench-1m
bench-today: build deps-driver
	[ -f $(TODAY_DIR)/workstation.sqlite3 ] || target/release/community-workstation --data-dir $(TODAY_DIR) demo --city --cases 1000000
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
		node tests/bench/today.mjs $(CURDIR)/target/release/community-workstation $(TODAY_DIR)

# The user's alternative: the same register as .xlsx (the app's export) loaded by LibreOffice
# headless, against the release app started through WebDriver to its first page of cases.
bench-sheet: build deps-driver
	@command -v soffice >/dev/null || { \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends libreoffice-calc-nogui; \
	}
	[ -f $(STARTUP_DIR)/workstation.sqlite3 ] || target/release/community-workstation --data-dir $(STARTUP_DIR) demo --city
	xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
		node tests/bench/spreadsheet.mjs target/release/community-workstation $(STARTUP_DIR)

# Crash survival at full count: N SIGKILLs of a writing core (CI runs 25 inside rust-test).
N ?= 1000
crash-test:
	CRASH_RUNS=$(N) cargo test -p community-workstation --test crash -- --nocapture

# Hostile input, long run: ROUNDS rounds of 8 random values per argument of every command.
ROUNDS ?= 50
fuzz:
	HOSTILE_ROUNDS=$(ROUNDS) cargo test -p community-workstation --lib hostile -- --nocapture

bindings:
	UPDATE_BINDINGS=1 cargo test -p workstation-core bindings

clean:
	cargo clean
	rm -rf ui/dist tests/e2e/artifacts
