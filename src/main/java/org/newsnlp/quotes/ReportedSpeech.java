package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.Span;

/**
 * Finds reported speech, attributions that carry no quotation marks of their own, one sentence at a
 * time. Patterns tried in order:
 *
 * <ol>
 *   <li>in a headline, {@code Name: <claim>};
 *   <li>the cue closing the sentence: {@code <clause>, X said} and the inverted {@code <clause>,
 *       said X};
 *   <li>the cue before the content: {@code X said (that) <clause>}, {@code X said at a rally that
 *       <clause>}, {@code X told reporters <clause>}, an object ({@code X called for a special
 *       meeting}), and the participle {@code X …, saying <clause>} whose speaker is the subject of
 *       the verb before it; a second speaker in a coordinated clause ({@code …, but she noted that
 *       …}) ends the first statement and starts another;
 *   <li>{@code according to X, <clause>} and {@code <clause>, according to X}; when a cue with its
 *       own speaker is there too ({@code According to IRNA, Mr. Khamenei said that …}), that
 *       speaker's statement, with X as the source it came through ({@link Report#via}).
 * </ol>
 *
 * <p>The content runs to the end of the sentence (or to the next statement), without its final
 * punctuation: PolNeAR's gold spans the whole attributed content, and so does this. A cue inside
 * quotation marks is someone else's words and is skipped.
 */
final class ReportedSpeech {
  /** Verbs whose object names the listener before the content: "told reporters that …". */
  private static final Set<String> LISTENER_VERBS =
      Set.of(
          "tell",
          "ask",
          "remind",
          "inform",
          "warn",
          "assure",
          "urge",
          "advise",
          "promise",
          "convince",
          "persuade",
          "notify",
          "caution");

  private static final int MIN_CONTENT_TOKENS = 3;

  /**
   * One reported statement: its content, who made it, and the source the writer credits for it
   * ("According to IRNA, Baker said that …": IRNA), or null.
   */
  record Report(Span content, Attribution attribution, Attribution via, int sentence) {
    Report(Span content, Attribution attribution, int sentence) {
      this(content, attribution, null, sentence);
    }

    Report via(Attribution source) {
      return new Report(content, attribution, source, sentence);
    }
  }

  private final AnnotatedArticle article;
  private final TokenIndex tokens;
  private final Phrases phrases;
  private final StatementEdges edges;

  /** {@link #isCue} by token (a token's sentence is a headline or not): 0 not yet asked, 1, 2. */
  private final byte[] cue;

  /**
   * @param quoted the passages inside quotation marks, outer spans: cues inside them are not the
   *     writer's
   */
  ReportedSpeech(AnnotatedArticle article, TokenIndex tokens, Phrases phrases, List<Span> quoted) {
    this.article = article;
    this.tokens = tokens;
    this.phrases = phrases;
    this.edges = new StatementEdges(tokens, quoted);
    this.cue = new byte[tokens.size()];
  }

