#!/bin/bash
# Writes every double-precision twin CpuXxxD.java in cpu-backend from its float master CpuXxxF.java
# (the pairs, rules and markers are in cpu-backend/src/test/java/org/sciaccel/cpu/TwinGenerator.java).
# Edit the master, run this, commit both. With --check it only reports stale twins (exit 1); the
# Maven build checks the same in TwinsUpToDateTest. Needs a JDK 17 or later on the PATH.
set -euo pipefail
cd "$(dirname "$0")/../cpu-backend"
exec java src/test/java/org/sciaccel/cpu/TwinGenerator.java src/main/java "$@"
