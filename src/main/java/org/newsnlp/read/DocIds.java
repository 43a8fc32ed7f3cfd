package org.newsnlp.read;

import java.io.Serializable;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Names documents: a document's id is its path relative to the input folder (the part of the {@code
 * --inputs} pattern before its first wildcard), without the file extension ({@code .gz} and the
 * extension before it, for compressed files).
 */
public final class DocIds implements Serializable {
  private final String base;

  private DocIds(String base) {
    this.base = base;
  }

  /** For a file pattern such as {@code seeds/*.txt} or {@code /data/news/**}. */
  public static DocIds forPattern(String pattern) {
    int wildcard = firstWildcard(pattern);
    String prefix = wildcard < 0 ? pattern : pattern.substring(0, wildcard);
    int slash = prefix.lastIndexOf('/');
    String folder = slash < 0 ? "" : prefix.substring(0, slash + 1);
    if (!folder.contains("://")) {
      Path absolute = Paths.get(folder.isEmpty() ? "." : folder).toAbsolutePath().normalize();
      folder = absolute.toString();
      if (!folder.endsWith("/")) {
        folder += "/";
      }
    }
    return new DocIds(folder);
  }

  public String base() {
    return base;
  }

  /** The id of the file at {@code path} (an absolute path or URI as the file system reports it). */
  public String idOf(String path) {
    String local = path.startsWith("file://") ? path.substring("file://".length()) : path;
    String relative = local.startsWith(base) ? local.substring(base.length()) : fileName(local);
    return withoutExtension(relative);
  }

  static String withoutExtension(String relative) {
    if (relative.endsWith(".gz")) {
      relative = relative.substring(0, relative.length() - 3);
    }
    int slash = relative.lastIndexOf('/');
    int dot = relative.lastIndexOf('.');
    if (dot > slash + 1) {
      relative = relative.substring(0, dot);
    }
    return relative;
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int firstWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
