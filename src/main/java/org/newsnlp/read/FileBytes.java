package org.newsnlp.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/** Reads a whole file through Beam's file systems, so that any scheme Beam knows works. */
final class FileBytes {
  private FileBytes() {}

  static byte[] read(ResourceId file) throws IOException {
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return in.readAllBytes();
    }
  }
}
