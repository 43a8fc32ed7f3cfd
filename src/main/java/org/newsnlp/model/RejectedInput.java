package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * An input that could not become a document row, and why. One row of {@code errors.csv}.
 *
 * @param path the input's path relative to the input folder
 * @param stage the stage that rejected it: {@code read}, {@code annotate}, {@code quotes} or {@code
 *     statistics}
 * @param reason a stable snake_case code, e.g. {@code empty_file}, {@code binary_content}
 * @param detail a sentence a person can act on
 */
@DefaultCoder(RecordCoder.class)
public record RejectedInput(String path, String stage, String reason, String detail)
    implements Serializable {

  public static List<String> header() {
    return List.of("path", "stage", "reason", "detail");
  }

  public List<String> toCsv() {
    return List.of(path, stage, reason, detail);
  }
}
