package io.cutover.cli.demo;

import java.util.List;

/** The demo's stages in order: the journey of DESIGN.md from assess to verify, on sandbox servers. */
public final class DemoSteps {
    private DemoSteps() {
    }

    public static List<DemoStep> all() {
        return List.of(new ServersStep(), new LoadStep(), new AssessStep(), new ConvertStep(), new ApplyStep(),
                new CaptureStep(), new CopyStep(), new StreamStep(), new VerifyStep("verify"), new BreakStep(),
                new RepairStep(), new VerifyStep("reverify"), new QueriesStep());
    }
}
