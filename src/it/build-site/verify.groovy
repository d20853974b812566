// The site was built by `mvn package`, with the configured baseUrl's path in every link.
def site = new File(basedir, 'site')
def page = { String path ->
  def file = new File(site, path)
  assert file.isFile() : "missing page ${path}"
  file.getText('UTF-8')
}

def index = page('index.html')
assert index.contains('Invoker Test Bulletin')
assert index.contains('href="/desk/cases/ballots-printed-abroad/"')

def kase = page('cases/ballots-printed-abroad/index.html')
assert kase.contains('Ballots for the election were printed abroad')
assert kase.contains('national printing office')

assert page('issues/1/index.html').contains('The first issue')
assert page('keywords/elections/index.html').contains('Ballots for the election were printed abroad')
assert page('about/index.html').contains('This bulletin exists to test the Maven plugin.')
assert !index.contains('__bulletin') : 'the preview script leaked into the built site'

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('--- bulletin-maven-plugin:') && log.contains(':check ')
assert log.contains('Built 1 cases, 1 issues, 1 keywords')
return true
