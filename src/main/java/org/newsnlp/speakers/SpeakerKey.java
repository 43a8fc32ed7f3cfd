package org.newsnlp.speakers;

/**
 * A speaker as {@code speakers.csv} tells speakers apart: a name and a speaker type.
 *
 * @param speaker the name, as in {@code quotes.csv}'s {@code speaker} or as shown in a row
 * @param speakerType the {@code speaker_type}
 */
public record SpeakerKey(String speaker, String speakerType) {}
