package org.epizero.selfplay.epiplexity;

/**
 * Runs measurements on other machines (the distributed module's Spark cluster): each corpus is
 * shipped once, each measurement runs as a task, and the results must equal those that
 * {@link Measurement#run} gives here for the same PyTorch thread count.
 */
public interface MeasurementCluster extends MeasurementRunner, AutoCloseable {

    @Override
    void close();
}
