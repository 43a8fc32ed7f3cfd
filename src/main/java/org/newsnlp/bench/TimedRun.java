package org.newsnlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.newsnlp.NewsNlp;

/**
 * Runs the real entry point ({@link NewsNlp#run(String[])}) with the given arguments in this JVM
 * and prints one line with what the JVM itself knows: the exit code, its CPU time and the most heap
 * it was seen using. The benchmark starts it as a child process and times it from outside.
 */
public final class TimedRun {
  static final String PREFIX = "TIMED_RUN";

  private TimedRun() {}

  public static void main(String[] args) throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    int exit = NewsNlp.run(args);
    sampler.interrupt();
    sampler.join();
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    long cpuNanos =
        ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    System.out.printf(
        Locale.ROOT,
        "%s exit=%d cpu_ms=%d peak_heap_mb=%d uptime_ms=%d%n",
        PREFIX,
        exit,
        cpuNanos / 1_000_000,
        peak.get() / (1024 * 1024),
        ManagementFactory.getRuntimeMXBean().getUptime());
    System.exit(exit);
  }
}
