package org.newsnlp.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a corpus of every kind of input a nightly job meets: good articles in every encoding and
 * line-end style, and files that must become error rows. Text is generated here, from a fixed seed,
 * so the corpus is the same every time and holds nothing that is not ours.
 */
public final class HostileCorpus {
  public static final long MAX_BYTES = 200_000;

  private HostileCorpus() {}

  static String article(Random random, int n) {
    String[] subjects = {
      "The council", "Mayor Ann Lee", "The ministry", "Local farmers", "Officials"
    };
    String[] verbs = {"approved", "rejected", "debated", "welcomed", "questioned"};
    String[] objects = {
      "the budget", "a new bridge", "the harbor plan", "school repairs", "the tax"
    };
    StringBuilder s = new StringBuilder("Report number " + n + " on local affairs\n\n");
    int paragraphs = 2 + random.nextInt(3);
    for (int p = 0; p < paragraphs; p++) {
      for (int k = 0; k < 2 + random.nextInt(3); k++) {
        s.append(subjects[random.nextInt(subjects.length)])
            .append(' ')
            .append(verbs[random.nextInt(verbs.length)])
            .append(' ')
            .append(objects[random.nextInt(objects.length)])
            .append(" on day ")
            .append(n % 28 + 1)
            .append(". ");
      }
      if (random.nextInt(3) == 0) {
        s.append("\u201CWe will see what happens next,\u201D said Tom Park.");
      }
      s.append("\n\n");
    }
    return s.toString();
  }

  /**
   * Writes {@code count} files into {@code dir}, cycling through the kinds; returns their paths.
   */
  public static List<Path> write(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(20261129);
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = article(random, i);
      String name;
      byte[] bytes;
      switch (i % 17) {
        case 0 -> {
          name = "utf8";
          bytes = text.getBytes(StandardCharsets.UTF_8);
        }
        case 1 -> {
          name = "utf8bom";
          bytes =
              concat(
                  new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                  text.getBytes(StandardCharsets.UTF_8));
        }
        case 2 -> {
          name = "utf16le";
          bytes =
              concat(
                  new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        }
        case 3 -> {
          name = "utf16be";
          bytes =
              concat(
                  new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        }
        case 4 -> {
          name = "cp1252";
          bytes = (text + "Caf\u00e9 \u2014 \u20ac5.\n").getBytes(Charset.forName("windows-1252"));
        }
        case 5 -> {
          name = "crlf";
          bytes = text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        }
        case 6 -> {
          name = "cr";
          bytes = text.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
        }
        case 7 -> {
          name = "nul";
          bytes =
              (text.substring(0, 20) + '\0' + text.substring(20)).getBytes(StandardCharsets.UTF_8);
        }
        case 8 -> {
          name = "binary";
          bytes = new byte[2048];
          random.nextBytes(bytes);
        }
        case 9 -> {
          name = "empty";
          bytes = new byte[0];
        }
        case 10 -> {
          name = "toolarge";
          bytes =
              text.repeat((int) (MAX_BYTES / text.length()) + 2).getBytes(StandardCharsets.UTF_8);
        }
        case 11 -> {
          name = "gzip";
          bytes = gzip(text.getBytes(StandardCharsets.UTF_8));
        }
        case 12 -> {
          name = "badgzip";
          bytes = "this is not gzip at all".getBytes(StandardCharsets.UTF_8);
        }
        case 13 -> {
          name = "gzipbomb";
          bytes = gzip(new byte[(int) MAX_BYTES * 3]);
        }
        case 14 -> {
          name = "dangling";
          bytes = null;
        }
        case 15 -> {
          name = "whitespace";
          bytes = " \n\r\n\t \n".getBytes(StandardCharsets.UTF_8);
        }
        default -> {
          name = "utf8plain";
          bytes = text.getBytes(StandardCharsets.UTF_8);
        }
      }
      String file = String.format("h%04d-%s.txt%s", i, name, name.contains("gzip") ? ".gz" : "");
      Path path = dir.resolve(file);
      if (bytes == null) {
        Files.createSymbolicLink(path, dir.resolve("no-such-target-" + i));
      } else {
        Files.write(path, bytes);
      }
      written.add(path);
    }
    return written;
  }

  /** The error reason a generated file must get, or null when it must become a document. */
  static String expectedReason(String fileName) {
    String kind = fileName.substring(fileName.indexOf('-') + 1).replaceAll("\\.txt(\\.gz)?$", "");
    return switch (kind) {
      case "nul", "binary" -> "binary_content";
      case "empty", "whitespace" -> "empty_file";
      case "toolarge", "gzipbomb" -> "too_large";
      case "badgzip" -> "invalid_gzip";
      case "dangling" -> "unreadable_file";
      default -> null;
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  /**
   * Runs the job on the real articles of {@code in} alone (their names start with {@code real-})
   * into {@code alone}, and returns, for each of {@code tables}, their rows there and in {@code
   * mixed}, the run that had them among other inputs: a list of (alone, mixed) pairs to compare.
   */
  static List<List<List<Map<String, String>>>> realRowsAloneAndMixed(
      Path in, Path mixed, Path alone, String... tables) throws IOException {
    int exit =
        org.newsnlp.NewsNlp.run(
            new String[] {
              "--inputs=" + in + "/real-*", "--output=" + alone, "--progressSeconds=0"
            });
    if (exit != org.newsnlp.NewsNlp.EXIT_OK) {
      throw new IllegalStateException("the run of the real articles alone exited with " + exit);
    }
    List<List<List<Map<String, String>>>> pairs = new ArrayList<>();
    for (String table : tables) {
      pairs.add(List.of(realRows(alone, table), realRows(mixed, table)));
    }
    return pairs;
  }

  private static List<Map<String, String>> realRows(Path folder, String table) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Map<String, String> row : Tables.rows(folder.resolve(table))) {
      if (row.get("doc_id").startsWith("real-")) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Up to {@code n} real articles from ../shared, or none when it is absent. */
  static List<Path> sharedArticles(int n) throws IOException {
    Path bbc = Path.of("..", "shared", "corpora", "news", "bbc");
    if (!Files.isDirectory(bbc)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(bbc)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
    }
  }
}
