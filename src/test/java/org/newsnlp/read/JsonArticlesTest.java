package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.model.Article;
import org.newsnlp.model.ArticleMetadata;

/**
 * Protects how a JSON object becomes an article: news-please's field names and their aliases, in
 * order of preference; the text as the plain-text file {@code title⏎⏎text} would give it; the
 * metadata columns; and error rows with a reason for what is no article.
 */
class JsonArticlesTest {
  private static final JsonArticles DEFAULT = new JsonArticles(JsonFields.DEFAULT);

  private static JsonArticles.Parsed parse(JsonArticles parser, String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return parser.parse(bytes, 0, bytes.length);
  }

  private static JsonArticles.JsonArticle article(String json) {
    JsonArticles.Parsed parsed = parse(DEFAULT, json);
    assertTrue(parsed.ok(), () -> parsed.reason() + ": " + parsed.problem());
    return parsed.article();
  }

  @Test
  void newsPleaseFieldsAreRead() {
    JsonArticles.JsonArticle a =
        article(
            "{\"authors\": [\"Jo Park\", \" Sam Reed \"], \"date_download\": \"2024-05-07"
                + " 01:00:00\", \"date_publish\": \"2024-05-06 09:30:00\", \"description\": \"A"
                + " teaser.\", \"image_url\": null, \"language\": \"en\", \"maintext\": \"Body"
                + " one.\\n\\nBody two.\", \"source_domain\": \"example-news.org\", \"title\":"
                + " \"Harbor Plan Backed\", \"url\": \"https://www.example-news.org/harbor\","
                + " \"extra\": {\"nested\": [1, {\"deep\": true}]}}");
    assertEquals("Harbor Plan Backed", a.title());
    assertEquals("Body one.\n\nBody two.", a.text());
    assertEquals("2024-05-06 09:30:00", a.published());
    assertEquals("date_publish", a.publishedField());
    assertEquals("https://www.example-news.org/harbor", a.url());
    assertEquals("example-news.org", a.outlet());
    assertEquals(List.of("Jo Park", "Sam Reed"), a.authors());
    assertNull(a.id());
    assertEquals(
        new ArticleMetadata(
            "2024-05-06T09:30:00",
            "https://www.example-news.org/harbor",
            "example-news.org",
            List.of("Jo Park", "Sam Reed"),
            ""),
        JsonArticles.metadata(a));
  }

  @Test
  void aliasesAreTakenInOrderOfPreferenceWhateverTheirOrderInTheObject() {
    JsonArticles.JsonArticle a =
        article(
            "{\"content\": \"C\", \"body\": \"B\", \"text\": \"T\", \"maintext\": null,"
                + " \"headline\": \"H\", \"date\": \"2020-01-02\", \"published\": \"2020-01-01\","
                + " \"source\": \"S\", \"outlet\": \"O\", \"id\": 42, \"authors\": \"One Author\"}");
    assertEquals("T", a.text());
    assertEquals("H", a.title());
    assertEquals("2020-01-01", a.published());
    assertEquals("O", a.outlet());
    assertEquals("42", a.id());
    assertEquals(List.of("One Author"), a.authors());
  }

  @Test
  void blankValuesCountAsMissingAndTheNextNameIsTried() {
    JsonArticles.JsonArticle a =
        article("{\"maintext\": \"  \", \"text\": \"Real text.\", \"title\": \"\", \"id\": \" \"}");
    assertEquals("Real text.", a.text());
    assertNull(a.title());
    assertNull(a.id());
  }

  @Test
  void aJobFileCanNameOtherFields() {
    JsonArticles parser =
        new JsonArticles(
            JsonFields.of("heading", "article_body", "pubDate", "link", "site", "byline", "guid"));
    JsonArticles.Parsed parsed =
        parse(
            parser,
            "{\"heading\": \"H\", \"article_body\": \"Text.\", \"maintext\": \"not this\","
                + " \"pubDate\": \"Fri, 4 Jan 2019 10:22:00 GMT\", \"link\": \"http://a.example/x\","
                + " \"site\": \"A\", \"byline\": [\"X\"], \"guid\": \"g-1\"}");
    JsonArticles.JsonArticle a = parsed.article();
    assertEquals("Text.", a.text());
    assertEquals("g-1", a.id());
    assertEquals("2019-01-04T10:22:00Z", JsonArticles.metadata(a).published());
  }

