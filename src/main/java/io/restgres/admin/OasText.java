package io.restgres.admin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Writes a MicroProfile OpenAPI model as JSON or YAML with Payara's own OpenAPI serializer, the one
 * its {@code /openapi} endpoint uses. MicroProfile OpenAPI defines the model but no serializer, and
 * plain Jackson or JSON-B write Payara's model classes wrongly (nulls, internal fields, upper-case
 * enums); Payara's class is internal, so it is looked up by name, once, through the class loader
 * of the model's own classes: on a full Payara Server the application's loader does not see it.
 */
final class OasText {
  private static final String FACTORY = "fish.payara.microprofile.openapi.impl.rest.app.provider.ObjectMapperFactory";

  private static volatile Writers writers;

  private record Writers(Object json, Object yaml, Method write) {}

  private OasText() {}

  static String json(OpenAPI doc) {
    Writers w = writers(doc);
    return write(w, w.json(), doc);
  }

  static String yaml(OpenAPI doc) {
    Writers w = writers(doc);
    return write(w, w.yaml(), doc);
  }

  private static String write(Writers w, Object mapper, OpenAPI doc) {
    try {
      return (String) w.write().invoke(mapper, doc);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("Payara's OpenAPI serializer failed", e);
    }
  }

  private static Writers writers(OpenAPI doc) {
    Writers w = writers;
    if (w == null) {
      try {
        Class<?> factory = Class.forName(FACTORY, true, doc.getClass().getClassLoader());
        Object json = factory.getMethod("createJson").invoke(null);
        Object yaml = factory.getMethod("createYaml").invoke(null);
        w = new Writers(json, yaml, json.getClass().getMethod("writeValueAsString", Object.class));
        writers = w;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Payara's OpenAPI serializer is not available", e);
      }
    }
    return w;
  }
}
