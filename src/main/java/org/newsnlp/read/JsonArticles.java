package org.newsnlp.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsnlp.model.Article;
import org.newsnlp.model.ArticleMetadata;
import org.newsnlp.model.Span;

/**
 * Reads one JSON object as an article, with Jackson's streaming parser: the fields {@link
 * JsonFields} names are kept, every other value is skipped without being built.
 *
 * <p>An article is read as the plain-text file holding its title, a blank line and its text would
 * be: that is its text (offsets point into it), laid out by {@link LayoutReader}, so that a {@code
 * .txt} article and the same article as JSON give the same rows. The title is the headline on the
 * text reader's terms: a line of at most 30 words above at least two paragraphs. A line break in
 * the title, with the white space around it, becomes one space, so that the title stays one line
 * and is otherwise as given (as a text file's headline is); a text whose first paragraph repeats
 * the title is read alone; an article without a title is its text alone. {@code description} and
 * {@code language} are not read: the description is a teaser that the text often repeats, and the
 * language is detected from the text, as for every article.
 *
 * <p>Problems that make an object no article are {@link #INVALID_JSON} (not JSON, not an object,
 * more than one value) and {@link #NO_TEXT} (no text field holding text). A date that cannot be
 * read does not stop the article: {@code published} is left empty and the value as given goes to
 * {@link ArticleMetadata#warnings()}.
 */
public final class JsonArticles {
  public static final String INVALID_JSON = "invalid_json";
  public static final String NO_TEXT = "no_text";

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

  /** Where Jackson's messages name their source, which here is always the line or file at hand. */
  private static final Pattern SOURCE =
      Pattern.compile("\\[Source: [^\\]]*?; line: \\d+, column: (\\d+)\\]");

  /** The names listed in an error row when an object has no text field. */
  private static final int NAMES_SHOWN = 12;

  /**
   * What one JSON object gave; a part it did not give is null ({@code authors}: empty).
   *
   * @param published the date as given (a string or a number), or what the date field held instead
   *     ({@code an object}, {@code an array}) when {@code publishedIsValue} is false
   * @param publishedField the field the date came from, for the warning when it is not a date
   */
  public record JsonArticle(
      String id,
      String title,
      String text,
      String published,
      String publishedField,
      boolean publishedIsValue,
      String url,
      String outlet,
      List<String> authors) {}

  /** The outcome: either {@code article} is set, or {@code reason} and {@code problem}. */
  public record Parsed(JsonArticle article, String reason, String problem) {
    public boolean ok() {
      return article != null;
    }

    static Parsed bad(String reason, String problem) {
      return new Parsed(null, reason, problem);
    }
  }

  private enum Part {
    TITLE,
    TEXT,
    PUBLISHED,
    URL,
    OUTLET,
    AUTHORS,
    ID
  }

  /** A field name's part and its rank among the part's names (0 first). */
  private record Slot(Part part, int rank) {}

  /** A value that is an object or an array where a string was wanted. */
  private record Structure(String kind) {}

  private final JsonFields fields;
  private final Map<String, List<Slot>> slots = new HashMap<>();

  public JsonArticles(JsonFields fields) {
    this.fields = fields;
    add(Part.TITLE, fields.title());
    add(Part.TEXT, fields.text());
    add(Part.PUBLISHED, fields.published());
    add(Part.URL, fields.url());
    add(Part.OUTLET, fields.outlet());
    add(Part.AUTHORS, fields.authors());
    add(Part.ID, fields.id());
  }

