package org.newsnlp.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Protects what a Flink or Spark run gets without the user typing it: absolute paths for the
 * workers, a Spark driver that stays on 127.0.0.1 with a master on this machine, and the Flink
 * configuration that lets the embedded cluster run under {@code mvn exec:java}; and that none of it
 * applies where its reason does not hold.
 */
class RunnerSettingsTest {
  static final ClassLoader TESTS = RunnerSettingsTest.class.getClassLoader();

  /** Sees the JDK only: a system class loader like Maven's, which has no Flink. */
  static final ClassLoader NO_FLINK = ClassLoader.getPlatformClassLoader();

  @Test
  void localPathsBecomeAbsoluteAgainstTheWorkingFolderAndUrlsStayAsTheyAre() {
    String here = System.getProperty("user.dir");
    assertEquals(here + "/seeds/*", RunnerSettings.absolute("seeds/*"));
    assertEquals(here + "/output", RunnerSettings.absolute("output/"));
    assertEquals("/data/news/**", RunnerSettings.absolute("/data/news/**"));
    assertEquals("gs://bucket/news/*", RunnerSettings.absolute("gs://bucket/news/*"));
  }

  @Test
  void sparkDriverWithAMasterOnThisMachineStaysOnLoopbackWithoutAWebUi() {
    Map<String, String> expected =
        Map.of(
            "spark.driver.host", "127.0.0.1",
            "spark.driver.bindAddress", "127.0.0.1",
            "spark.ui.enabled", "false");
    for (String master : new String[] {"spark://127.0.0.1:7077", "spark://localhost:7077"}) {
      assertEquals(
          expected,
          RunnerSettings.sparkDriverOnLoopback(
              Map.of("runner", "SparkRunner", "sparkMaster", master), new Properties(), Map.of()));
    }
    // Beam's default master, local[4], and the fully named runner.
    assertEquals(
        expected,
        RunnerSettings.sparkDriverOnLoopback(
            Map.of("runner", "org.apache.beam.runners.spark.SparkRunner"),
            new Properties(),
            Map.of()));
  }

  @Test
  void sparkDriverKeepsWhatTheUserSetAndLeavesRemoteMastersAlone() {
    Properties system = new Properties();
    system.setProperty("spark.ui.enabled", "true");
    assertEquals(
        Map.of("spark.driver.host", "127.0.0.1", "spark.driver.bindAddress", "127.0.0.1"),
        RunnerSettings.sparkDriverOnLoopback(
            Map.of("runner", "SparkRunner", "sparkMaster", "local[2]"), system, Map.of()));
    assertEquals(
        Map.of(),
        RunnerSettings.sparkDriverOnLoopback(
            Map.of("runner", "SparkRunner"),
            new Properties(),
            Map.of("SPARK_LOCAL_IP", "10.1.2.3")));
    assertEquals(
        Map.of(),
        RunnerSettings.sparkDriverOnLoopback(
            Map.of("runner", "SparkRunner", "sparkMaster", "spark://spark.example.org:7077"),
            new Properties(),
            Map.of()));
    // spark-submit --master spark://spark.example.org:7077 sets spark.master, which wins.
    Properties submitted = new Properties();
    submitted.setProperty("spark.master", "spark://spark.example.org:7077");
    assertEquals(
        Map.of(),
        RunnerSettings.sparkDriverOnLoopback(Map.of("runner", "SparkRunner"), submitted, Map.of()));
    assertEquals(
        Map.of(),
        RunnerSettings.sparkDriverOnLoopback(
            Map.of("runner", "FlinkRunner"), new Properties(), Map.of()));
  }

  @Test
  void embeddedFlinkUnderAClassLoaderOfItsOwnGetsAConfigurationNamingTheClassPath()
      throws IOException {
    Optional<Path> folder =
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            Map.of("runner", "FlinkRunner"), Map.of(), TESTS, NO_FLINK);
    assertTrue(folder.isPresent());
    String code =
        RunnerSettings.class.getProtectionDomain().getCodeSource().getLocation().toString();
    assertEquals(
        "# Written by newsnlp for Flink's embedded cluster in a class loader of its own.\n"
            + "pipeline.classpaths: "
            + code
            + "\nclassloader.resolve-order: parent-first\n",
        Files.readString(folder.get().resolve("config.yaml")));
  }

  @Test
  void flinkConfigurationOnlyWhereTheSystemClassLoaderCannotSeeFlinkAndTheUserGaveNone()
      throws IOException {
    Map<String, String> flink = Map.of("runner", "FlinkRunner");
    // java -jar, flink run, a test JVM: the system class loader sees Flink.
    assertEquals(
        Optional.empty(),
        RunnerSettings.flinkConfigurationForOwnClassLoader(flink, Map.of(), TESTS, TESTS));
    // A cluster, not the embedded one.
    assertEquals(
        Optional.empty(),
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            Map.of("runner", "FlinkRunner", "flinkMaster", "127.0.0.1:8081"),
            Map.of(),
            TESTS,
            NO_FLINK));
    // The user's own configuration.
    assertEquals(
        Optional.empty(),
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            Map.of("runner", "FlinkRunner", "flinkConfDir", "/etc/flink"),
            Map.of(),
            TESTS,
            NO_FLINK));
    assertEquals(
        Optional.empty(),
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            flink, Map.of("FLINK_CONF_DIR", "/etc/flink"), TESTS, NO_FLINK));
    // Another runner.
    assertEquals(
        Optional.empty(),
        RunnerSettings.flinkConfigurationForOwnClassLoader(
            Map.of("runner", "DirectRunner"), Map.of(), TESTS, NO_FLINK));
  }
}
