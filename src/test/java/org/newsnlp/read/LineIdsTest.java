package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Protects unique document ids within a JSON Lines file: an id given twice, or equal to another
 * article's line number, takes its line number; unique ids and line numbers stay as they are.
 */
class LineIdsTest {
  @Test
  void uniqueIdsAndLineNumbersAreKept() {
    LineIds ids = new LineIds();
    ids.add(1, "a");
    ids.add(2, null);
    ids.add(3, "b");
    ids.add(5, "3");
    assertEquals(List.of(), ids.shared());
  }

  @Test
  void aRepeatedIdTakesItsLineNumberEverywhereItOccurs() {
    LineIds ids = new LineIds();
    ids.add(1, "a");
    ids.add(2, "b");
    ids.add(4, "a");
    ids.add(9, "a");
    assertEquals(List.of(1L, 4L, 9L), ids.shared());
  }

  @Test
  void anIdThatIsAnotherArticlesLineNumberTakesItsOwn() {
    LineIds ids = new LineIds();
    ids.add(2, null);
    ids.add(3, "2");
    assertEquals(List.of(3L), ids.shared());
  }

  @Test
  void anIdEqualToAnotherIdWithItsLineNumberIsMadeUniqueToo() {
    // "x" at 1 and 2 become x@1 and x@2, which line 7's own id "x@2" then meets.
    LineIds ids = new LineIds();
    ids.add(1, "x");
    ids.add(2, "x");
    ids.add(7, "x@2");
    assertEquals(List.of(1L, 2L, 7L), ids.shared());
  }

  @Test
  void manyLinesNeedNoIdsKeptInMemory() {
    LineIds ids = new LineIds();
    for (long line = 1; line <= 1_000_000; line++) {
      ids.add(line, line % 2 == 0 ? "id-" + line : null);
    }
    ids.add(1_000_001, "id-10");
    assertEquals(List.of(10L, 1_000_001L), ids.shared());
  }
}
