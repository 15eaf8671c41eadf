#!/bin/bash
# Regenerates the double-precision twins of the SIMD lane FFT classes from the float ones:
# CpuLaneFftD.java from CpuLaneFftF.java and CpuLaneLinesD.java from CpuLaneLinesF.java. They differ
# only in types and in the few comments and constants patched below. Edit the float files, then run
# this (needs python3).
set -euo pipefail
cd "$(dirname "$0")/../cpu-backend/src/main/java/org/sciaccel/cpu"
export LANE_FFT_TMP="$(mktemp)"
trap 'rm -f "$LANE_FFT_TMP"' EXIT
sed -e 's/FloatVector/DoubleVector/g; s/VectorSpecies<Float>/VectorSpecies<Double>/g; s/float\[\]/double[]/g; s/float\[/double[/g; s/(float) //g; s/\bfloat\b/double/g; s/CpuLaneFftF/CpuLaneFftD/g; s/0\.5f/0.5/g; s/ \* Single-precision FFTs of a block/ * Double-precision FFTs of a block/' CpuLaneFftF.java > "$LANE_FFT_TMP"
python3 - <<'EOF'
import os
s=open(os.environ['LANE_FFT_TMP']).read()
s=s.replace(""" * Double-precision FFTs of a block of lines at once with SIMD across the lines.""",""" * The double-precision twin of {@link CpuLaneFftF} (Java has no generics over primitive types),
 * generated from it by tools/regenerate-lane-fft-double.sh: edit the float file and rerun that.
 * Double-precision FFTs of a block of lines at once with SIMD across the lines.""")
s=s.replace("""    /** Floats per array of a block (n * width) up to which two vectors of lines are taken, measured best. */
    private static final int WIDE_BLOCK = 1 << 16;""","""    /**
     * Doubles per array of a block (n * width) up to which two vectors of lines are taken: the same
     * bytes as the float twin's limit (four such arrays fill about a core's L2 cache).
     */
    private static final int WIDE_BLOCK = 1 << 15;""")
s=s.replace("""    /** Per length: {re, im forward, im inverse} of exp(-2 pi i t/n), rounded from double. */""","""    /** Per length: {re, im forward, im inverse} of exp(-2 pi i t/n). */""")
s=s.replace("""    static String describeSpecies() {
        return SPECIES.length() + " floats per vector";
    }

""","")
s=s.replace("((forward ? 1 : -1) * Math.sqrt(0.75))","(forward ? 1 : -1) * Math.sqrt(0.75)")
s=s.replace("(sign * Math.sin(2 * Math.PI / 5))","sign * Math.sin(2 * Math.PI / 5)")
s=s.replace("(sign * Math.sin(4 * Math.PI / 5))","sign * Math.sin(4 * Math.PI / 5)")
open('CpuLaneFftD.java','w').write(s)
EOF

sed -e 's/FloatVector/DoubleVector/g; s/VectorSpecies<Float>/VectorSpecies<Double>/g; s/float\[\]/double[]/g; s/\bfloat\b/double/g; s/CpuLaneFftF/CpuLaneFftD/g; s/CpuLaneLinesF/CpuLaneLinesD/g; s/complex64/complex128/g; s/float32/float64/g; s/0\.5f/0.5/g; s/, 0f)/, 0.0)/g; s/= 0f;/= 0.0;/g; s/ \* Single-precision FFTs along one axis with/ * The double-precision twin of {@link CpuLaneLinesF} (generated from it by\n * tools\/regenerate-lane-fft-double.sh): FFTs along one axis with/' CpuLaneLinesF.java > CpuLaneLinesD.java
