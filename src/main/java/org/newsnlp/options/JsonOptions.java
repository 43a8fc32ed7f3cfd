package org.newsnlp.options;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.newsnlp.read.JsonFields;

/**
 * Which fields of a JSON article ({@code .json}, {@code .jsonl}, {@code .ndjson}) hold what: each a
 * comma-separated list of field names, tried in order ({@link JsonFields}).
 */
public interface JsonOptions extends PipelineOptions {
  @Description(
      "JSON field(s) holding an article's text, comma-separated, the first present wins; a JSON"
          + " article without one is an error row (no_text).")
  @Default.String(JsonFields.TEXT)
  String getTextField();

  void setTextField(String value);

  @Description("JSON field(s) holding the title, which becomes the headline.")
  @Default.String(JsonFields.TITLE)
  String getTitleField();

  void setTitleField(String value);

  @Description(
      "JSON field(s) holding the publication date (ISO 8601, RFC 1123 or seconds since 1970),"
          + " written to the published column as YYYY-MM-DD or an ISO timestamp.")
  @Default.String(JsonFields.PUBLISHED)
  String getPublishedField();

  void setPublishedField(String value);

  @Description("JSON field(s) holding the article's address (the url column).")
  @Default.String(JsonFields.URL)
  String getUrlField();

  void setUrlField(String value);

  @Description(
      "JSON field(s) holding the outlet (the outlet column); without one, the address's host.")
  @Default.String(JsonFields.OUTLET)
  String getOutletField();

  void setOutletField(String value);

  @Description("JSON field(s) holding the authors: a list of names, or one string.")
  @Default.String(JsonFields.AUTHORS)
  String getAuthorsField();

  void setAuthorsField(String value);

  @Description(
      "JSON field(s) holding an article's id: a line of a JSON Lines file is the document"
          + " <file id>/<article id>, or <file id>/<line number> without one.")
  @Default.String(JsonFields.ID)
  String getIdField();

  void setIdField(String value);
}
