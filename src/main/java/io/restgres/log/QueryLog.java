package io.restgres.log;

import io.restgres.config.LogLevel;
import io.restgres.sql.MainQuery;
import io.restgres.sql.Sql;
import io.restgres.sql.TxStatements;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code log-query}: the statements of one request, logged once its status is known, when {@code
 * log-level} logs that status (PostgREST's {@code QueryObs}): the settings statement, the
 * pre-request call, the main statement and the count estimate, with their {@code ?} placeholders
 * and never the values bound to them. While the setting is off requests get {@link #OFF}.
 */
public final class QueryLog {
  /** Records nothing. */
  public static final QueryLog OFF = new QueryLog(LogLevel.CRIT);

  private final LogLevel level;
  private final List<Sql> statements = new ArrayList<>(4);

  public QueryLog(LogLevel level) {
    this.level = level;
  }

  /** Notes a transaction's statements, in the order they run. */
  public void add(TxStatements tx, MainQuery main) {
    if (this == OFF) {
      return;
    }
    tx.isolation().ifPresent(statements::add);
    statements.add(tx.settings());
    tx.preRequest().ifPresent(statements::add);
    statements.add(main.sql());
    main.explainCount().ifPresent(statements::add);
  }

  /** Logs the statements noted, if the request's status is one {@code log-level} logs. */
  public void write(int status) {
    if (level.logsStatus(status)) {
      statements.forEach(s -> RequestLog.query(s.text(), status));
    }
  }
}
