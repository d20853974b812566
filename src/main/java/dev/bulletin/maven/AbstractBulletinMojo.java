package dev.bulletin.maven;

import dev.bulletin.BuildOptions;
import dev.bulletin.Bulletin;
import dev.bulletin.BulletinException;
import dev.bulletin.Report;
import dev.bulletin.RootLocale;
import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.DiagnosticSummary;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters every Bulletin goal shares, with the command line's defaults, and the one way
 * a goal reports: diagnostics through Maven's log, content problems as a
 * {@link MojoFailureException}, anything unexpected as a {@link MojoExecutionException}.
 */
abstract class AbstractBulletinMojo extends AbstractMojo {
  /** The folder of Markdown content: site.yml, keywords.yml, issues/, cases/, pages/. */
  @Parameter(property = "bulletin.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /**
   * The folder of templates, assets and message bundles that replace the built-in theme's
   * files of the same path; when it does not exist, the built-in theme alone is used.
   */
  @Parameter(property = "bulletin.templatesDirectory",
      defaultValue = "${project.basedir}/templates")
  File templatesDirectory;

  /** The folder the site is written to; replaced atomically by {@code build}. */
  @Parameter(property = "bulletin.outputDirectory", defaultValue = "${project.basedir}/site")
  File outputDirectory;

  /** Overrides {@code baseUrl} from site.yml, e.g. with the address of a Pages deployment. */
  @Parameter(property = "bulletin.baseUrl")
  String baseUrl;

  /** Includes cases marked {@code draft: true}. */
  @Parameter(property = "bulletin.drafts", defaultValue = "false")
  boolean drafts;

  /** Fails on warnings too, as CI should. */
  @Parameter(property = "bulletin.strict", defaultValue = "false")
  boolean strict;

  /**
   * The file of known warnings to hide, which {@code bulletin check --write-baseline} writes;
   * by default {@code bulletin-baseline.txt} next to the content folder.
   */
  @Parameter(property = "bulletin.baseline")
  File baseline;

  /**
   * Replaces the output folder even when it is not empty and holds no site Bulletin published;
   * the home folder, a Git repository and the project's own folders are refused all the same.
   */
  @Parameter(property = "bulletin.force", defaultValue = "false")
  boolean force;

  /** Skips the goal. */
  @Parameter(property = "bulletin.skip", defaultValue = "false")
  boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping Bulletin (bulletin.skip)");
      return;
    }
    try (Bulletin bulletin = new Bulletin(basedir.toPath())) {
      RootLocale.during(() -> {
        run(bulletin, options());
        return null;
      });
    } catch (MojoFailureException | MojoExecutionException e) {
      throw e;
    } catch (org.apache.maven.plugin.AbstractMojoExecutionException e) {
      throw new MojoExecutionException(e.getMessage(), e);
    } catch (BulletinException e) {
      // A usage problem, such as a missing content folder: the project is wrong, not Maven.
      throw new MojoFailureException(e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new MojoExecutionException("Bulletin failed unexpectedly: " + e, e);
    }
  }

  /** Runs the goal; content problems are reported through {@link #requireOk}. */
  abstract void run(Bulletin bulletin, BuildOptions options)
      throws MojoExecutionException, MojoFailureException;

  BuildOptions options() {
    return new BuildOptions(contentDirectory.toPath(), templatesDirectory.toPath(),
        outputDirectory.toPath(), Optional.ofNullable(baseUrl).filter(url -> !url.isBlank())
            .map(url -> BuildOptions.baseUrl(url, "bulletin.baseUrl")),
        drafts, strict, force, Optional.ofNullable(baseline).map(File::toPath));
  }

  /** A path relative to the project folder when it is inside it, for short log lines. */
  String shown(Path path) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString();
  }

  /** Logs every diagnostic as {@code path:line:column: error: message}. */
  void log(Report report) {
    Path base = basedir.toPath();
    for (Diagnostic diagnostic : report.diagnostics()) {
      if (diagnostic.isError()) {
        getLog().error(diagnostic.format(base));
      } else {
        getLog().warn(diagnostic.format(base));
      }
    }
    report.hiddenLine().ifPresent(getLog()::info);
    report.notes().forEach(getLog()::warn);
  }

  /** Logs the diagnostics and fails the build, naming the count, unless the content passed. */
  void requireOk(Report report, String goal) throws MojoFailureException {
    log(report);
    if (!report.ok()) {
      String strictNote = report.strict() && report.warningCount() > 0
          ? " (bulletin.strict: warnings fail)" : "";
      throw new MojoFailureException("bulletin:" + goal + " found "
          + DiagnosticSummary.of(report.diagnostics()) + strictNote
          + " in the content; fix the problems listed above");
    }
  }
}
