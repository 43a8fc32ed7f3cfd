package org.newsnlp.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names documents. A document's id is its path relative to the input folder (the part of the {@code
 * --inputs} pattern before its first wildcard), without its extension ({@code .gz} and the
 * extension before it, for compressed files): {@code bbc/business-001} for {@code
 * bbc/business-001.txt}. Where two files of a run would get the same id ({@code story.txt}, {@code
 * story.md} and {@code story.txt.gz}), each of them keeps its whole file name instead ({@code
 * story.txt}, {@code story.md}, {@code story.txt.gz}), and so on until every id is unique. The
 * articles of a JSON Lines file are {@code <file's id>/<article id or line>}: where another file's
 * id lies below a JSON Lines file's id as below a folder ({@code news.jsonl} and {@code
 * news/a.txt}), the JSON Lines file keeps its whole name ({@code news.jsonl/…}), so that no
 * article's id can be another document's. Ids depend only on the relative paths of the files
 * matched, never on the order they were found in.
 */
public final class DocIds {
  private DocIds() {}

  /** The id of every relative path given, in the order given; no two ids are equal. */
  public static Map<String, String> assign(List<String> relativePaths) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (String path : relativePaths) {
      ids.put(path, withoutExtension(path));
    }
    // A path that keeps its whole name is unique among whole names; it can still meet another
    // file's shortened id, which then keeps its whole name too. Each pass lengthens at least one
    // id, so this ends after at most as many passes as there are files (in practice one).
    while (true) {
      Map<String, List<String>> byId = new HashMap<>();
      for (Map.Entry<String, String> e : ids.entrySet()) {
        byId.computeIfAbsent(e.getValue(), id -> new ArrayList<>()).add(e.getKey());
      }
      boolean changed = false;
      for (List<String> sharing : byId.values()) {
        if (sharing.size() > 1) {
          for (String path : sharing) {
            changed |= !ids.put(path, path).equals(path);
          }
        }
      }
      TreeSet<String> all = new TreeSet<>(ids.values());
      for (Map.Entry<String, String> e : ids.entrySet()) {
        String path = e.getKey();
        String id = e.getValue();
        if (InputFormat.of(path) == InputFormat.JSON_LINES && !id.equals(path)) {
          String below = all.ceiling(id + "/");
          if (below != null && below.startsWith(id + "/")) {
            e.setValue(path);
            changed = true;
          }
        }
      }
      if (!changed) {
        return ids;
      }
    }
  }

  /** {@code bbc/business-001} for {@code bbc/business-001.txt} or {@code …001.txt.gz}. */
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
}
