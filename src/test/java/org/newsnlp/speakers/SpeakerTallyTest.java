package org.newsnlp.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;

/**
 * Protects the figures of a speakers.csv row: rows by type, documents counted once, quoted words
 * added up, every name and role kept most quoted first, and the same figures however the rows are
 * grouped. (Invented names.)
 */
class SpeakerTallyTest {
  static final SpeakerQuote A =
      new SpeakerQuote("doc-1", "Ingrid Halvorsen", "person", "harbour master", "direct", 12);
  static final SpeakerQuote B =
      new SpeakerQuote("doc-1", "Ingrid Halvorsen", "person", "", "mixed", 5);
  static final SpeakerQuote C =
      new SpeakerQuote("doc-2", "Halvorsen", "person", "Ferry Board chair", "indirect", 0);
  static final SpeakerQuote D =
      new SpeakerQuote("doc-3", "Halvorsen", "person", "harbour master", "direct", 7);
  static final SpeakerQuote E = new SpeakerQuote("doc-3", "halvorsen", "person", "", "fragment", 1);

  @Test
  void aRowAddsUpItsQuotationsByTypeAndItsDocumentsOnce() {
    SpeakerTally tally = new SpeakerTally();
    for (SpeakerQuote row : List.of(A, B, C, D, E)) {
      tally.add(row);
    }
    SpeakerStats stats = tally.toStats(new SpeakerKey("Ingrid Halvorsen", "person"));
    assertEquals(
        new SpeakerStats(
            "Ingrid Halvorsen",
            "person",
            3,
            5,
            2,
            1,
            1,
            25,
            List.of("Halvorsen", "Ingrid Halvorsen", "halvorsen"),
            List.of("harbour master", "Ferry Board chair")),
        stats,
        "a type without a column (fragment) counts among quotes only; names and roles by rows,"
            + " then in character order; a row without a role adds none");
    assertEquals(
        List.of(
            "Ingrid Halvorsen",
            "person",
            "3",
            "5",
            "2",
            "1",
            "1",
            "25",
            "Halvorsen; Ingrid Halvorsen; halvorsen",
            "harbour master; Ferry Board chair"),
        stats.toCsv());
  }

  @Test
  void talliesAddUpTheSameInAnyGrouping() {
    SpeakerTally left = new SpeakerTally().add(A).add(C);
    SpeakerTally right = new SpeakerTally().add(D).add(B).add(E);
    SpeakerTally one = new SpeakerTally().add(E).add(D).add(C).add(B).add(A);
    assertEquals(one, new SpeakerTally().addAll(left).addAll(right));
    assertEquals(one, new SpeakerTally().addAll(right).addAll(left));
    assertEquals(List.of("doc-1", "doc-2"), List.copyOf(left.documents()));
    assertEquals(
        new SpeakerTally(
            List.of("doc-1", "doc-2", "doc-3"),
            java.util.Map.of("Ingrid Halvorsen", 2, "Halvorsen", 2, "halvorsen", 1),
            java.util.Map.of("harbour master", 2, "Ferry Board chair", 1),
            5,
            2,
            1,
            1,
            25),
        one);
  }
}
