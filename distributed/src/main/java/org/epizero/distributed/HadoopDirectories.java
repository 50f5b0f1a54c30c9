package org.epizero.distributed;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.epizero.selfplay.run.WorkingCopy;

/**
 * Directories on any file system Hadoop's FileSystem API reaches ({@code hdfs://}, {@code s3a://}
 * with the user's connector jars, ...), found by {@link java.util.ServiceLoader}. The Hadoop
 * configuration is the one on the class path ({@code core-site.xml}) plus every
 * {@code spark.hadoop.*} Java system property, without its prefix, as Spark itself reads them.
 */
public final class HadoopDirectories implements WorkingCopy.RemoteDirectories {

    private static final String SPARK_PREFIX = "spark.hadoop.";

    @Override
    public WorkingCopy writable(URI location, String purpose) throws IOException {
        return HadoopWorkingCopy.writable(location, purpose, configuration());
    }

    @Override
    public WorkingCopy snapshot(URI location) throws IOException {
        return HadoopWorkingCopy.snapshot(location, configuration());
    }

    private static Configuration configuration() {
        Configuration conf = new Configuration();
        for (Map.Entry<Object, Object> e : System.getProperties().entrySet()) {
            String key = e.getKey().toString();
            if (key.startsWith(SPARK_PREFIX)) {
                conf.set(key.substring(SPARK_PREFIX.length()), e.getValue().toString());
            }
        }
        return conf;
    }
}
