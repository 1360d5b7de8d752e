package io.vitrine.tenant.it;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What a logger category writes while it is open: messages and their parameters. */
final class CapturedLogs extends Handler implements AutoCloseable {

  private final Logger logger;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  CapturedLogs(String category) {
    this.logger = Logger.getLogger(category);
    logger.addHandler(this);
  }

  String text() {
    return String.join("\n", lines);
  }

  @Override
  public void publish(LogRecord record) {
    Object[] parameters = record.getParameters();
    String message = record.getMessage();
    lines.add(parameters == null ? message : formatted(message, parameters));
  }

  private static String formatted(String message, Object[] parameters) {
    String text;
    try {
      text = String.format(message, parameters);
    } catch (java.util.IllegalFormatException e) {
      text = message;
    }
    return text + " " + Arrays.toString(parameters);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
  }
}
