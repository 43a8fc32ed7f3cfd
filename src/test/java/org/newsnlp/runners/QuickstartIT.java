package org.newsnlp.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Beam's quickstart form works as typed, with no flags or environment variables of the user's:
 * {@code mvn -Pflink-runner compile exec:java -Dexec.args="--runner=FlinkRunner --inputs=…
 * --output=…"} on embedded Flink, and the same with {@code -Pspark-runner} and {@code SparkRunner}
 * on local Spark, both inside Maven's own JVM, where the job's classes are not on the system class
 * path and no {@code --add-opens} was given on the command line. Each must write the direct
 * runner's tables. The input is the seed articles and two files to reject.
 */
class QuickstartIT {
  static final Path JAR = Path.of(System.getProperty("newsnlp.jar", "target/newsnlp-0.1.0.jar"));
  static final Path LOGS = Commands.ROOT.resolve("target/quickstart-it");
  static final Duration LIMIT = Duration.ofMinutes(5);

  @TempDir static Path dir;
  static Path input;
  static Path direct;

  @BeforeAll
  static void runTheDirectRunner() throws IOException {
    input = dir.resolve("input");
    Commands.gatherInput(input, 0, "QuickstartIT");
    direct = dir.resolve("out-direct");
    Commands.Result run =
        Commands.run(
            Commands.javaJar(JAR, List.of("--inputs=" + input, "--output=" + direct)),
            Map.of(),
            LOGS.resolve("direct.log"),
            LIMIT);
    assertEquals(0, run.code(), Commands.tail(run.output()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"flink", "spark"})
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void quickstartRunsAsTypedOnTheEmbeddedEngine(String engine) throws IOException {
    Path output = dir.resolve("out-" + engine);
    String runner = engine.equals("flink") ? "FlinkRunner" : "SparkRunner";
    Commands.Result run =
        Commands.run(
            List.of(
                "mvn",
                "-B",
                "-q",
                "-P" + engine + "-runner",
                "compile",
                "exec:java",
                "-Dexec.args=--runner=" + runner + " --inputs=" + input + " --output=" + output),
            Map.of(),
            LOGS.resolve(engine + ".log"),
            LIMIT);
    assertEquals(0, run.code(), Commands.tail(run.output()));
    Commands.assertSameTables(direct, output);
  }
}
