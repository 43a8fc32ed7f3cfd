package org.newsnlp.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.newsnlp.read.JsonFields;

/**
 * Protects the one table of JSON field options: it holds every option of {@link JsonOptions}, reads
 * each from its own getter, gives the defaults news-please's fields, and is what {@code --help}
 * lists and the option checks name.
 */
class JsonFieldOptionTest {
  @Test
  void theTableHoldsEveryJsonFieldOptionReadFromItsOwnGetter() {
    List<String> getters =
        Arrays.stream(JsonOptions.class.getDeclaredMethods())
            .map(Method::getName)
            .filter(name -> name.startsWith("get"))
            .map(name -> Introspector.decapitalize(name.substring(3)))
            .sorted()
            .toList();
    assertEquals(
        getters,
        Arrays.stream(JsonFieldOption.values()).map(JsonFieldOption::option).sorted().toList());
    JsonOptions options =
        PipelineOptionsFactory.fromArgs(
                "--textField=t",
                "--titleField=h",
                "--publishedField=p",
                "--urlField=u",
                "--outletField=o",
                "--authorsField=a",
                "--idField=i")
            .as(JsonOptions.class);
    assertEquals(
        List.of("t", "h", "p", "u", "o", "a", "i"),
        Arrays.stream(JsonFieldOption.values()).map(f -> f.valueIn(options)).toList());
    assertEquals(
        new JsonFields(
            List.of("h"),
            List.of("t"),
            List.of("p"),
            List.of("u"),
            List.of("o"),
            List.of("a"),
            List.of("i")),
        JsonFieldOption.fieldsOf(options));
    assertEquals(
        JsonFields.DEFAULT,
        JsonFieldOption.fieldsOf(PipelineOptionsFactory.create().as(JsonOptions.class)));
  }

  @Test
  void theHelpListsThemInTheTablesOrderAndTheChecksNameEach() {
    String help = Help.usage();
    int previous = -1;
    for (JsonFieldOption field : JsonFieldOption.values()) {
      int at = help.indexOf("--" + field.option());
      assertTrue(at > previous, field.option() + " listed after the one before it");
      previous = at;
    }
    NewsNlpOptions options =
        PipelineOptionsFactory.fromArgs("--urlField= , ", "--idField=")
            .withoutStrictParsing()
            .as(NewsNlpOptions.class);
    List<String> problems =
        OptionChecks.problems(options).stream().filter(p -> p.contains("JSON field")).toList();
    assertEquals(
        List.of(
            "--urlField names no JSON field: give one or more field names, comma-separated",
            "--idField names no JSON field: give one or more field names, comma-separated"),
        problems);
  }
}
