package io.restgres.request;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One media range of an Accept header: the {@code type/subtype} it names, which a media type
 * handler in the database may produce, and the built-in type Restgres renders for it, if any.
 *
 * @param mime the type and subtype, lower-cased, without parameters ({@code text/plain})
 * @param builtin what {@link MediaType#of} recognises in the whole range, parameters included
 */
public record MediaRange(String mime, Optional<MediaType> builtin) {
  // PostgREST's tokenizeMediaType: type/subtype before any parameters
  private static final Pattern TYPE = Pattern.compile("^\\s*([A-Za-z0-9.*]+/[A-Za-z0-9.*+-]+)\\s*(;|$)");

  public MediaRange {
    Objects.requireNonNull(mime, "mime");
    Objects.requireNonNull(builtin, "builtin");
  }

  /** The range, or empty when it names no {@code type/subtype}. */
  public static Optional<MediaRange> of(String range) {
    Matcher m = TYPE.matcher(range);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(new MediaRange(m.group(1).toLowerCase(Locale.ROOT), MediaType.of(range)));
  }

  /** Whether the range is this built-in type. */
  public boolean is(MediaType t) {
    return builtin.filter(b -> b == t).isPresent();
  }
}
