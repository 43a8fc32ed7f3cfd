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
      new SpeakerQuote(
          "doc-1", "Ingrid Halvorsen", "person", "harbour master", "direct", 12, "2005-03-02");
  static final SpeakerQuote B =
      new SpeakerQuote("doc-1", "Ingrid Halvorsen", "person", "", "mixed", 5, "2005-03-02");
  static final SpeakerQuote C =
      new SpeakerQuote("doc-2", "Halvorsen", "person", "Ferry Board chair", "indirect", 0, "");
  static final SpeakerQuote D =
      new SpeakerQuote("doc-3", "Halvorsen", "person", "harbour master", "direct", 7, "2004-12-30");
  static final SpeakerQuote E =
      new SpeakerQuote("doc-3", "halvorsen", "person", "", "fragment", 1, "2004-12-30");

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
            List.of("harbour master", "Ferry Board chair"),
            "2004-12-30",
            "2005-03-02"),
        stats,
        "a type without a column (fragment) counts among quotes only; names and roles by rows,"
            + " then in character order; a row without a role adds none, one without a date"
            + " no date");
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
            "harbour master; Ferry Board chair",
            "2004-12-30",
            "2005-03-02"),
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
            25,
            "2004-12-30",
            "2005-03-02"),
        one);
    assertEquals("2005-03-02", left.firstSeen(), "doc-2 has no date: doc-1's is first and last");
    assertEquals("2005-03-02", left.lastSeen());
    SpeakerTally undated = new SpeakerTally().add(C);
    assertEquals(List.of("", ""), List.of(undated.firstSeen(), undated.lastSeen()));
    SpeakerTally both = new SpeakerTally().addAll(undated).addAll(one);
    assertEquals(
        List.of("2004-12-30", "2005-03-02"),
        List.of(both.firstSeen(), both.lastSeen()),
        "no date widens nothing");
  }

  @Test
  void datesCompareInTimeOrderWhateverTheirYear() {
    List<String> dates =
        new java.util.ArrayList<>(
            List.of("+10000-01-01", "2019-01-04", "-0001-12-31", "0001-01-01", "2018-12-31"));
    dates.sort(SpeakerTally::compareDates);
    assertEquals(
        List.of("-0001-12-31", "0001-01-01", "2018-12-31", "2019-01-04", "+10000-01-01"), dates);
    SpeakerTally tally = new SpeakerTally();
    for (String date : List.of("2019-01-04", "+10000-01-01", "-0001-12-31")) {
      tally.add(new SpeakerQuote("doc", "Ingrid Halvorsen", "person", "", "direct", 1, date));
    }
    assertEquals("-0001-12-31", tally.firstSeen());
    assertEquals("+10000-01-01", tally.lastSeen());
  }
}
