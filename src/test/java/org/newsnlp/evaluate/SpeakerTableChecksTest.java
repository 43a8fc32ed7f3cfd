package org.newsnlp.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsnlp.evaluate.SpeakerTableChecks.Findings;
import org.newsnlp.model.SpeakerStats;

/**
 * The checks behind the BBC measurement of speakers.csv (issue 12), on invented tables whose
 * findings are known: a table that adds up shows nothing wrong and counts what is kept apart on
 * purpose; each kind of mistake is named.
 */
class SpeakerTableChecksTest {
  static Map<String, String> quote(
      String doc, String type, String speaker, String speakerType, String role) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("doc_id", doc);
    row.put("quote_type", type);
    row.put("speaker", speaker);
    row.put("speaker_type", speakerType);
    row.put("speaker_role", role);
    return row;
  }

  static Map<String, String> speaker(String csvLine) {
    List<String> header = SpeakerStats.header();
    String[] cells = csvLine.split(",", -1);
    Map<String, String> row = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      row.put(header.get(i), cells[i]);
    }
    return row;
  }

  static Map<String, String> document(String doc, String published) {
    return Map.of("doc_id", doc, "published", published);
  }

  /** Documents a to e; c has no date, a a timestamp whose date part counts. */
  static final List<Map<String, String>> DOCUMENTS =
      List.of(
          document("a", "2024-03-02T08:00:00+01:00"),
          document("b", "2024-03-01"),
          document("c", ""),
          document("d", "2024-02-28"),
          document("e", "2024-03-05"));

  static final List<Map<String, String>> QUOTES =
      List.of(
          quote("a", "direct", "Ingrid Halvorsen", "person", "harbour master"),
          quote("b", "indirect", "Halvorsen", "person", ""),
          quote("b", "direct", "Analysts", "group", ""),
          quote("c", "mixed", "analysts", "group", ""),
          quote("c", "direct", "Okafor", "person", ""),
          quote("c", "direct", "Ada Okafor", "person", ""),
          quote("d", "direct", "Chidi Okafor", "person", ""),
          quote("d", "indirect", "Ports Ministry", "organization", ""),
          quote("e", "indirect", "Ports Ministry", "person", ""),
          quote("e", "direct", "", "", ""));

  @Test
  void aTableThatAddsUpHasNoProblemsAndCountsWhatIsKeptApart() {
    Findings f =
        SpeakerTableChecks.check(
            List.of(
                speaker(
                    "Ingrid Halvorsen,person,2,2,1,0,1,9,Ingrid Halvorsen; Halvorsen,harbour master,"
                        + "2024-03-01,2024-03-02"),
                speaker("analysts,group,2,2,1,1,0,7,analysts; Analysts,,2024-03-01,2024-03-01"),
                speaker("Ada Okafor,person,1,1,1,0,0,3,Ada Okafor,,,"),
                speaker("Chidi Okafor,person,1,1,1,0,0,3,Chidi Okafor,,2024-02-28,2024-02-28"),
                speaker("Okafor,person,1,1,1,0,0,2,Okafor,,,"),
                speaker(
                    "Ports Ministry,organization,1,1,0,0,1,0,Ports Ministry,,2024-02-28,2024-02-28"),
                speaker("Ports Ministry,person,1,1,0,0,1,0,Ports Ministry,,2024-03-05,2024-03-05")),
            QUOTES,
            DOCUMENTS);
    assertEquals(List.of(), f.problems());
    assertEquals(
        List.of(7, 9, 9, 0, 0, 1, 1, 1),
        List.of(
            f.speakers(),
            f.attributed(),
            f.quotes(),
            f.caseVariants(),
            f.singleApart(),
            f.singleAmbiguous(),
            f.singleAmbiguousQuotes(),
            f.severalTypes()));
    assertEquals(
        Map.of(
            "several full names",
            List.of("Okafor [Ada Okafor, Chidi Okafor]"),
            "several types",
            List.of("Ports Ministry [organization, person]")),
        f.examples());
  }

  @Test
  void eachMistakeIsNamed() {
    Findings f =
        SpeakerTableChecks.check(
            List.of(
                speaker(
                    "Ingrid Halvorsen,person,1,1,1,0,0,9,Ingrid Halvorsen,,2024-03-02,2024-03-02"),
                speaker("Analysts,group,1,3,1,1,0,7,Analysts,,2024-03-01,2024-03-01"),
                speaker("Halvorsen,person,1,1,0,0,1,0,Halvorsen,,2024-03-02,2024-03-02"),
                speaker("analysts,group,1,1,0,0,1,0,analysts,,,")),
            List.of(
                quote("a", "direct", "Ingrid Halvorsen", "person", "harbour master"),
                quote("b", "indirect", "Halvorsen", "person", ""),
                quote("b", "direct", "Analysts", "group", ""),
                quote("c", "mixed", "analysts", "group", ""),
                quote("c", "direct", "Tom Reed", "person", "")),
            DOCUMENTS);
    assertEquals(
        List.of(
            "row 2 (Analysts) has more quotes than the row before it",
            "Tom Reed (person) is in no row's names",
            "Ingrid Halvorsen: roles [] but quotes.csv gives [harbour master]",
            "Analysts: [1, 3, 1, 1, 0] but quotes.csv gives [1, 1, 1, 0, 0]",
            "Halvorsen: first and last seen [2024-03-02, 2024-03-02] but documents.csv gives"
                + " [2024-03-01, 2024-03-01]",
            "analysts: [1, 1, 0, 0, 1] but quotes.csv gives [1, 1, 0, 1, 0]",
            "quotes add up to 6, quotes.csv has 5 attributed",
            "names that differ only by case: [Analysts, analysts]",
            "Halvorsen is left apart from [Ingrid Halvorsen]"),
        f.problems());
    assertEquals(1, f.caseVariants());
    assertEquals(1, f.singleApart());
  }
}
