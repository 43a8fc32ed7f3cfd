package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsnlp.quotes.Fixtures.quotes;
import static org.newsnlp.quotes.Fixtures.starting;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Quote;

/**
 * The speaker rules added to raise named-speaker accuracy (issue 3), on invented sentences: tags
 * corrected around a quotation's speaker, a label before a colon, a cue the tagger called a noun,
 * and reported speech kept only when its source is one a reader can use.
 */
class SpeakerSourcesTest {

  /** Tokens of one sentence, each word with the tag given after its slash: "Okafor/ADJ". */
  private static TokenIndex tagged(String... wordsAndTags) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String wt : wordsAndTags) {
      int slash = wt.lastIndexOf('/');
      String word = wt.substring(0, slash);
      String tag = wt.substring(slash + 1);
      String lemma = word.equals("said") ? "say" : word.toLowerCase();
      tokens.add(new Token(offset, offset + word.length(), word, tag, lemma, 0));
      offset += word.length() + 1;
    }
    return new TokenIndex(tokens);
  }

  @Test
  void aCapitalisedWordBetweenAClosingMarkAndACueIsAName() {
    TokenIndex t =
        tagged("“/PUNCT", "Fine/ADJ", ",/PUNCT", "”/PUNCT", "Okafor/ADJ", "said/VERB", "./PUNCT");
    assertEquals("PROPN", t.upos(4));
    // elsewhere the tag stands: "Fine" opens the quotation, it is no speaker
    assertEquals("ADJ", t.upos(1));
  }

  @Test
  void aCapitalisedWordAfterAClosingMarkWithoutACueKeepsItsTag() {
    TokenIndex t =
        tagged(
            "“/PUNCT",
            "Fine/ADJ",
            ".”/PUNCT",
            "”/PUNCT",
            "Later/ADJ",
            "crews/NOUN",
            "arrived/VERB");
    assertEquals("ADJ", t.upos(4));
  }

  @Test
  void aShortLabelBeforeAColonNamesTheSpeakerWhateverItsTag() {
    List<Quote> q = quotes("Okafor: “The pier will reopen before the storms come back.”");
    assertEquals("Okafor", starting(q, "The pier will reopen").speaker());
  }

  @Test
  void aWordBeforeAColonThatLabelsNothingIsNoSpeaker() {
    List<Quote> q = quotes("Update: “The pier will reopen before the storms come back.”");
    assertTrue(q.stream().noneMatch(x -> x.speaker().equals("Update")), q.toString());
  }

  @Test
  void aCueTaggedAsANounAfterItsSubjectStillIntroducesTheQuotation() {
    List<Quote> q =
        quotes("The new harbor ad claims “the pier has never been safer for families.”");
    assertEquals("ad", starting(q, "the pier has never").speaker().replaceAll(".* ", ""));
  }

  @Test
  void reportedSpeechFromANamedSpeakerIsKept() {
    List<Quote> q = quotes("Maria Okafor said that the pier would reopen in May.");
    assertEquals(1, q.stream().filter(x -> x.type().equals("indirect")).count(), q.toString());
  }

  @Test
  void reportedSpeechFromAPersonOrADocumentDescribedIsKept() {
    assertTrue(
        NotQuotations.isConfidentSource(
            new Speaker("harbor officials", "harbor officials", SpeakerType.GROUP, "said")));
    assertTrue(
        NotQuotations.isConfidentSource(
            new Speaker("new poll", "a new poll", SpeakerType.DOCUMENT, "found")));
    assertTrue(
        NotQuotations.isConfidentSource(
            new Speaker("Maria Okafor", "she", SpeakerType.PERSON, "said")));
  }

  @Test
  void reportedSpeechWithNoUsableSourceIsLeftOut() {
    // a thing as the source, an unresolved pronoun, a cue that reports only marked words
    assertFalse(
        NotQuotations.isConfidentSource(
            new Speaker("sudden closure", "The sudden closure", SpeakerType.UNNAMED, "led")));
    assertFalse(
        NotQuotations.isConfidentSource(new Speaker("it", "it", SpeakerType.PRONOUN, "says")));
    assertFalse(
        NotQuotations.isConfidentSource(new Speaker("they", "they", SpeakerType.GROUP, "said")));
    assertFalse(
        NotQuotations.isConfidentSource(
            new Speaker(
                "Harbor Authority",
                "The Harbor Authority",
                SpeakerType.ORGANIZATION,
                "continues")));
  }

  @Test
  void aStatementWhoseSourceIsAThingIsNoRow() {
    List<Quote> q = quotes("The sudden closure of the pier suggests that the budget has run dry.");
    assertTrue(q.stream().noneMatch(x -> x.type().equals("indirect")), q.toString());
  }
}
