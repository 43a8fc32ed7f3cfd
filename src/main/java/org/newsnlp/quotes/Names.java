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

  /**
   * A longer run of name tokens is no one's name (a headline or a list in capitals): it would make
   * a speaker of thousands of words.
   */
  static final int MAX_NAME_WORDS = 10;

  private final List<Name> names = new ArrayList<>();
  private final TokenIndex tokens;
  private final boolean[] notProseToken;

  // What the look-ups ask of each name, worked out once, so that each answers from positions
  // (a binary search and an array) instead of walking the names before it.
  /** Names by surname, ignoring case: the earliest of the fullest of at most four words. */
  private final java.util.Map<String, Name> fullestBySurname =
      new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** As {@link #fullestBySurname}, of the names that are no organisation's. */
  private final java.util.Map<String, Name> fullestPersonBySurname =
      new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  /** Indexes of the names that open their sentence, ascending. */
  private final int[] openers;

  /**
   * By name: whether a later "he" or "she" can point back to it ({@link #inProse}, and a person).
   */
  private final boolean[] antecedent;

  /** By name: the first name at or after it that {@link #firstIn} accepts, or -1. */
  private final int[] nextFirstIn;

  /** By name: the last name at or before it that {@link #lastFullNameBefore} accepts, or -1. */
  private final int[] previousFullName;

  /**
   * @param notProse the outer spans of the passages in quotation marks, and the headline: a name
   *     someone else says is no antecedent for the writer's "he", nor are a headline's capitalised
   *     words
   * @param notAPerson names that cannot be what a "he" or "she" points back to ("Springfield Police
   *     Department")
   */
  Names(
      TokenIndex tokens,
      List<Span> notProse,
      java.util.function.Predicate<List<String>> notAPerson) {
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
      if (name != null && name.words().size() <= MAX_NAME_WORDS) {
        names.add(name);
      }
    }
    int n = names.size();
    antecedent = new boolean[n];
    boolean[] prose = new boolean[n];
    List<Integer> opening = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      Name name = names.get(k);
      prose[k] = inProse(name);
      antecedent[k] = prose[k] && !notAPerson.test(name.words());
      if (opensSentence(name)) {
        opening.add(k);
      }
      if (name.words().size() <= 4) {
        keepFullest(fullestBySurname, name);
        if (!isOrganization(name.words())) {
          keepFullest(fullestPersonBySurname, name);
        }
      }
    }
    openers = opening.stream().mapToInt(Integer::intValue).toArray();
    nextFirstIn = new int[n];
    for (int k = n - 1, next = -1; k >= 0; k--) {
      if (prose[k] && !isCalendar(names.get(k).surname().toLowerCase(Locale.ROOT))) {
        next = k;
      }
      nextFirstIn[k] = next;
    }
    previousFullName = new int[n];
    for (int k = 0, last = -1; k < n; k++) {
      if (names.get(k).words().size() >= 2 && antecedent[k]) {
        last = k;
      }
      previousFullName[k] = last;
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

  /** Abbreviated honorifics, with or without the dot, which only ever stand before a surname. */
  private static final java.util.Set<String> HONORIFICS =
      java.util.Set.of("mr.", "mrs.", "ms.", "dr.", "messrs.", "mr", "mrs", "ms", "dr", "messrs");

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

  /** Words that make a name an organisation's: "Home Office", "Sunday Telegraph". */
  static final Lexicon ORGANIZATION_WORDS =
      Lexicon.load("/org/newsnlp/quotes/organization-words.txt");

  /** True when one of {@code words} is an organisation's ({@link #ORGANIZATION_WORDS}). */
  static boolean isOrganization(List<String> words) {
    for (String w : words) {
      if (ORGANIZATION_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name in tokens {@code [start, end)}, without the words before it that are no part of it:
   * titles and honorifics ("Sir Alex Ferguson" gives "Alex Ferguson"), a role that ends in a title
   * ("Home Secretary Charles Clarke", "Wednesday Prime Minister Yulia Tymoshenko" give "Charles
   * Clarke", "Yulia Tymoshenko"), days and months. What is left of an organisation's name is kept
   * whole ("General Motors", "Foreign Office"). Null when nothing is left.
   */
  static Name nameOf(TokenIndex tokens, int start, int end) {
    int s = start;
    while (s < end && (isTitle(tokens.get(s).text()) || isCalendar(tokens.lower(s)))) {
      s++;
    }
    int cut = s;
    for (int k = s; k + 1 < end; k++) {
      if (isTitle(tokens.get(k).text()) && !isTitle(tokens.get(k + 1).text())) {
        cut = k + 1;
      }
    }
    if (cut > s && !isOrganization(words(tokens, cut, end))) {
      s = cut;
    }
    if (s >= end) {
      return null;
    }
    return new Name(words(tokens, s, end), s, end);
  }

  private static List<String> words(TokenIndex tokens, int start, int end) {
    List<String> words = new ArrayList<>();
    for (int k = start; k < end; k++) {
      words.add(tokens.get(k).text());
    }
    return words;
  }

  /**
   * The fullest name in the article with the same surname as {@code mention}; the mention itself
   * when none is fuller. The earliest of equally full names wins; an organisation's name is no
   * fuller form of a name that is not one ("BBC Newcastle" for "Newcastle").
   */
  Name fullest(Name mention) {
    Name known =
        (isOrganization(mention.words()) ? fullestBySurname : fullestPersonBySurname)
            .get(mention.surname());
    return known != null && known.words().size() > mention.words().size() ? known : mention;
  }

  /** Puts {@code name} under its surname unless an earlier name there is as full or fuller. */
  private static void keepFullest(java.util.Map<String, Name> bySurname, Name name) {
    Name known = bySurname.get(name.surname());
    if (known == null || name.words().size() > known.words().size()) {
      bySurname.put(name.surname(), name);
    }
  }

  /**
   * The last name that opens a sentence (after punctuation and titles), in the sentence of token
   * {@code before} or one of the {@code sentences - 1} before it, ending before that token; null
   * when there is none or a "he" or "she" cannot point back to it.
   */
  Name lastSubjectBefore(int before, int sentences) {
    if (before <= 0 || before > tokens.size()) {
      return null;
    }
    int sentence = tokens.get(before - 1).sentence();
    int end = firstEndingAfter(before);
    // one name opens a sentence, or two ("Newcastle boss Graeme Souness"): this walks back over
    // no more than twice `sentences` of them
    for (int o = countBelow(openers, end) - 1; o >= 0; o--) {
      Name n = names.get(openers[o]);
      if (tokens.get(n.firstToken()).sentence() <= sentence - sentences) {
        break;
      }
      if (antecedent[openers[o]]) {
        return n;
      }
    }
    return null;
  }

  /**
   * True when only punctuation and titles stand before {@code n} in its sentence, or a short
   * description that opens it ("Newcastle boss Graeme Souness is …": the later name is the subject,
   * and wins over the description's own name when the sentences are walked back).
   */
  private boolean opensSentence(Name n) {
    int s = tokens.get(n.firstToken()).sentence();
    int k = n.firstToken() - 1;
    while (k >= 0
        && tokens.get(k).sentence() == s
        && (tokens.isPunct(k) || isTitle(tokens.get(k).text()))) {
      k--;
    }
    int d = k;
    while (d >= 0
        && n.firstToken() - d <= 5
        && tokens.get(d).sentence() == s
        && ("NOUN".equals(tokens.upos(d)) || isNameToken(tokens, d))) {
      d--;
    }
    if (d < k && (d < 0 || tokens.get(d).sentence() != s) && "NOUN".equals(tokens.upos(k))) {
      k = d;
    }
    return k < 0 || tokens.get(k).sentence() != s;
  }

  /**
   * In the writer's own words (not inside quotation marks nor the headline), and not a dateline in
   * capitals ("WASHINGTON —"): with {@code notAPerson}'s consent, what a later "he" or "she" can
   * point back to.
   */
  private boolean inProse(Name n) {
    if (notProseToken[n.firstToken()]) {
      return false;
    }
    for (String w : n.words()) {
      if (w.length() > 1 && !w.equals(w.toUpperCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first name that ends after token {@code token}; the count when none does. */
  private int firstEndingAfter(int token) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).endToken() <= token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the first name that starts at or after token {@code token}. */
  private int firstStartingFrom(int token) {
    int lo = 0;
    int hi = names.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (names.get(mid).firstToken() < token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** How many of the ascending {@code values} are below {@code limit}. */
  private static int countBelow(int[] values, int limit) {
    int lo = 0;
    int hi = values.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (values[mid] < limit) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The first name in the writer's words of tokens {@code [from, to)}, days and months aside; null
   * when there is none.
   */
  Name firstIn(int from, int to) {
    // names are in text order and never overlap, so their ends ascend: the first name at or after
    // `from` that qualifies is the answer when it, and every name before it, ends by `to`
    int i = firstStartingFrom(from);
    if (i > 0 && names.get(i - 1).endToken() > to) {
      return null;
    }
    int found = i < names.size() ? nextFirstIn[i] : -1;
    return found < 0 || names.get(found).endToken() > to ? null : names.get(found);
  }

  private static final java.util.Set<String> CALENDAR =
      Weekdays.and(
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

  /** A day, a month, "today" or "tonight", also in the possessive ("Tuesday's concert"). */
  private static boolean isCalendar(String lower) {
    return CALENDAR.contains(withoutPossessive(lower));
  }

  /** The word without a possessive 's: "tuesday's" gives "tuesday". */
  static String withoutPossessive(String word) {
    return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
  }

  /**
   * The last name of two or more words that ends before token {@code before} and is an antecedent
   * ("Springfield Police Department" is no antecedent for "he"), or null.
   */
  Name lastFullNameBefore(int before) {
    int end = firstEndingAfter(before);
    int found = end > 0 ? previousFullName[end - 1] : -1;
    return found < 0 ? null : names.get(found);
  }
}
