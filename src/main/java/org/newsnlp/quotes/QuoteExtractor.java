package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.Quote;
import org.newsnlp.model.Span;
import org.newsnlp.quotes.QuoteMarks.Passage;

/**
 * Finds the quotations of an annotated article with their speakers and cues: one {@link Quote} per
 * attribution, in text order.
 *
 * <p>Each passage in quotation marks ({@link QuoteMarks}) is attributed by {@link Attributions};
 * reported speech without marks comes from {@link ReportedSpeech} and is typed {@code indirect}, or
 * {@code mixed} when quoted words lie inside it (those passages stay rows of their own and take its
 * speaker when they have none). A passage with no cue of its own takes the speaker of the quotation
 * it continues (the next part of a multi-paragraph quotation, a quotation up to two paragraphs
 * before, the first half of an interrupted quotation, or, for a quotation after an opening phrase
 * ("Now, “…”"), an earlier quotation of the same paragraph). A passage of fewer than {@value
 * #MIN_UNATTRIBUTED_WORDS} words with no speaker (a scare quote, a nickname), a title of a work or
 * programme, and a transcript note are not quotations and are left out. Speakers are resolved to
 * the fullest name in the article ({@link Names}).
 *
 * <p>Input of any shape is safe: marks are read in linear time and a stray mark closes with its
 * paragraph, so no input makes the output larger than its number of marks and sentences.
 */
public final class QuoteExtractor {
  static final int MIN_UNATTRIBUTED_WORDS = 3;
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

  /** A speaker's name in capitals and a colon, as transcripts print them: "BAKER: ". */
  private static final java.util.regex.Pattern TRANSCRIPT_SPEAKER =
      java.util.regex.Pattern.compile(
          "(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s+");

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

  private QuoteExtractor() {}

  public static List<Quote> extract(AnnotatedArticle article) {
    return extract(article, Deadline.NONE);
  }

  /** As {@link #extract(AnnotatedArticle)}, checking {@code deadline} at each quotation. */
  public static List<Quote> extract(AnnotatedArticle article, Deadline deadline) {
    String text = article.text();
    TokenIndex tokens = new TokenIndex(article.tokens());
    Attributions attributions = new Attributions(article, tokens);
    List<Span> paragraphs = new ArrayList<>();
    Span headline = null;
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(new Span(p.start(), p.end()));
      if (p.headline()) {
        headline = paragraphs.get(paragraphs.size() - 1);
      }
    }

