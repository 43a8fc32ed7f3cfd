package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsnlp.quotes.Fixtures.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Quote;

/**
 * Protects what is left out of {@code quotes.csv} although it stands in quotation marks, each rule
 * with invented sentences shaped like the cases found in the PolNeAR training split.
 */
class NotQuotationsTest {

  @Test
  void anAttributeValueInMarkupIsNoQuotation() {
    List<Quote> q =
        quotes(
            "Maria Okafor was at the pier with her crew: <post post-date=\"March 9, 2016\" "
                + "post-author=\"@harbor master Okafor\">The pier opens today.</post>");
    assertEquals(List.of(), q.stream().map(Quote::text).toList());
  }
}
