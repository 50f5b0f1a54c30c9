package org.epizero.engine.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * The PyTorch intra-op thread count at run time (see the package documentation for the start-up
 * properties). The setting is process-wide: it applies to every network and thread.
 */
public final class NativeThreads {

    private NativeThreads() {
    }

    /** Sets the number of threads one operator may use; a no-op for engines other than PyTorch. */
    public static void setIntraOpThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        if (isPyTorch()) {
            JniUtils.setNumThreads(threads);
        }
    }

    /** The current intra-op thread count, or -1 for engines other than PyTorch. */
    public static int intraOpThreads() {
        return isPyTorch() ? JniUtils.getNumThreads() : -1;
    }

    private static boolean isPyTorch() {
        return "PyTorch".equals(Engine.getInstance().getEngineName());
    }
}
