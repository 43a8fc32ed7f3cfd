package org.newsnlp.write;

import java.util.regex.Pattern;

/**
 * Makes cells safe to open in a spreadsheet. A text cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return could be run as a formula (CSV injection), so it
 * gets a leading apostrophe, as OWASP recommends; a cell that is just a number is left alone, so
 * numeric columns stay numeric. A cell longer than Excel's limit of 32,767 characters is cut and
 * ends with {@link #TRUNCATED}.
 */
public final class SpreadsheetCells {
  public static final int MAX_CELL_CHARS = 32_000;
  public static final String TRUNCATED = "…[truncated]";
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private SpreadsheetCells() {}

  public static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    String result = cell;
    char first = result.charAt(0);
    boolean risky =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    if (risky && !NUMBER.matcher(result).matches()) {
      result = "'" + result;
    }
    if (result.length() > MAX_CELL_CHARS) {
      int cut = MAX_CELL_CHARS - TRUNCATED.length();
      if (Character.isHighSurrogate(result.charAt(cut - 1))) {
        cut--;
      }
      result = result.substring(0, cut) + TRUNCATED;
    }
    return result;
  }
}
