package io.cutover.cli.demo;

import static io.cutover.cli.demo.StepResult.figures;

import io.cutover.sandbox.DatabaseServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Starts the sandbox servers (all or none) and writes the mapping file for them, as {@code cutover sandbox up} does. */
final class ServersStep implements DemoStep {
    @Override
    public String name() {
        return "servers";
    }

    @Override
    public StepResult run(DemoContext context) {
        context.progress("starting PostgreSQL and 2 MariaDB servers");
        DemoServers servers = DemoServers.start(context.options(), context::starting);
        context.servers(servers);
        context.plan(DemoMapping.write(context.options().dir(), servers));
        List<Object> list = new ArrayList<>();
        for (DatabaseServer s : servers.all()) {
            list.add(figures("name", s.name(), "engine", s.engine().name().toLowerCase(Locale.ROOT), "port", s.port(),
                    "pid", s.pid()));
        }
        String line = String.format(Locale.ROOT, "PostgreSQL :%d (source, the stand-in for Oracle, and the stream state),"
                + " MariaDB :%d (shard s0) and :%d (shard s1)", servers.source().port(), servers.shard(0).port(),
                servers.shard(1).port());
        return StepResult.ok(line, figures("servers", list, "kept", servers.kept()));
    }
}
