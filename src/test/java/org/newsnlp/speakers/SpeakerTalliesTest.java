package org.newsnlp.speakers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;

/**
 * Protects the rows made from tallies: names merged as SpeakerNames decides, their figures added
 * up, and the same rows when the names are split by merge key and each part made alone, which is
 * how CountSpeakers spreads the work; first and last dates from the dated documents only. (Invented
 * names.)
 */
class SpeakerTalliesTest {
  static final List<SpeakerQuote> ROWS =
      List.of(
          new SpeakerQuote("doc-1", "Ingrid Halvorsen", "person", "", "direct", 10, "2024-05-01"),
          new SpeakerQuote("doc-2", "Halvorsen", "person", "", "direct", 4, "2024-04-30"),
          new SpeakerQuote("doc-2", "HALVORSEN", "person", "", "indirect", 0, "2024-04-30"),
          new SpeakerQuote("doc-2", "Okafor", "person", "", "mixed", 3, "2024-04-30"),
          new SpeakerQuote("doc-3", "Chidi Okafor", "person", "", "direct", 2, ""),
          new SpeakerQuote("doc-3", "Ada Okafor", "person", "", "direct", 5, ""),
          new SpeakerQuote("doc-3", "analysts", "group", "", "indirect", 0, ""),
          new SpeakerQuote("doc-4", "Analysts", "group", "", "indirect", 0, "2024-06-11"),
          new SpeakerQuote("doc-4", "analysts", "group", "", "indirect", 0, "2024-06-11"),
          new SpeakerQuote(
              "doc-4", "Ministry of Ports", "organization", "", "direct", 6, "2024-06-11"));

  static List<SpeakerStats> rowsOf(List<SpeakerQuote> rows) {
    SpeakerTallies tallies = new SpeakerTallies();
    rows.forEach(tallies::add);
    return tallies.rows();
  }

  @Test
  void rowsAreTheMergedNamesAddedUp() {
    assertEquals(
        List.of(
            new SpeakerStats(
                "Ada Okafor", "person", 1, 1, 1, 0, 0, 5, List.of("Ada Okafor"), List.of(), "", ""),
            new SpeakerStats(
                "Chidi Okafor",
                "person",
                1,
                1,
                1,
                0,
                0,
                2,
                List.of("Chidi Okafor"),
                List.of(),
                "",
                ""),
            new SpeakerStats(
                "Ingrid Halvorsen",
                "person",
                2,
                3,
                2,
                0,
                1,
                14,
                List.of("HALVORSEN", "Halvorsen", "Ingrid Halvorsen"),
                List.of(),
                "2024-04-30",
                "2024-05-01"),
            new SpeakerStats(
                "Ministry of Ports",
                "organization",
                1,
                1,
                1,
                0,
                0,
                6,
                List.of("Ministry of Ports"),
                List.of(),
                "2024-06-11",
                "2024-06-11"),
            new SpeakerStats(
                "Okafor",
                "person",
                1,
                1,
                0,
                1,
                0,
                3,
                List.of("Okafor"),
                List.of(),
                "2024-04-30",
                "2024-04-30"),
            new SpeakerStats(
                "analysts",
                "group",
                2,
                3,
                0,
                0,
                3,
                0,
                List.of("analysts", "Analysts"),
                List.of(),
                "2024-06-11",
                "2024-06-11")),
        rowsOf(ROWS));
  }

  @Test
  void namesSplitByMergeKeyMakeTheSameRowsAsAllTogether() {
    Map<String, List<SpeakerQuote>> byKey = new HashMap<>();
    for (SpeakerQuote row : ROWS) {
      byKey.computeIfAbsent(SpeakerNames.mergeKey(row.speaker()), k -> new ArrayList<>()).add(row);
    }
    assertEquals(
        List.of("analysts", "halvorsen", "okafor", "ports"),
        byKey.keySet().stream().sorted().toList());
    List<SpeakerStats> parts = new ArrayList<>();
    // Added up in two halves per part, as a combine would.
    for (List<SpeakerQuote> part : byKey.values()) {
      SpeakerTallies first = new SpeakerTallies();
      SpeakerTallies second = new SpeakerTallies();
      for (int i = 0; i < part.size(); i++) {
        (i % 2 == 0 ? first : second).add(part.get(i));
      }
      parts.addAll(new SpeakerTallies().addAll(second).addAll(first).rows());
    }
    parts.sort(Comparator.comparing(SpeakerStats::speaker));
    assertEquals(rowsOf(ROWS), parts);
  }
}