  @Test
  void theTextIsTheTitleABlankLineAndTheTextLaidOutAsAPlainTextFileIs() {
    String text = "The council met on Monday.\n\nIt agreed a budget.\n\nWork starts soon.\n";
    Article json =
        JsonArticles.article(
            "d",
            "d.json",
            100,
            article(
                "{\"title\": \" Council\\n  Agrees Budget \", \"maintext\": "
                    + quoted(text)
                    + "}"));
    String file = "Council Agrees Budget\n\n" + text;
    assertEquals(file, json.text());
    assertEquals(LayoutReader.read(file), json.layout());
    assertEquals("Council Agrees Budget", json.layout().headline());
    assertEquals("UTF-8", json.encoding());
  }

  @Test
  void spacingInsideATitleLineIsKeptAsATextFileKeepsIt() {
    String text = "The union spoke.\n\nIt said more.\n\nThen it left.\n";
    Article json =
        JsonArticles.article(
            "d",
            "d.json",
            100,
            article("{\"title\": \"Job cuts  - union\", \"text\": " + quoted(text) + "}"));
    assertEquals("Job cuts  - union\n\n" + text, json.text());
    assertEquals("Job cuts  - union", json.layout().headline());
  }

  @Test
  void aTextThatOpensWithItsTitleIsNotGivenItTwice() {
    String text = "Council Agrees Budget\n\nThe council met.\n\nIt agreed.\n";
    Article json =
        JsonArticles.article(
            "d",
            "d.json",
            1,
            article("{\"title\": \"council agrees budget\", \"text\": " + quoted(text) + "}"));
    assertEquals(text, json.text());
    assertEquals("Council Agrees Budget", json.layout().headline());
  }

  @Test
  void withoutATitleTheTextIsReadAlone() {
    String text = "Just a body.\n\nAnd more.";
    Article json =
        JsonArticles.article("d", "d.json", 1, article("{\"text\": " + quoted(text) + "}"));
    assertEquals(text, json.text());
    assertFalse(json.layout().hasHeadline());
  }

  @Test
  void anOutletIsTheHostOfTheAddressWhenNoneIsGiven() {
    assertEquals("example.org", JsonArticles.host("https://WWW.Example.org/a/b?c=d"));
    assertEquals("news.example.org", JsonArticles.host("http://news.example.org"));
    assertEquals("", JsonArticles.host("not a url"));
    assertEquals("", JsonArticles.host(""));
    assertEquals(
        "wire.example",
        JsonArticles.metadata(article("{\"text\": \"x\", \"url\": \"https://wire.example/1\"}"))
            .outlet());
  }

  @Test
  void aDateThatCannotBeReadIsLeftEmptyAndKeptAsGivenInTheWarnings() {
    assertEquals(
        new ArticleMetadata(
            "",
            "",
            "",
            List.of(),
            "date_publish \"last Tuesday\" is not a date newsnlp reads (ISO 8601, RFC 1123 or"
                + " seconds since 1970); published is left empty"),
        JsonArticles.metadata(article("{\"text\": \"x\", \"date_publish\": \"last Tuesday\"}")));
    assertEquals(
        "date holds an object, not a date; published is left empty",
        JsonArticles.metadata(article("{\"text\": \"x\", \"date\": {\"$date\": 1}}")).warnings());
    assertEquals(
        "2020-01-01",
        JsonArticles.metadata(
                article("{\"text\": \"x\", \"date_publish\": [1], \"date\": \"2020-01-01\"}"))
            .published());
  }

  @Test
  void whatIsNoArticleHasAReasonAndAProblemToAct() {
    assertBad("not json at all", "invalid_json", "is not valid JSON (Unrecognized token 'not'");
    assertBad("{\"text\": \"a\"", "invalid_json", "is not valid JSON (Unexpected end-of-input");
    assertBad("[{\"text\": \"a\"}]", "invalid_json", "holds an array, not a JSON object");
    assertBad("\"text\"", "invalid_json", "holds a string, not a JSON object");
    assertBad("", "invalid_json", "holds no JSON value");
    assertBad("{\"text\": \"a\"} {\"text\": \"b\"}", "invalid_json", "holds more than one");
    assertBad(
        "{\"title\": \"T\", \"text\": {\"p\": \"x\"}, \"id\": 3}",
        "no_text",
        "has no article text: none of the fields maintext, text, body, content holds text (its"
            + " fields: title, text, id); --textField names the field that does");
    assertBad("{\"maintext\": null, \"title\": \"Only a title\"}", "no_text", "has no article");
  }

  private static void assertBad(String json, String reason, String problemStart) {
    JsonArticles.Parsed parsed = parse(DEFAULT, json);
    assertFalse(parsed.ok(), json);
    assertEquals(reason, parsed.reason(), json);
    assertTrue(
        parsed.problem().startsWith(problemStart), () -> json + " gave: " + parsed.problem());
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
