package io.restgres.error;

/**
 * {@code client-error-verbosity} (PostgREST's {@code Verbosity}): how much of an error its body tells
 * the client. Server logs always get the verbose form.
 */
public enum ErrorVerbosity {
  /** {@code code}, {@code details}, {@code hint} and {@code message} (the default). */
  VERBOSE,
  /** {@code code} and {@code message} only: details and hint may reveal the schema. */
  MINIMAL
}
