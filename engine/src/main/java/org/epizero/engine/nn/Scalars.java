package org.epizero.engine.nn;

import ai.djl.ndarray.NDArray;

/**
 * Products and quotients of an array and a number that stay correct under backpropagation.
 *
 * <p>DJL's {@code mul(Number)} and {@code div(Number)} wrap the number in an array whose data is a
 * direct buffer held by the Java object, and close that array as soon as the operation returns.
 * Autograd keeps the number's tensor for the backward pass, but the buffer behind it is freed
 * whenever the garbage collector gets to it, so a later backward could read memory reused by
 * something else: gradients, and every trained network, then depended on the collector's timing.
 * Here the number's array belongs to the operand's manager and lives until that manager closes,
 * which for a training step is after its backward pass.
 */
public final class Scalars {

    private Scalars() {}

    /** {@code array * factor}, safe to differentiate while {@code array}'s manager is open. */
    public static NDArray multiply(NDArray array, float factor) {
        return array.mul(array.getManager().create(factor));
    }

    /** {@code array / divisor}, safe to differentiate while {@code array}'s manager is open. */
    public static NDArray divide(NDArray array, float divisor) {
        return array.div(array.getManager().create(divisor));
    }
}
