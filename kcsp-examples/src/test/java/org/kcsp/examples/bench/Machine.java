package org.kcsp.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/** The machine the benchmarks ran on, in one line: date, processor, cores, memory, JDK, system. */
final class Machine {

  private Machine() {}

  static String describe() {
    String cpu = line(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
    String memory = line(Path.of("/proc/meminfo"), "MemTotal")
        .map(total -> String.format(Locale.ROOT, "%.1f GB memory", Long.parseLong(total.replaceAll("[^0-9]", "")) * 1024 / 1e9))
        .orElse("memory unknown");
    return String.format(Locale.ROOT, "%s; %s, %d cores, %s; %s %s (%s); %s %s",
        LocalDate.now(), cpu, Runtime.getRuntime().availableProcessors(), memory,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
        System.getProperty("os.name"), System.getProperty("os.version"));
  }

  /** The load averages over 1, 5 and 15 minutes, or "unknown". */
  static String load() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + ", " + fields[1] + ", " + fields[2];
    } catch (IOException | SecurityException e) {
      return "unknown";
    }
  }

  private static Optional<String> line(Path file, String key) {
    try {
      return Files.readAllLines(file).stream()
          .filter(line -> line.startsWith(key))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }
}
