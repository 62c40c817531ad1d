package io.restgres.json;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

/**
 * JSON-P as Payara ships it (Parsson), with the limits under which Restgres reads the JSON handed
 * to it: token headers and claims, the JWT secret, {@code RAISE} payloads and the response
 * settings. Values keep their exact numbers ({@code JsonNumber} holds a {@code BigDecimal}, unlike
 * nimbus's Gson, which turns large integers into doubles) and their member order; a repeated
 * member's last value wins, as in aeson. The provider is looked up once: {@code Json.create…} looks
 * it up on every call.
 */
public final class Jsonp {
  /** Parsson's nesting limit ({@code JsonConfig.MAX_DEPTH}): fewer levels than this parse. */
  public static final int MAX_DEPTH = 256;

  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonParserFactory PARSERS =
      PROVIDER.createParserFactory(Map.of("org.eclipse.parsson.maxDepth", MAX_DEPTH));
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  private Jsonp() {}

  /**
   * One JSON text, with nothing after it but whitespace.
   *
   * @throws IllegalArgumentException when the text is not JSON or is over Parsson's limits
   */
  public static JsonValue parse(String text) {
    try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (parser.hasNext()) {
        throw new IllegalArgumentException("text after the JSON value");
      }
      return value;
    } catch (RuntimeException e) {
      // Parsson reports syntax as JsonParsingException, but its nesting and number-length limits as
      // plain RuntimeException, UnsupportedOperationException or NumberFormatException.
      throw e instanceof IllegalArgumentException ? e : new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The text as a JSON object; empty when it is not JSON or not an object. */
  public static Optional<JsonObject> object(String text) {
    try {
      return parse(text) instanceof JsonObject o ? Optional.of(o) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A builder starting from the members of {@code base}, in its order. */
  public static JsonObjectBuilder objectBuilder(JsonObject base) {
    return BUILDERS.createObjectBuilder(base);
  }

  public static JsonValue string(String s) {
    return PROVIDER.createValue(s);
  }
}
