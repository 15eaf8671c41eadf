package org.sciaccel.cpu.ndimage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sciaccel.Backend;
import org.sciaccel.Backends;
import org.sciaccel.DType;
import org.sciaccel.HostArray;
import org.sciaccel.NDArray;
import org.sciaccel.ndimage.GaussianOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/**
 * gaussian_filter through the public {@link Ndimage} facade on the CPU backend, against values
 * printed once by SciPy 1.10.1 (Debian python3-scipy) as noted above each table. The weights are
 * computed by the api in Java, whose exp may differ from NumPy's in the last bit, so float64 is
 * compared within 1e-12.
 */
class CpuGaussianFilterTest {
    private static final Backend CPU = Backends.get("cpu");

    /** i,j=np.mgrid[0:rows,0:cols]; b=np.sin(i*0.9)+np.cos(j*0.4)*j */
    private static double[] wave(int rows, int cols) {
        double[] b = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                b[i * cols + j] = Math.sin(i * 0.9) + Math.cos(j * 0.4) * j;
            }
        }
        return b;
    }

    @Test
    void float64PerAxisSigmaMirror() {
        // gaussian_filter(b,(1.0,0.6),mode='mirror') for the 6x7 wave
        double[] expected = {0.7999816740841624, 1.3351282185385842, 1.7449826691652512, 1.417867807851185,
            0.23812724934724144, -1.647539610431909, -3.138484020561373, 0.9278632303798777, 1.4630097748342996,
            1.8728642254609664, 1.5457493641469005, 0.3660088056429568, -1.519658054136194, -3.0106024642656584,
            0.9688530633000791, 1.503999607754501, 1.9138540583811676, 1.5867391970671019, 0.4069986385631582,
            -1.4786682212159923, -2.969612631345457, 0.5988502001155113, 1.133996744569933, 1.5438511951965999,
            1.216736333882534, 0.03699577537859021, -1.84867108440056, -3.3396154945300243, 0.036589870429411586,
            0.5717364148838333, 0.9815908655105, 0.6544760041964343, -0.5252645543075094, -2.41093141408666,
            -3.901875824216124, -0.23707466391660803, 0.2980718805378138, 0.7079263311644806, 0.38081146985041464,
            -0.798929088653529, -2.6845959484326793, -4.175540358562143};
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {6, 7}, wave(6, 7)));
                NDArray r = Ndimage.gaussianFilter(a, new double[] {1.0, 0.6}, GaussianOptions.defaults().mode(Mode.MIRROR))) {
            assertEquals(DType.FLOAT64, r.dtype());
            assertArrayEquals(expected, r.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void uint8IsTruncatedAfterEveryPass() {
        // u=((i*53+j*29)%256).astype(np.uint8) on a 6x7 grid; gaussian_filter(u,1.2)
        int[] expected = {45, 61, 87, 114, 139, 158, 168, 74, 90, 112, 134, 150, 158, 157, 115, 126, 140, 148, 148,
            141, 131, 142, 144, 142, 135, 125, 117, 112, 129, 125, 116, 109, 108, 114, 120, 96, 94, 91, 94, 107, 125,
            138};
        byte[] u = new byte[42];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 7; j++) {
                u[i * 7 + j] = (byte) ((i * 53 + j * 29) % 256);
            }
        }
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.UINT8, new int[] {6, 7}, u));
                NDArray r = Ndimage.gaussianFilter(a, 1.2)) {
            assertEquals(DType.UINT8, r.dtype());
            byte[] got = r.toByteArray();
            for (int k = 0; k < 42; k++) {
                assertEquals(expected[k], got[k] & 0xFF, "element " + k);
            }
        }
    }

    @Test
    void gaussianFilter1dDerivativeWrap() {
        // gaussian_filter1d(b,1.3,axis=0,order=1,mode='wrap') for the 6x7 wave
        double[] expected = {0.38535198456901115, 0.3853519845690111, 0.38535198456901115, 0.38535198456901115,
            0.38535198456901115, 0.3853519845690111, 0.3853519845690111, 0.27827852566701705, 0.27827852566701694,
            0.27827852566701705, 0.27827852566701705, 0.27827852566701705, 0.278278525667017, 0.278278525667017,
            -0.09427159844610236, -0.09427159844610236, -0.09427159844610239, -0.09427159844610236,
            -0.09427159844610236, -0.09427159844610236, -0.09427159844610229, -0.37512121555775946,
            -0.37512121555775946, -0.37512121555775946, -0.37512121555775946, -0.37512121555775946,
            -0.37512121555775946, -0.37512121555775935, -0.29108038612290876, -0.29108038612290876,
            -0.29108038612290876, -0.29108038612290876, -0.29108038612290876, -0.29108038612290876,
            -0.29108038612290876, 0.09684268989074243, 0.09684268989074243, 0.09684268989074246, 0.09684268989074243,
            0.09684268989074245, 0.09684268989074243, 0.09684268989074239};
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT64, new int[] {6, 7}, wave(6, 7)));
                NDArray r = Ndimage.gaussianFilter1d(a, 1.3, 0, GaussianOptions.defaults().order(1).mode(Mode.WRAP))) {
            assertArrayEquals(expected, r.toDoubleArray(), 1e-12);
        }
    }

    @Test
    void nanAndInfinitySpreadOverTheKernelFootprint() {
        // f=b.astype(np.float32) on a 12x14 grid, f[2,3]=nan, f[9,10]=inf; r=gaussian_filter(f,0.8):
        // NaN exactly in rows 0-5 x columns 0-6, +inf exactly in rows 6-11 x columns 7-13;
        // r[7,0]=0.27506855, r[11,0]=0.054618075
        float[] f = new float[12 * 14];
        double[] b = wave(12, 14);
        for (int k = 0; k < f.length; k++) {
            f[k] = (float) b[k];
        }
        f[2 * 14 + 3] = Float.NaN;
        f[9 * 14 + 10] = Float.POSITIVE_INFINITY;
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT32, new int[] {12, 14}, f));
                NDArray r = Ndimage.gaussianFilter(a, 0.8)) {
            float[] g = r.toFloatArray();
            for (int i = 0; i < 12; i++) {
                for (int j = 0; j < 14; j++) {
                    float v = g[i * 14 + j];
                    assertEquals(i <= 5 && j <= 6, Float.isNaN(v), "NaN at " + i + "," + j);
                    assertEquals(i >= 6 && j >= 7, v == Float.POSITIVE_INFINITY, "inf at " + i + "," + j);
                }
            }
            assertEquals(0.27506855f, g[7 * 14], 1e-6f);
            assertEquals(0.054618075f, g[11 * 14], 1e-6f);
        }
    }

    @Test
    void threeDimensionalFloat32MatchesTheDoubleDefinition() {
        // Each pass stores float32, as SciPy's does; compare with the definition pass by pass.
        int[] shape = {5, 9, 40};
        float[] x = new float[5 * 9 * 40];
        java.util.Random rnd = new java.util.Random(2);
        for (int k = 0; k < x.length; k++) {
            x[k] = rnd.nextFloat();
        }
        double[] cur = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            cur[k] = x[k];
        }
        double[] sigma = {0.7, 2.0, 1.5};
        for (int ax = 0; ax < 3; ax++) {
            double[] w = org.sciaccel.ndimage.GaussianKernel.correlationWeights(sigma[ax], 0,
                    org.sciaccel.ndimage.GaussianKernel.radius(sigma[ax], 4.0));
            cur = ReferenceCorrelate.correlate1d(cur, shape, w, ax, Mode.NEAREST, 0, 0);
            for (int k = 0; k < cur.length; k++) {
                cur[k] = (float) cur[k];
            }
        }
        try (NDArray a = NDArray.fromHost(CPU, new HostArray(DType.FLOAT32, shape, x));
                NDArray r = Ndimage.gaussianFilter(a, sigma, GaussianOptions.defaults().mode(Mode.NEAREST))) {
            float[] g = r.toFloatArray();
            for (int k = 0; k < g.length; k++) {
                assertEquals(cur[k], g[k], 1e-6, "element " + k);
            }
        }
        assertTrue(CPU.liveAllocations() >= 0);
    }
}
