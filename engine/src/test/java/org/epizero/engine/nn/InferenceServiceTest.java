package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.engine.Engine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.epizero.engine.eval.Evaluation;
import org.epizero.engine.game.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InferenceServiceTest {

    private static final ColumnDropGame GAME = new ColumnDropGame(4, 5);
    private static final NetworkConfig SMALL = new NetworkConfig(2, 8, 2, 1, 16);
    private static final float TOLERANCE = 1e-5f;

    @ParameterizedTest(name = "cache capacity {0}")
    @ValueSource(ints = {0, 1000})
    void manySubmittingThreadsGetTheSameResultsAsDirectForwardPasses(int cacheCapacity) throws Exception {
        Engine.getInstance().setRandomSeed(41);
        List<State> states = Positions.random(GAME, 400, 21);
        PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
        List<Evaluation> direct = directOneByOne(net, states);
        InferenceConfig config = new InferenceConfig(32, Duration.ofMillis(2), cacheCapacity);
        try (InferenceService service = new InferenceService(net, config)) {
            int threads = 16;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int first = t;
                    done.add(pool.submit(() -> {
                        for (int round = 0; round < 2; round++) {
                            for (int i = first; i < states.size(); i += threads) {
                                // A one-game search asks with a list of one state: it must batch like a single request.
                                Evaluation e = round == 0 ? service.evaluate(List.of(states.get(i))).get(0)
                                        : service.evaluate(states.get(i));
                                assertClose(direct.get(i), e, "state", Integer.toString(i));
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            InferenceStats stats = service.stats();
            assertEquals(2L * states.size(), stats.requests());
            if (cacheCapacity == 0) {
                assertEquals(0, stats.cacheHits());
            } else {
                assertTrue(stats.cacheHits() >= states.size(), "second round comes from the cache: " + stats);
            }
            assertTrue(stats.meanBatchSize() > 2, "16 concurrent callers should share forward passes: " + stats);
            assertTrue(stats.meanBatchSize() <= config.maxBatchSize());
            assertEquals(stats.positionsForwarded() / (double) stats.forwardPasses(), stats.meanBatchSize(), 1e-9);
        }
    }

    @Test
    void synchronousBatchesAndTheCacheGiveTheSameResults() {
        Engine.getInstance().setRandomSeed(42);
        List<State> states = Positions.random(GAME, 200, 22);
        PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
        List<Evaluation> direct = directOneByOne(net, states);
        long distinct = states.stream().mapToLong(State::hash).distinct().count();
        try (InferenceService service = new InferenceService(net, InferenceConfig.DEFAULT.withMaxBatchSize(states.size()))) {
            List<Evaluation> first = service.evaluate(states);
            InferenceStats afterFirst = service.stats();
            assertEquals(1, afterFirst.forwardPasses(), "one lockstep batch is one forward pass");
            assertEquals(distinct, afterFirst.positionsForwarded(), "duplicates are evaluated once");
            List<Evaluation> second = service.evaluate(states);
            List<CompletableFuture<Evaluation>> third = new ArrayList<>();
            for (State s : states) {
                third.add(service.submit(s));
            }
            for (int i = 0; i < states.size(); i++) {
                assertClose(direct.get(i), first.get(i));
                assertClose(direct.get(i), second.get(i));
                assertClose(direct.get(i), third.get(i).join());
            }
            InferenceStats stats = service.stats();
            assertEquals(3L * states.size(), stats.requests());
            assertEquals(2L * states.size(), stats.cacheHits(), "duplicates inside a batch are not cache hits");
            assertEquals(1, stats.forwardPasses(), "everything after the first batch came from the cache");
            first.get(0).priors()[0] = 42f;
            assertClose(direct.get(0), service.evaluate(states.get(0)), "callers cannot corrupt cached entries");
        }
    }

    @Test
    void aLockstepBatchLargerThanTheMaximumIsSplit() {
        Engine.getInstance().setRandomSeed(44);
        List<State> states = Positions.random(GAME, 200, 24);
        PolicyValueNetwork net = PolicyValueNetwork.create(GAME, SMALL);
        List<Evaluation> direct = directOneByOne(net, states);
        long distinct = states.stream().mapToLong(State::hash).distinct().count();
        InferenceConfig config = new InferenceConfig(32, Duration.ofMillis(2), 0);
        try (InferenceService service = new InferenceService(net, config)) {
            List<Evaluation> results = service.evaluate(states);
            for (int i = 0; i < states.size(); i++) {
                assertClose(direct.get(i), results.get(i), "state", Integer.toString(i));
            }
            InferenceStats stats = service.stats();
            assertEquals((distinct + 31) / 32, stats.forwardPasses(), "forward passes of at most 32 positions");
            assertEquals(distinct, stats.positionsForwarded());
        }
    }

    @Test
    void loadedParametersReplaceTheOldOnesAndEmptyTheCache() {
        List<State> states = Positions.random(GAME, 50, 23);
        Engine.getInstance().setRandomSeed(43);
        PolicyValueNetwork served = PolicyValueNetwork.create(GAME, SMALL);
        Engine.getInstance().setRandomSeed(44);
        List<Evaluation> expected;
        byte[] replacement;
        try (PolicyValueNetwork other = PolicyValueNetwork.create(GAME, SMALL)) {
            expected = other.evaluate(states);
            replacement = other.parameters();
        }
        try (InferenceService service = new InferenceService(served, InferenceConfig.DEFAULT)) {
            List<Evaluation> before = service.evaluate(states);
            assertTrue(Math.abs(before.get(0).value() - expected.get(0).value()) > 1e-4
                    || !java.util.Arrays.equals(before.get(0).priors(), expected.get(0).priors()), "the two nets must differ");
            service.loadParameters(replacement).join();
            List<Evaluation> after = service.evaluate(states);
            for (int i = 0; i < states.size(); i++) {
                assertClose(expected.get(i), after.get(i));
            }
        }
    }

    @Test
    void closedServiceRejectsWork() {
        InferenceService service = new InferenceService(PolicyValueNetwork.create(GAME, NetworkConfig.of(0, 4)), InferenceConfig.DEFAULT);
        service.close();
        State s = GAME.newInitialState();
        assertThrows(IllegalStateException.class, () -> service.submit(s));
        assertThrows(IllegalStateException.class, () -> service.evaluate(List.of(s)));
    }

    @Test
    void nativeMemoryStaysFlatOverALongRun() throws IOException {
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "no /proc/self/status here: memory growth not measured");
        Engine.getInstance().setRandomSeed(45);
        List<State> states = Positions.random(GAME, 256, 24);
        byte[] alternative;
        try (PolicyValueNetwork other = PolicyValueNetwork.create(GAME, SMALL)) {
            alternative = other.parameters();
        }
        try (InferenceService service = new InferenceService(PolicyValueNetwork.create(GAME, SMALL),
                InferenceConfig.DEFAULT.withCacheCapacity(0))) {
            runBatches(service, states, 100, alternative);
            long warm = nativeResidentKb(status);
            int batches = runBatches(service, states, 400, alternative);
            long end = nativeResidentKb(status);
            long evaluations = (long) batches * 65;
            System.out.printf("resident memory outside the heap: %d kB after warm-up, %d kB after %d more evaluations%n", warm, end, evaluations);
            assertTrue(evaluations >= 25_000, "the loop is long enough: " + evaluations);
            assertTrue(end - warm < 100 * 1024, "resident memory outside the heap grew from " + warm + " kB to " + end + " kB over "
                    + evaluations + " evaluations");
        }
    }

    /** Lockstep batches of 64 plus single submissions, reloading parameters every 50 batches. */
    private static int runBatches(InferenceService service, List<State> states, int batches, byte[] parameters) {
        for (int b = 0; b < batches; b++) {
            int from = (b * 64) % (states.size() - 64);
            service.evaluate(states.subList(from, from + 64));
            service.evaluate(states.get(b % states.size()));
            if (b % 50 == 49) {
                service.loadParameters(parameters).join();
            }
        }
        return batches;
    }

    /**
     * Resident memory outside the Java heap: the JVM keeps garbage resident until it collects,
     * which would hide or fake a native trend.
     */
    private static long nativeResidentKb(Path status) throws IOException {
        System.gc();
        long heapKb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024;
        return residentKb(status) - heapKb;
    }

    private static long residentKb(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS line in " + status);
    }

    /** Evaluations computed with one forward pass per position, on the test thread. */
    private static List<Evaluation> directOneByOne(PolicyValueNetwork net, List<State> states) {
        List<Evaluation> out = new ArrayList<>();
        for (State s : states) {
            out.add(net.evaluate(List.of(s)).get(0));
        }
        return out;
    }

    private static void assertClose(Evaluation expected, Evaluation actual, String... message) {
        String what = String.join(" ", message);
        assertArrayEquals(expected.priors(), actual.priors(), TOLERANCE, what);
        assertEquals(expected.value(), actual.value(), TOLERANCE, what);
    }
}
