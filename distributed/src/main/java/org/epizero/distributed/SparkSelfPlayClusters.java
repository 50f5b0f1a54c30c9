package org.epizero.distributed;

import org.epizero.selfplay.loop.SelfPlayCluster;
import org.epizero.selfplay.loop.SelfPlayClusters;

/** The Spark implementation of {@link SelfPlayClusters}, found by {@link java.util.ServiceLoader}. */
public final class SparkSelfPlayClusters implements SelfPlayClusters {

    @Override
    public SelfPlayCluster connect(String master) {
        return new SparkSelfPlayCluster(SparkContexts.start(master));
    }
}
