package org.newsnlp.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.flink.runtime.util.EnvironmentInformation;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job on real clusters, each process its own JVM, as a user tries them on a laptop: a
 * Flink session cluster (a JobManager and a TaskManager with 2 slots) and a Spark standalone
 * cluster (a master and a worker with 2 cores, which starts the executors), started and stopped by
 * pipelines/cluster/flink.sh and spark.sh. The jars that {@code mvn -Pflink-runner package} and
 * {@code mvn -Pspark-runner package} build are submitted with {@code java -jar}; each engine's REST
 * API must say that the job finished on the cluster, and every table must be the direct runner's,
 * byte for byte. The input is the seed article, two files the read stage must reject and, when
 * ../shared is present, 120 real articles. What one JVM hides is what this protects: the
 * TaskManager's and executors' class loaders, models loaded from the job jar in another process,
 * coders on the wire, the single-file merge written by a worker, Java 17's opens in every JVM.
 *
 * <p>The clusters live in target/cluster-it/ (their logs stay there) on free ports of 127.0.0.1;
 * they are stopped also when a run fails, and no process of theirs may be left behind.
 */
class ClusterIT {
  static final Path CLUSTERS = Commands.ROOT.resolve("target/cluster-it");
  static final Path JAR = Path.of(System.getProperty("newsnlp.jar", "target/newsnlp-0.1.0.jar"));

  /** Real articles from each of the three news sources: 120 in all. */
  static final int PER_SOURCE = 40;

  /** The longest any one command may take: a run, a build, a cluster's start. */
  static final Duration LIMIT = Duration.ofMinutes(6);

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The clusters' ports, as the scripts' environment variables name them. */
  static final Map<String, String> PORTS = new HashMap<>();

  @TempDir static Path dir;
  static Path input;
  static int articles;
  static Path direct;
  static Path flink;
  static Path spark;
  static boolean stopped;

  @BeforeAll
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  static void runTheJobOnEachCluster() throws Exception {
    Runtime.getRuntime().addShutdownHook(new Thread(ClusterIT::stopClusters));
    input = dir.resolve("input");
    articles = Commands.gatherInput(input, PER_SOURCE, "ClusterIT");
    for (String port :
        List.of(
            "FLINK_REST_PORT",
            "FLINK_RPC_PORT",
            "SPARK_MASTER_PORT",
            "SPARK_MASTER_WEBUI_PORT",
            "SPARK_WORKER_WEBUI_PORT")) {
      PORTS.put(port, String.valueOf(freePort()));
    }
    Files.createDirectories(CLUSTERS);
    // The clusters come up while Maven builds the two jars.
    CompletableFuture<Void> clusters =
        CompletableFuture.allOf(
            CompletableFuture.runAsync(() -> script("flink.sh", "start")),
            CompletableFuture.runAsync(() -> script("spark.sh", "start")));
    Path flinkJar = buildJar("flink");
    Path sparkJar = buildJar("spark");
    clusters.get(5, TimeUnit.MINUTES);

    direct = run("direct", JAR, List.of());
    flink =
        run(
            "flink",
            flinkJar,
            List.of(
                "--runner=FlinkRunner",
                "--flinkMaster=127.0.0.1:" + PORTS.get("FLINK_REST_PORT"),
                "--parallelism=2"));
    spark =
        run(
            "spark",
            sparkJar,
            List.of(
                "--runner=SparkRunner",
                "--sparkMaster=spark://127.0.0.1:" + PORTS.get("SPARK_MASTER_PORT")));
  }

  @AfterAll
  static void stopTheClustersAndLeaveNoProcess() {
    stopClusters();
    List<String> left =
        ProcessHandle.allProcesses()
            .map(p -> p.info().commandLine().orElse(""))
            .filter(line -> line.contains(CLUSTERS.toString()))
            .toList();
    assertEquals(List.of(), left, "processes of the clusters still running after stop");
  }

  @Test
  void everyTableIsTheDirectRunnersByteForByte() throws IOException {
    List<String> documents = Files.readAllLines(direct.resolve("documents.csv"));
    assertEquals(articles + 1, documents.size(), "one row per article plus the header");
    assertEquals(
        4,
        Files.readAllLines(direct.resolve("errors.csv")).size(),
        "two rejected inputs and a broken line");
    Commands.assertSameTables(direct, flink);
    Commands.assertSameTables(direct, spark);
  }

  @Test
  void flinksRestApiShowsTheJobFinishedOnTheSessionCluster() throws Exception {
    String rest = "http://127.0.0.1:" + PORTS.get("FLINK_REST_PORT");
    assertEquals(
        EnvironmentInformation.getVersion(),
        get(rest + "/config").get("flink-version").asText(),
        "the cluster runs the Flink version the job jar was built with");
    JsonNode taskManagers = get(rest + "/taskmanagers").get("taskmanagers");
    assertEquals(1, taskManagers.size());
    assertEquals(2, taskManagers.get(0).get("slotsNumber").asInt());

    JsonNode jobs = get(rest + "/jobs/overview").get("jobs");
    assertEquals(1, jobs.size(), jobs.toString());
    JsonNode job = jobs.get(0);
    assertEquals("FINISHED", job.get("state").asText(), job.toString());
    assertEquals(0, job.get("tasks").get("failed").asInt(), job.toString());
    assertEquals(job.get("tasks").get("total").asInt(), job.get("tasks").get("finished").asInt());
    int parallelism = 0;
    for (JsonNode vertex : get(rest + "/jobs/" + job.get("jid").asText()).get("vertices")) {
      parallelism = Math.max(parallelism, vertex.get("parallelism").asInt());
    }
    assertEquals(2, parallelism, "the job used both slots");
  }

