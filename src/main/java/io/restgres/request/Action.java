package io.restgres.request;

/** What a request asks of a relation, from its HTTP method. */
public enum Action {
  READ,
  HEAD,
  INSERT,
  UPSERT_PUT,
  UPDATE,
  DELETE,
  OPTIONS;

  public boolean isRead() {
    return this == READ || this == HEAD;
  }
}