  List<Report> find(Deadline deadline) {
    List<Report> reports = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      deadline.check();
      reports.addAll(inSentence(s));
    }
    return reports;
  }

  private List<Report> inSentence(Sentence s) {
    int a = s.firstToken();
    int b = s.endToken();
    int last = b - 1;
    while (last >= a && tokens.isPunct(last)) {
      last--;
    }
    if (last - a + 1 < MIN_CONTENT_TOKENS + 2) {
      return List.of();
    }
    boolean headline = article.paragraphs().get(s.paragraph()).headline();
    if (headline) {
      Report r = headlineColon(s, a, last);
      if (r != null) {
        return List.of(r);
      }
    }
    Report according = accordingTo(s, a, last);
    // "<clause>, the source added.": the cue closing the sentence governs all before it, cues
    // inside the clause included
    for (int j = last; j > a; j--) {
      if (isCue(j, headline) && !insideQuote(j)) {
        Report r = cueAfterContent(s, a, j, last);
        if (r != null) {
          if (according == null) {
            return List.of(r);
          }
          // "According to the Post, the plan failed, Baker said", "The plan failed, Baker said,
          // according to the Post": Baker's statement, credited to the Post
          int start = Math.max(according.content().start(), r.content().start());
          return start < r.content().end()
              ? List.of(
                  new Report(
                      new Span(start, r.content().end()),
                      r.attribution(),
                      according.attribution(),
                      r.sentence()))
              : List.of(according);
        }
      }
    }
    // the last quoted word of the sentence: a verb before it can still have quoted words ahead
    int lastQuoted = last;
    while (lastQuoted >= a && !insideQuote(lastQuoted)) {
      lastQuoted--;
    }
    List<Report> cued = new ArrayList<>();
    // the last verb outside quotation marks and the last quoted word before token j
    int verbBefore = -1;
    int quotedBefore = -1;
    for (int j = a; j <= last; j++) {
      if (j > a && insideQuote(j - 1)) {
        quotedBefore = j - 1;
      } else if (j > a && ("VERB".equals(tokens.upos(j - 1)) || "AUX".equals(tokens.upos(j - 1)))) {
        verbBefore = j - 1;
      }
      if (insideQuote(j)) {
        continue;
      }
      boolean cue = isCue(j, headline);
      boolean secondVerb = !cued.isEmpty() && tokens.is(j - 1, "and", "but") && coordinated(j, a);
      if (!cue && !secondVerb) {
        continue;
      }
      Report r = cue ? cueBeforeContent(s, a, j, last) : null;
      if (r == null && (cue ? !cued.isEmpty() && coordinated(j, a) : j < lastQuoted)) {
        // "called the plan “crazy” and said …": the speaker of the first verb; a verb that is no
        // cue ("… and ranked her among the “worst”") is the same speaker's second statement when
        // quoted words follow it, the words the writer attributes to them
        r = cueBeforeContent(s, a, j, last, cued.get(cued.size() - 1).attribution().mention());
      }
      if (r == null && secondVerb) {
        // "called the plan “a disgrace” and threatened to …": quoted words as the object of the
        // first verb, then the subject's next action; the statement ends at the conjunction
        Report previous = cued.get(cued.size() - 1);
        int from = tokens.firstAtOrAfter(previous.content().start());
        if (verbBefore < from
            && quotedBefore >= from
            && previous.content().end() > tokens.get(j).start()) {
          int end = j - 1;
          while (end > a
              && !isQuoteMark(end)
              && (tokens.isPunct(end) || "CCONJ".equals(tokens.upos(end)))) {
            end--;
          }
          Report cut = report(s, from, end, previous.attribution());
          if (cut != null) {
            cued.set(cued.size() - 1, cut);
          }
        }
      }
      if (r == null) {
        continue;
      }
      if (cued.isEmpty()) {
        cued.add(r);
        continue;
      }
      // a second speaker in a coordinated clause ("…, but she noted that …") ends the first
      // statement; a cue nested inside the first statement's content is part of it
      Report previous = cued.get(cued.size() - 1);
      int boundary = r.attribution().mentionStart() - 1;
      if (!(boundary > a && tokens.is(boundary, ",", "but", "and", ";", "while", "whereas"))
          && coordinated(j, a)) {
        // the same speaker's second verb ("called the plan “crazy” and said …", "…, saying"): a
        // second statement, which ends the first at the conjunction or comma
        boundary = j - 1;
        while (boundary > a && isQuoteMark(boundary)) {
          boundary--;
        }
      }
      if (boundary > a
          && tokens.is(boundary, ",", "but", "and", ";", "while", "whereas", "–", "—", "-")) {
        int end = boundary;
        while (end > a && (tokens.isPunct(end) || "CCONJ".equals(tokens.upos(end)))) {
          end--;
        }
        Report cut =
            report(
                s, tokens.firstAtOrAfter(previous.content().start()), end, previous.attribution());
        cued.remove(cued.size() - 1);
        if (cut != null) {
          cued.add(cut);
        }
        cued.add(r);
      }
    }
    // "According to IRNA, Mr. Khamenei said that …": what Khamenei said, credited to IRNA, one
    // statement
    if (according != null
        && !cued.isEmpty()
        && cued.get(0).content().start() > according.content().start()) {
      List<Report> credited = new ArrayList<>();
      for (Report r : cued) {
        credited.add(r.via(according.attribution()));
      }
      return credited;
    }
    return according != null ? List.of(according) : cued;
  }

  /**
   * Participles that go on with a speaker's words ("…, saying"), unlike those that add the writer's
   * comment ("…, underscoring the city's plan").
   */
  private static final Set<String> SPEECH_PARTICIPLES =
      Set.of(
          "saying",
          "adding",
          "telling",
          "noting",
          "arguing",
          "insisting",
          "claiming",
          "calling",
          "explaining",
          "warning",
          "asking",
          "stating",
          "declaring",
          "writing",
          "suggesting",
          "describing");

  /**
   * True when cue {@code j} is a finite verb right after "and" or "but" (a comma allowed before
   * it): a second verb of the subject before, not a participle ("and saying") nor a verb nested in
   * a clause.
   */
  private boolean coordinated(int j, int a) {
    if (j - 1 <= a || !"VERB".equals(tokens.upos(j))) {
      return false;
    }
    int before = j - 1;
    while (before > a && isQuoteMark(before)) {
      before--;
    }
    boolean participle = tokens.lower(j).endsWith("ing");
    // "…, saying it is …": a participle after a comma goes on with a statement of its own; so
    // does a verb in a list ("suggested …, called her “…” and boycotted …")
    return tokens.is(before, ",")
            && (participle
                ? SPEECH_PARTICIPLES.contains(tokens.lower(j))
                : tokens.lower(j).endsWith("ed") && !Names.isNameToken(tokens, before - 1))
        || !participle && tokens.is(before, "and", "but");
  }

  /**
   * A cue verb; in a headline, whose capitalised words the tagger often takes for proper nouns
   * ("Mayor Says …"), any word spelled as a cue verb's inflection.
   */
  private boolean isCue(int j, boolean headline) {
    if (cue[j] == 0) {
      cue[j] = (byte) (cueWord(j, headline) ? 2 : 1);
    }
    return cue[j] == 2;
  }

  private boolean cueWord(int j, boolean headline) {
    if (QUOTE_ONLY_CUES.contains(tokens.lemma(j)) || phrases.cues().namingParticiple(j)) {
      return false;
    }
    if (phrases.cues().isCue(j)) {
      return true;
    }
    if (isStatementOnlyCue(j)) {
      return true;
    }
    return headline
        && !"ADP".equals(tokens.upos(j))
        && !"DET".equals(tokens.upos(j))
        && tokens.get(j).text().length() > 3
        && Cues.isCueWord(tokens.get(j).text());
  }

  /**
   * Verbs that attribute a belief, a finding or an expectation without quotation marks ("residents
   * think …", "a survey showed that …"), when a clause follows them: PolNeAR attributes the clause
   * to the subject, but these verbs do not give words in marks a speaker, so they are cues here and
   * not in the cue lexicon.
   */
  private static final Set<String> STATEMENT_ONLY_CUES =
      Set.of("think", "show", "find", "hope", "expect", "fear", "decline");

  private boolean isStatementOnlyCue(int j) {
    return "VERB".equals(tokens.upos(j)) && STATEMENT_ONLY_CUES.contains(tokens.lemma(j));
  }

  /**
   * Cues that introduce the words themselves, in quotation marks, but no reported clause: "the sign
   * read “…”", "referred to the plan as “…”", "screamed “…”".
   */
  private static final Set<String> QUOTE_ONLY_CUES =
      Set.of(
          "read",
          "refer",
          "term",
          "reason",
          "swear",
          "protest",
          "scream",
          "cry",
          "bark",
          "snap",
          "marvel",
          "pronounce",
          "whisper",
          "sigh",
          "groan",
          "mutter",
          "rant");

  /** A headline "Baker: Bridge Will Open in May": a short name, a colon, the claim. */
  private Report headlineColon(Sentence s, int a, int last) {
    for (int j = a + 1; j <= Math.min(last, a + 5); j++) {
      if (tokens.is(j, ":")) {
        for (int k = a; k < j; k++) {
          String tag = tokens.upos(k);
          if (!"PROPN".equals(tag)
              && !"NOUN".equals(tag)
              && !"ADJ".equals(tag)
              && !tokens.is(k, ".", "'s", "’s")) {
            return null;
          }
        }
        return report(s, j + 1, last, new Attribution(a, j, ":"));
      }
    }
    return null;
  }

  private Report accordingTo(Sentence s, int a, int last) {
    for (int j = a; j + 2 <= last; j++) {
      if (!tokens.is(j, "according") || !tokens.is(j + 1, "to") || insideQuote(j)) {
        continue;
      }
      TokenSpan np = phrases.sourceAfter(j + 2);
      if (np == null) {
        return null;
      }
      Attribution who = new Attribution(np, "according to");
      int lead = a;
      while (lead < j && (tokens.isPunct(lead) || "CCONJ".equals(tokens.upos(lead)))) {
        lead++;
      }
      if (lead == j) {
        int start = np.end();
        while (start <= last && tokens.is(start, ",")) {
          start++;
        }
        return report(s, start, last, who);
      }
      if (tokens.is(j - 1, ",")) {
        // "<clause>, according to X", whatever follows X ("according to a survey of voters
        // released Monday"): the clause before the comma
        return report(s, a, j - 2, who);
      }
      return null;
    }
    return null;
  }

  /** {@code <clause>, X said.} or {@code <clause>, said X.}: the cue ends the sentence. */
  private Report cueAfterContent(Sentence s, int a, int cue, int last) {
    int afterCue = cue + 1;
    while (afterCue <= last && "ADV".equals(tokens.upos(afterCue))) {
      afterCue++;
    }
    // the subject before the verb: ", Mr. Putin said" (auxiliaries and adverbs allowed between)
    TokenSpan np = phrases.nounPhraseBefore(cue - 1, a);
    if (np != null
        && np.start() - 1 > a
        && tokens.is(np.start() - 1, ",")
        && endsClause(afterCue, last)) {
      return report(s, a, np.start() - 2, new Attribution(np, cueText(cue)));
    }
    // inverted: ", said Mr. Putin"; never a participle (", underscoring the city's plan")
    if (cue - 1 > a && tokens.is(cue - 1, ",") && !tokens.lower(cue).endsWith("ing")) {
      TokenSpan after = phrases.nounPhraseAfter(cue + 1);
      // "…, told me this week": an object pronoun is the listener, not the speaker
      if (after != null
          && endsClause(after.end(), last)
          && !tokens.is(after.start(), "me", "us", "him", "her", "them")) {
        return report(s, a, cue - 2, new Attribution(after, cueText(cue)));
      }
    }
    return null;
  }

  /** True when nothing but a trailing adjunct follows: end of sentence, or a comma, "in", "on". */
  private boolean endsClause(int k, int last) {
    return k > last
        || tokens.is(
            k,
            ",",
            "in",
            "on",
            "at",
            "during",
            "after",
            "to",
            "last",
            "this",
            "yesterday",
            "today",
            "—",
            "–",
            "(")
        || Weekdays.DAYS.contains(tokens.lower(k));
  }

  /** {@code X said (that) <clause>}, {@code X, ..., saying <clause>}. */
  private Report cueBeforeContent(Sentence s, int a, int cue, int last) {
    return cueBeforeContent(s, a, cue, last, phrases.speakerBefore(cue, a));
  }

  /** {@link #cueBeforeContent} with the speaker {@code np} already known, or null. */
  private Report cueBeforeContent(Sentence s, int a, int cue, int last, TokenSpan np) {
    if (np == null) {
      return null;
    }
    int k = cue + 1;
    if (k <= last && tokens.is(k, "out", "up")) {
      k++;
    }
    String lemma = tokens.lemma(cue);
    if (LISTENER_VERBS.contains(lemma)) {
      TokenSpan object = phrases.nounPhraseAfter(k);
      if (object != null && object.end() <= last) {
        k = object.end();
      }
    }
    while (k <= last && (tokens.is(k, ",", ":") || "ADV".equals(tokens.upos(k)))) {
      k++;
    }
    if (k > last) {
      return null;
    }
    int that = thatAfterAdjuncts(k, last);
    if (that >= 0) {
      k = that;
    } else if (tokens.is(k, "according") || "ADP".equals(tokens.upos(k)) && !tokens.is(k, "that")) {
      // "said in a video clip …", "said, according to IRNA": an adjunct, not what was said
      return null;
    } else if (!startsClause(k, last) && last - k + 1 < 2) {
      // PolNeAR also attributes an object ("called for a new vote", "cited the study"):
      // the cue lexicon keeps to verbs that were cues in most of their training uses
      return null;
    } else if (isStatementOnlyCue(cue) && !startsClause(k, last)) {
      // "found common ground", "hoped to build a pipeline": a belief verb's object or
      // infinitive is no statement
      return null;
    }
    return report(s, k, last, new Attribution(np, cueText(cue)));
  }

  /**
   * The "that" opening the content after adjuncts ("said at a rally in Ohio on Friday that …"), or
   * -1 when a verb or the end comes first.
   */
  private int thatAfterAdjuncts(int k, int last) {
    for (int i = k; i <= Math.min(last, k + 14); i++) {
      if (tokens.is(i, "that") && i > k) {
        return i < last ? i : -1;
      }
      String tag = tokens.upos(i);
      if ("VERB".equals(tag) || "AUX".equals(tag) || tokens.is(i, ".", ";", ":")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * True when the content at {@code k} is a clause: led by "that", "if", "whether", a question
   * word, or a subject followed by a verb within a few tokens.
   */
  private boolean startsClause(int k, int last) {
    if (tokens.is(k, "that", "if", "whether", "how", "why", "what", "when", "where", "who")) {
      return true;
    }
    int limit = Math.min(last, k + 8);
    boolean subject = false;
    for (int i = k; i <= limit; i++) {
      String tag = tokens.upos(i);
      if ("NOUN".equals(tag) || "PROPN".equals(tag) || "PRON".equals(tag) || "NUM".equals(tag)) {
        subject = true;
      } else if (("VERB".equals(tag) || "AUX".equals(tag)) && subject) {
        return true;
      } else if ("VERB".equals(tag)
          || "AUX".equals(tag)
          || "ADP".equals(tag)
          || tokens.isPunct(i)) {
        return false;
      }
    }
    return false;
  }

  private Report report(Sentence s, int first, int last, Attribution who) {
    if (last < first) {
      return null;
    }
    int dash =
        first + MIN_CONTENT_TOKENS < edges.size() ? edges.nextDash(first + MIN_CONTENT_TOKENS) : -1;
    if (dash >= 0 && dash <= last) {
      // "… by the plan — a modest boost for …": the writer's aside after a dash is no part of
      // what was said
      last = dash - 1;
    }
    // punctuation at either end is no part of what was said, quotation marks are
    last = Math.max(edges.lastWord(last), first - 1);
    if (last >= first) {
      first = edges.firstWord(first);
    }
    if (last - first + 1 < MIN_CONTENT_TOKENS) {
      return null;
    }
    Span content = new Span(tokens.get(first).start(), tokens.get(last).end());
    return new Report(content, who, s.index());
  }

  private boolean isQuoteMark(int i) {
    return edges.isQuoteMark(i);
  }

  private String cueText(int j) {
    return tokens.get(j).text();
  }

  private boolean insideQuote(int j) {
    return edges.insideQuote(j);
  }
}
