package org.sciaccel.cpu.fft;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sciaccel.cpu.CpuThreads;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link CpuFftPlanD} against a direct O(n^2) DFT summed in double with exactly reduced angles,
 * for lengths that exercise every pass kind: each dedicated radix, the generic butterfly, mixed
 * factorisations and Bluestein (prime factors above the direct limit).
 */
class CpuFftPlanTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 16, 17, 25, 30, 31, 32, 37, 49, 60, 64, 97, 100,
        121, 128, 210, 243, 256, 343, 500, 625, 997, 1000, 1024, 1031, 2048, 2 * 997, 4 * 1031})
    void matchesDirectDft(int n) {
        Random r = new Random(n);
        double[] x = new double[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() * 2 - 1;
        }
        for (boolean forward : new boolean[] {true, false}) {
            double[] got = x.clone();
            CpuFftPlanD plan = CpuFftPlanD.of(n);
            plan.transform(got, forward, plan.newScratch());
            double[] want = direct(x, forward);
            double max = 0;
            double err = 0;
            for (int i = 0; i < want.length; i++) {
                max = Math.max(max, Math.abs(want[i]));
                err = Math.max(err, Math.abs(want[i] - got[i]));
            }
            assertTrue(err <= 1e-12 * max, "n=" + n + " forward=" + forward + ": error " + err + " vs max " + max);
        }
    }

    /**
     * The threaded four-step split (and Bluestein over it) against the serial Stockham passes, with
     * the SIMD lane four-step ({@link CpuLaneFourStepD}) and without.
     */
    @ParameterizedTest
    @ValueSource(ints = {1 << 16, 1 << 17, 177147, 5 * (1 << 16), 78125 * 2, 65537})
    void largeThreadedMatchesSerial(int n) {
        Random r = new Random(n);
        double[] x = new double[2 * n];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() * 2 - 1;
        }
        CpuFftPlanD plan = CpuFftPlanD.of(n);
        try (CpuThreads threads = CpuThreads.newPrivate(3)) {
            for (boolean forward : new boolean[] {true, false}) {
                double[] serial = x.clone();
                plan.transform(serial, forward, plan.newScratch());
                for (boolean simd : new boolean[] {true, false}) {
                    double[] threaded = x.clone();
                    CpuFftSinglePrecisionTest.withSimd(simd, () -> {
                        plan.transform(threaded, forward, plan.newScratch(), threads);
                        return null;
                    });
                    double max = 0;
                    double err = 0;
                    for (int i = 0; i < serial.length; i++) {
                        max = Math.max(max, Math.abs(serial[i]));
                        err = Math.max(err, Math.abs(serial[i] - threaded[i]));
                    }
                    assertTrue(err <= 1e-12 * max,
                            "n=" + n + " forward=" + forward + " simd=" + simd + ": error " + err + " vs max " + max);
                }
            }
        }
    }

    private static double[] direct(double[] x, boolean forward) {
        int n = x.length / 2;
        double sign = forward ? -1 : 1;
        double[] out = new double[2 * n];
        for (int k = 0; k < n; k++) {
            double re = 0;
            double im = 0;
            for (int j = 0; j < n; j++) {
                long e = ((long) j * k) % n;
                double a = sign * 2 * Math.PI * e / n;
                double c = Math.cos(a);
                double s = Math.sin(a);
                re += x[2 * j] * c - x[2 * j + 1] * s;
                im += x[2 * j] * s + x[2 * j + 1] * c;
            }
            out[2 * k] = re;
            out[2 * k + 1] = im;
        }
        return out;
    }
}
