package io.restgres.api;

import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jersey's servlet under a class of Restgres's own, declared in web.xml without load-on-startup so
 * that the application starts with the first request. At the end of its boot Payara Micro lists the
 * REST endpoints of every servlet whose class is exactly {@link ServletContainer}, reading the
 * servlet's instance; a first request that is still starting Jersey at that moment has set the class
 * but not yet the instance, and the listing's NullPointerException aborted the boot. Under another
 * class the servlet is not listed (lazily started, it had no endpoints to list at that point anyway).
 */
public class JerseyServlet extends ServletContainer {
  private static final long serialVersionUID = 1L;
}
