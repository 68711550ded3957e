package io.cutover.sandbox;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Starts the servers a class asks for with {@link Servers} before its {@code @BeforeAll} methods and resolves
 * {@link SandboxCluster} parameters. The cluster lives in the class's store, which JUnit closes after the
 * class whether its tests passed or not. A {@code @Nested} class without its own {@link Servers} shares its outer class's.
 */
public final class SandboxExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SandboxExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getTestClass()
                .filter(c -> c.isAnnotationPresent(Servers.class) || c.getEnclosingClass() == null)
                .ifPresent(c -> {
                    Servers wanted = AnnotationSupport.findAnnotation(c, Servers.class).orElseThrow(() ->
                            new IllegalStateException(c.getName() + " uses SandboxExtension without @Servers"));
                    SandboxCluster cluster = SandboxCluster.start(wanted.postgres(), wanted.mariadb());
                    context.getStore(NAMESPACE).put(SandboxCluster.class, new Resource(cluster));
                });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == SandboxCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Resource resource = context.getStore(NAMESPACE).get(SandboxCluster.class, Resource.class);
        if (resource == null) {
            throw new ParameterResolutionException("no sandbox servers for " + context.getDisplayName()
                    + ": annotate the test class with @Servers");
        }
        return resource.cluster();
    }

    /** Adapts the cluster to what the store closes. */
    private record Resource(SandboxCluster cluster) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            cluster.close();
        }
    }
}
