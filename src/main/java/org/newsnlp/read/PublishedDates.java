package org.newsnlp.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the publication dates crawlers and archives write and gives them in one of three ISO 8601
 * forms that sort and parse alike: a date ({@code 2019-01-04}), a local timestamp ({@code
 * 2019-01-04T10:22:00}) or a timestamp with its offset ({@code 2019-01-04T10:22:00+01:00}, {@code
 * …Z}). A timestamp keeps the offset it was given in, so that its date is the one the outlet
 * printed; fractions of a second are kept when not zero.
 *
 * <p>Read: ISO 8601 dates and timestamps, with {@code T} or a space between date and time (as
 * news-please writes {@code 2019-01-04 10:22:00}), seconds and offset optional, the offset as
 * {@code Z}, {@code +01:00}, {@code +0100} or {@code +01}; RFC 1123 dates as RSS feeds give them
 * ({@code Fri, 4 Jan 2019 10:22:00 GMT}); and whole numbers of seconds or milliseconds since 1970
 * (9 to 11 digits seconds, 12 to 14 milliseconds), given in UTC.
 */
public final class PublishedDates {
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern EPOCH = Pattern.compile("\\d{9,14}");

  /** A date and time, with an offset in any of the usual spellings, or none. */
  private static final DateTimeFormatter TIMESTAMP =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .toFormatter();

  private PublishedDates() {}

  /** {@code value} in one of the three forms, or empty when it is not a date this reads. */
  public static Optional<String> normalise(String value) {
    String s = value.strip();
    try {
      if (DATE.matcher(s).matches()) {
        return Optional.of(LocalDate.parse(s).toString());
      }
      if (EPOCH.matcher(s).matches()) {
        long n = Long.parseLong(s);
        Instant instant = s.length() <= 11 ? Instant.ofEpochSecond(n) : Instant.ofEpochMilli(n);
        return Optional.of(offset(instant.atOffset(ZoneOffset.UTC)));
      }
      if (s.length() > 10 && s.charAt(10) == ' ' && DATE.matcher(s.substring(0, 10)).matches()) {
        s = s.substring(0, 10) + 'T' + s.substring(11).strip();
      }
      if (s.length() > 10 && s.charAt(10) == 'T') {
        TemporalAccessor t = TIMESTAMP.parseBest(s, OffsetDateTime::from, LocalDateTime::from);
        return Optional.of(
            t instanceof OffsetDateTime o
                ? offset(o)
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) t));
      }
      return Optional.of(
          offset(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String offset(OffsetDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
  }
}
