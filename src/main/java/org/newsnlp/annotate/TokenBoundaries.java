package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Mends token boundaries the EWT tokenizer model gets wrong in news text, following the Universal
 * Dependencies English conventions the tagger was trained on (and GUM/EWT gold follow):
 *
 * <ul>
 *   <li>A hyphenated compound is split at its hyphens ("Kwok-hung" → {@code Kwok - hung},
 *       "131-page" → {@code 131 - page}), which the model does only half ("Kwok-" {@code hung}),
 *       except after a bound prefix ("pro-Beijing", "co-founder", "non-Muslim" stay one word) and
 *       between digits only ("555-1234").
 *   <li>A percentage is a number and a symbol ("58%" → {@code 58 %}).
 *   <li>A sentence's last token keeps no full stop of its own ("1994." → {@code 1994 .}) unless it
 *       holds another dot, as abbreviations do ("U.S.").
 *   <li>A hashtag or handle is one token ("#SaveTheLibrary"), and so is an elision mark "[...]".
 * </ul>
 *
 * Works on the tokenizer's spans over the sentence text and returns new spans; offsets only, so
 * they stay offsets into the original text.
 */
final class TokenBoundaries {
  /** Prefixes UD English writes attached to the word with their hyphen. */
  private static final Set<String> PREFIXES =
      Set.of(
          "anti", "co", "counter", "e", "ex", "inter", "mid", "multi", "non", "pan", "post", "pre",
          "pro", "re", "self", "semi", "sub", "trans", "un", "vice");

  private static final Pattern COMPOUND =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2013][\\p{L}\\p{N}]+)+");
  private static final Pattern PERCENT = Pattern.compile("\\d[\\d.,]*%");
  private static final Pattern FINAL_STOP = Pattern.compile("[\\p{L}\\p{N}][^.\\s]*\\.");

  private TokenBoundaries() {}

  static Span[] refine(String text, Span[] spans) {
    List<Span> tokens = new ArrayList<>(List.of(spans));
    tokens = mergeAdjacent(text, tokens);
    tokens = compounds(text, tokens);
    List<Span> out = new ArrayList<>(tokens.size() + 4);
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i);
      String s = text.substring(t.getStart(), t.getEnd());
      if (PERCENT.matcher(s).matches()) {
        out.add(new Span(t.getStart(), t.getEnd() - 1));
        out.add(new Span(t.getEnd() - 1, t.getEnd()));
      } else if (i == tokens.size() - 1 && FINAL_STOP.matcher(s).matches()) {
        out.add(new Span(t.getStart(), t.getEnd() - 1));
        out.add(new Span(t.getEnd() - 1, t.getEnd()));
      } else {
        out.add(t);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** "#" or "@" before a word, and "[" "..." "]", written without spaces, are one token. */
  private static List<Span> mergeAdjacent(String text, List<Span> tokens) {
    List<Span> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Span t = tokens.get(i);
      String s = text.substring(t.getStart(), t.getEnd());
      if ((s.equals("#") || s.equals("@"))
          && i + 1 < tokens.size()
          && tokens.get(i + 1).getStart() == t.getEnd()
          && Character.isLetterOrDigit(text.charAt(t.getEnd()))) {
        out.add(new Span(t.getStart(), tokens.get(++i).getEnd()));
      } else if (s.equals("[")
          && i + 2 < tokens.size()
          && text.substring(t.getStart(), tokens.get(i + 2).getEnd()).equals("[...]")) {
        out.add(new Span(t.getStart(), tokens.get(i + 2).getEnd()));
        i += 2;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Finds hyphenated compounds written without spaces whose ends fall on token boundaries, and
   * re-tokenizes them by the UD rule, whatever the model made of them.
   */
  private static List<Span> compounds(String text, List<Span> tokens) {
    if (text.indexOf('-') < 0 && text.indexOf('\u2013') < 0) {
      return tokens;
    }
    List<Span> out = new ArrayList<>(tokens.size() + 4);
    int i = 0;
    // Anchored at each token's start (a search from there would scan the rest of the text for
    // every token); transparent bounds keep the match what a search would have found there.
    Matcher m = COMPOUND.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    while (i < tokens.size()) {
      Span t = tokens.get(i);
      int end = -1;
      int last = i;
      // (a chunk longer than any word is no compound: the pattern would recurse once per part)
      if (t.length() <= LongChunks.MAX_CHARS && m.region(t.getStart(), text.length()).lookingAt()) {
        // The compound must end where a token ends; otherwise leave the model's answer.
        for (int j = i; j < tokens.size() && tokens.get(j).getEnd() <= m.end(); j++) {
          if (tokens.get(j).getEnd() == m.end()) {
            end = m.end();
            last = j;
          }
        }
      }
      if (end < 0) {
        out.add(t);
        i++;
        continue;
      }
      splitCompound(text, t.getStart(), end, out);
      i = last + 1;
    }
    return out;
  }

  private static void splitCompound(String text, int start, int end, List<Span> out) {
    String word = text.substring(start, end);
    String[] parts = word.split("[-\u2013]", -1);
    boolean digits = word.indexOf('\u2013') < 0 && word.matches("[\\d-]+");
    boolean prefixed = parts.length == 2 && PREFIXES.contains(parts[0].toLowerCase(Locale.ROOT));
    if (digits || prefixed) {
      out.add(new Span(start, end));
      return;
    }
    int at = start;
    for (int p = 0; p < parts.length; p++) {
      if (p > 0) {
        out.add(new Span(at, at + 1));
        at++;
      }
      out.add(new Span(at, at + parts[p].length()));
      at += parts[p].length();
    }
  }
}
