package org.epizero.engine.nn;

/**
 * The JSON metadata stored next to a checkpoint's parameters: enough to rebuild the network
 * without any other configuration.
 *
 * @param formatVersion version of the checkpoint layout ({@link Checkpoint#FORMAT_VERSION})
 * @param game canonical game spec, e.g. {@code go(size=9,komi=7.5)}
 * @param network the architecture
 * @param trainingStep optimizer steps taken when the checkpoint was written
 * @param parameterCount stored parameters, BatchNorm statistics included (a consistency check)
 */
public record CheckpointDescriptor(int formatVersion, String game, NetworkConfig network, long trainingStep, long parameterCount) {
}
