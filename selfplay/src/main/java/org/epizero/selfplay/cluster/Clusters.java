package org.epizero.selfplay.cluster;

import java.util.ServiceLoader;
import org.epizero.selfplay.epiplexity.MeasurementCluster;
import org.epizero.selfplay.loop.SelfPlayCluster;

/**
 * Connects to a cluster through the implementation on the class path (found with
 * {@link ServiceLoader}), so the core modules do not carry the cluster's dependencies. A master is
 * what the implementation understands; for Spark {@code local[N]}, {@code local-cluster[W,C,MB]}
 * or a cluster URL such as {@code spark://host:7077}.
 */
public interface Clusters {

    /** A cluster that plays self-play generations. */
    SelfPlayCluster selfPlay(String master);

    /** A cluster that runs epiplexity measurements. */
    MeasurementCluster measurements(String master);

    /** The implementation on the class path, or a clear error where there is none. */
    static Clusters onClassPath() {
        return ServiceLoader.load(Clusters.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "--spark needs the distributed module on the class path: scripts/epizero adds it when --spark is given"
                        + " (build it with 'mvn -B -DskipTests package')"));
    }
}
