package org.newsnlp.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The packaged jar as a user types it ({@code java -jar newsnlp.jar}, which starts its worker JVM
 * with the tuned settings and its own class-data archive) beside the command with the tuned JVM
 * flags written out, run in one JVM ({@link #TUNED_COMMAND_FLAGS}, with an archive made as the
 * scheduled jobs used to make it), {@code pairs} times in turn on the same input. Each command
 * first runs once on one article, which makes its archive. The rows give the median of each; the
 * note the plain command's speed as a share of the tuned one's, pair by pair and their median.
 */
final class JarPairs {
  /**
   * The JVM flags the scheduled jobs' crontab line gave before the jar started its own worker JVM:
   * the yardstick for the plain command.
   */
  static final List<String> TUNED_COMMAND_FLAGS =
      List.of("-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

  private final Path work;

  private JarPairs(Path work) {
    this.work = work;
  }

  static void measure(
      Path jar, Path input, Path oneArticle, int pairs, Path work, MeasurementTable table)
      throws Exception {
    if (!Files.isRegularFile(jar)) {
      Benchmark.log(
          "no " + jar + " (mvn package builds it): the plain and tuned command rows are left out");
      return;
    }
    new JarPairs(work).compare(jar, input, oneArticle, pairs, table);
  }

  private void compare(Path jar, Path input, Path oneArticle, int pairs, MeasurementTable table)
      throws Exception {
    Path cache = work.resolve("launcher-cache");
    Path archive = work.resolve("tuned.jsa");
    List<String> plain = List.of("java", "-jar", jar.toString());
    List<String> tuned = new ArrayList<>(List.of("java"));
    tuned.addAll(TUNED_COMMAND_FLAGS);
    tuned.add("-XX:SharedArchiveFile=" + archive);
    tuned.addAll(List.of("-Dnewsnlp.relaunch=false", "-jar", jar.toString()));
    List<String> archiving = new ArrayList<>(List.of("java"));
    archiving.addAll(TUNED_COMMAND_FLAGS);
    archiving.add("-XX:ArchiveClassesAtExit=" + archive);
    archiving.addAll(List.of("-Dnewsnlp.relaunch=false", "-jar", jar.toString()));
    runCommand("plain-archive", plain, oneArticle, cache);
    runCommand("tuned-archive", archiving, oneArticle, cache);

    List<Measured> plainRuns = new ArrayList<>();
    List<Measured> tunedRuns = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      Measured p = runCommand("jar-plain", plain, input, cache);
      Measured t = runCommand("jar-tuned", tuned, input, cache);
      plainRuns.add(p);
      tunedRuns.add(t);
      ratios.add(t.wallSeconds() / p.wallSeconds());
    }
    List<String> shown = new ArrayList<>();
    for (double r : ratios) {
      shown.add(String.format(Locale.ROOT, "%.3f", r));
    }
    table.add(
        "plain command: java -jar newsnlp.jar, 1x corpus, median of " + pairs,
        Measured.median(plainRuns),
        String.format(
            Locale.ROOT,
            "speed %.3f x the tuned command (median of the pairs %s)",
            medianOf(ratios),
            String.join(", ", shown)));
    table.add(
        "tuned command: java "
            + String.join(" ", TUNED_COMMAND_FLAGS)
            + " -XX:SharedArchiveFile=… -jar, 1x corpus, median of "
            + pairs,
        Measured.median(tunedRuns),
        "in one JVM, archive made by a run on one article");
  }

  private static double medianOf(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    return sorted.get(sorted.size() / 2);
  }

  /**
   * Runs {@code command} on {@code input} as a whole process, timed from outside; CPU seconds and
   * peak memory (resident, of the largest process) from {@code /usr/bin/time} when it is there.
   */
  private Measured runCommand(String name, List<String> command, Path input, Path cache)
      throws Exception {
    Path output = work.resolve("out-" + name);
    List<String> full = new ArrayList<>();
    Path timing = work.resolve("time-" + name + ".txt");
    boolean timed = Files.isExecutable(Path.of("/usr/bin/time"));
    if (timed) {
      full.addAll(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%U %S %M"));
    }
    full.addAll(command);
    full.add("--inputs=" + input + "/**");
    full.add("--output=" + output);
    full.add("--progressSeconds=0");
    Benchmark.log("running " + name);
    ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    long t0 = System.nanoTime();
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    double wall = (System.nanoTime() - t0) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException(name + " failed with exit code " + exit + ":\n" + out);
    }
    double cpu = -1;
    long peakMb = -1;
    if (timed) {
      String[] f = Files.readString(timing).trim().split("\\s+");
      cpu = Double.parseDouble(f[f.length - 3]) + Double.parseDouble(f[f.length - 2]);
      peakMb = Long.parseLong(f[f.length - 1]) / 1024;
    }
    long[] counted = JobRuns.documentsAndTokens(output);
    return new Measured((int) counted[0], counted[1], wall, cpu, peakMb, -1);
  }
}
