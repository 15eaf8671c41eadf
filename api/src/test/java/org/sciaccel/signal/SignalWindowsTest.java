package org.sciaccel.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The host computations behind signal.windows that the golden cases do not isolate. */
class SignalWindowsTest {
    @Test
    void i0MatchesSciPysValues() {
        // scipy.special.i0 (SciPy 1.10.1) at both of Cephes' intervals and a negative argument
        assertEquals(1.2660658777520082, SignalWindowsSpecial.i0(1.0), 1e-16 * 1.27);
        assertEquals(2815.716628466254, SignalWindowsSpecial.i0(10.0), 1e-15 * 2816);
        assertEquals(781672297823.9775, SignalWindowsSpecial.i0(30.0), 1e-15 * 7.8e11);
        assertEquals(7.3782034322254795, SignalWindowsSpecial.i0(-3.5), 1e-15 * 7.4);
        assertEquals(1.0, SignalWindowsSpecial.i0(0.0));
    }

    @Test
    void tridiagonalEigenvectorsAreOrthonormalAndSolveTheProblem() {
        int n = 9;
        double[] d = new double[n];
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = (i - 4) * (i - 4) * 0.7;
            e[i] = i + 1.5;
        }
        double[] d0 = d.clone();
        double[] e0 = e.clone();
        double[][] z = SignalWindowsSpecial.tridiagonalEigenvectors(d, e);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                assertTrue(d[k] >= d[k - 1], "eigenvalues ascending");
            }
            for (int i = 0; i < n; i++) {
                double tv = d0[i] * z[i][k] + (i > 0 ? e0[i - 1] * z[i - 1][k] : 0) + (i < n - 1 ? e0[i] * z[i + 1][k] : 0);
                assertEquals(d[k] * z[i][k], tv, 1e-12 * 60);
            }
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += z[i][k] * z[i][j];
                }
                assertEquals(k == j ? 1.0 : 0.0, dot, 1e-14);
            }
        }
    }

    @Test
    void dpssNorm2TapersAreOrthonormalAndSignedAsSciPy() {
        SignalWindowsSpecial.Tapers t = SignalWindowsSpecial.dpss(32, 3.0, 4, true, "2", true);
        assertFalse(t.singleton);
        assertEquals(4, t.windows.length);
        double sum0 = 0;
        for (double v : t.windows[0]) {
            sum0 += v;
        }
        assertTrue(sum0 > 0, "the first taper has a positive sum");
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                double dot = 0;
                for (int i = 0; i < 32; i++) {
                    dot += t.windows[a][i] * t.windows[b][i];
                }
                assertEquals(a == b ? 1.0 : 0.0, dot, 1e-13);
            }
            assertTrue(t.ratios[a] > 0.9 && t.ratios[a] <= 1.0 + 1e-12, "concentration " + t.ratios[a]);
        }
    }

    @Test
    void getWindowOfANumberIsKaiser() {
        assertArrayEquals(SignalWindowsSpecial.kaiser(9, 4.0, false), SignalWindows.get("4.0", 9, true));
        assertArrayEquals(SignalWindowsSpecial.kaiser(9, 4.0, true), SignalWindows.get("kaiser,4.0", 9, false));
    }

    @Test
    void badInputIsOneLineNamingTheParameter() {
        String[] messages = {
            assertThrows(IllegalArgumentException.class, () -> SignalWindows.get("foo", 8, true)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> SignalWindows.get("kaiser", 8, true)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> SignalWindows.get("hann", -1, true)).getMessage(),
            assertThrows(IllegalArgumentException.class, () -> SignalWindowsSpecial.chebwin(-2, 50, true)).getMessage(),
            assertThrows(IllegalArgumentException.class,
                () -> SignalWindowsSpecial.dpss(8, 2.0, 0, true, null, false)).getMessage(),
        };
        assertEquals("window=foo: Unknown window type.", messages[0]);
        assertEquals("window=kaiser: The 'kaiser' window needs one or more parameters -- pass a tuple.", messages[1]);
        assertEquals("Nx: Window length M must be a non-negative integer, got Nx=-1", messages[2]);
        assertTrue(messages[3].startsWith("M: "));
        assertTrue(messages[4].startsWith("Kmax: Kmax must be greater than 0 and less than M"));
        for (String m : messages) {
            assertFalse(m.contains("\n"), m);
        }
    }
}
