package org.newsnlp.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Protects how speakers.csv tells speakers apart across articles: names that differ only by case
 * are one, shown in their most quoted spelling; a single-name person joins the one full name of the
 * run that ends with it, and only when there is exactly one. (Invented names.)
 */
class SpeakerNamesTest {
  static SpeakerForm form(String speaker, String type, int quotes) {
    return new SpeakerForm(speaker, type, quotes);
  }

  static SpeakerKey key(String speaker, String type) {
    return new SpeakerKey(speaker, type);
  }

  @Test
  void namesThatDifferOnlyByCaseAreShownInTheirMostQuotedSpelling() {
    Map<SpeakerKey, SpeakerKey> merges =
        SpeakerNames.merges(
            List.of(
                form("Analysts", "group", 3),
                form("analysts", "group", 5),
                form("Analysts", "unnamed", 1),
                form("Reports", "group", 2),
                form("reports", "group", 2),
                form("ESTRELLA BANK", "organization", 1),
                form("Estrella Bank", "organization", 1)));
    assertEquals(
        Map.of(
            key("Analysts", "group"), key("analysts", "group"),
            key("Analysts", "unnamed"), key("analysts", "unnamed"),
            key("reports", "group"), key("Reports", "group"),
            key("Estrella Bank", "organization"), key("ESTRELLA BANK", "organization")),
        merges,
        "analysts has 5 rows to Analysts' 4 over both types; a tie goes to the capitals");
  }

  @Test
  void aSingleNamePersonJoinsTheOneFullNameEndingWithIt() {
    Map<SpeakerKey, SpeakerKey> merges =
        SpeakerNames.merges(
            List.of(
                form("Halvorsen", "person", 4),
                form("halvorsen", "person", 1),
                form("Ingrid Halvorsen", "person", 7),
                form("Okafor", "person", 2),
                form("Chidi Okafor", "person", 1),
                form("Ada Okafor", "person", 1),
                form("Okoro", "person", 3),
                form("Tunde Okoro", "person", 1),
                form("TUNDE OKORO", "person", 2),
                form("Lund", "person", 1),
                form("Eva Hoglund", "person", 1),
                form("Brandt", "person", 1),
                form("Halvorsen", "organization", 6)));
    assertEquals(
        Map.of(
            key("Halvorsen", "person"), key("Ingrid Halvorsen", "person"),
            key("halvorsen", "person"), key("Ingrid Halvorsen", "person"),
            key("Okoro", "person"), key("TUNDE OKORO", "person"),
            key("Tunde Okoro", "person"), key("TUNDE OKORO", "person")),
        merges,
        "Okafor has two full names, Lund is no word of Hoglund, Brandt has none, and an"
            + " organization is never merged into a person");
  }

  @Test
  void theMergesDependOnTheNamesNotOnTheirOrder() {
    List<SpeakerForm> forms =
        new ArrayList<>(
            List.of(
                form("Analysts", "group", 2),
                form("analysts", "group", 2),
                form("ANALYSTS", "group", 2),
                form("Vik", "person", 1),
                form("Mara Vik", "person", 1),
                form("mara vik", "person", 1),
                form("Sol", "person", 1)));
    Map<SpeakerKey, SpeakerKey> first = SpeakerNames.merges(forms);
    Random random = new Random(3);
    for (int i = 0; i < 20; i++) {
      Collections.shuffle(forms, random);
      assertEquals(first, SpeakerNames.merges(forms));
    }
    assertEquals(key("ANALYSTS", "group"), SpeakerNames.rowOf(key("analysts", "group"), first));
    assertEquals(key("Mara Vik", "person"), SpeakerNames.rowOf(key("Vik", "person"), first));
    assertEquals(key("Sol", "person"), SpeakerNames.rowOf(key("Sol", "person"), first));
  }

  @Test
  void wordsOfANameAreSeparatedByAnySpace() {
    assertEquals(true, SpeakerNames.isFullName("Mara\u00A0Vik"));
    assertEquals(false, SpeakerNames.isFullName(" Vik "));
    assertEquals("Vik", SpeakerNames.lastWord("Mara  Vik"));
    assertEquals("Vik", SpeakerNames.lastWord("Vik"));
    assertEquals("strasse", SpeakerNames.fold("STRASSE"));
    assertEquals(SpeakerNames.fold("STRASSE"), SpeakerNames.fold("Straße"));
  }
}
