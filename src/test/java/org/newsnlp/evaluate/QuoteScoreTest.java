package org.newsnlp.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsnlp.evaluate.QuoteScore.Item;

/** Protects the port of score_quotes.py's matching rule on a hand-worked document. */
class QuoteScoreTest {
  private static Item item(int start, int end, String type, String speaker) {
    return new Item(List.of(new int[] {start, end}), type, speaker, "");
  }

  @Test
  void matchesByHalfTheShorterSpanAndCountsPartsOnce() {
    Map<String, List<Item>> gold =
        Map.of(
            "d",
            List.of(
                item(0, 100, "direct", "Vladimir Putin"),
                item(200, 240, "indirect", "The Post"),
                item(300, 320, "mixed", "")));
    Map<String, List<Item>> pred =
        Map.of(
            "d",
            List.of(
                // Half of gold 1: a match, right speaker (content word "putin").
                item(0, 50, "direct", "Mr. Putin"),
                // The rest of gold 1, lying inside it: correct for precision, no extra recall.
                item(50, 100, "direct", "Putin"),
                // Overlaps gold 3 by 5 of its 20 characters: no match.
                item(315, 330, "direct", "someone")));
    QuoteScore.Result r = QuoteScore.score(Set.of("d"), gold, pred);
    // marked: 2 of 3 marked predictions correct; 1 of 2 marked gold found.
    assertArrayEquals(
        new double[] {2.0 / 3, 0.5, 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5)}, r.marked(), 1e-12);
    // all: 2 of 3 predictions correct; 1 of 3 gold found.
    assertArrayEquals(new double[] {2.0 / 3, 1.0 / 3, 4.0 / 9}, r.all(), 1e-12);
    assertEquals(1.0, r.speakerAccuracyNames(), 1e-12);
  }
}
