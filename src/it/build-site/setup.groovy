// A templates folder laid over the built-in theme: here a full copy of the project's own (the
// init-project IT builds with the built-in theme alone).
def source = new File(templatesFolder)
def target = new File(basedir, 'templates')
source.eachFileRecurse(groovy.io.FileType.FILES) { file ->
  def copy = new File(target, source.toPath().relativize(file.toPath()).toString())
  copy.parentFile.mkdirs()
  copy.bytes = file.bytes
}
return true
