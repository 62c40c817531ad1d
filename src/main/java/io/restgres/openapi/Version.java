package io.restgres.openapi;

/** The version Restgres reports. */
public final class Version {
  public static final String VERSION = "0.1.0";

  private Version() {}
}
