package org.epizero.selfplay.config;

/**
 * The rhythm of the loop: each generation plays its games, then trains on a window of recent
 * generations.
 *
 * @param generations generations to run in total (a resumed run continues up to this number)
 * @param stepsPerGeneration optimiser steps after each generation's games
 * @param batchSize samples per optimiser step
 * @param windowGenerations training samples come from this many most recent generations
 */
public record TrainingSchedule(int generations, int stepsPerGeneration, int batchSize, int windowGenerations) {

    public TrainingSchedule {
        if (generations < 1 || stepsPerGeneration < 1 || batchSize < 1 || windowGenerations < 1) {
            throw new IllegalArgumentException("generations, stepsPerGeneration, batchSize and windowGenerations must be >= 1");
        }
    }
}
