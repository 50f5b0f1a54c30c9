package org.epizero.distributed;

import org.epizero.selfplay.cluster.Clusters;
import org.epizero.selfplay.epiplexity.MeasurementCluster;
import org.epizero.selfplay.loop.SelfPlayCluster;

/** The Spark implementation of {@link Clusters}, found by {@link java.util.ServiceLoader}. */
public final class SparkClusters implements Clusters {

    @Override
    public SelfPlayCluster selfPlay(String master) {
        return new SparkSelfPlayCluster(SparkContexts.start(master));
    }

    @Override
    public MeasurementCluster measurements(String master) {
        return new SparkMeasurementCluster(SparkContexts.start(master));
    }
}
