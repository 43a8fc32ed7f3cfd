package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.junit.jupiter.api.Test;

/** Protects language detection: other languages are told apart, short English stays English. */
class LanguageDetectorTest {
  @Test
  void sentencesInOtherLanguagesAreRecognised() {
    assertEquals(
        "deu",
        LanguageDetector.detect(
                "Der Stadtrat hat am Dienstag einen Haushalt von zwei Millionen Euro beschlossen.")
            .getLang());
    assertEquals(
        "fra",
        LanguageDetector.detect(
                "Le conseil municipal a adopté mardi un budget de deux millions d'euros.")
            .getLang());
  }

  @Test
  void shortEnglishWithNamesStaysEnglish() {
    // The model alone says Maori (mri), with a probability barely above English's.
    assertEquals("eng", LanguageDetector.detect("Putin meets Khamenei in Tehran").getLang());
    assertEquals("eng", LanguageDetector.detect("Council Approves Budget").getLang());
  }

  @Test
  void rankingAgreesWithLanguageDetectorMe() throws IOException {
    List<String> texts =
        SampleTexts.seedsInventedAndNews(
            "Der Stadtrat hat am Dienstag einen Haushalt beschlossen. http://example.org #tag @name",
            "\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u0441\u043e\u0432\u0435\u0442 123 456",
            "a",
            "");
    LanguageDetectorModel model;
    try (var in = LanguageDetector.class.getResourceAsStream(LanguageDetector.MODEL)) {
      model = new LanguageDetectorModel(in);
    }
    LanguageDetectorME reference = new LanguageDetectorME(model);
    for (String text : texts) {
      String sample = LanguageDetector.sample(text);
      Language[] expected = reference.predictLanguages(sample);
      Language[] actual = LanguageDetector.rank(sample);
      assertEquals(expected.length, actual.length);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i].getLang(), actual[i].getLang(), "rank " + i + " of " + sample);
        assertEquals(expected[i].getConfidence(), actual[i].getConfidence(), 1e-12, sample);
      }
    }
    assertTrue(texts.size() >= 7);
  }
}
