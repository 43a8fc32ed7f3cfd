package org.newsnlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The four-decimal cells must be exactly what {@code String.format("%.4f")} writes. */
class DocumentStatsTest {
  private static String formatted(double value) {
    String s = String.format(Locale.ROOT, "%.4f", value);
    return s.equals("-0.0000") ? "0.0000" : s;
  }

  @Test
  void decimalIsStringFormatsFourDecimals() {
    double[] edges = {
      0.0,
      -0.0,
      0.00005,
      -0.00005,
      0.00004999,
      1.00005,
      2.00015,
      0.12345,
      0.99995,
      -0.99995,
      1e-300,
      -1e-300,
      1e20,
      -1e20,
      123456789.123456789,
      0.5,
      1.0 / 3,
      2.0 / 3,
      206.835,
      -15.59,
      Double.MIN_VALUE,
      Double.MAX_VALUE,
      4.35,
      0.1 + 0.2
    };
    for (double d : edges) {
      assertEquals(formatted(d), DocumentStats.decimal(d), Double.toString(d));
    }
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 1_000_000; i++) {
      double d;
      switch (i % 4) {
        case 0 -> d = random.nextDouble(); // shares, ratios
        case 1 -> d = random.nextDouble(-200, 250); // readability formulas
        case 2 -> d = random.nextInt(-100_000, 100_000) / 100_000.0 + random.nextInt(100); // ties
        default -> d = Double.longBitsToDouble(random.nextLong()); // anything
      }
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        assertEquals("", DocumentStats.decimal(d));
      } else {
        assertEquals(formatted(d), DocumentStats.decimal(d), Double.toString(d));
      }
    }
  }
}
