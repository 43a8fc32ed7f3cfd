package org.newsnlp.stats;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import org.newsnlp.annotate.LanguageDetector;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.QuotedArticle;

/**
 * Computes one {@link DocumentStats} row from an annotated article and its quotations. Counts cover
 * the headline and the body paragraphs; the formulas are in the README's data dictionary.
 *
 * <p>A word is a token with a letter or a digit. The language is detected on the headline and body;
 * for a document that is not English, the values that rest on English (syllables, tags, lemmas,
 * Dale–Chall, the grade formulas) are left empty rather than invented.
 */
public final class DocumentStatsCalculator {
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "ADV");

  private DocumentStatsCalculator() {}

  public static DocumentStats compute(QuotedArticle quoted) {
    return compute(quoted, Deadline.NONE);
  }

  /**
   * As {@link #compute(QuotedArticle)}, checking {@code deadline} first and every few thousand
   * tokens.
   */
  public static DocumentStats compute(QuotedArticle quoted, Deadline deadline) {
    deadline.check();
    AnnotatedArticle annotated = quoted.annotated();
    Article article = annotated.article();
    String text = article.text();

    int characters = 0;
    StringBuilder analysed = new StringBuilder();
    for (Paragraph p : annotated.paragraphs()) {
      for (int i = p.start(); i < p.end(); i++) {
        if (!Character.isWhitespace(text.charAt(i))) {
          characters++;
        }
      }
      analysed.append(text, p.start(), p.end()).append('\n');
    }
    Language language = LanguageDetector.detect(analysed.toString());
    boolean english = LanguageDetector.ENGLISH.equals(language.getLang());

    DaleChallWords familiar = DaleChallWords.list();
    SyllableDictionary syllableDictionary = SyllableDictionary.cmu();
    List<String> lowerWords = new ArrayList<>();
    Set<String> lemmas = new HashSet<>();
    Map<String, Integer> tagCounts = new HashMap<>();
    int syntacticWords = 0;
    int letters = 0;
    int syllables = 0;
    int polysyllabic = 0;
    int longWords = 0;
    int difficult = 0;
    int seen = 0;
    for (Token token : annotated.tokens()) {
      if (++seen % 4096 == 0) {
        deadline.check();
      }
      if (!token.isWord()) {
        continue;
      }
      String word = token.text();
      String lower = word.toLowerCase(Locale.ROOT);
      lowerWords.add(lower);
      letters += lettersIn(word);
      if (letterCount(word) > 6) {
        longWords++;
      }
      if (english) {
        int s = Syllables.count(word, lower, syllableDictionary);
        syllables += s;
        if (s >= 3) {
          polysyllabic++;
        }
        String lowerLemma = token.lemma().toLowerCase(Locale.ROOT);
        if (!familiar.isFamiliar(word, lower, lowerLemma, token.upos())) {
          difficult++;
        }
        lemmas.add(lowerLemma);
        // A multiword token such as "don't" (AUX+PART) counts once for each of its words.
        for (String tag : token.upos().split("\\+")) {
          tagCounts.merge(tag, 1, Integer::sum);
          syntacticWords++;
        }
      }
    }
    int quotedWords = QuotedWords.inAny(annotated.tokens(), quoted.quotes());
    int words = lowerWords.size();
    int sentences = annotated.sentences().size();
    int content = 0;
    for (String tag : CONTENT_TAGS) {
      content += tagCounts.getOrDefault(tag, 0);
    }
    Map<String, Double> shares = new HashMap<>();
    if (english && syntacticWords > 0) {
      for (String tag : DocumentStats.UPOS_TAGS) {
        shares.put(tag, tagCounts.getOrDefault(tag, 0) / (double) syntacticWords);
      }
    }
    double nan = Double.NaN;
    return new DocumentStats(
        article.docId(),
        article.path(),
        article.layout().headline(),
        article.layout().originalHeadline(),
        article.layout().publisher(),
        article.metadata().published(),
        article.metadata().url(),
        article.metadata().outlet(),
        String.join("; ", article.metadata().authors()),
        article.metadata().warnings(),
        article.encoding(),
        article.sizeBytes(),
        annotated.paragraphs().size(),
        sentences,
        annotated.tokens().size(),
        words,
        new HashSet<>(lowerWords).size(),
        characters,
        letters,
        english ? syllables : null,
        english ? tagCounts.getOrDefault("NOUN", 0) : null,
        english ? tagCounts.getOrDefault("PROPN", 0) : null,
        english ? tagCounts.getOrDefault("VERB", 0) : null,
        english ? tagCounts.getOrDefault("ADJ", 0) : null,
        english ? tagCounts.getOrDefault("ADV", 0) : null,
        quoted.quotes().size(),
        quotedWords,
        Readability.ratio(words, sentences),
        Readability.ratio(letters, words),
        english ? Readability.ratio(content, syntacticWords) : nan,
        Readability.ratio(quotedWords, words),
        english ? Readability.fleschReadingEase(words, sentences, syllables) : nan,
        english ? Readability.fleschKincaidGrade(words, sentences, syllables) : nan,
        language.getLang(),
        language.getConfidence(),
        english ? polysyllabic : null,
        longWords,
        english ? difficult : null,
        english ? lemmas.size() : null,
        english ? Readability.gunningFog(words, sentences, polysyllabic) : nan,
        english ? Readability.smogIndex(sentences, polysyllabic) : nan,
        english ? Readability.colemanLiauIndex(words, sentences, letters) : nan,
        english ? Readability.automatedReadabilityIndex(words, sentences, letters) : nan,
        english ? Readability.daleChallScore(words, sentences, difficult) : nan,
        Readability.lix(words, sentences, longWords),
        Readability.rix(sentences, longWords),
        english ? Readability.linsearWrite(words, sentences, polysyllabic) : nan,
        LexicalDiversity.typeTokenRatio(lowerWords),
        LexicalDiversity.mtld(lowerWords),
        LexicalDiversity.hdd(lowerWords),
        shares);
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

  /** Letters only: LIX and RIX call a word long when it has more than six. */
  static int letterCount(String word) {
    int n = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetter(cp)) {
        n++;
      }
      i += Character.charCount(cp);
    }
    return n;
  }
}
