package org.epizero.engine.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Clipping by the global gradient norm, shared by every trainer so that all clip alike. Done by
 * hand because DJL's own clip on PyTorch only clamps the positive side, one array at a time.
 */
public final class GradientClipping {

    private GradientClipping() {
    }

    /**
     * The current gradients of {@code parameters}, in order, as handles owned by {@code owner}:
     * closing it releases the handles, not the gradients the parameters keep, and arrays computed
     * from a handle are owned by {@code owner} too.
     */
    public static List<NDArray> gradientsOf(List<Parameter> parameters, NDManager owner) {
        List<NDArray> gradients = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            NDArray g = p.getArray().getGradient();
            g.attach(owner);
            gradients.add(g);
        }
        return gradients;
    }

    /**
     * The global norm of {@code gradients} (each array's sum of squares read as a float, summed in
     * order in double precision) and, when {@code maxNorm} is positive and the norm above it,
     * every gradient scaled in place by {@code (float) (maxNorm / norm)}. Returns the norm before
     * clipping.
     */
    public static double clipToGlobalNorm(List<NDArray> gradients, double maxNorm) {
        double squares = 0;
        for (NDArray g : gradients) {
            try (NDArray square = g.square(); NDArray sum = square.sum()) {
                squares += sum.getFloat();
            }
        }
        double norm = Math.sqrt(squares);
        if (maxNorm > 0 && norm > maxNorm) {
            float scale = (float) (maxNorm / norm);
            for (NDArray g : gradients) {
                g.muli(scale);
            }
        }
        return norm;
    }
}
