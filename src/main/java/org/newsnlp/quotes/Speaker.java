package org.newsnlp.quotes;

/**
 * A speaker as resolved: the fullest name (or the description), the words as written at the
 * quotation, its kind and the cue.
 */
record Speaker(String name, String mention, SpeakerType type, String cue) {
  static final Speaker NONE = new Speaker("", "", SpeakerType.UNKNOWN, "");

  /** The same speaker for a quotation that goes on with it, with no cue of its own. */
  Speaker inherited() {
    return new Speaker(name, mention, type, "");
  }
}
