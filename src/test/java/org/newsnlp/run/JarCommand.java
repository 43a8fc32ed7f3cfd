package org.newsnlp.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged jar's command as cron or a user's shell starts it: only Java on the path, no
 * environment but a cache folder of the test's own, then {@code java <jvm> -jar newsnlp.jar}.
 */
final class JarCommand {
  static final Path JAR = Path.of(System.getProperty("newsnlp.jar", "target/newsnlp-0.1.0.jar"));

  private JarCommand() {}

  /** The command up to and including the jar; the caller adds newsnlp's arguments. */
  static List<String> of(Path home, String... jvm) {
    List<String> command = new ArrayList<>();
    command.add("env");
    command.add("-i");
    command.add("PATH=" + Path.of(System.getProperty("java.home"), "bin") + ":/usr/bin:/bin");
    command.add("XDG_CACHE_HOME=" + home.resolve("cache"));
    command.add("java");
    command.addAll(List.of(jvm));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    return command;
  }
}
