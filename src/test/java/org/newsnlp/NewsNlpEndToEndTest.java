package org.newsnlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.evaluate.SpeakerTableChecks;

/**
 * Runs the real entry point on {@code seeds/} and checks what issue 2 promises for the seed
 * article: its metadata, its sentence count, its quotations one row each with their speakers, the
 * speakers table of the seeds, identical bytes on a rerun, and bad files beside it ending up in
 * errors.csv without disturbing it.
 */
class NewsNlpEndToEndTest {
  static final String SEED = "000_2a0ef4d6d7bdbffd";
  @TempDir static Path tmp;
  static Path first;

  @BeforeAll
  static void runOnSeeds() {
    first = tmp.resolve("first");
    assertEquals(0, NewsNlp.run(new String[] {"--inputs=seeds/*", "--output=" + first}));
  }

  static Map<String, CSVRecord> byDocId(Path file) throws IOException {
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord r : CsvRows.read(file)) {
      rows.put(r.get("doc_id"), r);
    }
    return rows;
  }

  @Test
  void seedDocumentRowHasHeadlinePublisherAndSentenceCount() throws IOException {
    Map<String, CSVRecord> docs = byDocId(first.resolve("documents.csv"));
    assertEquals(4, docs.size(), "one row per seed file");
    CSVRecord seed = docs.get(SEED);
    assertEquals(
        "Russian President Putin, Iran’s Ayatollah Khamenei Meet to Discuss Syria",
        seed.get("headline"));
    assertEquals(
        "Russian President Putin, Iran’s Ayatollah Khamenei Meet to Discuss Syria",
        seed.get("original_headline"));
    assertEquals("WSJ", seed.get("publisher"));
    int sentences = Integer.parseInt(seed.get("sentences"));
    assertTrue(sentences >= 40 && sentences <= 50, "sentences: " + sentences);
    long seedQuotes =
        CsvRows.read(first.resolve("quotes.csv")).stream()
            .filter(q -> q.get("doc_id").equals(SEED))
            .count();
    assertEquals(Long.toString(seedQuotes), seed.get("quotes"), "quotes counts the seed's rows");
  }

  @Test
  void seedQuotationsAreOneRowEachWithTheirSpeakers() throws IOException {
    List<String> rows = new ArrayList<>();
    for (CSVRecord q : CsvRows.read(first.resolve("quotes.csv"))) {
      if (q.get("doc_id").equals(SEED)) {
        String text = q.get("quote_text");
        rows.add(
            String.join(
                " | ",
                q.get("quote_type"),
                text.substring(0, Math.min(20, text.length())),
                q.get("speaker"),
                q.get("speaker_type"),
                q.get("via")));
      }
    }
    // the five quotations and the reported statements, each once; "according to" is the speaker
    // only when no one else is named, and the outlet credited besides a speaker otherwise
    assertEquals(
        List.of(
            "indirect | the Russian presiden | Dmitry Peskov | person | ",
            "mixed | Mr. Putin’s visit as | pro-Iranian media outlets | group | ",
            "indirect | With the help of Rus | Syrian state media | organization | ",
            "direct | No one can or should | Vladimir Putin | person | ",
            "direct | This should be decid | Vladimir Putin | person | ",
            "direct | The Syrian president | Ali Khamenei | person | IRNA",
            "indirect | Russia for counterin | Ali Khamenei | person | ",
            "indirect | the U.S. of not bein | Ali Khamenei | person | ",
            "indirect | that, apart from the | Ali Khamenei | person | IRNA",
            "indirect | any closeness betwee | observers | group | ",
            "direct | They will be coopera | Nikolay Korzhanov | person | "),
        rows);
  }

  @Test
  void speakersAddUpTheAttributedRowsOfTheSeeds() throws IOException {
    assertEquals(
        List.of(
            "speaker,speaker_type,documents,quotes,direct,mixed,indirect,quoted_words,names,roles,"
                + "first_seen,last_seen",
            "Ali Khamenei,person,1,4,1,0,3,32,Ali Khamenei,supreme leader,,",
            "Anne Whitaker,person,1,3,2,0,1,29,Anne Whitaker,festival director,,",
            "Maria Delgado,person,1,2,2,0,0,18,Maria Delgado,council president,,",
            "Robert Fenn,person,1,2,1,0,1,10,Robert Fenn,Councilman,,",
            "Vladimir Putin,person,1,2,2,0,0,32,Vladimir Putin,,,",
            "Dmitry Peskov,person,1,1,0,0,1,0,Dmitry Peskov,Kremlin spokesman,,",
            "Nikolay Korzhanov,person,1,1,1,0,0,13,Nikolay Korzhanov,former Russian diplomat in Tehran,,",
            "observers,group,1,1,0,0,1,0,observers,,,",
            "organizers,group,1,1,0,0,1,0,organizers,,,",
            "pro-Iranian media outlets,group,1,1,0,1,0,9,pro-Iranian media outlets,,,",
            "Syrian state media,organization,1,1,0,0,1,0,Syrian state media,,,",
            "Tom Park,person,1,1,1,0,0,8,Tom Park,,,"),
        Files.readAllLines(first.resolve("speakers.csv"), StandardCharsets.UTF_8));
    assertEquals(List.of(), SpeakerTableChecks.check(first).problems());
  }

  @Test
  void quoteOffsetsPointAtTheQuotedWords() throws IOException {
    String text = Files.readString(Path.of("seeds", SEED + ".txt"), StandardCharsets.UTF_8);
    for (CSVRecord q : CsvRows.read(first.resolve("quotes.csv"))) {
      if (q.get("doc_id").equals(SEED)) {
        int start = Integer.parseInt(q.get("quote_start"));
        int end = Integer.parseInt(q.get("quote_end"));
        assertEquals(q.get("quote_text"), text.substring(start, end));
      }
    }
  }

  @Test
  void rerunGivesByteIdenticalTables() throws IOException {
    Path second = tmp.resolve("second");
    assertEquals(0, NewsNlp.run(new String[] {"--inputs=seeds/*", "--output=" + second}));
    for (String table : List.of("documents.csv", "quotes.csv", "speakers.csv", "errors.csv")) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(table)),
          Files.readAllBytes(second.resolve(table)),
          table);
    }
  }

  @Test
  void emptyAndBinaryFilesBesideTheSeedBecomeErrorRows() throws IOException {
    Path in = tmp.resolve("mixed-input");
    Files.createDirectories(in);
    Files.copy(Path.of("seeds", SEED + ".txt"), in.resolve(SEED + ".txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i * 31 + 7);
    }
    Files.write(in.resolve("picture.jpg"), binary);
    Path out = tmp.resolve("mixed-output");

    assertEquals(0, NewsNlp.run(new String[] {"--inputs=" + in, "--output=" + out}));

    List<CSVRecord> errors = CsvRows.read(out.resolve("errors.csv"));
    List<String> reasons = new ArrayList<>();
    for (CSVRecord e : errors) {
      reasons.add(Path.of(e.get("path")).getFileName() + ":" + e.get("reason"));
      assertTrue(!e.get("detail").isBlank());
    }
    assertEquals(List.of("empty.txt:empty_file", "picture.jpg:binary_content"), reasons);
    Map<String, CSVRecord> docs = byDocId(out.resolve("documents.csv"));
    assertEquals(List.of(SEED), List.copyOf(docs.keySet()));
    List<String> alone =
        new ArrayList<>(byDocId(first.resolve("documents.csv")).get(SEED).toList());
    List<String> mixed = new ArrayList<>(docs.get(SEED).toList());
    alone.remove(1); // the path column differs: another folder
    mixed.remove(1);
    assertEquals(alone, mixed);
  }
}
