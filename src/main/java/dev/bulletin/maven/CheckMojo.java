package dev.bulletin.maven;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the bulletin's content and renders it in memory without writing anything, like
 * {@code bulletin check}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class CheckMojo extends AbstractBulletinMojo {
  /**
   * Whether the check also renders every page in memory, so that a template that breaks on the
   * content fails the check. A run that goes on to {@code bulletin:build} (such as
   * {@code mvn package}) may turn it off: the build renders every page before it publishes
   * anything, and the pages would otherwise be rendered twice.
   */
  @Parameter(property = "bulletin.checkTemplates", defaultValue = "true")
  boolean checkTemplates = true;

  @Override
  void run(Bulletin bulletin, BuildOptions options) throws MojoFailureException {
    Report report = bulletin.check(options, checkTemplates);
    requireOk(report, "check");
    getLog().info(String.format(Locale.ROOT, "Checked %d cases, %d issues, %d keywords:"
        + " no errors%s", report.cases(), report.issues(), report.keywords(),
        report.warningCount() > 0 ? ", " + report.warningCount() + " warnings" : ""));
  }
}
