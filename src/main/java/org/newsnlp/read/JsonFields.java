package org.newsnlp.read;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON fields an article's parts are read from. Each part has a list of field names, tried in
 * order: the first that holds a value (not null, not blank) gives the part. The defaults are
 * news-please's field names followed by common aliases; a job file or the command line replaces a
 * list ({@code textField=article_body}) for another layout.
 *
 * @param title the headline
 * @param text the article's text (required: an object without it is an error row)
 * @param published the publication date ({@link PublishedDates})
 * @param url the article's address
 * @param outlet the outlet (without it, the host of the address)
 * @param authors the authors: a list of strings, or one string
 * @param id the article's id, which names its document in a JSON Lines file
 */
public record JsonFields(
    List<String> title,
    List<String> text,
    List<String> published,
    List<String> url,
    List<String> outlet,
    List<String> authors,
    List<String> id)
    implements Serializable {
  public static final String TITLE = "title,headline";
  public static final String TEXT = "maintext,text,body,content";
  public static final String PUBLISHED = "date_publish,published,date";
  public static final String URL = "url";
  public static final String OUTLET = "source_domain,outlet,source";
  public static final String AUTHORS = "authors";
  public static final String ID = "id";

  /** news-please's field names and the common aliases. */
  public static final JsonFields DEFAULT = of(TITLE, TEXT, PUBLISHED, URL, OUTLET, AUTHORS, ID);

  public JsonFields {
    title = List.copyOf(title);
    text = List.copyOf(text);
    published = List.copyOf(published);
    url = List.copyOf(url);
    outlet = List.copyOf(outlet);
    authors = List.copyOf(authors);
    id = List.copyOf(id);
  }

  /** The fields from comma-separated lists of names, as the options give them. */
  public static JsonFields of(
      String title,
      String text,
      String published,
      String url,
      String outlet,
      String authors,
      String id) {
    return new JsonFields(
        names(title),
        names(text),
        names(published),
        names(url),
        names(outlet),
        names(authors),
        names(id));
  }

  /** {@code [maintext, text]} for {@code "maintext, text"}; empty names are dropped. */
  public static List<String> names(String commaSeparated) {
    List<String> names = new ArrayList<>();
    for (String name : commaSeparated.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }
}
