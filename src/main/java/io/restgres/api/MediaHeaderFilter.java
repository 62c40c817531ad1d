package io.restgres.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Keeps the JAX-RS runtime out of content negotiation: the pipeline reads Accept and Content-Type
 * from the servlet request and answers bad ones with PostgREST's errors, while JAX-RS would reject a
 * header it cannot parse ({@code Accept: ;;;}) with its own HTML page before any of our code ran.
 */
@Provider
@PreMatching
@Priority(1)
public class MediaHeaderFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext req) {
    req.getHeaders().putSingle(HttpHeaders.ACCEPT, "*/*");
    if (req.getHeaders().containsKey(HttpHeaders.CONTENT_TYPE)) {
      req.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
    }
  }
}
