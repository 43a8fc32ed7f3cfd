package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
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
 * it continues ({@link LastSpeaker}: the next part of a multi-paragraph quotation, a quotation up
 * to two paragraphs before, the first half of an interrupted quotation, or, for a quotation after
 * an opening phrase ("Now, “…”"), an earlier quotation of the same paragraph). A passage of fewer
 * than {@value #MIN_UNATTRIBUTED_WORDS} words with no speaker (a scare quote, a nickname), a title
 * of a work or programme, a transcript note and an attribute value of markup left in the text are
 * not quotations and are left out ({@link NotQuotations}). Speakers are resolved to the fullest
 * name in the article ({@link Speakers}).
 *
 * <p>Input of any shape is safe: marks are read in linear time and a stray mark closes with its
 * paragraph, so no input makes the output larger than its number of marks and sentences.
 */
public final class QuoteExtractor {
  static final int MIN_UNATTRIBUTED_WORDS = 3;

  /** A speaker's name in capitals and a colon, as transcripts print them: "BAKER: ". */
  private static final Pattern TRANSCRIPT_SPEAKER =
      Pattern.compile("(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s+");

  private final AnnotatedArticle article;
  private final String text;
  private final TokenIndex tokens;
  private final Attributions attributions;

  private QuoteExtractor(AnnotatedArticle article) {
    this.article = article;
    this.text = article.text();
    this.tokens = new TokenIndex(article.tokens());
    this.attributions = new Attributions(article, tokens);
  }

  public static List<Quote> extract(AnnotatedArticle article) {
    return extract(article, Deadline.NONE);
  }

  /** As {@link #extract(AnnotatedArticle)}, checking {@code deadline} at each quotation. */
  public static List<Quote> extract(AnnotatedArticle article, Deadline deadline) {
    return new QuoteExtractor(article).quotes(deadline);
  }

  private List<Quote> quotes(Deadline deadline) {
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
      Candidate c = inMarks(passage);
      if (c != null) {
        outers.add(passage.outer());
        candidates.add(c);
      }
    }
    List<Span> notTheWritersProse = new ArrayList<>(outers);
    if (headline != null) {
      notTheWritersProse.add(headline);
    }
    Names names = new Names(tokens, notTheWritersProse, Names::isOrganization);
    Sources sources = attributions.sources();
    for (Candidate c : candidates) {
      if (c.attribution != null) {
        c.attribution = sources.throughSurvey(c.attribution);
      }
    }
    List<Candidate> reported = new ArrayList<>();
    for (ReportedSpeech.Report r :
        new ReportedSpeech(article, tokens, attributions.phrases(), outers).find(deadline)) {
      r =
          new ReportedSpeech.Report(
              r.content(), sources.throughSurvey(r.attribution()), r.via(), r.sentence());
      Candidate merged = mergeWithPassages(r, candidates);
      if (merged != null) {
        reported.add(merged);
      }
    }
    candidates.addAll(reported);
    candidates.sort((x, y) -> Integer.compare(x.content.start(), y.content.start()));
    return rows(candidates, names, new Speakers(tokens, names, text), deadline);
  }

  /** A passage in quotation marks as a candidate, with the attribution around it; or null. */
  private Candidate inMarks(Passage passage) {
    int first = tokens.firstAtOrAfter(passage.content().start());
    if (first >= tokens.size()) {
      return null;
    }
    int sentence = tokens.get(first).sentence();
    boolean direct = isDirect(text, tokens, first, passage, article);
    Span content = passage.content();
    Attribution attribution;
    Matcher m = TRANSCRIPT_SPEAKER.matcher(content.of(text));
    int speakerEnd = m.lookingAt() ? tokens.firstAtOrAfter(content.start() + m.end(1)) : -1;
    SentenceSubjects subjects = attributions.subjects();
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
        attribution = subjects.sentenceSubject(first);
      }
      if (attribution == null && !direct) {
        attribution = subjects.sentenceSubject(first);
      }
    }
    return new Candidate(
        content,
        passage,
        attribution,
        null,
        direct ? QuoteType.DIRECT : QuoteType.MIXED,
        sentence,
        startsSentence(tokens, first, passage));
  }

  /** The rows, in text order: each candidate's speaker resolved, or carried over, or left out. */
  private List<Quote> rows(
      List<Candidate> candidates, Names names, Speakers speakers, Deadline deadline) {
    List<Quote> quotes = new ArrayList<>();
    LastSpeaker last = new LastSpeaker();
    int covered = 0;
    for (Candidate c : candidates) {
      deadline.check();
      if (c.absorbed || c.content.end() <= covered) {
        // part of a row already written: a fragment of reported speech, a quotation nested in
        // another one
        continue;
      }
      int paragraph = article.sentences().get(c.sentence).paragraph();
      Passage passage = c.passage;
      Speaker resolved =
          c.attribution != null
              ? speakers.resolve(c.attribution, last.speaker(), last.inParagraph(paragraph))
              : carriedOver(c, paragraph, last, speakers);
      if (!isKept(c, resolved)) {
        continue;
      }
      boolean fallback = false;
      if (passage != null
          && (resolved == null || resolved.name().isEmpty() && resolved.mention().isEmpty())) {
        Speaker guess = likeliest(passage, names, speakers, last);
        if (guess != null) {
          resolved = guess;
          fallback = true;
        }
      }
      if (resolved != null && !fallback) {
        last.remember(resolved, passage == null ? -1 : passage.group(), paragraph, c.sentence);
      }
      Speaker r = resolved == null ? Speaker.NONE : resolved;
      // "“…,” Baker said, according to the Post": Baker said it, the Post is where the writer
      // found it; only when no one else is named is the source the speaker
      Attribution source =
          c.via != null
              ? c.via
              : passage == null || c.attribution == null || "according to".equals(r.cue())
                  ? null
                  : attributions.sources().sourceOf(c.content);
      String via = source == null ? "" : speakers.resolve(source, null, false).name();
      Span content = c.content;
      if (content.start() < covered) {
        // a statement that starts inside the row before it goes on after it: its own words only
        content = new Span(covered, content.end());
      }
      quotes.add(quote(quotes.size(), c, content, r, via, paragraph));
      covered = content.end();
    }
    return quotes;
  }

  private Quote quote(int index, Candidate c, Span content, Speaker s, String via, int paragraph) {
    return new Quote(
        article.docId(),
        index,
        c.type.csv(),
        content.of(text),
        content.start(),
        content.end(),
        s.name(),
        s.mention(),
        s.type().csv(),
        s.role(),
        s.cue(),
        via,
        paragraph,
        c.sentence);
  }

  /**
   * The speaker a passage with no cue of its own goes on with, or null: the speaker of the
   * quotation it continues (a part of the same multi-paragraph quotation, a new sentence up to two
   * paragraphs on), or the named subject of a new paragraph's first sentence ("Ruiz disagreed.
   * “…”"); the speaker of the quotation before for the second half of an interrupted quotation or
   * one after a bare cue ("Adding, “…”").
   */
  private Speaker carriedOver(Candidate c, int paragraph, LastSpeaker last, Speakers speakers) {
    Passage passage = c.passage;
    if (!last.isKnown() || passage == null) {
      return null;
    }
    if ((last.inGroup(passage.group()) || last.paragraphsBefore(paragraph) <= 2)
        && c.startsSentence) {
      Attribution introduced =
          last.inGroup(passage.group()) || last.inParagraph(paragraph)
              ? null
              : attributions
                  .subjects()
                  .previousSentenceSubject(tokens.firstAtOrAfter(c.content.start()));
      // a quotation opening a new paragraph's second sentence belongs to the person that
      // paragraph's first sentence is about ("Ana Ruiz disagreed. “…”"), not to the speaker
      // of an earlier paragraph
      return introduced != null
          ? speakers.resolve(introduced, last.speaker(), false).inherited()
          : last.speaker().inherited();
    }
    if (c.type == QuoteType.DIRECT
        && (last.inSentence(c.sentence)
            || opensWithBareCue(tokens, article, passage)
            || last.inParagraph(paragraph) && last.wasInMarks())) {
      // the second half of an interrupted quotation ("“…,” said Baker, “…”"), or one that goes
      // on after the writer's "Adding, “…”": the speaker of the quotation before
      return last.speaker().inherited();
    }
    return null;
  }

  /**
   * False for what is no quotation: a short passage nobody said, a title of a work, a stage
   * direction, reported speech whose source no reader could use.
   */
  private boolean isKept(Candidate c, Speaker resolved) {
    Passage passage = c.passage;
    if (resolved == null && wordsIn(text, c.content) < MIN_UNATTRIBUTED_WORDS) {
      return false;
    }
    if (passage != null
        && resolved != null
        && resolved.cue().isEmpty()
        && wordsIn(text, c.content) < 2) {
      // one quoted word that no cue attributes ("“Friends”", "“Containment”"): a title, a
      // nickname or a word held up, though a speaker was quoted nearby
      return false;
    }
    if (passage != null
        && NotQuotations.isTitle(c.content.of(text))
        && (resolved == null
            || resolved.name().isEmpty() && !resolved.isGroupPronoun()
            || NotQuotations.namesAWork(tokens, passage))) {
      return false;
    }
    if (passage != null
        && (NotQuotations.isStageDirection(c.content.of(text))
            || NotQuotations.isMarkupValue(text, passage))) {
      return false;
    }
    return passage != null
        || c.type != QuoteType.INDIRECT
        || NotQuotations.isConfidentSource(resolved == null ? Speaker.NONE : resolved);
  }

  /**
   * For a quotation kept though nothing attributed it, the likeliest speaker with an empty cue: the
   * subject of its sentence ("Harbor pilots describe the channel as “…”"), or the first person or
   * body the sentence names before it, the one it is about; null when there is neither.
   */
  private Speaker likeliest(Passage passage, Names names, Speakers speakers, LastSpeaker last) {
    int first = tokens.firstAtOrAfter(passage.content().start());
    Attribution subject = attributions.subjects().anySentenceSubject(first);
    if (subject == null && first < tokens.size()) {
      Names.Name named =
          names.firstIn(article.sentences().get(tokens.get(first).sentence()).firstToken(), first);
      subject = named == null ? null : new Attribution(named.firstToken(), named.endToken(), "");
    }
    if (subject == null) {
      return null;
    }
    Speaker guess = speakers.resolve(subject, last.speaker(), false);
    return guess.withCue("");
  }

  /** A passage or a reported statement before its speaker is resolved. */
  private static final class Candidate {
    final Span content;
    final Passage passage;
    Attribution attribution;
    final Attribution via;
    final QuoteType type;
    final int sentence;
    final boolean startsSentence;

    /** Whether this passage lies inside a reported statement and is part of its row. */
    boolean absorbed;

    Candidate(
        Span content,
        Passage passage,
        Attribution attribution,
        Attribution via,
        QuoteType type,
        int sentence,
        boolean startsSentence) {
      this.content = content;
      this.passage = passage;
      this.attribution = attribution;
      this.via = via;
      this.type = type;
      this.sentence = sentence;
      this.startsSentence = startsSentence;
    }
  }

  /**
   * A reported statement as a candidate, or null when a quotation in marks already is most of it
   * (the passage carries it) or starts before it. Passages inside it are part of it: they are
   * marked {@code absorbed} and the statement, typed {@code mixed}, runs on to the end of the last
   * one ("Baker described the plan as a “terrible situation”" is one row, with Baker's cue).
   * Passages are in text order and never overlap, so those inside are found by a binary search and
   * a walk.
   */
  /** Words that join a statement to a next speaker's: "…, to which Ruiz …", "… and Ruiz …". */
  private static final java.util.Set<String> CUT_WORDS =
      java.util.Set.of("to", "which", "and", "but", "while", "as", "with", "whom");

  private Candidate mergeWithPassages(ReportedSpeech.Report r, List<Candidate> passages) {
    Span span = r.content();
    int lo = 0;
    int hi = passages.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (passages.get(mid).content.end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = span.end();
    int last = lo;
    for (int i = lo; i < passages.size() && passages.get(i).content.start() < end; i++) {
      Candidate c = passages.get(i);
      Span q = c.content;
      int mention = c.attribution == null ? -1 : tokens.get(c.attribution.mentionStart()).start();
      if (mention > q.end()
          && mention < span.end()
          && !c.attribution.cue().isEmpty()
          && c.attribution.mentionStart() != r.attribution().mentionStart()) {
        // "… its identity: “France is no longer France,” he claimed": a quotation with its own
        // cue after it is a statement of its own; the first ends before it
        mention = q.start();
      }
      if (mention > span.start() && mention <= q.start()) {
        // a quotation with a speaker of its own inside the statement ("…, to which Ruiz
        // interjected: “…”", "… – Ruiz saying she was “…”"): the statement ends before that
        // speaker, and the quotation is a row of its own
        int cut = tokens.lastEndingBy(mention);
        while (cut >= 0
            && (tokens.isPunct(cut)
                || tokens.isQuotationMark(cut)
                || CUT_WORDS.contains(tokens.lower(cut)))) {
          cut--;
        }
        boolean tooLittleLeft =
            cut < 0
                || wordsIn(
                        text, new Span(span.start(), Math.max(span.start(), tokens.get(cut).end())))
                    < MIN_UNATTRIBUTED_WORDS;
        if (!tooLittleLeft) {
          end = tokens.get(cut).end();
          break;
        }
        if (mention == q.start() || introducedByItsCue(c)) {
          // too little of the statement is left before the other speaker's: "… said that Ruiz
          // said “…”" and "“…,” Ruiz said" are Ruiz's quotations
          return null;
        }
        // the other cue opens the statement's own content and the quotation is a fragment of
        // it ("Cruz said he is certain Rubio will continue to be “a champion”"): the words are
        // the statement's speaker's, and the quotation is part of the statement's row
      }
      int overlap = Math.min(q.end(), end) - Math.max(q.start(), span.start());
      if (overlap * 2 >= span.length() || q.start() < span.start() - 1) {
        return null;
      }
      end = Math.max(end, q.end());
      last = i + 1;
    }
    for (int i = lo; i < last; i++) {
      passages.get(i).absorbed = true;
    }
    return new Candidate(
        new Span(span.start(), end),
        null,
        r.attribution(),
        r.via(),
        last > lo ? QuoteType.MIXED : QuoteType.INDIRECT,
        r.sentence(),
        false);
  }

  /**
   * True when the passage's own cue stands right before its opening mark ("said “…”", "said: “…”"):
   * the cue introduces these words, not a clause around them.
   */
  private boolean introducedByItsCue(Candidate c) {
    int before = tokens.lastEndingBy(c.passage.outer().start());
    while (before >= 0 && tokens.is(before, ",", ":")) {
      before--;
    }
    return before >= 0 && tokens.get(before).text().equalsIgnoreCase(c.attribution.cue());
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

  private static int wordsIn(String text, Span span) {
    String s = span.of(text).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
