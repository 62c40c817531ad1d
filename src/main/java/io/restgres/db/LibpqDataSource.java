package io.restgres.db;

import io.restgres.config.DbUri;
import java.util.Properties;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The DataSource class of the container's connection pool ({@code server-config/post-boot.asadmin}).
 * It takes {@code PGRST_DB_URI} from the environment ({@link DbUri#environment()}), so the authenticator's password is never
 * written into Payara's {@code domain.xml} and any character in it works.
 */
public class LibpqDataSource extends PGSimpleDataSource {
  private static final long serialVersionUID = 1L;

  public LibpqDataSource() {
    DbUri db = DbUri.environment();
    setURL(db.jdbcUrl());
    Properties p = db.properties();
    for (String name : p.stringPropertyNames()) {
      apply(name, p.getProperty(name));
    }
  }

  private void apply(String name, String value) {
    try {
      setProperty(name, value);
    } catch (java.sql.SQLException e) {
      throw new IllegalArgumentException("unsupported connection parameter " + name, e);
    }
  }
}
