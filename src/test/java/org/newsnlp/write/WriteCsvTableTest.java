package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.TestPipelines;

/**
 * Protects the table format (header, RFC 4180 quoting, CRLF, sorted rows, header only when empty)
 * and the sharded mode's promises (a row's file depends on its key alone, the same in every JVM;
 * every shard is written, sorted, with its header; a one-file table stays one), with the same
 * settings honoured in both modes.
 */
class WriteCsvTableTest {
  @TempDir Path dir;

  /** Rows "key|value", sorted and sharded by key. */
  static final CsvTable<String> PAIRS =
      new CsvTable<>(
          "t.csv",
          List.of("key", "value"),
          s -> List.of(s.split("\\|")[0], s.split("\\|")[1]),
          s -> s.split("\\|")[0],
          s -> s.split("\\|")[0]);

  static final CsvTable<String> IDS =
      new CsvTable<>("t.csv", List.of("id"), s -> List.of(s), s -> s, s -> s);

  void write(List<String> rows, WriteCsvTable<String> write) {
    Pipeline p = TestPipelines.withChecks();
    p.apply(Create.of(rows).withCoder(StringUtf8Coder.of())).apply(write);
    p.run().waitUntilFinish();
  }

  @Test
  void rowsAreSortedQuotedAndCrlfTerminated() throws IOException {
    write(
        List.of("b|two, with comma", "a|say \"hi\"", "c|line\nbreak"),
        WriteCsvTable.of(PAIRS).to(dir.toString()));
    assertEquals(
        "key,value\r\na,\"say \"\"hi\"\"\"\r\nb,\"two, with comma\"\r\nc,\"line\nbreak\"\r\n",
        Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("t.csv"),
          files.map(f -> f.getFileName().toString()).toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void emptyCollectionGivesHeaderOnly() throws IOException {
    Pipeline p = TestPipelines.withChecks();
    p.apply(Create.empty(StringUtf8Coder.of())).apply(WriteCsvTable.of(PAIRS).to(dir.toString()));
    p.run().waitUntilFinish();
    assertEquals("key,value\r\n", Files.readString(dir.resolve("t.csv")));
  }

  @Test
  void aKeysShardIsFixedAcrossJvms() {
    // FNV-1a of the UTF-8 bytes: fixed values, not String.hashCode or anything seeded per JVM.
    assertEquals(0, CsvTable.shardOf("", 1));
    assertEquals(
        List.of(0, 1, 1, 0),
        List.of(
            CsvTable.shardOf("bbc/bbc-business-001", 3),
            CsvTable.shardOf("reuters-00001", 3),
            CsvTable.shardOf("wikinews-2019-001", 3),
            CsvTable.shardOf("caf\u00e9", 3)));
    assertEquals("t-00001-of-00004.csv", IDS.shardName(1, 4));
  }

  @Test
  void everyShardIsWrittenSortedWithItsHeader() throws IOException {
    List<String> ids = List.of("d", "b", "a", "c", "b");
    write(ids, WriteCsvTable.of(IDS).to(dir.toString()).withShards(5));
    int rows = 0;
    for (int i = 0; i < 5; i++) {
      List<String> lines = Files.readAllLines(dir.resolve(IDS.shardName(i, 5)));
      assertEquals("id", lines.get(0));
      List<String> body = lines.subList(1, lines.size());
      assertEquals(body.stream().sorted().toList(), body, "shard " + i + " is sorted");
      for (String id : body) {
        assertEquals(i, CsvTable.shardOf(id, 5), id + " is in its own shard");
      }
      rows += body.size();
    }
    assertEquals(ids.size(), rows, "no row lost or doubled");
  }

  @Test
  void aOneFileTableStaysOneFileWhenShardsAreAskedFor() throws IOException {
    CsvTable<String> summary = CsvTable.oneFile("s.csv", List.of("id"), s -> List.of(s), s -> s);
    WriteCsvTable<String> write = WriteCsvTable.of(summary).to(dir.toString()).withShards(3);
    assertEquals(List.of("s.csv"), write.fileNames());
    write(List.of("c", "a", "b"), write);
    assertEquals("id\r\na\r\nb\r\nc\r\n", Files.readString(dir.resolve("s.csv")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("s.csv"), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void theByteOrderMarkStartsEveryFileWithOrWithoutShards() throws IOException {
    List<String> rows = List.of("b|2", "a|1", "c|3");
    Path single = dir.resolve("single");
    Path sharded = dir.resolve("sharded");
    write(rows, WriteCsvTable.of(PAIRS).to(single.toString()).withExcelBom(true));
    write(rows, WriteCsvTable.of(PAIRS).to(sharded.toString()).withShards(2).withExcelBom(true));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertEquals(
        "\uFEFFkey,value\r\na,1\r\nb,2\r\nc,3\r\n",
        Files.readString(single.resolve("t.csv"), StandardCharsets.UTF_8));
    List<String> shardRows = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      byte[] bytes = Files.readAllBytes(sharded.resolve(PAIRS.shardName(i, 2)));
      assertArrayEquals(
          bom, java.util.Arrays.copyOf(bytes, 3), "shard " + i + " starts with a BOM");
      List<String> lines = List.of(new String(bytes, StandardCharsets.UTF_8).split("\r\n"));
      assertEquals("\uFEFFkey,value", lines.get(0));
      shardRows.addAll(lines.subList(1, lines.size()));
    }
    assertEquals(List.of("a,1", "b,2", "c,3"), shardRows.stream().sorted().toList());
  }
}
