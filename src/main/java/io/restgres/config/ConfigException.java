package io.restgres.config;

/** Invalid configuration: start-up stops with this one-line reason. */
public final class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message, null, false, false);
  }
}
