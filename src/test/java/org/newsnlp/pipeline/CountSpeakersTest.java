package org.newsnlp.pipeline;

import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.newsnlp.TestPipelines;
import org.newsnlp.model.RecordCoder;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;

/**
 * Protects the wiring of CountSpeakers on the direct runner with its encodability and immutability
 * checks: tallies per group of names combined across bundles, names merged within a group, and the
 * rows with their roles and their first and last dates (an undated document widens none), with
 * exact figures. (Invented names.)
 */
class CountSpeakersTest {
  /** The publication dates of the documents; doc-2 has none. */
  static final Map<String, String> PUBLISHED =
      Map.of("doc-1", "2024-03-02", "doc-2", "", "doc-3", "2024-01-15", "doc-4", "2024-02-29");

  static SpeakerQuote row(String doc, String speaker, String speakerType, String type, int words) {
    return new SpeakerQuote(doc, speaker, speakerType, "", type, words, PUBLISHED.get(doc));
  }

  @Test
  void addsUpEachSpeakerAcrossArticlesWithItsOtherNames() {
    Pipeline p = TestPipelines.withChecks();
    PCollection<SpeakerStats> rows =
        p.apply(
                Create.of(
                    new SpeakerQuote(
                        "doc-1",
                        "Ingrid Halvorsen",
                        "person",
                        "harbour master",
                        "direct",
                        10,
                        "2024-03-02"),
                    row("doc-1", "Ingrid Halvorsen", "person", "indirect", 0),
                    row("doc-1", "Analysts", "group", "indirect", 0),
                    row("doc-2", "Halvorsen", "person", "direct", 4),
                    row("doc-2", "analysts", "group", "mixed", 6),
                    row("doc-2", "Okafor", "person", "direct", 3),
                    row("doc-3", "Halvorsen", "person", "indirect", 0),
                    row("doc-3", "Chidi Okafor", "person", "direct", 2),
                    row("doc-3", "Ada Okafor", "person", "direct", 5),
                    row("doc-3", "Ingrid Halvorsen", "person", "direct", 1),
                    row("doc-4", "Analysts", "group", "indirect", 0),
                    row("doc-4", "analysts", "group", "indirect", 0),
                    row("doc-4", "analysts", "group", "indirect", 0)))
            .apply(CountSpeakers.create());
    PAssert.that(rows)
        .containsInAnyOrder(
            new SpeakerStats(
                "Ingrid Halvorsen",
                "person",
                3,
                5,
                3,
                0,
                2,
                15,
                List.of("Ingrid Halvorsen", "Halvorsen"),
                List.of("harbour master"),
                "2024-01-15",
                "2024-03-02"),
            new SpeakerStats(
                "analysts",
                "group",
                3,
                5,
                0,
                1,
                4,
                6,
                List.of("analysts", "Analysts"),
                List.of(),
                "2024-02-29",
                "2024-03-02"),
            new SpeakerStats(
                "Okafor", "person", 1, 1, 1, 0, 0, 3, List.of("Okafor"), List.of(), "", ""),
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
                "2024-01-15",
                "2024-01-15"),
            new SpeakerStats(
                "Ada Okafor",
                "person",
                1,
                1,
                1,
                0,
                0,
                5,
                List.of("Ada Okafor"),
                List.of(),
                "2024-01-15",
                "2024-01-15"));
    p.run().waitUntilFinish();
  }

  @Test
  void noAttributedRowsGiveNoSpeakers() {
    Pipeline p = TestPipelines.withChecks();
    PCollection<SpeakerStats> rows =
        p.apply(Create.empty(RecordCoder.of(SpeakerQuote.class))).apply(CountSpeakers.create());
    PAssert.that(rows).empty();
    p.run().waitUntilFinish();
  }
}
