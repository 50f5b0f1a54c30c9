package org.epizero.engine.nn;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Autograd switch. PyTorch keeps grad mode per native thread and new threads start with it on,
 * so every thread that runs inference turns it off itself; otherwise each forward pass records
 * an autograd graph.
 */
final class GradMode {

    private GradMode() {
    }

    /** Turns gradient recording off on the calling thread, for engines that record per thread. */
    static void disableOnCurrentThread(NDManager manager) {
        if ("PyTorch".equals(manager.getEngine().getEngineName())) {
            JniUtils.setGradMode(false);
        }
    }
}