    List<Candidate> candidates = new ArrayList<>();
    List<Span> outers = new ArrayList<>();
    for (Passage passage : QuoteMarks.find(text, paragraphs, headline)) {
      deadline.check();
      int first = tokens.firstAtOrAfter(passage.content().start());
      if (first >= tokens.size()) {
        continue;
      }
      outers.add(passage.outer());
      int sentence = tokens.get(first).sentence();
      boolean direct = isDirect(text, tokens, first, passage, article);
      Span content = passage.content();
      Attribution attribution;
      java.util.regex.Matcher m = TRANSCRIPT_SPEAKER.matcher(content.of(text));
      int speakerEnd = m.lookingAt() ? tokens.firstAtOrAfter(content.start() + m.end(1)) : -1;
      if (speakerEnd > first) {
        // a transcript inside quotation marks: "BAKER: Well, …"
        attribution = new Attribution(first, speakerEnd, ":");
        content = new Span(content.start() + m.end(), content.end());
        direct = true;
      } else {
        attribution = attributions.find(passage.outer());
        if (attribution == null && (followsColon(text, passage) || follows(text, passage, ','))) {
          // "The mayor is trying a new slogan: “Build it now.”", "Baker shared her worry with
          // the crowd, “…”"
          attribution = attributions.subjects().sentenceSubject(first);
        }
        if (attribution == null && !direct) {
          attribution = attributions.subjects().sentenceSubject(first);
        }
      }
      candidates.add(
          new Candidate(
              content,
              passage,
              attribution,
              direct ? "direct" : "mixed",
              sentence,
              startsSentence(tokens, first, passage)));
    }
    List<Span> notTheWritersProse = new ArrayList<>(outers);
    if (headline != null) {
      notTheWritersProse.add(headline);
    }
    Names names = new Names(tokens, notTheWritersProse, QuoteExtractor::isOrganization);
    List<Candidate> reported = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.attribution != null) {
        c.attribution = attributions.sources().throughSurvey(c.attribution);
      }
    }
    int[] reachBy = reach(candidates);
    for (ReportedSpeech.Report r :
        new ReportedSpeech(article, tokens, attributions.phrases(), outers).find()) {
      r =
          new ReportedSpeech.Report(
              r.content(), attributions.sources().throughSurvey(r.attribution()), r.sentence());
      Candidate merged = mergeWithPassages(r, candidates);
      if (merged != null) {
        reported.add(merged);
      }
    }
    candidates.addAll(reported);
    candidates.sort((x, y) -> Integer.compare(x.content().start(), y.content().start()));

    List<Quote> quotes = new ArrayList<>();
    Resolved previous = null;
    int previousGroup = -1;
    int previousParagraph = -1;
    int previousSentence = -1;
    for (Candidate c : candidates) {
      deadline.check();
      boolean fallback = false;
      int paragraph = article.sentences().get(c.sentence()).paragraph();
      Passage passage = c.passage();
      Resolved resolved;
      if (c.attribution() != null) {
        resolved =
            resolve(c.attribution(), tokens, names, previous, paragraph == previousParagraph, text);
      } else if (previous != null
          && passage != null
          && (passage.group() == previousGroup || paragraph - previousParagraph <= 2)
          && c.startsSentence()) {
        Attribution introduced =
            passage.group() == previousGroup || paragraph == previousParagraph
                ? null
                : attributions
                    .subjects()
                    .previousSentenceSubject(tokens.firstAtOrAfter(c.content().start()));
        // a quotation opening a new paragraph's second sentence belongs to the person that
        // paragraph's first sentence is about ("Ana Ruiz disagreed. “…”"), not to the speaker
        // of an earlier paragraph
        resolved =
            introduced != null
                ? resolve(introduced, tokens, names, previous, false, text).inherited()
                : previous.inherited();
      } else if (previous != null
          && passage != null
          && "direct".equals(c.type())
          && (c.sentence() == previousSentence
              || opensWithBareCue(tokens, article, passage)
              || paragraph == previousParagraph && previousGroup >= 0)) {
        // the second half of an interrupted quotation ("“…,” said Baker, “…”"), or one that goes
        // on after the writer's "Adding, “…”": the speaker of the quotation before
        resolved = previous.inherited();
      } else {
        resolved = null;
      }
      if (resolved == null && wordsIn(text, c.content()) < MIN_UNATTRIBUTED_WORDS) {
        continue;
      }
      if (passage != null
          && isTitle(c.content().of(text))
          && (resolved == null || resolved.speaker().isEmpty() || namesAWork(tokens, passage))) {
        continue;
      }
      if (passage != null && isStageDirection(c.content().of(text))) {
        continue;
      }
      if (passage == null
          && "indirect".equals(c.type())
          && !isConfidentSource(resolved == null ? Resolved.NONE : resolved)) {
        continue;
      }
      if (passage != null
          && (resolved == null || resolved.speaker().isEmpty() && resolved.mention().isEmpty())) {
        // a quotation kept though nothing attributed it: the subject of its sentence is the
        // likeliest speaker ("Harbor pilots describe the channel as “…”")
        int first = tokens.firstAtOrAfter(passage.content().start());
        Attribution subject = attributions.subjects().anySentenceSubject(first);
        if (subject == null && first < tokens.size()) {
          // or the first person or body the sentence names before it, the one it is about
          Names.Name named =
              names.firstIn(
                  article.sentences().get(tokens.get(first).sentence()).firstToken(), first);
          subject =
              named == null ? null : new Attribution(named.firstToken(), named.endToken(), "");
        }
        if (subject != null) {
          Resolved guess = resolve(subject, tokens, names, previous, false, text);
          resolved = new Resolved(guess.speaker(), guess.mention(), guess.type(), "");
          fallback = true;
        }
      }
      if (resolved != null && !fallback) {
        previous = resolved;
        previousGroup = passage == null ? -1 : passage.group();
        previousParagraph = paragraph;
        previousSentence = c.sentence();
      }
      Resolved r = resolved == null ? Resolved.NONE : resolved;
      quotes.add(
          new Quote(
              article.docId(),
              quotes.size(),
              c.type(),
              c.content().of(text),
              c.content().start(),
              c.content().end(),
              r.speaker(),
              r.mention(),
              r.type(),
              r.cue(),
              paragraph,
              c.sentence()));
      // (reported speech finds its sources itself)
      Attribution source =
          passage == null || c.attribution() == null || "according to".equals(r.cue())
              ? null
              : attributions.sources().sourceOf(c.content());
      if (source != null) {
        // "“…,” Baker said, according to the Post": the Post reports what Baker said, a second
        // attribution of the same words
        Resolved s = resolve(source, tokens, names, previous, false, text);
        quotes.add(
            new Quote(
                article.docId(),
                quotes.size(),
                c.type(),
                c.content().of(text),
                c.content().start(),
                c.content().end(),
                s.speaker(),
                s.mention(),
                s.type(),
                s.cue(),
                paragraph,
                c.sentence()));
      }
    }
    return quotes;
  }

  /** A passage or a reported statement before its speaker is resolved. */
  private static final class Candidate {
    private final Span content;
    private final Passage passage;
    private Attribution attribution;
    private final String type;
    private final int sentence;
    private final boolean startsSentence;

    Candidate(
        Span content,
        Passage passage,
        Attribution attribution,
        String type,
        int sentence,
        boolean startsSentence) {
      this.content = content;
      this.passage = passage;
      this.attribution = attribution;
      this.type = type;
      this.sentence = sentence;
      this.startsSentence = startsSentence;
    }

    Span content() {
      return content;
    }

    Passage passage() {
      return passage;
    }

    Attribution attribution() {
      return attribution;
    }

    String type() {
      return type;
    }

    int sentence() {
      return sentence;
    }

    boolean startsSentence() {
      return startsSentence;
    }
  }

  /**
   * A reported statement as a candidate: left out when a quotation in marks already is most of it
   * (the passage carries it), {@code mixed} when quoted fragments lie inside it, {@code indirect}
   * otherwise. The fragments stay rows of their own: the reported span may run past the attributed
   * content (to the end of the sentence), and a fragment is then still found on its own.
   */
  private static Candidate mergeWithPassages(
      ReportedSpeech.Report r, List<Candidate> passages, int[] reachBy) {
    Span span = r.content();
    boolean quotedInside = false;
    // Only the passages from the first one reaching near the span to the last one starting near
    // it can overlap it or lie inside it: the others are skipped by position, not compared.
    int from = firstReaching(reachBy, span.start() - 1);
    int to = from;
    while (to < passages.size() && passages.get(to).content().start() <= span.end() + 1) {
      to++;
    }
    List<Candidate> near = passages.subList(from, to);
    for (Candidate c : near) {
      Span q = c.content();
      int overlap = Math.max(0, Math.min(q.end(), span.end()) - Math.max(q.start(), span.start()));
      if (overlap == 0) {
        continue;
      }
      if (overlap * 2 >= span.length() || q.start() < span.start() - 1) {
        return null;
      }
      quotedInside = true;
    }
    for (Candidate c : near) {
      Span q = c.content();
      // a fragment inside reported speech was said by its speaker ("Baker described the plan
      // as a “terrible situation”"), even when no cue sits next to the marks
      if (c.attribution == null && q.start() >= span.start() - 1 && q.end() <= span.end() + 1) {
        c.attribution = r.attribution();
      }
    }
    return new Candidate(
        span, null, r.attribution(), quotedInside ? "mixed" : "indirect", r.sentence(), false);
  }

  /**
   * For passages in text order, the furthest end reached by each passage and those before it: an
   * ascending array, searched by {@link #firstReaching}.
   */
  private static int[] reach(List<Candidate> passages) {
    int[] reach = new int[passages.size()];
    int furthest = -1;
    for (int i = 0; i < reach.length; i++) {
      furthest = Math.max(furthest, passages.get(i).content().end());
      reach[i] = furthest;
    }
    return reach;
  }

  /** The first index whose reach is at least {@code offset}; the length when none is. */
  private static int firstReaching(int[] reach, int offset) {
    int lo = 0;
    int hi = reach.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (reach[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Heads of unnamed sources that can report speech: "officials", "a poll", "the campaign". */
  static final Lexicon REPORTER_NOUNS = Lexicon.load("/org/newsnlp/quotes/reporter-nouns.txt");

  /** Mentions that name no one: a pronoun that is no person's, an expletive "there". */
  private static final Set<String> NO_SOURCE =
      Set.of("it", "there", "this", "that", "him", "her", "them", "me", "us", "they", "we", "you");

  /** Cues that attribute only words in quotation marks: "“…,” he continued". */
  private static final Set<String> MARKED_ONLY_CUES =
      Set.of("continue", "continues", "continued", "continuing");

  /**
   * True when reported speech without quotation marks has a source a reader can use: a name, a
   * resolved pronoun or a description headed by a word for people, a body or a document ({@link
   * #REPORTER_NOUNS}), and a cue that reports speech without marks. A reported statement whose
   * source is an unresolved pronoun ("it", "they"), a thing ("the sudden closure pushed fares up
   * …") or that hangs on "continue" ("the movement continues to …") is left out.
   */
  static boolean isConfidentSource(Resolved r) {
    String mention = r.mention().strip().toLowerCase(Locale.ROOT);
    if (r.speaker().isBlank()
        || "pronoun_unresolved".equals(r.type())
        || NO_SOURCE.contains(mention)
        || MARKED_ONLY_CUES.contains(r.cue().toLowerCase(Locale.ROOT))) {
      return false;
    }
    if ("unknown".equals(r.type()) || "group".equals(r.type())) {
      String[] words = r.speaker().strip().split("\\s+");
      String head = words[words.length - 1];
      return !Character.isLowerCase(head.codePointAt(0)) || REPORTER_NOUNS.contains(head);
    }
    return true;
  }

  /** A speaker as resolved: the fullest name, the words as written, its kind and the cue. */
  record Resolved(String speaker, String mention, String type, String cue) {
    static final Resolved NONE = new Resolved("", "", "unknown", "");

    Resolved inherited() {
      return new Resolved(speaker, mention, type, "");
    }
  }

  /**
   * @param previousNearby whether {@code previous} was quoted in the same paragraph: a pronoun
   *     there most likely goes on with that speaker
   */
  private static Resolved resolve(
      Attribution a,
      TokenIndex tokens,
      Names names,
      Resolved previous,
      boolean previousNearby,
      String text) {
    int start = a.mentionStart();
    int end = a.mentionEnd();
    String mention = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    String lower = mention.toLowerCase(Locale.ROOT);
    if (end - start == 1 && (lower.equals("who") || lower.equals("which"))) {
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
          return new Resolved(
              full.text(),
              mention,
              isOrganization(full.words()) ? "organization" : "person",
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
            return new Resolved(names.fullest(name).text(), mention, "person", a.cue());
          }
        }
        String description =
            text.substring(tokens.get(descriptionStart).start(), tokens.get(k).end());
        return new Resolved(stripDeterminers(description), mention, "unknown", a.cue());
      }
      return new Resolved("", mention, "unknown", a.cue());
    }
    if (end - start == 1 && PRONOUNS.contains(lower)) {
      if (GROUP_PRONOUNS.contains(lower)) {
        return new Resolved(mention, mention, "group", a.cue());
      }
      // journalists open a sentence with the person a following "he" or "she" points back to:
      // the subject of this sentence; else, in a paragraph that already quoted someone, that
      // person, whose words it goes on with; else the subject of a sentence just before, or the
      // person last quoted
      Names.Name subject = names.lastSubjectBefore(start, 1);
      if (subject != null) {
        return new Resolved(names.fullest(subject).text(), mention, "person", a.cue());
      }
      if (previousNearby && previous != null && "person".equals(previous.type())) {
        return new Resolved(previous.speaker(), mention, "person", a.cue());
      }
      subject = names.lastSubjectBefore(start, 3);
      if (subject != null) {
        return new Resolved(names.fullest(subject).text(), mention, "person", a.cue());
      }
      if (previous != null && "person".equals(previous.type())) {
        return new Resolved(previous.speaker(), mention, "person", a.cue());
      }
      Names.Name last = names.lastFullNameBefore(start);
      if (last != null) {
        return new Resolved(last.text(), mention, "person", a.cue());
      }
      return new Resolved("", mention, "pronoun_unresolved", a.cue());
    }
    if (!Names.isNameToken(tokens, end - 1)
        || Names.isTitle(tokens.get(end - 1).text())
        || pluralHeadBeforePreposition(tokens, start, end)) {
      end = headEnd(tokens, start, end);
    }
    mention = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
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
      String type =
          titled || full.words().size() >= 2 && !isOrganization(full.words())
              ? "person"
              : isOrganization(full.words()) || full.words().size() == 1 && nameEnd - start > 1
                  ? "organization"
                  : "unknown";
      return new Resolved(full.text(), mention, type, a.cue());
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
    String type =
        plural
            ? "group"
            : ORGANIZATION_WORDS.contains(lastWord) || lastWord.equals("media")
                ? "organization"
                : Names.isTitle(lastWord) || PERSON_NOUNS.contains(lastWord) ? "person" : "unknown";
    if ("person".equals(type) && tokens.is(start, "the") && !lastWord.equals("source")) {
      // "the senator", "the Republican nominee": the person the story is about, named as the
      // subject of a recent sentence or as the last speaker
      Names.Name subject = names.lastSubjectBefore(start, 3);
      if (subject != null) {
        return new Resolved(names.fullest(subject).text(), mention, type, a.cue());
      }
      if (previous != null && "person".equals(previous.type())) {
        return new Resolved(previous.speaker(), mention, type, a.cue());
      }
    }
    return new Resolved(head, mention, type, a.cue());
  }

  /**
   * Where the head of a mention ends: before a prepositional tail when the head is a common noun
   * ("media outlets | in Syria and Lebanon"), but not inside a title ("Secretary of State John
   * Kerry").
   */
  private static int headEnd(TokenIndex tokens, int start, int end) {
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
  private static boolean pluralHeadBeforePreposition(TokenIndex tokens, int start, int end) {
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

  private static boolean isOrganization(List<String> words) {
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

  /**
   * Direct when the quotation stands as a sentence of its own or follows its attribution ("said:",
   * "said,"); mixed when it is a fragment woven into the writer's own sentence.
   */
  private static boolean isDirect(
      String text, TokenIndex tokens, int first, Passage passage, AnnotatedArticle article) {
    if (startsSentence(tokens, first, passage)) {
      return true;
    }
    int before = passage.outer().start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && (text.charAt(before) == ':' || text.charAt(before) == ',');
  }

  /**
   * True when the words before the passage in its sentence are only a cue with no subject ("Adding,
   * “…”", "And added: “…”").
   */
  private static boolean opensWithBareCue(
      TokenIndex tokens, AnnotatedArticle article, Passage passage) {
    int before = tokens.lastEndingBy(passage.outer().start());
    int first = tokens.firstAtOrAfter(passage.content().start());
    if (before < 0 || first >= tokens.size()) {
      return false;
    }
    int sentenceStart = article.sentences().get(tokens.get(first).sentence()).firstToken();
    if (before < sentenceStart || before - sentenceStart > 3) {
      return false;
    }
    boolean cue = false;
    for (int i = sentenceStart; i <= before; i++) {
      if (Cues.isCueWord(tokens.get(i).text())) {
        cue = true;
      } else if (!tokens.isPunct(i) && !tokens.is(i, "and", "but", "then", "also")) {
        return false;
      }
    }
    return cue;
  }

  /** True when the last character before the passage's opening mark is {@code c}. */
  private static boolean follows(String text, Passage passage, char c) {
    int before = passage.outer().start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && text.charAt(before) == c;
  }

  private static boolean followsColon(String text, Passage passage) {
    int before = passage.outer().start() - 1;
    while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
      before--;
    }
    return before >= 0 && text.charAt(before) == ':';
  }

  /**
   * True when the passage opens a sentence: the sentence splitter says so, or a full stop, ? or !
   * stands right before its opening mark ("… Baker said Monday. “…”", which the splitter can miss).
   */
  private static boolean startsSentence(TokenIndex tokens, int first, Passage passage) {
    int before = tokens.lastEndingBy(passage.outer().start());
    return before < 0
        || tokens.get(before).sentence() != tokens.get(first).sentence()
        || tokens.is(before, ".", "?", "!");
  }

  /**
   * True for a title of a work, a show or a slogan rather than words someone said: every word of
   * four letters or more is capitalised ("Meet the Voters", "Plan for Tomorrow"), and there is no
   * sentence-final punctuation inside.
   */
  static boolean isTitle(String quoted) {
    String s = quoted.strip();
    if (s.isEmpty()) {
      return false;
    }
    String[] words = s.split("\\s+");
    int capitalised = 0;
    for (String w : words) {
      String letters = w.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 4 && !Character.isUpperCase(letters.codePointAt(0))) {
        return false;
      }
      if (!letters.isEmpty() && Character.isUpperCase(letters.codePointAt(0))) {
        capitalised++;
      }
    }
    // a loop, not a pattern anchored at the end, which is quadratic in a run of marks
    int innerEnd = s.length();
    while (innerEnd > 0 && ".,!?".indexOf(s.charAt(innerEnd - 1)) >= 0) {
      innerEnd--;
    }
    String inner = s.substring(0, innerEnd);
    return words.length <= 8
        && capitalised >= Math.min(2, words.length)
        && !inner.contains(". ")
        && !inner.contains("? ")
        && !inner.contains("! ");
  }

  /**
   * True when the words before the marks introduce a work or a programme: a preposition or a
   * possessive ("on “Meet the Voters,”", "WXYZ's “Meet the Voters”"), or a word like "show", "book"
   * or "sang", directly or before a comma ("his book, “Saving for Later,”").
   */
  private static boolean namesAWork(TokenIndex tokens, Passage passage) {
    int before = tokens.lastEndingBy(passage.outer().start());
    if (before < 0) {
      return false;
    }
    String w = tokens.lower(before);
    return "ADP".equals(tokens.upos(before))
        || w.endsWith("'s")
        || w.endsWith("’s")
        || WORK_WORDS.contains(w)
        || before > 0 && tokens.is(before, ",") && WORK_WORDS.contains(tokens.lower(before - 1));
  }

  private static final Set<String> WORK_WORDS =
      Set.of(
          "show",
          "program",
          "programme",
          "book",
          "film",
          "movie",
          "song",
          "album",
          "series",
          "sang",
          "sings",
          "sing",
          "forum",
          "memoir",
          "novel",
          "play",
          "speech",
          "ad",
          "video",
          "titled",
          "entitled",
          "column",
          "article",
          "documentary",
          "headline");

  /** "(APPLAUSE)", "(LAUGHTER.)": a transcript's note, not anyone's words. */
  static boolean isStageDirection(String quoted) {
    String s = quoted.strip();
    return s.startsWith("(") && s.endsWith(")")
        || s.startsWith("(") && s.endsWith(".)")
        || s.startsWith("[") && s.endsWith("]");
  }

  private static int wordsIn(String text, Span span) {
    String s = span.of(text).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
