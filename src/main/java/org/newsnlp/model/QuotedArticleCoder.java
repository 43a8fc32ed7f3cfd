package org.newsnlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.ListCoder;

/**
 * A coder for {@link QuotedArticle}: the annotated article through {@link AnnotatedArticleCoder},
 * the quotations through Java serialization, so that fields added to {@link Quote} need no change
 * here (quotations are few beside the tokens).
 */
public final class QuotedArticleCoder extends CustomCoder<QuotedArticle> {
  private static final QuotedArticleCoder INSTANCE = new QuotedArticleCoder();
  private static final ListCoder<Quote> QUOTES = ListCoder.of(RecordCoder.of(Quote.class));

  private QuotedArticleCoder() {}

  public static QuotedArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(QuotedArticle value, OutputStream out) throws IOException {
    AnnotatedArticleCoder.of().encode(value.annotated(), out);
    QUOTES.encode(value.quotes(), out);
  }

  @Override
  public QuotedArticle decode(InputStream in) throws IOException {
    AnnotatedArticle annotated = AnnotatedArticleCoder.of().decode(in);
    List<Quote> quotes = QUOTES.decode(in);
    return new QuotedArticle(annotated, quotes);
  }
}
