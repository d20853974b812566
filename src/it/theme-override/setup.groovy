// A newsroom's first design change: `bulletin init news`, then `theme eject case.ftlh` and an
// edit to it, and a stylesheet of its own. Everything else stays the built-in theme.
def news = new File(basedir, 'news')
def java = new File(System.getProperty('java.home'), 'bin/java').path
def run = { List<String> args, File dir ->
  def process = ([java, '-jar', bulletinJar] + args).execute(null, dir)
  process.waitForProcessOutput(System.out, System.err)
  assert process.exitValue() == 0 : "bulletin ${args} failed"
}
run(['init', news.path], basedir)
run(['theme', 'eject', 'case.ftlh'], news)
def template = new File(news, 'templates/case.ftlh')
assert template.isFile() : 'eject wrote templates/case.ftlh'
def text = template.getText('UTF-8')
def edited = text.replaceFirst('<article class="case">',
    '<article class="case"><p class="newsroom-note">Checked by the Example Desk</p>')
assert edited != text : 'the built-in case template has the article the edit expects'
template.setText(edited, 'UTF-8')
new File(news, 'templates/assets').mkdirs()
new File(news, 'templates/assets/style.css').setText('body { color: #123456; }\n', 'UTF-8')
return true
