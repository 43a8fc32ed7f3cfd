package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Protects the sharded mode's promises: a row's file depends on its key alone (the same in every
 * JVM), every shard file is written even when empty, and each file is sorted with its header.
 */
class WriteCsvShardsTest {
  @TempDir Path dir;

  @Test
  void aKeysShardIsFixedAcrossJvms() {
    // FNV-1a of the UTF-8 bytes: fixed values, not String.hashCode or anything seeded per JVM.
    assertEquals(0, WriteCsvShards.shardOf("", 1));
    assertEquals(
        List.of(0, 1, 1, 0),
        List.of(
            WriteCsvShards.shardOf("bbc/bbc-business-001", 3),
            WriteCsvShards.shardOf("reuters-00001", 3),
            WriteCsvShards.shardOf("wikinews-2019-001", 3),
            WriteCsvShards.shardOf("caf\u00e9", 3)));
    assertEquals("quotes-00001-of-00004.csv", WriteCsvShards.shardName("quotes", 1, 4));
  }

  @Test
  void everyShardIsWrittenSortedWithItsHeader() throws IOException {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setEnforceImmutability(true);
    options.setEnforceEncodability(true);
    Pipeline p = Pipeline.create(options);
    List<String> ids = List.of("d", "b", "a", "c", "b");
    p.apply(Create.of(ids))
        .apply(
            WriteCsvShards.<String>of(
                dir.toString(), "t.csv", 5, List.of("id"), s -> List.of(s), s -> s, s -> s));
    p.run().waitUntilFinish();

    int rows = 0;
    for (int i = 0; i < 5; i++) {
      List<String> lines = Files.readAllLines(dir.resolve(WriteCsvShards.shardName("t", i, 5)));
      assertEquals("id", lines.get(0));
      List<String> body = lines.subList(1, lines.size());
      assertEquals(body.stream().sorted().toList(), body, "shard " + i + " is sorted");
      for (String id : body) {
        assertEquals(i, WriteCsvShards.shardOf(id, 5), id + " is in its own shard");
      }
      rows += body.size();
    }
    assertEquals(ids.size(), rows, "no row lost or doubled");
  }
}
