package org.newsnlp.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DeadlineTest {
  @Test
  void noBudgetIsNoDeadline() {
    assertSame(Deadline.NONE, Deadline.after(0));
    assertSame(Deadline.NONE, Deadline.after(-1));
    assertSame(Deadline.NONE, Deadline.after(Double.NaN));
    Deadline.NONE.check();
    assertEquals(0, Deadline.NONE.seconds());
  }

  @Test
  void aBudgetTooSmallToMeasureIsOverAtTheFirstCheck() {
    Deadline deadline = Deadline.after(1e-12);
    assertEquals(1e-12, deadline.seconds());
    assertThrows(Deadline.Exceeded.class, deadline::check);
  }

  @Test
  void aBudgetOfAnHourIsNotOverAtOnce() {
    Deadline.after(3600).check();
  }
}
