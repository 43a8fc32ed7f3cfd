package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protects what the launcher decides: when it starts a worker JVM, the worker's command line (the
 * tuned flags, the runners' opens, the user's own JVM options winning over the tuned ones, every
 * argument unchanged), and where the class-data archive lives. {@code PlainJarIT} runs it for real.
 */
class LauncherTest {
  @TempDir Path tmp;

  @Test
  void relaunchesUnlessAskedForHelpOrUnderAnAgent() {
    String[] run = {"--inputs=news"};
    assertTrue(Launcher.relaunches(run, List.of()));
    assertTrue(Launcher.relaunches(run, List.of("-Xmx2g", "-XX:+UseG1GC")));
    assertFalse(Launcher.relaunches(run, List.of("-agentlib:jdwp=transport=dt_socket")));
    for (String ask : List.of("-h", "--help", "--help=beam", "--version")) {
      assertFalse(Launcher.relaunches(new String[] {ask}, List.of()), ask);
    }
  }

  @Test
  void theUsersOwnJvmOptionsWinOverTheTunedOnes() {
    assertTrue(Launcher.overridden("-XX:+UseParallelGC", List.of("-XX:+UseG1GC")));
    assertTrue(Launcher.overridden("-XX:TieredStopAtLevel=1", List.of("-XX:TieredStopAtLevel=4")));
    assertTrue(Launcher.overridden("-XX:TieredStopAtLevel=1", List.of("-XX:-TieredCompilation")));
    assertFalse(
        Launcher.overridden("-XX:+UseParallelGC", List.of("-Xmx2g", "-XX:MaxGCPauseMillis=50")));
    assertTrue(Launcher.choosesArchive(List.of("-XX:SharedArchiveFile=newsnlp.jsa")));
    assertTrue(Launcher.choosesArchive(List.of("-Xshare:off")));
    assertFalse(Launcher.choosesArchive(List.of("-Xmx2g")));
    assertTrue(Launcher.overridden("-Xmx2048m", List.of("-XX:MaxRAMPercentage=50")));
    List<String> command =
        Launcher.workerCommand(
            new String[0],
            List.of("newsnlp.jar"),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx2048m"),
            List.of(),
            Launcher.Archive.NONE,
            List.of("-XX:+UseG1GC"),
            1);
    assertEquals(
        List.of("-XX:TieredStopAtLevel=1", "-Xmx2048m", "-XX:+UseG1GC"),
        command.subList(1, 4),
        "the user's collector replaces the parallel one");
  }

  @Test
  void theHeapGrowsWithTheCoresUpToTheJvmsDefault() {
    long gb = 1L << 30;
    assertEquals("-Xmx2048m", Launcher.heapFlag(6 * gb, 2));
    assertEquals("-Xmx5120m", Launcher.heapFlag(6 * gb, 8));
    assertEquals("-Xmx6144m", Launcher.heapFlag(6 * gb, 64));
    assertEquals("-Xmx1024m", Launcher.heapFlag(gb, 2), "a small machine keeps the JVM's default");
  }

  @Test
  void theWorkerGetsTheTunedFlagsTheOpensAndEveryArgumentUnchanged() throws IOException {
    Properties settings = Launcher.settings();
    assertEquals("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC", settings.getProperty("jvm.flags"));
    assertTrue(
        settings.getProperty("add.opens").contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED"),
        "the opens of pom.xml's runner.add.opens, filled in by the build");
    String[] args = {
      "--runner=FlinkRunner", "--flinkMaster=127.0.0.1:8081", "--inputs=/data/news with space/**"
    };
    List<String> command =
        Launcher.workerCommand(
            args,
            List.of("/opt/newsnlp/newsnlp.jar"),
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC", "-Xmx2048m"),
            List.of(settings.getProperty("add.opens").split(" ")),
            Launcher.Archive.NONE,
            List.of("-Dhttps.proxyHost=proxy", "-Dnewsnlp.relaunch=true", "-Xmx2g"),
            4242);
    assertTrue(command.get(0).endsWith("/bin/java"), command.get(0));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC"), command.subList(1, 3));
    assertFalse(command.contains("-Xmx2048m"), "the user's -Xmx2g replaces the launcher's heap");
    assertTrue(command.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), command.toString());
    assertTrue(command.contains("-Dhttps.proxyHost=proxy"));
    assertFalse(command.contains("-Dnewsnlp.relaunch=true"));
    assertTrue(command.contains("-Xmx2g"), "the user's JVM options go on to the worker");
    int main = command.indexOf(Launcher.class.getName());
    assertEquals(
        List.of("-Dnewsnlp.worker=4242", "-cp", "/opt/newsnlp/newsnlp.jar"),
        command.subList(main - 3, main));
    assertEquals(List.of(args), command.subList(main + 1, command.size()));
  }

  /** The file a JVM flag {@code -XX:…=<file>} names. */
  static Path fileOf(Launcher.Archive archive) {
    String flag = archive.flags().get(0);
    return Path.of(flag.substring(flag.indexOf('=') + 1));
  }

  @Test
  void theArchiveIsMadeOnceInTheUsersCacheForJarsOnly() throws IOException {
    assertEquals(
        Path.of("/x/cache/newsnlp"),
        Launcher.cacheFolder(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/ana"));
    assertEquals(Path.of("/home/ana/.cache/newsnlp"), Launcher.cacheFolder(Map.of(), "/home/ana"));

    Path jar = tmp.resolve("newsnlp.jar");
    Files.writeString(jar, "a jar");
    Path cache = tmp.resolve("cache");
    Properties settings = Launcher.settings();
    List<String> writing =
        Launcher.Archive.forRun(cache, List.of(jar.toString()), settings).flags();
    assertTrue(writing.get(0).startsWith("-XX:ArchiveClassesAtExit=" + cache), writing.toString());
    assertEquals("-Xlog:cds*=off", writing.get(1));

    // A failed first run drops what it wrote; a finished one keeps it, and the next run maps it.
    Launcher.Archive failed = Launcher.Archive.forRun(cache, List.of(jar.toString()), settings);
    Files.writeString(fileOf(failed), "archive");
    failed.keepIf(false);
    assertFalse(Files.exists(fileOf(failed)));
    Launcher.Archive first = Launcher.Archive.forRun(cache, List.of(jar.toString()), settings);
    Files.writeString(fileOf(first), "archive");
    first.keepIf(true);
    List<String> mapping =
        Launcher.Archive.forRun(cache, List.of(jar.toString()), settings).flags();
    assertTrue(mapping.get(0).startsWith("-XX:SharedArchiveFile=" + cache), mapping.toString());

    // A new build of the jar makes a new archive, which replaces the old one.
    Files.writeString(jar, "a new build of the jar");
    Launcher.Archive rebuilt = Launcher.Archive.forRun(cache, List.of(jar.toString()), settings);
    Files.writeString(fileOf(rebuilt), "archive");
    rebuilt.keepIf(true);
    try (var archives = Files.list(cache)) {
      assertEquals(1, archives.count(), "one archive per jar");
    }

    assertEquals(
        List.of(),
        Launcher.Archive.forRun(cache, List.of(jar.toString(), tmp.toString()), settings).flags(),
        "a folder on the class path (mvn exec:java) cannot be archived");
    assertEquals(
        List.of(), Launcher.Archive.forRun(null, List.of(jar.toString()), settings).flags());
  }
}
