#!/usr/bin/env bash
# Replaces the README's ops table (between <!-- ops:start --> and <!-- ops:end -->) with
# `sciaccel ops --markdown`, run on a machine where every backend is available (PoCL is enough),
# so the backend columns are all there. OpsAndInfoTest fails while the table lists other ops than
# the registry.
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(./sciaccel ops --markdown 2>/dev/null)
case "$table" in *"| opencl |"*) ;; *) echo "the OpenCL backend is not available here: install PoCL first" >&2; exit 1;; esac
TABLE="$table" python3 - <<'PY'
import os, re
text = open("README.md").read()
new = "<!-- ops:start -->\n" + os.environ["TABLE"].strip() + "\n<!-- ops:end -->"
text, n = re.subn(r"<!-- ops:start -->.*?<!-- ops:end -->", lambda m: new, text, flags=re.S)
assert n == 1, "README.md has no ops markers"
open("README.md", "w").write(text)
PY
echo "README.md ops table updated"
