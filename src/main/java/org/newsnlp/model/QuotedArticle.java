package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;

/**
 * An annotated article with the quotations found in it, in text order; like {@link
 * AnnotatedArticle}, it lives only inside the step that analyses one article.
 */
public record QuotedArticle(AnnotatedArticle annotated, List<Quote> quotes)
    implements Serializable {
  public QuotedArticle {
    quotes = List.copyOf(quotes);
  }
}
