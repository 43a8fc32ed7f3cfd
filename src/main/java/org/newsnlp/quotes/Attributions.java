package org.newsnlp.quotes;

import java.util.List;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Span;

/**
 * Finds who a quoted passage is attributed to and with which verb, from the tokens and tags around
 * it. The patterns are tried in this order, the first answer wins:
 *
 * <ol>
 *   <li>{@link CueBeforeQuote}, for a quotation that ends its sentence and was introduced by a cue:
 *       {@code Baker reported, “… .”} (the next sentence is a statement of its own);
 *   <li>{@link DashSignature} in the quotation's paragraph: {@code “…” ― Ana Ruiz};
 *   <li>{@link CueAfterQuote}: {@code “…,” Mr. Putin said}, {@code “…,” said Nikolay Korzhanov};
 *   <li>{@link CueBeforeQuote}: {@code Mr. Khamenei said: “…”}, {@code according to IRNA, “…”};
 *   <li>{@link DashSignature} on the line after the quotation;
 *   <li>{@link CueInSentence}: {@code outlets hailed the visit as the “meeting of the titans.”};
 *   <li>{@link ColonSentenceBefore}: {@code Mr. Putin said:} then the quotation, or {@code More
 *       from Ana Ruiz:}.
 * </ol>
 *
 * <p>The words around a quotation attribute it only within its paragraph (a signature on the next
 * line aside): a quotation that ends a paragraph is not given to the subject of the next one.
 * Tagging slips around a cue are tolerated: an inflected cue word tagged as a noun or preposition
 * right after a quotation, and a personal pronoun or an adjective after a determiner ("the
 * official") as the whole subject.
 */
final class Attributions {
  private final String text;
  private final Phrases phrases;
  private final SentenceSubjects subjects;
  private final Sources sources;
  private final List<AttributionPattern> patterns;

  Attributions(AnnotatedArticle article, TokenIndex tokens) {
    this.text = article.text();
    this.phrases = new Phrases(article, tokens);
    this.subjects = new SentenceSubjects(phrases);
    this.sources = new Sources(phrases);
    this.patterns =
        List.of(
            new CueBeforeQuote(phrases, true),
            new DashSignature(phrases, 0),
            new CueAfterQuote(phrases, sources),
            new CueBeforeQuote(phrases, false),
            new DashSignature(phrases, 1),
            new CueInSentence(phrases),
            new ColonSentenceBefore(phrases, subjects));
  }

  /** The attribution of the passage whose marks span {@code outer}, or null when none is found. */
  Attribution find(Span outer) {
    QuoteSite site = QuoteSite.of(outer, text, phrases);
    if (site == null) {
      return null;
    }
    for (AttributionPattern pattern : patterns) {
      Attribution a = pattern.find(site);
      if (a != null) {
        return a;
      }
    }
    return null;
  }

  Phrases phrases() {
    return phrases;
  }

  SentenceSubjects subjects() {
    return subjects;
  }

  Sources sources() {
    return sources;
  }
}
