package org.newsnlp.quotes;

/**
 * The speaker of the last attributed quotation, carried through an article in text order, with
 * where that quotation was: a later quotation with no cue of its own, or a pronoun, goes on with
 * this speaker when it is near enough.
 */
final class LastSpeaker {
  private Speaker speaker;
  private int group = -1;
  private int paragraph = -1;
  private int sentence = -1;

  /** The speaker, or null before the first attributed quotation. */
  Speaker speaker() {
    return speaker;
  }

  boolean isKnown() {
    return speaker != null;
  }

  /** Whether the last attributed quotation was in paragraph {@code p}. */
  boolean inParagraph(int p) {
    return paragraph == p;
  }

  /** Whether the last attributed quotation was in sentence {@code s}. */
  boolean inSentence(int s) {
    return sentence == s;
  }

  /**
   * Whether the last attributed quotation was a part of the multi-paragraph quotation {@code g}.
   */
  boolean inGroup(int g) {
    return group == g;
  }

  /** Whether the last attributed quotation was in quotation marks (not reported speech). */
  boolean wasInMarks() {
    return group >= 0;
  }

  /** Paragraphs from the last attributed quotation to paragraph {@code p}. */
  int paragraphsBefore(int p) {
    return p - paragraph;
  }

  /**
   * Remembers an attributed quotation.
   *
   * @param group its passage's group, or -1 for reported speech
   */
  void remember(Speaker speaker, int group, int paragraph, int sentence) {
    this.speaker = speaker;
    this.group = group;
    this.paragraph = paragraph;
    this.sentence = sentence;
  }
}
