package org.newsnlp.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.newsnlp.options.Help;

/**
 * The chart libraries a report inlines: Vega, Vega-Lite and vega-embed (BSD-3-Clause), their
 * minified builds copied from their WebJars into {@code org/newsnlp/report/vega/} at build time
 * ({@code pom.xml}). Loaded once per JVM; each is checked to hold nothing that would end its {@code
 * <script>} element early.
 */
public final class ChartScripts {
  private static final String FOLDER = "/org/newsnlp/report/vega/";

  /** One library: its name, its version, its script and its licence text. */
  public record Library(String name, String version, String script, String licence) {}

  private ChartScripts() {}

  /** The three libraries, in the order the page must load them. */
  public static List<Library> all() {
    return Holder.LIBRARIES;
  }

  private static final class Holder {
    static final List<Library> LIBRARIES = load();
  }

  private static List<Library> load() {
    Properties versions = Help.versions();
    return List.of(
        library("vega", versions), library("vega-lite", versions), library("vega-embed", versions));
  }

  private static Library library(String name, Properties versions) {
    String script = resource(FOLDER + name + ".min.js", name);
    String licence = resource(FOLDER + name + "-LICENSE.txt", name);
    String lower = script.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException(
          name + ".min.js holds </script or <!--, which would break the page it is inlined in");
    }
    if (licence.contains("*/")) {
      throw new IllegalStateException(name + "-LICENSE.txt would end the comment it is put in");
    }
    return new Library(name, versions.getProperty(name + ".version", "unknown"), script, licence);
  }

  private static String resource(String resource, String name) {
    try (InputStream in = ChartScripts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource
                + " is not on the class path: the build copies it from the "
                + name
                + " WebJar (mvn compile); run with --report=false to skip the report");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
