package org.newsnlp.runners;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Java 17 opens are written three times, each in the form its reader needs: in
 * pipelines/cluster/java17.args (a java @argument file, for the clusters' JVMs), in the jar's
 * manifest (Add-Opens and Add-Exports, for {@code java -jar}) and in .mvn/jvm.config (for Maven's
 * JVM under {@code exec:java}). They must name the same packages, or a JVM that was fine on one
 * path fails on another.
 */
class JavaOpensIT {
  static final Path JAR = Path.of(System.getProperty("newsnlp.jar", "target/newsnlp-0.1.0.jar"));

  @Test
  void manifestAndMavensJvmCarryTheOpensOfTheArgumentFile() throws IOException {
    Set<String> args = options(Files.readString(Path.of("pipelines/cluster/java17.args")));
    // Maven's JVM may get other flags besides; the opens must be these.
    Set<String> maven = options(Files.readString(Path.of(".mvn/jvm.config")));
    maven.removeIf(option -> !option.startsWith("--add-"));
    assertEquals(args, maven);
    Set<String> manifest = new TreeSet<>();
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      for (String opened : main.getValue("Add-Opens").split(" ")) {
        manifest.add("--add-opens=" + opened + "=ALL-UNNAMED");
      }
      for (String exported : main.getValue("Add-Exports").split(" ")) {
        manifest.add("--add-exports=" + exported + "=ALL-UNNAMED");
      }
    }
    assertEquals(args, manifest);
  }

  /** The options of an argument file, comments left out. */
  static Set<String> options(String text) {
    return Arrays.stream(text.split("\n"))
        .filter(line -> !line.startsWith("#"))
        .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
        .filter(option -> !option.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
