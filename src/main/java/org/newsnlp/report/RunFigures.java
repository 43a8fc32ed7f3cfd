package org.newsnlp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.model.InputFile;
import org.newsnlp.run.Tables;

/**
 * What the report shows of one run, read from its tables in one pass over each: the distributions
 * of words, reading ease, grade and quotations per document, the language mix, documents and
 * quotations by publication date and quotations by outlet, the documents with the most quotations,
 * the top speakers, the bytes read and the first rejected inputs. It holds the per-document figures
 * (four numbers a document), counts per day and per outlet, and a fixed number of rows, never a
 * whole table.
 *
 * @param documents rows of {@code documents.csv}
 * @param words words per document
 * @param readingEase Flesch reading ease per document
 * @param grade Flesch-Kincaid grade per document
 * @param quotesPerDocument quotation rows per document
 * @param languages documents by {@code language}, most first
 * @param mostQuoted the documents with the most quotation rows, most first
 * @param speakers the speakers with the most quotation rows, most first
 * @param bytesRead bytes of the inputs this run read (not those an incremental run skipped)
 * @param rejected rows of {@code errors.csv}
 * @param firstRejected its first rows, in the table's order (by path)
 * @param published documents and quotations by their {@code published} date
 * @param quotesByOutlet quotation rows of the {@value #TOP_OUTLETS} outlets with the most, most
 *     first; empty when no document names its outlet
 * @param outlets distinct outlets named in {@code documents.csv}
 */
