package org.newsnlp.model;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * Per-document statistics: one row of {@code documents.csv}. Counts cover the headline and the body
 * (see the README's data dictionary for every column's meaning, unit and formula). A ratio whose
 * denominator is zero is {@link Double#NaN} and written as an empty cell. English-only values
 * (syllables, tags, Dale–Chall, the grade formulas) are {@code null} or NaN, so empty cells, for a
 * document whose detected language is not English. {@code published}, {@code url}, {@code outlet},
 * {@code authors} (joined by {@code "; "}) and {@code warnings} are the article's {@link
 * ArticleMetadata}, empty for a plain-text article.
 *
 * @param uposShares share of each Universal POS tag among the words' syntactic words, keyed by the
 *     tags of {@link #UPOS_TAGS}; empty for a non-English document
 */
@DefaultCoder(RecordCoder.class)
public record DocumentStats(
    String docId,
    String path,
    String headline,
    String originalHeadline,
    String publisher,
    String published,
    String url,
    String outlet,
    String authors,
    String warnings,
    String encoding,
    long sizeBytes,
    int paragraphs,
    int sentences,
    int tokens,
    int words,
    int uniqueWords,
    int characters,
    int letters,
    Integer syllables,
    Integer nouns,
    Integer properNouns,
    Integer verbs,
    Integer adjectives,
    Integer adverbs,
    int quotes,
    int quotedWords,
    double meanWordsPerSentence,
    double meanLettersPerWord,
    double lexicalDensity,
    double quotedWordShare,
    double fleschReadingEase,
    double fleschKincaidGrade,
    String language,
    double languageConfidence,
    Integer polysyllabicWords,
    int longWords,
    Integer difficultWords,
    Integer lemmas,
    double gunningFog,
    double smogIndex,
    double colemanLiauIndex,
    double automatedReadabilityIndex,
    double daleChallScore,
    double lix,
    double rix,
    double linsearWrite,
    double typeTokenRatio,
    double mtld,
    double hdd,
    Map<String, Double> uposShares)
    implements Serializable {

  /** The 17 Universal POS tags, in the order of their {@code upos_*} columns. */
  public static final List<String> UPOS_TAGS =
      List.of(
          "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
          "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

  public DocumentStats {
    uposShares = Map.copyOf(uposShares);
  }

  public static List<String> header() {
    List<String> h =
        new ArrayList<>(
            List.of(
                "doc_id",
                "path",
                "headline",
                "original_headline",
                "publisher",
                "published",
                "url",
                "outlet",
                "authors",
                "warnings",
                "encoding",
                "size_bytes",
                "paragraphs",
                "sentences",
                "tokens",
                "words",
                "unique_words",
                "characters",
                "letters",
                "syllables",
                "noun_count",
                "propn_count",
                "verb_count",
                "adj_count",
                "adv_count",
                "quotes",
                "quoted_words",
                "mean_words_per_sentence",
                "mean_letters_per_word",
                "lexical_density",
                "quoted_word_share",
                "flesch_reading_ease",
                "flesch_kincaid_grade",
                "language",
                "language_confidence",
                "polysyllabic_words",
                "long_words",
                "difficult_words",
                "lemmas",
                "gunning_fog",
                "smog_index",
                "coleman_liau_index",
                "automated_readability_index",
                "dale_chall_score",
                "lix",
                "rix",
                "linsear_write",
                "type_token_ratio",
                "mtld",
                "hdd"));
    for (String tag : UPOS_TAGS) {
      h.add("upos_" + tag.toLowerCase(Locale.ROOT));
    }
    return List.copyOf(h);
  }

  public List<String> toCsv() {
    List<String> row = new ArrayList<>(header().size());
    row.add(docId);
    row.add(path);
    row.add(headline);
    row.add(originalHeadline);
    row.add(publisher);
    row.add(published);
    row.add(url);
    row.add(outlet);
    row.add(authors);
    row.add(warnings);
    row.add(encoding);
    row.add(Long.toString(sizeBytes));
    for (Integer n :
        new Integer[] {
          paragraphs,
          sentences,
          tokens,
          words,
          uniqueWords,
          characters,
          letters,
          syllables,
          nouns,
          properNouns,
          verbs,
          adjectives,
          adverbs,
          quotes,
          quotedWords
        }) {
      row.add(count(n));
    }
    for (double d :
        new double[] {
          meanWordsPerSentence,
          meanLettersPerWord,
          lexicalDensity,
          quotedWordShare,
          fleschReadingEase,
          fleschKincaidGrade
        }) {
      row.add(decimal(d));
    }
    row.add(language);
    row.add(decimal(languageConfidence));
    for (Integer n : new Integer[] {polysyllabicWords, longWords, difficultWords, lemmas}) {
      row.add(count(n));
    }
    for (double d :
        new double[] {
          gunningFog,
          smogIndex,
          colemanLiauIndex,
          automatedReadabilityIndex,
          daleChallScore,
          lix,
          rix,
          linsearWrite,
          typeTokenRatio,
          mtld,
          hdd
        }) {
      row.add(decimal(d));
    }
    for (String tag : UPOS_TAGS) {
      Double share = uposShares.get(tag);
      row.add(share == null ? "" : decimal(share));
    }
    return row;
  }

  /** A count, or an empty cell for one not computed. */
  static String count(Integer value) {
    return value == null ? "" : Integer.toString(value);
  }

  /**
   * Four decimals, a dot as separator whatever the locale, and an empty cell for no value: what
   * {@code String.format(Locale.ROOT, "%.4f", value)} gives ("-0.0000" written "0.0000"), which
   * rounds the shortest decimal form of the double half up, as {@link BigDecimal#valueOf(double)}
   * and {@code HALF_UP} do, without building a formatter for each of a row's 40 numbers ({@code
   * DocumentStatsTest} compares the two on a million doubles).
   */
  static String decimal(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).toPlainString();
  }
}
