package io.restgres.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code application/vnd.pgrst.plan} media range (PostgREST {@code MediaType.hs}): the EXPLAIN of
 * the statement that would answer {@code for}, as text or JSON, with EXPLAIN's options.
 *
 * @param target what {@code for} names (default {@code application/json}); empty when Restgres
 *     produces no such media type
 * @param forMime {@code for} as PostgREST writes it back in the Content-Type
 * @param json {@code +json}, else text
 * @param options the options named, in PostgREST's order
 */
public record PlanMedia(Optional<MediaType> target, String forMime, boolean json, List<Option> options) {
  /** EXPLAIN's options, named in {@code options=} as PostgREST names them; the SQL keyword is fixed. */
  public enum Option {
    ANALYZE("analyze"), VERBOSE("verbose"), SETTINGS("settings"), BUFFERS("buffers"), WAL("wal");

    private final String mime;

    Option(String mime) {
      this.mime = mime;
    }
  }

  // PostgREST's tokenizer: type/subtype, then "; key=value" pairs (quoted, or [A-Za-z0-9|-]+); it
  // stops at the first pair it cannot read, and a repeated key keeps its last value.
  private static final Pattern TYPE = Pattern.compile("^\\s*([A-Za-z0-9.*]+)/([A-Za-z0-9.*+-]+)");
  private static final Pattern PARAM =
      Pattern.compile("\\G\\s*;\\s*([A-Za-z0-9-]+)\\s*=\\s*(?:\"([^\"]*)\"|([A-Za-z0-9|-]+))");

  public PlanMedia {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(forMime, "forMime");
    options = List.copyOf(options);
  }

  /** The range as a plan media type, or empty when it is another type. */
  public static Optional<PlanMedia> of(String range) {
    Matcher m = TYPE.matcher(range);
    if (!m.find() || !m.group(1).toLowerCase(Locale.ROOT).equals("application")) {
      return Optional.empty();
    }
    String sub = m.group(2).toLowerCase(Locale.ROOT);
    if (!sub.equals("vnd.pgrst.plan") && !sub.equals("vnd.pgrst.plan+text") && !sub.equals("vnd.pgrst.plan+json")) {
      return Optional.empty();
    }
    Map<String, String> params = new TreeMap<>();
    Matcher p = PARAM.matcher(range);
    p.region(m.end(), range.length());
    while (p.find()) {
      params.put(p.group(1).toLowerCase(Locale.ROOT), p.group(2) != null ? p.group(2) : p.group(3));
    }
    String forValue = params.getOrDefault("for", "application/json");
    Optional<MediaType> target = MediaType.of(forValue).filter(t -> t != MediaType.PLAN);
    List<String> named = List.of(params.getOrDefault("options", "").split("\\|", -1));
    Set<Option> options = EnumSet.noneOf(Option.class);
    for (Option o : Option.values()) {
      if (named.contains(o.mime)) {
        options.add(o);
      }
    }
    return Optional.of(new PlanMedia(target, target.map(MediaType::mime).orElse(forValue),
        sub.endsWith("+json"), new ArrayList<>(options)));
  }

  public boolean has(Option o) {
    return options.contains(o);
  }

  /** The media type as PostgREST writes it ({@code toMime}). */
  public String mime() {
    StringBuilder s = new StringBuilder("application/vnd.pgrst.plan+").append(json ? "json" : "text")
        .append("; for=\"").append(forMime).append('"');
    if (!options.isEmpty()) {
      s.append("; options=").append(String.join("|", options.stream().map(o -> o.mime).toList()));
    }
    return s.toString();
  }

  public String contentType() {
    return mime() + "; charset=utf-8";
  }
}