public record RunFigures(
    int documents,
    Histogram words,
    Histogram readingEase,
    Histogram grade,
    Histogram quotesPerDocument,
    Map<String, Integer> languages,
    List<QuotedDocument> mostQuoted,
    List<TopSpeakers.SpeakerCount> speakers,
    long bytesRead,
    int rejected,
    List<Rejection> firstRejected,
    PublishedTimeline published,
    Map<String, Integer> quotesByOutlet,
    int outlets) {
  /** Speakers in the bar chart. */
  public static final int TOP_SPEAKERS = 20;

  /** Rejected inputs listed one by one; the rest are counted. */
  public static final int REJECTIONS_LISTED = 100;

  /** Documents listed as the most quoted. */
  public static final int MOST_QUOTED = 10;

  /** Outlets in the bar chart of quotations by outlet. */
  public static final int TOP_OUTLETS = 20;

  public RunFigures {
    quotesByOutlet = Collections.unmodifiableMap(new LinkedHashMap<>(quotesByOutlet));
  }

  /** A document and its quotation rows. */
  public record QuotedDocument(String docId, String headline, int quotes) {}

  /** A row of {@code errors.csv}. */
  public record Rejection(String path, String stage, String reason, String detail) {}

  /** Reads the figures of the run whose tables are in {@code folder}. */
  public static RunFigures read(Path folder) throws IOException {
    DocumentColumns docs = new DocumentColumns();
    Tables.forEachRow(folder, "documents.csv", docs::add);

    long[] bytes = {0};
    Tables.forEachRow(
        folder,
        "inputs.csv",
        row -> {
          if (!InputFile.SKIPPED.equals(row.get("status"))) {
            bytes[0] += parseLong(row.get("size_bytes"));
          }
        });

    List<Rejection> first = new ArrayList<>();
    int[] rejected = {0};
    Tables.forEachRow(
        folder,
        "errors.csv",
        row -> {
          if (rejected[0]++ < REJECTIONS_LISTED) {
            first.add(
                new Rejection(
                    row.get("path"), row.get("stage"), row.get("reason"), row.get("detail")));
          }
        });

    return new RunFigures(
        docs.count,
        Histogram.of(docs.words.toArray(), true),
        Histogram.of(docs.ease.toArray(), false),
        Histogram.of(docs.grade.toArray(), false),
        Histogram.of(docs.quotes.toArray(), true),
        docs.languagesByCount(),
        docs.mostQuoted(),
        TopSpeakers.of(folder, TOP_SPEAKERS),
        bytes[0],
        rejected[0],
        List.copyOf(first),
        docs.timeline.timeline(),
        docs.topOutlets(),
        docs.outlets.size());
  }

  /** The columns of {@code documents.csv} the report uses, gathered row by row. */
  private static final class DocumentColumns {
    int count;
    final Doubles words = new Doubles();
    final Doubles ease = new Doubles();
    final Doubles grade = new Doubles();
    final Doubles quotes = new Doubles();
    final Map<String, Integer> languages = new TreeMap<>();
    final PublishedTimeline.Counter timeline = new PublishedTimeline.Counter();
    final Map<String, int[]> outlets = new TreeMap<>();
    final PriorityQueue<QuotedDocument> top =
        new PriorityQueue<>(
            Comparator.comparingInt(QuotedDocument::quotes)
                .thenComparing(QuotedDocument::docId, Comparator.reverseOrder()));

    void add(CSVRecord row) {
      count++;
      words.add(row.get("words"));
      ease.add(row.get("flesch_reading_ease"));
      grade.add(row.get("flesch_kincaid_grade"));
      quotes.add(row.get("quotes"));
      String language = row.get("language");
      languages.merge(language.isEmpty() ? "unknown" : language, 1, Integer::sum);
      int q = (int) parseLong(row.get("quotes"));
      timeline.add(cell(row, "published"), q);
      String outlet = cell(row, "outlet");
      if (!outlet.isEmpty()) {
        int[] counts = outlets.computeIfAbsent(outlet, o -> new int[2]);
        counts[0]++;
        counts[1] += q;
      }
      if (q > 0) {
        top.add(new QuotedDocument(row.get("doc_id"), row.get("headline"), q));
        if (top.size() > MOST_QUOTED) {
          top.poll();
        }
      }
    }

    Map<String, Integer> languagesByCount() {
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(languages.entrySet());
      entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      Map<String, Integer> sorted = new LinkedHashMap<>();
      entries.forEach(e -> sorted.put(e.getKey(), e.getValue()));
      return sorted;
    }

    /** The outlets with the most quotation rows, then the most documents, then by name. */
    Map<String, Integer> topOutlets() {
      List<Map.Entry<String, int[]>> entries = new ArrayList<>(outlets.entrySet());
      entries.sort(
          Comparator.comparingInt((Map.Entry<String, int[]> e) -> -e.getValue()[1])
              .thenComparingInt(e -> -e.getValue()[0])
              .thenComparing(Map.Entry::getKey));
      Map<String, Integer> top = new LinkedHashMap<>();
      for (Map.Entry<String, int[]> e : entries.subList(0, Math.min(TOP_OUTLETS, entries.size()))) {
        top.put(e.getKey(), e.getValue()[1]);
      }
      return top;
    }

    List<QuotedDocument> mostQuoted() {
      List<QuotedDocument> list = new ArrayList<>(top);
      list.sort(
          Comparator.comparingInt(QuotedDocument::quotes)
              .reversed()
              .thenComparing(QuotedDocument::docId));
      return List.copyOf(list);
    }
  }

  /** A growing array of numbers; blank or unreadable cells are left out. */
  private static final class Doubles {
    private double[] values = new double[1024];
    private int size;

    void add(String cell) {
      if (cell.isEmpty()) {
        return;
      }
      double v;
      try {
        v = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        return;
      }
      if (!Double.isFinite(v)) {
        return;
      }
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = v;
    }

    double[] toArray() {
      return java.util.Arrays.copyOf(values, size);
    }
  }

  /** The cell of {@code column}, or empty for a table written before the column existed. */
  private static String cell(CSVRecord row, String column) {
    return row.isMapped(column) ? row.get(column) : "";
  }

  private static long parseLong(String cell) {
    try {
      return cell.isEmpty() ? 0 : Long.parseLong(cell);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
