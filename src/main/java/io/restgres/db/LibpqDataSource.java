package io.restgres.db;

import io.restgres.config.AppConfig;
import io.restgres.config.ConfigSource;
import io.restgres.config.DbUri;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The DataSource class of the container's connection pool ({@code server-config/post-boot.asadmin}).
 * It takes {@code PGRST_DB_URI} from the environment ({@link DbUri#environment()}), so the authenticator's password is never
 * written into Payara's {@code domain.xml} and any character in it works. On a full Payara Server
 * the administrator may instead give the pool PGSimpleDataSource's properties ({@code serverName},
 * {@code portNumber}, {@code databaseName}, {@code user}, {@code password}); the container sets
 * them after construction, over the environment's values.
 */
public class LibpqDataSource extends PGSimpleDataSource {
  private static final long serialVersionUID = 1L;
  private static final Driver DRIVER = new Driver();

  public LibpqDataSource() {
    DbUri db = DbUri.environment();
    setURL(db.jdbcUrl());
    Properties p = db.properties();
    for (String name : p.stringPropertyNames()) {
      apply(name, p.getProperty(name));
    }
    setSocketFactory(ChannelSocketFactory.class.getName());
    // db-prepared-statements=false from the environment: the schema cache's statements too are
    // never named on the server (requests follow the configuration in force, see TxRunner)
    if (!ConfigSource.ofEnv(System.getenv()).get("db-prepared-statements")
        .map(v -> AppConfig.bool("db-prepared-statements", v)).orElse(true)) {
      setPrepareThreshold(0);
    }
  }

  /**
   * Connects through pgjdbc's Driver itself: PGSimpleDataSource goes through DriverManager, which
   * hands a driver only to callers whose class loader it deems able to see the registering one, and
   * in a pool thread of the app server it may not ("No suitable driver" on reconnect).
   */
  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    Properties p = new Properties();
    if (user != null) {
      p.setProperty("user", user);
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    Connection c = DRIVER.connect(getUrl(), p);
    if (c == null) {
      throw new SQLException("the database URI is not a PostgreSQL one");
    }
    return c;
  }

  private void apply(String name, String value) {
    try {
      setProperty(name, value);
    } catch (java.sql.SQLException e) {
      throw new IllegalArgumentException("unsupported connection parameter " + name, e);
    }
  }
}
