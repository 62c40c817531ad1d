package io.restgres.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The configuration in force (PostgREST's {@code getConfig}/{@code putConfig}). Its sources are
 * read once: MicroProfile Config, where key {@code pgrst.db-schemas} is found as {@code
 * PGRST_DB_SCHEMAS} in the environment. Each read of the in-database configuration lays the
 * database's values over them and swaps in the result, so callers take {@link #get()} once per
 * request and reloadable settings apply without a restart.
 */
@ApplicationSingleton
public class ConfigHolder {
  private static final Logger LOG = Logger.getLogger(ConfigHolder.class.getName());
  private static final String APP_SETTINGS_ENV = "PGRST_APP_SETTINGS_";
  private static final String APP_SETTINGS_KEY = "pgrst.app.settings.";

  private final AtomicReference<AppConfig> current = new AtomicReference<>();
  private ConfigSource base;
  private Map<String, String> appSettings;
  private volatile Consumer<AppConfig> check = c -> { };

  /** Reads MicroProfile Config on first use. */
  public ConfigHolder() {}

  /** A holder over the given sources instead of MicroProfile Config (tests). */
  public ConfigHolder(ConfigSource base, Map<String, String> appSettings) {
    this.base = base;
    this.appSettings = Map.copyOf(appSettings);
  }

  /** The current configuration; the first call reads it and throws {@link ConfigException} if invalid. */
  public AppConfig get() {
    AppConfig c = current.get();
    return c != null ? c : first();
  }

  private synchronized AppConfig first() {
    if (current.get() == null) {
      if (base == null) {
        Config mp = ConfigProvider.getConfig();
        base = key -> mp.getOptionalValue("pgrst." + key, String.class).or(() -> emptyable(key));
        appSettings = appSettings(mp);
      }
      current.set(AppConfig.load(base, appSettings));
    }
    return current.get();
  }

  /**
   * A check every configuration must pass besides {@link AppConfig#load} (the JWT keys must
   * parse); it runs on the current one at once, throwing {@link ConfigException}.
   */
  public void validateWith(Consumer<AppConfig> check) {
    check.accept(get());
    this.check = check;
  }

  /**
   * Lays the database's values (by key, from {@link InDbConfig#merge}) over the sources. An
   * invalid result is logged and the previous configuration stays, as in PostgREST's reload.
   *
   * @return the configuration now in force
   */
  public synchronized AppConfig applyDbValues(Map<String, String> values) {
    AppConfig previous = get();
    AppConfig next;
    try {
      next = AppConfig.load(base.overriddenBy(values), appSettings);
      if (next.equals(previous)) {
        return previous;
      }
      check.accept(next);
    } catch (ConfigException e) {
      LOG.severe("Invalid in-database configuration, the previous configuration stays: " + e.getMessage());
      return previous;
    }
    current.set(next);
    LOG.info(() -> "Configuration reloaded; from the database: " + new TreeSet<>(values.keySet()));
    return next;
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

  // MicroProfile Config reads an empty value as unset; the environment tells them apart.
  private static Optional<String> emptyable(String key) {
    return ConfigSource.isEmptyable(key)
        ? Optional.ofNullable(System.getenv(ConfigSource.envName(key))).filter(String::isEmpty)
        : Optional.empty();
  }
}
