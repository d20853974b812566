// The edited case template and the stylesheet changed just those; every other page came from
// the built-in theme, and the build said which files were the project's own.
def site = new File(basedir, 'news/site')
def page = { String path ->
  def file = new File(site, path)
  assert file.isFile() : "missing page ${path}"
  file.getText('UTF-8')
}
def casePage = page('cases/hot-tea-cures-flu/index.html')
assert casePage.contains('<p class="newsroom-note">Checked by the Example Desk</p>')
assert casePage.contains('A cup of hot tea every hour cures the flu')
assert !page('index.html').contains('newsroom-note')
assert page('about/index.html').contains('About this bulletin')
assert page('assets/style.css') == 'body { color: #123456; }\n'
assert page('assets/search.js').length() > 1000 : 'the built-in script is still there'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('theme: 2 files overridden: assets/style.css, case.ftlh')
return true
