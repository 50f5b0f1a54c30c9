package org.epizero.engine.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Blocks;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;

/**
 * Builds the AlphaZero-style residual tower as DJL blocks. Input {@code [B, planes, H, W]};
 * output {@code NDList(policyLogits [B, actions], value [B, 1])}, the value already squashed by
 * tanh into {@code [-1, 1]}. Logits are raw: callers mask illegal actions before the softmax.
 */
final class PolicyValueBlocks {

    private PolicyValueBlocks() {
    }

    static Block build(NetworkConfig config, int numActions) {
        SequentialBlock net = new SequentialBlock()
                .add(conv(config.channels(), 3))
                .add(BatchNorm.builder().build())
                .add(Activation::relu);
        for (int i = 0; i < config.residualBlocks(); i++) {
            net.add(residual(config.channels()));
        }
        SequentialBlock policy = new SequentialBlock()
                .add(conv(config.policyChannels(), 1))
                .add(BatchNorm.builder().build())
                .add(Activation::relu)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(numActions).build());
        SequentialBlock value = new SequentialBlock()
                .add(conv(config.valueChannels(), 1))
                .add(BatchNorm.builder().build())
                .add(Activation::relu)
                .add(Blocks.batchFlattenBlock())
                .add(Linear.builder().setUnits(config.valueHiddenSize()).build())
                .add(Activation::relu)
                .add(Linear.builder().setUnits(1).build())
                .add(Activation::tanh);
        net.add(new ParallelBlock(
                heads -> new NDList(heads.get(0).singletonOrThrow(), heads.get(1).singletonOrThrow()),
                List.of(policy, value)));
        return net;
    }

    /** Two 3x3 conv-BN layers with an identity skip, then ReLU. */
    private static Block residual(int channels) {
        SequentialBlock body = new SequentialBlock()
                .add(conv(channels, 3))
                .add(BatchNorm.builder().build())
                .add(Activation::relu)
                .add(conv(channels, 3))
                .add(BatchNorm.builder().build());
        return new ParallelBlock(
                branches -> new NDList(Activation.relu(
                        branches.get(0).singletonOrThrow().add(branches.get(1).singletonOrThrow()))),
                List.of(body, Blocks.identityBlock()));
    }

    /** A same-padded convolution without bias (the BatchNorm that follows supplies the shift). */
    private static Block conv(int filters, int kernel) {
        return Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .setFilters(filters)
                .optBias(false)
                .build();
    }
}
