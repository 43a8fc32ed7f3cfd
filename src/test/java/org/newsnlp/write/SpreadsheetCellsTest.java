package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Protects the CSV-injection defence and the cell length limit. */
class SpreadsheetCellsTest {
  @Test
  void formulaStartsGetAnApostrophe() {
    assertEquals("'=cmd|' /C calc'!A0", SpreadsheetCells.safe("=cmd|' /C calc'!A0"));
    assertEquals("'+1+1", SpreadsheetCells.safe("+1+1"));
    assertEquals("'-2+3", SpreadsheetCells.safe("-2+3"));
    assertEquals("'@SUM(A1)", SpreadsheetCells.safe("@SUM(A1)"));
    assertEquals("'\tx", SpreadsheetCells.safe("\tx"));
    assertEquals("'\rx", SpreadsheetCells.safe("\rx"));
  }

  @Test
  void numbersAndOrdinaryTextAreLeftAlone() {
    assertEquals("-0.5000", SpreadsheetCells.safe("-0.5000"));
    assertEquals("-12", SpreadsheetCells.safe("-12"));
    assertEquals("42", SpreadsheetCells.safe("42"));
    assertEquals("Mr. Putin", SpreadsheetCells.safe("Mr. Putin"));
    assertEquals("", SpreadsheetCells.safe(""));
  }

  @Test
  void longCellsAreCutBelowExcelsLimitWithAMarker() {
    String cut = SpreadsheetCells.safe("x".repeat(40_000));
    assertEquals(SpreadsheetCells.MAX_CELL_CHARS, cut.length());
    assertTrue(cut.endsWith(SpreadsheetCells.TRUNCATED));
    assertTrue(cut.length() < 32_767);
  }
}
