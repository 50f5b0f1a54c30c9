package org.epizero.distributed;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * The Spark context EpiZero runs on: quiet logging, no web UI unless {@code spark.ui.enabled} is
 * set, the driver on loopback for local masters, and executors that load PyTorch offline from the
 * jars they are given. Any {@code spark.*} Java system property overrides these defaults (pass it
 * in {@code EPIZERO_JAVA_OPTS}).
 */
public final class SparkContexts {

    /** Java options every executor JVM starts with: DJL offline, one inter-op thread, Spark quiet. */
    static final String EXECUTOR_JAVA_OPTIONS = "-Dai.djl.offline=true -Dai.djl.pytorch.num_interop_threads=1 "
            + "-Dorg.slf4j.simpleLogger.log.org.apache.spark=warn -Dorg.slf4j.simpleLogger.log.org.sparkproject=warn "
            + "-Dorg.slf4j.simpleLogger.log.org.apache.hadoop=warn -Dorg.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader=error";

    /**
     * PyTorch intra-op threads in each task. Results are bit-identical to an in-process run with
     * the same count, so the defaults follow what this process does: self-play takes the driver's
     * own count; a measurement takes {@code spark.task.cpus}, as each of a local study's
     * side-by-side workers takes one core. On executors with more cores than a self-play task,
     * match it to {@code spark.task.cpus}.
     */
    public static final String TORCH_THREADS = "spark.epizero.torchThreads";

    private SparkContexts() {
    }

    /**
     * A context on {@code master}: {@code local[N]}, {@code local-cluster[W,C,MB]} or a cluster URL.
     *
     * @throws IllegalArgumentException under {@code spark-submit} with another {@code --master}
     */
    public static JavaSparkContext start(String master) {
        quietSparkLogging();
        SparkConf conf = new SparkConf();
        boolean submitted = conf.contains("spark.submit.deployMode");
        if (submitted && conf.contains("spark.master") && !conf.get("spark.master").equals(master)) {
            throw new IllegalArgumentException("spark-submit was given --master " + conf.get("spark.master")
                    + " but the command --spark " + master + "; give both the same master");
        }
        conf.setMaster(master);
        setDefault(conf, "spark.app.name", "epizero");
        setDefault(conf, "spark.ui.enabled", "false");
        if (master.startsWith("local")) {
            setDefault(conf, "spark.driver.host", "127.0.0.1");
            setDefault(conf, "spark.driver.bindAddress", "127.0.0.1");
            setDefault(conf, "spark.executorEnv.SPARK_LOCAL_IP", "127.0.0.1");
        }
        // Executors started on this machine (local-cluster, a standalone worker here) run the
        // driver's own class path; spark-submit ships the assembled jar to them instead.
        if (!submitted) {
            setDefault(conf, "spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        setDefault(conf, "spark.executor.extraJavaOptions", EXECUTOR_JAVA_OPTIONS);
        setDefault(conf, "spark.executorEnv.DJL_OFFLINE", "true");
        setDefault(conf, "spark.executorEnv.OPT_OUT_TRACKING", "true");
        // MKL's results independent of operand alignment and of other threads' load, as the launcher
        // and the tests set them for the driver.
        setDefault(conf, "spark.executorEnv.MKL_CBWR", System.getenv().getOrDefault("MKL_CBWR", "AUTO,STRICT"));
        setDefault(conf, "spark.executorEnv.MKL_DYNAMIC", System.getenv().getOrDefault("MKL_DYNAMIC", "FALSE"));
        JavaSparkContext context = new JavaSparkContext(conf);
        context.setLogLevel("WARN");
        return context;
    }

    private static void setDefault(SparkConf conf, String key, String value) {
        if (!conf.contains(key)) {
            conf.set(key, value);
        }
    }

    /**
     * Spark logs through the project's slf4j-simple at warnings only, unless the user set a level;
     * Hadoop's note that it falls back to its Java code (it always does here) is left out.
     */
    private static void quietSparkLogging() {
        for (String logger : new String[] {"org.apache.spark", "org.sparkproject", "org.apache.hadoop", "io.netty"}) {
            setLevelUnlessSet(logger, "warn");
        }
        setLevelUnlessSet("org.apache.hadoop.util.NativeCodeLoader", "error");
    }

    private static void setLevelUnlessSet(String logger, String level) {
        String key = "org.slf4j.simpleLogger.log." + logger;
        if (System.getProperty(key) == null) {
            System.setProperty(key, level);
        }
    }
}
