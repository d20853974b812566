// `bulletin init news` with the command-line jar this build made, as a newsroom would run it.
def news = new File(basedir, 'news')
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '-jar', bulletinJar, 'init', news.path].execute()
process.waitForProcessOutput(System.out, System.err)
assert process.exitValue() == 0 : 'bulletin init failed'
assert new File(news, 'pom.xml').isFile()
assert !new File(news, 'templates').exists()
return true
