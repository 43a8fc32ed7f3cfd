package org.newsnlp.speakers;

import java.util.ArrayList;
import java.util.List;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Quote;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.stats.QuotedWords;

/** The attributed rows of an article, as the speakers table counts them. */
public final class SpeakerQuotes {
  private SpeakerQuotes() {}

  /**
   * One {@link SpeakerQuote} per row of {@code article} whose speaker is not empty, in the rows'
   * order, with its quoted words ({@link QuotedWords#in}) and its article's publication date. A row
   * without a speaker is nobody's.
   */
  public static List<SpeakerQuote> of(QuotedArticle article) {
    AnnotatedArticle annotated = article.annotated();
    List<SpeakerQuote> rows = new ArrayList<>();
    for (Quote q : article.quotes()) {
      if (isAttributed(q)) {
        rows.add(
            new SpeakerQuote(
                q.docId(),
                q.speaker(),
                q.speakerType(),
                q.speakerRole(),
                q.type(),
                QuotedWords.in(annotated.tokens(), q),
                annotated.article().metadata().publishedDate()));
      }
    }
    return rows;
  }

  /** True for a row with a speaker: one that {@code speakers.csv} counts. */
  private static boolean isAttributed(Quote quote) {
    return quote.speaker() != null && !quote.speaker().isEmpty();
  }
}
