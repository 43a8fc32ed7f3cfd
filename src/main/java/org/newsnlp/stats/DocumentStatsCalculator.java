package org.newsnlp.stats;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Article;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.Quote;
import org.newsnlp.model.QuotedArticle;

/**
 * Computes one {@link DocumentStats} row from an annotated article and its quotations. Counts cover
 * the headline and the body paragraphs; the formulas are in the README's data dictionary.
 */
public final class DocumentStatsCalculator {
  private DocumentStatsCalculator() {}

  public static DocumentStats compute(QuotedArticle quoted) {
    AnnotatedArticle annotated = quoted.annotated();
    Article article = annotated.article();
    String text = article.text();

    int characters = 0;
    for (Paragraph p : annotated.paragraphs()) {
      for (int i = p.start(); i < p.end(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          characters++;
        }
      }
    }
    int words = 0;
    int letters = 0;
    int syllables = 0;
    int nouns = 0;
    int properNouns = 0;
    int verbs = 0;
    int adjectives = 0;
    int adverbs = 0;
    int quotedWords = 0;
    Set<String> unique = new HashSet<>();
    List<Quote> marked = quoted.quotes().stream().filter(q -> !"indirect".equals(q.type())).toList();
    for (Token token : annotated.tokens()) {
      if (!token.isWord()) {
        continue;
      }
      words++;
      letters += lettersIn(token.text());
      syllables += Syllables.count(token.text());
      unique.add(token.text().toLowerCase(Locale.ROOT));
      switch (token.upos()) {
        case "NOUN" -> nouns++;
        case "PROPN" -> properNouns++;
        case "VERB" -> verbs++;
        case "ADJ" -> adjectives++;
        case "ADV" -> adverbs++;
        default -> { }
      }
      for (Quote q : marked) {
        if (token.start() >= q.start() && token.end() <= q.end()) {
          quotedWords++;
          break;
        }
      }
    }
    int sentences = annotated.sentences().size();
    int content = nouns + properNouns + verbs + adjectives + adverbs;
    return new DocumentStats(
        article.docId(),
        article.path(),
        article.layout().headline(),
        article.layout().originalHeadline(),
        article.layout().publisher(),
        article.encoding(),
        article.sizeBytes(),
        annotated.paragraphs().size(),
        sentences,
        annotated.tokens().size(),
        words,
        unique.size(),
        characters,
        letters,
        syllables,
        nouns,
        properNouns,
        verbs,
        adjectives,
        adverbs,
        quoted.quotes().size(),
        quotedWords,
        Readability.ratio(words, sentences),
        Readability.ratio(letters, words),
        Readability.ratio(content, words),
        Readability.ratio(quotedWords, words),
        Readability.fleschReadingEase(words, sentences, syllables),
        Readability.fleschKincaidGrade(words, sentences, syllables));
  }

  /** Letters and digits, the characters ARI and Coleman–Liau count. */
  static int lettersIn(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
