package io.restgres.db;

import io.restgres.config.ApplicationSingleton;
import io.restgres.config.ConfigException;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The container's DataSource the application runs on: the JDBC resource whose JNDI name is
 * {@code restgres.datasource} (MicroProfile Config, so also {@code RESTGRES_DATASOURCE}), by
 * default {@code jdbc/restgres}, the one {@code server-config/post-boot.asadmin} defines. On a full
 * Payara Server the administrator names the resource, and two deployments can use two databases.
 *
 * <p>Looked up when first asked for, not when a bean that uses it is made: the transaction runner and
 * the schema cache are made with {@code Startup}, before it validates the configuration, and a
 * missing resource must fail the deployment with {@code Startup}'s one-line reason.
 */
@ApplicationSingleton
public class AppDataSource {
  public static final String NAME_KEY = "restgres.datasource";
  static final String DEFAULT_NAME = "jdbc/restgres";

  volatile DataSource resolved;

  /** The resource, looked up the first time; {@link ConfigException} when there is none. */
  public DataSource get() {
    DataSource d = resolved;
    if (d == null) {
      d = resolve();
      resolved = d;
    }
    return d;
  }

  private DataSource resolve() {
    String name = ConfigProvider.getConfig().getOptionalValue(NAME_KEY, String.class).orElse(DEFAULT_NAME);
    try {
      return lookup(new InitialContext(), name);
    } catch (NamingException e) {
      throw new ConfigException(NAME_KEY + ": no JDBC resource " + name + " (" + e.getMessage() + ")");
    }
  }

  static DataSource lookup(Context jndi, String name) throws NamingException {
    Object found = jndi.lookup(name);
    if (found instanceof DataSource ds) {
      return ds;
    }
    throw new ConfigException(NAME_KEY + ": " + name + " is not a DataSource but " + found.getClass().getName());
  }
}
