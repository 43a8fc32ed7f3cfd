package org.newsnlp.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.evaluate.QuoteRowChecks.Findings;
import org.newsnlp.evaluate.QuoteRowChecks.Row;

/**
 * The checks behind the BBC measurement of issue 12, on invented rows whose findings are known:
 * each kind counted exactly, and rows that are fine counted as nothing.
 */
class QuoteRowChecksTest {

  @Test
  void rowsThatShareACharacterAreCountedAsPairs() {
    Findings f =
        QuoteRowChecks.check(
            List.of(
                new Row("a", 0, 10, "Ana Ruiz", "person"),
                new Row("a", 5, 8, "Ana Ruiz", "person"),
                new Row("a", 9, 20, "Tom Baker", "person"),
                // touching is not sharing: [20, 30) starts where [9, 20) ends
                new Row("a", 20, 30, "Tom Baker", "person"),
                // another document's offsets never overlap these
                new Row("b", 0, 10, "Tom Baker", "person")));
    // (0-10, 5-8), (0-10, 9-20)
    assertEquals(2, f.overlappingPairs());
  }

  @Test
  void honorificsDaysMonthsAndPublicationsAreNoPersonsName() {
    Findings f =
        QuoteRowChecks.check(
            List.of(
                new Row("a", 0, 1, "Mr", "person"),
                new Row("a", 2, 3, "Sunday Telegraph", "person"),
                new Row("a", 4, 5, "Wednesday Prime Minister Ana Ruiz", "person"),
                new Row("a", 6, 7, "Theresa May", "person"),
                new Row("a", 6, 7, "Mike Friday", "person"),
                new Row("a", 8, 9, "Sunday Telegraph", "organization")));
    assertEquals(3, f.notAName());
    assertEquals(5, f.personRows());
  }

  @Test
  void aRoleBeforeTheNameOrAloneIsInsideTheSpeaker() {
    Findings f =
        QuoteRowChecks.check(
            List.of(
                new Row("a", 0, 1, "Home Secretary Tom Baker", "person"),
                new Row("a", 2, 3, "Sir Alex Ruiz", "person"),
                new Row("a", 4, 5, "spokesman", "person"),
                // a surname that is also a role word is a name at the end
                new Row("a", 6, 7, "Mervyn King", "person"),
                new Row("a", 8, 9, "spokesman", "unnamed")));
    assertEquals(3, f.roleInside());
    assertEquals(0.75, f.roleInsideShare(), 1e-9);
  }

  @Test
  void aShortNameBesideItsFullFormInOneArticleIsATail() {
    Findings f =
        QuoteRowChecks.check(
            List.of(
                new Row("a", 0, 1, "Howard", "person"),
                new Row("a", 2, 3, "Michael Howard", "person"),
                new Row("a", 4, 5, "Howard", "person"),
                // the full name in another article does not count
                new Row("b", 0, 1, "Baker", "person"),
                new Row("c", 0, 1, "Tom Baker", "person")));
    assertEquals(1, f.tails());
  }

  @Test
  void namesWrittenInTwoCasesAreCountedOnce() {
    Findings f =
        QuoteRowChecks.check(
            List.of(
                new Row("a", 0, 1, "Analysts", "group"),
                new Row("b", 0, 1, "analysts", "group"),
                new Row("c", 0, 1, "analysts", "group"),
                new Row("c", 2, 3, "", "unnamed")));
    assertEquals(1, f.caseVariants());
  }
}
