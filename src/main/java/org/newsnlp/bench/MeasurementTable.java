package org.newsnlp.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The rows of {@code benchmark.csv}, in the order they were measured: one per measurement, with the
 * throughput worked out from the documents, tokens and seconds given.
 */
final class MeasurementTable {
  static final int CORES = Runtime.getRuntime().availableProcessors();
  static final List<String> HEADER =
      List.of(
          "measurement",
          "documents",
          "tokens",
          "wall_s",
          "tokens_per_s",
          "documents_per_s",
          "cpu_s",
          "cpu_use",
          "peak_heap_mb",
          "note");

  private final List<List<String>> rows = new ArrayList<>();

  List<List<String>> rows() {
    return rows;
  }

  void add(String name, Measured m, String note) {
    add(name, m.documents(), m.tokens(), m.wallSeconds(), m.cpuSeconds(), m.peakHeapMb(), note);
  }

  /** A row; {@code cpu} and {@code heapMb} below zero when not measured. */
  void add(
      String name, int documents, long tokens, double wall, double cpu, long heapMb, String note) {
    rows.add(
        List.of(
            name,
            Integer.toString(documents),
            Long.toString(tokens),
            String.format(Locale.ROOT, "%.1f", wall),
            String.format(Locale.ROOT, "%.0f", tokens / wall),
            String.format(Locale.ROOT, "%.1f", documents / wall),
            cpu < 0 ? "" : String.format(Locale.ROOT, "%.1f", cpu),
            cpu < 0 ? "" : String.format(Locale.ROOT, "%.2f", cpu / (wall * CORES)),
            heapMb < 0 ? "" : Long.toString(heapMb),
            note));
  }

  /** Prints {@code rows} under {@code header} as a Markdown table, columns padded to one width. */
  static void print(List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> r : all) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (List<String> r : all) {
      sb.append("| ");
      for (int i = 0; i < r.size(); i++) {
        sb.append(String.format("%-" + widths[i] + "s", r.get(i))).append(" | ");
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
      if (r == header) {
        sb.append('|');
        Arrays.stream(widths).forEach(w -> sb.append("-".repeat(w + 2)).append('|'));
        sb.append('\n');
      }
    }
    System.out.print(sb);
  }
}
