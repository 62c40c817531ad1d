package io.restgres.api;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import java.lang.reflect.Field;
import java.util.logging.Logger;

/**
 * Sets a status line with its own reason phrase on Payara's HTTP layer: the servlet response is
 * Catalina's {@code ResponseFacade}, whose {@code response} holds Grizzly's response, which has
 * {@code setStatus(int, String)}. Reflection, because none of these is an API an application may
 * compile against; on another container the standard phrase stays (logged once).
 */
final class GrizzlyStatus {
  private static final Logger LOG = Logger.getLogger(GrizzlyStatus.class.getName());
  private static volatile boolean warned;

  private GrizzlyStatus() {}

  static void set(ServletResponse response, int status, String phrase) {
    ServletResponse r = response;
    while (r instanceof ServletResponseWrapper w) {
      r = w.getResponse();
    }
    try {
      Object catalina = field(r.getClass(), "response").get(r);
      Object grizzly = catalina.getClass().getMethod("getCoyoteResponse").invoke(catalina);
      grizzly.getClass().getMethod("setStatus", int.class, String.class).invoke(grizzly, status, clean(phrase));
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (!warned) {
        warned = true;
        LOG.warning("Custom reason phrases are not supported by this container: " + e);
      }
    }
  }

  // A reason phrase is text on the status line: control characters (CR, LF) would end it early.
  static String clean(String phrase) {
    StringBuilder b = new StringBuilder(phrase.length());
    phrase.chars().forEach(c -> b.append(c < 0x20 && c != '\t' || c == 0x7f ? ' ' : (char) c));
    return b.toString();
  }

  private static Field field(Class<?> type, String name) throws NoSuchFieldException {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      try {
        Field f = c.getDeclaredField(name);
        f.setAccessible(true);
        return f;
      } catch (NoSuchFieldException e) {
        // declared further up
      }
    }
    throw new NoSuchFieldException(type.getName() + "." + name);
  }
}
