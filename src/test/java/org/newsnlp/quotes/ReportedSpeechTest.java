package org.newsnlp.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Quote;

/**
 * Protects the patterns of reported speech and the speakers given to quotations, on sentences
 * written for these tests and tagged by the real models.
 */
class ReportedSpeechTest {

  private static Quote only(String body, String type) {
    List<Quote> quotes = QuoteExtractor.extract(Fixtures.annotated("Headline\n\n" + body));
    List<Quote> typed = quotes.stream().filter(q -> q.type().equals(type)).toList();
    assertEquals(1, typed.size(), "expected one " + type + " quotation in " + quotes);
    return typed.get(0);
  }

  @Test
  void saidThatGivesTheClauseAndTheSubject() {
    Quote q = only("Senator Mary Jones said that the bill would pass next week.", "indirect");
    assertEquals("that the bill would pass next week", q.text());
    assertEquals("Mary Jones", q.speaker());
    assertEquals("said", q.cue());
  }

  @Test
  void aClosingCueGivesTheClauseBeforeIt() {
    Quote q =
        only("The talks will resume in March, a spokesman for the ministry said.", "indirect");
    assertEquals("The talks will resume in March", q.text());
    assertEquals("a spokesman for the ministry", q.speakerMention());
  }

  @Test
  void accordingToGivesTheRestOfTheSentence() {
    Quote q = only("According to the agency, prices rose by three percent in May.", "indirect");
    assertEquals("prices rose by three percent in May", q.text());
    assertEquals("according to", q.cue());
  }

  @Test
  void aBeliefOrAFindingIsAttributedWithoutMarks() {
    Quote think = only("Most residents think the new bridge will open in May.", "indirect");
    assertEquals("the new bridge will open in May", think.text());
    assertEquals("think", think.cue());
    Quote showed = only("A survey of shop owners showed that sales fell in May.", "indirect");
    assertEquals("that sales fell in May", showed.text());
    assertEquals("showed", showed.cue());
  }

  @Test
  void aBeliefVerbsObjectOrInfinitiveIsNoStatement() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\nThe two towns found common ground in their plans. "
                    + "The council hoped to build a second pier before the winter."));
    assertEquals(List.of(), quotes.stream().map(Quote::text).toList());
  }

  @Test
  void accordingToAfterACommaGivesTheClauseBeforeItWhateverFollowsTheSource() {
    Quote q =
        only(
            "Ferry fares rose by three percent in May, according to a survey of harbor pilots "
                + "released on Monday.",
            "indirect");
    assertEquals("Ferry fares rose by three percent in May", q.text());
    assertEquals("according to", q.cue());
  }

  @Test
  void whatAccordingToNamesIsASourceWhateverItsHead() {
    Quote q =
        only("The ferry will run again in June, according to the harbor summary.", "indirect");
    assertEquals("The ferry will run again in June", q.text());
    assertEquals("the harbor summary", q.speakerMention());
  }

  @Test
  void aParaphraseWithQuotedWordsIsOneMixedRowWithItsQuotedWordsInside() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\nPeter Smith called the plan a “reckless gamble” on Monday."));
    assertEquals(
        List.of("the plan a “reckless gamble” on Monday"),
        quotes.stream().map(Quote::text).toList());
    for (Quote q : quotes) {
      assertEquals("mixed", q.type());
      assertEquals("Peter Smith", q.speaker());
      assertEquals("called", q.cue());
    }
  }

  @Test
  void aQuotedFragmentAfterACueNestedInTheStatementIsTheStatementSpeakers() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\nMayor Ana Ruiz said she is sure Peter Smith will continue to be "
                    + "“a friend of the harbor.”"));
    assertEquals(
        List.of(
            "mixed|Ana Ruiz|said|she is sure Peter Smith will continue to be “a friend of the"
                + " harbor."),
        quotes.stream()
            .map(q -> q.type() + "|" + q.speaker() + "|" + q.cue() + "|" + q.text())
            .toList());
  }

  @Test
  void aSurnameResolvesToTheFullNameAndAPronounToTheSubject() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\nMaria Lopez, the mayor, spoke on Monday.\n\n"
                    + "“We will rebuild the bridge,” Ms. Lopez said.\n\n"
                    + "She added that the work would start in spring."));
    Quote direct = quotes.stream().filter(q -> q.type().equals("direct")).findFirst().orElseThrow();
    assertEquals("Maria Lopez", direct.speaker());
    assertEquals("Ms. Lopez", direct.speakerMention());
    Quote added = quotes.stream().filter(q -> q.cue().equals("added")).findFirst().orElseThrow();
    assertEquals("She", added.speakerMention());
    assertEquals("Maria Lopez", added.speaker());
    assertEquals("person", added.speakerType());
  }

  @Test
  void aTitleOfAShowIsNotAQuotation() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated("Headline\n\nThe senator appeared on “Meet the Voters” on Sunday."));
    assertEquals(List.of(), quotes.stream().filter(q -> q.text().contains("Face")).toList());
  }

  @Test
  void aSecondVerbAfterQuotedWordsEndsTheStatement() {
    Quote decried =
        only(
            "The senator has increasingly decried the issue of “unfair housing” and highlighted"
                + " her plans to fix the problem.",
            "mixed");
    assertEquals("the issue of “unfair housing”", decried.text());
    List<Quote> ranked =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\nTom Baker called the merger “a bad deal” and ranked the firm as one"
                    + " of the worst “in the history of business.”"));
    assertEquals(
        List.of(
            "called: the merger “a bad deal",
            "ranked: the firm as one of the worst “in the" + " history of business."),
        ranked.stream().map(q -> q.cue() + ": " + q.text()).toList());
    assertEquals(List.of("Tom Baker", "Tom Baker"), ranked.stream().map(Quote::speaker).toList());
  }

  @Test
  void oneQuotedWordThatNoCueAttributesIsNoQuotation() {
    List<Quote> quotes =
        QuoteExtractor.extract(
            Fixtures.annotated(
                "Headline\n\n“We will show the old series again, all of them,” said Ana Ruiz, the"
                    + " head of the channel. “Friends” comes back first."));
    assertEquals(
        List.of("We will show the old series again, all of them,"),
        quotes.stream().map(Quote::text).toList());
  }
}
