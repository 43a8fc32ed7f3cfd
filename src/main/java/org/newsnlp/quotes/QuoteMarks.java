package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsnlp.model.Span;

/**
 * Finds the passages inside quotation marks, paragraph by paragraph.
 *
 * <ul>
 *   <li>Curly “…”, straight "…", low-high „…“, guillemets «…» (either way round) and the doubled
 *       apostrophes ''…'' of some wire and archive text are understood.
 *   <li>Single quotes ‘…’ and '…' are quotation marks in a headline only (headlines use them where
 *       the body uses double quotes); in the body they are apostrophes or nested quotes, which stay
 *       inside the quotation that holds them.
 *   <li>A quotation never crosses a blank line, except as journalists continue one: a paragraph
 *       that leaves a mark open, followed by a paragraph that opens with a mark, continues the same
 *       quotation; each part is returned with the same {@code group}.
 *   <li>A mark left open at the end of a paragraph closes there, so a stray mark cannot swallow the
 *       rest of the article; a closing mark with no opening one is ignored. The work is linear in
 *       the length of the text whatever the marks.
 * </ul>
 */
public final class QuoteMarks {

  /**
   * A quoted passage: the words inside the marks ({@code content}), the marks themselves included
   * ({@code outer}), {@code group}, shared by the parts of one multi-paragraph quotation, and
   * whether a closing mark was found in the same paragraph.
   */
  public record Passage(Span content, Span outer, int group, boolean closed) {}

  private QuoteMarks() {}

  /** The passages of {@code text}, none in a headline. */
  public static List<Passage> find(String text, List<Span> paragraphs) {
    return find(text, paragraphs, null);
  }

  /**
   * The passages of {@code text}; {@code headline} (or null) is the paragraph where single quotes
   * are quotation marks.
   */
  public static List<Passage> find(String text, List<Span> paragraphs, Span headline) {
    List<Passage> result = new ArrayList<>();
    int group = -1;
    boolean continuing = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      boolean singles = paragraph.equals(headline);
      int open = -1;
      int openLength = 0;
      char openMark = 0;
      int i = paragraph.start();
      while (i < paragraph.end()) {
        char c = text.charAt(i);
        int length = markLength(text, i, paragraph);
        if (length == 0) {
          i++;
          continue;
        }
        if (open < 0) {
          if (isOpener(c, length, text, i, paragraph, singles)) {
            open = i;
            openLength = length;
            openMark = c;
            if (!(continuing && firstMarkOfParagraph(text, paragraph, i))) {
              group++;
            }
            continuing = false;
          }
        } else if (closes(openMark, openLength, c, length, text, i, paragraph)) {
          if (hasWord(text, open + openLength, i)) {
            result.add(
                new Passage(
                    new Span(open + openLength, i), new Span(open, i + length), group, true));
          }
          open = -1;
        }
        i += length;
      }
      continuing = false;
      if (open >= 0) {
        int end = trimEnd(text, open + openLength, paragraph.end());
        if (hasWord(text, open + openLength, end)) {
          result.add(
              new Passage(
                  new Span(open + openLength, end), new Span(open, paragraph.end()), group, false));
        }
        continuing = p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1));
      }
    }
    return result;
  }

  /** 2 for a doubled apostrophe, 1 for any other mark character, 0 for none. */
  private static int markLength(String text, int i, Span paragraph) {
    char c = text.charAt(i);
    if (c == '\'') {
      return i + 1 < paragraph.end() && text.charAt(i + 1) == '\'' ? 2 : 1;
    }
    return switch (c) {
      case '“', '”', '„', '«', '»', '"', '‘', '’' -> 1;
      default -> 0;
    };
  }

  private static boolean isOpener(
      char c, int length, String text, int i, Span paragraph, boolean singles) {
    boolean wordAfter =
        i + length < paragraph.end() && !Character.isWhitespace(text.charAt(i + length));
    boolean boundaryBefore =
        i == paragraph.start() || !Character.isLetterOrDigit(text.charAt(i - 1));
    if (c == '\'' && length == 2) {
      return wordAfter && boundaryBefore;
    }
    return switch (c) {
      case '“', '„', '«', '»' -> true;
      case '"' -> wordAfter;
      // a closing mark typed where an opening one belongs: after a space, before a word
      case '”' ->
          wordAfter && (i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1)));
      case '‘' -> singles && wordAfter;
      case '\'' -> singles && wordAfter && boundaryBefore;
      default -> false;
    };
  }

  private static boolean closes(
      char openMark, int openLength, char c, int length, String text, int i, Span paragraph) {
    if (openMark == '\'' && openLength == 2) {
      return c == '\'' && length == 2;
    }
    boolean boundaryAfter =
        i + length >= paragraph.end() || !Character.isLetterOrDigit(text.charAt(i + length));
    return switch (openMark) {
      case '“', '”' -> c == '”' || (c == '"');
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      case '»' -> c == '«';
      case '"' -> c == '"' || c == '”';
      // a headline's single quotes: an apostrophe inside a word ("Won’t") does not close
      case '‘', '\'' -> (c == '’' || c == '\'') && length == 1 && boundaryAfter;
      default -> false;
    };
  }

  private static boolean firstMarkOfParagraph(String text, Span paragraph, int i) {
    for (int k = paragraph.start(); k < i; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithMark(String text, Span paragraph) {
    if (paragraph.length() == 0) {
      return false;
    }
    char c = text.charAt(paragraph.start());
    return c == '“' || c == '"' || c == '«' || c == '„' || text.startsWith("''", paragraph.start());
  }

  /** Marks with nothing but marks or spaces between them quote nothing. */
  private static boolean hasWord(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
