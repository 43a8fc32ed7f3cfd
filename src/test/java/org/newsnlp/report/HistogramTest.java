package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bins of a round width, the median, and outliers counted at the edges rather than dropped. */
class HistogramTest {
  @Test
  void roundBinsAndTheMedian() {
    Histogram h = Histogram.of(new double[] {3, 1, 2, 2, 4}, true);
    assertEquals(2.0, h.median());
    assertEquals(5, h.values());
    assertEquals(
        List.of(
            new Histogram.Bin(1, 2, 1),
            new Histogram.Bin(2, 3, 2),
            new Histogram.Bin(3, 4, 1),
            new Histogram.Bin(4, 5, 1)),
        h.bins());
  }

  @Test
  void aFreakValueIsCountedInTheLastBinAndSaidSo() {
    double[] values = new double[1000];
    for (int i = 0; i < values.length; i++) {
      values[i] = i % 100;
    }
    values[999] = 1_000_000;
    Histogram h = Histogram.of(values, true);
    assertEquals(0, h.bins().get(0).start());
    assertEquals(100, h.bins().get(h.bins().size() - 1).end());
    assertEquals(20, h.bins().size(), "a width of 5 for 0..99");
    assertEquals(1, h.aboveLast());
    assertEquals(0, h.belowFirst());
    assertEquals(1000, h.bins().stream().mapToInt(Histogram.Bin::count).sum(), "none dropped");
    assertEquals(49.5, h.median());
  }

  @Test
  void niceStepsAndNoValues() {
    assertEquals(2.5, Histogram.niceStep(2.1, false));
    assertEquals(0.5, Histogram.niceStep(0.31, false));
    assertEquals(1.0, Histogram.niceStep(0.2, true));
    assertEquals(List.of(), Histogram.of(new double[0], false).bins());
    assertEquals(
        List.of(new Histogram.Bin(7, 8, 3)), Histogram.of(new double[] {7, 7, 7}, false).bins());
  }
}