  @Test
  void sparksMasterShowsTheApplicationFinishedAndTheWorkerRanIt() throws Exception {
    String spark = SparkContext.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    Path sparkCore = Path.of(spark).getFileName();
    assertTrue(
        Files.exists(CLUSTERS.resolve("spark/jars").resolve(sparkCore)),
        "the cluster runs the Spark the job jar was built with: " + sparkCore);

    JsonNode master = get("http://127.0.0.1:" + PORTS.get("SPARK_MASTER_WEBUI_PORT") + "/json/");
    assertEquals(1, master.get("aliveworkers").asInt(), master.toString());
    assertEquals(0, master.get("activeapps").size(), master.toString());
    JsonNode apps = master.get("completedapps");
    assertEquals(1, apps.size(), apps.toString());
    assertEquals("FINISHED", apps.get(0).get("state").asText(), apps.toString());
    // The worker's executors did the work: their logs are under the worker's folder.
    Path app = CLUSTERS.resolve("spark/work").resolve(apps.get(0).get("id").asText());
    StringBuilder executorLogs = new StringBuilder();
    try (Stream<Path> files = Files.walk(app)) {
      for (Path log : files.filter(f -> f.getFileName().toString().equals("stderr")).toList()) {
        executorLogs.append(Files.readString(log));
      }
    }
    assertTrue(executorLogs.toString().contains("Finished task"), "no task ran in " + app);
  }

  @Test
  void aClusterRefusesToStartOnATakenPort() {
    Map<String, String> env = new HashMap<>(PORTS);
    // Another folder, so that the running cluster is not what stops it; the Flink REST port,
    // which the Flink cluster holds.
    env.put("NEWSNLP_CLUSTER_DIR", CLUSTERS.resolve("second").toString());
    env.put("SPARK_MASTER_PORT", PORTS.get("FLINK_REST_PORT"));
    Commands.Result start =
        Commands.run(
            List.of("bash", script("spark.sh").toString(), "start"),
            env,
            CLUSTERS.resolve("refused.log"),
            LIMIT);
    assertEquals(1, start.code(), start.output());
    assertTrue(
        start.output().contains("port " + PORTS.get("FLINK_REST_PORT") + " on 127.0.0.1 is taken"),
        start.output());
  }

  /** Builds the jar of a runner's profile, as a user does, and returns it. */
  static Path buildJar(String runner) {
    Commands.Result build =
        Commands.run(
            List.of(
                "mvn",
                "-B",
                "-q",
                "-P" + runner + "-runner",
                "package",
                "-Dmaven.test.skip=true",
                "-Dspotless.check.skip=true"),
            Map.of(),
            CLUSTERS.resolve("build-" + runner + ".log"),
            LIMIT);
    assertEquals(0, build.code(), build.output());
    Path jar = Commands.ROOT.resolve("target/newsnlp-0.1.0-" + runner + ".jar");
    assertTrue(Files.exists(jar), jar + " was not built");
    return jar;
  }

  /** Runs the job's jar with {@code java -jar} on the test input; returns its output folder. */
  static Path run(String name, Path jar, List<String> runnerArgs) {
    Path output = dir.resolve("out-" + name);
    List<String> args = new ArrayList<>(List.of("--inputs=" + input, "--output=" + output));
    args.addAll(runnerArgs);
    Commands.Result run =
        Commands.run(
            Commands.javaJar(jar, args), Map.of(), CLUSTERS.resolve("run-" + name + ".log"), LIMIT);
    assertEquals(0, run.code(), name + " run failed:\n" + Commands.tail(run.output()));
    return output;
  }

  /** Runs a cluster script with the test's ports and folder; fails on a non-zero exit. */
  static void script(String name, String command) {
    Map<String, String> env = new HashMap<>(PORTS);
    env.put("NEWSNLP_CLUSTER_DIR", CLUSTERS.toString());
    Commands.Result result =
        Commands.run(
            List.of("bash", script(name).toString(), command),
            env,
            CLUSTERS.resolve(name + "-" + command + ".log"),
            LIMIT);
    assertEquals(0, result.code(), name + " " + command + " failed:\n" + result.output());
  }

  static Path script(String name) {
    return Commands.ROOT.resolve("pipelines/cluster").resolve(name);
  }

  /** Stops both clusters, once; also from a shutdown hook, should the JVM be stopped first. */
  static synchronized void stopClusters() {
    if (PORTS.isEmpty() || stopped) {
      return;
    }
    stopped = true;
    for (String name : List.of("flink.sh", "spark.sh")) {
      script(name, "stop");
    }
  }

  static JsonNode get(String url) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), url + ": " + response.body());
    return JSON.readTree(response.body());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
