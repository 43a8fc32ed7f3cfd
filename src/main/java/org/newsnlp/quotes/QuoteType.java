package org.newsnlp.quotes;

import java.util.Locale;

/** How a row's words were attributed; the {@code quote_type} column. */
enum QuoteType {
  /** A passage in quotation marks that stands as a sentence or follows its attribution. */
  DIRECT,
  /** Reported speech with quoted words inside, or a quoted fragment woven into such speech. */
  MIXED,
  /** Reported speech without quotation marks. */
  INDIRECT;

  /** The value written to {@code quotes.csv}. */
  String csv() {
    return name().toLowerCase(Locale.ROOT);
  }
}
