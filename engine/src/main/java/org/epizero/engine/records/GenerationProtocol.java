package org.epizero.engine.records;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How the moves of a record were chosen, stored beside every game so that corpora compared with
 * each other state their protocol. Fields that do not apply to a generator are null.
 *
 * @param generator {@code uniform-random}, {@code self-play}, {@code evaluation}, ...
 * @param simulations search simulations per move
 * @param temperature temperature of the move choice from the visit distribution
 * @param temperatureMoves number of opening moves played at {@code temperature} (later moves greedy)
 * @param noiseWeight weight of the root Dirichlet noise
 * @param noiseAlpha Dirichlet alpha of the root noise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GenerationProtocol(
        String generator,
        Integer simulations,
        Double temperature,
        Integer temperatureMoves,
        Double noiseWeight,
        Double noiseAlpha) {

    /** The bare-rules protocol: every move uniform among the legal ones. */
    public static GenerationProtocol uniformRandom() {
        return new GenerationProtocol("uniform-random", null, null, null, null, null);
    }
}
