package org.newsnlp.write;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * External merge sort of table rows: rows are sorted in memory a batch at a time and written as
 * sorted <em>runs</em> (binary files); the runs are then merged into one sorted stream. Memory is
 * bounded by a batch and by one buffered row per run, however large the table.
 *
 * <p>The order is total and depends only on the rows: by sort key, then cell by cell, so the same
 * rows give the same order however they were split into runs.
 */
public final class SortedRuns {
  /** Runs merged at once; more runs are merged in passes, so open files stay bounded. */
  static final int FAN_IN = 64;

  private SortedRuns() {}

  /** A table row: its sort key and its cells. */
  public record Row(String key, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** The characters it holds, for bounding a batch in memory. */
    public long size() {
      long n = key.length();
      for (String c : cells) {
        n += c.length();
      }
      return n;
    }
  }

  /** By key, then cell by cell (a shorter row first when one is a prefix of the other). */
  public static final Comparator<Row> ORDER =
      (a, b) -> {
        int c = a.key().compareTo(b.key());
        if (c != 0) {
          return c;
        }
        List<String> x = a.cells();
        List<String> y = b.cells();
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
          c = x.get(i).compareTo(y.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(x.size(), y.size());
      };

  /** Sorts {@code rows} in place and writes them to {@code out} as one run; does not close it. */
  public static void writeRun(List<Row> rows, OutputStream out) throws IOException {
    rows.sort(ORDER);
    writeRows(rows.iterator(), out);
  }

  /** Writes rows, already in order, to {@code out}; does not close it. */
  private static void writeRows(Iterator<Row> rows, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
    while (rows.hasNext()) {
      Row row = rows.next();
      writeString(data, row.key());
      data.writeInt(row.cells().size());
      for (String cell : row.cells()) {
        writeString(data, cell);
      }
    }
    data.flush();
  }

  /** A source of runs to merge: opened one at a time, closed by the merge. */
  public interface RunSource {
    InputStream open() throws IOException;
  }

  /**
   * Merges sorted runs into one sorted iterator of rows. The caller closes it, which closes every
   * run still open. Runs are opened as the merge starts, so at most {@link #FAN_IN} should be given
   * at once: {@link #mergeInPasses} handles any number.
   */
  public static Merge merge(List<? extends RunSource> runs) throws IOException {
    return new Merge(runs);
  }

  /**
   * Merges any number of runs: while there are more than {@link #FAN_IN}, groups of them are merged
   * into new runs ({@code spill} makes a place for one and returns how to read it back).
   */
  public static Merge mergeInPasses(List<? extends RunSource> runs, Spill spill)
      throws IOException {
    List<RunSource> level = new ArrayList<>(runs);
    while (level.size() > FAN_IN) {
      List<RunSource> next = new ArrayList<>();
      for (int i = 0; i < level.size(); i += FAN_IN) {
        List<RunSource> group = level.subList(i, Math.min(level.size(), i + FAN_IN));
        if (group.size() == 1) {
          next.add(group.get(0));
          continue;
        }
        Spill.Place place = spill.newPlace();
        try (Merge merged = merge(group);
            OutputStream out = place.create()) {
          writeRows(merged, out);
        }
        next.add(place);
      }
      level = next;
    }
    return merge(level);
  }

  /** Where intermediate runs of a merge in passes go. */
  public interface Spill {
    Place newPlace() throws IOException;

    /** One intermediate run: written once, then read back. */
    interface Place extends RunSource {
      OutputStream create() throws IOException;
    }
  }

  /** The merged rows, in order. */
  public static final class Merge implements Iterator<Row>, AutoCloseable {
    private final List<DataInputStream> inputs = new ArrayList<>();
    private final PriorityQueue<Head> heads;

    private record Head(Row row, int run) {}

    private Merge(List<? extends RunSource> runs) throws IOException {
      // Equal rows are interchangeable (same bytes out), but the run index keeps the order total.
      heads =
          new PriorityQueue<>(
              Math.max(1, runs.size()),
              Comparator.comparing(Head::row, ORDER).thenComparingInt(Head::run));
      try {
        for (RunSource run : runs) {
          DataInputStream in = new DataInputStream(new BufferedInputStream(run.open(), 1 << 16));
          inputs.add(in);
          advance(inputs.size() - 1);
        }
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }

    private void advance(int run) throws IOException {
      Row row = readRow(inputs.get(run));
      if (row != null) {
        heads.add(new Head(row, run));
      }
    }

    @Override
    public boolean hasNext() {
      return !heads.isEmpty();
    }

    @Override
    public Row next() {
      Head head = heads.poll();
      if (head == null) {
        throw new NoSuchElementException();
      }
      try {
        advance(head.run());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return head.row();
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (DataInputStream in : inputs) {
        try {
          in.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** The next row of a run, or null at its end. */
  private static Row readRow(DataInputStream in) throws IOException {
    String key;
    try {
      key = readString(in);
    } catch (EOFException end) {
      return null;
    }
    int n = in.readInt();
    List<String> cells = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      cells.add(readString(in));
    }
    return new Row(key, cells);
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
