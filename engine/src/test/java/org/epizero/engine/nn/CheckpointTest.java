package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointTest {

    private static final ColumnDropGame GAME = new ColumnDropGame(4, 5);

    @Test
    void roundTripGivesIdenticalOutputsAndDescriptor(@TempDir Path root) throws IOException {
        Engine.getInstance().setRandomSeed(21);
        NetworkConfig config = new NetworkConfig(2, 8, 2, 1, 16);
        List<State> states = Positions.random(GAME, 30, 5);
        Path dir = root.resolve("checkpoints").resolve("step-17");
        Predictions before;
        long count;
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, config)) {
            trainBriefly(net, states);
            before = PolicyValueNetworkTest.forwardAll(net, states);
            count = net.parameterCount();
            Checkpoint.save(net, 17, dir);
        }
        CheckpointDescriptor d = Checkpoint.readDescriptor(dir);
        assertEquals(new CheckpointDescriptor(Checkpoint.FORMAT_VERSION, "columndrop(rows=4,cols=5)", config, 17, count), d);
        Engine.getInstance().setRandomSeed(99);
        try (PolicyValueNetwork loaded = Checkpoint.load(dir, GAME)) {
            assertEquals(config, loaded.config());
            Predictions after = PolicyValueNetworkTest.forwardAll(loaded, states);
            assertArrayEquals(before.priors(), after.priors());
            assertArrayEquals(before.values(), after.values());
        }
        try (Stream<Path> siblings = Files.list(dir.getParent())) {
            assertEquals(List.of(dir), siblings.toList(), "no temporary directory left behind");
        }
    }

    @Test
    void savingAgainReplacesTheCheckpoint(@TempDir Path root) {
        Path dir = root.resolve("latest");
        List<State> states = Positions.random(GAME, 10, 6);
        Engine.getInstance().setRandomSeed(1);
        try (PolicyValueNetwork first = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 4))) {
            Checkpoint.save(first, 1, dir);
        }
        Engine.getInstance().setRandomSeed(2);
        Predictions second;
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 4))) {
            second = PolicyValueNetworkTest.forwardAll(net, states);
            Checkpoint.save(net, 2, dir);
        }
        assertEquals(2, Checkpoint.readDescriptor(dir).trainingStep());
        try (PolicyValueNetwork loaded = Checkpoint.load(dir, GAME)) {
            assertArrayEquals(second.values(), PolicyValueNetworkTest.forwardAll(loaded, states).values());
        }
    }

    @Test
    void aReplacementCutBetweenItsRenamesIsRepaired(@TempDir Path root) throws IOException {
        List<State> states = Positions.random(GAME, 10, 6);
        Engine.getInstance().setRandomSeed(3);
        Predictions saved;
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 4))) {
            saved = PolicyValueNetworkTest.forwardAll(net, states);
            Checkpoint.save(net, 5, root.resolve("step-5"));
            Checkpoint.save(net, 6, root.resolve("step-6"));
        }
        // What a kill inside save leaves: step-5 moved aside with its new copy not yet in place,
        // step-6's old copy not yet deleted after its replacement landed, and a write in progress.
        Files.move(root.resolve("step-5"), root.resolve(".step-5.old-123"));
        Files.createDirectories(root.resolve(".step-5.tmp-456"));
        Files.write(root.resolve(".step-5.tmp-456").resolve(Checkpoint.PARAMETERS_FILE), new byte[] {1, 2});
        copyTree(root.resolve("step-6"), root.resolve(".step-6.old-789"));

        List<String> repairs = Checkpoint.recoverInterrupted(root);

        assertEquals(3, repairs.size(), repairs.toString());
        try (Stream<Path> entries = Files.list(root)) {
            assertEquals(List.of("step-5", "step-6"), entries.map(p -> p.getFileName().toString()).sorted().toList());
        }
        try (PolicyValueNetwork restored = Checkpoint.load(root.resolve("step-5"), GAME)) {
            assertEquals(5, Checkpoint.readDescriptor(root.resolve("step-5")).trainingStep());
            assertArrayEquals(saved.values(), PolicyValueNetworkTest.forwardAll(restored, states).values(), "the old copy is back");
        }
        assertTrue(Checkpoint.recoverInterrupted(root).isEmpty(), "nothing left to repair");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void loadingForAnotherGameFails(@TempDir Path root) {
        Path dir = root.resolve("c");
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(0, 4))) {
            Checkpoint.save(net, 0, dir);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(dir, new ColumnDropGame(5, 5)));
        assertEquals(true, e.getMessage().contains("columndrop(rows=4,cols=5)"), e.getMessage());
    }

    @Test
    void aDescriptorThatDoesNotMatchItsParametersIsRefused(@TempDir Path root) throws IOException {
        Path dir = root.resolve("c");
        try (PolicyValueNetwork net = PolicyValueNetwork.create(GAME, NetworkConfig.of(1, 4))) {
            Checkpoint.save(net, 0, dir);
        }
        Path descriptor = dir.resolve(Checkpoint.DESCRIPTOR_FILE);
        String honest = Files.readString(descriptor);
        String wider = honest.replaceFirst("\"channels\" ?: ?4", "\"channels\":8");
        assertFalse(wider.equals(honest), "the descriptor names its channels");
        Files.writeString(descriptor, wider);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(dir, GAME));
        assertTrue(e.getMessage().contains("has shape"), e.getMessage());
        Files.writeString(descriptor, honest);
        Files.write(dir.resolve(Checkpoint.PARAMETERS_FILE), new byte[0]);
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> Checkpoint.load(dir, GAME));
        assertTrue(empty.getMessage().contains("they end early (0 bytes)"), empty.getMessage());
    }

    /** A few steps so that BatchNorm running statistics differ from their initial values. */
    private static void trainBriefly(PolicyValueNetwork net, List<State> states) {
        float[] uniform = new float[GAME.numDistinctActions()];
        java.util.Arrays.fill(uniform, 1f / uniform.length);
        List<TrainingSample> samples = states.stream()
                .filter(s -> allLegal(s))
                .map(s -> TrainingSample.of(s, uniform, 0.5f)).toList();
        try (NetworkTrainer trainer = new NetworkTrainer(net, TrainerConfig.DEFAULT)) {
            for (int i = 0; i < 3; i++) {
                trainer.step(samples);
            }
        }
    }

    private static boolean allLegal(State s) {
        for (int a = 0; a < GAME.numDistinctActions(); a++) {
            if (!s.isLegal(a)) {
                return false;
            }
        }
        return true;
    }
}
