#!/usr/bin/env bash
# Runs SciPy 1.10's own, unmodified test files with SciPy's functions bound to sciaccel, and writes
# results/<backend>.md. Usage: run.sh [--backend cpu|opencl] [--jobs N] [FILE ...]
# FILEs are relative to SciPy's package directory (e.g. ndimage/tests/test_filters.py).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
backend=cpu
jobs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --backend) backend="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h|--help) sed -n 2,4p "$0"; exit 0 ;;
    *) break ;;
  esac
done

# Debian's Python is the oracle interpreter: it has SciPy 1.10.1, NumPy 1.24.2, JPype and pytest.
python=/usr/bin/python3
scipy_dir="$("$python" -c 'import os, scipy; print(os.path.dirname(scipy.__file__))')"
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  files=(ndimage/tests/test_filters.py ndimage/tests/test_morphology.py ndimage/tests/test_measurements.py
         fft/_pocketfft/tests/test_basic.py fft/tests/test_helper.py fft/tests/test_numpy.py
         fftpack/tests/test_basic.py fftpack/tests/test_helper.py
         signal/tests/test_signaltools.py
         linalg/tests/test_basic.py linalg/tests/test_decomp.py linalg/tests/test_decomp_cholesky.py
         optimize/tests/test_minpack.py)
fi

jar="$root/cli/target/sciaccel.jar"
if [ ! -f "$jar" ]; then
  echo "run.sh: building $jar" >&2
  (cd "$root" && mvn -B -o -q package -DskipTests) >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# PoCL (LLVM) installs crash handlers over the JVM's; the JVM's signal-chaining library keeps its own
# first (see README, "Getting an OpenCL runtime").
jsig="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/libjsig.so"

# Per-file selection. test_signaltools: only the classes of the functions sciaccel implements (the
# whole file takes over an hour here, mostly SciPy's own lfilter/filtfilt tests). test_minpack: the
# classes of leastsq and curve_fit (fsolve, root and fixed_point are not sciaccel's). test_multiprocess
# forks a pool after the JVM started; a JVM does not survive fork() and the workers hang.
selection() {
  case "$1" in
    signal/tests/test_signaltools.py)
      echo "-k TestConvolve2d or TestCorrelate2d or TestFFTConvolve or TestAllFreqConvolves or TestMedFilt or TestWiener or TestResample or TestDetrend" ;;
    optimize/tests/test_minpack.py) echo "-k TestCurveFit or TestLeastSq" ;;
    fft/tests/test_numpy.py) echo "--deselect=fft/tests/test_numpy.py::test_multiprocess" ;;
  esac
}

run_one() {
  local file="$1" id
  local -a extra=()
  id="$(echo "$file" | tr '/' '_' | sed 's/\.py$//')"
  case "$file" in
    signal/tests/test_signaltools.py|optimize/tests/test_minpack.py) extra=(-k "$(selection "$file" | sed 's/^-k //')") ;;
    fft/tests/test_numpy.py) extra=("$(selection "$file")") ;;
  esac
  # SciPy's files stay where Debian installed them; no bytecode or cache is written next to them.
  # A hang cannot block the run: each file gets at most SCIACCEL_TEST_TIMEOUT seconds. No faulthandler:
  # the JVM in the process uses SIGSEGV itself (null checks, safepoints), and a Python handler for it
  # turned those into crashes. OpenBLAS runs single-threaded: its threaded dgetrf (numpy.linalg.solve
  # in SciPy's test code) crashed with SIGSEGV with the JVM in the process (linalg/tests/test_decomp.py,
  # signal's test_poly_vs_filtfilt); one thread changes no result the tests compare.
  (cd "$work" && OPENBLAS_NUM_THREADS=1 LD_PRELOAD="$jsig" PYTHONPATH="$here" PYTHONDONTWRITEBYTECODE=1 \
    SCIACCEL_TEST_BACKEND="$backend" SCIACCEL_CLASSPATH="$jar" SCIACCEL_SUMMARY="$work/$id.json" \
    timeout "${SCIACCEL_TEST_TIMEOUT:-1800}" "$python" -m pytest -p sciaccel_plugin -p no:cacheprovider \
      -p no:faulthandler -q \
      --rootdir="$scipy_dir" "${extra[@]}" "$scipy_dir/$file" > "$work/$id.log" 2>&1; echo $? > "$work/$id.rc") || true
  echo "$file" > "$work/$id.file"
  echo "run.sh: $backend $file done (exit $(cat "$work/$id.rc"))" >&2
}
export -f run_one selection
export work backend here jar jsig python scipy_dir

start=$(date +%s)
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} bash -c 'run_one "$@"' _ {}
seconds=$(( $(date +%s) - start ))

mkdir -p "$here/results"
"$python" "$here/summarize.py" --backend "$backend" --seconds "$seconds" --work "$work" \
  --out "$here/results/$backend.md" --failures "$here/results/$backend-failures.json"
echo "run.sh: wrote $here/results/$backend.md ($seconds s)" >&2
