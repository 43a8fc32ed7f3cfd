package org.newsnlp.quotes;

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

  /** True for the head of a description of one person: "spokesman", "official", "senator". */
  static boolean namesAPerson(String head) {
    return Names.isTitle(head) || PERSON_NOUNS.contains(head.toLowerCase(Locale.ROOT));
  }

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
            Names.isOrganization(full.words()) ? SpeakerType.ORGANIZATION : SpeakerType.PERSON,
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
      return described(descriptionStart, k + 1, mention, a.cue());
    }
    return new Speaker("", mention, SpeakerType.NONE, a.cue());
  }

  /**
   * The person "he" or "she" points back to; "they" and "we" as a group; an unresolved pronoun when
   * there is no antecedent.
   */
  private Speaker pronounSpeaker(
      Attribution a, String mention, String lower, Speaker previous, boolean previousNearby) {
    int start = a.mentionStart();
    if (GROUP_PRONOUNS.contains(lower)) {
      // "they", "we": no antecedent is looked for
      return new Speaker("", mention, SpeakerType.PRONOUN, a.cue());
    }
    // journalists open a sentence with the person a following "he" or "she" points back to:
    // the subject of this sentence; else, in a paragraph that already quoted someone, that
    // person, whose words it goes on with; else the subject of a sentence just before, or the
    // person last quoted
    Names.Name subject = names.lastSubjectBefore(start, 1);
    if (subject != null) {
      return new Speaker(names.fullest(subject).text(), mention, SpeakerType.PERSON, a.cue());
    }
    if (previousNearby && previous != null && previous.type() == SpeakerType.PERSON) {
      return new Speaker(previous.name(), mention, SpeakerType.PERSON, a.cue());
    }
    subject = names.lastSubjectBefore(start, 3);
    if (subject != null) {
      return new Speaker(names.fullest(subject).text(), mention, SpeakerType.PERSON, a.cue());
    }
    if (previous != null && previous.type() == SpeakerType.PERSON) {
      return new Speaker(previous.name(), mention, SpeakerType.PERSON, a.cue());
    }
    Names.Name last = names.lastFullNameBefore(start);
    if (last != null) {
      return new Speaker(last.text(), mention, SpeakerType.PERSON, a.cue());
    }
    return new Speaker("", mention, SpeakerType.PRONOUN, a.cue());
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
      if (name == null) {
        return described(start, end, mention, a.cue());
      }
      boolean titled = nameStart < name.firstToken();
      Names.Name full = names.fullest(name);
      boolean organization = Names.isOrganization(full.words());
      SpeakerType type =
          organization
              ? SpeakerType.ORGANIZATION
              : titled || full.words().size() >= 2
                  ? SpeakerType.PERSON
                  : full.words().size() == 1 && isAcronym(full.words().get(0))
                      ? SpeakerType.ORGANIZATION
                      : nameEnd - start > 1 ? SpeakerType.ORGANIZATION : SpeakerType.PERSON;
      String role = roleBefore(start, name.firstToken());
      if (role.isEmpty() && type == SpeakerType.PERSON) {
        role = apposition(a.mentionEnd());
      }
      return new Speaker(full.text(), mention, type, a.cue(), role);
    }
    Speaker description = described(start, end, mention, a.cue());
    Token last = tokens.get(end - 1);
    String lastWord = last.text().toLowerCase(Locale.ROOT);
    if (description.type() == SpeakerType.UNNAMED
        && namesAPerson(lastWord)
        && tokens.is(start, "the")
        && !lastWord.equals("source")) {
      // "the senator", "the Republican nominee": the person the story is about, named as the
      // subject of a recent sentence or as the last speaker
      Names.Name subject = names.lastSubjectBefore(start, 3);
      if (subject != null) {
        return new Speaker(
            names.fullest(subject).text(),
            mention,
            SpeakerType.PERSON,
            a.cue(),
            description.name());
      }
      if (previous != null && previous.type() == SpeakerType.PERSON) {
        return new Speaker(
            previous.name(), mention, SpeakerType.PERSON, a.cue(), description.name());
      }
    }
    return description;
  }

  /** Heads of descriptions that are a document or a measurement: "a report", "the poll". */
  private static final Lexicon DOCUMENT_NOUNS =
      Lexicon.load("/org/newsnlp/quotes/document-nouns.txt");

  /**
   * A speaker described rather than named, tokens {@code [start, end)}: plural people are a group
   * ("analysts"), a body an organisation ("Syrian state media"; one with an acronym for a name is
   * that name, "Iran's official IRNA news agency" gives "IRNA" with the rest as its role), a report
   * or a poll a document, anyone else one unnamed person ("a spokesman"). The description is
   * written as a lower-case noun phrase without its article ("Analysts" gives "analysts").
   */
  private Speaker described(int start, int end, String mention, String cue) {
    Token last = tokens.get(end - 1);
    String lastWord = last.text().toLowerCase(Locale.ROOT);
    boolean plural =
        "NOUN".equals(last.upos())
            && !last.lemma().equalsIgnoreCase(last.text())
            && lastWord.endsWith("s");
    boolean organization =
        Names.ORGANIZATION_WORDS.contains(lastWord) && !DOCUMENT_NOUNS.contains(lastWord);
    SpeakerType type =
        organization
            ? SpeakerType.ORGANIZATION
            : plural && !DOCUMENT_NOUNS.contains(lastWord)
                ? SpeakerType.GROUP
                : DOCUMENT_NOUNS.contains(lastWord) || STATEMENT_HEADS.contains(lastWord)
                    ? SpeakerType.DOCUMENT
                    : SpeakerType.UNNAMED;
    if (organization) {
      for (int i = start; i < end; i++) {
        if (isAcronym(tokens.get(i).text())) {
          String role = phrase(start, i) + (i + 1 < end ? " " + phrase(i + 1, end) : "");
          return new Speaker(tokens.get(i).text(), mention, type, cue, role.strip());
        }
      }
    }
    return new Speaker(phrase(start, end), mention, type, cue);
  }

  /** Heads that carry words of their own but are no document noun: "the statement said". */
  private static final Set<String> STATEMENT_HEADS = Set.of("statement", "message", "announcement");

  /**
   * Tokens {@code [start, end)} as a lower-case noun phrase: articles dropped, and the first word
   * lower-cased when it is capitalised only because it opens the sentence (not a proper noun, not
   * capitalised elsewhere in the article, no nationality: "Analysts", but "Syrian officials"); a
   * prefix such as "Pro-" is lower-cased ("pro-Iranian").
   */
  private String phrase(int start, int end) {
    int s = start;
    while (s < end && DETERMINERS.contains(tokens.lower(s))) {
      s++;
    }
    if (s >= end) {
      return "";
    }
    String first = tokens.get(s).text();
    String rest = s + 1 < end ? text.substring(tokens.get(s).end(), tokens.get(end - 1).end()) : "";
    int hyphen = first.indexOf('-');
    if (hyphen > 0 && PREFIXES.contains(first.substring(0, hyphen).toLowerCase(Locale.ROOT))) {
      first = first.substring(0, hyphen).toLowerCase(Locale.ROOT) + first.substring(hyphen);
    } else if (opensSentence(s)
        && first.length() > 1
        && Character.isUpperCase(first.codePointAt(0))
        && Character.isLowerCase(first.codePointAt(1))
        && !"PROPN".equals(tokens.get(s).upos())
        && !tokens.capitalisedElsewhere(s)
        && !isNationality(first)) {
      first = first.substring(0, 1).toLowerCase(Locale.ROOT) + first.substring(1);
    }
    return (first + rest).strip();
  }

  private static final Set<String> PREFIXES = Set.of("pro", "anti", "non", "ex", "post", "pre");

  private boolean opensSentence(int i) {
    int k = i - 1;
    while (k >= 0 && tokens.get(k).sentence() == tokens.get(i).sentence() && tokens.isPunct(k)) {
      k--;
    }
    return k < 0 || tokens.get(k).sentence() != tokens.get(i).sentence();
  }

  /** "Syrian", "Chinese", "British", "Iraqi": words capitalised wherever they stand. */
  private static boolean isNationality(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i");
  }

  /** "IRNA", "BBC", "EU": two or more capitals and no lower-case letter. */
  static boolean isAcronym(String word) {
    int capitals = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    return capitals >= 2;
  }

  /** Honorifics and days, which are no role: "Mr.", "Sir", "Wednesday", "Tuesday's". */
  private static final Set<String> NOT_ROLES =
      Weekdays.and("mr", "mrs", "ms", "miss", "messrs", "dr", "sir", "dame", "today", "yesterday");

  /**
   * The words of a mention before the name it ends in ({@code [start, nameStart)}), as the role the
   * article gives the person: "Kremlin spokesman", "Home Secretary"; honorifics and days left out.
   */
  private String roleBefore(int start, int nameStart) {
    int s = start;
    while (s < nameStart
        && (DETERMINERS.contains(tokens.lower(s))
            || tokens.isPunct(s)
            || NOT_ROLES.contains(Names.withoutPossessive(tokens.lower(s).replace(".", ""))))) {
      s++;
    }
    int e = nameStart;
    while (e > s
        && (tokens.isPunct(e - 1)
            || NOT_ROLES.contains(Names.withoutPossessive(tokens.lower(e - 1).replace(".", ""))))) {
      e--;
    }
    return s < e ? phrase(s, e) : "";
  }

  /**
   * A description set off by a comma right after a person's name, as the role the article gives
   * them: "Nikolay Korzhanov, a former Russian diplomat in Tehran and …" gives "former Russian
   * diplomat in Tehran". Up to eight words, ended by punctuation, a conjunction or a verb; empty
   * when there is none.
   */
  private String apposition(int after) {
    if (after + 1 >= tokens.size() || !tokens.is(after, ",")) {
      return "";
    }
    int sentence = tokens.get(after).sentence();
    int s = after + 1;
    if (!tokens.is(s, "a", "an", "the") && !"NOUN".equals(tokens.upos(s))) {
      return "";
    }
    int e = s;
    boolean noun = false;
    while (e < tokens.size()
        && e - s < 8
        && tokens.get(e).sentence() == sentence
        && !tokens.isPunct(e)
        && !"CCONJ".equals(tokens.upos(e))
        && !"VERB".equals(tokens.upos(e))
        && !"AUX".equals(tokens.upos(e))
        && !"PRON".equals(tokens.upos(e))) {
      noun |= "NOUN".equals(tokens.upos(e));
      e++;
    }
    return noun ? phrase(s, e) : "";
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
}
