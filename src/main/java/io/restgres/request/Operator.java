package io.restgres.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The filter operators of PostgREST's URL grammar, each with the SQL operator it becomes. */
public enum Operator {
  EQ("=", true),
  NEQ("<>", false),
  GT(">", true),
  GTE(">=", true),
  LT("<", true),
  LTE("<=", true),
  LIKE("like", true),
  ILIKE("ilike", true),
  MATCH("~", true),
  IMATCH("~*", true),
  IN("= any", false),
  IS("is", false),
  ISDISTINCT("is distinct from", false),
  FTS("@@", false),
  PLFTS("@@", false),
  PHFTS("@@", false),
  WFTS("@@", false),
  CS("@>", false),
  CD("<@", false),
  OV("&&", false),
  SL("<<", false),
  SR(">>", false),
  NXR("&<", false),
  NXL("&>", false),
  ADJ("-|-", false);

  private final String sql;
  private final boolean quantifiable;

  Operator(String sql, boolean quantifiable) {
    this.sql = sql;
    this.quantifiable = quantifiable;
  }

  /** The SQL operator token. */
  public String sql() {
    return sql;
  }

  /** Whether {@code (any)} / {@code (all)} may follow the operator. */
  public boolean isQuantifiable() {
    return quantifiable;
  }

  public boolean isFts() {
    return this == FTS || this == PLFTS || this == PHFTS || this == WFTS;
  }

  public boolean isLike() {
    return this == LIKE || this == ILIKE;
  }

  // Looked up for every filter of every request: computed once.
  private static final Map<String, Operator> BY_URL_NAME =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operator::urlName, op -> op));

  public String urlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Operator> byName(String name) {
    return Optional.ofNullable(BY_URL_NAME.get(name));
  }
}
