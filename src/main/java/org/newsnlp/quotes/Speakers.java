package org.newsnlp.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * Names the speaker of an attribution: the fullest form of a name in the article ({@link Names}),
 * the antecedent of a pronoun or a relative "who", the person a definite description ("the
 * senator") points back to, or a description's head; and its {@link SpeakerType}.
 */
final class Speakers {
  private final TokenIndex tokens;
  private final Names names;
  private final String text;

  Speakers(TokenIndex tokens, Names names, String text) {
    this.tokens = tokens;
    this.names = names;
    this.text = text;
  }

  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "you");

  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");

  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "agency",
          "ministry",
          "department",
          "office",
          "committee",
          "council",
          "party",
          "campaign",
          "company",
          "corp",
          "inc",
          "group",
          "association",
          "union",
          "bank",
          "commission",
          "service",
          "university",
          "house",
          "kremlin",
          "pentagon",
          "news",
          "times",
          "post",
          "journal",
          "press",
          "government",
          "administration",
          "court",
          "police",
          "army",
          "network",
          "foundation",
          "institute",
          "center",
          "centre",
          "board",
          "organization",
          "organisation");

  /** Heads of descriptions that name one person ("a source", "the official"). */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "official",
          "source",
          "aide",
          "adviser",
          "advisor",
          "spokesperson",
          "analyst",
          "expert",
          "economist",
          "lawyer",
          "attorney",
          "doctor",
          "physician",
          "professor",
          "man",
          "woman",
          "voter",
          "resident",
          "officer",
          "diplomat",
          "lawmaker",
          "politician",
          "author",
          "writer",
          "reporter",
          "journalist",
          "narrator",
          "host",
          "strategist",
          "pollster",
          "historian",
          "scientist",
          "activist",
          "mother",
          "father",
          "widow",
          "friend",
          "nominee",
          "candidate",
          "daughter",
          "son",
          "wife",
          "husband",
          "chief",
          "member",
          "executive");

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private static final Set<String> DESCRIPTION_TAGS = Set.of("NOUN", "ADJ", "PROPN", "DET", "NUM");

  /**
   * @param previousNearby whether {@code previous} was quoted in the same paragraph: a pronoun
   *     there most likely goes on with that speaker
   */
  Speaker resolve(Attribution a, Speaker previous, boolean previousNearby) {
    int start = a.mentionStart();
    int end = a.mentionEnd();
    String mention = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    String lower = mention.toLowerCase(Locale.ROOT);
    if (end - start == 1 && (lower.equals("who") || lower.equals("which"))) {
      return relativeSpeaker(a, mention);
    }
    if (end - start == 1 && PRONOUNS.contains(lower)) {
      return pronounSpeaker(a, mention, lower, previous, previousNearby);
    }
    return namedOrDescribed(a, previous);
  }

  /** The antecedent of a relative "who" or "which": a name, or a description before it. */
  private Speaker relativeSpeaker(Attribution a, String mention) {
    int start = a.mentionStart();
    // the antecedent of the relative pronoun, before its comma: "Mr. Baker, who said …"
    int k = start - 1;
    while (k >= 0 && tokens.is(k, ",")) {
      k--;
    }
    int nameStart = k;
    while (nameStart - 1 >= 0 && Names.isNameToken(tokens, nameStart - 1)) {
      nameStart--;
    }
    if (k >= 0 && Names.isNameToken(tokens, k) && !Names.isTitle(tokens.get(k).text())) {
      Names.Name name = Names.nameOf(tokens, nameStart, k + 1);
      if (name != null) {
        Names.Name full = names.fullest(name);
        return new Speaker(
            full.text(),
            mention,
            isOrganization(full.words()) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON,
            a.cue());
      }
    }
    // a description: "a pollster who advised …", or the name it describes, "Ruiz, a pollster
    // who advised …"
    int descriptionStart = k;
    while (descriptionStart - 1 >= 0
        && k - descriptionStart < 8
        && DESCRIPTION_TAGS.contains(tokens.upos(descriptionStart - 1))) {
      descriptionStart--;
    }
    if (k >= 0
        && descriptionStart <= k
        && "NOUN".equals(tokens.upos(k))
        && tokens.get(descriptionStart).sentence() == tokens.get(start).sentence()) {
      int comma = descriptionStart - 1;
      if (comma > 0
          && tokens.is(comma, ",")
          && "DET".equals(tokens.upos(descriptionStart))
          && Names.isNameToken(tokens, comma - 1)) {
        int first = comma - 1;
        while (first - 1 >= 0 && Names.isNameToken(tokens, first - 1)) {
          first--;
        }
        Names.Name name = Names.nameOf(tokens, first, comma);
        if (name != null) {
          return new Speaker(names.fullest(name).text(), mention, SpeakerType.PERSON, a.cue());
        }
      }
      String description =
          text.substring(tokens.get(descriptionStart).start(), tokens.get(k).end());
      return new Speaker(stripDeterminers(description), mention, SpeakerType.UNKNOWN, a.cue());
    }
    return new Speaker("", mention, SpeakerType.UNKNOWN, a.cue());
  }

  /**
   * The person "he" or "she" points back to; "they" and "we" as a group; an unresolved pronoun when
   * there is no antecedent.
   */
  private Speaker pronounSpeaker(
      Attribution a, String mention, String lower, Speaker previous, boolean previousNearby) {
    int start = a.mentionStart();
    if (GROUP_PRONOUNS.contains(lower)) {
      return new Speaker(mention, mention, SpeakerType.GROUP, a.cue());
    }
    // journalists open a sentence with the person a following "he" or "she" points back to:
    // the subject of this sentence; else, in a paragraph that already quoted someone, that
    // person, whose words it goes on with; else the subject of a sentence just before, or the
    // person last quoted
    Names.Name subject = names.lastSubjectBefore(start, 1, Speakers::isOrganization);
    if (subject != null) {
      return new Speaker(names.fullest(subject).text(), mention, SpeakerType.PERSON, a.cue());
    }
    if (previousNearby && previous != null && previous.type() == SpeakerType.PERSON) {
      return new Speaker(previous.name(), mention, SpeakerType.PERSON, a.cue());
    }
    subject = names.lastSubjectBefore(start, 3, Speakers::isOrganization);
    if (subject != null) {
      return new Speaker(names.fullest(subject).text(), mention, SpeakerType.PERSON, a.cue());
    }
    if (previous != null && previous.type() == SpeakerType.PERSON) {
      return new Speaker(previous.name(), mention, SpeakerType.PERSON, a.cue());
    }
    Names.Name last = names.lastFullNameBefore(start, Speakers::isOrganization);
    if (last != null) {
      return new Speaker(last.text(), mention, SpeakerType.PERSON, a.cue());
    }
    return new Speaker("", mention, SpeakerType.PRONOUN_UNRESOLVED, a.cue());
  }

  /** A name in its fullest form, or a description's head, with its type. */
  private Speaker namedOrDescribed(Attribution a, Speaker previous) {
    int start = a.mentionStart();
    int end = a.mentionEnd();
    if (!Names.isNameToken(tokens, end - 1)
        || Names.isTitle(tokens.get(end - 1).text())
        || pluralHeadBeforePreposition(start, end)) {
      end = headEnd(start, end);
    }
    String mention = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    // A mention names someone when it ends in a name ("Kremlin spokesman Dmitry Peskov"); one that
    // ends in a common noun ("Pro-Iranian media outlets") is a description, kept as written.
    int nameEnd =
        Names.isNameToken(tokens, end - 1) && !Names.isTitle(tokens.get(end - 1).text()) ? end : -1;
    if (nameEnd > 0) {
      int nameStart = nameEnd - 1;
      while (nameStart - 1 >= start && Names.isNameToken(tokens, nameStart - 1)) {
        nameStart--;
      }
      Names.Name name = Names.nameOf(tokens, nameStart, nameEnd);
      boolean titled = nameStart < name.firstToken();
      Names.Name full = names.fullest(name);
      SpeakerType type =
          titled || full.words().size() >= 2 && !isOrganization(full.words())
              ? SpeakerType.PERSON
              : isOrganization(full.words()) || full.words().size() == 1 && nameEnd - start > 1
                  ? SpeakerType.ORGANIZATION
                  : SpeakerType.UNKNOWN;
      return new Speaker(full.text(), mention, type, a.cue());
    }
    String head = stripDeterminers(mention);
    Token last = tokens.get(end - 1);
    boolean plural =
        "NOUN".equals(last.upos())
            && !last.lemma().equalsIgnoreCase(last.text())
            && last.text().toLowerCase(Locale.ROOT).endsWith("s");
    String lastWord = last.text().toLowerCase(Locale.ROOT);
    // a description is a person only when its head says so ("a spokesman", "the supreme leader");
    // "Syrian state media" is an organisation, "Monday's meeting" nobody in particular
    SpeakerType type =
        plural
            ? SpeakerType.GROUP
            : ORGANIZATION_WORDS.contains(lastWord) || lastWord.equals("media")
                ? SpeakerType.ORGANIZATION
                : Names.isTitle(lastWord) || PERSON_NOUNS.contains(lastWord)
                    ? SpeakerType.PERSON
                    : SpeakerType.UNKNOWN;
    if (type == SpeakerType.PERSON && tokens.is(start, "the") && !lastWord.equals("source")) {
      // "the senator", "the Republican nominee": the person the story is about, named as the
      // subject of a recent sentence or as the last speaker
      Names.Name subject = names.lastSubjectBefore(start, 3, Speakers::isOrganization);
      if (subject != null) {
        return new Speaker(names.fullest(subject).text(), mention, type, a.cue());
      }
      if (previous != null && previous.type() == SpeakerType.PERSON) {
        return new Speaker(previous.name(), mention, type, a.cue());
      }
    }
    return new Speaker(head, mention, type, a.cue());
  }

  /**
   * Where the head of a mention ends: before a prepositional tail when the head is a common noun
   * ("media outlets | in Syria and Lebanon"), but not inside a title ("Secretary of State John
   * Kerry").
   */
  private int headEnd(int start, int end) {
    boolean commonNoun = false;
    for (int i = start; i < end; i++) {
      if ("ADP".equals(tokens.upos(i)) || "CCONJ".equals(tokens.upos(i))) {
        return commonNoun ? i : end;
      }
      if ("NOUN".equals(tokens.upos(i)) && !Names.isTitle(tokens.get(i).text())) {
        commonNoun = true;
      }
    }
    return end;
  }

  /**
   * True for "media outlets in Syria and Lebanon": a plural common noun is the head and the name
   * after the preposition is only where they are. A singular one ("footage of Baker") is usually a
   * channel for the person named after it.
   */
  private boolean pluralHeadBeforePreposition(int start, int end) {
    for (int i = start; i < end; i++) {
      if ("ADP".equals(tokens.upos(i)) || "CCONJ".equals(tokens.upos(i))) {
        return false;
      }
      Token t = tokens.get(i);
      if ("NOUN".equals(t.upos())
          && i + 1 < end
          && "ADP".equals(tokens.upos(i + 1))
          && t.text().toLowerCase(Locale.ROOT).endsWith("s")
          && !t.lemma().equalsIgnoreCase(t.text())) {
        return true;
      }
    }
    return false;
  }

  static boolean isOrganization(List<String> words) {
    for (String w : words) {
      if (ORGANIZATION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static String stripDeterminers(String mention) {
    String[] parts = mention.split("\\s+", 2);
    if (parts.length == 2 && DETERMINERS.contains(parts[0].toLowerCase(Locale.ROOT))) {
      return parts[1];
    }
    return mention;
  }
}
