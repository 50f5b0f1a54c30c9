package org.epizero.analysis.observer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;
import java.util.random.RandomGenerator;

/** Parameter declarations and array utilities shared by the observer's blocks. */
final class Params {

    /** Standard deviation of token and position embeddings at initialisation. */
    static final float EMBEDDING_STD = 0.02f;

    private Params() {}

    static Parameter weight(String name, Initializer init, long... shape) {
        return Parameter.builder().setName(name).setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(shape)).optInitializer(init).build();
    }

    static Parameter gain(String name, long size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.GAMMA)
                .optShape(new Shape(size)).optInitializer(Initializer.ONES).build();
    }

    static Parameter bias(String name, long size) {
        return Parameter.builder().setName(name).setType(Parameter.Type.BETA)
                .optShape(new Shape(size)).optInitializer(Initializer.ZEROS).build();
    }

    /** Weights of a linear map with {@code fanIn} inputs: unit-variance outputs at init. */
    static Initializer fanIn(long fanIn, RandomGenerator random) {
        return normal(1.0 / Math.sqrt(fanIn), random);
    }

    static Initializer embedding(RandomGenerator random) {
        return normal(EMBEDDING_STD, random);
    }

    /**
     * Embeddings of which {@code summed} are added up at every position: their sum starts with
     * the spread of one token embedding, so a board of many cells does not drown the token.
     */
    static Initializer summedEmbedding(RandomGenerator random, int summed) {
        return normal(EMBEDDING_STD / Math.sqrt(summed), random);
    }

    /**
     * Normal values drawn from the observer's own generator, not the engine's: the engine's is one
     * per process, so observers trained side by side would otherwise take each other's draws.
     */
    private static Initializer normal(double std, RandomGenerator random) {
        return (manager, shape, dataType) -> {
            float[] values = new float[Math.toIntExact(shape.size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (std * random.nextGaussian());
            }
            return manager.create(values, shape).toType(dataType, false);
        };
    }

    /**
     * Moves an array derived from long-lived arrays alone (a parameter's transpose, cached keys
     * extended by new ones) to the step's manager: results attach to their first operand's manager,
     * and a parameter's or a cache's manager lives as long as the model or the cache, so leaving it
     * there would leak one array per step.
     */
    static NDArray scoped(NDArray derived, NDManager stepManager) {
        derived.attach(stepManager);
        return derived;
    }
}
