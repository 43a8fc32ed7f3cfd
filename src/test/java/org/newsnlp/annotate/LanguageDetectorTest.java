package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
