package io.cutover.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs small sample classes through the JUnit launcher and checks what they leave behind. */
class SandboxExtensionTest {

    private static SandboxCluster seen;

    @Test
    void injectsOneClusterEverywhereAndRemovesItAfterTheClass() {
        assertEquals(0, run(Sample.class).getTotalFailureCount());
        assertRemoved(seen);
    }

    @Test
    void removesTheServersWhenATestFails() {
        assertEquals(1, run(FailingSample.class).getTotalFailureCount());
        assertRemoved(seen);
    }

    private static void assertRemoved(SandboxCluster cluster) {
        assertNotNull(cluster, "the sample never got its servers");
        for (DatabaseServer server : cluster.all()) {
            Processes.assertGone(server.pid());
            Processes.assertPortClosed(server.port());
        }
        assertFalse(Files.exists(cluster.baseDir()));
    }

    private static TestExecutionSummary run(Class<?> testClass) {
        seen = null;
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(testClass)).build(), listener);
        return listener.getSummary();
    }

    @Servers(postgres = 1, mariadb = 1)
    static class Sample {

        @BeforeAll
        static void beforeAll(SandboxCluster servers) {
            seen = servers;
        }

        @BeforeEach
        void beforeEach(SandboxCluster servers) {
            assertSame(seen, servers);
        }

        @Test
        void first(SandboxCluster servers) {
            assertSame(seen, servers);
            assertEquals(2, servers.all().size());
        }

        @Test
        void second(SandboxCluster servers) {
            assertSame(seen, servers);
        }
    }

    @Servers(mariadb = 1)
    static class FailingSample {

        @Test
        void fails(SandboxCluster servers) {
            seen = servers;
            fail("on purpose");
        }
    }
}
