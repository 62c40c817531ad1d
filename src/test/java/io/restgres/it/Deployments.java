package io.restgres.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as ROOT.war so that it serves the API at {@code /}. */
final class Deployments {
  private Deployments() {}

  static WebArchive restgres() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("restgres.war", "target/restgres.war")))
        .as(WebArchive.class);
  }
}
