package org.newsnlp.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Protects dictionary counts, spoken numbers and the accuracy of the rule-based fallback. */
class SyllablesTest {
  private static final SyllableDictionary CMU = SyllableDictionary.cmu();

  @Test
  void dictionaryWordsGetTheDictionaryCount() {
    assertEquals(126_046, CMU.entries().size());
    assertEquals(1, Syllables.count("said"));
    assertEquals(3, Syllables.count("government"));
    assertEquals(2, Syllables.count("table"));
    // AY2 AH0 T OW1 L AH0; the curly apostrophe is read as a straight one: "syria's" is an entry.
    assertEquals(4, Syllables.count("Ayatollah"));
    assertEquals(CMU.lookup("syria's"), Syllables.count("Syria’s"));
    assertEquals(0, Syllables.count("—"));
    // Abbreviations are entries with their dots.
    assertEquals(2, Syllables.count("Mr."));
    assertEquals(2, Syllables.count("U.S."));
  }

  @Test
  void numbersCountAsSpoken() {
    assertEquals("nineteen ninety four", NumberWords.spell("1994"));
    assertEquals(5, Syllables.count("1994"));
    assertEquals("two thousand eight", NumberWords.spell("2008"));
    assertEquals(4, Syllables.count("2008"));
    assertEquals("two thousand five hundred", NumberWords.spell("2,500"));
    assertEquals(6, Syllables.count("2,500"));
    assertEquals("three point seven five", NumberWords.spell("3.75"));
    assertEquals(5, Syllables.count("3.75"));
    assertEquals("twenty first", NumberWords.spell("21st"));
    assertEquals(3, Syllables.count("21st"));
    assertEquals("nineteen nineties", NumberWords.spell("1990s"));
    assertEquals(4, Syllables.count("1990s"));
    assertEquals("ninety", NumberWords.spell("90"));
    // S-300: "es three hundred"
    assertEquals(4, Syllables.count("S-300"));
  }

  @Test
  void possessivesAndCompoundsCountByTheirParts() {
    // "Bush's" adds a syllable after the sibilant, "Putin's" does not.
    assertEquals(CMU.lookup("bush") + 1, Syllables.count("Bush's"));
    assertEquals(Syllables.count("Kremlin"), Syllables.count("Kremlin’s"));
    assertEquals(
        Syllables.count("surface") + Syllables.count("air"), Syllables.count("surface-to-air") - 1);
  }

  @Test
  void oddTokensNeverFail() {
    // Mixed scripts, non-ASCII digits, underscores and marks once sent the counter into endless
    // recursion or out of its digit table.
    for (String w :
        new String[] {
          "a_1",
          "x²",
          "٣٤",
          "v1.2.3",
          "'s",
          "s'",
          "--",
          "E=mc²",
          "1,000,000,000,000,000,000",
          "9th",
          "C++11",
          "über-cool",
          "@user_2",
          "#tag9"
        }) {
      assertTrue(Syllables.count(w) >= 0, w);
    }
  }

  @Test
  void tokensOfAMegabyteAreCountedWithoutRecursionOrBacktracking() {
    // Kept whole by the tokenizer's rule for long chunks: once a stack overflow ("1,000,…",
    // "a's's…") or a pattern quadratic in the length (a run of marks before a letter).
    // a number past 15 digits is read digit by digit: "one", then 999,999 times "zero"
    assertEquals(1 + 2 * 999_999, Syllables.count("1" + ",000".repeat(333_333)));
    assertEquals(Syllables.count("x's") + 499_999, Syllables.count("x" + "'s".repeat(500_000)));
    assertEquals(Syllables.count("x"), Syllables.count("-".repeat(1_000_000) + "x"));
    assertEquals(Syllables.count("x"), Syllables.count("x" + "-".repeat(1_000_000)));
    assertEquals(2, Syllables.count("q".repeat(1_000_000) + "1"));
  }

  @Test
  void numbersAreReadAsThePatternDid() {
    for (String n :
        new String[] {"7", "1,000", "12,345,678", "1,000.5", "3.75", "21st", "1990s", "4th"}) {
      assertTrue(NumberWords.isNumber(n), n);
    }
    for (String n :
        new String[] {"", "x1", "1234,567", "12,34", "1,000s", "1.", "1.5.3", "12,", ",5", "1a"}) {
      assertFalse(NumberWords.isNumber(n), n);
    }
  }

  @Test
  void acronymWithoutVowelsIsSpelledOut() {
    assertEquals(6, Syllables.count("NWSC"));
  }

  @Test
  void fallbackRulesAgreeWithCmuOnHeldOutWords() {
    // The rules were written looking only at CMU words whose hashCode is not a multiple of 10.
    int held = 0;
    int agree = 0;
    for (Map.Entry<String, Integer> e : CMU.entries().entrySet()) {
      String w = e.getKey();
      if (Math.floorMod(w.hashCode(), 10) != 0 || !w.matches("[a-z]+") || e.getValue() == 0) {
        continue;
      }
      held++;
      if (Syllables.estimate(w) == e.getValue()) {
        agree++;
      }
    }
    double accuracy = (double) agree / held;
    System.out.printf(
        java.util.Locale.ROOT,
        "fallback agrees with CMU on %d of %d held-out words: %.4f%n",
        agree,
        held,
        accuracy);
    assertEquals(11_792, held);
    assertTrue(accuracy >= 0.90, "fallback agrees with CMU on " + accuracy + " of held-out words");
  }

  @Test
  void seedAndBbcWordsInCmuGetExactlyCmusCount() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Path.of("seeds/000_2a0ef4d6d7bdbffd.txt"));
    Path bbc = Path.of("../shared/corpora/news/bbc");
    boolean withBbc = Files.isDirectory(bbc);
    if (withBbc) {
      try (Stream<Path> all = Files.walk(bbc)) {
        all.filter(Files::isRegularFile).sorted().limit(200).forEach(files::add);
      }
    }
    TreeSet<String> distinct = new TreeSet<>();
    for (Path f : files) {
      for (String w : Files.readString(f, StandardCharsets.UTF_8).split("\\s+")) {
        // Keep one trailing dot: "Mr." and "U.S." are entries of their own.
        distinct.add(w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}.]+$|(?<=\\.)\\.+$", ""));
      }
    }
    int inCmu = 0;
    for (String w : distinct) {
      String key = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
      int cmu =
          CMU.lookup(key + ".") > 0 && w.endsWith(".") ? CMU.lookup(key + ".") : CMU.lookup(key);
      if (cmu > 0) {
        inCmu++;
        assertEquals(cmu, Syllables.count(w), w);
      }
    }
    assertTrue(inCmu > (withBbc ? 5000 : 300), "words found in CMU: " + inCmu);
    assumeTrue(withBbc, "../shared/corpora/news/bbc is absent: checked the seed only");
  }
}
