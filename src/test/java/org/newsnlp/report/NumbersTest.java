package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Numbers formatted for people. */
class NumbersTest {
  @Test
  void countsDurationsBytesAndShares() {
    assertEquals("2,225", Numbers.count(2225));
    assertEquals("1,234.6", Numbers.decimal(1234.56, 1));
    assertEquals("412", Numbers.decimal(412.0, 1));
    assertEquals("8.4 s", Numbers.duration(8.42));
    assertEquals("3 min 12 s", Numbers.duration(191.6));
    assertEquals("2 h 05 min", Numbers.duration(7500));
    assertEquals("532 B", Numbers.bytes(532));
    assertEquals("4.9 MB", Numbers.bytes(4_900_000));
    assertEquals("33%", Numbers.share(1, 3));
    assertEquals("–", Numbers.share(0, 0));
  }
}
