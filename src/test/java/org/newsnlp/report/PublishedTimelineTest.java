package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.report.PublishedTimeline.Period;

/**
 * Protects the report's timeline: days for a run spanning up to 62 days and months beyond, the
 * empty periods between filled with zeros, a timestamp counted on its date, documents without a
 * date counted apart, and a stray date far away not filling centuries.
 */
class PublishedTimelineTest {
  @Test
  void aShortRunIsCountedDayByDayWithItsEmptyDays() {
    PublishedTimeline.Counter counter = new PublishedTimeline.Counter();
    counter.add("2019-01-04T10:22:00+01:00", 3);
    counter.add("2019-01-04", 1);
    counter.add("2019-01-07T00:10:00Z", 0);
    counter.add("", 5);
    PublishedTimeline t = counter.timeline();
    assertTrue(t.byDay());
    assertEquals(
        List.of(
            new Period("2019-01-04", 2, 4),
            new Period("2019-01-05", 0, 0),
            new Period("2019-01-06", 0, 0),
            new Period("2019-01-07", 1, 0)),
        t.periods());
    assertEquals(List.of(3, 1), List.of(t.dated(), t.undated()));
  }

  @Test
  void aLongerRunIsCountedByMonth() {
    PublishedTimeline.Counter counter = new PublishedTimeline.Counter();
    counter.add("2019-01-31", 2);
    counter.add("2019-04-01", 1);
    counter.add("2019-04-30T23:00:00", 4);
    PublishedTimeline t = counter.timeline();
    assertFalse(t.byDay(), "90 days apart");
    assertEquals(
        List.of(
            new Period("2019-01-01", 1, 2),
            new Period("2019-02-01", 0, 0),
            new Period("2019-03-01", 0, 0),
            new Period("2019-04-01", 2, 5)),
        t.periods());
  }

  @Test
  void sixtyTwoDaysAreStillDaysAndAStrayDateFillsNoCenturies() {
    PublishedTimeline.Counter edge = new PublishedTimeline.Counter();
    edge.add("2020-01-01", 0);
    edge.add("2020-03-03", 0);
    assertTrue(edge.timeline().byDay(), "62 days from the first to the last");
    assertEquals(63, edge.timeline().periods().size());

    PublishedTimeline.Counter stray = new PublishedTimeline.Counter();
    stray.add("1870-05-01", 1);
    stray.add("2020-02-10", 2);
    stray.add("2020-02-11", 0);
    assertEquals(
        List.of(new Period("1870-05-01", 1, 1), new Period("2020-02-01", 2, 2)),
        stray.timeline().periods(),
        "over 1,200 months apart: only the months with documents");

    PublishedTimeline none = new PublishedTimeline.Counter().timeline();
    assertEquals(List.of(), none.periods());
    assertEquals(0, none.dated());
  }
}
