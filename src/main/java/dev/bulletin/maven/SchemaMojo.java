package dev.bulletin.maven;

import dev.bulletin.diag.Diagnostic;
import dev.bulletin.diag.Diagnostics;
import dev.bulletin.schema.SchemaWriter;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the JSON Schemas editors use to complete and underline front matter and the YAML
 * files, like {@code bulletin schema}; run it again after changing keywords.yml or authors.yml.
 */
@Mojo(name = "schema", requiresProject = true, threadSafe = true)
public final class SchemaMojo extends AbstractMojo {
  @Parameter(property = "bulletin.contentDirectory", defaultValue = "${project.basedir}/content")
  File contentDirectory;

  /** Where the schemas go; the {@code .vscode/settings.json} of {@code init} reads them here. */
  @Parameter(property = "bulletin.schemaDirectory", defaultValue = "${project.basedir}/schema")
  File schemaDirectory;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  File basedir;

  @Override
  public void execute() throws MojoFailureException {
    Diagnostics diagnostics = new Diagnostics();
    List<Path> written = SchemaWriter.write(contentDirectory.toPath(), schemaDirectory.toPath(),
        diagnostics);
    if (written.isEmpty()) {
      for (Diagnostic diagnostic : diagnostics.sorted()) {
        getLog().error(diagnostic.format(basedir.toPath()));
      }
      throw new MojoFailureException("No schema written: fix keywords.yml and authors.yml.");
    }
    getLog().info("Wrote " + written.size() + " schemas to " + schemaDirectory);
  }
}
