package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ScalarsTest {

    /** d/dx of sum(f(x, c)), with the collector run and freed native memory overwritten before the backward pass. */
    private static float[] gradientAfterCollection(BiFunction<NDArray, Float, NDArray> f, float c) {
        try (NDManager m = NDManager.newBaseManager();
                GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray x = m.create(new float[] {1f, 2f, 3f, 4f});
            x.setRequiresGradient(true);
            NDArray y = f.apply(x, c).sum();
            for (int round = 0; round < 5; round++) {
                System.gc();
                for (int i = 0; i < 1024; i++) {
                    ByteBuffer.allocateDirect(4).order(ByteOrder.nativeOrder()).putFloat(0, 1e6f);
                }
            }
            collector.backward(y);
            return x.getGradient().toFloatArray();
        }
    }

    @Test
    void productsDifferentiateToTheFactorAfterTheCollectorRan() {
        for (int trial = 0; trial < 20; trial++) {
            assertArrayEquals(new float[] {2.5f, 2.5f, 2.5f, 2.5f}, gradientAfterCollection(Scalars::multiply, 2.5f));
        }
    }

    @Test
    void quotientsDifferentiateToTheReciprocalAfterTheCollectorRan() {
        for (int trial = 0; trial < 20; trial++) {
            assertArrayEquals(new float[] {0.25f, 0.25f, 0.25f, 0.25f}, gradientAfterCollection(Scalars::divide, 4f));
        }
    }
}
