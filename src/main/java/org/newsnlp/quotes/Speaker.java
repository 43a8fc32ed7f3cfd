package org.newsnlp.quotes;

/**
 * A speaker as resolved: the canonical name (or the description), the words as written at the
 * quotation, its kind, the cue, and the role or description the article attaches to the speaker.
 */
record Speaker(String name, String mention, SpeakerType type, String cue, String role) {
  static final Speaker NONE = new Speaker("", "", SpeakerType.NONE, "", "");

  Speaker(String name, String mention, SpeakerType type, String cue) {
    this(name, mention, type, cue, "");
  }

  /** The same speaker for a quotation that goes on with it, with no cue of its own. */
  Speaker inherited() {
    return new Speaker(name, mention, type, "", role);
  }

  /** True for an unresolved "they" or "we": someone speaks, though no name is given. */
  boolean isGroupPronoun() {
    return type == SpeakerType.PRONOUN
        && (mention.equalsIgnoreCase("they") || mention.equalsIgnoreCase("we"));
  }

  /** The same speaker with {@code cue}. */
  Speaker withCue(String cue) {
    return new Speaker(name, mention, type, cue, role);
  }
}
