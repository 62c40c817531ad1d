package io.restgres.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.config.ConfigException;
import java.lang.reflect.Proxy;
import java.util.Map;
import javax.naming.Context;
import javax.naming.NameNotFoundException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class AppDataSourceTest {
  private static Context jndi(Map<String, Object> bound) {
    return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] {Context.class},
        (proxy, method, args) -> {
          if (!method.getName().equals("lookup")) {
            throw new UnsupportedOperationException(method.getName());
          }
          Object found = bound.get(String.valueOf(args[0]));
          if (found == null) {
            throw new NameNotFoundException(args[0] + " not found");
          }
          return found;
        });
  }

  @Test
  void findsTheResourceUnderTheName() throws Exception {
    DataSource ds = new PGSimpleDataSource();
    assertSame(ds, AppDataSource.lookup(jndi(Map.of("jdbc/orders", ds)), "jdbc/orders"));
  }

  @Test
  void somethingElseUnderTheNameIsAConfigurationError() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> AppDataSource.lookup(jndi(Map.of("jdbc/orders", "text")), "jdbc/orders"));
    assertEquals("restgres.datasource: jdbc/orders is not a DataSource but java.lang.String", e.getMessage());
  }
}
