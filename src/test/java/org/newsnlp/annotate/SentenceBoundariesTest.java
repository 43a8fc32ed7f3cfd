package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Protects each boundary rule with the news sentence that motivated it. */
class SentenceBoundariesTest {

  /** The model's answer is faked as a break after every ". " so each rule is seen alone. */
  private static List<String> refine(String text) {
    List<Span> detected = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '.' && text.charAt(i + 1) == ' ') {
        detected.add(new Span(start, i + 1));
        start = i + 2;
      }
    }
    detected.add(new Span(start, text.length()));
    List<String> out = new ArrayList<>();
    for (Span s : SentenceBoundaries.refine(text, detected.toArray(new Span[0]))) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  /** The model's answer is faked as a break before {@code word}. */
  private static List<String> refineBreakingBefore(String text, String word) {
    int cut = text.indexOf(word);
    List<String> out = new ArrayList<>();
    for (Span s :
        SentenceBoundaries.refine(
            text, new Span[] {new Span(0, cut - 1), new Span(cut, text.length())})) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    return out;
  }

  @Test
  void quotedQuestionBeforeALowerCaseWordGoesOn() {
    String text = "“Why wait another year?” she asked the harbor board.";
    assertEquals(List.of(text), refineBreakingBefore(text, "she asked"));
  }

  @Test
  void abbreviationClosingAParenthesisGoesOn() {
    String text = "Sen. Maria Okafor (D-Ore.) said the vote would wait.";
    assertEquals(List.of(text), refineBreakingBefore(text, "said the"));
  }

  @Test
  void quotedQuestionBeforeACapitalEndsTheSentence() {
    String text = "“Why wait another year?” The board did not answer.";
    assertEquals(
        List.of("“Why wait another year?”", "The board did not answer."),
        refineBreakingBefore(text, "The board"));
  }

  @Test
  void titleIsNeverASentenceEnd() {
    assertEquals(
        List.of("Messrs. Smith and Jones met Mr. Putin."),
        refine("Messrs. Smith and Jones met Mr. Putin."));
  }

  @Test
  void abbreviationBeforeANameIsNoEnd() {
    assertEquals(
        List.of("Fans of U.S. President Jane Roe cheered.", "The team left."),
        refine("Fans of U.S. President Jane Roe cheered. The team left."));
  }

  @Test
  void initialIsNoEnd() {
    assertEquals(
        List.of("It was founded by L. Ron Hubbard in 1954."),
        refine("It was founded by L. Ron Hubbard in 1954."));
  }

  @Test
  void abbreviationBeforeAnOpeningWordEndsTheSentence() {
    // The model itself makes no break here: the span comes in whole.
    String text = "It was held in Washington D.C. The team came second.";
    List<String> out = new ArrayList<>();
    for (Span s : SentenceBoundaries.refine(text, new Span[] {new Span(0, text.length())})) {
      out.add(text.substring(s.getStart(), s.getEnd()));
    }
    assertEquals(List.of("It was held in Washington D.C.", "The team came second."), out);
  }

  @Test
  void pictureCreditIsItsOwnUnit() {
    String text = "Mayor Ann Lee greets pupils at the new school Image: City Hall / Tom Park.";
    assertEquals(
        List.of("Mayor Ann Lee greets pupils at the new school", "Image: City Hall / Tom Park."),
        refine(text));
  }

  @Test
  void leadingDateAndPlaceAreTheirOwnUnits() {
    assertEquals(
        List.of("Monday, March 2, 2026", "On Sunday, the council announced a vote."),
        refine("Monday, March 2, 2026 On Sunday, the council announced a vote."));
    assertEquals(
        List.of("Harborville, Maine, United States -", "Last week a bakery opened."),
        refine("Harborville, Maine, United States - Last week a bakery opened."));
  }

  @Test
  void wireDatelinesAreTheirOwnUnits() {
    assertEquals(
        List.of("RIVERTON, Mar 3 -", "Rain fell all week in\nthe valley farm belt."),
        refine("RIVERTON, Mar 3 - Rain fell all week in\nthe valley farm belt."));
    assertEquals(
        List.of("LONDON (Newswire) -", "Farm groups welcomed the plan on Friday."),
        refine("LONDON (Newswire) - Farm groups welcomed the plan on Friday."));
  }

  @Test
  void scoreLineIsNoDateline() {
    assertEquals(List.of("Group B — Norway 2 – 1 Chile"), refine("Group B — Norway 2 – 1 Chile"));
  }

  @Test
  void captionRunIntoItsParagraphIsCut() {
    assertEquals(
        List.of("Mary Jones of the Green Party", "In the North district, she was re-elected."),
        refine("Mary Jones of the Green Party In the North district, she was re-elected."));
  }

  @Test
  void lowerCaseAfterFullStopStaysASentence() {
    // Informal text starts sentences in lower case; only a break without a full stop is mended.
    assertEquals(List.of("It rained.", "then it stopped."), refine("It rained. then it stopped."));
  }
}
