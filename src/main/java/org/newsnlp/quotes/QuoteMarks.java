package org.newsnlp.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsnlp.model.Span;

/**
 * Finds the passages inside double quotation marks, paragraph by paragraph.
 *
 * <ul>
 *   <li>Curly “…”, straight "…", low-high „…“ and guillemets «…» (either way round) are understood.
 *   <li>A quotation never crosses a blank line, except as journalists continue one: a paragraph
 *       that leaves a mark open, followed by a paragraph that opens with a mark, continues the same
 *       quotation; each part is returned with the same {@code group}.
 *   <li>A mark left open at the end of a paragraph closes there, so a stray mark cannot swallow the
 *       rest of the article; a closing mark with no opening one is ignored.
 * </ul>
 */
public final class QuoteMarks {

  /**
   * A quoted passage: the words inside the marks ({@code content}), the marks themselves included
   * ({@code outer}), and {@code group}, shared by the parts of one multi-paragraph quotation.
   */
  public record Passage(Span content, Span outer, int group, boolean closed) {}

  private QuoteMarks() {}

  public static List<Passage> find(String text, List<Span> paragraphs) {
    List<Passage> result = new ArrayList<>();
    int group = -1;
    boolean continuing = false;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      int open = -1;
      char openMark = 0;
      for (int i = paragraph.start(); i < paragraph.end(); i++) {
        char c = text.charAt(i);
        if (open < 0) {
          if (isOpener(c, text, i, paragraph)) {
            open = i;
            openMark = c;
            if (!(continuing && firstMarkOfParagraph(text, paragraph, i))) {
              group++;
            }
            continuing = false;
          }
        } else if (closes(openMark, c, text, i, paragraph)) {
          if (i > open + 1) {
            result.add(
                new Passage(new Span(open + 1, i), new Span(open, i + 1), group, true));
          }
          open = -1;
        }
      }
      continuing = false;
      if (open >= 0) {
        int end = trimEnd(text, open + 1, paragraph.end());
        if (end > open + 1) {
          result.add(new Passage(new Span(open + 1, end), new Span(open, paragraph.end()), group, false));
        }
        continuing = p + 1 < paragraphs.size() && startsWithMark(text, paragraphs.get(p + 1));
      }
    }
    return result;
  }

  private static boolean isOpener(char c, String text, int i, Span paragraph) {
    return switch (c) {
      case '“', '„', '«', '»' -> true;
      case '"' -> i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1));
      default -> false;
    };
  }

  private static boolean closes(char openMark, char c, String text, int i, Span paragraph) {
    return switch (openMark) {
      case '“' -> c == '”' || (c == '"');
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      case '»' -> c == '«';
      case '"' -> c == '"' || c == '”';
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
    return c == '“' || c == '"' || c == '«' || c == '„';
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }
}
