package org.newsnlp.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsnlp.model.ArticleLayout;
import org.newsnlp.model.Span;

/**
 * Recovers an article's headline, publisher and body paragraphs from its plain text. The
 * heuristics, also described in the README:
 *
 * <ol>
 *   <li>Paragraphs are blocks of lines separated by blank lines (lines of only white space).
 *   <li>A last paragraph of the form {@code Source: <headline> – <publisher>} (en dash, em dash or
 *       a spaced hyphen) is a credit line: it gives the original headline and the publisher and is
 *       not part of the body.
 *   <li>When the original headline is known and one of the first three paragraphs repeats it, that
 *       paragraph is the headline and the paragraphs before it (a site name, say) are left out.
 *   <li>Otherwise the first paragraph is the headline when it is a single line of at most 30 words
 *       and more than one paragraph follows it; the rest is body.
 * </ol>
 */
public final class LayoutReader {
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^\\s*Source:\\s*(.+?)\\s+(?:[–—]|-{1,2})\\s+(\\S.*?)\\s*$");
  private static final int MAX_HEADLINE_WORDS = 30;

  /**
   * A longer last paragraph is no credit line; the pattern's two lazy groups would make reading one
   * quadratic in its length.
   */
  private static final int MAX_CREDIT_LINE_CHARS = 1_000;

  private static final int HEADLINE_SEARCH_PARAGRAPHS = 3;

  private LayoutReader() {}

  public static ArticleLayout read(String text) {
    List<Span> paragraphs = paragraphs(text);
    String originalHeadline = "";
    String publisher = "";
    if (!paragraphs.isEmpty()) {
      Span last = paragraphs.get(paragraphs.size() - 1);
      Matcher m = SOURCE_LINE.matcher(last.of(text));
      if (last.length() <= MAX_CREDIT_LINE_CHARS && !last.of(text).contains("\n") && m.matches()) {
        originalHeadline = m.group(1).trim();
        publisher = m.group(2).trim();
        paragraphs = paragraphs.subList(0, paragraphs.size() - 1);
      }
    }
    int headline = -1;
    if (!originalHeadline.isEmpty()) {
      String wanted = normalise(originalHeadline);
      for (int i = 0; i < Math.min(HEADLINE_SEARCH_PARAGRAPHS, paragraphs.size()); i++) {
        if (normalise(paragraphs.get(i).of(text)).equals(wanted)) {
          headline = i;
          break;
        }
      }
    }
    if (headline < 0 && paragraphs.size() > 2 && looksLikeHeadline(paragraphs.get(0).of(text))) {
      headline = 0;
    }
    if (headline < 0) {
      return new ArticleLayout("", -1, -1, originalHeadline, publisher, paragraphs);
    }
    Span h = paragraphs.get(headline);
    return new ArticleLayout(
        h.of(text).trim(),
        h.start(),
        h.end(),
        originalHeadline,
        publisher,
        paragraphs.subList(headline + 1, paragraphs.size()));
  }

  /** Blocks between blank lines, each trimmed of surrounding white space. */
  public static List<Span> paragraphs(String text) {
    List<Span> result = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    int blockStart = -1;
    int blockEnd = -1;
    while (lineStart <= n) {
      int lineEnd = lineStart;
      while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      if (isBlank(text, lineStart, lineEnd)) {
        if (blockStart >= 0) {
          result.add(trimmed(text, blockStart, blockEnd));
          blockStart = -1;
        }
      } else {
        if (blockStart < 0) {
          blockStart = lineStart;
        }
        blockEnd = lineEnd;
      }
      if (lineEnd >= n) {
        break;
      }
      lineStart = lineEnd + 1;
      if (text.charAt(lineEnd) == '\r' && lineStart < n && text.charAt(lineStart) == '\n') {
        lineStart++;
      }
    }
    if (blockStart >= 0) {
      result.add(trimmed(text, blockStart, blockEnd));
    }
    return result;
  }

  private static boolean looksLikeHeadline(String paragraph) {
    String p = paragraph.trim();
    if (p.contains("\n") || p.contains("\r")) {
      return false;
    }
    return p.split("\\s+").length <= MAX_HEADLINE_WORDS;
  }

  /** True when two headlines are the same but for case, white space and curly apostrophes. */
  static boolean sameHeadline(String a, String b) {
    return normalise(a).equals(normalise(b));
  }

  private static String normalise(String s) {
    return s.replace('’', '\'')
        .replace('‘', '\'')
        .replaceAll("\\s+", " ")
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Span trimmed(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new Span(from, to);
  }
}
