package dev.einvoice.support;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;

/** A System.Logger that keeps every line with its level, for tests of what the SDK logs. */
public final class RecordingLogger implements System.Logger {
  public final List<String> lines = new CopyOnWriteArrayList<>();

  @Override
  public String getName() {
    return "einvoice";
  }

  @Override
  public boolean isLoggable(Level level) {
    return true;
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
    lines.add(level + " " + msg);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    lines.add(level + " " + format);
  }
}
