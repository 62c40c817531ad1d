package io.restgres.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.restgres.error.ApiException;
import io.restgres.request.ApiRequest;
import io.restgres.request.MediaType;
import io.restgres.request.RawRequest;
import io.restgres.request.parse.ApiRequestParser;
import io.restgres.schema.MediaHandler;
import io.restgres.schema.MediaHandlers;
import io.restgres.schema.QualifiedName;
import io.restgres.schema.SchemaCache;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Content negotiation against built-in types and media type handlers (PostgREST {@code Negotiate.hs}). */
class MediaNegotiationTest {
  private static final QualifiedName FILMS = new QualifiedName("api", "films");
  private static final MediaHandler BIN = handler("films_bin", "application/vnd.bin");
  private static final MediaHandler CSV = handler("films_csv", "text/csv");
  private static final MediaHandler COUNT = handler("count_any", "application/vnd.count");
  private static final MediaHandlers HANDLERS = new MediaHandlers(Map.of(
      new MediaHandlers.Key(Optional.of(FILMS), BIN.mime()), BIN,
      new MediaHandlers.Key(Optional.of(FILMS), CSV.mime()), CSV,
      new MediaHandlers.Key(Optional.empty(), COUNT.mime()), COUNT));
  private static final SchemaCache CACHE = new SchemaCache(Films.CACHE.tables(), Films.CACHE.foreignKeys(),
      Films.CACHE.relationships(), List.of(), HANDLERS);

  private static MediaHandler handler(String name, String mime) {
    return new MediaHandler(MediaHandler.Kind.AGGREGATE, new QualifiedName("api", name), mime);
  }

  private static ActionPlan plan(String pathAndQuery, String accept) {
    int q = pathAndQuery.indexOf('?');
    ApiRequest req = ApiRequestParser.parse(new RawRequest("GET", q < 0 ? pathAndQuery : pathAndQuery.substring(0, q),
        q < 0 ? "" : pathAndQuery.substring(q + 1), Map.of("accept", List.of(accept)), new byte[0]), List.of("api"));
    return new Planner(CACHE, Films.config()).plan(req);
  }

  @Test
  void relationHandler_castsRowsToTheRelation_onlyForTheDefaultSelect() {
    ActionPlan bin = plan("films", "application/vnd.bin");
    assertEquals(MediaType.CUSTOM, bin.media());
    assertEquals(Optional.of(new CustomMedia(BIN, Optional.of(FILMS))), bin.custom());
    assertEquals("application/vnd.bin", bin.contentType());
    assertThrows(ApiException.class, () -> plan("films?select=id", "application/vnd.bin"));
    assertThrows(ApiException.class, () -> plan("directors", "application/vnd.bin"));
  }

  @Test
  void handlers_overrideBuiltins_butNotVendorTypes() {
    assertEquals(Optional.of(CSV), plan("films", "text/csv").custom().map(CustomMedia::handler));
    assertEquals("text/csv; charset=utf-8", plan("films", "text/csv").contentType());
    assertEquals(MediaType.CSV, plan("directors", "text/csv").media());
    assertEquals(MediaType.OBJECT, plan("films?id=eq.1", "application/vnd.pgrst.object").media());
  }

  @Test
  void anyElementHandler_appliesToEveryRelationAndSelect() {
    assertEquals(Optional.of(new CustomMedia(COUNT, Optional.empty())),
        plan("directors?select=id", "application/vnd.count").custom());
  }

  @Test
  void ranges_quality_thenSpecificity_thenOrder() {
    assertEquals(MediaType.CUSTOM, plan("films", "*/*, application/vnd.bin").media());
    assertEquals(MediaType.JSON, plan("films", "*/*;q=1, application/vnd.bin;q=0.9").media());
    assertEquals(MediaType.JSON, plan("films", "text/plain, application/json").media());
    assertEquals(MediaType.CUSTOM, plan("films", "text/plain;q=0.1, application/vnd.bin;q=0.2, application/json;q=0")
        .media());
  }

  @Test
  void nothingAcceptable_406() {
    ApiException e = assertThrows(ApiException.class, () -> plan("films", "text/plain, undefined"));
    assertEquals(406, e.status());
    assertEquals("None of these media types are available: text/plain, undefined", e.getMessage());
  }
}
