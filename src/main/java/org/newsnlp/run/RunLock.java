package org.newsnlp.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Stops two runs of the same job and date from working at once. The lock is an operating-system
 * lock on a file, so it is released when its process ends in any way, {@code kill -9} included; the
 * file itself stays, holding who took the lock last, and is emptied on a clean release. A run that
 * finds the file unlocked but not empty knows the previous holder died, and says so.
 */
public final class RunLock implements AutoCloseable {

  /** Another live process holds the lock. */
  public static final class HeldException extends Exception {
    HeldException(String message) {
      super(message);
    }
  }

  private final FileChannel channel;
  private final FileLock lock;
  private final String staleHolder;

  private RunLock(FileChannel channel, FileLock lock, String staleHolder) {
    this.channel = channel;
    this.lock = lock;
    this.staleHolder = staleHolder;
  }

  public static RunLock acquire(Path file) throws IOException, HeldException {
    Files.createDirectories(file.getParent());
    FileChannel channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very JVM
    }
    String holder = read(channel);
    if (lock == null) {
      channel.close();
      throw new HeldException(
          "another run holds the lock "
              + file
              + " ("
              + (holder.isEmpty() ? "unknown" : holder)
              + "); wait for it to finish");
    }
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
    return new RunLock(channel, lock, holder.isEmpty() ? null : holder);
  }

  /** Who held the lock before and died without releasing it, or null. */
  public String staleHolder() {
    return staleHolder;
  }

  @Override
  public void close() throws IOException {
    try {
      channel.truncate(0);
      lock.release();
    } finally {
      channel.close();
    }
  }

  private static String read(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
  }

  private static String describeThisProcess() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    return "pid "
        + ProcessHandle.current().pid()
        + " on "
        + host
        + ", started "
        + Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
  }
}
