package dev.bulletin.maven;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the bulletin's content without writing anything, like {@code bulletin check}. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractBulletinMojo {
  @Override
  void run(Bulletin bulletin, BuildOptions options) throws MojoFailureException {
    Report report = bulletin.check(options);
    requireOk(report, "check");
    getLog().info(String.format(Locale.ROOT, "Checked %d cases, %d issues, %d keywords:"
        + " no errors%s", report.cases(), report.issues(), report.keywords(),
        report.warningCount() > 0 ? ", " + report.warningCount() + " warnings" : ""));
  }
}
