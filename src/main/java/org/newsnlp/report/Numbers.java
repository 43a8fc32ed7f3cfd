package org.newsnlp.report;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as people read them: thousands separators, a decimal where it helps, units. */
public final class Numbers {
  private Numbers() {}

  /** {@code 2225} → {@code 2,225}. */
  public static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  /** {@code x} with at most {@code digits} decimals: {@code 1234.56} → {@code 1,234.6}. */
  public static String decimal(double x, int digits) {
    NumberFormat f = NumberFormat.getNumberInstance(Locale.ENGLISH);
    f.setMaximumFractionDigits(digits);
    f.setMinimumFractionDigits(0);
    return f.format(x);
  }

  /** {@code part} of {@code whole} as a whole percentage: {@code 1, 3} → {@code 33%}. */
  public static String share(long part, long whole) {
    return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
  }

  /** Seconds as {@code 8.4 s}, {@code 3 min 12 s} or {@code 2 h 05 min}. */
  public static String duration(double seconds) {
    if (seconds < 60) {
      return decimal(seconds, 1) + " s";
    }
    long s = Math.round(seconds);
    if (s < 3600) {
      return (s / 60) + " min " + (s % 60) + " s";
    }
    return (s / 3600) + " h " + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + " min";
  }

  /** Bytes in units of 1,000: {@code 532 B}, {@code 4.9 MB}. */
  public static String bytes(double bytes) {
    String[] units = {"B", "kB", "MB", "GB", "TB"};
    int u = 0;
    while (bytes >= 1000 && u < units.length - 1) {
      bytes /= 1000;
      u++;
    }
    return decimal(bytes, u == 0 ? 0 : 1) + " " + units[u];
  }
}
