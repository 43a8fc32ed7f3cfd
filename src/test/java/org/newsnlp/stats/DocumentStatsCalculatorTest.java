package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.read.LayoutReader;

/**
 * Protects the documents.csv row: every score equals its published formula on the row's own counts,
 * header and row stay in step, and a document in another language gets its language and empty
 * cells, not zeros, for English-only values.
 */
class DocumentStatsCalculatorTest {
  private static final String ENGLISH =
      "Council Approves Budget\n\n"
          + "The city council approved a budget of 2.5 million dollars on Tuesday. Mr. Hale said the"
          + " money would repair three bridges and extend library hours.\n\n"
          + "Residents welcomed the decision, although several questioned the accounting. The vote"
          + " was unanimous.\n";
  private static final String FRENCH =
      "Le conseil adopte le budget\n\n"
          + "Le conseil municipal a adopté mardi un budget de deux millions d'euros. Le maire a dit"
          + " que l'argent servirait à réparer trois ponts et à prolonger les horaires de la"
          + " bibliothèque.\n\n"
          + "Les habitants ont salué la décision, même si plusieurs ont critiqué les comptes. Le vote"
          + " était unanime.\n";

  private static Map<String, String> row(String text) {
    Article article =
        new Article("d", "/d.txt", text, "UTF-8", text.length(), LayoutReader.read(text));
    AnnotatedArticle annotated = new Annotator(Models.english()).annotate(article);
    DocumentStats stats = DocumentStatsCalculator.compute(new QuotedArticle(annotated, List.of()));
    List<String> header = DocumentStats.header();
    List<String> cells = stats.toCsv();
    assertEquals(header.size(), cells.size());
    Map<String, String> row = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), cells.get(i));
    }
    return row;
  }

  private static double d(Map<String, String> row, String column) {
    return Double.parseDouble(row.get(column));
  }

  @Test
  void scoresEqualTheFormulasOnTheRowsCounts() {
    Map<String, String> r = row(ENGLISH);
    assertEquals("eng", r.get("language"));
    assertEquals("5", r.get("sentences"));
    double w = d(r, "words");
    double s = d(r, "sentences");
    double syl = d(r, "syllables");
    double poly = d(r, "polysyllabic_words");
    double letters = d(r, "letters");
    double longWords = d(r, "long_words");
    double pdw = 100 * d(r, "difficult_words") / w;
    assertEquals(206.835 - 1.015 * w / s - 84.6 * syl / w, d(r, "flesch_reading_ease"), 0.01);
    assertEquals(0.39 * w / s + 11.8 * syl / w - 15.59, d(r, "flesch_kincaid_grade"), 0.01);
    assertEquals(0.4 * (w / s + 100 * poly / w), d(r, "gunning_fog"), 0.01);
    assertEquals(1.0430 * Math.sqrt(poly * 30 / s) + 3.1291, d(r, "smog_index"), 0.01);
    assertEquals(
        0.0588 * 100 * letters / w - 0.296 * 100 * s / w - 15.8, d(r, "coleman_liau_index"), 0.01);
    assertEquals(
        4.71 * letters / w + 0.5 * w / s - 21.43, d(r, "automated_readability_index"), 0.01);
    assertEquals(
        0.1579 * pdw + 0.0496 * w / s + (pdw > 5 ? 3.6365 : 0), d(r, "dale_chall_score"), 0.01);
    assertEquals(w / s + 100 * longWords / w, d(r, "lix"), 0.01);
    assertEquals(longWords / s, d(r, "rix"), 0.01);
    double lw = ((w - poly) + 3 * poly) / s;
    assertEquals(lw > 20 ? lw / 2 : (lw - 2) / 2, d(r, "linsear_write"), 0.01);
    assertEquals(d(r, "unique_words") / w, d(r, "type_token_ratio"), 0.0001);
    double shares = 0;
    for (String tag : DocumentStats.UPOS_TAGS) {
      shares += d(r, "upos_" + tag.toLowerCase(java.util.Locale.ROOT));
    }
    assertEquals(1.0, shares, 0.001);
  }

  @Test
  void anotherLanguageGetsEmptyCellsForEnglishOnlyValues() {
    Map<String, String> r = row(FRENCH);
    assertEquals("fra", r.get("language"));
    for (String column :
        List.of(
            "syllables",
            "polysyllabic_words",
            "difficult_words",
            "noun_count",
            "lemmas",
            "flesch_reading_ease",
            "flesch_kincaid_grade",
            "gunning_fog",
            "smog_index",
            "coleman_liau_index",
            "automated_readability_index",
            "dale_chall_score",
            "linsear_write",
            "lexical_density",
            "upos_noun")) {
      assertEquals("", r.get(column), column);
    }
    // Counts that need no English stay.
    assertTrue(d(r, "words") > 40);
    assertTrue(d(r, "lix") > 0);
    assertTrue(d(r, "type_token_ratio") > 0);
  }
}
