package org.newsnlp.options;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Settings that a run on Flink or Spark needs and that the command line leaves out, so that the
 * commands in the README work as typed. Each one applies only where its reason holds, and none
 * replaces a value the user gave.
 */
public final class RunnerSettings {
  /** The address of this machine that no other machine can reach. */
  static final String LOOPBACK = "127.0.0.1";

  /** A class of Flink's that every Flink job refers to. */
  static final String FLINK_CLASS = "org/apache/flink/api/common/ExecutionConfig.class";

  private RunnerSettings() {}

  /**
   * A local path made absolute against this process's working folder; a URL ({@code gs://…}) as it
   * is. On a cluster, the workers read and write the paths of the job: a relative one would mean
   * their own working folder (a Spark executor's is a folder of the worker's), and the job would
   * read nothing there or write where nobody looks. Beam already reports matched files by their
   * absolute paths, so the tables are the same either way.
   */
  public static String absolute(String path) {
    if (path == null || path.contains("://")) {
      return path;
    }
    return new File(path).isAbsolute() ? path : new File(path).getAbsolutePath();
  }

  /**
   * The Spark settings that keep a driver on 127.0.0.1 when its master is on this machine too
   * ({@code local[N]}, or {@code spark://} on 127.0.0.1 or localhost, from {@code --sparkMaster} or
   * from spark-submit's {@code spark.master}): its RPC server on the loopback address instead of
   * the address the host name resolves to or the first network interface, and no web UI, which
   * Spark would open on every interface (only {@code SPARK_LOCAL_IP} moves it; the master's web UI
   * lists the application all the same). Nothing when the runner is not Spark, when {@code
   * SPARK_LOCAL_IP} is set, or for a setting the JVM's system properties already hold. Spark reads
   * these system properties when the runner creates its context.
   *
   * @param options the run's options by name, as {@link JobFile#options} gives them
   */
  public static Map<String, String> sparkDriverOnLoopback(
      Map<String, String> options, Properties system, Map<String, String> env) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (!isRunner(options, "SparkRunner") || env.containsKey("SPARK_LOCAL_IP")) {
      return settings;
    }
    // spark-submit passes its --master as this property, which wins in Beam's runner; Beam's own
    // default is local[4].
    String master =
        system.getProperty("spark.master", options.getOrDefault("sparkMaster", "local[4]"));
    boolean loopback =
        master.startsWith("local")
            || master.startsWith("spark://127.0.0.1:")
            || master.startsWith("spark://localhost:");
    if (!loopback) {
      return settings;
    }
    for (Map.Entry<String, String> setting :
        Map.of(
                "spark.driver.host", LOOPBACK,
                "spark.driver.bindAddress", LOOPBACK,
                "spark.ui.enabled", "false")
            .entrySet()) {
      if (!system.containsKey(setting.getKey())) {
        settings.put(setting.getKey(), setting.getValue());
      }
    }
    return settings;
  }

  /**
   * A Flink configuration folder for Flink's embedded cluster when the job runs in a class loader
   * the JVM's system class loader cannot see into, as {@code mvn exec:java} runs it inside Maven's
   * JVM: the embedded JobManager reads a job that carries no jars with the system class loader, and
   * fails with {@code ClassNotFoundException: org.apache.flink.api.common.ExecutionConfig}. A
   * configuration that names a class path makes it build a class loader of its own, whose parent,
   * asked first, is the one that loaded Flink and the job. Empty unless the runner is Flink on an
   * embedded cluster ({@code --flinkMaster} unset, {@code [auto]} or {@code [local]}) with no
   * configuration of the user's ({@code --flinkConfDir}, {@code FLINK_CONF_DIR}), and the job's
   * class loader sees Flink where the system class loader does not.
   *
   * @param options the run's options by name, as {@link JobFile#options} gives them
   * @return a new temporary folder holding the configuration, removed when the JVM exits, to be
   *     given as {@code --flinkConfDir}
   */
  public static Optional<Path> flinkConfigurationForOwnClassLoader(
      Map<String, String> options, Map<String, String> env, ClassLoader job, ClassLoader system)
      throws IOException {
    String master = options.getOrDefault("flinkMaster", "[auto]");
    boolean needed =
        isRunner(options, "FlinkRunner")
            && (master.equals("[auto]") || master.equals("[local]"))
            && !options.containsKey("flinkConfDir")
            && !env.containsKey("FLINK_CONF_DIR")
            && job.getResource(FLINK_CLASS) != null
            && system.getResource(FLINK_CLASS) == null;
    if (!needed) {
      return Optional.empty();
    }
    URL code = RunnerSettings.class.getProtectionDomain().getCodeSource().getLocation();
    Path folder = Files.createTempDirectory("newsnlp-flink-conf");
    Path config = folder.resolve("config.yaml");
    Files.writeString(
        config,
        "# Written by newsnlp for Flink's embedded cluster in a class loader of its own.\n"
            + "pipeline.classpaths: "
            + code
            + "\n"
            + "classloader.resolve-order: parent-first\n",
        StandardCharsets.UTF_8);
    folder.toFile().deleteOnExit();
    config.toFile().deleteOnExit();
    return Optional.of(folder);
  }

  /** True when {@code --runner} names {@code simpleName}, by itself or with its package. */
  static boolean isRunner(Map<String, String> options, String simpleName) {
    String runner = options.getOrDefault("runner", "");
    return runner.equals(simpleName) || runner.endsWith("." + simpleName);
  }
}
