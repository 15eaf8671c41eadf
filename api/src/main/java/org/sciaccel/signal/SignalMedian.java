package org.sciaccel.signal;

import java.util.Arrays;
import org.sciaccel.DType;
import org.sciaccel.DTypeSupport;
import org.sciaccel.NDArray;
import org.sciaccel.Shapes;
import org.sciaccel.ndimage.FilterOptions;
import org.sciaccel.ndimage.Mode;
import org.sciaccel.ndimage.Ndimage;

/** {@code signal.medfilt} and {@code medfilt2d}: validation as SciPy's, then a zero-padded {@code median_filter}. */
final class SignalMedian {
    private SignalMedian() {
    }

    static NDArray medfilt(String name, NDArray input, int[] kernelSize, int requiredRank) {
        if (input == null || input.isClosed()) {
            throw new IllegalArgumentException("volume: null or closed array");
        }
        int nd = input.ndim();
        if (requiredRank > 0 && nd != requiredRank) {
            throw new IllegalArgumentException("input has " + nd + " dimensions (shape " + Shapes.toString(input.shape())
                    + "); " + name + " takes a 2-D array");
        }
        if (input.dtype() == DType.BOOL || input.dtype().isComplex()) {
            // SciPy's wording: its _order_filterND has no loop for bool or complex.
            throw new IllegalArgumentException((name.equals("medfilt2d") ? "input" : "volume")
                    + ": order_filterND not available for this type (dtype " + input.dtype() + ", " + name + ")");
        }
        DTypeSupport.require("signal." + name, name.equals("medfilt2d") ? "input" : "volume", input.dtype());
        if (kernelSize == null || (kernelSize.length != 1 && kernelSize.length != nd)) {
            throw new IllegalArgumentException("kernel_size has " + (kernelSize == null ? 0 : kernelSize.length)
                    + " values but the input has " + nd + " dimensions; give one value or one per axis");
        }
        int[] sizes = new int[nd];
        for (int a = 0; a < nd; a++) {
            sizes[a] = kernelSize.length == 1 ? kernelSize[0] : kernelSize[a];
            if (sizes[a] < 1 || sizes[a] % 2 != 1) {
                throw new IllegalArgumentException("kernel_size=" + Arrays.toString(kernelSize)
                        + ": each element must be odd and positive");
            }
        }
        return Ndimage.medianFilter(input, sizes, FilterOptions.defaults().mode(Mode.CONSTANT).cval(0.0));
    }
}
