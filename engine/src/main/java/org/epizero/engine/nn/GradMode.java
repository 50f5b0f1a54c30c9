package org.epizero.engine.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Autograd switch. PyTorch keeps grad mode per native thread and new threads start with it on,
 * so every thread that runs inference turns it off itself; otherwise each forward pass records
 * an autograd graph. Training that takes its gradients outside DJL's gradient collector (which
 * admits one collecting thread per process) turns it on around the forward and backward pass.
 */
public final class GradMode {

    private GradMode() {
    }

    /** Turns gradient recording off on the calling thread, for engines that record per thread. */
    public static void disableOnCurrentThread(NDManager manager) {
        set(manager, false);
    }

    /** Turns gradient recording on for the calling thread, for engines that record per thread. */
    public static void enableOnCurrentThread(NDManager manager) {
        set(manager, true);
    }

    private static void set(NDManager manager, boolean enabled) {
        if ("PyTorch".equals(manager.getEngine().getEngineName())) {
            JniUtils.setGradMode(enabled);
        }
    }
}
