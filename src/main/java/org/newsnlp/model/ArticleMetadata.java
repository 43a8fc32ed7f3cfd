package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;

/**
 * What an input says about an article besides its text: a JSON article's date, address, outlet and
 * authors. A plain-text article has none ({@link #NONE}).
 *
 * @param published the publication date, {@code YYYY-MM-DD} or an ISO 8601 timestamp ({@code
 *     2019-01-04T10:22:00}, {@code 2019-01-04T10:22:00+01:00}); empty when none was given or it
 *     could not be read (then {@code warnings} says so)
 * @param url the article's address as given, or empty
 * @param outlet the outlet as given, or the host of {@code url} without {@code www.}; or empty
 * @param authors the authors as given, in order
 * @param warnings what was wrong with the input without stopping the article's analysis (a date
 *     that could not be read, with the value as given), sentences joined by {@code "; "}; empty
 *     when nothing was
 */
public record ArticleMetadata(
    String published, String url, String outlet, List<String> authors, String warnings)
    implements Serializable {

  /** The metadata of an article that carries none: a plain-text file. */
  public static final ArticleMetadata NONE = new ArticleMetadata("", "", "", List.of(), "");

  public ArticleMetadata {
    authors = List.copyOf(authors);
  }

  /**
   * The date part of {@code published}: {@code 2019-01-04} of {@code 2019-01-04T10:22:00+01:00},
   * the date the outlet printed; empty when there is no date.
   */
  public String publishedDate() {
    return dateOf(published);
  }

  /** The date part of a {@code published} value ({@link #publishedDate}). */
  public static String dateOf(String published) {
    int time = published.indexOf('T');
    return time < 0 ? published : published.substring(0, time);
  }
}
