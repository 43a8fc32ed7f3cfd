package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Span;

/**
 * The names of an article: runs of proper-noun tokens with leading titles removed ("Russian
 * President Vladimir Putin" gives "Vladimir Putin", "Ayatollah Ali Khamenei" gives "Ali Khamenei").
 * A short mention ("Mr. Putin", "Putin") resolves to the fullest name in the article that ends with
 * the same surname.
 */
final class Names {
  static final Lexicon TITLES = Lexicon.load("/org/newsnlp/quotes/titles.txt");

  /** A name as found: its words (titles removed) and the token range it came from. */
  record Name(List<String> words, int firstToken, int endToken) {
    String text() {
      return String.join(" ", words);
    }

    String surname() {
      return words.get(words.size() - 1);
    }
  }

  private final List<Name> names = new ArrayList<>();
  private final TokenIndex tokens;
  private final boolean[] notProseToken;

  /**
   * @param notProse the outer spans of the passages in quotation marks, and the headline: a name
   *     someone else says is no antecedent for the writer's "he", nor are a headline's capitalised
   *     words
   */
  Names(TokenIndex tokens, List<Span> notProse) {
    this.tokens = tokens;
    this.notProseToken = new boolean[tokens.size()];
    for (Span q : notProse) {
      for (int t = tokens.firstAtOrAfter(q.start());
          t < tokens.size() && tokens.get(t).start() < q.end();
          t++) {
        notProseToken[t] = true;
      }
    }
    int i = 0;
    while (i < tokens.size()) {
      if (!isNameToken(tokens, i)) {
        i++;
        continue;
      }
      int start = i;
      // a name never runs across a sentence break: "… said Baker. Ruiz …" are two names
      while (i < tokens.size()
          && isNameToken(tokens, i)
          && tokens.get(i).sentence() == tokens.get(start).sentence()) {
        i++;
      }
      Name name = nameOf(tokens, start, i);
      if (name != null) {
        names.add(name);
      }
    }
  }

  static boolean isNameToken(TokenIndex tokens, int i) {
    return tokens.isName(i);
  }

  /** What {@link TokenIndex#isName} remembers: a capitalised proper noun, title or named person. */
  static boolean nameToken(TokenIndex tokens, int i) {
    Token t = tokens.get(i);
    if (!"PROPN".equals(tokens.upos(i)) && !isTitle(t.text()) && !afterHonorific(tokens, i)) {
      return false;
    }
    return !t.text().isEmpty() && Character.isUpperCase(t.text().codePointAt(0));
  }

  /** Abbreviated honorifics, which only ever stand before a surname. */
  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "messrs.");

  /**
   * True when token {@code i} follows "Mr.", "Ms.", "Dr." and the like: whatever the tagger made of
   * it (a surname ending in "-ing" is easily taken for a verb), it is the name they stand before.
   */
  private static boolean afterHonorific(TokenIndex tokens, int i) {
    String w = tokens.lower(i);
    if (i == 0 || w.endsWith("'s") || w.endsWith("’s") || w.endsWith("'") || w.endsWith("’")) {
      return false;
    }
    // the tokenizer keeps "Mr." whole or splits it into "Mr" and "."
    String before = tokens.lower(i - 1);
    if (".".equals(before) && i > 1) {
      before = tokens.lower(i - 2) + ".";
    }
    return HONORIFICS.contains(before);
  }

  static boolean isTitle(String word) {
    return TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /** The name in tokens {@code [start, end)}, titles dropped; null when only titles remain. */
  static Name nameOf(TokenIndex tokens, int start, int end) {
    int s = start;
    while (s < end && isTitle(tokens.get(s).text())) {
      s++;
    }
    if (s >= end) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (int k = s; k < end; k++) {
      words.add(tokens.get(k).text());
    }
    return new Name(words, s, end);
  }

  /**
   * The fullest name in the article with the same surname as {@code mention}; the mention itself
   * when none is fuller. The earliest of equally full names wins.
   */
  Name fullest(Name mention) {
    Name best = mention;
    for (Name candidate : names) {
      if (candidate.surname().equalsIgnoreCase(mention.surname())
          && candidate.words().size() > best.words().size()
          && candidate.words().size() <= 4) {
        best = candidate;
      }
    }
    return best;
  }

  /**
   * The last name that opens a sentence (after punctuation and titles), in the sentence of token
   * {@code before} or one of the {@code sentences - 1} before it, ending before that token; null
   * when there is none or {@code notAPerson} rejects it.
   */
  Name lastSubjectBefore(
      int before, int sentences, java.util.function.Predicate<List<String>> notAPerson) {
    if (before <= 0 || before > tokens.size()) {
      return null;
    }
    int sentence = tokens.get(before - 1).sentence();
    Name last = null;
    for (Name n : names) {
      if (n.endToken() > before) {
        break;
      }
      int s = tokens.get(n.firstToken()).sentence();
      if (s <= sentence - sentences) {
        continue;
      }
      int k = n.firstToken() - 1;
      while (k >= 0
          && tokens.get(k).sentence() == s
          && (tokens.isPunct(k) || isTitle(tokens.get(k).text()))) {
        k--;
      }
      boolean opens = k < 0 || tokens.get(k).sentence() != s;
      if (opens && isAntecedent(n, notAPerson)) {
        last = n;
      }
    }
    return last;
  }

  /**
   * True when a name can be what a later "he" or "she" points back to: in the writer's own words
   * (not inside quotation marks nor the headline), not a dateline in capitals ("WASHINGTON —"), and
   * not rejected by {@code notAPerson}.
   */
  private boolean isAntecedent(Name n, java.util.function.Predicate<List<String>> notAPerson) {
    if (notProseToken[n.firstToken()] || notAPerson.test(n.words())) {
      return false;
    }
    for (String w : n.words()) {
      if (w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first name in the writer's words of tokens {@code [from, to)}, days and months aside; null
   * when there is none.
   */
  Name firstIn(int from, int to) {
    for (Name n : names) {
      if (n.endToken() > to) {
        break;
      }
      // isAntecedent keeps to the writer's words
      if (n.firstToken() >= from
          && !CALENDAR.contains(n.surname().toLowerCase(Locale.ROOT))
          && isAntecedent(n, words -> false)) {
        return n;
      }
    }
    return null;
  }

  private static final java.util.Set<String> CALENDAR =
      java.util.Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "today",
          "tonight");

  /**
   * The last name of two or more words that ends before token {@code before} and that {@code
   * notAPerson} does not reject ("Springfield Police Department" is no antecedent for "he"), or
   * null.
   */
  Name lastFullNameBefore(int before, java.util.function.Predicate<List<String>> notAPerson) {
    Name last = null;
    for (Name n : names) {
      if (n.endToken() <= before && n.words().size() >= 2 && isAntecedent(n, notAPerson)) {
        last = n;
      }
    }
    return last;
  }
}
