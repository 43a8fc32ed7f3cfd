package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/** An annotated article with the quotations found in it, in text order. */
@DefaultCoder(QuotedArticleCoder.class)
public record QuotedArticle(AnnotatedArticle annotated, List<Quote> quotes)
    implements Serializable {
  public QuotedArticle {
    quotes = List.copyOf(quotes);
  }
}
