package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Quote;
import org.newsnlp.model.Span;
import org.newsnlp.quotes.Attributions.Attribution;
import org.newsnlp.quotes.QuoteMarks.Passage;

/**
 * Finds the quotations of an annotated article with their speakers and cues.
 *
 * <p>Each passage in quotation marks is attributed by {@link Attributions}; one with no cue of its
 * own takes the speaker of the quotation it continues (the next part of a multi-paragraph
 * quotation, or a quotation in the same or the next paragraph). A passage of fewer than {@value
 * #MIN_UNATTRIBUTED_WORDS} words with no speaker (a scare quote, a title, a nickname) is not a
 * quotation and is left out.
 */
public final class QuoteExtractor {
  static final int MIN_UNATTRIBUTED_WORDS = 4;
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "you");
  private static final Set<String> GROUP_PRONOUNS = Set.of("they", "we");
  private static final Set<String> ORGANIZATION_WORDS =
      Set.of(
          "agency", "ministry", "department", "office", "committee", "council", "party", "campaign",
          "company", "corp", "inc", "group", "association", "union", "bank", "commission", "service",
          "university", "house", "kremlin", "pentagon", "news", "times", "post", "journal", "press",
          "government", "administration", "court", "police", "army", "network", "foundation",
          "institute", "center", "centre", "board", "organization", "organisation");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  private QuoteExtractor() {}

  public static List<Quote> extract(AnnotatedArticle article) {
    String text = article.text();
    TokenIndex tokens = new TokenIndex(article.tokens());
    Names names = new Names(tokens);
    Attributions attributions = new Attributions(article, tokens);
    List<Span> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(new Span(p.start(), p.end()));
    }

    List<Quote> quotes = new ArrayList<>();
    Resolved previous = null;
    int previousGroup = -1;
    int previousParagraph = -1;
    for (Passage passage : QuoteMarks.find(text, paragraphs)) {
      int first = tokens.firstAtOrAfter(passage.content().start());
      if (first >= tokens.size()) {
        continue;
      }
      Token firstToken = tokens.get(first);
      int sentence = firstToken.sentence();
      int paragraph = article.sentences().get(sentence).paragraph();
      Attribution attribution = attributions.find(passage.outer());
      Resolved resolved;
      if (attribution != null) {
        resolved = resolve(attribution, tokens, names, previous, text);
      } else if (previous != null
          && (passage.group() == previousGroup || paragraph - previousParagraph <= 1)
          && startsSentence(tokens, first, passage)) {
        resolved = previous.inherited();
      } else {
        resolved = null;
      }
      if (resolved == null && wordsIn(text, passage.content()) < MIN_UNATTRIBUTED_WORDS) {
        continue;
      }
      if (resolved != null) {
        previous = resolved;
        previousGroup = passage.group();
        previousParagraph = paragraph;
      }
      Resolved r = resolved == null ? Resolved.NONE : resolved;
      quotes.add(
          new Quote(
              article.docId(),
              quotes.size(),
              isDirect(text, tokens, first, passage, article) ? "direct" : "mixed",
              passage.content().of(text),
              passage.content().start(),
              passage.content().end(),
              r.speaker(),
              r.mention(),
              r.type(),
              r.cue(),
              paragraph,
              sentence));
    }
    return quotes;
  }

  /** A speaker as resolved: the fullest name, the words as written, its kind and the cue. */
  private record Resolved(String speaker, String mention, String type, String cue) {
    static final Resolved NONE = new Resolved("", "", "unknown", "");

    Resolved inherited() {
      return new Resolved(speaker, mention, type, "");
    }
  }

  private static Resolved resolve(
      Attribution a, TokenIndex tokens, Names names, Resolved previous, String text) {
    int start = a.mentionStart();
    int end = a.mentionEnd();
    String mention = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
    String lower = mention.toLowerCase(Locale.ROOT);
    if (end - start == 1 && PRONOUNS.contains(lower)) {
      if (GROUP_PRONOUNS.contains(lower)) {
        return new Resolved(mention, mention, "group", a.cue());
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
    end = headEnd(tokens, start, end);
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
    boolean plural = "NOUN".equals(last.upos())
        && !last.lemma().equalsIgnoreCase(last.text()) && last.text().toLowerCase(Locale.ROOT).endsWith("s");
    String type = plural ? "group" : "PRON".equals(last.upos()) ? "unknown" : "person";
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

  private static boolean startsSentence(TokenIndex tokens, int first, Passage passage) {
    int before = tokens.lastEndingBy(passage.outer().start());
    return before < 0 || tokens.get(before).sentence() != tokens.get(first).sentence();
  }

  private static int wordsIn(String text, Span span) {
    String s = span.of(text).strip();
    return s.isEmpty() ? 0 : s.split("\\s+").length;
  }
}
