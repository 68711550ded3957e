package io.cutover.sandbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Servers a test class needs; they start once before the class and are removed after it.
 * Test methods, {@code @BeforeAll} and {@code @BeforeEach} methods get them as a {@link SandboxCluster} parameter.
 * <pre>{@code
 * @Servers(postgres = 1, mariadb = 2)
 * class MyTest {
 *     @Test void t(SandboxCluster servers) { servers.postgres(0).jdbcUrl(); servers.mariadb(1).kill(); }
 * }}</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(SandboxExtension.class)
public @interface Servers {

    int postgres() default 0;

    int mariadb() default 0;
}
