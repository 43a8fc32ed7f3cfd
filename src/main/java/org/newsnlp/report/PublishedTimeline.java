package org.newsnlp.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.newsnlp.model.ArticleMetadata;

/**
 * Documents and their quotation rows by the date they were published ({@code documents.csv}'s
 * {@code published}, its date part), for the report's chart of a run over time: by day when the
 * dates span {@value #MAX_DAYS} days or fewer, else by month. Periods between the first and the
 * last without a document are given with zero counts, so that a gap shows as one, unless that would
 * make more than {@value #MAX_PERIODS} periods (a stray date decades away), when only the periods
 * with documents are given. Documents without a date are counted apart.
 *
 * @param periods the days or months from the first date to the last, in order; none when no
 *     document had a date
 * @param byDay true when the periods are days
 * @param dated documents with a date
 * @param undated documents without one
 */
public record PublishedTimeline(List<Period> periods, boolean byDay, int dated, int undated) {
  /** The longest span, in days from the first date to the last, shown day by day. */
  static final int MAX_DAYS = 62;

  /** The most periods given with the gaps between them filled. */
  static final int MAX_PERIODS = 1200;

  /**
   * One day or month.
   *
   * @param start its first day, {@code YYYY-MM-DD}
   * @param documents documents published in it
   * @param quotes their quotation rows
   */
  public record Period(String start, int documents, int quotes) {}

  public PublishedTimeline {
    periods = List.copyOf(periods);
  }

  /** Counts documents one at a time, holding one pair of counts per distinct day. */
  public static final class Counter {
    private final TreeMap<LocalDate, int[]> byDay = new TreeMap<>();
    private int dated;
    private int undated;

    /**
     * Counts one document: its {@code published} cell and its quotation rows. A cell that is empty
     * or holds no date this reads counts as undated.
     */
    public void add(String published, int quotes) {
      LocalDate day;
      try {
        day = published.isEmpty() ? null : LocalDate.parse(ArticleMetadata.dateOf(published));
      } catch (DateTimeParseException e) {
        day = null;
      }
      if (day == null) {
        undated++;
        return;
      }
      dated++;
      int[] counts = byDay.computeIfAbsent(day, d -> new int[2]);
      counts[0]++;
      counts[1] += quotes;
    }

    /** The timeline of the documents counted. */
    public PublishedTimeline timeline() {
      boolean days =
          byDay.isEmpty() || ChronoUnit.DAYS.between(byDay.firstKey(), byDay.lastKey()) <= MAX_DAYS;
      TreeMap<LocalDate, int[]> periods = new TreeMap<>();
      byDay.forEach(
          (day, c) -> {
            int[] p = periods.computeIfAbsent(days ? day : day.withDayOfMonth(1), d -> new int[2]);
            p[0] += c[0];
            p[1] += c[1];
          });
      List<Period> list = new ArrayList<>();
      if (!periods.isEmpty()) {
        LocalDate first = periods.firstKey();
        LocalDate last = periods.lastKey();
        long span =
            days
                ? ChronoUnit.DAYS.between(first, last)
                : ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last));
        if (span + 1 > MAX_PERIODS) {
          periods.forEach((start, c) -> list.add(new Period(start.toString(), c[0], c[1])));
        } else {
          for (LocalDate p = first; !p.isAfter(last); p = days ? p.plusDays(1) : p.plusMonths(1)) {
            int[] c = periods.getOrDefault(p, new int[2]);
            list.add(new Period(p.toString(), c[0], c[1]));
          }
        }
      }
      return new PublishedTimeline(list, days, dated, undated);
    }
  }
}
