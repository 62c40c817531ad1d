package io.restgres.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Produces the one {@link AppConfig} of the application from MicroProfile Config, where key
 * {@code pgrst.db-schemas} is found as {@code PGRST_DB_SCHEMAS} in the environment.
 */
@ApplicationScoped
public class ConfigProducer {
  private static final String APP_SETTINGS_ENV = "PGRST_APP_SETTINGS_";
  private static final String APP_SETTINGS_KEY = "pgrst.app.settings.";

  private AppConfig config;

  /** Read once and then shared: the configuration is sealed after start-up. */
  @Produces
  public synchronized AppConfig appConfig() {
    if (config == null) {
      Config mp = ConfigProvider.getConfig();
      ConfigSource source = key -> mp.getOptionalValue("pgrst." + key, String.class).or(() -> emptyable(key));
      config = AppConfig.load(source, appSettings(mp));
    }
    return config;
  }

  // MicroProfile Config reads an empty value as unset; the environment tells them apart.
  private static Optional<String> emptyable(String key) {
    return ConfigSource.isEmptyable(key)
        ? Optional.ofNullable(System.getenv(ConfigSource.envName(key))).filter(String::isEmpty)
        : Optional.empty();
  }

  private static Map<String, String> appSettings(Config mp) {
    Map<String, String> out = new HashMap<>();
    for (String name : mp.getPropertyNames()) {
      Optional<String> key = Optional.empty();
      if (name.startsWith(APP_SETTINGS_ENV)) {
        key = Optional.of(name.substring(APP_SETTINGS_ENV.length()).toLowerCase(Locale.ROOT));
      } else if (name.startsWith(APP_SETTINGS_KEY)) {
        key = Optional.of(name.substring(APP_SETTINGS_KEY.length()));
      }
      key.ifPresent(k -> mp.getOptionalValue(name, String.class).ifPresent(v -> out.put(k, v)));
    }
    return out;
  }
}
