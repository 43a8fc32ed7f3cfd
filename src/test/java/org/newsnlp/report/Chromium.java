package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsnlp.run.RunFolder;

/**
 * Opens a report in a real headless Chromium (Debian's {@code chromium}, installed by {@code
 * .ci/run}): the page's DOM after its scripts ran, and a screenshot under {@code target/}. A test
 * that needs it skips itself, saying why, when no Chromium is on the PATH.
 */
public final class Chromium {
  /** Virtual time the page gets to draw its charts before the DOM is taken. */
  private static final int BUDGET_MS = 20_000;

  private Chromium() {}

  /** The Chromium binary on the PATH, or null. */
  public static Path binary() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        Path candidate = Path.of(dir, name);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /** Skips the calling test, with the reason, when Chromium is absent. */
  public static Path require() {
    Path binary = binary();
    assumeTrue(
        binary != null,
        "no chromium on the PATH: the report is not rendered here (apt-get install chromium;"
            + " .ci/run installs it, so CI renders it)");
    return binary;
  }

  /**
   * The DOM of {@code page} once its scripts have run; also leaves a screenshot of the page at
   * {@code target/report-screenshots/<name>.png}.
   */
  public static String render(Path page, String name) throws IOException, InterruptedException {
    Path binary = require();
    Path shots = Path.of("target", "report-screenshots");
    Files.createDirectories(shots);
    run(binary, page, "--screenshot=" + shots.resolve(name + ".png").toAbsolutePath(), null);
    Path dom = Files.createTempFile("report-dom", ".html");
    try {
      run(binary, page, "--dump-dom", dom);
      return Files.readString(dom, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(dom);
    }
  }

  private static void run(Path binary, Path page, String what, Path stdout)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("chromium-profile");
    try {
      List<String> command =
          new ArrayList<>(
              List.of(
                  binary.toString(),
                  "--headless",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--user-data-dir=" + profile,
                  "--virtual-time-budget=" + BUDGET_MS,
                  "--window-size=1280,2400",
                  what,
                  page.toUri().toString()));
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.redirectOutput(
          stdout == null
              ? ProcessBuilder.Redirect.DISCARD
              : ProcessBuilder.Redirect.to(stdout.toFile()));
      Process process = builder.start();
      if (!process.waitFor(180, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("chromium did not finish within 180 s: " + command);
      }
      assertEquals(0, process.exitValue(), "chromium's exit code for " + command);
    } finally {
      RunFolder.deleteTree(profile);
    }
  }

  /**
   * Checks the rendered {@code dom}: every chart the page holds was drawn as SVG with marks, at
   * least {@code minCharts} of them, none failed, and the page shows each of {@code texts}.
   */
  public static void assertDrawn(String dom, int minCharts, String... texts) {
    Matcher charts = Pattern.compile("data-charts=\"(\\d+)\"").matcher(dom);
    assertTrue(charts.find(), "the page's script did not start");
    int expected = Integer.parseInt(charts.group(1));
    assertTrue(expected >= minCharts, expected + " charts, at least " + minCharts + " expected");
    assertTrue(
        dom.contains("data-charts-drawn=\"" + expected + "\""),
        "every chart was drawn: " + excerpt(dom, "data-charts"));
    assertFalse(
        dom.contains("data-error=\"true\""), "a chart failed: " + excerpt(dom, "could not"));
    String[] places = dom.split("<div id=\"chart-");
    assertEquals(expected + 1, places.length, "one place a chart");
    for (int i = 1; i < places.length; i++) {
      String place = places[i];
      String id = place.substring(0, place.indexOf('"'));
      assertTrue(
          Pattern.compile("<svg[^>]*class=\"marks\"").matcher(place).find(), id + ": no SVG");
      assertTrue(
          Pattern.compile("role-mark[^>]*>\\s*<path").matcher(place).find(),
          id + ": no drawn mark");
    }
    for (String text : texts) {
      assertTrue(dom.contains(text), "the page shows " + text);
    }
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private static String excerpt(String dom, String near) {
    int at = Math.max(0, dom.indexOf(near));
    return dom.substring(at, Math.min(dom.length(), at + 300));
  }
}
