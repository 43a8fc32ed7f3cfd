package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protects the naming of documents: ids are relative paths without extension, unique within a run
 * (colliding files keep their whole names, whatever order they come in), hidden files and folders
 * are not read, and paths are relative to the input folder.
 */
class DocIdsTest {
  @TempDir Path dir;

  @Test
  void aJsonLinesFileWhoseIdIsAnotherDocumentsFolderKeepsItsWholeName() {
    // news.jsonl's articles would be news/<id>, and news/a.txt is news/a.
    assertEquals(
        Map.of(
            "news.jsonl", "news.jsonl",
            "news/a.txt", "news/a",
            "wire.ndjson.gz", "wire.ndjson.gz",
            "wire.txt", "wire.txt"),
        DocIds.assign(List.of("news.jsonl", "news/a.txt", "wire.ndjson.gz", "wire.txt")));
    assertEquals(
        Map.of("feed.jsonl", "feed", "feeds/a.txt", "feeds/a"),
        DocIds.assign(List.of("feed.jsonl", "feeds/a.txt")));
  }

  @Test
  void anIdIsThePathRelativeToTheInputFolderWithoutItsExtension() {
    assertEquals(
        Map.of(
            "bbc/business-001.txt", "bbc/business-001",
            "000_2a0ef4d6d7bdbffd.txt", "000_2a0ef4d6d7bdbffd",
            "noext", "noext",
            "old/story.html.gz", "old/story",
            "v1.2/notes", "v1.2/notes"),
        DocIds.assign(
            List.of(
                "bbc/business-001.txt",
                "000_2a0ef4d6d7bdbffd.txt",
                "noext",
                "old/story.html.gz",
                "v1.2/notes")));
  }

  @Test
  void filesThatWouldShareAnIdKeepTheirWholeNamesInAnyOrder() {
    Map<String, String> expected =
        Map.of(
            "story.txt", "story.txt",
            "story.md", "story.md",
            "story.txt.gz", "story.txt.gz",
            "sub/story.txt", "sub/story",
            "other.txt", "other");
    assertEquals(
        expected,
        DocIds.assign(
            List.of("story.txt", "story.md", "story.txt.gz", "sub/story.txt", "other.txt")));
    assertEquals(
        expected,
        DocIds.assign(
            List.of("sub/story.txt", "other.txt", "story.txt.gz", "story.md", "story.txt")));
  }

  @Test
  void aWholeNameMeetingAnotherFilesShortIdLengthensThatOneToo() {
    // x.txt and x.md collide on "x" and keep their names; "x.txt" is then also x.txt.md's short
    // id, so x.txt.md keeps its whole name as well.
    assertEquals(
        Map.of("x.txt", "x.txt", "x.md", "x.md", "x.txt.md", "x.txt.md"),
        DocIds.assign(List.of("x.txt.md", "x.txt", "x.md")));
  }

  @Test
  void hiddenFilesAndFoldersAreNotMatchedAndPathsAreRelative() throws IOException {
    Files.createDirectories(dir.resolve("news/sub"));
    Files.createDirectories(dir.resolve("news/.git"));
    for (String name :
        List.of("news/a.txt", "news/sub/b.txt", "news/.DS_Store", "news/.git/config")) {
      Files.writeString(dir.resolve(name), "x");
    }
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    InputFiles inputs = InputFiles.of(dir.resolve("news") + "/**");
    assertEquals(dir.resolve("news").toAbsolutePath() + "/", inputs.folder());
    assertEquals(
        List.of("a.txt|a", "sub/b.txt|sub/b"),
        inputs.match().stream().map(m -> m.path() + "|" + m.docId()).toList());
    assertEquals(
        List.of("a.txt"),
        InputFiles.of(dir.resolve("news").toString()).match().stream()
            .map(InputFiles.Matched::path)
            .toList(),
        "a folder means the files in it");
    assertTrue(InputFiles.isHidden(".DS_Store"));
    assertTrue(InputFiles.isHidden("2026/.cache/x.txt"));
    assertFalse(InputFiles.isHidden("2026/v1.0/x.txt"));
  }
}
