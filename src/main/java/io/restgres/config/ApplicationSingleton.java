package io.restgres.config;

import jakarta.enterprise.inject.Stereotype;
import jakarta.inject.Singleton;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A bean with one instance for the application that is injected as it is, not through a client
 * proxy: the beans every request calls (configuration, schema cache, pool, transaction runner,
 * pipeline). An {@code @ApplicationScoped} bean's proxy looks its instance up in Weld's context
 * and pushes an interception frame on every call, about 2 % of a small read's CPU over the dozen
 * calls a request makes. {@code @Singleton} alone would not make a class a bean in the WAR's
 * annotated discovery mode; a stereotype does. Such a bean must not take part in a cycle of
 * injections.
 */
@Stereotype
@Singleton
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApplicationSingleton {}
