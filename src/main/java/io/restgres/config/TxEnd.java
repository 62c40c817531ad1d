package io.restgres.config;

import java.util.Locale;

/** {@code db-tx-end}: how every transaction ends, and whether {@code Prefer: tx=} may override it. */
public enum TxEnd {
  COMMIT(false, false),
  COMMIT_ALLOW_OVERRIDE(false, true),
  ROLLBACK(true, false),
  ROLLBACK_ALLOW_OVERRIDE(true, true);

  private final boolean rollback;
  private final boolean overridable;

  TxEnd(boolean rollback, boolean overridable) {
    this.rollback = rollback;
    this.overridable = overridable;
  }

  public boolean rollback() {
    return rollback;
  }

  public boolean overridable() {
    return overridable;
  }

  static TxEnd parse(String value) {
    for (TxEnd t : values()) {
      if (t.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value.trim())) {
        return t;
      }
    }
    throw new ConfigException(
        "db-tx-end must be one of commit, commit-allow-override, rollback, rollback-allow-override; got '"
            + value
            + "'");
  }
}
