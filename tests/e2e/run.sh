#!/usr/bin/env bash
# Runs the end-to-end suite under a virtual display (Xvfb) with a D-Bus session, as a desk PC has.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$HOME/.cargo/bin:$PATH"
rm -rf tests/e2e/artifacts
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- \
    node --test --test-concurrency=1 tests/e2e/
fi
exec node --test --test-concurrency=1 tests/e2e/
