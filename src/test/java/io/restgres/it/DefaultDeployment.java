package io.restgres.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR as the build made it, configured by the pom's environment. Arquillian looks for
 * {@code @Deployment} up the test class's hierarchy; a class that needs another deployment extends
 * {@link DeployedApi} and declares its own (two would be two deployments).
 */
abstract class DefaultDeployment extends DeployedApi {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return war();
  }
}
