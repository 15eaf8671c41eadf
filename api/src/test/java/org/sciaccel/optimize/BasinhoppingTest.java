package org.sciaccel.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * basinhopping's Java-only arguments (accept_test, callback) against SciPy 1.10.1 given the same
 * Python functions (the expected numbers are SciPy's, printed with repr); the CLI forms are in the
 * golden cases of conformance/golden/optimize_global.
 */
class BasinhoppingTest {
    private static final Objective LECTURE = Objective.of(x -> x[0] * x[0] + 10 * Math.sin(x[0]));

    private static BasinhoppingOptions seeded() {
        return BasinhoppingOptions.options().niter(10).seed(1)
                .minimizer(MinimizeOptions.options().method("Nelder-Mead"));
    }

    @Test
    void rejectingAcceptTestStillDrawsMetropolisNumbers() {
        // accept_test=lambda **k: False: every step is rejected, yet Metropolis draws each time, so the
        // displacements (and with them nfev) are SciPy's only when the draws are made in its order
        OptimizeResult r = Optimize.basinhopping(LECTURE, new double[] {4.0},
                seeded().acceptTest((fNew, xNew, fOld, xOld) -> BasinhoppingOptions.Verdict.REJECT));
        assertEquals(3.8374999999999995, r.x()[0], 0.0);
        assertEquals(8.315585584027549, r.fun(), 0.0);
        assertEquals(282, r.nfev());
        assertEquals(10, r.nit());
        assertEquals(Basinhopping.DONE, r.message());
    }

    @Test
    void forcedAcceptanceSkipsMetropolis() {
        // 'force accept' for every uphill step, True otherwise, at a temperature that would refuse them
        OptimizeResult r = Optimize.basinhopping(LECTURE, new double[] {4.0}, seeded().temperature(1e-9)
                .acceptTest((fNew, xNew, fOld, xOld) -> fNew > fOld ? BasinhoppingOptions.Verdict.FORCE_ACCEPT
                        : BasinhoppingOptions.Verdict.ACCEPT));
        assertEquals(3.837460824362851, r.x()[0], 0.0);
        assertEquals(8.315585579643422, r.fun(), 0.0);
        assertEquals(284, r.nfev());
    }

    @Test
    void callbackStopsEarly() {
        List<Boolean> calls = new ArrayList<>();
        OptimizeResult r = Optimize.basinhopping(LECTURE, new double[] {4.0}, seeded().callback((x, f, accept) -> {
            calls.add(accept);
            return calls.size() == 4;  // the first call (after the first minimisation) cannot stop it
        }));
        assertEquals(List.of(true, true, true, true), calls);
        assertEquals(3, r.nit());
        assertEquals(104, r.nfev());
        assertEquals(3.8374771417693667, r.x()[0], 0.0);
        assertEquals(Basinhopping.CALLBACK_STOP, r.message());
        assertTrue(r.has("lowest_optimization_result"));
    }

    @Test
    void refusals() {
        assertThrows(IllegalArgumentException.class, () -> Optimize.basinhopping(LECTURE, new double[] {1},
                seeded().acceptTest((a, b, c, d) -> null)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Optimize.basinhopping(LECTURE, new double[] {1}, seeded().niter(-1)));
        assertTrue(e.getMessage().startsWith("niter"), e.getMessage());
    }
}
