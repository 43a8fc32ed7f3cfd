package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** External merge sort: any split into runs merges back into the one order of the rows. */
class SortedRunsTest {

  private static List<SortedRuns.Row> randomRows(Random random, int n) {
    List<SortedRuns.Row> rows = new ArrayList<>();
    String[] words = {"", "a", "b", "ab", "é", "\u20ac", "line\nbreak", "x,y", "\"q\""};
    for (int i = 0; i < n; i++) {
      List<String> cells = new ArrayList<>();
      int width = 1 + random.nextInt(3);
      for (int c = 0; c < width; c++) {
        cells.add(words[random.nextInt(words.length)] + random.nextInt(3));
      }
      rows.add(new SortedRuns.Row("doc" + random.nextInt(20), cells));
    }
    return rows;
  }

  /** In-memory runs: each split's rows written with {@link SortedRuns#writeRun}. */
  private static List<SortedRuns.RunSource> runs(
      List<SortedRuns.Row> rows, Random random, int count) throws IOException {
    List<List<SortedRuns.Row>> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      parts.add(new ArrayList<>());
    }
    for (SortedRuns.Row row : rows) {
      parts.get(random.nextInt(count)).add(row);
    }
    List<SortedRuns.RunSource> runs = new ArrayList<>();
    for (List<SortedRuns.Row> part : parts) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      SortedRuns.writeRun(part, out);
      byte[] bytes = out.toByteArray();
      runs.add(() -> new ByteArrayInputStream(bytes));
    }
    return runs;
  }

  private static List<SortedRuns.Row> drain(SortedRuns.Merge merge) throws IOException {
    List<SortedRuns.Row> out = new ArrayList<>();
    try (merge) {
      while (merge.hasNext()) {
        out.add(merge.next());
      }
    }
    return out;
  }

  @Test
  void anySplitIntoRunsMergesToTheSameOrder() throws IOException {
    Random random = new Random(7);
    List<SortedRuns.Row> rows = randomRows(random, 2_000);
    List<SortedRuns.Row> expected = new ArrayList<>(rows);
    expected.sort(SortedRuns.ORDER);
    for (int count : new int[] {1, 2, 13, 64}) {
      assertEquals(expected, drain(SortedRuns.merge(runs(rows, random, count))), count + " runs");
    }
  }

  @Test
  void manyRunsAreMergedInPassesWithBoundedFanIn() throws IOException {
    Random random = new Random(11);
    List<SortedRuns.Row> rows = randomRows(random, 5_000);
    List<SortedRuns.Row> expected = new ArrayList<>(rows);
    expected.sort(SortedRuns.ORDER);
    List<Integer> spills = new ArrayList<>();
    SortedRuns.Spill spill =
        () -> {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          spills.add(1);
          return new SortedRuns.Spill.Place() {
            @Override
            public OutputStream create() {
              return buffer;
            }

            @Override
            public InputStream open() {
              return new ByteArrayInputStream(buffer.toByteArray());
            }
          };
        };
    List<SortedRuns.RunSource> runs = runs(rows, random, 300);
    assertEquals(expected, drain(SortedRuns.mergeInPasses(runs, spill)));
    // 300 runs: 5 groups of at most 64 become 5 intermediate runs, merged in a second pass.
    assertEquals(5, spills.size());
  }

  @Test
  void orderIsByKeyThenCellByCell() {
    SortedRuns.Row a = new SortedRuns.Row("k", List.of("a"));
    SortedRuns.Row ab = new SortedRuns.Row("k", List.of("a", "b"));
    SortedRuns.Row b = new SortedRuns.Row("k", List.of("b"));
    SortedRuns.Row earlierKey = new SortedRuns.Row("j", List.of("z"));
    assertTrue(SortedRuns.ORDER.compare(earlierKey, a) < 0);
    assertTrue(SortedRuns.ORDER.compare(a, ab) < 0, "a prefix row comes first");
    assertTrue(SortedRuns.ORDER.compare(ab, b) < 0);
    assertEquals(0, SortedRuns.ORDER.compare(a, new SortedRuns.Row("k", List.of("a"))));
  }

  @Test
  void noRunsMergeToNothing() throws IOException {
    assertFalse(SortedRuns.merge(List.of()).hasNext());
  }
}
