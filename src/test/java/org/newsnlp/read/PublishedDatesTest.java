package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Protects the {@code published} column's three forms (date, local timestamp, timestamp with its
 * offset) from the spellings crawlers write, and an empty result for what is not a date.
 */
class PublishedDatesTest {
  private static String read(String value) {
    return PublishedDates.normalise(value).orElse("<none>");
  }

  @Test
  void datesStayDates() {
    assertEquals("2019-01-04", read("2019-01-04"));
    assertEquals("2019-01-04", read("  2019-01-04 "));
  }

  @Test
  void newsPleaseTimestampsBecomeIsoLocalTimestamps() {
    assertEquals("2019-01-04T10:22:00", read("2019-01-04 10:22:00"));
    assertEquals("2019-01-04T10:22:00", read("2019-01-04T10:22:00"));
    assertEquals("2019-01-04T10:22:00", read("2019-01-04T10:22"));
    assertEquals("2019-01-04T10:22:00.5", read("2019-01-04 10:22:00.500"));
    assertEquals("2019-01-04T10:22:00", read("2019-01-04T10:22:00.000"));
  }

  @Test
  void offsetsAreKeptAsGivenInOneSpelling() {
    assertEquals("2019-01-04T10:22:00Z", read("2019-01-04T10:22:00Z"));
    assertEquals("2019-01-04T10:22:00+01:00", read("2019-01-04T10:22:00+01:00"));
    assertEquals("2019-01-04T10:22:00+01:00", read("2019-01-04T10:22:00+0100"));
    assertEquals("2019-01-04T10:22:00-05:00", read("2019-01-04 10:22:00-05"));
    assertEquals("2019-01-04T23:30:00-05:00", read("2019-01-04T23:30:00.000-05:00"));
  }

  @Test
  void rssDatesAndEpochNumbersAreRead() {
    assertEquals("2019-01-04T10:22:00Z", read("Fri, 4 Jan 2019 10:22:00 GMT"));
    assertEquals("2019-01-04T10:22:00+01:00", read("Fri, 04 Jan 2019 10:22:00 +0100"));
    assertEquals("2019-01-04T10:22:00Z", read("1546597320"));
    assertEquals("2019-01-04T10:22:00.123Z", read("1546597320123"));
  }

  @Test
  void whatIsNotADateGivesNothing() {
    for (String value :
        new String[] {
          "yesterday",
          "",
          "2019-13-01",
          "2019-02-30",
          "04/01/2019",
          "2019",
          "26-FEB-1987 15:01:01.79"
        }) {
      assertEquals(Optional.empty(), PublishedDates.normalise(value), value);
    }
  }
}
