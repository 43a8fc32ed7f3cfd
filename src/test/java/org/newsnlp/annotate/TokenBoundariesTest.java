package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Protects the UD tokenization of hyphens, percentages, final stops and hashtags. */
class TokenBoundariesTest {

  private static List<String> refine(String text, String... modelTokens) {
    List<Span> spans = new ArrayList<>();
    int at = 0;
    for (String t : modelTokens) {
      int s = text.indexOf(t, at);
      spans.add(new Span(s, s + t.length()));
      at = s + t.length();
    }
    List<String> out = new ArrayList<>();
    for (Span s : TokenBoundaries.refine(text, spans.toArray(new Span[0]))) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  @Test
  void compoundIsSplitAtItsHyphens() {
    assertEquals(
        List.of("Leung", "Kwok", "-", "hung", "won"),
        refine("Leung Kwok-hung won", "Leung", "Kwok-", "hung", "won"));
    assertEquals(
        List.of("a", "131", "-", "page", "report"),
        refine("a 131-page report", "a", "131-page", "report"));
  }

  @Test
  void prefixStaysAttached() {
    assertEquals(
        List.of("pro-Beijing", "camp"), refine("pro-Beijing camp", "pro-", "Beijing", "camp"));
    assertEquals(List.of("co-founder"), refine("co-founder", "co-founder"));
  }

  @Test
  void digitsOnlyStayOneToken() {
    assertEquals(List.of("call", "555-1234"), refine("call 555-1234", "call", "555-1234"));
  }

  @Test
  void percentIsNumberAndSymbol() {
    assertEquals(List.of("58", "%", "."), refine("58%.", "58%", "."));
  }

  @Test
  void finalStopIsSplitUnlessAbbreviation() {
    assertEquals(List.of("in", "1994", "."), refine("in 1994.", "in", "1994."));
    assertEquals(List.of("the", "U.S."), refine("the U.S.", "the", "U.S."));
  }

  @Test
  void hashtagAndElisionAreOneToken() {
    assertEquals(List.of("#SaveTheLibrary"), refine("#SaveTheLibrary", "#", "SaveTheLibrary"));
    assertEquals(List.of("yields", "[...]"), refine("yields [...]", "yields", "[", "...", "]"));
  }
}
