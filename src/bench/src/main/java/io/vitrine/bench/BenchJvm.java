package io.vitrine.bench;

/**
 * The JVM options a benchmark gives tenant-service: {@code -DjvmOptions} (make JVM_OPTIONS=...).
 */
public final class BenchJvm {

  private BenchJvm() {}

  /** The options, space separated, from {@code -DjvmOptions}; {@code defaults} without it. */
  public static String[] options(String defaults) {
    String options = System.getProperty("jvmOptions", defaults).trim();
    return options.isEmpty() ? new String[0] : options.split("\\s+");
  }
}
