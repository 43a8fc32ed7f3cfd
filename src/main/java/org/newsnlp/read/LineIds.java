package org.newsnlp.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the names of a JSON Lines file's articles unique within the file. An article is named by
 * its id, or by its line number when it has none; where two articles would get the same name (an id
 * repeated, or an id that is another article's line number), each one named by an id is named
 * {@code <id>@<line number>} instead, and so on until no two names are equal. Names of the form
 * {@code <id>@<line>} are unique among themselves (the line number after the last {@code @} tells
 * them apart), so this ends.
 *
 * <p>Names are compared by 64-bit FNV-1a hashes, so that a file of millions of lines needs 24 bytes
 * a line, not its ids: two different names with the same hash (about one chance in 10^7 for a
 * million lines) only make both {@code <id>@<line>}, which is still unique.
 */
final class LineIds {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private long[] lines = new long[1024];
  private long[] idHashes = new long[1024];
  private final BitSet hasId = new BitSet();
  private int size;

  /** Adds the article at {@code line}, with its id or null. */
  void add(long line, String id) {
    if (size == lines.length) {
      lines = Arrays.copyOf(lines, size * 2);
      idHashes = Arrays.copyOf(idHashes, size * 2);
    }
    lines[size] = line;
    if (id != null) {
      idHashes[size] = hash(FNV_OFFSET, id);
      hasId.set(size);
    }
    size++;
  }

  /** The lines whose article is to be named {@code <id>@<line number>}, in order. */
  List<Long> shared() {
    long[] names = new long[size];
    for (int i = 0; i < size; i++) {
      names[i] = hasId.get(i) ? idHashes[i] : hash(FNV_OFFSET, Long.toString(lines[i]));
    }
    BitSet withLine = new BitSet();
    while (true) {
      Set<Long> repeated = repeated(names);
      boolean changed = false;
      for (int i = 0; i < size; i++) {
        if (hasId.get(i) && !withLine.get(i) && repeated.contains(names[i])) {
          withLine.set(i);
          names[i] = hash(idHashes[i], "@" + lines[i]);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    List<Long> result = new ArrayList<>();
    for (int i = withLine.nextSetBit(0); i >= 0; i = withLine.nextSetBit(i + 1)) {
      result.add(lines[i]);
    }
    return result;
  }

  /** The values that occur more than once in {@code values}. */
  private static Set<Long> repeated(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    Set<Long> repeated = new HashSet<>();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        repeated.add(sorted[i]);
      }
    }
    return repeated;
  }

  /** FNV-1a of {@code s}'s UTF-8 bytes, continuing from {@code h}. */
  private static long hash(long h, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xFF)) * FNV_PRIME;
    }
    return h;
  }
}
