// A bulletin repository holds its own templates; this one uses the project's.
def source = new File(templatesFolder)
def target = new File(basedir, 'templates')
source.eachFileRecurse(groovy.io.FileType.FILES) { file ->
  def copy = new File(target, source.toPath().relativize(file.toPath()).toString())
  copy.parentFile.mkdirs()
  copy.bytes = file.bytes
}
return true
