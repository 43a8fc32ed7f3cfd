/**
 * The speakers table, {@code speakers.csv}: the attributed rows of {@code quotes.csv} added up per
 * speaker over a whole run. {@link org.newsnlp.speakers.SpeakerQuotes} takes what the table needs
 * of each row, {@link org.newsnlp.speakers.SpeakerTally} adds rows up, and {@link
 * org.newsnlp.speakers.SpeakerNames} decides which names are one speaker across articles. Plain
 * Java: nothing here imports Beam; {@code pipeline.CountSpeakers} wires it.
 */
package org.newsnlp.speakers;
