package org.newsnlp.speakers;

/**
 * One name under which a speaker is quoted in a run, with how often: what {@link SpeakerNames}
 * decides from.
 *
 * @param speaker the name as in {@code quotes.csv}'s {@code speaker}
 * @param speakerType its {@code speaker_type}
 * @param quotes rows of the run with this name and type
 */
public record SpeakerForm(String speaker, String speakerType, int quotes) {
  public SpeakerKey key() {
    return new SpeakerKey(speaker, speakerType);
  }
}
