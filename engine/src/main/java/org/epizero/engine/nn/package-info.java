/**
 * The policy-value network: a residual tower in DJL ({@link org.epizero.engine.nn.PolicyValueNetwork}),
 * its checkpoints ({@link org.epizero.engine.nn.Checkpoint}), training
 * ({@link org.epizero.engine.nn.NetworkTrainer}) and batched, cached inference for search
 * ({@link org.epizero.engine.nn.InferenceService}).
 *
 * <h2>Native threads</h2>
 * libtorch sizes its thread pools once, when the DJL engine loads, from two system properties
 * (they must be set before the first DJL call; the environment variable {@code OMP_NUM_THREADS}
 * is a weaker fallback):
 * <ul>
 *   <li>{@code ai.djl.pytorch.num_threads}: intra-op threads, the ones that split one
 *       convolution across cores. Set it to the cores left for inference, not more: extra threads
 *       only contend with the search threads that feed the batches. On the two-core build machines
 *       the build uses 2: with the 4x64 net, 2 threads gave 1.5 to 1.9 times the throughput of 1
 *       at batches of 16 to 256 and the same at batch 1 ({@link org.epizero.engine.nn.ForwardBenchmark}).
 *   <li>{@code ai.djl.pytorch.num_interop_threads}: always 1. A DJL block runs its operators one
 *       after another, so inter-op parallelism has nothing to do, and the pool can only be sized
 *       before any parallel work starts.
 * </ul>
 * With one inference owner thread (as {@link org.epizero.engine.nn.InferenceService} has) the
 * intra-op count is the only knob. Two intra-op threads also keep single-position convolutions
 * on oneDNN instead of NNPACK, whose initialisation fails on virtual CPUs that hide their cache
 * sizes and then prints one warning per call; the network additionally pads single-position
 * batches to two on CPU for the same reason.
 *
 * <h2>Device</h2>
 * Networks are created on the engine's default device, which is a GPU only when the loaded
 * native library supports one; nothing here assumes a CPU.
 */
package org.epizero.engine.nn;
