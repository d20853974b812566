package dev.bulletin.maven;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.Report;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates the content and writes the site into {@code outputDirectory}, like
 * {@code bulletin build}; writes nothing when the content has errors.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractBulletinMojo {
  @Override
  void run(Bulletin bulletin, BuildOptions options) throws MojoFailureException {
    bulletin.theme(options).summary().ifPresent(getLog()::info);
    Report report = bulletin.build(options);
    requireOk(report, "build");
    getLog().info(String.format(Locale.ROOT, "Built %d cases, %d issues, %d keywords:"
        + " %d pages (%d changed) → %s", report.cases(), report.issues(), report.keywords(),
        report.pages(), report.changedFiles(), shown(options.output())));
  }
}
