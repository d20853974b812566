// `mvn package` in the new repository checked its content and built the site with the
// plugin's built-in theme.
def site = new File(basedir, 'news/site')
def page = { String path ->
  def file = new File(site, path)
  assert file.isFile() : "missing page ${path}"
  file.getText('UTF-8')
}
assert page('index.html').contains('Our Debunk Bulletin')
assert page('cases/hot-tea-cures-flu/index.html').contains('A cup of hot tea every hour cures the flu')
assert page('about/index.html').contains('About this bulletin')
assert page('assets/style.css').length() > 1000 : 'the built-in stylesheet'
assert !new File(basedir, 'news/templates').exists()

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains(':check ') && log.contains(':build ')
assert log.contains('Built 1 cases, 1 issues, 2 keywords')
assert !log.contains('[WARNING] content/') : 'the example content has no warnings'
return true
