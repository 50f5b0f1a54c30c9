package org.epizero.selfplay.loop;

import java.util.ServiceLoader;

/**
 * Connects to a cluster through the implementation on the class path (found with
 * {@link ServiceLoader}), so this module does not carry the cluster's dependencies.
 */
public interface SelfPlayClusters {

    /** A cluster for {@code master} (for Spark: {@code local[N]}, {@code local-cluster[...]}, {@code spark://host:port}). */
    SelfPlayCluster connect(String master);

    /** The implementation on the class path, or a clear error where there is none. */
    static SelfPlayClusters onClassPath() {
        return ServiceLoader.load(SelfPlayClusters.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "--spark needs the distributed module on the class path: scripts/epizero adds it when --spark is given"
                        + " (build it with 'mvn -B -DskipTests package')"));
    }
}
