package org.newsnlp.options;

import java.util.function.Function;
import org.newsnlp.read.JsonFields;

/**
 * The options naming the JSON fields of an article ({@link JsonOptions}), in the order {@code
 * --help} lists them: one table that the help, the option checks and the reading of the fields all
 * go through, so that an option added here is listed, checked and read alike.
 */
public enum JsonFieldOption {
  TEXT("textField", JsonOptions::getTextField),
  TITLE("titleField", JsonOptions::getTitleField),
  PUBLISHED("publishedField", JsonOptions::getPublishedField),
  URL("urlField", JsonOptions::getUrlField),
  OUTLET("outletField", JsonOptions::getOutletField),
  AUTHORS("authorsField", JsonOptions::getAuthorsField),
  ID("idField", JsonOptions::getIdField);

  private final String option;
  private final Function<JsonOptions, String> value;

  JsonFieldOption(String option, Function<JsonOptions, String> value) {
    this.option = option;
    this.value = value;
  }

  /** The option's name without its dashes, e.g. {@code textField}. */
  public String option() {
    return option;
  }

  /** The comma-separated field names {@code options} give for this option. */
  public String valueIn(JsonOptions options) {
    return value.apply(options);
  }

  /** The JSON fields {@code options} name ({@link OptionChecks} checks that each names one). */
  public static JsonFields fieldsOf(JsonOptions options) {
    return JsonFields.of(
        TITLE.valueIn(options),
        TEXT.valueIn(options),
        PUBLISHED.valueIn(options),
        URL.valueIn(options),
        OUTLET.valueIn(options),
        AUTHORS.valueIn(options),
        ID.valueIn(options));
  }
}
