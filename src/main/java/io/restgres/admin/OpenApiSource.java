package io.restgres.admin;

import io.restgres.openapi.OpenApiView;
import java.util.Optional;

/**
 * What the API's {@code GET /} would describe for a request with this token and profile (the
 * anonymous role without a token): the admin server's {@code /openapi} shows the same relations and
 * functions. Supplied by the API layer, which owns request handling.
 */
@FunctionalInterface
public interface OpenApiSource {
  /** @throws io.restgres.error.ApiException as {@code GET /} would (401, 404 PGRST126, 406, 503) */
  OpenApiView view(Optional<String> authorization, Optional<String> acceptProfile);
}
