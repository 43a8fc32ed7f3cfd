package org.newsnlp.quotes;

import java.util.Locale;

/** What kind of speaker a row names; the {@code speaker_type} column. */
enum SpeakerType {
  /** A titled name, a full personal name, a resolved pronoun, a description headed by a person. */
  PERSON,
  /** A name or description with a word such as ministry, committee, campaign, Post, media. */
  ORGANIZATION,
  /** A plural description, "they", "we". */
  GROUP,
  /** A pronoun with no antecedent. */
  PRONOUN_UNRESOLVED,
  /** Anything else, such as "Monday's meeting". */
  UNKNOWN;

  /** The value written to {@code quotes.csv}. */
  String csv() {
    return name().toLowerCase(Locale.ROOT);
  }
}
