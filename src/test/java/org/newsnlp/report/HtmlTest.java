package org.newsnlp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text from the inputs stays text in the page: in elements, attributes and inlined JSON. */
class HtmlTest {
  @Test
  void textEscapesEveryCharacterThatStartsMarkupOrEndsAnAttribute() {
    assertEquals(
        "&lt;b id=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;",
        Html.text("<b id=\"x\">Tom & Jerry's</b>"));
    assertEquals("Caf\u00e9 \u2014 plain", Html.text("Caf\u00e9 \u2014 plain"));
  }

  @Test
  void scriptJsonCannotCloseTheScriptOrOpenACommentAndMeansTheSame() throws Exception {
    String hostile = "</script><script>alert(1)</script><!-- \u2028\u2029 & done";
    String json = new ObjectMapper().writeValueAsString(Map.of("speaker", hostile));
    String safe = Html.scriptJson(json);
    assertEquals(
        "{\"speaker\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"
            + "\\u003c!-- \\u2028\\u2029 \\u0026 done\"}",
        safe);
    assertEquals(hostile, new ObjectMapper().readTree(safe).get("speaker").asText());
  }
}