  private void add(Part part, List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      slots.computeIfAbsent(names.get(i), n -> new ArrayList<>()).add(new Slot(part, i));
    }
  }

  /**
   * The article in {@code length} bytes of UTF-8 JSON from {@code offset}, or why there is none
   * ({@code problem} completes a sentence whose subject is the line or file: "is not valid JSON
   * (…)").
   */
  public Parsed parse(byte[] bytes, int offset, int length) {
    Map<Part, Object> values = new EnumMap<>(Part.class);
    Map<Part, Integer> ranks = new EnumMap<>(Part.class);
    Map<Part, String> names = new EnumMap<>(Part.class);
    List<String> seen = new ArrayList<>();
    try (JsonParser p = JSON.createParser(bytes, offset, length)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        return Parsed.bad(
            INVALID_JSON,
            first == null ? "holds no JSON value" : "holds " + kind(first) + ", not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (seen.size() < NAMES_SHOWN) {
          seen.add(name);
        }
        JsonToken token = p.nextToken();
        List<Slot> wanted = slots.get(name);
        if (wanted == null) {
          p.skipChildren();
          continue;
        }
        Object value = value(p, token);
        for (Slot slot : wanted) {
          Object v = fit(slot.part(), value);
          Integer rank = ranks.get(slot.part());
          // A structure where a date belongs is remembered only while no name gives a date.
          int effective = v instanceof Structure ? slot.rank() + 1_000 : slot.rank();
          if (v != null && (rank == null || effective <= rank)) {
            values.put(slot.part(), v);
            ranks.put(slot.part(), effective);
            names.put(slot.part(), name);
          }
        }
      }
      if (p.nextToken() != null) {
        return Parsed.bad(INVALID_JSON, "holds more than one JSON value");
      }
    } catch (JsonProcessingException e) {
      return Parsed.bad(
          INVALID_JSON,
          "is not valid JSON ("
              + SOURCE.matcher(e.getOriginalMessage()).replaceAll("column $1")
              + " at column "
              + e.getLocation().getColumnNr()
              + ")");
    } catch (IOException e) {
      return Parsed.bad(INVALID_JSON, "could not be read as JSON (" + e.getMessage() + ")");
    }
    if (!(values.get(Part.TEXT) instanceof String text)) {
      return Parsed.bad(
          NO_TEXT,
          "has no article text: none of the fields "
              + String.join(", ", fields.text())
              + " holds text (its fields: "
              + String.join(", ", seen)
              + (seen.size() == NAMES_SHOWN ? ", …" : "")
              + "); --textField names the field that does");
    }
    Object published = values.get(Part.PUBLISHED);
    @SuppressWarnings("unchecked")
    List<String> authors = (List<String>) values.getOrDefault(Part.AUTHORS, List.of());
    return new Parsed(
        new JsonArticle(
            values.get(Part.ID) instanceof String id ? id.replaceAll("\\s+", " ") : null,
            (String) values.get(Part.TITLE),
            text,
            published instanceof Structure s ? s.kind() : (String) published,
            names.get(Part.PUBLISHED),
            !(published instanceof Structure),
            (String) values.get(Part.URL),
            (String) values.get(Part.OUTLET),
            authors),
        null,
        null);
  }

  /**
   * The current value: a string for a string or a number, a list of strings for an array (its
   * strings, trimmed), a {@link Structure} for an object, null for null, a boolean or a blank
   * string.
   */
  private static Object value(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        String s = p.getText();
        return s.isBlank() ? null : s;
      }
      case START_ARRAY -> {
        List<String> strings = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          if (t == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
            strings.add(p.getText().strip());
          } else {
            p.skipChildren();
          }
        }
        return strings;
      }
      case START_OBJECT -> {
        p.skipChildren();
        return new Structure("an object");
      }
      default -> {
        return null;
      }
    }
  }

  /** {@code value} as the part wants it, or null when it does not fit. */
  private static Object fit(Part part, Object value) {
    if (part == Part.AUTHORS) {
      if (value instanceof String s) {
        return List.of(s.strip());
      }
      return value instanceof List<?> l && !l.isEmpty() ? value : null;
    }
    if (part == Part.PUBLISHED && value instanceof List<?>) {
      return new Structure("an array");
    }
    if (part == Part.PUBLISHED && value instanceof Structure) {
      return value;
    }
    if (!(value instanceof String s)) {
      return null;
    }
    // The text stays as given, so that offsets match the text's own; other parts are trimmed.
    return part == Part.TEXT ? s : s.strip();
  }

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "something else";
    };
  }

  /**
   * The article {@code json} gave, as document {@code docId} at {@code path}: its text as the class
   * comment says, its date read ({@link PublishedDates}), its outlet the host of its address when
   * it names none.
   */
  public static Article article(String docId, String path, long sizeBytes, JsonArticle json) {
    String text = text(json);
    return new Article(
        docId, path, text, "UTF-8", sizeBytes, LayoutReader.read(text), metadata(json));
  }

  /** The title, a blank line and the text; the text alone when it starts with the title. */
  static String text(JsonArticle json) {
    String title = json.title() == null ? "" : json.title().strip().replaceAll("\\s*\\R\\s*", " ");
    String body = json.text();
    if (title.isEmpty()) {
      return body;
    }
    List<Span> paragraphs = LayoutReader.paragraphs(body);
    if (!paragraphs.isEmpty() && LayoutReader.sameHeadline(paragraphs.get(0).of(body), title)) {
      return body;
    }
    return title + "\n\n" + body;
  }

  static ArticleMetadata metadata(JsonArticle json) {
    String published = "";
    String warnings = "";
    if (json.published() != null && !json.publishedIsValue()) {
      warnings =
          json.publishedField()
              + " holds "
              + json.published()
              + ", not a date; published is left empty";
    } else if (json.published() != null) {
      Optional<String> date = PublishedDates.normalise(json.published());
      if (date.isPresent()) {
        published = date.get();
      } else {
        warnings =
            json.publishedField()
                + " \""
                + json.published()
                + "\" is not a date newsnlp reads (ISO 8601, RFC 1123 or seconds since 1970);"
                + " published is left empty";
      }
    }
    String url = json.url() == null ? "" : json.url();
    String outlet = json.outlet() != null ? json.outlet() : host(url);
    return new ArticleMetadata(published, url, outlet, json.authors(), warnings);
  }

  /** The host of {@code url} without {@code www.}, lower-cased; empty when there is none. */
  static String host(String url) {
    if (url.isEmpty()) {
      return "";
    }
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return "";
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
