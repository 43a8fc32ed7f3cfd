package org.newsnlp;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The command a user types, {@code java -jar newsnlp.jar …} or {@code mvn -q compile exec:java},
 * started at full speed without JVM flags: this main starts the worker JVM, which runs {@link
 * NewsNlp}, with the settings a batch run on the direct runner wants, and passes every argument,
 * the exit code, standard output and standard error through.
 *
 * <p>Why a second JVM: the settings that make the run fast cannot be changed once a JVM runs, and a
 * jar cannot carry them. The worker gets the client compiler only ({@code -XX:TieredStopAtLevel=1})
 * and the parallel collector ({@code -XX:+UseParallelGC}) from {@code launcher.properties}, a heap
 * sized to the run ({@link #heapFlag}), the {@code --add-opens} that Flink and Spark need on Java
 * 17 (pom.xml's {@code runner.add.opens}), and a class-data archive of newsnlp's classes: made by
 * the first run of a jar in the user's cache folder ({@code $XDG_CACHE_HOME/newsnlp/} or {@code
 * ~/.cache/newsnlp/}), mapped by every later run of the same jar on the same Java, which halves
 * start-up; a new build of the jar at the same place replaces it. The launcher itself loads only
 * JDK classes, so it costs one small JVM start.
 *
 * <p>JVM options given to {@code java} ({@code java -Xmx2g -jar …}) go on to the worker after the
 * tuned ones, so they win: a collector, a compiler setting or a class-data archive of the user's
 * own replaces the launcher's. It runs {@link NewsNlp} in its own JVM instead for {@code --help},
 * {@code -h} and {@code --version}, under a Java agent (a debugger, a profiler), and with {@code
 * -Dnewsnlp.relaunch=false}. The worker ends itself when the launcher is killed, even by {@code
 * kill -9}, so that no run goes on unseen; when the launcher is stopped (Ctrl-C, {@code kill}), it
 * stops the worker first.
 */
public final class Launcher {
  /** Set in the worker to the launcher's process id, for the reader of a process list. */
  static final String WORKER = "newsnlp.worker";

  /** {@code -Dnewsnlp.relaunch=false} runs newsnlp in the JVM as started. */
  static final String RELAUNCH = "newsnlp.relaunch";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (System.getProperty(WORKER) != null) {
      stopWithLauncher();
      NewsNlp.main(args);
      return;
    }
    List<String> classPath = classPath();
    if (classPath == null || !relaunches(args, userJvmArguments())) {
      NewsNlp.main(args);
      return;
    }
    System.exit(runWorker(args, classPath));
  }

  /** True unless newsnlp should run in this JVM (see the class comment). */
  static boolean relaunches(String[] args, List<String> jvmArguments) {
    if ("false".equals(System.getProperty(RELAUNCH))) {
      return false;
    }
    for (String arg : args) {
      if (arg.equals("-h") || arg.startsWith("--help") || arg.equals("--version")) {
        return false;
      }
    }
    for (String arg : jvmArguments) {
      if (arg.startsWith("-javaagent") || arg.startsWith("-agent")) {
        return false;
      }
    }
    return true;
  }

  /** Starts the worker, waits for it and returns its exit code. */
  private static int runWorker(String[] args, List<String> classPath) throws Exception {
    Properties settings = settings();
    List<String> userJvm = userJvmArguments();
    Archive archive =
        choosesArchive(userJvm)
            ? Archive.NONE
            : Archive.forRun(
                cacheFolder(System.getenv(), System.getProperty("user.home")), classPath, settings);
    List<String> tuned = new ArrayList<>(words(settings.getProperty("jvm.flags", "")));
    tuned.add(
        heapFlag(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors()));
    List<String> command =
        workerCommand(
            args,
            classPath,
            tuned,
            words(settings.getProperty("add.opens", "")),
            archive,
            userJvm,
            ProcessHandle.current().pid());
    // Standard input stays a pipe from this JVM, never written to: it closes when this JVM ends in
    // any way, which is how the worker knows (newsnlp reads nothing from standard input).
    Process worker =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    Thread stopWorker =
        new Thread(
            () -> {
              if (worker.isAlive()) {
                worker.destroy();
                try {
                  worker.waitFor();
                } catch (InterruptedException e) {
                  worker.destroyForcibly();
                }
              }
            },
            "newsnlp-stop-worker");
    Runtime.getRuntime().addShutdownHook(stopWorker);
    int exit = worker.waitFor();
    Runtime.getRuntime().removeShutdownHook(stopWorker);
    archive.keepIf(exit == 0);
    return exit;
  }

  /**
   * The worker's command line: the tuned flags, except where the user chose otherwise (a collector
   * of their own, another compiler setting), the archive's flags, the runners' opens, then the
   * user's own JVM options, which win, and the arguments, unchanged.
   */
  static List<String> workerCommand(
      String[] args,
      List<String> classPath,
      List<String> tunedFlags,
      List<String> opens,
      Archive archive,
      List<String> userJvmArguments,
      long launcherPid) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String flag : tunedFlags) {
      if (!overridden(flag, userJvmArguments)) {
        command.add(flag);
      }
    }
    command.addAll(archive.flags());
    command.addAll(opens);
    for (String arg : userJvmArguments) {
      if (!arg.startsWith("-D" + WORKER) && !arg.startsWith("-D" + RELAUNCH)) {
        command.add(arg);
      }
    }
    command.add("-D" + WORKER + "=" + launcherPid);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, classPath));
    command.add(Launcher.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /** True when the user's JVM options set what {@code flag} sets: theirs is kept, ours dropped. */
  static boolean overridden(String flag, List<String> userJvmArguments) {
    for (String arg : userJvmArguments) {
      boolean collector = arg.matches("-XX:[+-]Use\\w*GC");
      boolean compiler =
          arg.startsWith("-XX:TieredStopAtLevel") || arg.contains("TieredCompilation");
      boolean heap =
          arg.startsWith("-Xmx")
              || arg.startsWith("-XX:MaxHeapSize")
              || arg.startsWith("-XX:MaxRAM");
      if (collector && flag.matches("-XX:[+-]Use\\w*GC")
          || compiler && flag.startsWith("-XX:TieredStopAtLevel")
          || heap && flag.startsWith("-Xmx")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The worker's largest heap: 1 GB and 512 MB a core (its memory grows with the worker threads,
   * each holding a bundle of articles, not with the corpus), never more than the JVM's own default
   * ({@code maxMemory}, a quarter of the machine's memory). A heap that may grow far beyond what
   * the run needs costs CPU: with a quarter of 23 GB the parallel collector spread the young
   * generation over 1.6 GB and the run took 1.15 times the CPU of the same run under 2 GB.
   */
  static String heapFlag(long maxMemory, int cores) {
    long mb = Math.min(maxMemory >> 20, 1024L + 512L * cores);
    return "-Xmx" + mb + "m";
  }

  /** True when the user's JVM options name a class-data archive or turn sharing off. */
  static boolean choosesArchive(List<String> userJvmArguments) {
    return userJvmArguments.stream()
        .anyMatch(
            a ->
                a.startsWith("-XX:SharedArchiveFile")
                    || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.startsWith("-Xshare"));
  }

  /**
   * In the worker: ends this JVM at once when the launcher ends first (its standard input, a pipe
   * from the launcher, reaches its end), as {@code kill -9} of the launcher would leave it running
   * unseen otherwise. What it staged is left for the next run to clear, as after any killed run.
   */
  private static void stopWithLauncher() {
    Thread watch =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // The launcher writes nothing; anything read is ignored.
                }
              } catch (IOException e) {
                // A broken pipe means the same: the launcher is gone.
              }
              Runtime.getRuntime().halt(137);
            },
            "newsnlp-launcher-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * This JVM's class path: {@code java.class.path} when started with {@code java -jar} or {@code
   * -cp}, the class loader's jars and folders under {@code mvn exec:java}; null when unknown.
   */
  static List<String> classPath() {
    if (isAppClassLoader()) {
      return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }
    if (Launcher.class.getClassLoader() instanceof URLClassLoader loader) {
      List<String> entries = new ArrayList<>();
      for (URL url : loader.getURLs()) {
        try {
          entries.add(Path.of(url.toURI()).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
          return null;
        }
      }
      return entries;
    }
    return null;
  }

  private static boolean isAppClassLoader() {
    return Launcher.class.getClassLoader() == ClassLoader.getSystemClassLoader();
  }

  /**
   * The JVM options the user gave ({@code java -Xmx2g -jar …}); none under {@code mvn exec:java},
   * whose JVM and options are Maven's.
   */
  private static List<String> userJvmArguments() {
    return isAppClassLoader()
        ? ManagementFactory.getRuntimeMXBean().getInputArguments()
        : List.of();
  }

  /** The worker JVM's tuned flags, {@code -XX:TieredStopAtLevel=1 -XX:+UseParallelGC}. */
  public static List<String> tunedFlags() {
    try {
      return words(settings().getProperty("jvm.flags", ""));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The worker's settings ({@code launcher.properties}). */
  static Properties settings() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Launcher.class.getResourceAsStream("/org/newsnlp/launcher.properties")) {
      if (in != null) {
        p.load(in);
      }
    }
    return p;
  }

  /** {@code $XDG_CACHE_HOME/newsnlp}, else {@code ~/.cache/newsnlp}; null without either. */
  static Path cacheFolder(Map<String, String> env, String home) {
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "newsnlp");
    }
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "newsnlp");
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    for (String w : s.trim().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  /**
   * The worker's class-data archive: mapped when made by an earlier run of the same jars on the
   * same Java with the same settings, otherwise written by this run (under a temporary name, kept
   * only when the run succeeds). None when the class path holds a folder (an archive holds classes
   * of jars only) or the cache folder cannot be made.
   */
  static final class Archive {
    private final Path file;
    private final Path writing;
    private final String prefix;

    private Archive(Path file, Path writing, String prefix) {
      this.file = file;
      this.writing = writing;
      this.prefix = prefix;
    }

    static final Archive NONE = new Archive(null, null, null);

    static Archive forRun(Path cache, List<String> classPath, Properties settings) {
      if (cache == null) {
        return NONE;
      }
      try {
        // Named by where the jars are, then by what they and the JDK are: a new build of the same
        // jar replaces its archive instead of adding one.
        MessageDigest where = MessageDigest.getInstance("SHA-256");
        MessageDigest what = MessageDigest.getInstance("SHA-256");
        update(what, System.getProperty("java.home"));
        update(what, System.getProperty("java.vm.version"));
        update(what, settings.getProperty("jvm.flags", ""));
        for (String entry : classPath) {
          Path path = Path.of(entry);
          if (!Files.isRegularFile(path)) {
            return NONE;
          }
          update(where, path.toAbsolutePath().toString());
          update(what, Long.toString(Files.size(path)));
          update(what, Files.getLastModifiedTime(path).toString());
        }
        Files.createDirectories(cache);
        clearAbandoned(cache);
        String prefix = "newsnlp-" + HexFormat.of().formatHex(where.digest()).substring(0, 12);
        Path file =
            cache.resolve(
                prefix + "-" + HexFormat.of().formatHex(what.digest()).substring(0, 16) + ".jsa");
        if (Files.isReadable(file)) {
          return new Archive(file, null, prefix);
        }
        return new Archive(
            file,
            cache.resolve(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp"),
            prefix);
      } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
        return NONE;
      }
    }

    /**
     * Deletes archives left half-written by workers that were killed (named after the process that
     * wrote them, which is gone).
     */
    private static void clearAbandoned(Path cache) throws IOException {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(cache, "newsnlp-*.jsa.*.tmp")) {
        for (Path file : files) {
          String name = file.getFileName().toString();
          String pid = name.substring(name.indexOf(".jsa.") + 5, name.length() - 4);
          try {
            if (ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
              Files.deleteIfExists(file);
            }
          } catch (NumberFormatException e) {
            // Not one of ours.
          }
        }
      }
    }

    private static void update(MessageDigest digest, String s) {
      digest.update(s.getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }

    /** The JVM flags that map or write the archive, its messages silenced. */
    List<String> flags() {
      if (file == null) {
        return List.of();
      }
      String use =
          writing == null ? "-XX:SharedArchiveFile=" + file : "-XX:ArchiveClassesAtExit=" + writing;
      // The archive's own warnings ("Pre JDK 6 class not supported by CDS", an archive that no
      // longer fits) would go to standard output; a run without the archive is only slower.
      return List.of(use, "-Xlog:cds*=off");
    }

    /** After the worker ended: keeps a newly written archive when the run succeeded. */
    void keepIf(boolean succeeded) {
      if (writing == null) {
        return;
      }
      try {
        if (succeeded && Files.isRegularFile(writing)) {
          try {
            Files.move(writing, file, StandardCopyOption.ATOMIC_MOVE);
          } catch (AtomicMoveNotSupportedException e) {
            Files.move(writing, file, StandardCopyOption.REPLACE_EXISTING);
          }
          // Archives of earlier builds of the same jar, or of another JDK, are no longer used.
          try (DirectoryStream<Path> older =
              Files.newDirectoryStream(file.getParent(), prefix + "-*.jsa")) {
            for (Path old : older) {
              if (!old.equals(file)) {
                Files.deleteIfExists(old);
              }
            }
          }
        } else {
          Files.deleteIfExists(writing);
        }
      } catch (IOException e) {
        // Without the archive the next run starts slower and makes it again.
      }
    }
  }
}
