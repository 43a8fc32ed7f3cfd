package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Protects the rule that replaces the models on chunks longer than any word. */
class LongChunksTest {
  private static final String URL = "https://example.org/" + "a1/".repeat(200) + "index.html";

  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : new CachedTokenizer(Models.english().tokens()).tokenizePos(text)) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  @Test
  void aLongChunkKeepsItsMiddleWholeAndLosesItsMarks() {
    assertEquals(
        List.of("See", "(", "“", URL, "”", ")", ".", "now"), tokens("See (“" + URL + "”). now"));
    String letters = "x".repeat(LongChunks.MAX_CHARS + 1);
    assertEquals(List.of(letters), tokens(letters));
  }

  @Test
  void aChunkOfMarksOnlyIsAMarkPerToken() {
    String nested = "(".repeat(300) + ")".repeat(300);
    List<String> expected = new ArrayList<>();
    for (char c : nested.toCharArray()) {
      expected.add(String.valueOf(c));
    }
    assertEquals(expected, tokens(nested));
  }

  @Test
  void chunksUpToTheLimitAreTheModels() {
    String chunk = "x".repeat(LongChunks.MAX_CHARS - 1) + ".";
    assertEquals(List.of("x".repeat(LongChunks.MAX_CHARS - 1), "."), tokens(chunk));
  }

  @Test
  void theSentenceDetectorSeesOnlyALongChunksLastStop() {
    char[] enders = {'.', '!', '?'};
    String shortOnes = "Mr. Smith left. U.S. troops came!";
    assertSame(shortOnes, LongChunks.forSentenceDetector(shortOnes, enders));
    String dotted = "a.".repeat(300) + "b";
    String text = "It was " + dotted + " here. Then it left.";
    String masked = LongChunks.forSentenceDetector(text, enders);
    assertEquals(text.length(), masked.length());
    assertEquals("It was " + "a_".repeat(299) + "a.b here. Then it left.", masked);
  }
}
