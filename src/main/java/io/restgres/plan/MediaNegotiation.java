package io.restgres.plan;

import io.restgres.error.ErrorCode;
import io.restgres.request.Action;
import io.restgres.request.MediaType;
import java.util.List;

/** Chooses the response media type from the Accept header (PostgREST {@code Plan/Negotiate.hs}). */
final class MediaNegotiation {
  private MediaNegotiation() {}

  static MediaType negotiate(List<MediaType> accepted, String acceptHeader, Action action) {
    for (MediaType t : accepted) {
      if (t == MediaType.ANY) {
        return MediaType.JSON;
      }
      if (t != MediaType.OPENAPI) {
        return t;
      }
    }
    throw ErrorCode.UNACCEPTABLE_MEDIA_TYPE.exception(
        "None of these media types are available: " + acceptHeader);
  }
}
