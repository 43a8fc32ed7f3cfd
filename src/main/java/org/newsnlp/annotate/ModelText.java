package org.newsnlp.annotate;

/**
 * The text as the models see it: curly quotation marks and apostrophes replaced by straight ones,
 * one character for one, so that every offset into it is an offset into the original text.
 */
public final class ModelText {
  private ModelText() {}

  public static String of(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      switch (chars[i]) {
        case '\u2019', '\u2018', '\u201B', '\u2032', '`' -> chars[i] = '\'';
        case '\u201C', '\u201D', '\u201F', '\u2033' -> chars[i] = '"';
        default -> {}
      }
    }
    return new String(chars);
  }
}
