package org.epizero.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class NativeThreadsTest {

    @Test
    void aThreadCountSetBeforeStartUpIsKept() {
        // Surefire sets the property, as the launcher's users may; the choice must not override it.
        String set = System.getProperty(NativeThreads.PROPERTY);
        assumeTrue(set != null, "the build sets " + NativeThreads.PROPERTY);
        assertEquals(Integer.parseInt(set), NativeThreads.chooseAtStartUp());
        assertEquals(set, System.getProperty(NativeThreads.PROPERTY));
    }

    @Test
    void busyCoresCountOtherProcessesNotThisOne() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "needs Linux's /proc/stat");
        double before = NativeThreads.busyCores().orElseThrow();
        int cores = Runtime.getRuntime().availableProcessors();
        assumeTrue(before < cores - 1.2, "needs a core that other processes leave idle (" + before + " of " + cores + " busy)");
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += System.nanoTime() & 1;
            }
            if (x == 42) {
                System.out.print("");
            }
        });
        spinner.start();
        double ownSpin;
        try {
            Thread.sleep(50);
            ownSpin = NativeThreads.busyCores().orElseThrow();
        } finally {
            stop.set(true);
            spinner.join();
        }
        Process other = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        double otherSpin;
        try {
            Thread.sleep(100);
            otherSpin = NativeThreads.busyCores().orElseThrow();
        } finally {
            other.destroyForcibly().waitFor();
        }
        OptionalDouble after = NativeThreads.busyCores();
        assertTrue(ownSpin < before + 0.5, "a core this process keeps busy is not counted: " + before + " then " + ownSpin);
        assertTrue(otherSpin > Math.min(before, after.orElseThrow()) + 0.5,
                "a core another process keeps busy is counted: " + before + ", " + otherSpin + ", " + after);
    }
}
