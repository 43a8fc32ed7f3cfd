package org.newsnlp.report;

/**
 * Escaping for text taken from the inputs (headlines, speakers, file names, error details), so that
 * it stays text wherever the page puts it: in an element or attribute, or in JSON inside a {@code
 * <script>} element, where {@code </script}, {@code <!--} and U+2028/U+2029 must not appear as
 * such.
 */
public final class Html {
  private Html() {}

  /** {@code text} for an element's content or a quoted attribute value. */
  public static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * JSON text made safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &}
   * become {@code \u003c}, {@code \u003e} and {@code \u0026}, so no {@code </script} or {@code
   * <!--} can end or change the element, and U+2028 and U+2029 are escaped for older JavaScript
   * parsers. In valid JSON these characters occur only inside strings, where the escapes mean the
   * same characters.
   */
  public static String scriptJson(String json) {
    StringBuilder out = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
