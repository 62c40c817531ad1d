package io.restgres.response;

import io.restgres.db.DbResult;
import io.restgres.db.ResultBody;
import io.restgres.error.ErrorCode;
import io.restgres.error.ErrorVerbosity;
import io.restgres.plan.ActionPlan;
import io.restgres.plan.CallPlan;
import io.restgres.request.Action;
import io.restgres.request.ApiRequest;
import io.restgres.schema.Routine;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Maps a plan and its database result to status, headers and body, with PostgREST's header sets per
 * action ({@code Response.hs}).
 */
public final class Responder {
  private Responder() {}

  /**
   * What a result of {@code plan} must pass before COMMIT, when anything must; throwing rolls the
   * transaction back. Empty when nothing can refuse a result, so that a write may commit with its
   * statement. In PostgREST's order ({@code MainTx.hs}): PUT only checks that the body matched the
   * URL; everything else is checked for the singular media type, whatever {@code return=} says (a
   * write the client cannot be shown as one object is not committed), then for max-affected.
   */
  public static Optional<Consumer<DbResult>> check(ActionPlan plan) {
    if (plan.explain().isPresent()) {
      return Optional.empty(); // a plan has no rows to check
    }
    if (plan.action() == Action.UPSERT_PUT) {
      return Optional.of(r -> {
        if (r.pageTotal() != 1) {
          throw ErrorCode.PUT_PK_MISMATCH.exception("Payload values do not match URL in primary key column(s)");
        }
      });
    }
    boolean singular = plan.media().isSingular();
    Optional<Long> maxAffected = plan.preferences().maxAffected();
    if (!singular && maxAffected.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(r -> {
      if (singular && r.pageTotal() != 1) {
        throw ErrorCode.SINGULAR_MISMATCH.exception(
            "Cannot coerce the result to a single JSON object",
            "The result contains " + r.pageTotal() + " rows",
            null);
      }
      if (maxAffected.isPresent() && r.pageTotal() > maxAffected.get()) {
        throw ErrorCode.MAX_AFFECTED.exception(
            "Query result exceeds max-affected preference constraint",
            "The query affects " + r.pageTotal() + " rows",
            null);
      }
    });
  }

  public static HttpResult respond(ApiRequest req, ActionPlan plan, DbResult r, boolean multiSchema,
      ErrorVerbosity verbosity) {
    if (plan.explain().isPresent()) {
      return explained(req, plan, r, multiSchema);
    }
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    legacyWarning(plan).ifPresent(w -> headers.add(header("Warning", w)));
    int status = switch (plan.action()) {
      case READ, HEAD -> read(req, plan, r, headers);
      case INSERT -> insert(plan, r, headers);
      case UPSERT_PUT -> put(plan, r);
      case UPDATE -> changed(plan, r, headers, true);
      default -> changed(plan, r, headers, false);
    };
    PreferenceApplied.header(plan.preferences()).ifPresent(h -> headers.add(header("Preference-Applied", h)));
    ResultBody body = r.body();
    if (status == 416) {
      body.close();
      body = ResultBody.of(rangeError(plan, plan.counting().total(r.total(), r.plannedTotal()), verbosity));
    }
    if (hasBody(plan)) {
      headers.add(header("Content-Type", plan.contentType()));
      if (multiSchema || req.profileRequested()) {
        headers.add(header("Content-Profile", req.schema()));
      }
    }
    boolean withBody = hasBody(plan) && plan.action() != Action.HEAD;
    if (!withBody) {
      body.close();
    }
    return new HttpResult(status, headers, withBody ? body : null);
  }

  /** A call's answer: its result's, except that a {@code void} function answers 204. */
  public static HttpResult respondCall(ApiRequest req, CallPlan call, DbResult r, boolean multiSchema,
      ErrorVerbosity verbosity) {
    HttpResult http = respond(req, call.result(), r, multiSchema, verbosity);
    return call.result().explain().isPresent() ? http : call.routine().returns().kind() == Routine.Returns.Kind.VOID ? noContent(http) : http;
  }

  // A plan is 200 with its media type and nothing else of the action's headers (PostgREST Response.hs).
  private static HttpResult explained(ApiRequest req, ActionPlan plan, DbResult r, boolean multiSchema) {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    headers.add(header("Content-Type", plan.explain().orElseThrow().contentType()));
    if (multiSchema || req.profileRequested()) {
      headers.add(header("Content-Profile", req.schema()));
    }
    return new HttpResult(200, headers, r.body());
  }

  // A void function's answer: 204 with only Content-Range and Preference-Applied.
  private static HttpResult noContent(HttpResult r) {
    r.body().close();
    List<Map.Entry<String, String>> kept = r.headers().stream()
        .filter(h -> h.getKey().equals("Content-Range") || h.getKey().equals("Preference-Applied")).toList();
    return new HttpResult(204, kept, null);
  }

  /**
   * PostgREST v16's {@code Warning} for embeds named by relation instead of alias in filters, orders
   * or limits (RFC 9111 warn-code 299, "miscellaneous persistent warning").
   */
  static Optional<String> legacyWarning(ActionPlan plan) {
    if (plan.legacyTargets().isEmpty()) {
      return Optional.empty();
    }
    String renames = plan.legacyTargets().stream()
        .map(t -> "`" + t.relation() + "` to `" + t.alias() + "`")
        .collect(java.util.stream.Collectors.joining(", "));
    return Optional.of("299 Restgres \"Embedded resource was referenced by relation name even though it has an"
        + " alias. This is deprecated and will stop working in a future release. Update " + renames
        + " in query string filters, orders or limits.\"");
  }

  private static boolean hasBody(ActionPlan plan) {
    return plan.action().isRead() || plan.representation();
  }

  private static int read(ApiRequest req, ActionPlan plan, DbResult r, List<Map.Entry<String, String>> headers) {
    Long total = plan.counting().total(r.total(), r.plannedTotal());
    ContentRange range = ContentRange.of(plan.read().range().offset(), r.pageTotal(), total);
    headers.add(header("Content-Range", range.header()));
    if (req.isCall()) {
      return range.status(); // RPC sends no Content-Location (PostgREST Response.hs)
    }
    String query = UrlEncoding.canonical(req.query().raw());
    headers.add(header("Content-Location", "/" + plan.table().name().name() + (query.isEmpty() ? "" : "?" + query)));
    return range.status();
  }

  // A page past the total is 416 with the read's own headers (PostgREST answers it after the query).
  private static byte[] rangeError(ActionPlan plan, Long total, ErrorVerbosity verbosity) {
    return ErrorCode.INVALID_RANGE
        .exception(
            "Requested range not satisfiable",
            "An offset of " + plan.read().range().offset() + " was requested, but there are only "
                + total + " rows.",
            null)
        .toJson(verbosity)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static int insert(ActionPlan plan, DbResult r, List<Map.Entry<String, String>> headers) {
    if (plan.preferences().isHeadersOnly() && r.pageTotal() == 1 && !r.location().isEmpty()) {
      headers.add(header("Location", location(plan, r.location())));
    }
    headers.add(header("Content-Range", "*/" + total(plan, r)));
    // nothing offered (an empty array) inserted nothing either: 200, as PostgREST answers
    return plan.preferences().isMergeDuplicates() && (r.inserted() == null || r.inserted() == 0) ? 200 : 201;
  }

  // PUT sends no Content-Range; with a body, 201 when the row was created and 200 when replaced.
  private static int put(ActionPlan plan, DbResult r) {
    if (!plan.representation()) {
      return 204;
    }
    return r.inserted() != null && r.inserted() > 0 ? 201 : 200;
  }

  private static int changed(ActionPlan plan, DbResult r, List<Map.Entry<String, String>> headers, boolean ranged) {
    String range = ranged && r.pageTotal() > 0 ? "0-" + (r.pageTotal() - 1) : "*";
    headers.add(header("Content-Range", range + "/" + total(plan, r)));
    return plan.representation() ? 200 : 204;
  }

  // Writes report their row count as the total only when a count was asked for.
  private static String total(ActionPlan plan, DbResult r) {
    return plan.preferences().countsWrite() ? String.valueOf(r.pageTotal()) : "*";
  }

  private static String location(ActionPlan plan, List<String> values) {
    List<String> pk = plan.table().primaryKey();
    List<String> parts = new ArrayList<>();
    for (String column : plan.table().columns().keySet()) {
      int i = pk.indexOf(column);
      if (i >= 0 && i < values.size()) {
        String v = values.get(i);
        parts.add(UrlEncoding.encode(column) + (v == null ? "=is.null" : "=eq." + UrlEncoding.encode(v)));
      }
    }
    return "/" + plan.table().name().name() + "?" + String.join("&", parts);
  }

  private static Map.Entry<String, String> header(String name, String value) {
    return new SimpleImmutableEntry<>(name, value);
  }
}
