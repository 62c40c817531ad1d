package io.restgres.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JAX-RS application, at the context root, as PostgREST serves its API at {@code /}. */
@ApplicationPath("/")
public class RestApplication extends Application {}
