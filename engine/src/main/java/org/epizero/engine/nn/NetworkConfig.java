package org.epizero.engine.nn;

/**
 * Shape of the residual policy-value network. Immutable; {@link #DEFAULT} is a small net that
 * trains on two CPU cores (4 residual blocks of 64 channels, about 0.3 M parameters on a
 * connect-four board).
 *
 * @param residualBlocks number of residual blocks after the stem (0 allowed: stem and heads only)
 * @param channels filters of the stem and of every residual convolution
 * @param policyChannels filters of the 1x1 convolution that opens the policy head (AlphaZero: 2)
 * @param valueChannels filters of the 1x1 convolution that opens the value head (AlphaZero: 1)
 * @param valueHiddenSize units of the hidden fully connected layer of the value head
 */
public record NetworkConfig(int residualBlocks, int channels, int policyChannels, int valueChannels, int valueHiddenSize) {

    /** 4 blocks x 64 channels, policy head 2 planes, value head 1 plane and 64 hidden units. */
    public static final NetworkConfig DEFAULT = new NetworkConfig(4, 64, 2, 1, 64);

    public NetworkConfig {
        if (residualBlocks < 0) {
            throw new IllegalArgumentException("residualBlocks must be >= 0, got " + residualBlocks);
        }
        requirePositive(channels, "channels");
        requirePositive(policyChannels, "policyChannels");
        requirePositive(valueChannels, "valueChannels");
        requirePositive(valueHiddenSize, "valueHiddenSize");
    }

    /** A net of {@code residualBlocks} blocks of {@code channels} filters with default heads. */
    public static NetworkConfig of(int residualBlocks, int channels) {
        return new NetworkConfig(residualBlocks, channels, DEFAULT.policyChannels, DEFAULT.valueChannels, DEFAULT.valueHiddenSize);
    }

    private static void requirePositive(int v, String name) {
        if (v < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + v);
        }
    }
}
