package org.newsnlp.quotes;

import java.util.Locale;

/** What kind of speaker a row names; the {@code speaker_type} column. */
enum SpeakerType {
  /** A named person: a titled name, a full personal name, a pronoun or description resolved. */
  PERSON,
  /** A named body, or a description of one: a ministry, a committee, a newspaper, state media. */
  ORGANIZATION,
  /** Plural people, unnamed: analysts, officials, observers. */
  GROUP,
  /** One unnamed person: a spokesman, a source. */
  UNNAMED,
  /** A report, a poll, an email, a statement. */
  DOCUMENT,
  /** A pronoun with no antecedent. */
  PRONOUN,
  /** No speaker at all: written as an empty cell. */
  NONE;

  /** The value written to {@code quotes.csv}. */
  String csv() {
    return this == NONE ? "" : name().toLowerCase(Locale.ROOT);
  }
}
