package org.newsnlp.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.SerializableCoder;

/**
 * Per-document statistics: one row of {@code documents.csv}. Counts cover the headline and the
 * body (see the README's data dictionary for every column's meaning, unit and formula). A ratio
 * whose denominator is zero is {@link Double#NaN} and written as an empty cell.
 */
@DefaultCoder(SerializableCoder.class)
public record DocumentStats(
    String docId,
    String path,
    String headline,
    String originalHeadline,
    String publisher,
    String encoding,
    long sizeBytes,
    int paragraphs,
    int sentences,
    int tokens,
    int words,
    int uniqueWords,
    int characters,
    int letters,
    int syllables,
    int nouns,
    int properNouns,
    int verbs,
    int adjectives,
    int adverbs,
    int quotes,
    int quotedWords,
    double meanWordsPerSentence,
    double meanLettersPerWord,
    double lexicalDensity,
    double quotedWordShare,
    double fleschReadingEase,
    double fleschKincaidGrade)
    implements Serializable {

  public static List<String> header() {
    return List.of(
        "doc_id", "path", "headline", "original_headline", "publisher", "encoding", "size_bytes",
        "paragraphs", "sentences", "tokens", "words", "unique_words", "characters", "letters",
        "syllables", "noun_count", "propn_count", "verb_count", "adj_count", "adv_count", "quotes",
        "quoted_words", "mean_words_per_sentence", "mean_letters_per_word", "lexical_density",
        "quoted_word_share", "flesch_reading_ease", "flesch_kincaid_grade");
  }

  public List<String> toCsv() {
    List<String> row = new ArrayList<>(header().size());
    row.add(docId);
    row.add(path);
    row.add(headline);
    row.add(originalHeadline);
    row.add(publisher);
    row.add(encoding);
    row.add(Long.toString(sizeBytes));
    for (int n :
        new int[] {
          paragraphs, sentences, tokens, words, uniqueWords, characters, letters, syllables, nouns,
          properNouns, verbs, adjectives, adverbs, quotes, quotedWords
        }) {
      row.add(Integer.toString(n));
    }
    for (double d :
        new double[] {
          meanWordsPerSentence, meanLettersPerWord, lexicalDensity, quotedWordShare,
          fleschReadingEase, fleschKincaidGrade
        }) {
      row.add(decimal(d));
    }
    return row;
  }

  /** Four decimals, a dot as separator whatever the locale, and an empty cell for no value. */
  static String decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    String s = String.format(Locale.ROOT, "%.4f", value);
    return s.equals("-0.0000") ? "0.0000" : s;
  }
}
