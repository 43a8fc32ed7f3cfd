package org.newsnlp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The distribution of one figure across documents, in equal bins of a round width over the middle
 * 99% of the values: the few values beyond it are counted in the first or last bin and said so, so
 * that one freak document does not squeeze every other into a single bar.
 *
 * @param bins the bins, in order, each {@code [start, end)}
 * @param values how many values were counted (blank cells are not)
 * @param median the median value; NaN when there were none
 * @param belowFirst values below the first bin's start, counted in the first bin
 * @param aboveLast values at or above the last bin's end, counted in the last bin
 */
public record Histogram(List<Bin> bins, int values, double median, int belowFirst, int aboveLast) {
  /** Bins the histogram aims at; it has between about half and twice as many. */
  static final int TARGET_BINS = 30;

  /** One bar: {@code count} values in {@code [start, end)}. */
  public record Bin(double start, double end, int count) {}

  public Histogram {
    bins = List.copyOf(bins);
  }

  /** The histogram of {@code values}; {@code integers} keeps bin widths whole numbers. */
  public static Histogram of(double[] values, boolean integers) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    if (n == 0) {
      return new Histogram(List.of(), 0, Double.NaN, 0, 0);
    }
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    double lo = sorted[(int) Math.floor(0.005 * (n - 1))];
    double hi = sorted[(int) Math.ceil(0.995 * (n - 1))];
    double step = niceStep((hi - lo) / TARGET_BINS, integers);
    double start = Math.floor(lo / step) * step;
    int count = Math.max(1, (int) Math.floor((hi - start) / step) + 1);
    int[] counts = new int[count];
    int below = 0;
    int above = 0;
    for (double v : sorted) {
      int bin = (int) Math.floor((v - start) / step);
      if (bin < 0) {
        below++;
        bin = 0;
      } else if (bin >= count) {
        above++;
        bin = count - 1;
      }
      counts[bin]++;
    }
    List<Bin> bins = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      bins.add(new Bin(round(start + i * step), round(start + (i + 1) * step), counts[i]));
    }
    return new Histogram(bins, n, median, below, above);
  }

  /** The smallest of 1, 2, 2.5 and 5 times a power of ten that is at least {@code raw}. */
  static double niceStep(double raw, boolean integers) {
    if (!(raw > 0)) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = 10 * power;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        step = m * power;
        break;
      }
    }
    return integers ? Math.max(1, Math.ceil(step)) : step;
  }

  /** Bin edges without the binary noise of repeated addition (0.30000000000000004). */
  private static double round(double edge) {
    return Math.round(edge * 1e6) / 1e6;
  }
}
